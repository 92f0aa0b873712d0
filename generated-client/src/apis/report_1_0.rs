// @generated from api-spec/report_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.report_1_0()`. Generated from `api-spec/report_1_0.yaml`.
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
    /// `POST /v1.0/report/templates` (operation `CreateTemplates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTemplatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/report/users/sendAndReceiveLists` (operation `GetSendAndReceiveReportList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSendAndReceiveReportListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/report/submitStatisticalResults` (operation `GetSubmitStatistics`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSubmitStatisticsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/report/statisticalRules/results` (operation `QueryRemindResults`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRemindResultsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/report/details` (operation `QueryReportDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryReportDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateTemplatesRequestFields {
    /// A `CreateTemplatesRequestFields` with its required fields (`dataType`, `fieldName`, `need`, `order`, `sort`); set the others with the methods named after them.
    pub fn new(
        data_type: i64,
        field_name: impl Into<String>,
        need: bool,
        order: i64,
        sort: i64,
    ) -> Self {
        Self {
            data_type,
            data_value: None,
            field_name: field_name.into(),
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
impl rt::serde::Serialize for CreateTemplatesRequestFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dataType", &self.data_type)?;
        object.optional("dataValue", &self.data_value)?;
        object.field("fieldName", &self.field_name)?;
        object.field("need", &self.need)?;
        object.field("order", &self.order)?;
        object.field("sort", &self.sort)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTemplatesRequestFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTemplatesRequestFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataType" => rt::read_field(map, &mut self.data_type),
            "dataValue" => rt::read_field(map, &mut self.data_value),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "need" => rt::read_field(map, &mut self.need),
            "order" => rt::read_field(map, &mut self.order),
            "sort" => rt::read_field(map, &mut self.sort),
            _ => Ok(false),
        }
    }
}
/// `CreateTemplatesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTemplatesResponseBody {
    /// `templateId`.
    pub template_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTemplatesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTemplatesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTemplatesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
/// `GetSendAndReceiveReportListResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSendAndReceiveReportListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSendAndReceiveReportListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSendAndReceiveReportListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetSubmitStatisticsResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSubmitStatisticsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSubmitStatisticsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "shouldRemindTimes" => rt::read_field(map, &mut self.should_remind_times),
            "templateName" => rt::read_field(map, &mut self.template_name),
            "userDeptMap" => rt::read_field(map, &mut self.user_dept_map),
            "userIdCountMap" => rt::read_field(map, &mut self.user_id_count_map),
            "userIdStatusMap" => rt::read_field(map, &mut self.user_id_status_map),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            "userMap" => rt::read_field(map, &mut self.user_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSubmitStatisticsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("shouldRemindTimes", &self.should_remind_times)?;
        object.optional("templateName", &self.template_name)?;
        object.optional("userDeptMap", &self.user_dept_map)?;
        object.optional("userIdCountMap", &self.user_id_count_map)?;
        object.optional("userIdStatusMap", &self.user_id_status_map)?;
        object.optional("userIds", &self.user_ids)?;
        object.optional("userMap", &self.user_map)?;
        object.end()
    }
}
/// `QueryRemindResultsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRemindResultsResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<QueryRemindResultsResponseBodyDataList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRemindResultsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRemindResultsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRemindResultsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `QueryReportDetailResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryReportDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReportDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "creatorName" => rt::read_field(map, &mut self.creator_name),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "remark" => rt::read_field(map, &mut self.remark),
            "reportId" => rt::read_field(map, &mut self.report_id),
            "templateName" => rt::read_field(map, &mut self.template_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReportDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("creatorName", &self.creator_name)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("remark", &self.remark)?;
        object.optional("reportId", &self.report_id)?;
        object.optional("templateName", &self.template_name)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateTemplatesRequestFieldsDataValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openInfo", &self.open_info)?;
        object.optional("options", &self.options)?;
        object.optional("placeholder", &self.placeholder)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTemplatesRequestFieldsDataValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTemplatesRequestFieldsDataValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openInfo" => rt::read_field(map, &mut self.open_info),
            "options" => rt::read_field(map, &mut self.options),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            _ => Ok(false),
        }
    }
}
/// `GetSendAndReceiveReportListResponseBodyDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetSendAndReceiveReportListResponseBodyDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSendAndReceiveReportListResponseBodyDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "creatorName" => rt::read_field(map, &mut self.creator_name),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "reportId" => rt::read_field(map, &mut self.report_id),
            "templateName" => rt::read_field(map, &mut self.template_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSendAndReceiveReportListResponseBodyDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("creatorName", &self.creator_name)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("reportId", &self.report_id)?;
        object.optional("templateName", &self.template_name)?;
        object.end()
    }
}
/// `UserMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UserMapValue {
    /// `userId`.
    pub user_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `deptId`.
    pub dept_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UserMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UserMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "name" => rt::read_field(map, &mut self.name),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UserMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.optional("name", &self.name)?;
        object.optional("deptId", &self.dept_id)?;
        object.end()
    }
}
/// `QueryRemindResultsResponseBodyDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryRemindResultsResponseBodyDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRemindResultsResponseBodyDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "endDateTime" => rt::read_field(map, &mut self.end_date_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "periodType" => rt::read_field(map, &mut self.period_type),
            "remindId" => rt::read_field(map, &mut self.remind_id),
            "startDateTime" => rt::read_field(map, &mut self.start_date_time),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "toGroups" => rt::read_field(map, &mut self.to_groups),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRemindResultsResponseBodyDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("endDateTime", &self.end_date_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("periodType", &self.period_type)?;
        object.optional("remindId", &self.remind_id)?;
        object.optional("startDateTime", &self.start_date_time)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("toGroups", &self.to_groups)?;
        object.end()
    }
}
/// `QueryReportDetailResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryReportDetailResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReportDetailResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "images" => rt::read_field(map, &mut self.images),
            "key" => rt::read_field(map, &mut self.key),
            "sort" => rt::read_field(map, &mut self.sort),
            "type" => rt::read_field(map, &mut self.r#type),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReportDetailResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("images", &self.images)?;
        object.optional("key", &self.key)?;
        object.optional("sort", &self.sort)?;
        object.optional("type", &self.r#type)?;
        object.optional("value", &self.value)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateTemplatesRequestFieldsDataValueOpenInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attribute", &self.attribute)?;
        object.optional("openId", &self.open_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTemplatesRequestFieldsDataValueOpenInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTemplatesRequestFieldsDataValueOpenInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attribute" => rt::read_field(map, &mut self.attribute),
            "openId" => rt::read_field(map, &mut self.open_id),
            _ => Ok(false),
        }
    }
}
/// `QueryRemindResultsResponseBodyDataListToGroups`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRemindResultsResponseBodyDataListToGroups {
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryRemindResultsResponseBodyDataListToGroups {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRemindResultsResponseBodyDataListToGroups {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRemindResultsResponseBodyDataListToGroups {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// The request of [`Api::create_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateTemplatesRequest {
    /// A `CreateTemplatesRequest` with its required fields (`creator`, `fields`, `name`); set the others with the methods named after them.
    pub fn new(
        creator: impl Into<String>,
        fields: impl IntoIterator<Item = CreateTemplatesRequestFields>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            allow_add_receivers: None,
            allow_edit: None,
            allow_get_location: None,
            auth_dept_ids: None,
            auth_user_ids: None,
            creator: creator.into(),
            default_received_cids: None,
            default_received_master_levels: None,
            default_receivers: None,
            fields: fields.into_iter().collect(),
            logo: None,
            max_word_count: None,
            min_word_count: None,
            name: name.into(),
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
impl rt::serde::Serialize for CreateTemplatesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allowAddReceivers", &self.allow_add_receivers)?;
        object.optional("allowEdit", &self.allow_edit)?;
        object.optional("allowGetLocation", &self.allow_get_location)?;
        object.optional("authDeptIds", &self.auth_dept_ids)?;
        object.optional("authUserIds", &self.auth_user_ids)?;
        object.field("creator", &self.creator)?;
        object.optional("defaultReceivedCids", &self.default_received_cids)?;
        object
            .optional(
                "defaultReceivedMasterLevels",
                &self.default_received_master_levels,
            )?;
        object.optional("defaultReceivers", &self.default_receivers)?;
        object.field("fields", &self.fields)?;
        object.optional("logo", &self.logo)?;
        object.optional("maxWordCount", &self.max_word_count)?;
        object.optional("minWordCount", &self.min_word_count)?;
        object.field("name", &self.name)?;
        object.optional("templateManagers", &self.template_managers)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTemplatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTemplatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allowAddReceivers" => rt::read_field(map, &mut self.allow_add_receivers),
            "allowEdit" => rt::read_field(map, &mut self.allow_edit),
            "allowGetLocation" => rt::read_field(map, &mut self.allow_get_location),
            "authDeptIds" => rt::read_field(map, &mut self.auth_dept_ids),
            "authUserIds" => rt::read_field(map, &mut self.auth_user_ids),
            "creator" => rt::read_field(map, &mut self.creator),
            "defaultReceivedCids" => rt::read_field(map, &mut self.default_received_cids),
            "defaultReceivedMasterLevels" => {
                rt::read_field(map, &mut self.default_received_master_levels)
            }
            "defaultReceivers" => rt::read_field(map, &mut self.default_receivers),
            "fields" => rt::read_field(map, &mut self.fields),
            "logo" => rt::read_field(map, &mut self.logo),
            "maxWordCount" => rt::read_field(map, &mut self.max_word_count),
            "minWordCount" => rt::read_field(map, &mut self.min_word_count),
            "name" => rt::read_field(map, &mut self.name),
            "templateManagers" => rt::read_field(map, &mut self.template_managers),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_send_and_receive_report_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetSendAndReceiveReportListRequest {
    /// A `GetSendAndReceiveReportListRequest` with its required fields (`endTime`, `maxResults`, `nextToken`, `operationUserId`, `startTime`); set the others with the methods named after them.
    pub fn new(
        end_time: i64,
        max_results: i64,
        next_token: i64,
        operation_user_id: impl Into<String>,
        start_time: i64,
    ) -> Self {
        Self {
            end_time,
            max_results,
            next_token,
            operation_user_id: operation_user_id.into(),
            start_time,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSendAndReceiveReportListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSendAndReceiveReportListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operationUserId" => rt::read_field(map, &mut self.operation_user_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetSubmitStatisticsRequest {
    /// A `GetSubmitStatisticsRequest` with its required fields (`endTime`, `operationUserId`, `remindId`, `startTime`, `templateId`); set the others with the methods named after them.
    pub fn new(
        end_time: i64,
        operation_user_id: impl Into<String>,
        remind_id: i64,
        start_time: i64,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            end_time,
            operation_user_id: operation_user_id.into(),
            remind_id,
            start_time,
            template_id: template_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSubmitStatisticsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSubmitStatisticsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "operationUserId" => rt::read_field(map, &mut self.operation_user_id),
            "remindId" => rt::read_field(map, &mut self.remind_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryRemindResultsRequest {
    /// A `QueryRemindResultsRequest` with its required fields (`maxResults`, `nextToken`, `operationUserId`, `templateId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        next_token: i64,
        operation_user_id: impl Into<String>,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            next_token,
            operation_user_id: operation_user_id.into(),
            template_id: template_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRemindResultsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRemindResultsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operationUserId" => rt::read_field(map, &mut self.operation_user_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryReportDetailRequest {
    /// `format`: a query parameter.
    pub format: Option<String>,
    /// `reportId`: a query parameter.
    pub report_id: String,
}
impl QueryReportDetailRequest {
    /// A `QueryReportDetailRequest` with its required fields (`reportId`); set the others with the methods named after them.
    pub fn new(report_id: impl Into<String>) -> Self {
        Self {
            format: None,
            report_id: report_id.into(),
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.format = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryReportDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryReportDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "format" => rt::read_field(map, &mut self.format),
            "reportId" => rt::read_field(map, &mut self.report_id),
            _ => Ok(false),
        }
    }
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
