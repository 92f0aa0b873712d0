// @generated from api-spec/notable_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! AI 表格 2.0 (Notable 2.0)：数据表与字段。
//!
//! 14 operations, methods of [`Api`] (`client.notable_2_0()`), behind the cargo feature `notable_2_0`; its paths start with `/v2.0/notable/`.
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
    /// `POST /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields`: DingTalk's `CreateField` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateField")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields")]
    #[doc(alias = "POST /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields")]
    pub fn create_field(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &CreateFieldRequest,
    ) -> rt::Call<CreateFieldResponseBody, CreateFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateField",
            rt::Method::Post,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 创建数据表
    ///
    /// `POST /v2.0/notable/bases/{baseId}/sheets`: DingTalk's `CreateSheet` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSheet")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets")]
    #[doc(alias = "POST /v2.0/notable/bases/{baseId}/sheets")]
    pub fn create_sheet(
        &self,
        base_id: &str,
        request: &CreateSheetRequest,
    ) -> rt::Call<CreateSheetResponseBody, CreateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSheet",
            rt::Method::Post,
            "/v2.0/notable/bases/{baseId}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 删除数据表字段
    ///
    /// `DELETE /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}`: DingTalk's `DeleteField` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    /// - `field_id_or_name`: `{fieldIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteField")]
    #[doc(
        alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}"
    )]
    #[doc(
        alias = "DELETE /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}"
    )]
    pub fn delete_field(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        field_id_or_name: &str,
    ) -> rt::Call<DeleteFieldResponseBody, DeleteFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteField",
            rt::Method::Delete,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}",
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
    /// `POST /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete`: DingTalk's `DeleteRecords` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRecords")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete")]
    #[doc(
        alias = "POST /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete"
    )]
    pub fn delete_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &DeleteRecordsRequest,
    ) -> rt::Call<DeleteRecordsResponseBody, DeleteRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRecords",
            rt::Method::Post,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 删除数据表
    ///
    /// `DELETE /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}`: DingTalk's `DeleteSheet` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteSheet")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    #[doc(alias = "DELETE /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    pub fn delete_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
    ) -> rt::Call<DeleteSheetResponseBody, DeleteSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSheet",
            rt::Method::Delete,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], &())
    }
    /// 获取所有字段
    ///
    /// `GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields`: DingTalk's `GetAllFields` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAllFields")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields")]
    #[doc(alias = "GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields")]
    pub fn get_all_fields(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
    ) -> rt::Call<GetAllFieldsResponseBody, GetAllFieldsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllFields",
            rt::Method::Get,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], &())
    }
    /// 获取所有数据表
    ///
    /// `GET /v2.0/notable/bases/{baseId}/sheets`: DingTalk's `GetAllSheets` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAllSheets")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets")]
    #[doc(alias = "GET /v2.0/notable/bases/{baseId}/sheets")]
    pub fn get_all_sheets(
        &self,
        base_id: &str,
    ) -> rt::Call<GetAllSheetsResponseBody, GetAllSheetsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllSheets",
            rt::Method::Get,
            "/v2.0/notable/bases/{baseId}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], &())
    }
    /// 获取记录
    ///
    /// `GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}`: DingTalk's `GetRecord` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    /// - `record_id`: `{recordId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRecord")]
    #[doc(
        alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}"
    )]
    #[doc(
        alias = "GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}"
    )]
    pub fn get_record(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        record_id: &str,
    ) -> rt::Call<GetRecordResponseBody, GetRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecord",
            rt::Method::Get,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}",
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
    /// `GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records`: DingTalk's `GetRecords` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_records_pages`].
    #[doc(alias = "GetRecords")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    #[doc(alias = "GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    pub fn get_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &GetRecordsRequest,
    ) -> rt::Call<GetRecordsResponseBody, GetRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecords",
            rt::Method::Get,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 获取数据表
    ///
    /// `GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}`: DingTalk's `GetSheet` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSheet")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    #[doc(alias = "GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    pub fn get_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
    ) -> rt::Call<GetSheetResponseBody, GetSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSheet",
            rt::Method::Get,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], &())
    }
    /// 新增记录
    ///
    /// `POST /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records`: DingTalk's `InsertRecords` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InsertRecords")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    #[doc(alias = "POST /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    pub fn insert_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &InsertRecordsRequest,
    ) -> rt::Call<InsertRecordsResponseBody, InsertRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertRecords",
            rt::Method::Post,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 更新数据表字段
    ///
    /// `PUT /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}`: DingTalk's `UpdateField` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    /// - `field_id_or_name`: `{fieldIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateField")]
    #[doc(
        alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}"
    )]
    #[doc(
        alias = "PUT /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}"
    )]
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
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}",
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
    /// `PUT /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records`: DingTalk's `UpdateRecords` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRecords")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    #[doc(alias = "PUT /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    pub fn update_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &UpdateRecordsRequest,
    ) -> rt::Call<UpdateRecordsResponseBody, UpdateRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRecords",
            rt::Method::Put,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 更新数据表
    ///
    /// `PUT /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}`: DingTalk's `UpdateSheet` (module feature `notable_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSheet")]
    #[doc(alias = "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    #[doc(alias = "PUT /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    pub fn update_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &UpdateSheetRequest,
    ) -> rt::Call<UpdateSheetResponseBody, UpdateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSheet",
            rt::Method::Put,
            "/v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}",
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
/// `CreateFieldResponseBody`, a model several operations share: also named [`GetAllFieldsResponseBodyValue`].
#[derive(Clone, Debug, Default, PartialEq)]
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
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateFieldResponseBody { "id" => optional(id), "name" => optional(name), "property"
    => optional(property), "type" => optional(r#type) }
}
/// `CreateSheetRequestFields`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateSheetRequestFields {
    /// `name`.
    pub name: String,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`CreateSheetRequestFields`], each named where it is set: `CreateSheetRequestFields::new(CreateSheetRequestFieldsRequired { .. })`.
pub struct CreateSheetRequestFieldsRequired {
    /// `name`: see [`CreateSheetRequestFields::name`].
    pub name: String,
    /// `type`: see [`CreateSheetRequestFields::r#type`](CreateSheetRequestFields::type).
    pub r#type: String,
}
impl CreateSheetRequestFields {
    /// A `CreateSheetRequestFields` with its required fields (`name`, `type`); set the others with the methods named after them.
    pub fn new(required: CreateSheetRequestFieldsRequired) -> Self {
        let CreateSheetRequestFieldsRequired { name, r#type } = required;
        Self {
            name,
            property: None,
            r#type,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSheetRequestFields { "name" => read_field(name), "property" =>
    read_field(property), "type" => read_field(r#type) }
}
/// `CreateSheetResponseBody`, a model several operations share: also named [`GetSheetResponseBody`], [`UpdateSheetResponseBody`], [`GetAllSheetsResponseBodyValue`].
#[derive(Clone, Debug, Default, PartialEq)]
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
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSheetResponseBody { "id" => optional(id), "name" => optional(name) }
}
/// `DeleteFieldResponseBody`, a model several operations share: also named [`DeleteRecordsResponseBody`], [`DeleteSheetResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteFieldResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteFieldResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteFieldResponseBody { "success" => optional(success) }
}
/// `DeleteRecordsResponseBody`: the same model as [`DeleteFieldResponseBody`].
pub type DeleteRecordsResponseBody = DeleteFieldResponseBody;
/// `DeleteSheetResponseBody`: the same model as [`DeleteFieldResponseBody`].
pub type DeleteSheetResponseBody = DeleteFieldResponseBody;
/// `GetAllFieldsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllFieldsResponseBody {
    /// `value`.
    pub value: Option<Vec<GetAllFieldsResponseBodyValue>>,
}
rt::impl_deserialize! {
    GetAllFieldsResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllFieldsResponseBody { "value" => optional(value) }
}
/// `GetAllSheetsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllSheetsResponseBody {
    /// `value`.
    pub value: Option<Vec<GetAllSheetsResponseBodyValue>>,
}
rt::impl_deserialize! {
    GetAllSheetsResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllSheetsResponseBody { "value" => optional(value) }
}
/// `GetRecordResponseBody`, a model several operations share: also named [`GetRecordsResponseBodyRecords`].
#[derive(Clone, Debug, Default, PartialEq)]
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
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecordResponseBody { "fields" => optional(fields), "id" => optional(id) }
}
/// `GetRecordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecordsResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "records" => optional(records) }
}
/// `GetSheetResponseBody`: the same model as [`CreateSheetResponseBody`].
pub type GetSheetResponseBody = CreateSheetResponseBody;
/// `InsertRecordsRequestRecords`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertRecordsRequestRecords {
    /// `fields`.
    pub fields: rt::BTreeMap<String, rt::serde_json::Value>,
}
/// The required fields of [`InsertRecordsRequestRecords`], each named where it is set: `InsertRecordsRequestRecords::new(InsertRecordsRequestRecordsRequired { .. })`.
pub struct InsertRecordsRequestRecordsRequired {
    /// `fields`: see [`InsertRecordsRequestRecords::fields`].
    pub fields: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl InsertRecordsRequestRecords {
    /// A `InsertRecordsRequestRecords` with its required fields (`fields`); set the others with the methods named after them.
    pub fn new(required: InsertRecordsRequestRecordsRequired) -> Self {
        let InsertRecordsRequestRecordsRequired { fields } = required;
        Self { fields }
    }
}
rt::impl_serialize! {
    InsertRecordsRequestRecords { "fields" => field(fields) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertRecordsRequestRecords { "fields" => read_field(fields) }
}
/// `InsertRecordsResponseBody`, a model several operations share: also named [`UpdateRecordsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InsertRecordsResponseBody {
    /// `value`.
    pub value: Option<Vec<InsertRecordsResponseBodyValue>>,
}
rt::impl_deserialize! {
    InsertRecordsResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InsertRecordsResponseBody { "value" => optional(value) }
}
/// `UpdateFieldResponseBody`, a model several operations share: also named [`InsertRecordsResponseBodyValue`], [`UpdateRecordsResponseBodyValue`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateFieldResponseBody {
    /// `id`.
    pub id: Option<String>,
}
rt::impl_deserialize! {
    UpdateFieldResponseBody { "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateFieldResponseBody { "id" => optional(id) }
}
/// `UpdateRecordsRequestRecords`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateRecordsRequestRecords {
    /// `fields`.
    pub fields: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `id`.
    pub id: String,
}
/// The required fields of [`UpdateRecordsRequestRecords`], each named where it is set: `UpdateRecordsRequestRecords::new(UpdateRecordsRequestRecordsRequired { .. })`.
pub struct UpdateRecordsRequestRecordsRequired {
    /// `fields`: see [`UpdateRecordsRequestRecords::fields`].
    pub fields: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `id`: see [`UpdateRecordsRequestRecords::id`].
    pub id: String,
}
impl UpdateRecordsRequestRecords {
    /// A `UpdateRecordsRequestRecords` with its required fields (`fields`, `id`); set the others with the methods named after them.
    pub fn new(required: UpdateRecordsRequestRecordsRequired) -> Self {
        let UpdateRecordsRequestRecordsRequired { fields, id } = required;
        Self { fields, id }
    }
}
rt::impl_serialize! {
    UpdateRecordsRequestRecords { "fields" => field(fields), "id" => field(id) }
}
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFieldRequest {
    /// `name`.
    pub name: String,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`CreateFieldRequest`], each named where it is set: `CreateFieldRequest::new(CreateFieldRequired { .. })`.
pub struct CreateFieldRequired {
    /// `name`: see [`CreateFieldRequest::name`].
    pub name: String,
    /// `type`: see [`CreateFieldRequest::r#type`](CreateFieldRequest::type).
    pub r#type: String,
}
impl CreateFieldRequest {
    /// A `CreateFieldRequest` with its required fields (`name`, `type`); set the others with the methods named after them.
    pub fn new(required: CreateFieldRequired) -> Self {
        let CreateFieldRequired { name, r#type } = required;
        Self {
            name,
            property: None,
            r#type,
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
#[cfg(feature = "model-serde")]
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
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecordsRequest {
    /// `recordIds`.
    pub record_ids: Vec<String>,
}
/// The required fields of [`DeleteRecordsRequest`], each named where it is set: `DeleteRecordsRequest::new(DeleteRecordsRequired { .. })`.
pub struct DeleteRecordsRequired {
    /// `recordIds`: see [`DeleteRecordsRequest::record_ids`].
    pub record_ids: Vec<String>,
}
impl DeleteRecordsRequest {
    /// A `DeleteRecordsRequest` with its required fields (`recordIds`); set the others with the methods named after them.
    pub fn new(required: DeleteRecordsRequired) -> Self {
        let DeleteRecordsRequired { record_ids } = required;
        Self { record_ids }
    }
}
rt::impl_serialize! {
    DeleteRecordsRequest { "recordIds" => field(record_ids) }
}
#[cfg(feature = "model-serde")]
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
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertRecordsRequest {
    /// `records`.
    pub records: Vec<InsertRecordsRequestRecords>,
}
/// The required fields of [`InsertRecordsRequest`], each named where it is set: `InsertRecordsRequest::new(InsertRecordsRequired { .. })`.
pub struct InsertRecordsRequired {
    /// `records`: see [`InsertRecordsRequest::records`].
    pub records: Vec<InsertRecordsRequestRecords>,
}
impl InsertRecordsRequest {
    /// A `InsertRecordsRequest` with its required fields (`records`); set the others with the methods named after them.
    pub fn new(required: InsertRecordsRequired) -> Self {
        let InsertRecordsRequired { records } = required;
        Self { records }
    }
}
rt::impl_serialize! {
    InsertRecordsRequest { "records" => field(records) }
}
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFieldRequest {
    /// `name`.
    pub name: String,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
/// The required fields of [`UpdateFieldRequest`], each named where it is set: `UpdateFieldRequest::new(UpdateFieldRequired { .. })`.
pub struct UpdateFieldRequired {
    /// `name`: see [`UpdateFieldRequest::name`].
    pub name: String,
}
impl UpdateFieldRequest {
    /// A `UpdateFieldRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(required: UpdateFieldRequired) -> Self {
        let UpdateFieldRequired { name } = required;
        Self { name, property: None }
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
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateRecordsRequest {
    /// `records`.
    pub records: Vec<UpdateRecordsRequestRecords>,
}
/// The required fields of [`UpdateRecordsRequest`], each named where it is set: `UpdateRecordsRequest::new(UpdateRecordsRequired { .. })`.
pub struct UpdateRecordsRequired {
    /// `records`: see [`UpdateRecordsRequest::records`].
    pub records: Vec<UpdateRecordsRequestRecords>,
}
impl UpdateRecordsRequest {
    /// A `UpdateRecordsRequest` with its required fields (`records`); set the others with the methods named after them.
    pub fn new(required: UpdateRecordsRequired) -> Self {
        let UpdateRecordsRequired { records } = required;
        Self { records }
    }
}
rt::impl_serialize! {
    UpdateRecordsRequest { "records" => field(records) }
}
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateSheetRequest {
    /// `name`.
    pub name: String,
}
/// The required fields of [`UpdateSheetRequest`], each named where it is set: `UpdateSheetRequest::new(UpdateSheetRequired { .. })`.
pub struct UpdateSheetRequired {
    /// `name`: see [`UpdateSheetRequest::name`].
    pub name: String,
}
impl UpdateSheetRequest {
    /// A `UpdateSheetRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(required: UpdateSheetRequired) -> Self {
        let UpdateSheetRequired { name } = required;
        Self { name }
    }
}
rt::impl_serialize! {
    UpdateSheetRequest { "name" => field(name) }
}
#[cfg(feature = "model-serde")]
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
