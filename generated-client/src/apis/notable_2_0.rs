// @generated from api-spec/notable_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.notable_2_0()`. Generated from `api-spec/notable_2_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `notable_2_0`. Get it with `client.notable_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 新增数据表字段
    ///
    /// `POST /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields` (operation `CreateField`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_field(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &CreateFieldRequest,
    ) -> rt::Call<CreateFieldResponseBody, CreateFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateField",
            rt::Method::Post,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 创建数据表
    ///
    /// `POST /v2.0/notable/bases/{base_id}/sheets` (operation `CreateSheet`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_sheet(
        &self,
        base_id: &str,
        request: &CreateSheetRequest,
    ) -> rt::Call<CreateSheetResponseBody, CreateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSheet",
            rt::Method::Post,
            "/v2.0/notable/bases/{base_id}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 删除数据表字段
    ///
    /// `DELETE /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields/{field_id_or_name}` (operation `DeleteField`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    /// - `field_id_or_name` (`field_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_field(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        field_id_or_name: &str,
    ) -> rt::Call<DeleteFieldResponseBody, DeleteFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteField",
            rt::Method::Delete,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields/{field_id_or_name}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[base_id, sheet_id_or_name, field_id_or_name],
            &(),
        )
    }
    /// 删除数据表多行记录
    ///
    /// `POST /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/delete` (operation `DeleteRecords`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &DeleteRecordsRequest,
    ) -> rt::Call<DeleteRecordsResponseBody, DeleteRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRecords",
            rt::Method::Post,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 删除数据表
    ///
    /// `DELETE /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}` (operation `DeleteSheet`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
    ) -> rt::Call<DeleteSheetResponseBody, DeleteSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSheet",
            rt::Method::Delete,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], &())
    }
    /// 获取所有字段
    ///
    /// `GET /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields` (operation `GetAllFields`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllFieldsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_all_fields(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
    ) -> rt::Call<GetAllFieldsResponseBody, GetAllFieldsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllFields",
            rt::Method::Get,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], &())
    }
    /// 获取所有数据表
    ///
    /// `GET /v2.0/notable/bases/{base_id}/sheets` (operation `GetAllSheets`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllSheetsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_all_sheets(
        &self,
        base_id: &str,
    ) -> rt::Call<GetAllSheetsResponseBody, GetAllSheetsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllSheets",
            rt::Method::Get,
            "/v2.0/notable/bases/{base_id}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], &())
    }
    /// 获取记录
    ///
    /// `GET /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/{record_id}` (operation `GetRecord`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    /// - `record_id` (`record_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRecordError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_record(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        record_id: &str,
    ) -> rt::Call<GetRecordResponseBody, GetRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecord",
            rt::Method::Get,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/{record_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[base_id, sheet_id_or_name, record_id],
            &(),
        )
    }
    /// 获取多行记录
    ///
    /// `GET /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records` (operation `GetRecords`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &GetRecordsRequest,
    ) -> rt::Call<GetRecordsResponseBody, GetRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecords",
            rt::Method::Get,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 获取数据表
    ///
    /// `GET /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}` (operation `GetSheet`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
    ) -> rt::Call<GetSheetResponseBody, GetSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSheet",
            rt::Method::Get,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], &())
    }
    /// 新增记录
    ///
    /// `POST /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records` (operation `InsertRecords`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InsertRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn insert_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &InsertRecordsRequest,
    ) -> rt::Call<InsertRecordsResponseBody, InsertRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertRecords",
            rt::Method::Post,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 更新数据表字段
    ///
    /// `PUT /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields/{field_id_or_name}` (operation `UpdateField`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    /// - `field_id_or_name` (`field_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_field(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        field_id_or_name: &str,
        request: &UpdateFieldRequest,
    ) -> rt::Call<UpdateFieldResponseBody, UpdateFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateField",
            rt::Method::Put,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields/{field_id_or_name}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[base_id, sheet_id_or_name, field_id_or_name],
            request,
        )
    }
    /// 更新数据表多行记录
    ///
    /// `PUT /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records` (operation `UpdateRecords`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &UpdateRecordsRequest,
    ) -> rt::Call<UpdateRecordsResponseBody, UpdateRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRecords",
            rt::Method::Put,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 更新数据表
    ///
    /// `PUT /v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}` (operation `UpdateSheet`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &UpdateSheetRequest,
    ) -> rt::Call<UpdateSheetResponseBody, UpdateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSheet",
            rt::Method::Put,
            "/v2.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// Every page of [`Api::get_records`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `records` of each page.
    pub fn get_records_pages(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &GetRecordsRequest,
    ) -> rt::Paginator<
        GetRecordsResponseBody,
        GetRecordsError,
        GetRecordsResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["records"],
        );
        rt::Paginator::new(self.get_records(base_id, sheet_id_or_name, request), &PAGING)
    }
}
/// `CreateFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateFieldResponseBody {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateFieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateFieldResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "property" => rt::read_field(map, &mut self.property),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateFieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("property", &self.property)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `CreateSheetRequestFields`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateSheetRequestFields {
    /// `name`.
    pub name: String,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: String,
}
impl CreateSheetRequestFields {
    /// A `CreateSheetRequestFields` with its required fields (`name`, `type`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            property: None,
            r#type: r#type.into(),
        }
    }
    /// Sets `property`.
    pub fn property(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.property = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
impl rt::serde::Serialize for CreateSheetRequestFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.optional("property", &self.property)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSheetRequestFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSheetRequestFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "property" => rt::read_field(map, &mut self.property),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `CreateSheetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSheetResponseBody {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateSheetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateSheetResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateSheetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `DeleteFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteFieldResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteFieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteFieldResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteFieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteRecordsResponseBody`: the same model as [`DeleteFieldResponseBody`].
pub type DeleteRecordsResponseBody = DeleteFieldResponseBody;
/// `DeleteSheetResponseBody`: the same model as [`DeleteFieldResponseBody`].
pub type DeleteSheetResponseBody = DeleteFieldResponseBody;
/// `GetAllFieldsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllFieldsResponseBody {
    /// `value`.
    pub value: Option<Vec<GetAllFieldsResponseBodyValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllFieldsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllFieldsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllFieldsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetAllSheetsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllSheetsResponseBody {
    /// `value`.
    pub value: Option<Vec<GetAllSheetsResponseBodyValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllSheetsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllSheetsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllSheetsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecordResponseBody {
    /// `fields`.
    pub fields: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `id`.
    pub id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecordResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fields" => rt::read_field(map, &mut self.fields),
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecordResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fields", &self.fields)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `GetRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecordsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<GetRecordsResponseBodyRecords>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecordsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.end()
    }
}
/// `GetSheetResponseBody`: the same model as [`CreateSheetResponseBody`].
pub type GetSheetResponseBody = CreateSheetResponseBody;
/// `InsertRecordsRequestRecords`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertRecordsRequestRecords {
    /// `fields`.
    pub fields: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl InsertRecordsRequestRecords {
    /// A `InsertRecordsRequestRecords` with its required fields (`fields`); set the others with the methods named after them.
    pub fn new(
        fields: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        Self {
            fields: fields.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }
}
impl rt::serde::Serialize for InsertRecordsRequestRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fields", &self.fields)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertRecordsRequestRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertRecordsRequestRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fields" => rt::read_field(map, &mut self.fields),
            _ => Ok(false),
        }
    }
}
/// `InsertRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InsertRecordsResponseBody {
    /// `value`.
    pub value: Option<Vec<InsertRecordsResponseBodyValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for InsertRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InsertRecordsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InsertRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `UpdateFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateFieldResponseBody {
    /// `id`.
    pub id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateFieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateFieldResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateFieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `UpdateRecordsRequestRecords`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRecordsRequestRecords {
    /// `fields`.
    pub fields: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `id`.
    pub id: String,
}
impl UpdateRecordsRequestRecords {
    /// A `UpdateRecordsRequestRecords` with its required fields (`fields`, `id`); set the others with the methods named after them.
    pub fn new(
        fields: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            fields: fields.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            id: id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateRecordsRequestRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fields", &self.fields)?;
        object.field("id", &self.id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRecordsRequestRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRecordsRequestRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fields" => rt::read_field(map, &mut self.fields),
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
/// `UpdateRecordsResponseBody`: the same model as [`InsertRecordsResponseBody`].
pub type UpdateRecordsResponseBody = InsertRecordsResponseBody;
/// `UpdateSheetResponseBody`: the same model as [`CreateSheetResponseBody`].
pub type UpdateSheetResponseBody = CreateSheetResponseBody;
/// `GetAllFieldsResponseBodyValue`: the same model as [`CreateFieldResponseBody`].
pub type GetAllFieldsResponseBodyValue = CreateFieldResponseBody;
/// `GetAllSheetsResponseBodyValue`: the same model as [`CreateSheetResponseBody`].
pub type GetAllSheetsResponseBodyValue = CreateSheetResponseBody;
/// `GetRecordsResponseBodyRecords`: the same model as [`GetRecordResponseBody`].
pub type GetRecordsResponseBodyRecords = GetRecordResponseBody;
/// `InsertRecordsResponseBodyValue`: the same model as [`UpdateFieldResponseBody`].
pub type InsertRecordsResponseBodyValue = UpdateFieldResponseBody;
/// `UpdateRecordsResponseBodyValue`: the same model as [`UpdateFieldResponseBody`].
pub type UpdateRecordsResponseBodyValue = UpdateFieldResponseBody;
/// The request of [`Api::create_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFieldRequest {
    /// `name`.
    pub name: String,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: String,
}
impl CreateFieldRequest {
    /// A `CreateFieldRequest` with its required fields (`name`, `type`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            property: None,
            r#type: r#type.into(),
        }
    }
    /// Sets `property`.
    pub fn property(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.property = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
impl rt::serde::Serialize for CreateFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.optional("property", &self.property)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "property" => rt::read_field(map, &mut self.property),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_sheet`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSheetRequest {
    /// `fields`.
    pub fields: Option<Vec<CreateSheetRequestFields>>,
    /// `name`.
    pub name: Option<String>,
}
impl CreateSheetRequest {
    /// An empty `CreateSheetRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fields`.
    pub fn fields(
        mut self,
        value: impl IntoIterator<Item = CreateSheetRequestFields>,
    ) -> Self {
        self.fields = Some(value.into_iter().collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateSheetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fields", &self.fields)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fields" => rt::read_field(map, &mut self.fields),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecordsRequest {
    /// `recordIds`.
    pub record_ids: Vec<String>,
}
impl DeleteRecordsRequest {
    /// A `DeleteRecordsRequest` with its required fields (`recordIds`); set the others with the methods named after them.
    pub fn new(record_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            record_ids: record_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for DeleteRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("recordIds", &self.record_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recordIds" => rt::read_field(map, &mut self.record_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_records`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecordsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl GetRecordsRequest {
    /// An empty `GetRecordsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::insert_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertRecordsRequest {
    /// `records`.
    pub records: Vec<InsertRecordsRequestRecords>,
}
impl InsertRecordsRequest {
    /// A `InsertRecordsRequest` with its required fields (`records`); set the others with the methods named after them.
    pub fn new(records: impl IntoIterator<Item = InsertRecordsRequestRecords>) -> Self {
        Self {
            records: records.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for InsertRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("records", &self.records)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InsertRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateFieldRequest {
    /// `name`.
    pub name: String,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl UpdateFieldRequest {
    /// A `UpdateFieldRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            property: None,
        }
    }
    /// Sets `property`.
    pub fn property(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.property = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.optional("property", &self.property)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "property" => rt::read_field(map, &mut self.property),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRecordsRequest {
    /// `records`.
    pub records: Vec<UpdateRecordsRequestRecords>,
}
impl UpdateRecordsRequest {
    /// A `UpdateRecordsRequest` with its required fields (`records`); set the others with the methods named after them.
    pub fn new(records: impl IntoIterator<Item = UpdateRecordsRequestRecords>) -> Self {
        Self {
            records: records.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for UpdateRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("records", &self.records)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateSheetRequest {
    /// `name`.
    pub name: String,
}
impl UpdateSheetRequest {
    /// A `UpdateSheetRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
impl rt::serde::Serialize for UpdateSheetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateFieldError = rt::ServiceError;
/// An error reply of [`Api::create_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSheetError = rt::ServiceError;
/// An error reply of [`Api::delete_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteFieldError = rt::ServiceError;
/// An error reply of [`Api::delete_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRecordsError = rt::ServiceError;
/// An error reply of [`Api::delete_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteSheetError = rt::ServiceError;
/// An error reply of [`Api::get_all_fields`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllFieldsError = rt::ServiceError;
/// An error reply of [`Api::get_all_sheets`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllSheetsError = rt::ServiceError;
/// An error reply of [`Api::get_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecordError = rt::ServiceError;
/// An error reply of [`Api::get_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecordsError = rt::ServiceError;
/// An error reply of [`Api::get_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSheetError = rt::ServiceError;
/// An error reply of [`Api::insert_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InsertRecordsError = rt::ServiceError;
/// An error reply of [`Api::update_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFieldError = rt::ServiceError;
/// An error reply of [`Api::update_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRecordsError = rt::ServiceError;
/// An error reply of [`Api::update_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSheetError = rt::ServiceError;
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
        "CreateField" => {
            rt::conformance::reply(
                    api
                        .create_field(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateSheet" => {
            rt::conformance::reply(
                    api.create_sheet(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "DeleteField" => {
            rt::conformance::reply(
                    api
                        .delete_field(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                        ),
                )
                .await
        }
        "DeleteRecords" => {
            rt::conformance::reply(
                    api
                        .delete_records(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteSheet" => {
            rt::conformance::reply(
                    api.delete_sheet(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "GetAllFields" => {
            rt::conformance::reply(
                    api.get_all_fields(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "GetAllSheets" => {
            rt::conformance::reply(api.get_all_sheets(inputs.path(0usize)?)).await
        }
        "GetRecord" => {
            rt::conformance::reply(
                    api
                        .get_record(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                        ),
                )
                .await
        }
        "GetRecords" => {
            rt::conformance::reply(
                    api
                        .get_records(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetSheet" => {
            rt::conformance::reply(
                    api.get_sheet(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "InsertRecords" => {
            rt::conformance::reply(
                    api
                        .insert_records(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateField" => {
            rt::conformance::reply(
                    api
                        .update_field(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateRecords" => {
            rt::conformance::reply(
                    api
                        .update_records(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateSheet" => {
            rt::conformance::reply(
                    api
                        .update_sheet(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
