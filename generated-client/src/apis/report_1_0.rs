// @generated from api-spec/report_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 日志 (Reports)：日志模板、日志与统计。
//!
//! 5 operations, methods of [`Api`] (`client.report_1_0()`), behind the cargo feature `report_1_0`; its paths start with `/v1.0/report/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `report_1_0`. Get it with `client.report_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建模板
    ///
    /// `POST /v1.0/report/templates`: DingTalk's `CreateTemplates` (module feature `report_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTemplates")]
    #[doc(alias = "/v1.0/report/templates")]
    #[doc(alias = "POST /v1.0/report/templates")]
    pub fn create_templates(
        &self,
        request: &CreateTemplatesRequest,
    ) -> rt::Call<CreateTemplatesResponseBody, CreateTemplatesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTemplates",
            rt::Method::Post,
            "/v1.0/report/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询员工提交和收到的日志列表
    ///
    /// `GET /v1.0/report/users/sendAndReceiveLists`: DingTalk's `GetSendAndReceiveReportList` (module feature `report_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_send_and_receive_report_list_pages`].
    #[doc(alias = "GetSendAndReceiveReportList")]
    #[doc(alias = "/v1.0/report/users/sendAndReceiveLists")]
    #[doc(alias = "GET /v1.0/report/users/sendAndReceiveLists")]
    pub fn get_send_and_receive_report_list(
        &self,
        request: &GetSendAndReceiveReportListRequest,
    ) -> rt::Call<
        GetSendAndReceiveReportListResponseBody,
        GetSendAndReceiveReportListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSendAndReceiveReportList",
            rt::Method::Get,
            "/v1.0/report/users/sendAndReceiveLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取指定周期的提交统计结果
    ///
    /// `GET /v1.0/report/submitStatisticalResults`: DingTalk's `GetSubmitStatistics` (module feature `report_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSubmitStatistics")]
    #[doc(alias = "/v1.0/report/submitStatisticalResults")]
    #[doc(alias = "GET /v1.0/report/submitStatisticalResults")]
    pub fn get_submit_statistics(
        &self,
        request: &GetSubmitStatisticsRequest,
    ) -> rt::Call<GetSubmitStatisticsResponseBody, GetSubmitStatisticsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSubmitStatistics",
            rt::Method::Get,
            "/v1.0/report/submitStatisticalResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取创建的统计规则信息
    ///
    /// `GET /v1.0/report/statisticalRules/results`: DingTalk's `QueryRemindResults` (module feature `report_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_remind_results_pages`].
    #[doc(alias = "QueryRemindResults")]
    #[doc(alias = "/v1.0/report/statisticalRules/results")]
    #[doc(alias = "GET /v1.0/report/statisticalRules/results")]
    pub fn query_remind_results(
        &self,
        request: &QueryRemindResultsRequest,
    ) -> rt::Call<QueryRemindResultsResponseBody, QueryRemindResultsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRemindResults",
            rt::Method::Get,
            "/v1.0/report/statisticalRules/results",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取日志详情
    ///
    /// `GET /v1.0/report/details`: DingTalk's `QueryReportDetail` (module feature `report_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryReportDetail")]
    #[doc(alias = "/v1.0/report/details")]
    #[doc(alias = "GET /v1.0/report/details")]
    pub fn query_report_detail(
        &self,
        request: &QueryReportDetailRequest,
    ) -> rt::Call<QueryReportDetailResponseBody, QueryReportDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryReportDetail",
            rt::Method::Get,
            "/v1.0/report/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_send_and_receive_report_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `dataList` of each page.
    pub fn get_send_and_receive_report_list_pages(
        &self,
        request: &GetSendAndReceiveReportListRequest,
    ) -> rt::Paginator<
        GetSendAndReceiveReportListResponseBody,
        GetSendAndReceiveReportListError,
        GetSendAndReceiveReportListResponseBodyDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["dataList"],
        );
        rt::Paginator::new(self.get_send_and_receive_report_list(request), &PAGING)
    }
    /// Every page of [`Api::query_remind_results`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `dataList` of each page.
    pub fn query_remind_results_pages(
        &self,
        request: &QueryRemindResultsRequest,
    ) -> rt::Paginator<
        QueryRemindResultsResponseBody,
        QueryRemindResultsError,
        QueryRemindResultsResponseBodyDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["dataList"],
        );
        rt::Paginator::new(self.query_remind_results(request), &PAGING)
    }
}
/// `CreateTemplatesRequestFields`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTemplatesRequestFields {
    /// `dataType`.
    pub data_type: i64,
    /// `dataValue`.
    pub data_value: Option<CreateTemplatesRequestFieldsDataValue>,
    /// `fieldName`.
    pub field_name: String,
    /// `need`.
    pub need: bool,
    /// `order`.
    pub order: i64,
    /// `sort`.
    pub sort: i64,
}
/// The required fields of [`CreateTemplatesRequestFields`], each named where it is set: `CreateTemplatesRequestFields::new(CreateTemplatesRequestFieldsRequired { .. })`.
pub struct CreateTemplatesRequestFieldsRequired {
    /// `dataType`: see [`CreateTemplatesRequestFields::data_type`].
    pub data_type: i64,
    /// `fieldName`: see [`CreateTemplatesRequestFields::field_name`].
    pub field_name: String,
    /// `need`: see [`CreateTemplatesRequestFields::need`].
    pub need: bool,
    /// `order`: see [`CreateTemplatesRequestFields::order`].
    pub order: i64,
    /// `sort`: see [`CreateTemplatesRequestFields::sort`].
    pub sort: i64,
}
impl CreateTemplatesRequestFields {
    /// A `CreateTemplatesRequestFields` with its required fields (`dataType`, `fieldName`, `need`, `order`, `sort`); set the others with the methods named after them.
    pub fn new(required: CreateTemplatesRequestFieldsRequired) -> Self {
        let CreateTemplatesRequestFieldsRequired {
            data_type,
            field_name,
            need,
            order,
            sort,
        } = required;
        Self {
            data_type,
            data_value: None,
            field_name,
            need,
            order,
            sort,
        }
    }
    /// Sets `dataValue`.
    pub fn data_value(mut self, value: CreateTemplatesRequestFieldsDataValue) -> Self {
        self.data_value = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateTemplatesRequestFields { "dataType" => field(data_type), "dataValue" =>
    optional(data_value), "fieldName" => field(field_name), "need" => field(need),
    "order" => field(order), "sort" => field(sort) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTemplatesRequestFields { "dataType" => read_field(data_type), "dataValue" =>
    read_field(data_value), "fieldName" => read_field(field_name), "need" =>
    read_field(need), "order" => read_field(order), "sort" => read_field(sort) }
}
/// `CreateTemplatesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTemplatesResponseBody {
    /// `templateId`.
    pub template_id: Option<String>,
}
rt::impl_deserialize! {
    CreateTemplatesResponseBody { "templateId" => read_field(template_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTemplatesResponseBody { "templateId" => optional(template_id) }
}
/// `GetSendAndReceiveReportListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSendAndReceiveReportListResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<GetSendAndReceiveReportListResponseBodyDataList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    GetSendAndReceiveReportListResponseBody { "dataList" => read_field(data_list),
    "hasMore" => read_field(has_more), "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSendAndReceiveReportListResponseBody { "dataList" => optional(data_list),
    "hasMore" => optional(has_more), "maxResults" => optional(max_results), "nextToken"
    => optional(next_token) }
}
/// `GetSubmitStatisticsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSubmitStatisticsResponseBody {
    /// `shouldRemindTimes`.
    pub should_remind_times: Option<i64>,
    /// `templateName`.
    pub template_name: Option<String>,
    /// `userDeptMap`.
    pub user_dept_map: Option<rt::BTreeMap<String, String>>,
    /// `userIdCountMap`.
    pub user_id_count_map: Option<rt::BTreeMap<String, i64>>,
    /// `userIdStatusMap`.
    pub user_id_status_map: Option<
        rt::BTreeMap<String, rt::BTreeMap<String, rt::serde_json::Value>>,
    >,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
    /// `userMap`.
    pub user_map: Option<rt::BTreeMap<String, UserMapValue>>,
}
rt::impl_deserialize! {
    GetSubmitStatisticsResponseBody { "shouldRemindTimes" =>
    read_field(should_remind_times), "templateName" => read_field(template_name),
    "userDeptMap" => read_field(user_dept_map), "userIdCountMap" =>
    read_field(user_id_count_map), "userIdStatusMap" => read_field(user_id_status_map),
    "userIds" => read_field(user_ids), "userMap" => read_field(user_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSubmitStatisticsResponseBody { "shouldRemindTimes" =>
    optional(should_remind_times), "templateName" => optional(template_name),
    "userDeptMap" => optional(user_dept_map), "userIdCountMap" =>
    optional(user_id_count_map), "userIdStatusMap" => optional(user_id_status_map),
    "userIds" => optional(user_ids), "userMap" => optional(user_map) }
}
/// `QueryRemindResultsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRemindResultsResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<QueryRemindResultsResponseBodyDataList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    QueryRemindResultsResponseBody { "dataList" => read_field(data_list), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRemindResultsResponseBody { "dataList" => optional(data_list), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `QueryReportDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReportDetailResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryReportDetailResponseBodyContent>>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `creatorName`.
    pub creator_name: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `remark`.
    pub remark: Option<String>,
    /// `reportId`.
    pub report_id: Option<String>,
    /// `templateName`.
    pub template_name: Option<String>,
}
rt::impl_deserialize! {
    QueryReportDetailResponseBody { "content" => read_field(content), "createTime" =>
    read_field(create_time), "creatorId" => read_field(creator_id), "creatorName" =>
    read_field(creator_name), "deptName" => read_field(dept_name), "modifiedTime" =>
    read_field(modified_time), "remark" => read_field(remark), "reportId" =>
    read_field(report_id), "templateName" => read_field(template_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReportDetailResponseBody { "content" => optional(content), "createTime" =>
    optional(create_time), "creatorId" => optional(creator_id), "creatorName" =>
    optional(creator_name), "deptName" => optional(dept_name), "modifiedTime" =>
    optional(modified_time), "remark" => optional(remark), "reportId" =>
    optional(report_id), "templateName" => optional(template_name) }
}
/// `CreateTemplatesRequestFieldsDataValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTemplatesRequestFieldsDataValue {
    /// `openInfo`.
    pub open_info: Option<CreateTemplatesRequestFieldsDataValueOpenInfo>,
    /// `options`.
    pub options: Option<Vec<String>>,
    /// `placeholder`.
    pub placeholder: Option<String>,
}
impl CreateTemplatesRequestFieldsDataValue {
    /// An empty `CreateTemplatesRequestFieldsDataValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openInfo`.
    pub fn open_info(
        mut self,
        value: CreateTemplatesRequestFieldsDataValueOpenInfo,
    ) -> Self {
        self.open_info = Some(value);
        self
    }
    /// Sets `options`.
    pub fn options(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.options = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `placeholder`.
    pub fn placeholder(mut self, value: impl Into<String>) -> Self {
        self.placeholder = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTemplatesRequestFieldsDataValue { "openInfo" => optional(open_info), "options"
    => optional(options), "placeholder" => optional(placeholder) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTemplatesRequestFieldsDataValue { "openInfo" => read_field(open_info),
    "options" => read_field(options), "placeholder" => read_field(placeholder) }
}
/// `GetSendAndReceiveReportListResponseBodyDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSendAndReceiveReportListResponseBodyDataList {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `creatorName`.
    pub creator_name: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `reportId`.
    pub report_id: Option<String>,
    /// `templateName`.
    pub template_name: Option<String>,
}
rt::impl_deserialize! {
    GetSendAndReceiveReportListResponseBodyDataList { "createTime" =>
    read_field(create_time), "creatorId" => read_field(creator_id), "creatorName" =>
    read_field(creator_name), "modifiedTime" => read_field(modified_time), "reportId" =>
    read_field(report_id), "templateName" => read_field(template_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSendAndReceiveReportListResponseBodyDataList { "createTime" =>
    optional(create_time), "creatorId" => optional(creator_id), "creatorName" =>
    optional(creator_name), "modifiedTime" => optional(modified_time), "reportId" =>
    optional(report_id), "templateName" => optional(template_name) }
}
/// `UserMapValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UserMapValue {
    /// `userId`.
    pub user_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `deptId`.
    pub dept_id: Option<String>,
}
rt::impl_deserialize! {
    UserMapValue { "userId" => read_field(user_id), "name" => read_field(name), "deptId"
    => read_field(dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UserMapValue { "userId" => optional(user_id), "name" => optional(name), "deptId" =>
    optional(dept_id) }
}
/// `QueryRemindResultsResponseBodyDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRemindResultsResponseBodyDataList {
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `endDateTime`.
    pub end_date_time: Option<Vec<String>>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `periodType`.
    pub period_type: Option<i64>,
    /// `remindId`.
    pub remind_id: Option<i64>,
    /// `startDateTime`.
    pub start_date_time: Option<Vec<String>>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `toGroups`.
    pub to_groups: Option<Vec<QueryRemindResultsResponseBodyDataListToGroups>>,
}
rt::impl_deserialize! {
    QueryRemindResultsResponseBodyDataList { "creatorId" => read_field(creator_id),
    "endDateTime" => read_field(end_date_time), "modifierId" => read_field(modifier_id),
    "periodType" => read_field(period_type), "remindId" => read_field(remind_id),
    "startDateTime" => read_field(start_date_time), "templateId" =>
    read_field(template_id), "toGroups" => read_field(to_groups) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRemindResultsResponseBodyDataList { "creatorId" => optional(creator_id),
    "endDateTime" => optional(end_date_time), "modifierId" => optional(modifier_id),
    "periodType" => optional(period_type), "remindId" => optional(remind_id),
    "startDateTime" => optional(start_date_time), "templateId" => optional(template_id),
    "toGroups" => optional(to_groups) }
}
/// `QueryReportDetailResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReportDetailResponseBodyContent {
    /// `images`.
    pub images: Option<Vec<String>>,
    /// `key`.
    pub key: Option<String>,
    /// `sort`.
    pub sort: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    QueryReportDetailResponseBodyContent { "images" => read_field(images), "key" =>
    read_field(key), "sort" => read_field(sort), "type" => read_field(r#type), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReportDetailResponseBodyContent { "images" => optional(images), "key" =>
    optional(key), "sort" => optional(sort), "type" => optional(r#type), "value" =>
    optional(value) }
}
/// `CreateTemplatesRequestFieldsDataValueOpenInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTemplatesRequestFieldsDataValueOpenInfo {
    /// `attribute`.
    pub attribute: Option<rt::BTreeMap<String, String>>,
    /// `openId`.
    pub open_id: Option<String>,
}
impl CreateTemplatesRequestFieldsDataValueOpenInfo {
    /// An empty `CreateTemplatesRequestFieldsDataValueOpenInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attribute`.
    pub fn attribute(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.attribute = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `openId`.
    pub fn open_id(mut self, value: impl Into<String>) -> Self {
        self.open_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTemplatesRequestFieldsDataValueOpenInfo { "attribute" => optional(attribute),
    "openId" => optional(open_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTemplatesRequestFieldsDataValueOpenInfo { "attribute" => read_field(attribute),
    "openId" => read_field(open_id) }
}
/// `QueryRemindResultsResponseBodyDataListToGroups`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRemindResultsResponseBodyDataListToGroups {
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryRemindResultsResponseBodyDataListToGroups { "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRemindResultsResponseBodyDataListToGroups { "title" => optional(title) }
}
/// The request of [`Api::create_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTemplatesRequest {
    /// `allowAddReceivers`.
    pub allow_add_receivers: Option<bool>,
    /// `allowEdit`.
    pub allow_edit: Option<bool>,
    /// `allowGetLocation`.
    pub allow_get_location: Option<bool>,
    /// `authDeptIds`.
    pub auth_dept_ids: Option<Vec<String>>,
    /// `authUserIds`.
    pub auth_user_ids: Option<Vec<String>>,
    /// `creator`.
    pub creator: String,
    /// `defaultReceivedCids`.
    pub default_received_cids: Option<Vec<String>>,
    /// `defaultReceivedMasterLevels`.
    pub default_received_master_levels: Option<Vec<String>>,
    /// `defaultReceivers`.
    pub default_receivers: Option<Vec<String>>,
    /// `fields`.
    pub fields: Vec<CreateTemplatesRequestFields>,
    /// `logo`.
    pub logo: Option<String>,
    /// `maxWordCount`.
    pub max_word_count: Option<i64>,
    /// `minWordCount`.
    pub min_word_count: Option<i64>,
    /// `name`.
    pub name: String,
    /// `templateManagers`.
    pub template_managers: Option<Vec<String>>,
}
/// The required fields of [`CreateTemplatesRequest`], each named where it is set: `CreateTemplatesRequest::new(CreateTemplatesRequired { .. })`.
pub struct CreateTemplatesRequired {
    /// `creator`: see [`CreateTemplatesRequest::creator`].
    pub creator: String,
    /// `fields`: see [`CreateTemplatesRequest::fields`].
    pub fields: Vec<CreateTemplatesRequestFields>,
    /// `name`: see [`CreateTemplatesRequest::name`].
    pub name: String,
}
impl CreateTemplatesRequest {
    /// A `CreateTemplatesRequest` with its required fields (`creator`, `fields`, `name`); set the others with the methods named after them.
    pub fn new(required: CreateTemplatesRequired) -> Self {
        let CreateTemplatesRequired { creator, fields, name } = required;
        Self {
            allow_add_receivers: None,
            allow_edit: None,
            allow_get_location: None,
            auth_dept_ids: None,
            auth_user_ids: None,
            creator,
            default_received_cids: None,
            default_received_master_levels: None,
            default_receivers: None,
            fields,
            logo: None,
            max_word_count: None,
            min_word_count: None,
            name,
            template_managers: None,
        }
    }
    /// Sets `allowAddReceivers`.
    pub fn allow_add_receivers(mut self, value: bool) -> Self {
        self.allow_add_receivers = Some(value);
        self
    }
    /// Sets `allowEdit`.
    pub fn allow_edit(mut self, value: bool) -> Self {
        self.allow_edit = Some(value);
        self
    }
    /// Sets `allowGetLocation`.
    pub fn allow_get_location(mut self, value: bool) -> Self {
        self.allow_get_location = Some(value);
        self
    }
    /// Sets `authDeptIds`.
    pub fn auth_dept_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.auth_dept_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `authUserIds`.
    pub fn auth_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.auth_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `defaultReceivedCids`.
    pub fn default_received_cids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.default_received_cids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `defaultReceivedMasterLevels`.
    pub fn default_received_master_levels(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.default_received_master_levels = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `defaultReceivers`.
    pub fn default_receivers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.default_receivers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `logo`.
    pub fn logo(mut self, value: impl Into<String>) -> Self {
        self.logo = Some(value.into());
        self
    }
    /// Sets `maxWordCount`.
    pub fn max_word_count(mut self, value: i64) -> Self {
        self.max_word_count = Some(value);
        self
    }
    /// Sets `minWordCount`.
    pub fn min_word_count(mut self, value: i64) -> Self {
        self.min_word_count = Some(value);
        self
    }
    /// Sets `templateManagers`.
    pub fn template_managers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.template_managers = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    CreateTemplatesRequest { "allowAddReceivers" => optional(allow_add_receivers),
    "allowEdit" => optional(allow_edit), "allowGetLocation" =>
    optional(allow_get_location), "authDeptIds" => optional(auth_dept_ids), "authUserIds"
    => optional(auth_user_ids), "creator" => field(creator), "defaultReceivedCids" =>
    optional(default_received_cids), "defaultReceivedMasterLevels" =>
    optional(default_received_master_levels), "defaultReceivers" =>
    optional(default_receivers), "fields" => field(fields), "logo" => optional(logo),
    "maxWordCount" => optional(max_word_count), "minWordCount" =>
    optional(min_word_count), "name" => field(name), "templateManagers" =>
    optional(template_managers) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTemplatesRequest { "allowAddReceivers" => read_field(allow_add_receivers),
    "allowEdit" => read_field(allow_edit), "allowGetLocation" =>
    read_field(allow_get_location), "authDeptIds" => read_field(auth_dept_ids),
    "authUserIds" => read_field(auth_user_ids), "creator" => read_field(creator),
    "defaultReceivedCids" => read_field(default_received_cids),
    "defaultReceivedMasterLevels" => read_field(default_received_master_levels),
    "defaultReceivers" => read_field(default_receivers), "fields" => read_field(fields),
    "logo" => read_field(logo), "maxWordCount" => read_field(max_word_count),
    "minWordCount" => read_field(min_word_count), "name" => read_field(name),
    "templateManagers" => read_field(template_managers) }
}
impl rt::WriteRequest for CreateTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_send_and_receive_report_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSendAndReceiveReportListRequest {
    /// `endTime`: a query parameter.
    pub end_time: i64,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `operationUserId`: a query parameter.
    pub operation_user_id: String,
    /// `startTime`: a query parameter.
    pub start_time: i64,
}
/// The required fields of [`GetSendAndReceiveReportListRequest`], each named where it is set: `GetSendAndReceiveReportListRequest::new(GetSendAndReceiveReportListRequired { .. })`.
pub struct GetSendAndReceiveReportListRequired {
    /// `endTime`: see [`GetSendAndReceiveReportListRequest::end_time`].
    pub end_time: i64,
    /// `maxResults`: see [`GetSendAndReceiveReportListRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetSendAndReceiveReportListRequest::next_token`].
    pub next_token: i64,
    /// `operationUserId`: see [`GetSendAndReceiveReportListRequest::operation_user_id`].
    pub operation_user_id: String,
    /// `startTime`: see [`GetSendAndReceiveReportListRequest::start_time`].
    pub start_time: i64,
}
impl GetSendAndReceiveReportListRequest {
    /// A `GetSendAndReceiveReportListRequest` with its required fields (`endTime`, `maxResults`, `nextToken`, `operationUserId`, `startTime`); set the others with the methods named after them.
    pub fn new(required: GetSendAndReceiveReportListRequired) -> Self {
        let GetSendAndReceiveReportListRequired {
            end_time,
            max_results,
            next_token,
            operation_user_id,
            start_time,
        } = required;
        Self {
            end_time,
            max_results,
            next_token,
            operation_user_id,
            start_time,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSendAndReceiveReportListRequest { "endTime" => read_field(end_time), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token), "operationUserId"
    => read_field(operation_user_id), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for GetSendAndReceiveReportListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operationUserId", &self.operation_user_id);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::get_submit_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSubmitStatisticsRequest {
    /// `endTime`: a query parameter.
    pub end_time: i64,
    /// `operationUserId`: a query parameter.
    pub operation_user_id: String,
    /// `remindId`: a query parameter.
    pub remind_id: i64,
    /// `startTime`: a query parameter.
    pub start_time: i64,
    /// `templateId`: a query parameter.
    pub template_id: String,
}
/// The required fields of [`GetSubmitStatisticsRequest`], each named where it is set: `GetSubmitStatisticsRequest::new(GetSubmitStatisticsRequired { .. })`.
pub struct GetSubmitStatisticsRequired {
    /// `endTime`: see [`GetSubmitStatisticsRequest::end_time`].
    pub end_time: i64,
    /// `operationUserId`: see [`GetSubmitStatisticsRequest::operation_user_id`].
    pub operation_user_id: String,
    /// `remindId`: see [`GetSubmitStatisticsRequest::remind_id`].
    pub remind_id: i64,
    /// `startTime`: see [`GetSubmitStatisticsRequest::start_time`].
    pub start_time: i64,
    /// `templateId`: see [`GetSubmitStatisticsRequest::template_id`].
    pub template_id: String,
}
impl GetSubmitStatisticsRequest {
    /// A `GetSubmitStatisticsRequest` with its required fields (`endTime`, `operationUserId`, `remindId`, `startTime`, `templateId`); set the others with the methods named after them.
    pub fn new(required: GetSubmitStatisticsRequired) -> Self {
        let GetSubmitStatisticsRequired {
            end_time,
            operation_user_id,
            remind_id,
            start_time,
            template_id,
        } = required;
        Self {
            end_time,
            operation_user_id,
            remind_id,
            start_time,
            template_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSubmitStatisticsRequest { "endTime" => read_field(end_time), "operationUserId" =>
    read_field(operation_user_id), "remindId" => read_field(remind_id), "startTime" =>
    read_field(start_time), "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for GetSubmitStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("operationUserId", &self.operation_user_id);
        writer.query("remindId", &self.remind_id);
        writer.query("startTime", &self.start_time);
        writer.query("templateId", &self.template_id);
    }
}
/// The request of [`Api::query_remind_results`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRemindResultsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `operationUserId`: a query parameter.
    pub operation_user_id: String,
    /// `templateId`: a query parameter.
    pub template_id: String,
}
/// The required fields of [`QueryRemindResultsRequest`], each named where it is set: `QueryRemindResultsRequest::new(QueryRemindResultsRequired { .. })`.
pub struct QueryRemindResultsRequired {
    /// `maxResults`: see [`QueryRemindResultsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`QueryRemindResultsRequest::next_token`].
    pub next_token: i64,
    /// `operationUserId`: see [`QueryRemindResultsRequest::operation_user_id`].
    pub operation_user_id: String,
    /// `templateId`: see [`QueryRemindResultsRequest::template_id`].
    pub template_id: String,
}
impl QueryRemindResultsRequest {
    /// A `QueryRemindResultsRequest` with its required fields (`maxResults`, `nextToken`, `operationUserId`, `templateId`); set the others with the methods named after them.
    pub fn new(required: QueryRemindResultsRequired) -> Self {
        let QueryRemindResultsRequired {
            max_results,
            next_token,
            operation_user_id,
            template_id,
        } = required;
        Self {
            max_results,
            next_token,
            operation_user_id,
            template_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRemindResultsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operationUserId" => read_field(operation_user_id),
    "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for QueryRemindResultsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operationUserId", &self.operation_user_id);
        writer.query("templateId", &self.template_id);
    }
}
/// The request of [`Api::query_report_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryReportDetailRequest {
    /// `format`: a query parameter.
    pub format: Option<String>,
    /// `reportId`: a query parameter.
    pub report_id: String,
}
/// The required fields of [`QueryReportDetailRequest`], each named where it is set: `QueryReportDetailRequest::new(QueryReportDetailRequired { .. })`.
pub struct QueryReportDetailRequired {
    /// `reportId`: see [`QueryReportDetailRequest::report_id`].
    pub report_id: String,
}
impl QueryReportDetailRequest {
    /// A `QueryReportDetailRequest` with its required fields (`reportId`); set the others with the methods named after them.
    pub fn new(required: QueryReportDetailRequired) -> Self {
        let QueryReportDetailRequired { report_id } = required;
        Self { format: None, report_id }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.format = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryReportDetailRequest { "format" => read_field(format), "reportId" =>
    read_field(report_id) }
}
impl rt::WriteRequest for QueryReportDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("format", &self.format);
        writer.query("reportId", &self.report_id);
    }
}
/// An error reply of [`Api::create_templates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTemplatesError = rt::ServiceError;
/// An error reply of [`Api::get_send_and_receive_report_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSendAndReceiveReportListError = rt::ServiceError;
/// An error reply of [`Api::get_submit_statistics`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSubmitStatisticsError = rt::ServiceError;
/// An error reply of [`Api::query_remind_results`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRemindResultsError = rt::ServiceError;
/// An error reply of [`Api::query_report_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryReportDetailError = rt::ServiceError;
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
        "CreateTemplates" => {
            rt::conformance::reply(api.create_templates(&inputs.request(true)?)).await
        }
        "GetSendAndReceiveReportList" => {
            rt::conformance::reply(
                    api.get_send_and_receive_report_list(&inputs.request(false)?),
                )
                .await
        }
        "GetSubmitStatistics" => {
            rt::conformance::reply(api.get_submit_statistics(&inputs.request(false)?))
                .await
        }
        "QueryRemindResults" => {
            rt::conformance::reply(api.query_remind_results(&inputs.request(false)?))
                .await
        }
        "QueryReportDetail" => {
            rt::conformance::reply(api.query_report_detail(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
