// @generated from api-spec/salary_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.salary_1_0()`. Generated from `api-spec/salary_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `salary_1_0`. Get it with `client.salary_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 小微薪酬获取薪资记录
    ///
    /// `GET /v1.0/salary/calculation` (operation `GetSalaryCalculation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSalaryCalculationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_salary_calculation(
        &self,
        request: &GetSalaryCalculationRequest,
    ) -> rt::Call<GetSalaryCalculationResponseBody, GetSalaryCalculationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSalaryCalculation",
            rt::Method::Get,
            "/v1.0/salary/calculation",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬获取薪资组
    ///
    /// `GET /v1.0/salary/group` (operation `GetSalaryGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSalaryGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_salary_group(
        &self,
    ) -> rt::Call<GetSalaryGroupResponseBody, GetSalaryGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSalaryGroup",
            rt::Method::Get,
            "/v1.0/salary/group",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 小微薪酬获取薪资项目
    ///
    /// `GET /v1.0/salary/item` (operation `GetSalaryItem`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSalaryItemError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_salary_item(
        &self,
        request: &GetSalaryItemRequest,
    ) -> rt::Call<GetSalaryItemResponseBody, GetSalaryItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSalaryItem",
            rt::Method::Get,
            "/v1.0/salary/item",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬获取薪资项目大类
    ///
    /// `GET /v1.0/salary/itemGroup` (operation `GetSalaryItemGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSalaryItemGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_salary_item_group(
        &self,
    ) -> rt::Call<GetSalaryItemGroupResponseBody, GetSalaryItemGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSalaryItemGroup",
            rt::Method::Get,
            "/v1.0/salary/itemGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 小微薪酬获取薪资记录数据
    ///
    /// `POST /v1.0/salary/calculation` (operation `ListSalaryCalculation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSalaryCalculationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_salary_calculation(
        &self,
        request: &ListSalaryCalculationRequest,
    ) -> rt::Call<ListSalaryCalculationResponseBody, ListSalaryCalculationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSalaryCalculation",
            rt::Method::Post,
            "/v1.0/salary/calculation",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬撤销定调薪数据
    ///
    /// `DELETE /v1.0/salary/archives` (operation `RevokeSalaryArchives`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RevokeSalaryArchivesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn revoke_salary_archives(
        &self,
        request: &RevokeSalaryArchivesRequest,
    ) -> rt::Call<RevokeSalaryArchivesResponseBody, RevokeSalaryArchivesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RevokeSalaryArchives",
            rt::Method::Delete,
            "/v1.0/salary/archives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬保存定调薪数据
    ///
    /// `POST /v1.0/salary/archives` (operation `SaveSalaryArchives`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveSalaryArchivesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn save_salary_archives(
        &self,
        request: &SaveSalaryArchivesRequest,
    ) -> rt::Call<SaveSalaryArchivesResponseBody, SaveSalaryArchivesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveSalaryArchives",
            rt::Method::Post,
            "/v1.0/salary/archives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬获取薪资记录写入
    ///
    /// `POST /v1.0/salary/calculation/write` (operation `WriteSalaryCalculation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WriteSalaryCalculationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn write_salary_calculation(
        &self,
        request: &WriteSalaryCalculationRequest,
    ) -> rt::Call<WriteSalaryCalculationResponseBody, WriteSalaryCalculationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WriteSalaryCalculation",
            rt::Method::Post,
            "/v1.0/salary/calculation/write",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `GetSalaryCalculationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSalaryCalculationResponseBody {
    /// `result`.
    pub result: Option<GetSalaryCalculationResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSalaryCalculationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSalaryCalculationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSalaryCalculationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetSalaryGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSalaryGroupResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSalaryGroupResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSalaryGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSalaryGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSalaryGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetSalaryItemResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSalaryItemResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSalaryItemResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSalaryItemResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSalaryItemResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSalaryItemResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetSalaryItemGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSalaryItemGroupResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSalaryItemGroupResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSalaryItemGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSalaryItemGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSalaryItemGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListSalaryCalculationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSalaryCalculationResponseBody {
    /// `result`.
    pub result: Option<ListSalaryCalculationResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSalaryCalculationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSalaryCalculationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSalaryCalculationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `RevokeSalaryArchivesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RevokeSalaryArchivesResponseBody {
    /// `result`.
    pub result: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for RevokeSalaryArchivesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RevokeSalaryArchivesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RevokeSalaryArchivesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SaveSalaryArchivesRequestContents`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveSalaryArchivesRequestContents {
    /// `salaryItemId`.
    pub salary_item_id: String,
    /// `salaryItemValue`.
    pub salary_item_value: Option<String>,
}
impl SaveSalaryArchivesRequestContents {
    /// A `SaveSalaryArchivesRequestContents` with its required fields (`salaryItemId`); set the others with the methods named after them.
    pub fn new(salary_item_id: impl Into<String>) -> Self {
        Self {
            salary_item_id: salary_item_id.into(),
            salary_item_value: None,
        }
    }
    /// Sets `salaryItemValue`.
    pub fn salary_item_value(mut self, value: impl Into<String>) -> Self {
        self.salary_item_value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SaveSalaryArchivesRequestContents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("salaryItemId", &self.salary_item_id)?;
        object.optional("salaryItemValue", &self.salary_item_value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveSalaryArchivesRequestContents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveSalaryArchivesRequestContents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "salaryItemId" => rt::read_field(map, &mut self.salary_item_id),
            "salaryItemValue" => rt::read_field(map, &mut self.salary_item_value),
            _ => Ok(false),
        }
    }
}
/// `SaveSalaryArchivesResponseBody`: the same model as [`RevokeSalaryArchivesResponseBody`].
pub type SaveSalaryArchivesResponseBody = RevokeSalaryArchivesResponseBody;
/// `WriteSalaryCalculationRequestItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WriteSalaryCalculationRequestItems {
    /// `contents`.
    pub contents: Option<Vec<WriteSalaryCalculationRequestItemsContents>>,
    /// `userId`.
    pub user_id: String,
}
impl WriteSalaryCalculationRequestItems {
    /// A `WriteSalaryCalculationRequestItems` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            contents: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `contents`.
    pub fn contents(
        mut self,
        value: impl IntoIterator<Item = WriteSalaryCalculationRequestItemsContents>,
    ) -> Self {
        self.contents = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for WriteSalaryCalculationRequestItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contents", &self.contents)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WriteSalaryCalculationRequestItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WriteSalaryCalculationRequestItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contents" => rt::read_field(map, &mut self.contents),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `WriteSalaryCalculationResponseBody`: the same model as [`RevokeSalaryArchivesResponseBody`].
pub type WriteSalaryCalculationResponseBody = RevokeSalaryArchivesResponseBody;
/// `GetSalaryCalculationResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSalaryCalculationResponseBodyResult {
    /// `calStatus`.
    pub cal_status: Option<bool>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSalaryCalculationResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSalaryCalculationResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "calStatus" => rt::read_field(map, &mut self.cal_status),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSalaryCalculationResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("calStatus", &self.cal_status)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetSalaryGroupResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSalaryGroupResponseBodyResult {
    /// `enableFlag`.
    pub enable_flag: Option<bool>,
    /// `salaryGroupId`.
    pub salary_group_id: Option<String>,
    /// `salaryGroupName`.
    pub salary_group_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSalaryGroupResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSalaryGroupResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enableFlag" => rt::read_field(map, &mut self.enable_flag),
            "salaryGroupId" => rt::read_field(map, &mut self.salary_group_id),
            "salaryGroupName" => rt::read_field(map, &mut self.salary_group_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSalaryGroupResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enableFlag", &self.enable_flag)?;
        object.optional("salaryGroupId", &self.salary_group_id)?;
        object.optional("salaryGroupName", &self.salary_group_name)?;
        object.end()
    }
}
/// `GetSalaryItemResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSalaryItemResponseBodyResult {
    /// `salaryItemId`.
    pub salary_item_id: Option<String>,
    /// `salaryItemName`.
    pub salary_item_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSalaryItemResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSalaryItemResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "salaryItemId" => rt::read_field(map, &mut self.salary_item_id),
            "salaryItemName" => rt::read_field(map, &mut self.salary_item_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSalaryItemResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("salaryItemId", &self.salary_item_id)?;
        object.optional("salaryItemName", &self.salary_item_name)?;
        object.end()
    }
}
/// `GetSalaryItemGroupResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSalaryItemGroupResponseBodyResult {
    /// `salaryItemGroupId`.
    pub salary_item_group_id: Option<String>,
    /// `salaryItemGroupName`.
    pub salary_item_group_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSalaryItemGroupResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSalaryItemGroupResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "salaryItemGroupId" => rt::read_field(map, &mut self.salary_item_group_id),
            "salaryItemGroupName" => {
                rt::read_field(map, &mut self.salary_item_group_name)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSalaryItemGroupResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("salaryItemGroupId", &self.salary_item_group_id)?;
        object.optional("salaryItemGroupName", &self.salary_item_group_name)?;
        object.end()
    }
}
/// `ListSalaryCalculationResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSalaryCalculationResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<ListSalaryCalculationResponseBodyResultData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSalaryCalculationResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSalaryCalculationResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSalaryCalculationResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.end()
    }
}
/// `WriteSalaryCalculationRequestItemsContents`: the same model as [`SaveSalaryArchivesRequestContents`].
pub type WriteSalaryCalculationRequestItemsContents = SaveSalaryArchivesRequestContents;
/// `ListSalaryCalculationResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSalaryCalculationResponseBodyResultData {
    /// `dataList`.
    pub data_list: Option<Vec<ListSalaryCalculationResponseBodyResultDataDataList>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSalaryCalculationResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSalaryCalculationResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSalaryCalculationResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListSalaryCalculationResponseBodyResultDataDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSalaryCalculationResponseBodyResultDataDataList {
    /// `salaryItemId`.
    pub salary_item_id: Option<String>,
    /// `salaryItemName`.
    pub salary_item_name: Option<String>,
    /// `salaryItemValue`.
    pub salary_item_value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListSalaryCalculationResponseBodyResultDataDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSalaryCalculationResponseBodyResultDataDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "salaryItemId" => rt::read_field(map, &mut self.salary_item_id),
            "salaryItemName" => rt::read_field(map, &mut self.salary_item_name),
            "salaryItemValue" => rt::read_field(map, &mut self.salary_item_value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSalaryCalculationResponseBodyResultDataDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("salaryItemId", &self.salary_item_id)?;
        object.optional("salaryItemName", &self.salary_item_name)?;
        object.optional("salaryItemValue", &self.salary_item_value)?;
        object.end()
    }
}
/// The request of [`Api::get_salary_calculation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSalaryCalculationRequest {
    /// `date`: a query parameter.
    pub date: String,
    /// `salaryGroupId`: a query parameter.
    pub salary_group_id: String,
}
impl GetSalaryCalculationRequest {
    /// A `GetSalaryCalculationRequest` with its required fields (`date`, `salaryGroupId`); set the others with the methods named after them.
    pub fn new(date: impl Into<String>, salary_group_id: impl Into<String>) -> Self {
        Self {
            date: date.into(),
            salary_group_id: salary_group_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSalaryCalculationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSalaryCalculationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "date" => rt::read_field(map, &mut self.date),
            "salaryGroupId" => rt::read_field(map, &mut self.salary_group_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSalaryCalculationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("date", &self.date);
        writer.query("salaryGroupId", &self.salary_group_id);
    }
}
/// The request of [`Api::get_salary_item`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSalaryItemRequest {
    /// `salaryItemGroupId`: a query parameter.
    pub salary_item_group_id: String,
}
impl GetSalaryItemRequest {
    /// A `GetSalaryItemRequest` with its required fields (`salaryItemGroupId`); set the others with the methods named after them.
    pub fn new(salary_item_group_id: impl Into<String>) -> Self {
        Self {
            salary_item_group_id: salary_item_group_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSalaryItemRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSalaryItemRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "salaryItemGroupId" => rt::read_field(map, &mut self.salary_item_group_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSalaryItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("salaryItemGroupId", &self.salary_item_group_id);
    }
}
/// The request of [`Api::list_salary_calculation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListSalaryCalculationRequest {
    /// `date`.
    pub date: String,
    /// `pageIndex`.
    pub page_index: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `salaryGroupId`.
    pub salary_group_id: String,
}
impl ListSalaryCalculationRequest {
    /// A `ListSalaryCalculationRequest` with its required fields (`date`, `pageIndex`, `pageSize`, `salaryGroupId`); set the others with the methods named after them.
    pub fn new(
        date: impl Into<String>,
        page_index: i64,
        page_size: i64,
        salary_group_id: impl Into<String>,
    ) -> Self {
        Self {
            date: date.into(),
            page_index,
            page_size,
            salary_group_id: salary_group_id.into(),
        }
    }
}
impl rt::serde::Serialize for ListSalaryCalculationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("date", &self.date)?;
        object.field("pageIndex", &self.page_index)?;
        object.field("pageSize", &self.page_size)?;
        object.field("salaryGroupId", &self.salary_group_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSalaryCalculationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSalaryCalculationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "date" => rt::read_field(map, &mut self.date),
            "pageIndex" => rt::read_field(map, &mut self.page_index),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "salaryGroupId" => rt::read_field(map, &mut self.salary_group_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListSalaryCalculationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::revoke_salary_archives`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RevokeSalaryArchivesRequest {
    /// `effectiveDate`.
    pub effective_date: String,
    /// `opUserId`.
    pub op_user_id: String,
    /// `userId`.
    pub user_id: String,
}
impl RevokeSalaryArchivesRequest {
    /// A `RevokeSalaryArchivesRequest` with its required fields (`effectiveDate`, `opUserId`, `userId`); set the others with the methods named after them.
    pub fn new(
        effective_date: impl Into<String>,
        op_user_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            effective_date: effective_date.into(),
            op_user_id: op_user_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for RevokeSalaryArchivesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("effectiveDate", &self.effective_date)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RevokeSalaryArchivesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RevokeSalaryArchivesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "effectiveDate" => rt::read_field(map, &mut self.effective_date),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RevokeSalaryArchivesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_salary_archives`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveSalaryArchivesRequest {
    /// `adjustMemo`.
    pub adjust_memo: Option<String>,
    /// `contents`.
    pub contents: Option<Vec<SaveSalaryArchivesRequestContents>>,
    /// `effectiveDate`.
    pub effective_date: String,
    /// `opUserId`.
    pub op_user_id: String,
    /// `userId`.
    pub user_id: String,
}
impl SaveSalaryArchivesRequest {
    /// A `SaveSalaryArchivesRequest` with its required fields (`effectiveDate`, `opUserId`, `userId`); set the others with the methods named after them.
    pub fn new(
        effective_date: impl Into<String>,
        op_user_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            adjust_memo: None,
            contents: None,
            effective_date: effective_date.into(),
            op_user_id: op_user_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `adjustMemo`.
    pub fn adjust_memo(mut self, value: impl Into<String>) -> Self {
        self.adjust_memo = Some(value.into());
        self
    }
    /// Sets `contents`.
    pub fn contents(
        mut self,
        value: impl IntoIterator<Item = SaveSalaryArchivesRequestContents>,
    ) -> Self {
        self.contents = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for SaveSalaryArchivesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adjustMemo", &self.adjust_memo)?;
        object.optional("contents", &self.contents)?;
        object.field("effectiveDate", &self.effective_date)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveSalaryArchivesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveSalaryArchivesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "adjustMemo" => rt::read_field(map, &mut self.adjust_memo),
            "contents" => rt::read_field(map, &mut self.contents),
            "effectiveDate" => rt::read_field(map, &mut self.effective_date),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveSalaryArchivesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::write_salary_calculation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WriteSalaryCalculationRequest {
    /// `date`.
    pub date: String,
    /// `items`.
    pub items: Option<Vec<WriteSalaryCalculationRequestItems>>,
}
impl WriteSalaryCalculationRequest {
    /// A `WriteSalaryCalculationRequest` with its required fields (`date`); set the others with the methods named after them.
    pub fn new(date: impl Into<String>) -> Self {
        Self {
            date: date.into(),
            items: None,
        }
    }
    /// Sets `items`.
    pub fn items(
        mut self,
        value: impl IntoIterator<Item = WriteSalaryCalculationRequestItems>,
    ) -> Self {
        self.items = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for WriteSalaryCalculationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("date", &self.date)?;
        object.optional("items", &self.items)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WriteSalaryCalculationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WriteSalaryCalculationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "date" => rt::read_field(map, &mut self.date),
            "items" => rt::read_field(map, &mut self.items),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for WriteSalaryCalculationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::get_salary_calculation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSalaryCalculationError = rt::ServiceError;
/// An error reply of [`Api::get_salary_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSalaryGroupError = rt::ServiceError;
/// An error reply of [`Api::get_salary_item`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSalaryItemError = rt::ServiceError;
/// An error reply of [`Api::get_salary_item_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSalaryItemGroupError = rt::ServiceError;
/// An error reply of [`Api::list_salary_calculation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSalaryCalculationError = rt::ServiceError;
/// An error reply of [`Api::revoke_salary_archives`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RevokeSalaryArchivesError = rt::ServiceError;
/// An error reply of [`Api::save_salary_archives`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveSalaryArchivesError = rt::ServiceError;
/// An error reply of [`Api::write_salary_calculation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WriteSalaryCalculationError = rt::ServiceError;
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
        "GetSalaryCalculation" => {
            rt::conformance::reply(api.get_salary_calculation(&inputs.request(false)?))
                .await
        }
        "GetSalaryGroup" => rt::conformance::reply(api.get_salary_group()).await,
        "GetSalaryItem" => {
            rt::conformance::reply(api.get_salary_item(&inputs.request(false)?)).await
        }
        "GetSalaryItemGroup" => rt::conformance::reply(api.get_salary_item_group()).await,
        "ListSalaryCalculation" => {
            rt::conformance::reply(api.list_salary_calculation(&inputs.request(true)?))
                .await
        }
        "RevokeSalaryArchives" => {
            rt::conformance::reply(api.revoke_salary_archives(&inputs.request(true)?))
                .await
        }
        "SaveSalaryArchives" => {
            rt::conformance::reply(api.save_salary_archives(&inputs.request(true)?))
                .await
        }
        "WriteSalaryCalculation" => {
            rt::conformance::reply(api.write_salary_calculation(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
