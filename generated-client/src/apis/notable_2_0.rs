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
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_records_pages`].
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
rt::impl_deserialize! {
    CreateFieldResponseBody { "id" => read_field(id), "name" => read_field(name),
    "property" => read_field(property), "type" => read_field(r#type) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    CreateFieldResponseBody { "id" => optional(id), "name" => optional(name), "property"
    => optional(property), "type" => optional(r#type) }
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
rt::impl_serialize! {
    CreateSheetRequestFields { "name" => field(name), "property" => optional(property),
    "type" => field(r#type) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    CreateSheetRequestFields { "name" => read_field(name), "property" =>
    read_field(property), "type" => read_field(r#type) }
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
rt::impl_deserialize! {
    CreateSheetResponseBody { "id" => read_field(id), "name" => read_field(name) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    CreateSheetResponseBody { "id" => optional(id), "name" => optional(name) }
}
/// `DeleteFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteFieldResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteFieldResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    DeleteFieldResponseBody { "success" => optional(success) }
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
rt::impl_deserialize! {
    GetAllFieldsResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    GetAllFieldsResponseBody { "value" => optional(value) }
}
/// `GetAllSheetsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllSheetsResponseBody {
    /// `value`.
    pub value: Option<Vec<GetAllSheetsResponseBodyValue>>,
}
rt::impl_deserialize! {
    GetAllSheetsResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    GetAllSheetsResponseBody { "value" => optional(value) }
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
rt::impl_deserialize! {
    GetRecordResponseBody { "fields" => read_field(fields), "id" => read_field(id) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    GetRecordResponseBody { "fields" => optional(fields), "id" => optional(id) }
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
rt::impl_deserialize! {
    GetRecordsResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "records" => read_field(records) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    GetRecordsResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "records" => optional(records) }
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
rt::impl_serialize! {
    InsertRecordsRequestRecords { "fields" => field(fields) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    InsertRecordsRequestRecords { "fields" => read_field(fields) }
}
/// `InsertRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InsertRecordsResponseBody {
    /// `value`.
    pub value: Option<Vec<InsertRecordsResponseBodyValue>>,
}
rt::impl_deserialize! {
    InsertRecordsResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    InsertRecordsResponseBody { "value" => optional(value) }
}
/// `UpdateFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateFieldResponseBody {
    /// `id`.
    pub id: Option<String>,
}
rt::impl_deserialize! {
    UpdateFieldResponseBody { "id" => read_field(id) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    UpdateFieldResponseBody { "id" => optional(id) }
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
rt::impl_serialize! {
    UpdateRecordsRequestRecords { "fields" => field(fields), "id" => field(id) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    UpdateRecordsRequestRecords { "fields" => read_field(fields), "id" => read_field(id)
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
rt::impl_serialize! {
    CreateFieldRequest { "name" => field(name), "property" => optional(property), "type"
    => field(r#type) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    CreateFieldRequest { "name" => read_field(name), "property" => read_field(property),
    "type" => read_field(r#type) }
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
rt::impl_serialize! {
    CreateSheetRequest { "fields" => optional(fields), "name" => optional(name) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    CreateSheetRequest { "fields" => read_field(fields), "name" => read_field(name) }
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
rt::impl_serialize! {
    DeleteRecordsRequest { "recordIds" => field(record_ids) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    DeleteRecordsRequest { "recordIds" => read_field(record_ids) }
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
rt::impl_deserialize! {
    GetRecordsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
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
rt::impl_serialize! {
    InsertRecordsRequest { "records" => field(records) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    InsertRecordsRequest { "records" => read_field(records) }
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
rt::impl_serialize! {
    UpdateFieldRequest { "name" => field(name), "property" => optional(property) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    UpdateFieldRequest { "name" => read_field(name), "property" => read_field(property) }
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
rt::impl_serialize! {
    UpdateRecordsRequest { "records" => field(records) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    UpdateRecordsRequest { "records" => read_field(records) }
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
rt::impl_serialize! {
    UpdateSheetRequest { "name" => field(name) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    UpdateSheetRequest { "name" => read_field(name) }
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
