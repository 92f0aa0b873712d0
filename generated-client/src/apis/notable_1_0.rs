// @generated from api-spec/notable_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! AI 表格 (Notable)：原多维表；数据表、记录、字段、权限与工作流。
//!
//! 39 operations, methods of [`Api`] (`client.notable_1_0()`), behind the cargo feature `notable_1_0`; its paths start with `/v1.0/notable/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `notable_1_0`. Get it with `client.notable_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加角色成员
    ///
    /// `POST /v1.0/notable/auth/role/member/{baseId}`: DingTalk's `AddRoleMember` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddRoleMember")]
    #[doc(alias = "/v1.0/notable/auth/role/member/{baseId}")]
    #[doc(alias = "POST /v1.0/notable/auth/role/member/{baseId}")]
    pub fn add_role_member(
        &self,
        base_id: &str,
        request: &AddRoleMemberRequest,
    ) -> rt::Call<AddRoleMemberResponseBody, AddRoleMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRoleMember",
            rt::Method::Post,
            "/v1.0/notable/auth/role/member/{baseId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 修改高级权限设置开关
    ///
    /// `PUT /v1.0/notable/auth/{baseId}`: DingTalk's `ChangeSwitch` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChangeSwitch")]
    #[doc(alias = "/v1.0/notable/auth/{baseId}")]
    #[doc(alias = "PUT /v1.0/notable/auth/{baseId}")]
    pub fn change_switch(
        &self,
        base_id: &str,
        request: &ChangeSwitchRequest,
    ) -> rt::Call<ChangeSwitchResponseBody, ChangeSwitchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChangeSwitch",
            rt::Method::Put,
            "/v1.0/notable/auth/{baseId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 复制工作流
    ///
    /// `POST /v1.0/notable/bases/{baseId}/workflows/copy`: DingTalk's `CopyWorkflow` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyWorkflow")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/workflows/copy")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/workflows/copy")]
    pub fn copy_workflow(
        &self,
        base_id: &str,
        request: &CopyWorkflowRequest,
    ) -> rt::Call<CopyWorkflowResponseBody, CopyWorkflowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyWorkflow",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/workflows/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 新增数据表字段
    ///
    /// `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields`: DingTalk's `CreateField` (module feature `notable_1_0`).
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
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields")]
    pub fn create_field(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &CreateFieldRequest,
    ) -> rt::Call<CreateFieldResponseBody, CreateFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateField",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 创建角色
    ///
    /// `POST /v1.0/notable/auth/role/{baseId}`: DingTalk's `CreateRole` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateRole")]
    #[doc(alias = "/v1.0/notable/auth/role/{baseId}")]
    #[doc(alias = "POST /v1.0/notable/auth/role/{baseId}")]
    pub fn create_role(
        &self,
        base_id: &str,
        request: &CreateRoleRequest,
    ) -> rt::Call<CreateRoleResponseBody, CreateRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateRole",
            rt::Method::Post,
            "/v1.0/notable/auth/role/{baseId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 创建数据表
    ///
    /// `POST /v1.0/notable/bases/{baseId}/sheets`: DingTalk's `CreateSheet` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSheet")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/sheets")]
    pub fn create_sheet(
        &self,
        base_id: &str,
        request: &CreateSheetRequest,
    ) -> rt::Call<CreateSheetResponseBody, CreateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSheet",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 删除数据表字段
    ///
    /// `DELETE /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}`: DingTalk's `DeleteField` (module feature `notable_1_0`).
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
        alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}"
    )]
    #[doc(
        alias = "DELETE /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}"
    )]
    pub fn delete_field(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        field_id_or_name: &str,
        request: &DeleteFieldRequest,
    ) -> rt::Call<DeleteFieldResponseBody, DeleteFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteField",
            rt::Method::Delete,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}",
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
    /// 删除数据表多行记录
    ///
    /// `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete`: DingTalk's `DeleteRecords` (module feature `notable_1_0`).
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
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete")]
    #[doc(
        alias = "POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete"
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
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 删除角色
    ///
    /// `DELETE /v1.0/notable/auth/role/{baseId}`: DingTalk's `DeleteRole` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRole")]
    #[doc(alias = "/v1.0/notable/auth/role/{baseId}")]
    #[doc(alias = "DELETE /v1.0/notable/auth/role/{baseId}")]
    pub fn delete_role(
        &self,
        base_id: &str,
        request: &DeleteRoleRequest,
    ) -> rt::Call<DeleteRoleResponseBody, DeleteRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRole",
            rt::Method::Delete,
            "/v1.0/notable/auth/role/{baseId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 删除数据表
    ///
    /// `DELETE /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}`: DingTalk's `DeleteSheet` (module feature `notable_1_0`).
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
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    #[doc(alias = "DELETE /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    pub fn delete_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &DeleteSheetRequest,
    ) -> rt::Call<DeleteSheetResponseBody, DeleteSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSheet",
            rt::Method::Delete,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 删除工作流
    ///
    /// `POST /v1.0/notable/bases/{baseId}/workflows/{flowId}/delete`: DingTalk's `DeleteWorkflow` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `flow_id`: `{flowId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteWorkflow")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/workflows/{flowId}/delete")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/workflows/{flowId}/delete")]
    pub fn delete_workflow(
        &self,
        base_id: &str,
        flow_id: &str,
        request: &DeleteWorkflowRequest,
    ) -> rt::Call<DeleteWorkflowResponseBody, DeleteWorkflowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWorkflow",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/workflows/{flowId}/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, flow_id], request)
    }
    /// 关闭工作流
    ///
    /// `POST /v1.0/notable/bases/{baseId}/workflows/{flowId}/disable`: DingTalk's `DisableWorkflow` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `flow_id`: `{flowId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DisableWorkflow")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/workflows/{flowId}/disable")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/workflows/{flowId}/disable")]
    pub fn disable_workflow(
        &self,
        base_id: &str,
        flow_id: &str,
        request: &DisableWorkflowRequest,
    ) -> rt::Call<DisableWorkflowResponseBody, DisableWorkflowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DisableWorkflow",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/workflows/{flowId}/disable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, flow_id], request)
    }
    /// 启动单个工作流
    ///
    /// `POST /v1.0/notable/bases/{baseId}/workflows/{flowId}/enable`: DingTalk's `EnableWorkflow` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `flow_id`: `{flowId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EnableWorkflow")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/workflows/{flowId}/enable")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/workflows/{flowId}/enable")]
    pub fn enable_workflow(
        &self,
        base_id: &str,
        flow_id: &str,
        request: &EnableWorkflowRequest,
    ) -> rt::Call<EnableWorkflowResponseBody, EnableWorkflowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EnableWorkflow",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/workflows/{flowId}/enable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, flow_id], request)
    }
    /// 触发加密导入
    ///
    /// `POST /v1.0/notable/bases/{baseId}/import/execute`: DingTalk's `ExecuteImport` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExecuteImport")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/import/execute")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/import/execute")]
    pub fn execute_import(
        &self,
        base_id: &str,
        request: &ExecuteImportRequest,
    ) -> rt::Call<ExecuteImportResponseBody, ExecuteImportError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteImport",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/import/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 获取所有字段
    ///
    /// `GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields`: DingTalk's `GetAllFields` (module feature `notable_1_0`).
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
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields")]
    #[doc(alias = "GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields")]
    pub fn get_all_fields(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &GetAllFieldsRequest,
    ) -> rt::Call<GetAllFieldsResponseBody, GetAllFieldsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllFields",
            rt::Method::Get,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 获取所有数据表
    ///
    /// `GET /v1.0/notable/bases/{baseId}/sheets`: DingTalk's `GetAllSheets` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAllSheets")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets")]
    #[doc(alias = "GET /v1.0/notable/bases/{baseId}/sheets")]
    pub fn get_all_sheets(
        &self,
        base_id: &str,
        request: &GetAllSheetsRequest,
    ) -> rt::Call<GetAllSheetsResponseBody, GetAllSheetsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllSheets",
            rt::Method::Get,
            "/v1.0/notable/bases/{baseId}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 获取加密导入 RSA 公钥
    ///
    /// `GET /v1.0/notable/import/encryptPublicKey`: DingTalk's `GetImportEncryptPublicKey` (module feature `notable_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetImportEncryptPublicKey")]
    #[doc(alias = "/v1.0/notable/import/encryptPublicKey")]
    #[doc(alias = "GET /v1.0/notable/import/encryptPublicKey")]
    pub fn get_import_encrypt_public_key(
        &self,
        request: &GetImportEncryptPublicKeyRequest,
    ) -> rt::Call<
        GetImportEncryptPublicKeyResponseBody,
        GetImportEncryptPublicKeyError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetImportEncryptPublicKey",
            rt::Method::Get,
            "/v1.0/notable/import/encryptPublicKey",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取记录
    ///
    /// `GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}`: DingTalk's `GetRecord` (module feature `notable_1_0`).
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
        alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}"
    )]
    #[doc(
        alias = "GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}"
    )]
    pub fn get_record(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        record_id: &str,
        request: &GetRecordRequest,
    ) -> rt::Call<GetRecordResponseBody, GetRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecord",
            rt::Method::Get,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[base_id, sheet_id_or_name, record_id],
            request,
        )
    }
    /// 获取多行记录
    ///
    /// `GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records`: DingTalk's `GetRecords` (module feature `notable_1_0`).
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
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    #[doc(alias = "GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    pub fn get_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &GetRecordsRequest,
    ) -> rt::Call<GetRecordsResponseBody, GetRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecords",
            rt::Method::Get,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 获取数据表
    ///
    /// `GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}`: DingTalk's `GetSheet` (module feature `notable_1_0`).
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
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    #[doc(alias = "GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    pub fn get_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &GetSheetRequest,
    ) -> rt::Call<GetSheetResponseBody, GetSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSheet",
            rt::Method::Get,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 获取高级权限设置开关
    ///
    /// `GET /v1.0/notable/auth/{baseId}`: DingTalk's `GetSwitch` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSwitch")]
    #[doc(alias = "/v1.0/notable/auth/{baseId}")]
    #[doc(alias = "GET /v1.0/notable/auth/{baseId}")]
    pub fn get_switch(
        &self,
        base_id: &str,
        request: &GetSwitchRequest,
    ) -> rt::Call<GetSwitchResponseBody, GetSwitchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSwitch",
            rt::Method::Get,
            "/v1.0/notable/auth/{baseId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 获取指定用户的高级权限角色配置列表
    ///
    /// `GET /v1.0/notable/auth/role/{baseId}`: DingTalk's `GetUserDocRoles` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserDocRoles")]
    #[doc(alias = "/v1.0/notable/auth/role/{baseId}")]
    #[doc(alias = "GET /v1.0/notable/auth/role/{baseId}")]
    pub fn get_user_doc_roles(
        &self,
        base_id: &str,
        request: &GetUserDocRolesRequest,
    ) -> rt::Call<GetUserDocRolesResponseBody, GetUserDocRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserDocRoles",
            rt::Method::Get,
            "/v1.0/notable/auth/role/{baseId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 新增记录
    ///
    /// `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records`: DingTalk's `InsertRecords` (module feature `notable_1_0`).
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
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    pub fn insert_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &InsertRecordsRequest,
    ) -> rt::Call<InsertRecordsResponseBody, InsertRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertRecords",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 列出多行记录
    ///
    /// `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/list`: DingTalk's `ListRecords` (module feature `notable_1_0`).
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
    /// Every page, or every item, in a loop: [`Api::list_records_pages`].
    #[doc(alias = "ListRecords")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/list")]
    #[doc(
        alias = "POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/list"
    )]
    pub fn list_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &ListRecordsRequest,
    ) -> rt::Call<ListRecordsResponseBody, ListRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRecords",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 查询自动化工作流列表
    ///
    /// `POST /v1.0/notable/bases/{baseId}/workflows`: DingTalk's `ListWorkflows` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_workflows_pages`].
    #[doc(alias = "ListWorkflows")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/workflows")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/workflows")]
    pub fn list_workflows(
        &self,
        base_id: &str,
        request: &ListWorkflowsRequest,
    ) -> rt::Call<ListWorkflowsResponseBody, ListWorkflowsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListWorkflows",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/workflows",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 标记外部权限受控 Sheet
    ///
    /// `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark`: DingTalk's `MarkExternalAuthControlledSheet` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MarkExternalAuthControlledSheet")]
    #[doc(
        alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark"
    )]
    #[doc(
        alias = "POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark"
    )]
    pub fn mark_external_auth_controlled_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &MarkExternalAuthControlledSheetRequest,
    ) -> rt::Call<
        MarkExternalAuthControlledSheetResponseBody,
        MarkExternalAuthControlledSheetError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MarkExternalAuthControlledSheet",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 申请加密导入上传链接
    ///
    /// `POST /v1.0/notable/bases/{baseId}/import/uploadUrl`: DingTalk's `PrepareImportUpload` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PrepareImportUpload")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/import/uploadUrl")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/import/uploadUrl")]
    pub fn prepare_import_upload(
        &self,
        base_id: &str,
        request: &PrepareImportUploadRequest,
    ) -> rt::Call<PrepareImportUploadResponseBody, PrepareImportUploadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PrepareImportUpload",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/import/uploadUrl",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 富文本值预处理
    ///
    /// `POST /v1.0/notable/bases/{baseId}/prepareSetRichText`: DingTalk's `PrepareSetRichText` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PrepareSetRichText")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/prepareSetRichText")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/prepareSetRichText")]
    pub fn prepare_set_rich_text(
        &self,
        base_id: &str,
        request: &PrepareSetRichTextRequest,
    ) -> rt::Call<PrepareSetRichTextResponseBody, PrepareSetRichTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PrepareSetRichText",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/prepareSetRichText",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 根据 clientToken 查询变更记录 ID
    ///
    /// `POST /v1.0/notable/bases/{baseId}/changedRecordIds/query`: DingTalk's `QueryChangedRecordIdsByClientToken` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryChangedRecordIdsByClientToken")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/changedRecordIds/query")]
    #[doc(alias = "POST /v1.0/notable/bases/{baseId}/changedRecordIds/query")]
    pub fn query_changed_record_ids_by_client_token(
        &self,
        base_id: &str,
        request: &QueryChangedRecordIdsByClientTokenRequest,
    ) -> rt::Call<
        QueryChangedRecordIdsByClientTokenResponseBody,
        QueryChangedRecordIdsByClientTokenError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryChangedRecordIdsByClientToken",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/changedRecordIds/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 查询文档所有角色和角色成员
    ///
    /// `GET /v1.0/notable/auth/role/member/{baseId}`: DingTalk's `QueryDocAllRoles` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDocAllRoles")]
    #[doc(alias = "/v1.0/notable/auth/role/member/{baseId}")]
    #[doc(alias = "GET /v1.0/notable/auth/role/member/{baseId}")]
    pub fn query_doc_all_roles(
        &self,
        base_id: &str,
        request: &QueryDocAllRolesRequest,
    ) -> rt::Call<QueryDocAllRolesResponseBody, QueryDocAllRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDocAllRoles",
            rt::Method::Get,
            "/v1.0/notable/auth/role/member/{baseId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 查询外部权限受控 Sheet 列表
    ///
    /// `GET /v1.0/notable/bases/{baseId}/externalAuth/sheets`: DingTalk's `QueryExternalAuthControlledSheets` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_external_auth_controlled_sheets_pages`].
    #[doc(alias = "QueryExternalAuthControlledSheets")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/externalAuth/sheets")]
    #[doc(alias = "GET /v1.0/notable/bases/{baseId}/externalAuth/sheets")]
    pub fn query_external_auth_controlled_sheets(
        &self,
        base_id: &str,
        request: &QueryExternalAuthControlledSheetsRequest,
    ) -> rt::Call<
        QueryExternalAuthControlledSheetsResponseBody,
        QueryExternalAuthControlledSheetsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryExternalAuthControlledSheets",
            rt::Method::Get,
            "/v1.0/notable/bases/{baseId}/externalAuth/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 查询导入会话状态
    ///
    /// `GET /v1.0/notable/bases/{baseId}/import/status`: DingTalk's `QueryImportStatus` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryImportStatus")]
    #[doc(alias = "/v1.0/notable/bases/{baseId}/import/status")]
    #[doc(alias = "GET /v1.0/notable/bases/{baseId}/import/status")]
    pub fn query_import_status(
        &self,
        base_id: &str,
        request: &QueryImportStatusRequest,
    ) -> rt::Call<QueryImportStatusResponseBody, QueryImportStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryImportStatus",
            rt::Method::Get,
            "/v1.0/notable/bases/{baseId}/import/status",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 重建角色成员
    ///
    /// `PUT /v1.0/notable/auth/role/member/{baseId}`: DingTalk's `RebuildRoleMembers` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RebuildRoleMembers")]
    #[doc(alias = "/v1.0/notable/auth/role/member/{baseId}")]
    #[doc(alias = "PUT /v1.0/notable/auth/role/member/{baseId}")]
    pub fn rebuild_role_members(
        &self,
        base_id: &str,
        request: &RebuildRoleMembersRequest,
    ) -> rt::Call<RebuildRoleMembersResponseBody, RebuildRoleMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RebuildRoleMembers",
            rt::Method::Put,
            "/v1.0/notable/auth/role/member/{baseId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 清空表格记录
    ///
    /// `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/truncate`: DingTalk's `TruncateSheetRecords` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TruncateSheetRecords")]
    #[doc(
        alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/truncate"
    )]
    #[doc(
        alias = "POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/truncate"
    )]
    pub fn truncate_sheet_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &TruncateSheetRecordsRequest,
    ) -> rt::Call<TruncateSheetRecordsResponseBody, TruncateSheetRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TruncateSheetRecords",
            rt::Method::Post,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/truncate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 取消标记外部权限受控 Sheet
    ///
    /// `DELETE /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark`: DingTalk's `UnmarkExternalAuthControlledSheet` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    /// - `sheet_id_or_name`: `{sheetIdOrName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnmarkExternalAuthControlledSheet")]
    #[doc(
        alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark"
    )]
    #[doc(
        alias = "DELETE /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark"
    )]
    pub fn unmark_external_auth_controlled_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &UnmarkExternalAuthControlledSheetRequest,
    ) -> rt::Call<
        UnmarkExternalAuthControlledSheetResponseBody,
        UnmarkExternalAuthControlledSheetError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnmarkExternalAuthControlledSheet",
            rt::Method::Delete,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 更新数据表字段
    ///
    /// `PUT /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}`: DingTalk's `UpdateField` (module feature `notable_1_0`).
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
        alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}"
    )]
    #[doc(
        alias = "PUT /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}"
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
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}",
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
    /// `PUT /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records`: DingTalk's `UpdateRecords` (module feature `notable_1_0`).
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
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    #[doc(alias = "PUT /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records")]
    pub fn update_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &UpdateRecordsRequest,
    ) -> rt::Call<UpdateRecordsResponseBody, UpdateRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRecords",
            rt::Method::Put,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 更新角色
    ///
    /// `PUT /v1.0/notable/auth/role/{baseId}`: DingTalk's `UpdateRole` (module feature `notable_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `base_id`: `{baseId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRole")]
    #[doc(alias = "/v1.0/notable/auth/role/{baseId}")]
    #[doc(alias = "PUT /v1.0/notable/auth/role/{baseId}")]
    pub fn update_role(
        &self,
        base_id: &str,
        request: &UpdateRoleRequest,
    ) -> rt::Call<UpdateRoleResponseBody, UpdateRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRole",
            rt::Method::Put,
            "/v1.0/notable/auth/role/{baseId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 更新数据表
    ///
    /// `PUT /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}`: DingTalk's `UpdateSheet` (module feature `notable_1_0`).
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
    #[doc(alias = "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    #[doc(alias = "PUT /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}")]
    pub fn update_sheet(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &UpdateSheetRequest,
    ) -> rt::Call<UpdateSheetResponseBody, UpdateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSheet",
            rt::Method::Put,
            "/v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}",
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
    /// Every page of [`Api::list_records`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `records` of each page.
    pub fn list_records_pages(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &ListRecordsRequest,
    ) -> rt::Paginator<
        ListRecordsResponseBody,
        ListRecordsError,
        ListRecordsResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &["records"],
        );
        rt::Paginator::new(
            self.list_records(base_id, sheet_id_or_name, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::list_workflows`]: the call again with the offset `offset` advanced by the items of the page (from the request's, else 0), until a page is empty or `total` items are read. Items: `workflows` of each page.
    pub fn list_workflows_pages(
        &self,
        base_id: &str,
        request: &ListWorkflowsRequest,
    ) -> rt::Paginator<
        ListWorkflowsResponseBody,
        ListWorkflowsError,
        ListWorkflowsResponseBodyWorkflows,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Offset,
            "offset",
            false,
            "limit",
            false,
            &["workflows"],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.list_workflows(base_id, request), &PAGING)
    }
    /// Every page of [`Api::query_external_auth_controlled_sheets`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `sheets` of each page.
    pub fn query_external_auth_controlled_sheets_pages(
        &self,
        base_id: &str,
        request: &QueryExternalAuthControlledSheetsRequest,
    ) -> rt::Paginator<
        QueryExternalAuthControlledSheetsResponseBody,
        QueryExternalAuthControlledSheetsError,
        QueryExternalAuthControlledSheetsResponseBodySheets,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["sheets"],
        );
        rt::Paginator::new(
            self.query_external_auth_controlled_sheets(base_id, request),
            &PAGING,
        )
    }
}
/// `AddRoleMemberRequestRoleMemberList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddRoleMemberRequestRoleMemberList {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberIdBelongOrgId`.
    pub member_id_belong_org_id: Option<i64>,
    /// `memberType`.
    pub member_type: Option<String>,
    /// `roleId`.
    pub role_id: Option<String>,
}
impl AddRoleMemberRequestRoleMemberList {
    /// An empty `AddRoleMemberRequestRoleMemberList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `memberId`.
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        self.member_id = Some(value.into());
        self
    }
    /// Sets `memberIdBelongOrgId`.
    pub fn member_id_belong_org_id(mut self, value: i64) -> Self {
        self.member_id_belong_org_id = Some(value);
        self
    }
    /// Sets `memberType`.
    pub fn member_type(mut self, value: impl Into<String>) -> Self {
        self.member_type = Some(value.into());
        self
    }
    /// Sets `roleId`.
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.role_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddRoleMemberRequestRoleMemberList { "memberId" => optional(member_id),
    "memberIdBelongOrgId" => optional(member_id_belong_org_id), "memberType" =>
    optional(member_type), "roleId" => optional(role_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRoleMemberRequestRoleMemberList { "memberId" => read_field(member_id),
    "memberIdBelongOrgId" => read_field(member_id_belong_org_id), "memberType" =>
    read_field(member_type), "roleId" => read_field(role_id) }
}
/// `AddRoleMemberResponseBody`, a model several operations share: also named [`DeleteFieldResponseBody`], [`DeleteRecordsResponseBody`], [`DeleteRoleResponseBody`], [`DeleteSheetResponseBody`], [`DeleteWorkflowResponseBody`], [`DisableWorkflowResponseBody`], [`EnableWorkflowResponseBody`], [`RebuildRoleMembersResponseBody`], [`TruncateSheetRecordsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddRoleMemberResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddRoleMemberResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddRoleMemberResponseBody { "success" => optional(success) }
}
/// `ChangeSwitchResponseBody`, a model several operations share: also named [`GetSwitchResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChangeSwitchResponseBody {
    /// `enabled`.
    pub enabled: Option<bool>,
}
rt::impl_deserialize! {
    ChangeSwitchResponseBody { "enabled" => read_field(enabled) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChangeSwitchResponseBody { "enabled" => optional(enabled) }
}
/// `CopyWorkflowResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyWorkflowResponseBody {
    /// `flowId`.
    pub flow_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `versionId`.
    pub version_id: Option<String>,
}
rt::impl_deserialize! {
    CopyWorkflowResponseBody { "flowId" => read_field(flow_id), "success" =>
    read_field(success), "versionId" => read_field(version_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyWorkflowResponseBody { "flowId" => optional(flow_id), "success" =>
    optional(success), "versionId" => optional(version_id) }
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
/// `CreateRoleRequestSubRoles`, a model several operations share: also named [`UpdateRoleRequestSubRoles`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRoleRequestSubRoles {
    /// `authLevel`.
    pub auth_level: Option<i64>,
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `config`.
    pub config: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `id`.
    pub id: Option<String>,
}
impl CreateRoleRequestSubRoles {
    /// An empty `CreateRoleRequestSubRoles`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `authLevel`.
    pub fn auth_level(mut self, value: i64) -> Self {
        self.auth_level = Some(value);
        self
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: i64) -> Self {
        self.biz_type = Some(value);
        self
    }
    /// Sets `config`.
    pub fn config(mut self, value: impl Into<String>) -> Self {
        self.config = Some(value.into());
        self
    }
    /// Sets `gmtCreate`.
    pub fn gmt_create(mut self, value: i64) -> Self {
        self.gmt_create = Some(value);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateRoleRequestSubRoles { "authLevel" => optional(auth_level), "bizType" =>
    optional(biz_type), "config" => optional(config), "gmtCreate" =>
    optional(gmt_create), "id" => optional(id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRoleRequestSubRoles { "authLevel" => read_field(auth_level), "bizType" =>
    read_field(biz_type), "config" => read_field(config), "gmtCreate" =>
    read_field(gmt_create), "id" => read_field(id) }
}
/// `CreateRoleResponseBody`, a model several operations share: also named [`UpdateRoleResponseBody`], [`GetUserDocRolesResponseBodyRoles`], [`QueryDocAllRolesResponseBodyAllRolesRole`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateRoleResponseBody {
    /// `flowType`.
    pub flow_type: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `roleType`.
    pub role_type: Option<String>,
    /// `subRoles`.
    pub sub_roles: Option<Vec<CreateRoleResponseBodySubRoles>>,
}
rt::impl_deserialize! {
    CreateRoleResponseBody { "flowType" => read_field(flow_type), "id" => read_field(id),
    "name" => read_field(name), "roleType" => read_field(role_type), "subRoles" =>
    read_field(sub_roles) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateRoleResponseBody { "flowType" => optional(flow_type), "id" => optional(id),
    "name" => optional(name), "roleType" => optional(role_type), "subRoles" =>
    optional(sub_roles) }
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
/// `DeleteFieldResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type DeleteFieldResponseBody = AddRoleMemberResponseBody;
/// `DeleteRecordsResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type DeleteRecordsResponseBody = AddRoleMemberResponseBody;
/// `DeleteRoleResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type DeleteRoleResponseBody = AddRoleMemberResponseBody;
/// `DeleteSheetResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type DeleteSheetResponseBody = AddRoleMemberResponseBody;
/// `DeleteWorkflowResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type DeleteWorkflowResponseBody = AddRoleMemberResponseBody;
/// `DisableWorkflowResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type DisableWorkflowResponseBody = AddRoleMemberResponseBody;
/// `EnableWorkflowResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type EnableWorkflowResponseBody = AddRoleMemberResponseBody;
/// `ExecuteImportRequestAppendConfig`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExecuteImportRequestAppendConfig {
    /// `fieldIdMapping`.
    pub field_id_mapping: Option<rt::BTreeMap<String, String>>,
    /// `fieldMapping`.
    pub field_mapping: Option<rt::BTreeMap<String, String>>,
    /// `headerRow`.
    pub header_row: Option<i64>,
    /// `srcSheetName`.
    pub src_sheet_name: Option<String>,
    /// `tableId`.
    pub table_id: String,
}
/// The required fields of [`ExecuteImportRequestAppendConfig`], each named where it is set: `ExecuteImportRequestAppendConfig::new(ExecuteImportRequestAppendConfigRequired { .. })`.
pub struct ExecuteImportRequestAppendConfigRequired {
    /// `tableId`: see [`ExecuteImportRequestAppendConfig::table_id`].
    pub table_id: String,
}
impl ExecuteImportRequestAppendConfig {
    /// A `ExecuteImportRequestAppendConfig` with its required fields (`tableId`); set the others with the methods named after them.
    pub fn new(required: ExecuteImportRequestAppendConfigRequired) -> Self {
        let ExecuteImportRequestAppendConfigRequired { table_id } = required;
        Self {
            field_id_mapping: None,
            field_mapping: None,
            header_row: None,
            src_sheet_name: None,
            table_id,
        }
    }
    /// Sets `fieldIdMapping`.
    pub fn field_id_mapping(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.field_id_mapping = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `fieldMapping`.
    pub fn field_mapping(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.field_mapping = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `headerRow`.
    pub fn header_row(mut self, value: i64) -> Self {
        self.header_row = Some(value);
        self
    }
    /// Sets `srcSheetName`.
    pub fn src_sheet_name(mut self, value: impl Into<String>) -> Self {
        self.src_sheet_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExecuteImportRequestAppendConfig { "fieldIdMapping" => optional(field_id_mapping),
    "fieldMapping" => optional(field_mapping), "headerRow" => optional(header_row),
    "srcSheetName" => optional(src_sheet_name), "tableId" => field(table_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteImportRequestAppendConfig { "fieldIdMapping" => read_field(field_id_mapping),
    "fieldMapping" => read_field(field_mapping), "headerRow" => read_field(header_row),
    "srcSheetName" => read_field(src_sheet_name), "tableId" => read_field(table_id) }
}
/// `ExecuteImportRequestEncryption`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExecuteImportRequestEncryption {
    /// `algorithm`.
    pub algorithm: Option<String>,
    /// `encryptedAesKey`.
    pub encrypted_aes_key: String,
    /// `iv`.
    pub iv: String,
    /// `keyVersion`.
    pub key_version: String,
}
/// The required fields of [`ExecuteImportRequestEncryption`], each named where it is set: `ExecuteImportRequestEncryption::new(ExecuteImportRequestEncryptionRequired { .. })`.
pub struct ExecuteImportRequestEncryptionRequired {
    /// `encryptedAesKey`: see [`ExecuteImportRequestEncryption::encrypted_aes_key`].
    pub encrypted_aes_key: String,
    /// `iv`: see [`ExecuteImportRequestEncryption::iv`].
    pub iv: String,
    /// `keyVersion`: see [`ExecuteImportRequestEncryption::key_version`].
    pub key_version: String,
}
impl ExecuteImportRequestEncryption {
    /// A `ExecuteImportRequestEncryption` with its required fields (`encryptedAesKey`, `iv`, `keyVersion`); set the others with the methods named after them.
    pub fn new(required: ExecuteImportRequestEncryptionRequired) -> Self {
        let ExecuteImportRequestEncryptionRequired {
            encrypted_aes_key,
            iv,
            key_version,
        } = required;
        Self {
            algorithm: None,
            encrypted_aes_key,
            iv,
            key_version,
        }
    }
    /// Sets `algorithm`.
    pub fn algorithm(mut self, value: impl Into<String>) -> Self {
        self.algorithm = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExecuteImportRequestEncryption { "algorithm" => optional(algorithm),
    "encryptedAesKey" => field(encrypted_aes_key), "iv" => field(iv), "keyVersion" =>
    field(key_version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteImportRequestEncryption { "algorithm" => read_field(algorithm),
    "encryptedAesKey" => read_field(encrypted_aes_key), "iv" => read_field(iv),
    "keyVersion" => read_field(key_version) }
}
/// `ExecuteImportResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExecuteImportResponseBody {
    /// `importId`.
    pub import_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    ExecuteImportResponseBody { "importId" => read_field(import_id), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExecuteImportResponseBody { "importId" => optional(import_id), "status" =>
    optional(status) }
}
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
/// `GetImportEncryptPublicKeyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetImportEncryptPublicKeyResponseBody {
    /// `algorithm`.
    pub algorithm: Option<String>,
    /// `expireAt`.
    pub expire_at: Option<i64>,
    /// `keyVersion`.
    pub key_version: Option<String>,
    /// `publicKeyPem`.
    pub public_key_pem: Option<String>,
}
rt::impl_deserialize! {
    GetImportEncryptPublicKeyResponseBody { "algorithm" => read_field(algorithm),
    "expireAt" => read_field(expire_at), "keyVersion" => read_field(key_version),
    "publicKeyPem" => read_field(public_key_pem) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetImportEncryptPublicKeyResponseBody { "algorithm" => optional(algorithm),
    "expireAt" => optional(expire_at), "keyVersion" => optional(key_version),
    "publicKeyPem" => optional(public_key_pem) }
}
/// `GetRecordResponseBody`, a model several operations share: also named [`GetRecordsResponseBodyRecords`], [`ListRecordsResponseBodyRecords`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecordResponseBody {
    /// `createdBy`.
    pub created_by: Option<GetRecordResponseBodyCreatedBy>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `fields`.
    pub fields: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `id`.
    pub id: Option<String>,
    /// `lastModifiedBy`.
    pub last_modified_by: Option<GetRecordResponseBodyLastModifiedBy>,
    /// `lastModifiedTime`.
    pub last_modified_time: Option<i64>,
}
rt::impl_deserialize! {
    GetRecordResponseBody { "createdBy" => read_field(created_by), "createdTime" =>
    read_field(created_time), "fields" => read_field(fields), "id" => read_field(id),
    "lastModifiedBy" => read_field(last_modified_by), "lastModifiedTime" =>
    read_field(last_modified_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecordResponseBody { "createdBy" => optional(created_by), "createdTime" =>
    optional(created_time), "fields" => optional(fields), "id" => optional(id),
    "lastModifiedBy" => optional(last_modified_by), "lastModifiedTime" =>
    optional(last_modified_time) }
}
/// `GetRecordsResponseBody`, a model several operations share: also named [`ListRecordsResponseBody`].
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
/// `GetSwitchResponseBody`: the same model as [`ChangeSwitchResponseBody`].
pub type GetSwitchResponseBody = ChangeSwitchResponseBody;
/// `GetUserDocRolesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserDocRolesResponseBody {
    /// `enabled`.
    pub enabled: Option<bool>,
    /// `roles`.
    pub roles: Option<Vec<GetUserDocRolesResponseBodyRoles>>,
}
rt::impl_deserialize! {
    GetUserDocRolesResponseBody { "enabled" => read_field(enabled), "roles" =>
    read_field(roles) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserDocRolesResponseBody { "enabled" => optional(enabled), "roles" =>
    optional(roles) }
}
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
/// `ListRecordsRequestFilter`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRecordsRequestFilter {
    /// `combination`.
    pub combination: Option<String>,
    /// `conditions`.
    pub conditions: Vec<ListRecordsRequestFilterConditions>,
}
/// The required fields of [`ListRecordsRequestFilter`], each named where it is set: `ListRecordsRequestFilter::new(ListRecordsRequestFilterRequired { .. })`.
pub struct ListRecordsRequestFilterRequired {
    /// `conditions`: see [`ListRecordsRequestFilter::conditions`].
    pub conditions: Vec<ListRecordsRequestFilterConditions>,
}
impl ListRecordsRequestFilter {
    /// A `ListRecordsRequestFilter` with its required fields (`conditions`); set the others with the methods named after them.
    pub fn new(required: ListRecordsRequestFilterRequired) -> Self {
        let ListRecordsRequestFilterRequired { conditions } = required;
        Self {
            combination: None,
            conditions,
        }
    }
    /// Sets `combination`.
    pub fn combination(mut self, value: impl Into<String>) -> Self {
        self.combination = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ListRecordsRequestFilter { "combination" => optional(combination), "conditions" =>
    field(conditions) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRecordsRequestFilter { "combination" => read_field(combination), "conditions" =>
    read_field(conditions) }
}
/// `ListRecordsResponseBody`: the same model as [`GetRecordsResponseBody`].
pub type ListRecordsResponseBody = GetRecordsResponseBody;
/// `ListWorkflowsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListWorkflowsResponseBody {
    /// `total`.
    pub total: Option<i64>,
    /// `workflows`.
    pub workflows: Option<Vec<ListWorkflowsResponseBodyWorkflows>>,
}
rt::impl_deserialize! {
    ListWorkflowsResponseBody { "total" => read_field(total), "workflows" =>
    read_field(workflows) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListWorkflowsResponseBody { "total" => optional(total), "workflows" =>
    optional(workflows) }
}
/// `MarkExternalAuthControlledSheetResponseBody`, a model several operations share: also named [`UnmarkExternalAuthControlledSheetResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MarkExternalAuthControlledSheetResponseBody {
    /// `sheetId`.
    pub sheet_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    MarkExternalAuthControlledSheetResponseBody { "sheetId" => read_field(sheet_id),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MarkExternalAuthControlledSheetResponseBody { "sheetId" => optional(sheet_id),
    "success" => optional(success) }
}
/// `PrepareImportUploadResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PrepareImportUploadResponseBody {
    /// `expireAt`.
    pub expire_at: Option<i64>,
    /// `importId`.
    pub import_id: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
rt::impl_deserialize! {
    PrepareImportUploadResponseBody { "expireAt" => read_field(expire_at), "importId" =>
    read_field(import_id), "uploadUrl" => read_field(upload_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PrepareImportUploadResponseBody { "expireAt" => optional(expire_at), "importId" =>
    optional(import_id), "uploadUrl" => optional(upload_url) }
}
/// `PrepareSetRichTextResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PrepareSetRichTextResponseBody {
    /// `markdown`.
    pub markdown: Option<String>,
    /// `uploadInfos`.
    pub upload_infos: Option<Vec<PrepareSetRichTextResponseBodyUploadInfos>>,
}
rt::impl_deserialize! {
    PrepareSetRichTextResponseBody { "markdown" => read_field(markdown), "uploadInfos" =>
    read_field(upload_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PrepareSetRichTextResponseBody { "markdown" => optional(markdown), "uploadInfos" =>
    optional(upload_infos) }
}
/// `QueryChangedRecordIdsByClientTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryChangedRecordIdsByClientTokenResponseBody {
    /// `changedRecordIds`.
    pub changed_record_ids: Option<rt::serde_json::Value>,
}
rt::impl_deserialize! {
    QueryChangedRecordIdsByClientTokenResponseBody { "changedRecordIds" =>
    read_field(changed_record_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryChangedRecordIdsByClientTokenResponseBody { "changedRecordIds" =>
    optional(changed_record_ids) }
}
/// `QueryDocAllRolesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDocAllRolesResponseBody {
    /// `allRoles`.
    pub all_roles: Option<Vec<QueryDocAllRolesResponseBodyAllRoles>>,
    /// `defaultRole`.
    pub default_role: Option<QueryDocAllRolesResponseBodyDefaultRole>,
    /// `enabled`.
    pub enabled: Option<bool>,
    /// `systemRoles`.
    pub system_roles: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    QueryDocAllRolesResponseBody { "allRoles" => read_field(all_roles), "defaultRole" =>
    read_field(default_role), "enabled" => read_field(enabled), "systemRoles" =>
    read_field(system_roles) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDocAllRolesResponseBody { "allRoles" => optional(all_roles), "defaultRole" =>
    optional(default_role), "enabled" => optional(enabled), "systemRoles" =>
    optional(system_roles) }
}
/// `QueryExternalAuthControlledSheetsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryExternalAuthControlledSheetsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `sheets`.
    pub sheets: Option<Vec<QueryExternalAuthControlledSheetsResponseBodySheets>>,
}
rt::impl_deserialize! {
    QueryExternalAuthControlledSheetsResponseBody { "hasMore" => read_field(has_more),
    "nextToken" => read_field(next_token), "sheets" => read_field(sheets) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryExternalAuthControlledSheetsResponseBody { "hasMore" => optional(has_more),
    "nextToken" => optional(next_token), "sheets" => optional(sheets) }
}
/// `QueryImportStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryImportStatusResponseBody {
    /// `count`.
    pub count: Option<i64>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMessage`.
    pub error_message: Option<String>,
    /// `importId`.
    pub import_id: Option<String>,
    /// `phase`.
    pub phase: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `tableIds`.
    pub table_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryImportStatusResponseBody { "count" => read_field(count), "errorCode" =>
    read_field(error_code), "errorMessage" => read_field(error_message), "importId" =>
    read_field(import_id), "phase" => read_field(phase), "status" => read_field(status),
    "tableIds" => read_field(table_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryImportStatusResponseBody { "count" => optional(count), "errorCode" =>
    optional(error_code), "errorMessage" => optional(error_message), "importId" =>
    optional(import_id), "phase" => optional(phase), "status" => optional(status),
    "tableIds" => optional(table_ids) }
}
/// `RebuildRoleMembersRequestDefaultRoleDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RebuildRoleMembersRequestDefaultRoleDTO {
    /// `mode`.
    pub mode: Option<i64>,
    /// `roleId`.
    pub role_id: Option<i64>,
}
impl RebuildRoleMembersRequestDefaultRoleDTO {
    /// An empty `RebuildRoleMembersRequestDefaultRoleDTO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mode`.
    pub fn mode(mut self, value: i64) -> Self {
        self.mode = Some(value);
        self
    }
    /// Sets `roleId`.
    pub fn role_id(mut self, value: i64) -> Self {
        self.role_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    RebuildRoleMembersRequestDefaultRoleDTO { "mode" => optional(mode), "roleId" =>
    optional(role_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RebuildRoleMembersRequestDefaultRoleDTO { "mode" => read_field(mode), "roleId" =>
    read_field(role_id) }
}
/// `ToRoleMemberDTOMapValue`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ToRoleMemberDTOMapValue {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
    /// `memberIdBelongOrgId`.
    pub member_id_belong_org_id: i64,
    /// `avatar`.
    pub avatar: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
/// The required fields of [`ToRoleMemberDTOMapValue`], each named where it is set: `ToRoleMemberDTOMapValue::new(ToRoleMemberDTOMapValueRequired { .. })`.
pub struct ToRoleMemberDTOMapValueRequired {
    /// `memberId`: see [`ToRoleMemberDTOMapValue::member_id`].
    pub member_id: String,
    /// `memberType`: see [`ToRoleMemberDTOMapValue::member_type`].
    pub member_type: String,
    /// `memberIdBelongOrgId`: see [`ToRoleMemberDTOMapValue::member_id_belong_org_id`].
    pub member_id_belong_org_id: i64,
}
impl ToRoleMemberDTOMapValue {
    /// A `ToRoleMemberDTOMapValue` with its required fields (`memberId`, `memberType`, `memberIdBelongOrgId`); set the others with the methods named after them.
    pub fn new(required: ToRoleMemberDTOMapValueRequired) -> Self {
        let ToRoleMemberDTOMapValueRequired {
            member_id,
            member_type,
            member_id_belong_org_id,
        } = required;
        Self {
            member_id,
            member_type,
            member_id_belong_org_id,
            avatar: None,
            name: None,
        }
    }
    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ToRoleMemberDTOMapValue { "memberId" => field(member_id), "memberType" =>
    field(member_type), "memberIdBelongOrgId" => field(member_id_belong_org_id), "avatar"
    => optional(avatar), "name" => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ToRoleMemberDTOMapValue { "memberId" => read_field(member_id), "memberType" =>
    read_field(member_type), "memberIdBelongOrgId" =>
    read_field(member_id_belong_org_id), "avatar" => read_field(avatar), "name" =>
    read_field(name) }
}
/// `RebuildRoleMembersResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type RebuildRoleMembersResponseBody = AddRoleMemberResponseBody;
/// `TruncateSheetRecordsResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type TruncateSheetRecordsResponseBody = AddRoleMemberResponseBody;
/// `UnmarkExternalAuthControlledSheetResponseBody`: the same model as [`MarkExternalAuthControlledSheetResponseBody`].
pub type UnmarkExternalAuthControlledSheetResponseBody = MarkExternalAuthControlledSheetResponseBody;
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
/// `UpdateRoleRequestSubRoles`: the same model as [`CreateRoleRequestSubRoles`].
pub type UpdateRoleRequestSubRoles = CreateRoleRequestSubRoles;
/// `UpdateRoleResponseBody`: the same model as [`CreateRoleResponseBody`].
pub type UpdateRoleResponseBody = CreateRoleResponseBody;
/// `UpdateSheetResponseBody`: the same model as [`CreateSheetResponseBody`].
pub type UpdateSheetResponseBody = CreateSheetResponseBody;
/// `CreateRoleResponseBodySubRoles`, a model several operations share: also named [`UpdateRoleResponseBodySubRoles`], [`GetUserDocRolesResponseBodyRolesSubRoles`], [`QueryDocAllRolesResponseBodyAllRolesRoleSubRoles`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateRoleResponseBodySubRoles {
    /// `authLevel`.
    pub auth_level: Option<i64>,
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `config`.
    pub config: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `id`.
    pub id: Option<String>,
}
rt::impl_deserialize! {
    CreateRoleResponseBodySubRoles { "authLevel" => read_field(auth_level), "bizType" =>
    read_field(biz_type), "config" => read_field(config), "gmtCreate" =>
    read_field(gmt_create), "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateRoleResponseBodySubRoles { "authLevel" => optional(auth_level), "bizType" =>
    optional(biz_type), "config" => optional(config), "gmtCreate" =>
    optional(gmt_create), "id" => optional(id) }
}
/// `GetAllFieldsResponseBodyValue`: the same model as [`CreateFieldResponseBody`].
pub type GetAllFieldsResponseBodyValue = CreateFieldResponseBody;
/// `GetAllSheetsResponseBodyValue`: the same model as [`CreateSheetResponseBody`].
pub type GetAllSheetsResponseBodyValue = CreateSheetResponseBody;
/// `GetRecordResponseBodyCreatedBy`, a model several operations share: also named [`GetRecordResponseBodyLastModifiedBy`], [`GetRecordsResponseBodyRecordsCreatedBy`], [`GetRecordsResponseBodyRecordsLastModifiedBy`], [`ListRecordsResponseBodyRecordsCreatedBy`], [`ListRecordsResponseBodyRecordsLastModifiedBy`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecordResponseBodyCreatedBy {
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    GetRecordResponseBodyCreatedBy { "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecordResponseBodyCreatedBy { "unionId" => optional(union_id) }
}
/// `GetRecordResponseBodyLastModifiedBy`: the same model as [`GetRecordResponseBodyCreatedBy`].
pub type GetRecordResponseBodyLastModifiedBy = GetRecordResponseBodyCreatedBy;
/// `GetRecordsResponseBodyRecords`: the same model as [`GetRecordResponseBody`].
pub type GetRecordsResponseBodyRecords = GetRecordResponseBody;
/// `GetUserDocRolesResponseBodyRoles`: the same model as [`CreateRoleResponseBody`].
pub type GetUserDocRolesResponseBodyRoles = CreateRoleResponseBody;
/// `InsertRecordsResponseBodyValue`: the same model as [`UpdateFieldResponseBody`].
pub type InsertRecordsResponseBodyValue = UpdateFieldResponseBody;
/// `ListRecordsRequestFilterConditions`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRecordsRequestFilterConditions {
    /// `field`.
    pub field: String,
    /// `operator`.
    pub operator: String,
    /// `value`.
    pub value: Option<Vec<rt::serde_json::Value>>,
}
/// The required fields of [`ListRecordsRequestFilterConditions`], each named where it is set: `ListRecordsRequestFilterConditions::new(ListRecordsRequestFilterConditionsRequired { .. })`.
pub struct ListRecordsRequestFilterConditionsRequired {
    /// `field`: see [`ListRecordsRequestFilterConditions::field`].
    pub field: String,
    /// `operator`: see [`ListRecordsRequestFilterConditions::operator`].
    pub operator: String,
}
impl ListRecordsRequestFilterConditions {
    /// A `ListRecordsRequestFilterConditions` with its required fields (`field`, `operator`); set the others with the methods named after them.
    pub fn new(required: ListRecordsRequestFilterConditionsRequired) -> Self {
        let ListRecordsRequestFilterConditionsRequired { field, operator } = required;
        Self {
            field,
            operator,
            value: None,
        }
    }
    /// Sets `value`.
    pub fn value(
        mut self,
        value: impl IntoIterator<Item = rt::serde_json::Value>,
    ) -> Self {
        self.value = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    ListRecordsRequestFilterConditions { "field" => field(field), "operator" =>
    field(operator), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRecordsRequestFilterConditions { "field" => read_field(field), "operator" =>
    read_field(operator), "value" => read_field(value) }
}
/// `ListRecordsResponseBodyRecords`: the same model as [`GetRecordResponseBody`].
pub type ListRecordsResponseBodyRecords = GetRecordResponseBody;
/// `ListWorkflowsResponseBodyWorkflows`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListWorkflowsResponseBodyWorkflows {
    /// `description`.
    pub description: Option<String>,
    /// `flowId`.
    pub flow_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `versionId`.
    pub version_id: Option<String>,
}
rt::impl_deserialize! {
    ListWorkflowsResponseBodyWorkflows { "description" => read_field(description),
    "flowId" => read_field(flow_id), "name" => read_field(name), "status" =>
    read_field(status), "versionId" => read_field(version_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListWorkflowsResponseBodyWorkflows { "description" => optional(description), "flowId"
    => optional(flow_id), "name" => optional(name), "status" => optional(status),
    "versionId" => optional(version_id) }
}
/// `PrepareSetRichTextResponseBodyUploadInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PrepareSetRichTextResponseBodyUploadInfos {
    /// `resourceId`.
    pub resource_id: Option<String>,
    /// `resourceUrl`.
    pub resource_url: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
rt::impl_deserialize! {
    PrepareSetRichTextResponseBodyUploadInfos { "resourceId" => read_field(resource_id),
    "resourceUrl" => read_field(resource_url), "uploadUrl" => read_field(upload_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PrepareSetRichTextResponseBodyUploadInfos { "resourceId" => optional(resource_id),
    "resourceUrl" => optional(resource_url), "uploadUrl" => optional(upload_url) }
}
/// `QueryDocAllRolesResponseBodyAllRoles`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDocAllRolesResponseBodyAllRoles {
    /// `members`.
    pub members: Option<Vec<QueryDocAllRolesResponseBodyAllRolesMembers>>,
    /// `role`.
    pub role: Option<QueryDocAllRolesResponseBodyAllRolesRole>,
}
rt::impl_deserialize! {
    QueryDocAllRolesResponseBodyAllRoles { "members" => read_field(members), "role" =>
    read_field(role) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDocAllRolesResponseBodyAllRoles { "members" => optional(members), "role" =>
    optional(role) }
}
/// `QueryDocAllRolesResponseBodyDefaultRole`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDocAllRolesResponseBodyDefaultRole {
    /// `mode`.
    pub mode: Option<i64>,
    /// `roleId`.
    pub role_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryDocAllRolesResponseBodyDefaultRole { "mode" => read_field(mode), "roleId" =>
    read_field(role_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDocAllRolesResponseBodyDefaultRole { "mode" => optional(mode), "roleId" =>
    optional(role_id) }
}
/// `QueryExternalAuthControlledSheetsResponseBodySheets`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryExternalAuthControlledSheetsResponseBodySheets {
    /// `externalAuthType`.
    pub external_auth_type: Option<String>,
    /// `externalConfig`.
    pub external_config: Option<String>,
    /// `markedBy`.
    pub marked_by: Option<String>,
    /// `markedTime`.
    pub marked_time: Option<i64>,
    /// `sheetId`.
    pub sheet_id: Option<String>,
    /// `sheetName`.
    pub sheet_name: Option<String>,
}
rt::impl_deserialize! {
    QueryExternalAuthControlledSheetsResponseBodySheets { "externalAuthType" =>
    read_field(external_auth_type), "externalConfig" => read_field(external_config),
    "markedBy" => read_field(marked_by), "markedTime" => read_field(marked_time),
    "sheetId" => read_field(sheet_id), "sheetName" => read_field(sheet_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryExternalAuthControlledSheetsResponseBodySheets { "externalAuthType" =>
    optional(external_auth_type), "externalConfig" => optional(external_config),
    "markedBy" => optional(marked_by), "markedTime" => optional(marked_time), "sheetId"
    => optional(sheet_id), "sheetName" => optional(sheet_name) }
}
/// `UpdateRecordsResponseBodyValue`: the same model as [`UpdateFieldResponseBody`].
pub type UpdateRecordsResponseBodyValue = UpdateFieldResponseBody;
/// `UpdateRoleResponseBodySubRoles`: the same model as [`CreateRoleResponseBodySubRoles`].
pub type UpdateRoleResponseBodySubRoles = CreateRoleResponseBodySubRoles;
/// `GetRecordsResponseBodyRecordsCreatedBy`: the same model as [`GetRecordResponseBodyCreatedBy`].
pub type GetRecordsResponseBodyRecordsCreatedBy = GetRecordResponseBodyCreatedBy;
/// `GetRecordsResponseBodyRecordsLastModifiedBy`: the same model as [`GetRecordResponseBodyCreatedBy`].
pub type GetRecordsResponseBodyRecordsLastModifiedBy = GetRecordResponseBodyCreatedBy;
/// `GetUserDocRolesResponseBodyRolesSubRoles`: the same model as [`CreateRoleResponseBodySubRoles`].
pub type GetUserDocRolesResponseBodyRolesSubRoles = CreateRoleResponseBodySubRoles;
/// `ListRecordsResponseBodyRecordsCreatedBy`: the same model as [`GetRecordResponseBodyCreatedBy`].
pub type ListRecordsResponseBodyRecordsCreatedBy = GetRecordResponseBodyCreatedBy;
/// `ListRecordsResponseBodyRecordsLastModifiedBy`: the same model as [`GetRecordResponseBodyCreatedBy`].
pub type ListRecordsResponseBodyRecordsLastModifiedBy = GetRecordResponseBodyCreatedBy;
/// `QueryDocAllRolesResponseBodyAllRolesMembers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDocAllRolesResponseBodyAllRolesMembers {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberIdBelongOrgId`.
    pub member_id_belong_org_id: Option<i64>,
    /// `memberType`.
    pub member_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    QueryDocAllRolesResponseBodyAllRolesMembers { "avatar" => read_field(avatar),
    "memberId" => read_field(member_id), "memberIdBelongOrgId" =>
    read_field(member_id_belong_org_id), "memberType" => read_field(member_type), "name"
    => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDocAllRolesResponseBodyAllRolesMembers { "avatar" => optional(avatar),
    "memberId" => optional(member_id), "memberIdBelongOrgId" =>
    optional(member_id_belong_org_id), "memberType" => optional(member_type), "name" =>
    optional(name) }
}
/// `QueryDocAllRolesResponseBodyAllRolesRole`: the same model as [`CreateRoleResponseBody`].
pub type QueryDocAllRolesResponseBodyAllRolesRole = CreateRoleResponseBody;
/// `QueryDocAllRolesResponseBodyAllRolesRoleSubRoles`: the same model as [`CreateRoleResponseBodySubRoles`].
pub type QueryDocAllRolesResponseBodyAllRolesRoleSubRoles = CreateRoleResponseBodySubRoles;
/// The request of [`Api::add_role_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddRoleMemberRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `roleMemberList`.
    pub role_member_list: Option<Vec<AddRoleMemberRequestRoleMemberList>>,
}
/// The required fields of [`AddRoleMemberRequest`], each named where it is set: `AddRoleMemberRequest::new(AddRoleMemberRequired { .. })`.
pub struct AddRoleMemberRequired {
    /// `operatorId`: see [`AddRoleMemberRequest::operator_id`].
    pub operator_id: String,
}
impl AddRoleMemberRequest {
    /// A `AddRoleMemberRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: AddRoleMemberRequired) -> Self {
        let AddRoleMemberRequired { operator_id } = required;
        Self {
            operator_id,
            role_member_list: None,
        }
    }
    /// Sets `roleMemberList`.
    pub fn role_member_list(
        mut self,
        value: impl IntoIterator<Item = AddRoleMemberRequestRoleMemberList>,
    ) -> Self {
        self.role_member_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    AddRoleMemberRequest { "roleMemberList" => optional(role_member_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRoleMemberRequest { "operatorId" => read_field(operator_id), "roleMemberList" =>
    read_field(role_member_list) }
}
impl rt::WriteRequest for AddRoleMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::change_switch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChangeSwitchRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `value`.
    pub value: bool,
}
/// The required fields of [`ChangeSwitchRequest`], each named where it is set: `ChangeSwitchRequest::new(ChangeSwitchRequired { .. })`.
pub struct ChangeSwitchRequired {
    /// `operatorId`: see [`ChangeSwitchRequest::operator_id`].
    pub operator_id: String,
    /// `value`: see [`ChangeSwitchRequest::value`].
    pub value: bool,
}
impl ChangeSwitchRequest {
    /// A `ChangeSwitchRequest` with its required fields (`operatorId`, `value`); set the others with the methods named after them.
    pub fn new(required: ChangeSwitchRequired) -> Self {
        let ChangeSwitchRequired { operator_id, value } = required;
        Self { operator_id, value }
    }
}
rt::impl_serialize! {
    ChangeSwitchRequest { "value" => field(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChangeSwitchRequest { "operatorId" => read_field(operator_id), "value" =>
    read_field(value) }
}
impl rt::WriteRequest for ChangeSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_workflow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyWorkflowRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `flowId`.
    pub flow_id: String,
    /// `flowVersionId`.
    pub flow_version_id: String,
    /// `isSystem`.
    pub is_system: Option<bool>,
    /// `sourceBaseId`.
    pub source_base_id: String,
}
/// The required fields of [`CopyWorkflowRequest`], each named where it is set: `CopyWorkflowRequest::new(CopyWorkflowRequired { .. })`.
pub struct CopyWorkflowRequired {
    /// `operatorId`: see [`CopyWorkflowRequest::operator_id`].
    pub operator_id: String,
    /// `flowId`: see [`CopyWorkflowRequest::flow_id`].
    pub flow_id: String,
    /// `flowVersionId`: see [`CopyWorkflowRequest::flow_version_id`].
    pub flow_version_id: String,
    /// `sourceBaseId`: see [`CopyWorkflowRequest::source_base_id`].
    pub source_base_id: String,
}
impl CopyWorkflowRequest {
    /// A `CopyWorkflowRequest` with its required fields (`operatorId`, `flowId`, `flowVersionId`, `sourceBaseId`); set the others with the methods named after them.
    pub fn new(required: CopyWorkflowRequired) -> Self {
        let CopyWorkflowRequired {
            operator_id,
            flow_id,
            flow_version_id,
            source_base_id,
        } = required;
        Self {
            operator_id,
            flow_id,
            flow_version_id,
            is_system: None,
            source_base_id,
        }
    }
    /// Sets `isSystem`.
    pub fn is_system(mut self, value: bool) -> Self {
        self.is_system = Some(value);
        self
    }
}
rt::impl_serialize! {
    CopyWorkflowRequest { "flowId" => field(flow_id), "flowVersionId" =>
    field(flow_version_id), "isSystem" => optional(is_system), "sourceBaseId" =>
    field(source_base_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyWorkflowRequest { "operatorId" => read_field(operator_id), "flowId" =>
    read_field(flow_id), "flowVersionId" => read_field(flow_version_id), "isSystem" =>
    read_field(is_system), "sourceBaseId" => read_field(source_base_id) }
}
impl rt::WriteRequest for CopyWorkflowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFieldRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `name`.
    pub name: String,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`CreateFieldRequest`], each named where it is set: `CreateFieldRequest::new(CreateFieldRequired { .. })`.
pub struct CreateFieldRequired {
    /// `operatorId`: see [`CreateFieldRequest::operator_id`].
    pub operator_id: String,
    /// `name`: see [`CreateFieldRequest::name`].
    pub name: String,
    /// `type`: see [`CreateFieldRequest::r#type`](CreateFieldRequest::type).
    pub r#type: String,
}
impl CreateFieldRequest {
    /// A `CreateFieldRequest` with its required fields (`operatorId`, `name`, `type`); set the others with the methods named after them.
    pub fn new(required: CreateFieldRequired) -> Self {
        let CreateFieldRequired { operator_id, name, r#type } = required;
        Self {
            operator_id,
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
    CreateFieldRequest { "operatorId" => read_field(operator_id), "name" =>
    read_field(name), "property" => read_field(property), "type" => read_field(r#type) }
}
impl rt::WriteRequest for CreateFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateRoleRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `flowType`.
    pub flow_type: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: String,
    /// `roleType`.
    pub role_type: String,
    /// `subRoles`.
    pub sub_roles: Vec<CreateRoleRequestSubRoles>,
}
/// The required fields of [`CreateRoleRequest`], each named where it is set: `CreateRoleRequest::new(CreateRoleRequired { .. })`.
pub struct CreateRoleRequired {
    /// `operatorId`: see [`CreateRoleRequest::operator_id`].
    pub operator_id: String,
    /// `name`: see [`CreateRoleRequest::name`].
    pub name: String,
    /// `roleType`: see [`CreateRoleRequest::role_type`].
    pub role_type: String,
    /// `subRoles`: see [`CreateRoleRequest::sub_roles`].
    pub sub_roles: Vec<CreateRoleRequestSubRoles>,
}
impl CreateRoleRequest {
    /// A `CreateRoleRequest` with its required fields (`operatorId`, `name`, `roleType`, `subRoles`); set the others with the methods named after them.
    pub fn new(required: CreateRoleRequired) -> Self {
        let CreateRoleRequired { operator_id, name, role_type, sub_roles } = required;
        Self {
            operator_id,
            flow_type: None,
            id: None,
            name,
            role_type,
            sub_roles,
        }
    }
    /// Sets `flowType`.
    pub fn flow_type(mut self, value: impl Into<String>) -> Self {
        self.flow_type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateRoleRequest { "flowType" => optional(flow_type), "id" => optional(id), "name"
    => field(name), "roleType" => field(role_type), "subRoles" => field(sub_roles) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRoleRequest { "operatorId" => read_field(operator_id), "flowType" =>
    read_field(flow_type), "id" => read_field(id), "name" => read_field(name), "roleType"
    => read_field(role_type), "subRoles" => read_field(sub_roles) }
}
impl rt::WriteRequest for CreateRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `fields`.
    pub fields: Option<Vec<CreateSheetRequestFields>>,
    /// `name`.
    pub name: Option<String>,
}
/// The required fields of [`CreateSheetRequest`], each named where it is set: `CreateSheetRequest::new(CreateSheetRequired { .. })`.
pub struct CreateSheetRequired {
    /// `operatorId`: see [`CreateSheetRequest::operator_id`].
    pub operator_id: String,
}
impl CreateSheetRequest {
    /// A `CreateSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: CreateSheetRequired) -> Self {
        let CreateSheetRequired { operator_id } = required;
        Self {
            operator_id,
            fields: None,
            name: None,
        }
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
    CreateSheetRequest { "operatorId" => read_field(operator_id), "fields" =>
    read_field(fields), "name" => read_field(name) }
}
impl rt::WriteRequest for CreateSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteFieldRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteFieldRequest`], each named where it is set: `DeleteFieldRequest::new(DeleteFieldRequired { .. })`.
pub struct DeleteFieldRequired {
    /// `operatorId`: see [`DeleteFieldRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteFieldRequest {
    /// A `DeleteFieldRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteFieldRequired) -> Self {
        let DeleteFieldRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteFieldRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecordsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `recordIds`.
    pub record_ids: Vec<String>,
}
/// The required fields of [`DeleteRecordsRequest`], each named where it is set: `DeleteRecordsRequest::new(DeleteRecordsRequired { .. })`.
pub struct DeleteRecordsRequired {
    /// `operatorId`: see [`DeleteRecordsRequest::operator_id`].
    pub operator_id: String,
    /// `recordIds`: see [`DeleteRecordsRequest::record_ids`].
    pub record_ids: Vec<String>,
}
impl DeleteRecordsRequest {
    /// A `DeleteRecordsRequest` with its required fields (`operatorId`, `recordIds`); set the others with the methods named after them.
    pub fn new(required: DeleteRecordsRequired) -> Self {
        let DeleteRecordsRequired { operator_id, record_ids } = required;
        Self { operator_id, record_ids }
    }
}
rt::impl_serialize! {
    DeleteRecordsRequest { "recordIds" => field(record_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteRecordsRequest { "operatorId" => read_field(operator_id), "recordIds" =>
    read_field(record_ids) }
}
impl rt::WriteRequest for DeleteRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteRoleRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `roleId`.
    pub role_id: i64,
}
/// The required fields of [`DeleteRoleRequest`], each named where it is set: `DeleteRoleRequest::new(DeleteRoleRequired { .. })`.
pub struct DeleteRoleRequired {
    /// `operatorId`: see [`DeleteRoleRequest::operator_id`].
    pub operator_id: String,
    /// `roleId`: see [`DeleteRoleRequest::role_id`].
    pub role_id: i64,
}
impl DeleteRoleRequest {
    /// A `DeleteRoleRequest` with its required fields (`operatorId`, `roleId`); set the others with the methods named after them.
    pub fn new(required: DeleteRoleRequired) -> Self {
        let DeleteRoleRequired { operator_id, role_id } = required;
        Self { operator_id, role_id }
    }
}
rt::impl_serialize! {
    DeleteRoleRequest { "roleId" => field(role_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteRoleRequest { "operatorId" => read_field(operator_id), "roleId" =>
    read_field(role_id) }
}
impl rt::WriteRequest for DeleteRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteSheetRequest`], each named where it is set: `DeleteSheetRequest::new(DeleteSheetRequired { .. })`.
pub struct DeleteSheetRequired {
    /// `operatorId`: see [`DeleteSheetRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteSheetRequest {
    /// A `DeleteSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteSheetRequired) -> Self {
        let DeleteSheetRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteSheetRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_workflow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkflowRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteWorkflowRequest`], each named where it is set: `DeleteWorkflowRequest::new(DeleteWorkflowRequired { .. })`.
pub struct DeleteWorkflowRequired {
    /// `operatorId`: see [`DeleteWorkflowRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteWorkflowRequest {
    /// A `DeleteWorkflowRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteWorkflowRequired) -> Self {
        let DeleteWorkflowRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteWorkflowRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteWorkflowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::disable_workflow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DisableWorkflowRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DisableWorkflowRequest`], each named where it is set: `DisableWorkflowRequest::new(DisableWorkflowRequired { .. })`.
pub struct DisableWorkflowRequired {
    /// `operatorId`: see [`DisableWorkflowRequest::operator_id`].
    pub operator_id: String,
}
impl DisableWorkflowRequest {
    /// A `DisableWorkflowRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DisableWorkflowRequired) -> Self {
        let DisableWorkflowRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DisableWorkflowRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DisableWorkflowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::enable_workflow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EnableWorkflowRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`EnableWorkflowRequest`], each named where it is set: `EnableWorkflowRequest::new(EnableWorkflowRequired { .. })`.
pub struct EnableWorkflowRequired {
    /// `operatorId`: see [`EnableWorkflowRequest::operator_id`].
    pub operator_id: String,
}
impl EnableWorkflowRequest {
    /// A `EnableWorkflowRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: EnableWorkflowRequired) -> Self {
        let EnableWorkflowRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EnableWorkflowRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for EnableWorkflowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::execute_import`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExecuteImportRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `appendConfig`.
    pub append_config: Option<ExecuteImportRequestAppendConfig>,
    /// `encryption`.
    pub encryption: Option<ExecuteImportRequestEncryption>,
    /// `importId`.
    pub import_id: String,
}
/// The required fields of [`ExecuteImportRequest`], each named where it is set: `ExecuteImportRequest::new(ExecuteImportRequired { .. })`.
pub struct ExecuteImportRequired {
    /// `operatorId`: see [`ExecuteImportRequest::operator_id`].
    pub operator_id: String,
    /// `importId`: see [`ExecuteImportRequest::import_id`].
    pub import_id: String,
}
impl ExecuteImportRequest {
    /// A `ExecuteImportRequest` with its required fields (`operatorId`, `importId`); set the others with the methods named after them.
    pub fn new(required: ExecuteImportRequired) -> Self {
        let ExecuteImportRequired { operator_id, import_id } = required;
        Self {
            operator_id,
            append_config: None,
            encryption: None,
            import_id,
        }
    }
    /// Sets `appendConfig`.
    pub fn append_config(mut self, value: ExecuteImportRequestAppendConfig) -> Self {
        self.append_config = Some(value);
        self
    }
    /// Sets `encryption`.
    pub fn encryption(mut self, value: ExecuteImportRequestEncryption) -> Self {
        self.encryption = Some(value);
        self
    }
}
rt::impl_serialize! {
    ExecuteImportRequest { "appendConfig" => optional(append_config), "encryption" =>
    optional(encryption), "importId" => field(import_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteImportRequest { "operatorId" => read_field(operator_id), "appendConfig" =>
    read_field(append_config), "encryption" => read_field(encryption), "importId" =>
    read_field(import_id) }
}
impl rt::WriteRequest for ExecuteImportRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_all_fields`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAllFieldsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetAllFieldsRequest`], each named where it is set: `GetAllFieldsRequest::new(GetAllFieldsRequired { .. })`.
pub struct GetAllFieldsRequired {
    /// `operatorId`: see [`GetAllFieldsRequest::operator_id`].
    pub operator_id: String,
}
impl GetAllFieldsRequest {
    /// A `GetAllFieldsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetAllFieldsRequired) -> Self {
        let GetAllFieldsRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAllFieldsRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetAllFieldsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_all_sheets`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAllSheetsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetAllSheetsRequest`], each named where it is set: `GetAllSheetsRequest::new(GetAllSheetsRequired { .. })`.
pub struct GetAllSheetsRequired {
    /// `operatorId`: see [`GetAllSheetsRequest::operator_id`].
    pub operator_id: String,
}
impl GetAllSheetsRequest {
    /// A `GetAllSheetsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetAllSheetsRequired) -> Self {
        let GetAllSheetsRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAllSheetsRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetAllSheetsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_import_encrypt_public_key`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetImportEncryptPublicKeyRequest {
    /// `keyVersion`: a query parameter.
    pub key_version: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetImportEncryptPublicKeyRequest`], each named where it is set: `GetImportEncryptPublicKeyRequest::new(GetImportEncryptPublicKeyRequired { .. })`.
pub struct GetImportEncryptPublicKeyRequired {
    /// `operatorId`: see [`GetImportEncryptPublicKeyRequest::operator_id`].
    pub operator_id: String,
}
impl GetImportEncryptPublicKeyRequest {
    /// A `GetImportEncryptPublicKeyRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetImportEncryptPublicKeyRequired) -> Self {
        let GetImportEncryptPublicKeyRequired { operator_id } = required;
        Self {
            key_version: None,
            operator_id,
        }
    }
    /// Sets `keyVersion`.
    pub fn key_version(mut self, value: impl Into<String>) -> Self {
        self.key_version = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetImportEncryptPublicKeyRequest { "keyVersion" => read_field(key_version),
    "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetImportEncryptPublicKeyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("keyVersion", &self.key_version);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRecordRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetRecordRequest`], each named where it is set: `GetRecordRequest::new(GetRecordRequired { .. })`.
pub struct GetRecordRequired {
    /// `operatorId`: see [`GetRecordRequest::operator_id`].
    pub operator_id: String,
}
impl GetRecordRequest {
    /// A `GetRecordRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetRecordRequired) -> Self {
        let GetRecordRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRecordRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRecordsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetRecordsRequest`], each named where it is set: `GetRecordsRequest::new(GetRecordsRequired { .. })`.
pub struct GetRecordsRequired {
    /// `operatorId`: see [`GetRecordsRequest::operator_id`].
    pub operator_id: String,
}
impl GetRecordsRequest {
    /// A `GetRecordsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetRecordsRequired) -> Self {
        let GetRecordsRequired { operator_id } = required;
        Self {
            max_results: None,
            next_token: None,
            operator_id,
        }
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
    read_field(next_token), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetSheetRequest`], each named where it is set: `GetSheetRequest::new(GetSheetRequired { .. })`.
pub struct GetSheetRequired {
    /// `operatorId`: see [`GetSheetRequest::operator_id`].
    pub operator_id: String,
}
impl GetSheetRequest {
    /// A `GetSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetSheetRequired) -> Self {
        let GetSheetRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSheetRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_switch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSwitchRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetSwitchRequest`], each named where it is set: `GetSwitchRequest::new(GetSwitchRequired { .. })`.
pub struct GetSwitchRequired {
    /// `operatorId`: see [`GetSwitchRequest::operator_id`].
    pub operator_id: String,
}
impl GetSwitchRequest {
    /// A `GetSwitchRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetSwitchRequired) -> Self {
        let GetSwitchRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSwitchRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_user_doc_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserDocRolesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetUserDocRolesRequest`], each named where it is set: `GetUserDocRolesRequest::new(GetUserDocRolesRequired { .. })`.
pub struct GetUserDocRolesRequired {
    /// `operatorId`: see [`GetUserDocRolesRequest::operator_id`].
    pub operator_id: String,
    /// `unionId`: see [`GetUserDocRolesRequest::union_id`].
    pub union_id: String,
}
impl GetUserDocRolesRequest {
    /// A `GetUserDocRolesRequest` with its required fields (`operatorId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetUserDocRolesRequired) -> Self {
        let GetUserDocRolesRequired { operator_id, union_id } = required;
        Self { operator_id, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserDocRolesRequest { "operatorId" => read_field(operator_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for GetUserDocRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::insert_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertRecordsRequest {
    /// `clientToken`: a query parameter.
    pub client_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `records`.
    pub records: Vec<InsertRecordsRequestRecords>,
}
/// The required fields of [`InsertRecordsRequest`], each named where it is set: `InsertRecordsRequest::new(InsertRecordsRequired { .. })`.
pub struct InsertRecordsRequired {
    /// `operatorId`: see [`InsertRecordsRequest::operator_id`].
    pub operator_id: String,
    /// `records`: see [`InsertRecordsRequest::records`].
    pub records: Vec<InsertRecordsRequestRecords>,
}
impl InsertRecordsRequest {
    /// A `InsertRecordsRequest` with its required fields (`operatorId`, `records`); set the others with the methods named after them.
    pub fn new(required: InsertRecordsRequired) -> Self {
        let InsertRecordsRequired { operator_id, records } = required;
        Self {
            client_token: None,
            operator_id,
            records,
        }
    }
    /// Sets `clientToken`.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.client_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InsertRecordsRequest { "records" => field(records) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertRecordsRequest { "clientToken" => read_field(client_token), "operatorId" =>
    read_field(operator_id), "records" => read_field(records) }
}
impl rt::WriteRequest for InsertRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("clientToken", &self.client_token);
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRecordsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `calcFields`.
    pub calc_fields: Option<bool>,
    /// `fieldIdOrNames`.
    pub field_id_or_names: Option<Vec<String>>,
    /// `filter`.
    pub filter: Option<ListRecordsRequestFilter>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
/// The required fields of [`ListRecordsRequest`], each named where it is set: `ListRecordsRequest::new(ListRecordsRequired { .. })`.
pub struct ListRecordsRequired {
    /// `operatorId`: see [`ListRecordsRequest::operator_id`].
    pub operator_id: String,
}
impl ListRecordsRequest {
    /// A `ListRecordsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListRecordsRequired) -> Self {
        let ListRecordsRequired { operator_id } = required;
        Self {
            operator_id,
            calc_fields: None,
            field_id_or_names: None,
            filter: None,
            max_results: None,
            next_token: None,
        }
    }
    /// Sets `calcFields`.
    pub fn calc_fields(mut self, value: bool) -> Self {
        self.calc_fields = Some(value);
        self
    }
    /// Sets `fieldIdOrNames`.
    pub fn field_id_or_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.field_id_or_names = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `filter`.
    pub fn filter(mut self, value: ListRecordsRequestFilter) -> Self {
        self.filter = Some(value);
        self
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
rt::impl_serialize! {
    ListRecordsRequest { "calcFields" => optional(calc_fields), "fieldIdOrNames" =>
    optional(field_id_or_names), "filter" => optional(filter), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRecordsRequest { "operatorId" => read_field(operator_id), "calcFields" =>
    read_field(calc_fields), "fieldIdOrNames" => read_field(field_id_or_names), "filter"
    => read_field(filter), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for ListRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_workflows`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListWorkflowsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `limit`.
    pub limit: Option<i64>,
    /// `offset`.
    pub offset: Option<i64>,
}
/// The required fields of [`ListWorkflowsRequest`], each named where it is set: `ListWorkflowsRequest::new(ListWorkflowsRequired { .. })`.
pub struct ListWorkflowsRequired {
    /// `operatorId`: see [`ListWorkflowsRequest::operator_id`].
    pub operator_id: String,
}
impl ListWorkflowsRequest {
    /// A `ListWorkflowsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListWorkflowsRequired) -> Self {
        let ListWorkflowsRequired { operator_id } = required;
        Self {
            operator_id,
            limit: None,
            offset: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets `offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListWorkflowsRequest { "limit" => optional(limit), "offset" => optional(offset) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListWorkflowsRequest { "operatorId" => read_field(operator_id), "limit" =>
    read_field(limit), "offset" => read_field(offset) }
}
impl rt::WriteRequest for ListWorkflowsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::mark_external_auth_controlled_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MarkExternalAuthControlledSheetRequest {
    /// `clientToken`: a query parameter.
    pub client_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `dataLevel`.
    pub data_level: Option<String>,
    /// `externalAuthType`.
    pub external_auth_type: String,
    /// `externalConfig`.
    pub external_config: Option<String>,
}
/// The required fields of [`MarkExternalAuthControlledSheetRequest`], each named where it is set: `MarkExternalAuthControlledSheetRequest::new(MarkExternalAuthControlledSheetRequired { .. })`.
pub struct MarkExternalAuthControlledSheetRequired {
    /// `operatorId`: see [`MarkExternalAuthControlledSheetRequest::operator_id`].
    pub operator_id: String,
    /// `externalAuthType`: see [`MarkExternalAuthControlledSheetRequest::external_auth_type`].
    pub external_auth_type: String,
}
impl MarkExternalAuthControlledSheetRequest {
    /// A `MarkExternalAuthControlledSheetRequest` with its required fields (`operatorId`, `externalAuthType`); set the others with the methods named after them.
    pub fn new(required: MarkExternalAuthControlledSheetRequired) -> Self {
        let MarkExternalAuthControlledSheetRequired {
            operator_id,
            external_auth_type,
        } = required;
        Self {
            client_token: None,
            operator_id,
            data_level: None,
            external_auth_type,
            external_config: None,
        }
    }
    /// Sets `clientToken`.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.client_token = Some(value.into());
        self
    }
    /// Sets `dataLevel`.
    pub fn data_level(mut self, value: impl Into<String>) -> Self {
        self.data_level = Some(value.into());
        self
    }
    /// Sets `externalConfig`.
    pub fn external_config(mut self, value: impl Into<String>) -> Self {
        self.external_config = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    MarkExternalAuthControlledSheetRequest { "dataLevel" => optional(data_level),
    "externalAuthType" => field(external_auth_type), "externalConfig" =>
    optional(external_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MarkExternalAuthControlledSheetRequest { "clientToken" => read_field(client_token),
    "operatorId" => read_field(operator_id), "dataLevel" => read_field(data_level),
    "externalAuthType" => read_field(external_auth_type), "externalConfig" =>
    read_field(external_config) }
}
impl rt::WriteRequest for MarkExternalAuthControlledSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("clientToken", &self.client_token);
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::prepare_import_upload`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PrepareImportUploadRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `fileExtension`.
    pub file_extension: String,
    /// `fileName`.
    pub file_name: String,
    /// `fileSize`.
    pub file_size: i64,
    /// `tableNames`.
    pub table_names: Option<Vec<String>>,
}
/// The required fields of [`PrepareImportUploadRequest`], each named where it is set: `PrepareImportUploadRequest::new(PrepareImportUploadRequired { .. })`.
pub struct PrepareImportUploadRequired {
    /// `operatorId`: see [`PrepareImportUploadRequest::operator_id`].
    pub operator_id: String,
    /// `fileExtension`: see [`PrepareImportUploadRequest::file_extension`].
    pub file_extension: String,
    /// `fileName`: see [`PrepareImportUploadRequest::file_name`].
    pub file_name: String,
    /// `fileSize`: see [`PrepareImportUploadRequest::file_size`].
    pub file_size: i64,
}
impl PrepareImportUploadRequest {
    /// A `PrepareImportUploadRequest` with its required fields (`operatorId`, `fileExtension`, `fileName`, `fileSize`); set the others with the methods named after them.
    pub fn new(required: PrepareImportUploadRequired) -> Self {
        let PrepareImportUploadRequired {
            operator_id,
            file_extension,
            file_name,
            file_size,
        } = required;
        Self {
            operator_id,
            file_extension,
            file_name,
            file_size,
            table_names: None,
        }
    }
    /// Sets `tableNames`.
    pub fn table_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.table_names = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    PrepareImportUploadRequest { "fileExtension" => field(file_extension), "fileName" =>
    field(file_name), "fileSize" => field(file_size), "tableNames" =>
    optional(table_names) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PrepareImportUploadRequest { "operatorId" => read_field(operator_id), "fileExtension"
    => read_field(file_extension), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "tableNames" => read_field(table_names) }
}
impl rt::WriteRequest for PrepareImportUploadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::prepare_set_rich_text`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PrepareSetRichTextRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `markdown`.
    pub markdown: Option<String>,
}
/// The required fields of [`PrepareSetRichTextRequest`], each named where it is set: `PrepareSetRichTextRequest::new(PrepareSetRichTextRequired { .. })`.
pub struct PrepareSetRichTextRequired {
    /// `operatorId`: see [`PrepareSetRichTextRequest::operator_id`].
    pub operator_id: String,
}
impl PrepareSetRichTextRequest {
    /// A `PrepareSetRichTextRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: PrepareSetRichTextRequired) -> Self {
        let PrepareSetRichTextRequired { operator_id } = required;
        Self {
            operator_id,
            markdown: None,
        }
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: impl Into<String>) -> Self {
        self.markdown = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PrepareSetRichTextRequest { "markdown" => optional(markdown) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PrepareSetRichTextRequest { "operatorId" => read_field(operator_id), "markdown" =>
    read_field(markdown) }
}
impl rt::WriteRequest for PrepareSetRichTextRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::query_changed_record_ids_by_client_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryChangedRecordIdsByClientTokenRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `clientToken`.
    pub client_token: String,
}
/// The required fields of [`QueryChangedRecordIdsByClientTokenRequest`], each named where it is set: `QueryChangedRecordIdsByClientTokenRequest::new(QueryChangedRecordIdsByClientTokenRequired { .. })`.
pub struct QueryChangedRecordIdsByClientTokenRequired {
    /// `operatorId`: see [`QueryChangedRecordIdsByClientTokenRequest::operator_id`].
    pub operator_id: String,
    /// `clientToken`: see [`QueryChangedRecordIdsByClientTokenRequest::client_token`].
    pub client_token: String,
}
impl QueryChangedRecordIdsByClientTokenRequest {
    /// A `QueryChangedRecordIdsByClientTokenRequest` with its required fields (`operatorId`, `clientToken`); set the others with the methods named after them.
    pub fn new(required: QueryChangedRecordIdsByClientTokenRequired) -> Self {
        let QueryChangedRecordIdsByClientTokenRequired { operator_id, client_token } = required;
        Self { operator_id, client_token }
    }
}
rt::impl_serialize! {
    QueryChangedRecordIdsByClientTokenRequest { "clientToken" => field(client_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryChangedRecordIdsByClientTokenRequest { "operatorId" => read_field(operator_id),
    "clientToken" => read_field(client_token) }
}
impl rt::WriteRequest for QueryChangedRecordIdsByClientTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::query_doc_all_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDocAllRolesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`QueryDocAllRolesRequest`], each named where it is set: `QueryDocAllRolesRequest::new(QueryDocAllRolesRequired { .. })`.
pub struct QueryDocAllRolesRequired {
    /// `operatorId`: see [`QueryDocAllRolesRequest::operator_id`].
    pub operator_id: String,
}
impl QueryDocAllRolesRequest {
    /// A `QueryDocAllRolesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: QueryDocAllRolesRequired) -> Self {
        let QueryDocAllRolesRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDocAllRolesRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for QueryDocAllRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::query_external_auth_controlled_sheets`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryExternalAuthControlledSheetsRequest {
    /// `externalAuthType`: a query parameter.
    pub external_auth_type: Option<String>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
/// The required fields of [`QueryExternalAuthControlledSheetsRequest`], each named where it is set: `QueryExternalAuthControlledSheetsRequest::new(QueryExternalAuthControlledSheetsRequired { .. })`.
pub struct QueryExternalAuthControlledSheetsRequired {
    /// `operatorId`: see [`QueryExternalAuthControlledSheetsRequest::operator_id`].
    pub operator_id: String,
}
impl QueryExternalAuthControlledSheetsRequest {
    /// A `QueryExternalAuthControlledSheetsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: QueryExternalAuthControlledSheetsRequired) -> Self {
        let QueryExternalAuthControlledSheetsRequired { operator_id } = required;
        Self {
            external_auth_type: None,
            next_token: None,
            operator_id,
            page_size: None,
        }
    }
    /// Sets `externalAuthType`.
    pub fn external_auth_type(mut self, value: impl Into<String>) -> Self {
        self.external_auth_type = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryExternalAuthControlledSheetsRequest { "externalAuthType" =>
    read_field(external_auth_type), "nextToken" => read_field(next_token), "operatorId"
    => read_field(operator_id), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryExternalAuthControlledSheetsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("externalAuthType", &self.external_auth_type);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_import_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryImportStatusRequest {
    /// `importId`: a query parameter.
    pub import_id: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`QueryImportStatusRequest`], each named where it is set: `QueryImportStatusRequest::new(QueryImportStatusRequired { .. })`.
pub struct QueryImportStatusRequired {
    /// `importId`: see [`QueryImportStatusRequest::import_id`].
    pub import_id: String,
    /// `operatorId`: see [`QueryImportStatusRequest::operator_id`].
    pub operator_id: String,
}
impl QueryImportStatusRequest {
    /// A `QueryImportStatusRequest` with its required fields (`importId`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: QueryImportStatusRequired) -> Self {
        let QueryImportStatusRequired { import_id, operator_id } = required;
        Self { import_id, operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryImportStatusRequest { "importId" => read_field(import_id), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for QueryImportStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("importId", &self.import_id);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::rebuild_role_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RebuildRoleMembersRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `defaultRoleDTO`.
    pub default_role_dto: RebuildRoleMembersRequestDefaultRoleDTO,
    /// `toRoleMemberDTOMap`.
    pub to_role_member_dto_map: rt::BTreeMap<String, Vec<ToRoleMemberDTOMapValue>>,
}
/// The required fields of [`RebuildRoleMembersRequest`], each named where it is set: `RebuildRoleMembersRequest::new(RebuildRoleMembersRequired { .. })`.
pub struct RebuildRoleMembersRequired {
    /// `operatorId`: see [`RebuildRoleMembersRequest::operator_id`].
    pub operator_id: String,
    /// `defaultRoleDTO`: see [`RebuildRoleMembersRequest::default_role_dto`].
    pub default_role_dto: RebuildRoleMembersRequestDefaultRoleDTO,
    /// `toRoleMemberDTOMap`: see [`RebuildRoleMembersRequest::to_role_member_dto_map`].
    pub to_role_member_dto_map: rt::BTreeMap<String, Vec<ToRoleMemberDTOMapValue>>,
}
impl RebuildRoleMembersRequest {
    /// A `RebuildRoleMembersRequest` with its required fields (`operatorId`, `defaultRoleDTO`, `toRoleMemberDTOMap`); set the others with the methods named after them.
    pub fn new(required: RebuildRoleMembersRequired) -> Self {
        let RebuildRoleMembersRequired {
            operator_id,
            default_role_dto,
            to_role_member_dto_map,
        } = required;
        Self {
            operator_id,
            default_role_dto,
            to_role_member_dto_map,
        }
    }
}
rt::impl_serialize! {
    RebuildRoleMembersRequest { "defaultRoleDTO" => field(default_role_dto),
    "toRoleMemberDTOMap" => field(to_role_member_dto_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RebuildRoleMembersRequest { "operatorId" => read_field(operator_id), "defaultRoleDTO"
    => read_field(default_role_dto), "toRoleMemberDTOMap" =>
    read_field(to_role_member_dto_map) }
}
impl rt::WriteRequest for RebuildRoleMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::truncate_sheet_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TruncateSheetRecordsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`TruncateSheetRecordsRequest`], each named where it is set: `TruncateSheetRecordsRequest::new(TruncateSheetRecordsRequired { .. })`.
pub struct TruncateSheetRecordsRequired {
    /// `operatorId`: see [`TruncateSheetRecordsRequest::operator_id`].
    pub operator_id: String,
}
impl TruncateSheetRecordsRequest {
    /// A `TruncateSheetRecordsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: TruncateSheetRecordsRequired) -> Self {
        let TruncateSheetRecordsRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TruncateSheetRecordsRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for TruncateSheetRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::unmark_external_auth_controlled_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnmarkExternalAuthControlledSheetRequest {
    /// `clientToken`: a query parameter.
    pub client_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`UnmarkExternalAuthControlledSheetRequest`], each named where it is set: `UnmarkExternalAuthControlledSheetRequest::new(UnmarkExternalAuthControlledSheetRequired { .. })`.
pub struct UnmarkExternalAuthControlledSheetRequired {
    /// `operatorId`: see [`UnmarkExternalAuthControlledSheetRequest::operator_id`].
    pub operator_id: String,
}
impl UnmarkExternalAuthControlledSheetRequest {
    /// A `UnmarkExternalAuthControlledSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UnmarkExternalAuthControlledSheetRequired) -> Self {
        let UnmarkExternalAuthControlledSheetRequired { operator_id } = required;
        Self {
            client_token: None,
            operator_id,
        }
    }
    /// Sets `clientToken`.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.client_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnmarkExternalAuthControlledSheetRequest { "clientToken" => read_field(client_token),
    "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for UnmarkExternalAuthControlledSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("clientToken", &self.client_token);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::update_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFieldRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `name`.
    pub name: String,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
/// The required fields of [`UpdateFieldRequest`], each named where it is set: `UpdateFieldRequest::new(UpdateFieldRequired { .. })`.
pub struct UpdateFieldRequired {
    /// `operatorId`: see [`UpdateFieldRequest::operator_id`].
    pub operator_id: String,
    /// `name`: see [`UpdateFieldRequest::name`].
    pub name: String,
}
impl UpdateFieldRequest {
    /// A `UpdateFieldRequest` with its required fields (`operatorId`, `name`); set the others with the methods named after them.
    pub fn new(required: UpdateFieldRequired) -> Self {
        let UpdateFieldRequired { operator_id, name } = required;
        Self {
            operator_id,
            name,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFieldRequest { "operatorId" => read_field(operator_id), "name" =>
    read_field(name), "property" => read_field(property) }
}
impl rt::WriteRequest for UpdateFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateRecordsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `records`.
    pub records: Vec<UpdateRecordsRequestRecords>,
}
/// The required fields of [`UpdateRecordsRequest`], each named where it is set: `UpdateRecordsRequest::new(UpdateRecordsRequired { .. })`.
pub struct UpdateRecordsRequired {
    /// `operatorId`: see [`UpdateRecordsRequest::operator_id`].
    pub operator_id: String,
    /// `records`: see [`UpdateRecordsRequest::records`].
    pub records: Vec<UpdateRecordsRequestRecords>,
}
impl UpdateRecordsRequest {
    /// A `UpdateRecordsRequest` with its required fields (`operatorId`, `records`); set the others with the methods named after them.
    pub fn new(required: UpdateRecordsRequired) -> Self {
        let UpdateRecordsRequired { operator_id, records } = required;
        Self { operator_id, records }
    }
}
rt::impl_serialize! {
    UpdateRecordsRequest { "records" => field(records) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRecordsRequest { "operatorId" => read_field(operator_id), "records" =>
    read_field(records) }
}
impl rt::WriteRequest for UpdateRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateRoleRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `flowType`.
    pub flow_type: Option<String>,
    /// `id`.
    pub id: i64,
    /// `name`.
    pub name: String,
    /// `roleType`.
    pub role_type: String,
    /// `subRoles`.
    pub sub_roles: Vec<UpdateRoleRequestSubRoles>,
}
/// The required fields of [`UpdateRoleRequest`], each named where it is set: `UpdateRoleRequest::new(UpdateRoleRequired { .. })`.
pub struct UpdateRoleRequired {
    /// `operatorId`: see [`UpdateRoleRequest::operator_id`].
    pub operator_id: String,
    /// `id`: see [`UpdateRoleRequest::id`].
    pub id: i64,
    /// `name`: see [`UpdateRoleRequest::name`].
    pub name: String,
    /// `roleType`: see [`UpdateRoleRequest::role_type`].
    pub role_type: String,
    /// `subRoles`: see [`UpdateRoleRequest::sub_roles`].
    pub sub_roles: Vec<UpdateRoleRequestSubRoles>,
}
impl UpdateRoleRequest {
    /// A `UpdateRoleRequest` with its required fields (`operatorId`, `id`, `name`, `roleType`, `subRoles`); set the others with the methods named after them.
    pub fn new(required: UpdateRoleRequired) -> Self {
        let UpdateRoleRequired { operator_id, id, name, role_type, sub_roles } = required;
        Self {
            operator_id,
            flow_type: None,
            id,
            name,
            role_type,
            sub_roles,
        }
    }
    /// Sets `flowType`.
    pub fn flow_type(mut self, value: impl Into<String>) -> Self {
        self.flow_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateRoleRequest { "flowType" => optional(flow_type), "id" => field(id), "name" =>
    field(name), "roleType" => field(role_type), "subRoles" => field(sub_roles) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRoleRequest { "operatorId" => read_field(operator_id), "flowType" =>
    read_field(flow_type), "id" => read_field(id), "name" => read_field(name), "roleType"
    => read_field(role_type), "subRoles" => read_field(sub_roles) }
}
impl rt::WriteRequest for UpdateRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `name`.
    pub name: String,
}
/// The required fields of [`UpdateSheetRequest`], each named where it is set: `UpdateSheetRequest::new(UpdateSheetRequired { .. })`.
pub struct UpdateSheetRequired {
    /// `operatorId`: see [`UpdateSheetRequest::operator_id`].
    pub operator_id: String,
    /// `name`: see [`UpdateSheetRequest::name`].
    pub name: String,
}
impl UpdateSheetRequest {
    /// A `UpdateSheetRequest` with its required fields (`operatorId`, `name`); set the others with the methods named after them.
    pub fn new(required: UpdateSheetRequired) -> Self {
        let UpdateSheetRequired { operator_id, name } = required;
        Self { operator_id, name }
    }
}
rt::impl_serialize! {
    UpdateSheetRequest { "name" => field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSheetRequest { "operatorId" => read_field(operator_id), "name" =>
    read_field(name) }
}
impl rt::WriteRequest for UpdateSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_role_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddRoleMemberError = rt::ServiceError;
/// An error reply of [`Api::change_switch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChangeSwitchError = rt::ServiceError;
/// An error reply of [`Api::copy_workflow`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyWorkflowError = rt::ServiceError;
/// An error reply of [`Api::create_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateFieldError = rt::ServiceError;
/// An error reply of [`Api::create_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateRoleError = rt::ServiceError;
/// An error reply of [`Api::create_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSheetError = rt::ServiceError;
/// An error reply of [`Api::delete_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteFieldError = rt::ServiceError;
/// An error reply of [`Api::delete_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRecordsError = rt::ServiceError;
/// An error reply of [`Api::delete_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRoleError = rt::ServiceError;
/// An error reply of [`Api::delete_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteSheetError = rt::ServiceError;
/// An error reply of [`Api::delete_workflow`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteWorkflowError = rt::ServiceError;
/// An error reply of [`Api::disable_workflow`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DisableWorkflowError = rt::ServiceError;
/// An error reply of [`Api::enable_workflow`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EnableWorkflowError = rt::ServiceError;
/// An error reply of [`Api::execute_import`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExecuteImportError = rt::ServiceError;
/// An error reply of [`Api::get_all_fields`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllFieldsError = rt::ServiceError;
/// An error reply of [`Api::get_all_sheets`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllSheetsError = rt::ServiceError;
/// An error reply of [`Api::get_import_encrypt_public_key`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetImportEncryptPublicKeyError = rt::ServiceError;
/// An error reply of [`Api::get_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecordError = rt::ServiceError;
/// An error reply of [`Api::get_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecordsError = rt::ServiceError;
/// An error reply of [`Api::get_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSheetError = rt::ServiceError;
/// An error reply of [`Api::get_switch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSwitchError = rt::ServiceError;
/// An error reply of [`Api::get_user_doc_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserDocRolesError = rt::ServiceError;
/// An error reply of [`Api::insert_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InsertRecordsError = rt::ServiceError;
/// An error reply of [`Api::list_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListRecordsError = rt::ServiceError;
/// An error reply of [`Api::list_workflows`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListWorkflowsError = rt::ServiceError;
/// An error reply of [`Api::mark_external_auth_controlled_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MarkExternalAuthControlledSheetError = rt::ServiceError;
/// An error reply of [`Api::prepare_import_upload`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PrepareImportUploadError = rt::ServiceError;
/// An error reply of [`Api::prepare_set_rich_text`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PrepareSetRichTextError = rt::ServiceError;
/// An error reply of [`Api::query_changed_record_ids_by_client_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryChangedRecordIdsByClientTokenError = rt::ServiceError;
/// An error reply of [`Api::query_doc_all_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDocAllRolesError = rt::ServiceError;
/// An error reply of [`Api::query_external_auth_controlled_sheets`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryExternalAuthControlledSheetsError = rt::ServiceError;
/// An error reply of [`Api::query_import_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryImportStatusError = rt::ServiceError;
/// An error reply of [`Api::rebuild_role_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RebuildRoleMembersError = rt::ServiceError;
/// An error reply of [`Api::truncate_sheet_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TruncateSheetRecordsError = rt::ServiceError;
/// An error reply of [`Api::unmark_external_auth_controlled_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnmarkExternalAuthControlledSheetError = rt::ServiceError;
/// An error reply of [`Api::update_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFieldError = rt::ServiceError;
/// An error reply of [`Api::update_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRecordsError = rt::ServiceError;
/// An error reply of [`Api::update_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRoleError = rt::ServiceError;
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
        "AddRoleMember" => {
            rt::conformance::reply(
                    api.add_role_member(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "ChangeSwitch" => {
            rt::conformance::reply(
                    api.change_switch(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CopyWorkflow" => {
            rt::conformance::reply(
                    api.copy_workflow(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
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
        "CreateRole" => {
            rt::conformance::reply(
                    api.create_role(inputs.path(0usize)?, &inputs.request(true)?),
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
                            &inputs.request(false)?,
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
        "DeleteRole" => {
            rt::conformance::reply(
                    api.delete_role(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "DeleteSheet" => {
            rt::conformance::reply(
                    api
                        .delete_sheet(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteWorkflow" => {
            rt::conformance::reply(
                    api
                        .delete_workflow(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DisableWorkflow" => {
            rt::conformance::reply(
                    api
                        .disable_workflow(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "EnableWorkflow" => {
            rt::conformance::reply(
                    api
                        .enable_workflow(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ExecuteImport" => {
            rt::conformance::reply(
                    api.execute_import(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetAllFields" => {
            rt::conformance::reply(
                    api
                        .get_all_fields(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetAllSheets" => {
            rt::conformance::reply(
                    api.get_all_sheets(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetImportEncryptPublicKey" => {
            rt::conformance::reply(
                    api.get_import_encrypt_public_key(&inputs.request(false)?),
                )
                .await
        }
        "GetRecord" => {
            rt::conformance::reply(
                    api
                        .get_record(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
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
                    api
                        .get_sheet(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetSwitch" => {
            rt::conformance::reply(
                    api.get_switch(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetUserDocRoles" => {
            rt::conformance::reply(
                    api.get_user_doc_roles(inputs.path(0usize)?, &inputs.request(false)?),
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
        "ListRecords" => {
            rt::conformance::reply(
                    api
                        .list_records(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "ListWorkflows" => {
            rt::conformance::reply(
                    api.list_workflows(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "MarkExternalAuthControlledSheet" => {
            rt::conformance::reply(
                    api
                        .mark_external_auth_controlled_sheet(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "PrepareImportUpload" => {
            rt::conformance::reply(
                    api
                        .prepare_import_upload(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "PrepareSetRichText" => {
            rt::conformance::reply(
                    api
                        .prepare_set_rich_text(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "QueryChangedRecordIdsByClientToken" => {
            rt::conformance::reply(
                    api
                        .query_changed_record_ids_by_client_token(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "QueryDocAllRoles" => {
            rt::conformance::reply(
                    api
                        .query_doc_all_roles(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryExternalAuthControlledSheets" => {
            rt::conformance::reply(
                    api
                        .query_external_auth_controlled_sheets(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryImportStatus" => {
            rt::conformance::reply(
                    api
                        .query_import_status(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "RebuildRoleMembers" => {
            rt::conformance::reply(
                    api
                        .rebuild_role_members(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "TruncateSheetRecords" => {
            rt::conformance::reply(
                    api
                        .truncate_sheet_records(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "UnmarkExternalAuthControlledSheet" => {
            rt::conformance::reply(
                    api
                        .unmark_external_auth_controlled_sheet(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
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
        "UpdateRole" => {
            rt::conformance::reply(
                    api.update_role(inputs.path(0usize)?, &inputs.request(true)?),
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
