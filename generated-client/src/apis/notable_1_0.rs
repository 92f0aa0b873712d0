// @generated from api-spec/notable_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.notable_1_0()`. Generated from `api-spec/notable_1_0.yaml`.
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
    /// `POST /v1.0/notable/auth/role/member/{base_id}` (operation `AddRoleMember`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddRoleMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_role_member(
        &self,
        base_id: &str,
        request: &AddRoleMemberRequest,
    ) -> rt::Call<AddRoleMemberResponseBody, AddRoleMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRoleMember",
            rt::Method::Post,
            "/v1.0/notable/auth/role/member/{base_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 修改高级权限设置开关
    ///
    /// `PUT /v1.0/notable/auth/{base_id}` (operation `ChangeSwitch`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ChangeSwitchError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn change_switch(
        &self,
        base_id: &str,
        request: &ChangeSwitchRequest,
    ) -> rt::Call<ChangeSwitchResponseBody, ChangeSwitchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChangeSwitch",
            rt::Method::Put,
            "/v1.0/notable/auth/{base_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 复制工作流
    ///
    /// `POST /v1.0/notable/bases/{base_id}/workflows/copy` (operation `CopyWorkflow`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyWorkflowError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn copy_workflow(
        &self,
        base_id: &str,
        request: &CopyWorkflowRequest,
    ) -> rt::Call<CopyWorkflowResponseBody, CopyWorkflowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyWorkflow",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/workflows/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 新增数据表字段
    ///
    /// `POST /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields` (operation `CreateField`).
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
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 创建角色
    ///
    /// `POST /v1.0/notable/auth/role/{base_id}` (operation `CreateRole`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_role(
        &self,
        base_id: &str,
        request: &CreateRoleRequest,
    ) -> rt::Call<CreateRoleResponseBody, CreateRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateRole",
            rt::Method::Post,
            "/v1.0/notable/auth/role/{base_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 创建数据表
    ///
    /// `POST /v1.0/notable/bases/{base_id}/sheets` (operation `CreateSheet`).
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
            "/v1.0/notable/bases/{base_id}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 删除数据表字段
    ///
    /// `DELETE /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields/{field_id_or_name}` (operation `DeleteField`).
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
        request: &DeleteFieldRequest,
    ) -> rt::Call<DeleteFieldResponseBody, DeleteFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteField",
            rt::Method::Delete,
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields/{field_id_or_name}",
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
    /// `POST /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/delete` (operation `DeleteRecords`).
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
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 删除角色
    ///
    /// `DELETE /v1.0/notable/auth/role/{base_id}` (operation `DeleteRole`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_role(
        &self,
        base_id: &str,
        request: &DeleteRoleRequest,
    ) -> rt::Call<DeleteRoleResponseBody, DeleteRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRole",
            rt::Method::Delete,
            "/v1.0/notable/auth/role/{base_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 删除数据表
    ///
    /// `DELETE /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}` (operation `DeleteSheet`).
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
        request: &DeleteSheetRequest,
    ) -> rt::Call<DeleteSheetResponseBody, DeleteSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSheet",
            rt::Method::Delete,
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 删除工作流
    ///
    /// `POST /v1.0/notable/bases/{base_id}/workflows/{flow_id}/delete` (operation `DeleteWorkflow`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `flow_id` (`flow_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteWorkflowError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_workflow(
        &self,
        base_id: &str,
        flow_id: &str,
        request: &DeleteWorkflowRequest,
    ) -> rt::Call<DeleteWorkflowResponseBody, DeleteWorkflowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWorkflow",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/workflows/{flow_id}/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, flow_id], request)
    }
    /// 关闭工作流
    ///
    /// `POST /v1.0/notable/bases/{base_id}/workflows/{flow_id}/disable` (operation `DisableWorkflow`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `flow_id` (`flow_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DisableWorkflowError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn disable_workflow(
        &self,
        base_id: &str,
        flow_id: &str,
        request: &DisableWorkflowRequest,
    ) -> rt::Call<DisableWorkflowResponseBody, DisableWorkflowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DisableWorkflow",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/workflows/{flow_id}/disable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, flow_id], request)
    }
    /// 启动单个工作流
    ///
    /// `POST /v1.0/notable/bases/{base_id}/workflows/{flow_id}/enable` (operation `EnableWorkflow`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `flow_id` (`flow_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EnableWorkflowError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn enable_workflow(
        &self,
        base_id: &str,
        flow_id: &str,
        request: &EnableWorkflowRequest,
    ) -> rt::Call<EnableWorkflowResponseBody, EnableWorkflowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EnableWorkflow",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/workflows/{flow_id}/enable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, flow_id], request)
    }
    /// 触发加密导入
    ///
    /// `POST /v1.0/notable/bases/{base_id}/import/execute` (operation `ExecuteImport`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExecuteImportError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn execute_import(
        &self,
        base_id: &str,
        request: &ExecuteImportRequest,
    ) -> rt::Call<ExecuteImportResponseBody, ExecuteImportError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteImport",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/import/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 获取所有字段
    ///
    /// `GET /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields` (operation `GetAllFields`).
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
        request: &GetAllFieldsRequest,
    ) -> rt::Call<GetAllFieldsResponseBody, GetAllFieldsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllFields",
            rt::Method::Get,
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 获取所有数据表
    ///
    /// `GET /v1.0/notable/bases/{base_id}/sheets` (operation `GetAllSheets`).
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
        request: &GetAllSheetsRequest,
    ) -> rt::Call<GetAllSheetsResponseBody, GetAllSheetsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllSheets",
            rt::Method::Get,
            "/v1.0/notable/bases/{base_id}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 获取加密导入 RSA 公钥
    ///
    /// `GET /v1.0/notable/import/encryptPublicKey` (operation `GetImportEncryptPublicKey`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetImportEncryptPublicKeyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/{record_id}` (operation `GetRecord`).
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
        request: &GetRecordRequest,
    ) -> rt::Call<GetRecordResponseBody, GetRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecord",
            rt::Method::Get,
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/{record_id}",
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
    /// `GET /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records` (operation `GetRecords`).
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
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 获取数据表
    ///
    /// `GET /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}` (operation `GetSheet`).
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
        request: &GetSheetRequest,
    ) -> rt::Call<GetSheetResponseBody, GetSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSheet",
            rt::Method::Get,
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 获取高级权限设置开关
    ///
    /// `GET /v1.0/notable/auth/{base_id}` (operation `GetSwitch`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSwitchError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_switch(
        &self,
        base_id: &str,
        request: &GetSwitchRequest,
    ) -> rt::Call<GetSwitchResponseBody, GetSwitchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSwitch",
            rt::Method::Get,
            "/v1.0/notable/auth/{base_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 获取指定用户的高级权限角色配置列表
    ///
    /// `GET /v1.0/notable/auth/role/{base_id}` (operation `GetUserDocRoles`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserDocRolesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_doc_roles(
        &self,
        base_id: &str,
        request: &GetUserDocRolesRequest,
    ) -> rt::Call<GetUserDocRolesResponseBody, GetUserDocRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserDocRoles",
            rt::Method::Get,
            "/v1.0/notable/auth/role/{base_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 新增记录
    ///
    /// `POST /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records` (operation `InsertRecords`).
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
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 列出多行记录
    ///
    /// `POST /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/list` (operation `ListRecords`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &ListRecordsRequest,
    ) -> rt::Call<ListRecordsResponseBody, ListRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRecords",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 查询自动化工作流列表
    ///
    /// `POST /v1.0/notable/bases/{base_id}/workflows` (operation `ListWorkflows`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListWorkflowsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_workflows(
        &self,
        base_id: &str,
        request: &ListWorkflowsRequest,
    ) -> rt::Call<ListWorkflowsResponseBody, ListWorkflowsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListWorkflows",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/workflows",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 标记外部权限受控 Sheet
    ///
    /// `POST /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/externalAuth/mark` (operation `MarkExternalAuthControlledSheet`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MarkExternalAuthControlledSheetError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/externalAuth/mark",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 申请加密导入上传链接
    ///
    /// `POST /v1.0/notable/bases/{base_id}/import/uploadUrl` (operation `PrepareImportUpload`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PrepareImportUploadError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn prepare_import_upload(
        &self,
        base_id: &str,
        request: &PrepareImportUploadRequest,
    ) -> rt::Call<PrepareImportUploadResponseBody, PrepareImportUploadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PrepareImportUpload",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/import/uploadUrl",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 富文本值预处理
    ///
    /// `POST /v1.0/notable/bases/{base_id}/prepareSetRichText` (operation `PrepareSetRichText`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PrepareSetRichTextError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn prepare_set_rich_text(
        &self,
        base_id: &str,
        request: &PrepareSetRichTextRequest,
    ) -> rt::Call<PrepareSetRichTextResponseBody, PrepareSetRichTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PrepareSetRichText",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/prepareSetRichText",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 根据 clientToken 查询变更记录 ID
    ///
    /// `POST /v1.0/notable/bases/{base_id}/changedRecordIds/query` (operation `QueryChangedRecordIdsByClientToken`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryChangedRecordIdsByClientTokenError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/notable/bases/{base_id}/changedRecordIds/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 查询文档所有角色和角色成员
    ///
    /// `GET /v1.0/notable/auth/role/member/{base_id}` (operation `QueryDocAllRoles`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDocAllRolesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_doc_all_roles(
        &self,
        base_id: &str,
        request: &QueryDocAllRolesRequest,
    ) -> rt::Call<QueryDocAllRolesResponseBody, QueryDocAllRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDocAllRoles",
            rt::Method::Get,
            "/v1.0/notable/auth/role/member/{base_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 查询外部权限受控 Sheet 列表
    ///
    /// `GET /v1.0/notable/bases/{base_id}/externalAuth/sheets` (operation `QueryExternalAuthControlledSheets`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryExternalAuthControlledSheetsError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/notable/bases/{base_id}/externalAuth/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 查询导入会话状态
    ///
    /// `GET /v1.0/notable/bases/{base_id}/import/status` (operation `QueryImportStatus`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryImportStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_import_status(
        &self,
        base_id: &str,
        request: &QueryImportStatusRequest,
    ) -> rt::Call<QueryImportStatusResponseBody, QueryImportStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryImportStatus",
            rt::Method::Get,
            "/v1.0/notable/bases/{base_id}/import/status",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 重建角色成员
    ///
    /// `PUT /v1.0/notable/auth/role/member/{base_id}` (operation `RebuildRoleMembers`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RebuildRoleMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn rebuild_role_members(
        &self,
        base_id: &str,
        request: &RebuildRoleMembersRequest,
    ) -> rt::Call<RebuildRoleMembersResponseBody, RebuildRoleMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RebuildRoleMembers",
            rt::Method::Put,
            "/v1.0/notable/auth/role/member/{base_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 清空表格记录
    ///
    /// `POST /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/truncate` (operation `TruncateSheetRecords`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TruncateSheetRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn truncate_sheet_records(
        &self,
        base_id: &str,
        sheet_id_or_name: &str,
        request: &TruncateSheetRecordsRequest,
    ) -> rt::Call<TruncateSheetRecordsResponseBody, TruncateSheetRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TruncateSheetRecords",
            rt::Method::Post,
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records/truncate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 取消标记外部权限受控 Sheet
    ///
    /// `DELETE /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/externalAuth/mark` (operation `UnmarkExternalAuthControlledSheet`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    /// - `sheet_id_or_name` (`sheet_id_or_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnmarkExternalAuthControlledSheetError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/externalAuth/mark",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 更新数据表字段
    ///
    /// `PUT /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields/{field_id_or_name}` (operation `UpdateField`).
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
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/fields/{field_id_or_name}",
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
    /// `PUT /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records` (operation `UpdateRecords`).
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
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id, sheet_id_or_name], request)
    }
    /// 更新角色
    ///
    /// `PUT /v1.0/notable/auth/role/{base_id}` (operation `UpdateRole`).
    ///
    /// # Path parameters
    ///
    /// - `base_id` (`base_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_role(
        &self,
        base_id: &str,
        request: &UpdateRoleRequest,
    ) -> rt::Call<UpdateRoleResponseBody, UpdateRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRole",
            rt::Method::Put,
            "/v1.0/notable/auth/role/{base_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[base_id], request)
    }
    /// 更新数据表
    ///
    /// `PUT /v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}` (operation `UpdateSheet`).
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
            "/v1.0/notable/bases/{base_id}/sheets/{sheet_id_or_name}",
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
impl rt::serde::Serialize for AddRoleMemberRequestRoleMemberList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberIdBelongOrgId", &self.member_id_belong_org_id)?;
        object.optional("memberType", &self.member_type)?;
        object.optional("roleId", &self.role_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddRoleMemberRequestRoleMemberList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddRoleMemberRequestRoleMemberList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberIdBelongOrgId" => {
                rt::read_field(map, &mut self.member_id_belong_org_id)
            }
            "memberType" => rt::read_field(map, &mut self.member_type),
            "roleId" => rt::read_field(map, &mut self.role_id),
            _ => Ok(false),
        }
    }
}
/// `AddRoleMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddRoleMemberResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddRoleMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddRoleMemberResponseBody {
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
impl rt::serde::Serialize for AddRoleMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ChangeSwitchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChangeSwitchResponseBody {
    /// `enabled`.
    pub enabled: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ChangeSwitchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ChangeSwitchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enabled" => rt::read_field(map, &mut self.enabled),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ChangeSwitchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enabled", &self.enabled)?;
        object.end()
    }
}
/// `CopyWorkflowResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyWorkflowResponseBody {
    /// `flowId`.
    pub flow_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `versionId`.
    pub version_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyWorkflowResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyWorkflowResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "flowId" => rt::read_field(map, &mut self.flow_id),
            "success" => rt::read_field(map, &mut self.success),
            "versionId" => rt::read_field(map, &mut self.version_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CopyWorkflowResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("flowId", &self.flow_id)?;
        object.optional("success", &self.success)?;
        object.optional("versionId", &self.version_id)?;
        object.end()
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
/// `CreateRoleRequestSubRoles`.
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
impl rt::serde::Serialize for CreateRoleRequestSubRoles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authLevel", &self.auth_level)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("config", &self.config)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRoleRequestSubRoles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRoleRequestSubRoles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authLevel" => rt::read_field(map, &mut self.auth_level),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "config" => rt::read_field(map, &mut self.config),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
/// `CreateRoleResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateRoleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateRoleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "flowType" => rt::read_field(map, &mut self.flow_type),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "roleType" => rt::read_field(map, &mut self.role_type),
            "subRoles" => rt::read_field(map, &mut self.sub_roles),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateRoleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("flowType", &self.flow_type)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("roleType", &self.role_type)?;
        object.optional("subRoles", &self.sub_roles)?;
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExecuteImportRequestAppendConfig {
    /// A `ExecuteImportRequestAppendConfig` with its required fields (`tableId`); set the others with the methods named after them.
    pub fn new(table_id: impl Into<String>) -> Self {
        Self {
            field_id_mapping: None,
            field_mapping: None,
            header_row: None,
            src_sheet_name: None,
            table_id: table_id.into(),
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
impl rt::serde::Serialize for ExecuteImportRequestAppendConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldIdMapping", &self.field_id_mapping)?;
        object.optional("fieldMapping", &self.field_mapping)?;
        object.optional("headerRow", &self.header_row)?;
        object.optional("srcSheetName", &self.src_sheet_name)?;
        object.field("tableId", &self.table_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteImportRequestAppendConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteImportRequestAppendConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldIdMapping" => rt::read_field(map, &mut self.field_id_mapping),
            "fieldMapping" => rt::read_field(map, &mut self.field_mapping),
            "headerRow" => rt::read_field(map, &mut self.header_row),
            "srcSheetName" => rt::read_field(map, &mut self.src_sheet_name),
            "tableId" => rt::read_field(map, &mut self.table_id),
            _ => Ok(false),
        }
    }
}
/// `ExecuteImportRequestEncryption`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExecuteImportRequestEncryption {
    /// A `ExecuteImportRequestEncryption` with its required fields (`encryptedAesKey`, `iv`, `keyVersion`); set the others with the methods named after them.
    pub fn new(
        encrypted_aes_key: impl Into<String>,
        iv: impl Into<String>,
        key_version: impl Into<String>,
    ) -> Self {
        Self {
            algorithm: None,
            encrypted_aes_key: encrypted_aes_key.into(),
            iv: iv.into(),
            key_version: key_version.into(),
        }
    }
    /// Sets `algorithm`.
    pub fn algorithm(mut self, value: impl Into<String>) -> Self {
        self.algorithm = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ExecuteImportRequestEncryption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("algorithm", &self.algorithm)?;
        object.field("encryptedAesKey", &self.encrypted_aes_key)?;
        object.field("iv", &self.iv)?;
        object.field("keyVersion", &self.key_version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteImportRequestEncryption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteImportRequestEncryption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "algorithm" => rt::read_field(map, &mut self.algorithm),
            "encryptedAesKey" => rt::read_field(map, &mut self.encrypted_aes_key),
            "iv" => rt::read_field(map, &mut self.iv),
            "keyVersion" => rt::read_field(map, &mut self.key_version),
            _ => Ok(false),
        }
    }
}
/// `ExecuteImportResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExecuteImportResponseBody {
    /// `importId`.
    pub import_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ExecuteImportResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExecuteImportResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "importId" => rt::read_field(map, &mut self.import_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExecuteImportResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("importId", &self.import_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
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
/// `GetImportEncryptPublicKeyResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetImportEncryptPublicKeyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetImportEncryptPublicKeyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "algorithm" => rt::read_field(map, &mut self.algorithm),
            "expireAt" => rt::read_field(map, &mut self.expire_at),
            "keyVersion" => rt::read_field(map, &mut self.key_version),
            "publicKeyPem" => rt::read_field(map, &mut self.public_key_pem),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetImportEncryptPublicKeyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("algorithm", &self.algorithm)?;
        object.optional("expireAt", &self.expire_at)?;
        object.optional("keyVersion", &self.key_version)?;
        object.optional("publicKeyPem", &self.public_key_pem)?;
        object.end()
    }
}
/// `GetRecordResponseBody`.
#[derive(Clone, Debug, Default)]
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
            "createdBy" => rt::read_field(map, &mut self.created_by),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "fields" => rt::read_field(map, &mut self.fields),
            "id" => rt::read_field(map, &mut self.id),
            "lastModifiedBy" => rt::read_field(map, &mut self.last_modified_by),
            "lastModifiedTime" => rt::read_field(map, &mut self.last_modified_time),
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
        object.optional("createdBy", &self.created_by)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("fields", &self.fields)?;
        object.optional("id", &self.id)?;
        object.optional("lastModifiedBy", &self.last_modified_by)?;
        object.optional("lastModifiedTime", &self.last_modified_time)?;
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
/// `GetSwitchResponseBody`: the same model as [`ChangeSwitchResponseBody`].
pub type GetSwitchResponseBody = ChangeSwitchResponseBody;
/// `GetUserDocRolesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserDocRolesResponseBody {
    /// `enabled`.
    pub enabled: Option<bool>,
    /// `roles`.
    pub roles: Option<Vec<GetUserDocRolesResponseBodyRoles>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserDocRolesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserDocRolesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enabled" => rt::read_field(map, &mut self.enabled),
            "roles" => rt::read_field(map, &mut self.roles),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserDocRolesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enabled", &self.enabled)?;
        object.optional("roles", &self.roles)?;
        object.end()
    }
}
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
/// `ListRecordsRequestFilter`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListRecordsRequestFilter {
    /// `combination`.
    pub combination: Option<String>,
    /// `conditions`.
    pub conditions: Vec<ListRecordsRequestFilterConditions>,
}
impl ListRecordsRequestFilter {
    /// A `ListRecordsRequestFilter` with its required fields (`conditions`); set the others with the methods named after them.
    pub fn new(
        conditions: impl IntoIterator<Item = ListRecordsRequestFilterConditions>,
    ) -> Self {
        Self {
            combination: None,
            conditions: conditions.into_iter().collect(),
        }
    }
    /// Sets `combination`.
    pub fn combination(mut self, value: impl Into<String>) -> Self {
        self.combination = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ListRecordsRequestFilter {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("combination", &self.combination)?;
        object.field("conditions", &self.conditions)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRecordsRequestFilter {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRecordsRequestFilter {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "combination" => rt::read_field(map, &mut self.combination),
            "conditions" => rt::read_field(map, &mut self.conditions),
            _ => Ok(false),
        }
    }
}
/// `ListRecordsResponseBody`: the same model as [`GetRecordsResponseBody`].
pub type ListRecordsResponseBody = GetRecordsResponseBody;
/// `ListWorkflowsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListWorkflowsResponseBody {
    /// `total`.
    pub total: Option<i64>,
    /// `workflows`.
    pub workflows: Option<Vec<ListWorkflowsResponseBodyWorkflows>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListWorkflowsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListWorkflowsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "total" => rt::read_field(map, &mut self.total),
            "workflows" => rt::read_field(map, &mut self.workflows),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListWorkflowsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("total", &self.total)?;
        object.optional("workflows", &self.workflows)?;
        object.end()
    }
}
/// `MarkExternalAuthControlledSheetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MarkExternalAuthControlledSheetResponseBody {
    /// `sheetId`.
    pub sheet_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for MarkExternalAuthControlledSheetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MarkExternalAuthControlledSheetResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sheetId" => rt::read_field(map, &mut self.sheet_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MarkExternalAuthControlledSheetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sheetId", &self.sheet_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `PrepareImportUploadResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrepareImportUploadResponseBody {
    /// `expireAt`.
    pub expire_at: Option<i64>,
    /// `importId`.
    pub import_id: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PrepareImportUploadResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PrepareImportUploadResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expireAt" => rt::read_field(map, &mut self.expire_at),
            "importId" => rt::read_field(map, &mut self.import_id),
            "uploadUrl" => rt::read_field(map, &mut self.upload_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PrepareImportUploadResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expireAt", &self.expire_at)?;
        object.optional("importId", &self.import_id)?;
        object.optional("uploadUrl", &self.upload_url)?;
        object.end()
    }
}
/// `PrepareSetRichTextResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrepareSetRichTextResponseBody {
    /// `markdown`.
    pub markdown: Option<String>,
    /// `uploadInfos`.
    pub upload_infos: Option<Vec<PrepareSetRichTextResponseBodyUploadInfos>>,
}
impl<'de> rt::serde::Deserialize<'de> for PrepareSetRichTextResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PrepareSetRichTextResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "markdown" => rt::read_field(map, &mut self.markdown),
            "uploadInfos" => rt::read_field(map, &mut self.upload_infos),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PrepareSetRichTextResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("uploadInfos", &self.upload_infos)?;
        object.end()
    }
}
/// `QueryChangedRecordIdsByClientTokenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryChangedRecordIdsByClientTokenResponseBody {
    /// `changedRecordIds`.
    pub changed_record_ids: Option<rt::serde_json::Value>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryChangedRecordIdsByClientTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryChangedRecordIdsByClientTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "changedRecordIds" => rt::read_field(map, &mut self.changed_record_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryChangedRecordIdsByClientTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("changedRecordIds", &self.changed_record_ids)?;
        object.end()
    }
}
/// `QueryDocAllRolesResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryDocAllRolesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDocAllRolesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allRoles" => rt::read_field(map, &mut self.all_roles),
            "defaultRole" => rt::read_field(map, &mut self.default_role),
            "enabled" => rt::read_field(map, &mut self.enabled),
            "systemRoles" => rt::read_field(map, &mut self.system_roles),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDocAllRolesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allRoles", &self.all_roles)?;
        object.optional("defaultRole", &self.default_role)?;
        object.optional("enabled", &self.enabled)?;
        object.optional("systemRoles", &self.system_roles)?;
        object.end()
    }
}
/// `QueryExternalAuthControlledSheetsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryExternalAuthControlledSheetsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `sheets`.
    pub sheets: Option<Vec<QueryExternalAuthControlledSheetsResponseBodySheets>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryExternalAuthControlledSheetsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryExternalAuthControlledSheetsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "sheets" => rt::read_field(map, &mut self.sheets),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryExternalAuthControlledSheetsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("sheets", &self.sheets)?;
        object.end()
    }
}
/// `QueryImportStatusResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryImportStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryImportStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMessage" => rt::read_field(map, &mut self.error_message),
            "importId" => rt::read_field(map, &mut self.import_id),
            "phase" => rt::read_field(map, &mut self.phase),
            "status" => rt::read_field(map, &mut self.status),
            "tableIds" => rt::read_field(map, &mut self.table_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryImportStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMessage", &self.error_message)?;
        object.optional("importId", &self.import_id)?;
        object.optional("phase", &self.phase)?;
        object.optional("status", &self.status)?;
        object.optional("tableIds", &self.table_ids)?;
        object.end()
    }
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
impl rt::serde::Serialize for RebuildRoleMembersRequestDefaultRoleDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mode", &self.mode)?;
        object.optional("roleId", &self.role_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RebuildRoleMembersRequestDefaultRoleDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RebuildRoleMembersRequestDefaultRoleDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mode" => rt::read_field(map, &mut self.mode),
            "roleId" => rt::read_field(map, &mut self.role_id),
            _ => Ok(false),
        }
    }
}
/// `ToRoleMemberDTOMapValue`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ToRoleMemberDTOMapValue {
    /// A `ToRoleMemberDTOMapValue` with its required fields (`memberId`, `memberType`, `memberIdBelongOrgId`); set the others with the methods named after them.
    pub fn new(
        member_id: impl Into<String>,
        member_type: impl Into<String>,
        member_id_belong_org_id: i64,
    ) -> Self {
        Self {
            member_id: member_id.into(),
            member_type: member_type.into(),
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
impl rt::serde::Serialize for ToRoleMemberDTOMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("memberId", &self.member_id)?;
        object.field("memberType", &self.member_type)?;
        object.field("memberIdBelongOrgId", &self.member_id_belong_org_id)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ToRoleMemberDTOMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ToRoleMemberDTOMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "memberIdBelongOrgId" => {
                rt::read_field(map, &mut self.member_id_belong_org_id)
            }
            "avatar" => rt::read_field(map, &mut self.avatar),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
/// `RebuildRoleMembersResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type RebuildRoleMembersResponseBody = AddRoleMemberResponseBody;
/// `TruncateSheetRecordsResponseBody`: the same model as [`AddRoleMemberResponseBody`].
pub type TruncateSheetRecordsResponseBody = AddRoleMemberResponseBody;
/// `UnmarkExternalAuthControlledSheetResponseBody`: the same model as [`MarkExternalAuthControlledSheetResponseBody`].
pub type UnmarkExternalAuthControlledSheetResponseBody = MarkExternalAuthControlledSheetResponseBody;
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
/// `UpdateRoleRequestSubRoles`: the same model as [`CreateRoleRequestSubRoles`].
pub type UpdateRoleRequestSubRoles = CreateRoleRequestSubRoles;
/// `UpdateRoleResponseBody`: the same model as [`CreateRoleResponseBody`].
pub type UpdateRoleResponseBody = CreateRoleResponseBody;
/// `UpdateSheetResponseBody`: the same model as [`CreateSheetResponseBody`].
pub type UpdateSheetResponseBody = CreateSheetResponseBody;
/// `CreateRoleResponseBodySubRoles`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateRoleResponseBodySubRoles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateRoleResponseBodySubRoles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authLevel" => rt::read_field(map, &mut self.auth_level),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "config" => rt::read_field(map, &mut self.config),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateRoleResponseBodySubRoles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authLevel", &self.auth_level)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("config", &self.config)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `GetAllFieldsResponseBodyValue`: the same model as [`CreateFieldResponseBody`].
pub type GetAllFieldsResponseBodyValue = CreateFieldResponseBody;
/// `GetAllSheetsResponseBodyValue`: the same model as [`CreateSheetResponseBody`].
pub type GetAllSheetsResponseBodyValue = CreateSheetResponseBody;
/// `GetRecordResponseBodyCreatedBy`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecordResponseBodyCreatedBy {
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecordResponseBodyCreatedBy {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecordResponseBodyCreatedBy {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecordResponseBodyCreatedBy {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListRecordsRequestFilterConditions {
    /// `field`.
    pub field: String,
    /// `operator`.
    pub operator: String,
    /// `value`.
    pub value: Option<Vec<rt::serde_json::Value>>,
}
impl ListRecordsRequestFilterConditions {
    /// A `ListRecordsRequestFilterConditions` with its required fields (`field`, `operator`); set the others with the methods named after them.
    pub fn new(field: impl Into<String>, operator: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            operator: operator.into(),
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
impl rt::serde::Serialize for ListRecordsRequestFilterConditions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("field", &self.field)?;
        object.field("operator", &self.operator)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRecordsRequestFilterConditions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRecordsRequestFilterConditions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "field" => rt::read_field(map, &mut self.field),
            "operator" => rt::read_field(map, &mut self.operator),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `ListRecordsResponseBodyRecords`: the same model as [`GetRecordResponseBody`].
pub type ListRecordsResponseBodyRecords = GetRecordResponseBody;
/// `ListWorkflowsResponseBodyWorkflows`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListWorkflowsResponseBodyWorkflows {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListWorkflowsResponseBodyWorkflows {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "flowId" => rt::read_field(map, &mut self.flow_id),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            "versionId" => rt::read_field(map, &mut self.version_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListWorkflowsResponseBodyWorkflows {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("flowId", &self.flow_id)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.optional("versionId", &self.version_id)?;
        object.end()
    }
}
/// `PrepareSetRichTextResponseBodyUploadInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrepareSetRichTextResponseBodyUploadInfos {
    /// `resourceId`.
    pub resource_id: Option<String>,
    /// `resourceUrl`.
    pub resource_url: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PrepareSetRichTextResponseBodyUploadInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PrepareSetRichTextResponseBodyUploadInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resourceId" => rt::read_field(map, &mut self.resource_id),
            "resourceUrl" => rt::read_field(map, &mut self.resource_url),
            "uploadUrl" => rt::read_field(map, &mut self.upload_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PrepareSetRichTextResponseBodyUploadInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resourceId", &self.resource_id)?;
        object.optional("resourceUrl", &self.resource_url)?;
        object.optional("uploadUrl", &self.upload_url)?;
        object.end()
    }
}
/// `QueryDocAllRolesResponseBodyAllRoles`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDocAllRolesResponseBodyAllRoles {
    /// `members`.
    pub members: Option<Vec<QueryDocAllRolesResponseBodyAllRolesMembers>>,
    /// `role`.
    pub role: Option<QueryDocAllRolesResponseBodyAllRolesRole>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDocAllRolesResponseBodyAllRoles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDocAllRolesResponseBodyAllRoles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "role" => rt::read_field(map, &mut self.role),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDocAllRolesResponseBodyAllRoles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("members", &self.members)?;
        object.optional("role", &self.role)?;
        object.end()
    }
}
/// `QueryDocAllRolesResponseBodyDefaultRole`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDocAllRolesResponseBodyDefaultRole {
    /// `mode`.
    pub mode: Option<i64>,
    /// `roleId`.
    pub role_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDocAllRolesResponseBodyDefaultRole {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDocAllRolesResponseBodyDefaultRole {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mode" => rt::read_field(map, &mut self.mode),
            "roleId" => rt::read_field(map, &mut self.role_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDocAllRolesResponseBodyDefaultRole {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mode", &self.mode)?;
        object.optional("roleId", &self.role_id)?;
        object.end()
    }
}
/// `QueryExternalAuthControlledSheetsResponseBodySheets`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryExternalAuthControlledSheetsResponseBodySheets {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryExternalAuthControlledSheetsResponseBodySheets {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "externalAuthType" => rt::read_field(map, &mut self.external_auth_type),
            "externalConfig" => rt::read_field(map, &mut self.external_config),
            "markedBy" => rt::read_field(map, &mut self.marked_by),
            "markedTime" => rt::read_field(map, &mut self.marked_time),
            "sheetId" => rt::read_field(map, &mut self.sheet_id),
            "sheetName" => rt::read_field(map, &mut self.sheet_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryExternalAuthControlledSheetsResponseBodySheets {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("externalAuthType", &self.external_auth_type)?;
        object.optional("externalConfig", &self.external_config)?;
        object.optional("markedBy", &self.marked_by)?;
        object.optional("markedTime", &self.marked_time)?;
        object.optional("sheetId", &self.sheet_id)?;
        object.optional("sheetName", &self.sheet_name)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryDocAllRolesResponseBodyAllRolesMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDocAllRolesResponseBodyAllRolesMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatar" => rt::read_field(map, &mut self.avatar),
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberIdBelongOrgId" => {
                rt::read_field(map, &mut self.member_id_belong_org_id)
            }
            "memberType" => rt::read_field(map, &mut self.member_type),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDocAllRolesResponseBodyAllRolesMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberIdBelongOrgId", &self.member_id_belong_org_id)?;
        object.optional("memberType", &self.member_type)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `QueryDocAllRolesResponseBodyAllRolesRole`: the same model as [`CreateRoleResponseBody`].
pub type QueryDocAllRolesResponseBodyAllRolesRole = CreateRoleResponseBody;
/// `QueryDocAllRolesResponseBodyAllRolesRoleSubRoles`: the same model as [`CreateRoleResponseBodySubRoles`].
pub type QueryDocAllRolesResponseBodyAllRolesRoleSubRoles = CreateRoleResponseBodySubRoles;
/// The request of [`Api::add_role_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddRoleMemberRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `roleMemberList`.
    pub role_member_list: Option<Vec<AddRoleMemberRequestRoleMemberList>>,
}
impl AddRoleMemberRequest {
    /// A `AddRoleMemberRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for AddRoleMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleMemberList", &self.role_member_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddRoleMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddRoleMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "roleMemberList" => rt::read_field(map, &mut self.role_member_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddRoleMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::change_switch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ChangeSwitchRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `value`.
    pub value: bool,
}
impl ChangeSwitchRequest {
    /// A `ChangeSwitchRequest` with its required fields (`operatorId`, `value`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, value: bool) -> Self {
        Self {
            operator_id: operator_id.into(),
            value,
        }
    }
}
impl rt::serde::Serialize for ChangeSwitchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ChangeSwitchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ChangeSwitchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ChangeSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_workflow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CopyWorkflowRequest {
    /// A `CopyWorkflowRequest` with its required fields (`operatorId`, `flowId`, `flowVersionId`, `sourceBaseId`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        flow_id: impl Into<String>,
        flow_version_id: impl Into<String>,
        source_base_id: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            flow_id: flow_id.into(),
            flow_version_id: flow_version_id.into(),
            is_system: None,
            source_base_id: source_base_id.into(),
        }
    }
    /// Sets `isSystem`.
    pub fn is_system(mut self, value: bool) -> Self {
        self.is_system = Some(value);
        self
    }
}
impl rt::serde::Serialize for CopyWorkflowRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("flowId", &self.flow_id)?;
        object.field("flowVersionId", &self.flow_version_id)?;
        object.optional("isSystem", &self.is_system)?;
        object.field("sourceBaseId", &self.source_base_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyWorkflowRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyWorkflowRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "flowId" => rt::read_field(map, &mut self.flow_id),
            "flowVersionId" => rt::read_field(map, &mut self.flow_version_id),
            "isSystem" => rt::read_field(map, &mut self.is_system),
            "sourceBaseId" => rt::read_field(map, &mut self.source_base_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyWorkflowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateFieldRequest {
    /// A `CreateFieldRequest` with its required fields (`operatorId`, `name`, `type`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
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
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "name" => rt::read_field(map, &mut self.name),
            "property" => rt::read_field(map, &mut self.property),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateRoleRequest {
    /// A `CreateRoleRequest` with its required fields (`operatorId`, `name`, `roleType`, `subRoles`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        name: impl Into<String>,
        role_type: impl Into<String>,
        sub_roles: impl IntoIterator<Item = CreateRoleRequestSubRoles>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            flow_type: None,
            id: None,
            name: name.into(),
            role_type: role_type.into(),
            sub_roles: sub_roles.into_iter().collect(),
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
impl rt::serde::Serialize for CreateRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("flowType", &self.flow_type)?;
        object.optional("id", &self.id)?;
        object.field("name", &self.name)?;
        object.field("roleType", &self.role_type)?;
        object.field("subRoles", &self.sub_roles)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "flowType" => rt::read_field(map, &mut self.flow_type),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "roleType" => rt::read_field(map, &mut self.role_type),
            "subRoles" => rt::read_field(map, &mut self.sub_roles),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `fields`.
    pub fields: Option<Vec<CreateSheetRequestFields>>,
    /// `name`.
    pub name: Option<String>,
}
impl CreateSheetRequest {
    /// A `CreateSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "fields" => rt::read_field(map, &mut self.fields),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteFieldRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteFieldRequest {
    /// A `DeleteFieldRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecordsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `recordIds`.
    pub record_ids: Vec<String>,
}
impl DeleteRecordsRequest {
    /// A `DeleteRecordsRequest` with its required fields (`operatorId`, `recordIds`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        record_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
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
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "recordIds" => rt::read_field(map, &mut self.record_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRoleRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `roleId`.
    pub role_id: i64,
}
impl DeleteRoleRequest {
    /// A `DeleteRoleRequest` with its required fields (`operatorId`, `roleId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, role_id: i64) -> Self {
        Self {
            operator_id: operator_id.into(),
            role_id,
        }
    }
}
impl rt::serde::Serialize for DeleteRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("roleId", &self.role_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "roleId" => rt::read_field(map, &mut self.role_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteSheetRequest {
    /// A `DeleteSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_workflow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkflowRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteWorkflowRequest {
    /// A `DeleteWorkflowRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteWorkflowRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteWorkflowRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteWorkflowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::disable_workflow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DisableWorkflowRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DisableWorkflowRequest {
    /// A `DisableWorkflowRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DisableWorkflowRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DisableWorkflowRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DisableWorkflowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::enable_workflow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct EnableWorkflowRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl EnableWorkflowRequest {
    /// A `EnableWorkflowRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EnableWorkflowRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EnableWorkflowRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EnableWorkflowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::execute_import`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExecuteImportRequest {
    /// A `ExecuteImportRequest` with its required fields (`operatorId`, `importId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, import_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            append_config: None,
            encryption: None,
            import_id: import_id.into(),
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
impl rt::serde::Serialize for ExecuteImportRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appendConfig", &self.append_config)?;
        object.optional("encryption", &self.encryption)?;
        object.field("importId", &self.import_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteImportRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteImportRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "appendConfig" => rt::read_field(map, &mut self.append_config),
            "encryption" => rt::read_field(map, &mut self.encryption),
            "importId" => rt::read_field(map, &mut self.import_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExecuteImportRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_all_fields`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAllFieldsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetAllFieldsRequest {
    /// A `GetAllFieldsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAllFieldsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAllFieldsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAllFieldsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_all_sheets`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAllSheetsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetAllSheetsRequest {
    /// A `GetAllSheetsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAllSheetsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAllSheetsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAllSheetsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_import_encrypt_public_key`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetImportEncryptPublicKeyRequest {
    /// `keyVersion`: a query parameter.
    pub key_version: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetImportEncryptPublicKeyRequest {
    /// A `GetImportEncryptPublicKeyRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            key_version: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `keyVersion`.
    pub fn key_version(mut self, value: impl Into<String>) -> Self {
        self.key_version = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetImportEncryptPublicKeyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetImportEncryptPublicKeyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyVersion" => rt::read_field(map, &mut self.key_version),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetImportEncryptPublicKeyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("keyVersion", &self.key_version);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRecordRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetRecordRequest {
    /// A `GetRecordRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRecordsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetRecordsRequest {
    /// A `GetRecordsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            operator_id: operator_id.into(),
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
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetSheetRequest {
    /// A `GetSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_switch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSwitchRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetSwitchRequest {
    /// A `GetSwitchRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSwitchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSwitchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_user_doc_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserDocRolesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetUserDocRolesRequest {
    /// A `GetUserDocRolesRequest` with its required fields (`operatorId`, `unionId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserDocRolesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserDocRolesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserDocRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::insert_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertRecordsRequest {
    /// `clientToken`: a query parameter.
    pub client_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `records`.
    pub records: Vec<InsertRecordsRequestRecords>,
}
impl InsertRecordsRequest {
    /// A `InsertRecordsRequest` with its required fields (`operatorId`, `records`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        records: impl IntoIterator<Item = InsertRecordsRequestRecords>,
    ) -> Self {
        Self {
            client_token: None,
            operator_id: operator_id.into(),
            records: records.into_iter().collect(),
        }
    }
    /// Sets `clientToken`.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.client_token = Some(value.into());
        self
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
            "clientToken" => rt::read_field(map, &mut self.client_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListRecordsRequest {
    /// A `ListRecordsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for ListRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("calcFields", &self.calc_fields)?;
        object.optional("fieldIdOrNames", &self.field_id_or_names)?;
        object.optional("filter", &self.filter)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "calcFields" => rt::read_field(map, &mut self.calc_fields),
            "fieldIdOrNames" => rt::read_field(map, &mut self.field_id_or_names),
            "filter" => rt::read_field(map, &mut self.filter),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_workflows`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListWorkflowsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `limit`.
    pub limit: Option<i64>,
    /// `offset`.
    pub offset: Option<i64>,
}
impl ListWorkflowsRequest {
    /// A `ListWorkflowsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for ListWorkflowsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("limit", &self.limit)?;
        object.optional("offset", &self.offset)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListWorkflowsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListWorkflowsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "limit" => rt::read_field(map, &mut self.limit),
            "offset" => rt::read_field(map, &mut self.offset),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListWorkflowsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::mark_external_auth_controlled_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl MarkExternalAuthControlledSheetRequest {
    /// A `MarkExternalAuthControlledSheetRequest` with its required fields (`operatorId`, `externalAuthType`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        external_auth_type: impl Into<String>,
    ) -> Self {
        Self {
            client_token: None,
            operator_id: operator_id.into(),
            data_level: None,
            external_auth_type: external_auth_type.into(),
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
impl rt::serde::Serialize for MarkExternalAuthControlledSheetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataLevel", &self.data_level)?;
        object.field("externalAuthType", &self.external_auth_type)?;
        object.optional("externalConfig", &self.external_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MarkExternalAuthControlledSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MarkExternalAuthControlledSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clientToken" => rt::read_field(map, &mut self.client_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "dataLevel" => rt::read_field(map, &mut self.data_level),
            "externalAuthType" => rt::read_field(map, &mut self.external_auth_type),
            "externalConfig" => rt::read_field(map, &mut self.external_config),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PrepareImportUploadRequest {
    /// A `PrepareImportUploadRequest` with its required fields (`operatorId`, `fileExtension`, `fileName`, `fileSize`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        file_extension: impl Into<String>,
        file_name: impl Into<String>,
        file_size: i64,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            file_extension: file_extension.into(),
            file_name: file_name.into(),
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
impl rt::serde::Serialize for PrepareImportUploadRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileExtension", &self.file_extension)?;
        object.field("fileName", &self.file_name)?;
        object.field("fileSize", &self.file_size)?;
        object.optional("tableNames", &self.table_names)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PrepareImportUploadRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PrepareImportUploadRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "fileExtension" => rt::read_field(map, &mut self.file_extension),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "tableNames" => rt::read_field(map, &mut self.table_names),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PrepareImportUploadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::prepare_set_rich_text`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PrepareSetRichTextRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `markdown`.
    pub markdown: Option<String>,
}
impl PrepareSetRichTextRequest {
    /// A `PrepareSetRichTextRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            markdown: None,
        }
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: impl Into<String>) -> Self {
        self.markdown = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PrepareSetRichTextRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("markdown", &self.markdown)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PrepareSetRichTextRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PrepareSetRichTextRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "markdown" => rt::read_field(map, &mut self.markdown),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PrepareSetRichTextRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::query_changed_record_ids_by_client_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryChangedRecordIdsByClientTokenRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `clientToken`.
    pub client_token: String,
}
impl QueryChangedRecordIdsByClientTokenRequest {
    /// A `QueryChangedRecordIdsByClientTokenRequest` with its required fields (`operatorId`, `clientToken`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, client_token: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            client_token: client_token.into(),
        }
    }
}
impl rt::serde::Serialize for QueryChangedRecordIdsByClientTokenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("clientToken", &self.client_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryChangedRecordIdsByClientTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryChangedRecordIdsByClientTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "clientToken" => rt::read_field(map, &mut self.client_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryChangedRecordIdsByClientTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::query_doc_all_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryDocAllRolesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl QueryDocAllRolesRequest {
    /// A `QueryDocAllRolesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryDocAllRolesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryDocAllRolesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryDocAllRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::query_external_auth_controlled_sheets`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryExternalAuthControlledSheetsRequest {
    /// A `QueryExternalAuthControlledSheetsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            external_auth_type: None,
            next_token: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryExternalAuthControlledSheetsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryExternalAuthControlledSheetsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "externalAuthType" => rt::read_field(map, &mut self.external_auth_type),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryImportStatusRequest {
    /// `importId`: a query parameter.
    pub import_id: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl QueryImportStatusRequest {
    /// A `QueryImportStatusRequest` with its required fields (`importId`, `operatorId`); set the others with the methods named after them.
    pub fn new(import_id: impl Into<String>, operator_id: impl Into<String>) -> Self {
        Self {
            import_id: import_id.into(),
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryImportStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryImportStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "importId" => rt::read_field(map, &mut self.import_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryImportStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("importId", &self.import_id);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::rebuild_role_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RebuildRoleMembersRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `defaultRoleDTO`.
    pub default_role_dto: RebuildRoleMembersRequestDefaultRoleDTO,
    /// `toRoleMemberDTOMap`.
    pub to_role_member_dto_map: rt::BTreeMap<String, Vec<ToRoleMemberDTOMapValue>>,
}
impl RebuildRoleMembersRequest {
    /// A `RebuildRoleMembersRequest` with its required fields (`operatorId`, `defaultRoleDTO`, `toRoleMemberDTOMap`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        default_role_dto: RebuildRoleMembersRequestDefaultRoleDTO,
        to_role_member_dto_map: impl IntoIterator<
            Item = (impl Into<String>, Vec<ToRoleMemberDTOMapValue>),
        >,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            default_role_dto,
            to_role_member_dto_map: to_role_member_dto_map
                .into_iter()
                .map(|(k, v)| (k.into(), v))
                .collect(),
        }
    }
}
impl rt::serde::Serialize for RebuildRoleMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("defaultRoleDTO", &self.default_role_dto)?;
        object.field("toRoleMemberDTOMap", &self.to_role_member_dto_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RebuildRoleMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RebuildRoleMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "defaultRoleDTO" => rt::read_field(map, &mut self.default_role_dto),
            "toRoleMemberDTOMap" => rt::read_field(map, &mut self.to_role_member_dto_map),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RebuildRoleMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::truncate_sheet_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TruncateSheetRecordsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl TruncateSheetRecordsRequest {
    /// A `TruncateSheetRecordsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TruncateSheetRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TruncateSheetRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TruncateSheetRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::unmark_external_auth_controlled_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnmarkExternalAuthControlledSheetRequest {
    /// `clientToken`: a query parameter.
    pub client_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl UnmarkExternalAuthControlledSheetRequest {
    /// A `UnmarkExternalAuthControlledSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            client_token: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `clientToken`.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.client_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnmarkExternalAuthControlledSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnmarkExternalAuthControlledSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clientToken" => rt::read_field(map, &mut self.client_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UnmarkExternalAuthControlledSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("clientToken", &self.client_token);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::update_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateFieldRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `name`.
    pub name: String,
    /// `property`.
    pub property: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl UpdateFieldRequest {
    /// A `UpdateFieldRequest` with its required fields (`operatorId`, `name`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "name" => rt::read_field(map, &mut self.name),
            "property" => rt::read_field(map, &mut self.property),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRecordsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `records`.
    pub records: Vec<UpdateRecordsRequestRecords>,
}
impl UpdateRecordsRequest {
    /// A `UpdateRecordsRequest` with its required fields (`operatorId`, `records`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        records: impl IntoIterator<Item = UpdateRecordsRequestRecords>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
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
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateRoleRequest {
    /// A `UpdateRoleRequest` with its required fields (`operatorId`, `id`, `name`, `roleType`, `subRoles`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        id: i64,
        name: impl Into<String>,
        role_type: impl Into<String>,
        sub_roles: impl IntoIterator<Item = UpdateRoleRequestSubRoles>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            flow_type: None,
            id,
            name: name.into(),
            role_type: role_type.into(),
            sub_roles: sub_roles.into_iter().collect(),
        }
    }
    /// Sets `flowType`.
    pub fn flow_type(mut self, value: impl Into<String>) -> Self {
        self.flow_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("flowType", &self.flow_type)?;
        object.field("id", &self.id)?;
        object.field("name", &self.name)?;
        object.field("roleType", &self.role_type)?;
        object.field("subRoles", &self.sub_roles)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "flowType" => rt::read_field(map, &mut self.flow_type),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "roleType" => rt::read_field(map, &mut self.role_type),
            "subRoles" => rt::read_field(map, &mut self.sub_roles),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `name`.
    pub name: String,
}
impl UpdateSheetRequest {
    /// A `UpdateSheetRequest` with its required fields (`operatorId`, `name`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            name: name.into(),
        }
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
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
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
