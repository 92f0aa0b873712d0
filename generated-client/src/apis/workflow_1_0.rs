// @generated from api-spec/workflow_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.workflow_1_0()`. Generated from `api-spec/workflow_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `workflow_1_0`. Get it with `client.workflow_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 授权下载审批钉盘文件
    ///
    /// `POST /v1.0/workflow/processInstances/spaces/files/authDownload` (operation `AddApproveDentryAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddApproveDentryAuthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_approve_dentry_auth(
        &self,
        request: &AddApproveDentryAuthRequest,
    ) -> rt::Call<AddApproveDentryAuthResponseBody, AddApproveDentryAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddApproveDentryAuth",
            rt::Method::Post,
            "/v1.0/workflow/processInstances/spaces/files/authDownload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加审批评论
    ///
    /// `POST /v1.0/workflow/processInstances/comments` (operation `AddProcessInstanceComment`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddProcessInstanceCommentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_process_instance_comment(
        &self,
        request: &AddProcessInstanceCommentRequest,
    ) -> rt::Call<
        AddProcessInstanceCommentResponseBody,
        AddProcessInstanceCommentError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddProcessInstanceComment",
            rt::Method::Post,
            "/v1.0/workflow/processInstances/comments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 归档审批实例(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/processInstances/archive` (operation `ArchiveProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ArchiveProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn archive_process_instance(
        &self,
        request: &ArchiveProcessInstanceRequest,
    ) -> rt::Call<ArchiveProcessInstanceResponseBody, ArchiveProcessInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ArchiveProcessInstance",
            rt::Method::Post,
            "/v1.0/workflow/premium/processInstances/archive",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量同意或拒绝审批任务
    ///
    /// `POST /v1.0/workflow/processInstances/batchExecute` (operation `BatchExecuteProcessInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchExecuteProcessInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_execute_process_instances(
        &self,
        request: &BatchExecuteProcessInstancesRequest,
    ) -> rt::Call<
        BatchExecuteProcessInstancesResponseBody,
        BatchExecuteProcessInstancesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchExecuteProcessInstances",
            rt::Method::Post,
            "/v1.0/workflow/processInstances/batchExecute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量流程审批任务转交
    ///
    /// `POST /v1.0/workflow/tasks/batchRedirect` (operation `BatchTasksRedirect`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchTasksRedirectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_tasks_redirect(
        &self,
        request: &BatchTasksRedirectRequest,
    ) -> rt::Call<BatchTasksRedirectResponseBody, BatchTasksRedirectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchTasksRedirect",
            rt::Method::Post,
            "/v1.0/workflow/tasks/batchRedirect",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量更新实例状态
    ///
    /// `PUT /v1.0/workflow/processCentres/instances/batch` (operation `BatchUpdateProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchUpdateProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_update_process_instance(
        &self,
        request: &BatchUpdateProcessInstanceRequest,
    ) -> rt::Call<
        BatchUpdateProcessInstanceResponseBody,
        BatchUpdateProcessInstanceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateProcessInstance",
            rt::Method::Put,
            "/v1.0/workflow/processCentres/instances/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量取消流程中心待处理任务
    ///
    /// `POST /v1.0/workflow/processCentres/tasks/cancel` (operation `CancelIntegratedTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelIntegratedTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn cancel_integrated_task(
        &self,
        request: &CancelIntegratedTaskRequest,
    ) -> rt::Call<CancelIntegratedTaskResponseBody, CancelIntegratedTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelIntegratedTask",
            rt::Method::Post,
            "/v1.0/workflow/processCentres/tasks/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 清理审批数据
    ///
    /// `POST /v1.0/workflow/processes/clean` (operation `CleanProcessData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CleanProcessDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn clean_process_data(
        &self,
        request: &CleanProcessDataRequest,
    ) -> rt::Call<CleanProcessDataResponseBody, CleanProcessDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CleanProcessData",
            rt::Method::Post,
            "/v1.0/workflow/processes/clean",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 复制审批流
    ///
    /// `POST /v1.0/workflow/processes/copy` (operation `CopyProcess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyProcessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn copy_process(
        &self,
        request: &CopyProcessRequest,
    ) -> rt::Call<CopyProcessResponseBody, CopyProcessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyProcess",
            rt::Method::Post,
            "/v1.0/workflow/processes/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建流程中心待处理任务
    ///
    /// `POST /v1.0/workflow/processCentres/tasks` (operation `CreateIntegratedTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateIntegratedTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_integrated_task(
        &self,
        request: &CreateIntegratedTaskRequest,
    ) -> rt::Call<CreateIntegratedTaskResponseBody, CreateIntegratedTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateIntegratedTask",
            rt::Method::Post,
            "/v1.0/workflow/processCentres/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除分组
    ///
    /// `DELETE /v1.0/workflow/processCentres/directories` (operation `DeleteDir`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteDirError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_dir(
        &self,
        request: &DeleteDirRequest,
    ) -> rt::Call<DeleteDirResponseBody, DeleteDirError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteDir",
            rt::Method::Delete,
            "/v1.0/workflow/processCentres/directories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除模板
    ///
    /// `DELETE /v1.0/workflow/processCentres/schemas` (operation `DeleteProcess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteProcessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_process(
        &self,
        request: &DeleteProcessRequest,
    ) -> rt::Call<DeleteProcessResponseBody, DeleteProcessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteProcess",
            rt::Method::Delete,
            "/v1.0/workflow/processCentres/schemas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同意或拒绝审批任务
    ///
    /// `POST /v1.0/workflow/processInstances/execute` (operation `ExecuteProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExecuteProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn execute_process_instance(
        &self,
        request: &ExecuteProcessInstanceRequest,
    ) -> rt::Call<ExecuteProcessInstanceResponseBody, ExecuteProcessInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteProcessInstance",
            rt::Method::Post,
            "/v1.0/workflow/processInstances/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建或更新审批表单模板
    ///
    /// `POST /v1.0/workflow/forms` (operation `FormCreate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FormCreateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn form_create(
        &self,
        request: &FormCreateRequest,
    ) -> rt::Call<FormCreateResponseBody, FormCreateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FormCreate",
            rt::Method::Post,
            "/v1.0/workflow/forms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取审批钉盘空间信息
    ///
    /// `POST /v1.0/workflow/processInstances/spaces/infos/query` (operation `GetAttachmentSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAttachmentSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_attachment_space(
        &self,
        request: &GetAttachmentSpaceRequest,
    ) -> rt::Call<GetAttachmentSpaceResponseBody, GetAttachmentSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAttachmentSpace",
            rt::Method::Post,
            "/v1.0/workflow/processInstances/spaces/infos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询已设置为条件的表单组件
    ///
    /// `GET /v1.0/workflow/processes/conditions/components` (operation `GetConditionFormComponent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConditionFormComponentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_condition_form_component(
        &self,
        request: &GetConditionFormComponentRequest,
    ) -> rt::Call<
        GetConditionFormComponentResponseBody,
        GetConditionFormComponentError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConditionFormComponent",
            rt::Method::Get,
            "/v1.0/workflow/processes/conditions/components",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取CRM所有流程code
    ///
    /// `GET /v1.0/workflow/crm/processes` (operation `GetCrmProcCodes`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCrmProcCodesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_crm_proc_codes(
        &self,
    ) -> rt::Call<GetCrmProcCodesResponseBody, GetCrmProcCodesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCrmProcCodes",
            rt::Method::Get,
            "/v1.0/workflow/crm/processes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取表单字段修改历史
    ///
    /// `POST /v1.0/workflow/processes/fields/modifiedRecords/query` (operation `GetFieldModifiedHistory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFieldModifiedHistoryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_field_modified_history(
        &self,
        request: &GetFieldModifiedHistoryRequest,
    ) -> rt::Call<GetFieldModifiedHistoryResponseBody, GetFieldModifiedHistoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFieldModifiedHistory",
            rt::Method::Post,
            "/v1.0/workflow/processes/fields/modifiedRecords/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取手写签名的下载链接
    ///
    /// `POST /v1.0/workflow/premium/processInstances/handSigns/downloadUrls/query` (operation `GetHandSignDownloadUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetHandSignDownloadUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_hand_sign_download_url(
        &self,
        request: &GetHandSignDownloadUrlRequest,
    ) -> rt::Call<GetHandSignDownloadUrlResponseBody, GetHandSignDownloadUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetHandSignDownloadUrl",
            rt::Method::Post,
            "/v1.0/workflow/premium/processInstances/handSigns/downloadUrls/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取当前企业所有可管理的表单
    ///
    /// `GET /v1.0/workflow/processes/managements/templates` (operation `GetManageProcessByStaffId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetManageProcessByStaffIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_manage_process_by_staff_id(
        &self,
        request: &GetManageProcessByStaffIdRequest,
    ) -> rt::Call<
        GetManageProcessByStaffIdResponseBody,
        GetManageProcessByStaffIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetManageProcessByStaffId",
            rt::Method::Get,
            "/v1.0/workflow/processes/managements/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取模板code
    ///
    /// `GET /v1.0/workflow/processCentres/schemaNames/processCodes` (operation `GetProcessCodeByName`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProcessCodeByNameError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_process_code_by_name(
        &self,
        request: &GetProcessCodeByNameRequest,
    ) -> rt::Call<GetProcessCodeByNameResponseBody, GetProcessCodeByNameError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessCodeByName",
            rt::Method::Get,
            "/v1.0/workflow/processCentres/schemaNames/processCodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程配置
    ///
    /// `GET /v1.0/workflow/crm/processes/configurations` (operation `GetProcessConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProcessConfigError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_process_config(
        &self,
        request: &GetProcessConfigRequest,
    ) -> rt::Call<GetProcessConfigResponseBody, GetProcessConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessConfig",
            rt::Method::Get,
            "/v1.0/workflow/crm/processes/configurations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取单个审批实例详情
    ///
    /// `GET /v1.0/workflow/processInstances` (operation `GetProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_process_instance(
        &self,
        request: &GetProcessInstanceRequest,
    ) -> rt::Call<GetProcessInstanceResponseBody, GetProcessInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessInstance",
            rt::Method::Get,
            "/v1.0/workflow/processInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取审批单详情高级接口，可以返回审批流程中的手写签名密码消息
    ///
    /// `GET /v1.0/workflow/premium/processInstances` (operation `GetProcessInstanceWithExtra`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProcessInstanceWithExtraError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_process_instance_with_extra(
        &self,
        request: &GetProcessInstanceWithExtraRequest,
    ) -> rt::Call<
        GetProcessInstanceWithExtraResponseBody,
        GetProcessInstanceWithExtraError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessInstanceWithExtra",
            rt::Method::Get,
            "/v1.0/workflow/premium/processInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据模版code列表批量查询模板最新表单和流程配置
    ///
    /// `POST /v1.0/workflow/processes/templates/batchQuery` (operation `GetSchemaAndProcessconfigBatchlly`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSchemaAndProcessconfigBatchllyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_schema_and_processconfig_batchlly(
        &self,
        request: &GetSchemaAndProcessconfigBatchllyRequest,
    ) -> rt::Call<
        GetSchemaAndProcessconfigBatchllyResponseBody,
        GetSchemaAndProcessconfigBatchllyError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSchemaAndProcessconfigBatchlly",
            rt::Method::Post,
            "/v1.0/workflow/processes/templates/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 授权预览审批附件
    ///
    /// `POST /v1.0/workflow/processInstances/spaces/authPreview` (operation `GetSpaceWithDownloadAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSpaceWithDownloadAuthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_space_with_download_auth(
        &self,
        request: &GetSpaceWithDownloadAuthRequest,
    ) -> rt::Call<GetSpaceWithDownloadAuthResponseBody, GetSpaceWithDownloadAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpaceWithDownloadAuth",
            rt::Method::Post,
            "/v1.0/workflow/processInstances/spaces/authPreview",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户待审批数量
    ///
    /// `GET /v1.0/workflow/processes/todoTasks/numbers` (operation `GetUserTodoTaskSum`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserTodoTaskSumError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_todo_task_sum(
        &self,
        request: &GetUserTodoTaskSumRequest,
    ) -> rt::Call<GetUserTodoTaskSumResponseBody, GetUserTodoTaskSumError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserTodoTaskSum",
            rt::Method::Get,
            "/v1.0/workflow/processes/todoTasks/numbers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 授权用户钉盘空间权限
    ///
    /// `POST /v1.0/workflow/spaces/authorize` (operation `GrantCspaceAuthorization`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GrantCspaceAuthorizationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn grant_cspace_authorization(
        &self,
        request: &GrantCspaceAuthorizationRequest,
    ) -> rt::Call<(), GrantCspaceAuthorizationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GrantCspaceAuthorization",
            rt::Method::Post,
            "/v1.0/workflow/spaces/authorize",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 下载审批附件
    ///
    /// `POST /v1.0/workflow/processInstances/spaces/files/urls/download` (operation `GrantProcessInstanceForDownloadFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GrantProcessInstanceForDownloadFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn grant_process_instance_for_download_file(
        &self,
        request: &GrantProcessInstanceForDownloadFileRequest,
    ) -> rt::Call<
        GrantProcessInstanceForDownloadFileResponseBody,
        GrantProcessInstanceForDownloadFileError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GrantProcessInstanceForDownloadFile",
            rt::Method::Post,
            "/v1.0/workflow/processInstances/spaces/files/urls/download",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建或更新分组
    ///
    /// `POST /v1.0/workflow/processCentres/directories` (operation `InsertOrUpdateDir`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InsertOrUpdateDirError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn insert_or_update_dir(
        &self,
        request: &InsertOrUpdateDirRequest,
    ) -> rt::Call<InsertOrUpdateDirResponseBody, InsertOrUpdateDirError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertOrUpdateDir",
            rt::Method::Post,
            "/v1.0/workflow/processCentres/directories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 应用安装
    ///
    /// `POST /v1.0/workflow/processes/apps/install` (operation `InstallApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InstallAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn install_app(
        &self,
        request: &InstallAppRequest,
    ) -> rt::Call<InstallAppResponseBody, InstallAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InstallApp",
            rt::Method::Post,
            "/v1.0/workflow/processes/apps/install",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取审批实例ID列表
    ///
    /// `POST /v1.0/workflow/processes/instanceIds/query` (operation `ListProcessInstanceIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListProcessInstanceIdsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_process_instance_ids(
        &self,
        request: &ListProcessInstanceIdsRequest,
    ) -> rt::Call<ListProcessInstanceIdsResponseBody, ListProcessInstanceIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListProcessInstanceIds",
            rt::Method::Post,
            "/v1.0/workflow/processes/instanceIds/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户待办事项
    ///
    /// `GET /v1.0/workflow/workRecords/todoTasks` (operation `ListTodoWorkRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListTodoWorkRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_todo_work_records(
        &self,
        request: &ListTodoWorkRecordsRequest,
    ) -> rt::Call<ListTodoWorkRecordsResponseBody, ListTodoWorkRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListTodoWorkRecords",
            rt::Method::Get,
            "/v1.0/workflow/workRecords/todoTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取指定用户可见的审批表单列表
    ///
    /// `GET /v1.0/workflow/processes/userVisibilities/templates` (operation `ListUserVisibleBpmsProcesses`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListUserVisibleBpmsProcessesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_user_visible_bpms_processes(
        &self,
        request: &ListUserVisibleBpmsProcessesRequest,
    ) -> rt::Call<
        ListUserVisibleBpmsProcessesResponseBody,
        ListUserVisibleBpmsProcessesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListUserVisibleBpmsProcesses",
            rt::Method::Get,
            "/v1.0/workflow/processes/userVisibilities/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询实例数据
    ///
    /// `POST /v1.0/workflow/instances/datas` (operation `PagesExportInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PagesExportInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn pages_export_instances(
        &self,
        request: &PagesExportInstancesRequest,
    ) -> rt::Call<PagesExportInstancesResponseBody, PagesExportInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PagesExportInstances",
            rt::Method::Post,
            "/v1.0/workflow/instances/datas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 授权下载审批钉盘文件(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/processInstances/spaces/files/authDownload` (operation `PremiumAddApproveDentryAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumAddApproveDentryAuthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_add_approve_dentry_auth(
        &self,
        request: &PremiumAddApproveDentryAuthRequest,
    ) -> rt::Call<
        PremiumAddApproveDentryAuthResponseBody,
        PremiumAddApproveDentryAuthError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumAddApproveDentryAuth",
            rt::Method::Post,
            "/v1.0/workflow/premium/processInstances/spaces/files/authDownload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 加签OA审批任务(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/tasks/append` (operation `PremiumAppendTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumAppendTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_append_task(
        &self,
        request: &PremiumAppendTaskRequest,
    ) -> rt::Call<PremiumAppendTaskResponseBody, PremiumAppendTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumAppendTask",
            rt::Method::Post,
            "/v1.0/workflow/premium/tasks/append",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量同意或拒绝审批任务(OA高级版专享接口)
    ///
    /// `POST /v1.0/workflow/premium/processInstances/batchExecute` (operation `PremiumBatchExecuteProcessInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumBatchExecuteProcessInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_batch_execute_process_instances(
        &self,
        request: &PremiumBatchExecuteProcessInstancesRequest,
    ) -> rt::Call<
        PremiumBatchExecuteProcessInstancesResponseBody,
        PremiumBatchExecuteProcessInstancesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumBatchExecuteProcessInstances",
            rt::Method::Post,
            "/v1.0/workflow/premium/processInstances/batchExecute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除业务分组(高级版专享接口)
    ///
    /// `DELETE /v1.0/workflow/premium/processCentres/directories` (operation `PremiumDelDir`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumDelDirError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_del_dir(
        &self,
        request: &PremiumDelDirRequest,
    ) -> rt::Call<PremiumDelDirResponseBody, PremiumDelDirError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumDelDir",
            rt::Method::Delete,
            "/v1.0/workflow/premium/processCentres/directories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除数据表单实例(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/dataForms/formInstances/remove` (operation `PremiumDeleteFormInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumDeleteFormInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_delete_form_instance(
        &self,
        request: &PremiumDeleteFormInstanceRequest,
    ) -> rt::Call<
        PremiumDeleteFormInstanceResponseBody,
        PremiumDeleteFormInstanceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumDeleteFormInstance",
            rt::Method::Post,
            "/v1.0/workflow/premium/dataForms/formInstances/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取审批钉盘空间信息(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/processInstances/spaces/infos/query` (operation `PremiumGetAttachmentSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetAttachmentSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_attachment_space(
        &self,
        request: &PremiumGetAttachmentSpaceRequest,
    ) -> rt::Call<
        PremiumGetAttachmentSpaceResponseBody,
        PremiumGetAttachmentSpaceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetAttachmentSpace",
            rt::Method::Post,
            "/v1.0/workflow/premium/processInstances/spaces/infos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询审批中心已处理任务列表(OA高级版专享接口)
    ///
    /// `GET /v1.0/workflow/premium/processCentres/doneTasks` (operation `PremiumGetDoneTasks`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetDoneTasksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_done_tasks(
        &self,
        request: &PremiumGetDoneTasksRequest,
    ) -> rt::Call<PremiumGetDoneTasksResponseBody, PremiumGetDoneTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetDoneTasks",
            rt::Method::Get,
            "/v1.0/workflow/premium/processCentres/doneTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取字段修改历史(高级版专享接口)
    ///
    /// `POST /v1.0/workflow/premium/processes/fields/modifiedRecords/query` (operation `PremiumGetFieldModifiedHistory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetFieldModifiedHistoryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_field_modified_history(
        &self,
        request: &PremiumGetFieldModifiedHistoryRequest,
    ) -> rt::Call<
        PremiumGetFieldModifiedHistoryResponseBody,
        PremiumGetFieldModifiedHistoryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetFieldModifiedHistory",
            rt::Method::Post,
            "/v1.0/workflow/premium/processes/fields/modifiedRecords/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取单个数据表单实例详情(OA高级版专享)
    ///
    /// `GET /v1.0/workflow/premium/dataForms/formInstances` (operation `PremiumGetFormInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetFormInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_form_instance(
        &self,
        request: &PremiumGetFormInstanceRequest,
    ) -> rt::Call<PremiumGetFormInstanceResponseBody, PremiumGetFormInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetFormInstance",
            rt::Method::Get,
            "/v1.0/workflow/premium/dataForms/formInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据formCode分页获取数据表单实例(OA高级版专享)
    ///
    /// `GET /v1.0/workflow/premium/dataForms/formInstances/pages` (operation `PremiumGetFormInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetFormInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_form_instances(
        &self,
        request: &PremiumGetFormInstancesRequest,
    ) -> rt::Call<PremiumGetFormInstancesResponseBody, PremiumGetFormInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetFormInstances",
            rt::Method::Get,
            "/v1.0/workflow/premium/dataForms/formInstances/pages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过formCode获取数据表单schema(OA高级版专享)
    ///
    /// `GET /v1.0/workflow/premium/dataForms/schema/formCodes` (operation `PremiumGetFormSchema`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetFormSchemaError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_form_schema(
        &self,
        request: &PremiumGetFormSchemaRequest,
    ) -> rt::Call<PremiumGetFormSchemaResponseBody, PremiumGetFormSchemaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetFormSchema",
            rt::Method::Get,
            "/v1.0/workflow/premium/dataForms/schema/formCodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程表单字段操作权限(高级版专享接口)
    ///
    /// `POST /v1.0/workflow/premium/processes/fields/settings/query` (operation `PremiumGetInstFieldSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetInstFieldSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_inst_field_setting(
        &self,
        request: &PremiumGetInstFieldSettingRequest,
    ) -> rt::Call<
        PremiumGetInstFieldSettingResponseBody,
        PremiumGetInstFieldSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetInstFieldSetting",
            rt::Method::Post,
            "/v1.0/workflow/premium/processes/fields/settings/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询审批中心我收到的实例列表(OA高级版专享接口)
    ///
    /// `GET /v1.0/workflow/premium/processCentres/noticedInstances` (operation `PremiumGetNoticedInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetNoticedInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_noticed_instances(
        &self,
        request: &PremiumGetNoticedInstancesRequest,
    ) -> rt::Call<
        PremiumGetNoticedInstancesResponseBody,
        PremiumGetNoticedInstancesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetNoticedInstances",
            rt::Method::Get,
            "/v1.0/workflow/premium/processCentres/noticedInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据processCode分页获取审批流程数据(高级版专享接口)
    ///
    /// `GET /v1.0/workflow/premium/processes/pages/instances` (operation `PremiumGetProcessInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetProcessInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_process_instances(
        &self,
        request: &PremiumGetProcessInstancesRequest,
    ) -> rt::Call<
        PremiumGetProcessInstancesResponseBody,
        PremiumGetProcessInstancesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetProcessInstances",
            rt::Method::Get,
            "/v1.0/workflow/premium/processes/pages/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 授权预览审批附件(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/processInstances/spaces/authPreview` (operation `PremiumGetSpaceWithDownloadAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetSpaceWithDownloadAuthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_space_with_download_auth(
        &self,
        request: &PremiumGetSpaceWithDownloadAuthRequest,
    ) -> rt::Call<
        PremiumGetSpaceWithDownloadAuthResponseBody,
        PremiumGetSpaceWithDownloadAuthError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetSpaceWithDownloadAuth",
            rt::Method::Post,
            "/v1.0/workflow/premium/processInstances/spaces/authPreview",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询审批中心已发起实例列表(OA高级版专享接口)
    ///
    /// `GET /v1.0/workflow/premium/processCentres/submittedInstances` (operation `PremiumGetSubmittedInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetSubmittedInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_submitted_instances(
        &self,
        request: &PremiumGetSubmittedInstancesRequest,
    ) -> rt::Call<
        PremiumGetSubmittedInstancesResponseBody,
        PremiumGetSubmittedInstancesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetSubmittedInstances",
            rt::Method::Get,
            "/v1.0/workflow/premium/processCentres/submittedInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询审批中心待处理任务列表(OA高级版专享接口)
    ///
    /// `GET /v1.0/workflow/premium/processCentres/todoTasks` (operation `PremiumGetTodoTasks`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGetTodoTasksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_get_todo_tasks(
        &self,
        request: &PremiumGetTodoTasksRequest,
    ) -> rt::Call<PremiumGetTodoTasksResponseBody, PremiumGetTodoTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGetTodoTasks",
            rt::Method::Get,
            "/v1.0/workflow/premium/processCentres/todoTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 下载审批附件(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/processInstances/spaces/files/urls/download` (operation `PremiumGrantProcessInstanceForDownloadFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumGrantProcessInstanceForDownloadFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_grant_process_instance_for_download_file(
        &self,
        request: &PremiumGrantProcessInstanceForDownloadFileRequest,
    ) -> rt::Call<
        PremiumGrantProcessInstanceForDownloadFileResponseBody,
        PremiumGrantProcessInstanceForDownloadFileError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumGrantProcessInstanceForDownloadFile",
            rt::Method::Post,
            "/v1.0/workflow/premium/processInstances/spaces/files/urls/download",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建或更新分组(高级版专享接口)
    ///
    /// `POST /v1.0/workflow/premium/processCentres/directories` (operation `PremiumInsertOrUpdateDir`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumInsertOrUpdateDirError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_insert_or_update_dir(
        &self,
        request: &PremiumInsertOrUpdateDirRequest,
    ) -> rt::Call<PremiumInsertOrUpdateDirResponseBody, PremiumInsertOrUpdateDirError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumInsertOrUpdateDir",
            rt::Method::Post,
            "/v1.0/workflow/premium/processCentres/directories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取审批模板信息（包含表单和流程配置信息）(高级版专享接口)
    ///
    /// `POST /v1.0/workflow/premium/processes/schemas/batchQuery` (operation `PremiumQuerySchemaAndProcessByCodeList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumQuerySchemaAndProcessByCodeListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_query_schema_and_process_by_code_list(
        &self,
        request: &PremiumQuerySchemaAndProcessByCodeListRequest,
    ) -> rt::Call<
        PremiumQuerySchemaAndProcessByCodeListResponseBody,
        PremiumQuerySchemaAndProcessByCodeListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumQuerySchemaAndProcessByCodeList",
            rt::Method::Post,
            "/v1.0/workflow/premium/processes/schemas/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 流程转交待处理任务查询(高级版专享接口)
    ///
    /// `GET /v1.0/workflow/premium/tasks/todoTasks` (operation `PremiumQueryTodoTasksByManager`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumQueryTodoTasksByManagerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_query_todo_tasks_by_manager(
        &self,
        request: &PremiumQueryTodoTasksByManagerRequest,
    ) -> rt::Call<
        PremiumQueryTodoTasksByManagerResponseBody,
        PremiumQueryTodoTasksByManagerError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumQueryTodoTasksByManager",
            rt::Method::Get,
            "/v1.0/workflow/premium/tasks/todoTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量流程审批任务转交(高级版专享接口)
    ///
    /// `POST /v1.0/workflow/premium/tasks/batchRedirect` (operation `PremiumRedirectTasksByManager`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumRedirectTasksByManagerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_redirect_tasks_by_manager(
        &self,
        request: &PremiumRedirectTasksByManagerRequest,
    ) -> rt::Call<
        PremiumRedirectTasksByManagerResponseBody,
        PremiumRedirectTasksByManagerError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumRedirectTasksByManager",
            rt::Method::Post,
            "/v1.0/workflow/premium/tasks/batchRedirect",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 退回OA审批任务(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/tasks/revert` (operation `PremiumRevertTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumRevertTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_revert_task(
        &self,
        request: &PremiumRevertTaskRequest,
    ) -> rt::Call<PremiumRevertTaskResponseBody, PremiumRevertTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumRevertTask",
            rt::Method::Post,
            "/v1.0/workflow/premium/tasks/revert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建或更新数据表单模板(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/dataForms/templates` (operation `PremiumSaveForm`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumSaveFormError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_save_form(
        &self,
        request: &PremiumSaveFormRequest,
    ) -> rt::Call<PremiumSaveFormResponseBody, PremiumSaveFormError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumSaveForm",
            rt::Method::Post,
            "/v1.0/workflow/premium/dataForms/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建数据表单实例(OA高级版专享)
    ///
    /// `POST /v1.0/workflow/premium/dataForms/formInstances/save` (operation `PremiumSaveFormInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumSaveFormInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_save_form_instance(
        &self,
        request: &PremiumSaveFormInstanceRequest,
    ) -> rt::Call<PremiumSaveFormInstanceResponseBody, PremiumSaveFormInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumSaveFormInstance",
            rt::Method::Post,
            "/v1.0/workflow/premium/dataForms/formInstances/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建或更新流程中心外部集成模板(高级版专享接口)
    ///
    /// `POST /v1.0/workflow/premium/processCentres/schemas` (operation `PremiumSaveIntegratedProcess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumSaveIntegratedProcessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_save_integrated_process(
        &self,
        request: &PremiumSaveIntegratedProcessRequest,
    ) -> rt::Call<
        PremiumSaveIntegratedProcessResponseBody,
        PremiumSaveIntegratedProcessError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumSaveIntegratedProcess",
            rt::Method::Post,
            "/v1.0/workflow/premium/processCentres/schemas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建流程中心外部集成实例(高级版专享接口)
    ///
    /// `POST /v1.0/workflow/premium/processCentres/instances` (operation `PremiumSaveIntegratedProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumSaveIntegratedProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_save_integrated_process_instance(
        &self,
        request: &PremiumSaveIntegratedProcessInstanceRequest,
    ) -> rt::Call<
        PremiumSaveIntegratedProcessInstanceResponseBody,
        PremiumSaveIntegratedProcessInstanceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumSaveIntegratedProcessInstance",
            rt::Method::Post,
            "/v1.0/workflow/premium/processCentres/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建流程中心外部集成待处理任务(高级版专享接口)
    ///
    /// `POST /v1.0/workflow/premium/processCentres/tasks` (operation `PremiumSaveIntegratedTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumSaveIntegratedTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_save_integrated_task(
        &self,
        request: &PremiumSaveIntegratedTaskRequest,
    ) -> rt::Call<
        PremiumSaveIntegratedTaskResponseBody,
        PremiumSaveIntegratedTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumSaveIntegratedTask",
            rt::Method::Post,
            "/v1.0/workflow/premium/processCentres/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新数据表单实例(OA高级版专享)
    ///
    /// `PUT /v1.0/workflow/premium/dataForms/formInstances` (operation `PremiumUpdateFormInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumUpdateFormInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_update_form_instance(
        &self,
        request: &PremiumUpdateFormInstanceRequest,
    ) -> rt::Call<
        PremiumUpdateFormInstanceResponseBody,
        PremiumUpdateFormInstanceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumUpdateFormInstance",
            rt::Method::Put,
            "/v1.0/workflow/premium/dataForms/formInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新审批实例(OA高级版专享)
    ///
    /// `PUT /v1.0/workflow/premium/processInstances` (operation `PremiumUpdateProcessInstanceVariables`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PremiumUpdateProcessInstanceVariablesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn premium_update_process_instance_variables(
        &self,
        request: &PremiumUpdateProcessInstanceVariablesRequest,
    ) -> rt::Call<
        PremiumUpdateProcessInstanceVariablesResponseBody,
        PremiumUpdateProcessInstanceVariablesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PremiumUpdateProcessInstanceVariables",
            rt::Method::Put,
            "/v1.0/workflow/premium/processInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 审批流程预测
    ///
    /// `POST /v1.0/workflow/processes/forecast` (operation `ProcessForecast`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ProcessForecastError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn process_forecast(
        &self,
        request: &ProcessForecastRequest,
    ) -> rt::Call<ProcessForecastResponseBody, ProcessForecastError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ProcessForecast",
            rt::Method::Post,
            "/v1.0/workflow/processes/forecast",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据processCode分页获取表单数据
    ///
    /// `GET /v1.0/workflow/forms/pages/instances` (operation `QueryAllFormInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAllFormInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_all_form_instances(
        &self,
        request: &QueryAllFormInstancesRequest,
    ) -> rt::Call<QueryAllFormInstancesResponseBody, QueryAllFormInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllFormInstances",
            rt::Method::Get,
            "/v1.0/workflow/forms/pages/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询审批流程实例
    ///
    /// `GET /v1.0/workflow/processes/pages/instances` (operation `QueryAllProcessInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAllProcessInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_all_process_instances(
        &self,
        request: &QueryAllProcessInstancesRequest,
    ) -> rt::Call<QueryAllProcessInstancesResponseBody, QueryAllProcessInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllProcessInstances",
            rt::Method::Get,
            "/v1.0/workflow/processes/pages/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据业务标识查询表单描述信息
    ///
    /// `POST /v1.0/workflow/forms/forminfos/query` (operation `QueryFormByBizType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryFormByBizTypeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_form_by_biz_type(
        &self,
        request: &QueryFormByBizTypeRequest,
    ) -> rt::Call<QueryFormByBizTypeResponseBody, QueryFormByBizTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryFormByBizType",
            rt::Method::Post,
            "/v1.0/workflow/forms/forminfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询数据表单
    ///
    /// `GET /v1.0/workflow/forms/instances` (operation `QueryFormInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryFormInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_form_instance(
        &self,
        request: &QueryFormInstanceRequest,
    ) -> rt::Call<QueryFormInstanceResponseBody, QueryFormInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryFormInstance",
            rt::Method::Get,
            "/v1.0/workflow/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询通过流程中心集成的OA审批任务
    ///
    /// `GET /v1.0/workflow/processCentres/todoTasks` (operation `QueryIntegratedTodoTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryIntegratedTodoTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_integrated_todo_task(
        &self,
        request: &QueryIntegratedTodoTaskRequest,
    ) -> rt::Call<QueryIntegratedTodoTaskResponseBody, QueryIntegratedTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryIntegratedTodoTask",
            rt::Method::Get,
            "/v1.0/workflow/processCentres/todoTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据业务标识查询模板
    ///
    /// `GET /v1.0/workflow/processes/categories/templates` (operation `QueryProcessByBizCategoryId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryProcessByBizCategoryIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_process_by_biz_category_id(
        &self,
        request: &QueryProcessByBizCategoryIdRequest,
    ) -> rt::Call<
        QueryProcessByBizCategoryIdResponseBody,
        QueryProcessByBizCategoryIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProcessByBizCategoryId",
            rt::Method::Get,
            "/v1.0/workflow/processes/categories/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 蓝凌获取schema和流程信息
    ///
    /// `GET /v1.0/workflow/forms/schemaAndProcess` (operation `QuerySchemaAndProcess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySchemaAndProcessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_schema_and_process(
        &self,
        request: &QuerySchemaAndProcessRequest,
    ) -> rt::Call<QuerySchemaAndProcessResponseBody, QuerySchemaAndProcessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySchemaAndProcess",
            rt::Method::Get,
            "/v1.0/workflow/forms/schemaAndProcess",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过 processCode 获取表单 schema 信息
    ///
    /// `GET /v1.0/workflow/forms/schemas/processCodes` (operation `QuerySchemaByProcessCode`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySchemaByProcessCodeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_schema_by_process_code(
        &self,
        request: &QuerySchemaByProcessCodeRequest,
    ) -> rt::Call<QuerySchemaByProcessCodeResponseBody, QuerySchemaByProcessCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySchemaByProcessCode",
            rt::Method::Get,
            "/v1.0/workflow/forms/schemas/processCodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 转交OA审批任务
    ///
    /// `POST /v1.0/workflow/tasks/redirect` (operation `RedirectWorkflowTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RedirectWorkflowTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn redirect_workflow_task(
        &self,
        request: &RedirectWorkflowTaskRequest,
    ) -> rt::Call<RedirectWorkflowTaskResponseBody, RedirectWorkflowTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RedirectWorkflowTask",
            rt::Method::Post,
            "/v1.0/workflow/tasks/redirect",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建实例
    ///
    /// `POST /v1.0/workflow/processCentres/instances` (operation `SaveIntegratedInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveIntegratedInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn save_integrated_instance(
        &self,
        request: &SaveIntegratedInstanceRequest,
    ) -> rt::Call<SaveIntegratedInstanceResponseBody, SaveIntegratedInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveIntegratedInstance",
            rt::Method::Post,
            "/v1.0/workflow/processCentres/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建或更新审批模板
    ///
    /// `POST /v1.0/workflow/processCentres/schemas` (operation `SaveProcess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveProcessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn save_process(
        &self,
        request: &SaveProcessRequest,
    ) -> rt::Call<SaveProcessResponseBody, SaveProcessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveProcess",
            rt::Method::Post,
            "/v1.0/workflow/processCentres/schemas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置审批任务代理
    ///
    /// `POST /v1.0/workflow/tasks/agent` (operation `SetWorkflowTaskAgent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetWorkflowTaskAgentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_workflow_task_agent(
        &self,
        request: &SetWorkflowTaskAgentRequest,
    ) -> rt::Call<SetWorkflowTaskAgentResponseBody, SetWorkflowTaskAgentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetWorkflowTaskAgent",
            rt::Method::Post,
            "/v1.0/workflow/tasks/agent",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建审批实例
    ///
    /// `POST /v1.0/workflow/processInstances` (operation `StartProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StartProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn start_process_instance(
        &self,
        request: &StartProcessInstanceRequest,
    ) -> rt::Call<StartProcessInstanceResponseBody, StartProcessInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartProcessInstance",
            rt::Method::Post,
            "/v1.0/workflow/processInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤销审批实例
    ///
    /// `POST /v1.0/workflow/processInstances/terminate` (operation `TerminateProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TerminateProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn terminate_process_instance(
        &self,
        request: &TerminateProcessInstanceRequest,
    ) -> rt::Call<TerminateProcessInstanceResponseBody, TerminateProcessInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TerminateProcessInstance",
            rt::Method::Post,
            "/v1.0/workflow/processInstances/terminate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 流程转交待处理任务查询
    ///
    /// `GET /v1.0/workflow/tasks/todoTasks` (operation `TodoTasks`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TodoTasksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn todo_tasks(
        &self,
        request: &TodoTasksRequest,
    ) -> rt::Call<TodoTasksResponseBody, TodoTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TodoTasks",
            rt::Method::Get,
            "/v1.0/workflow/tasks/todoTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新流程中心任务状态
    ///
    /// `PUT /v1.0/workflow/processCentres/tasks` (operation `UpdateIntegratedTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateIntegratedTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_integrated_task(
        &self,
        request: &UpdateIntegratedTaskRequest,
    ) -> rt::Call<UpdateIntegratedTaskResponseBody, UpdateIntegratedTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateIntegratedTask",
            rt::Method::Put,
            "/v1.0/workflow/processCentres/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新实例状态
    ///
    /// `PUT /v1.0/workflow/processCentres/instances` (operation `UpdateProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_process_instance(
        &self,
        request: &UpdateProcessInstanceRequest,
    ) -> rt::Call<UpdateProcessInstanceResponseBody, UpdateProcessInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateProcessInstance",
            rt::Method::Put,
            "/v1.0/workflow/processCentres/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_process_instance_ids`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.list` of each page.
    pub fn list_process_instance_ids_pages(
        &self,
        request: &ListProcessInstanceIdsRequest,
    ) -> rt::Paginator<
        ListProcessInstanceIdsResponseBody,
        ListProcessInstanceIdsError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["result", "nextToken"],
            &[],
            &["result", "list"],
        );
        rt::Paginator::new(self.list_process_instance_ids(request), &PAGING)
    }
    /// Every page of [`Api::list_todo_work_records`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.list` of each page.
    pub fn list_todo_work_records_pages(
        &self,
        request: &ListTodoWorkRecordsRequest,
    ) -> rt::Paginator<
        ListTodoWorkRecordsResponseBody,
        ListTodoWorkRecordsError,
        ListTodoWorkRecordsResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["result", "nextToken"],
            &[],
            &["result", "list"],
        );
        rt::Paginator::new(self.list_todo_work_records(request), &PAGING)
    }
    /// Every page of [`Api::list_user_visible_bpms_processes`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.processList` of each page.
    pub fn list_user_visible_bpms_processes_pages(
        &self,
        request: &ListUserVisibleBpmsProcessesRequest,
    ) -> rt::Paginator<
        ListUserVisibleBpmsProcessesResponseBody,
        ListUserVisibleBpmsProcessesError,
        ListUserVisibleBpmsProcessesResponseBodyResultProcessList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["result", "nextToken"],
            &[],
            &["result", "processList"],
        );
        rt::Paginator::new(self.list_user_visible_bpms_processes(request), &PAGING)
    }
    /// Every page of [`Api::pages_export_instances`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn pages_export_instances_pages(
        &self,
        request: &PagesExportInstancesRequest,
    ) -> rt::Paginator<
        PagesExportInstancesResponseBody,
        PagesExportInstancesError,
        PagesExportInstancesResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "list"],
        );
        rt::Paginator::new(self.pages_export_instances(request), &PAGING)
    }
    /// Every page of [`Api::premium_get_form_instances`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.values` of each page.
    pub fn premium_get_form_instances_pages(
        &self,
        request: &PremiumGetFormInstancesRequest,
    ) -> rt::Paginator<
        PremiumGetFormInstancesResponseBody,
        PremiumGetFormInstancesError,
        PremiumGetFormInstancesResponseBodyResultValues,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "values"],
        );
        rt::Paginator::new(self.premium_get_form_instances(request), &PAGING)
    }
    /// Every page of [`Api::premium_get_process_instances`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn premium_get_process_instances_pages(
        &self,
        request: &PremiumGetProcessInstancesRequest,
    ) -> rt::Paginator<
        PremiumGetProcessInstancesResponseBody,
        PremiumGetProcessInstancesError,
        PremiumGetProcessInstancesResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "list"],
        );
        rt::Paginator::new(self.premium_get_process_instances(request), &PAGING)
    }
    /// Every page of [`Api::query_all_form_instances`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.values` of each page.
    pub fn query_all_form_instances_pages(
        &self,
        request: &QueryAllFormInstancesRequest,
    ) -> rt::Paginator<
        QueryAllFormInstancesResponseBody,
        QueryAllFormInstancesError,
        QueryAllFormInstancesResponseBodyResultValues,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "values"],
        );
        rt::Paginator::new(self.query_all_form_instances(request), &PAGING)
    }
    /// Every page of [`Api::query_all_process_instances`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn query_all_process_instances_pages(
        &self,
        request: &QueryAllProcessInstancesRequest,
    ) -> rt::Paginator<
        QueryAllProcessInstancesResponseBody,
        QueryAllProcessInstancesError,
        QueryAllProcessInstancesResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "list"],
        );
        rt::Paginator::new(self.query_all_process_instances(request), &PAGING)
    }
}
/// `AddApproveDentryAuthRequestFileInfos`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddApproveDentryAuthRequestFileInfos {
    /// `fileId`.
    pub file_id: String,
    /// `spaceId`.
    pub space_id: i64,
}
impl AddApproveDentryAuthRequestFileInfos {
    /// A `AddApproveDentryAuthRequestFileInfos` with its required fields (`fileId`, `spaceId`); set the others with the methods named after them.
    pub fn new(file_id: impl Into<String>, space_id: i64) -> Self {
        Self {
            file_id: file_id.into(),
            space_id,
        }
    }
}
impl rt::serde::Serialize for AddApproveDentryAuthRequestFileInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileId", &self.file_id)?;
        object.field("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddApproveDentryAuthRequestFileInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddApproveDentryAuthRequestFileInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
/// `AddApproveDentryAuthResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddApproveDentryAuthResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddApproveDentryAuthResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddApproveDentryAuthResponseBody {
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
impl rt::serde::Serialize for AddApproveDentryAuthResponseBody {
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
/// `AddProcessInstanceCommentRequestFile`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddProcessInstanceCommentRequestFile {
    /// `attachments`.
    pub attachments: Option<Vec<AddProcessInstanceCommentRequestFileAttachments>>,
    /// `photos`.
    pub photos: Option<Vec<String>>,
}
impl AddProcessInstanceCommentRequestFile {
    /// An empty `AddProcessInstanceCommentRequestFile`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl IntoIterator<Item = AddProcessInstanceCommentRequestFileAttachments>,
    ) -> Self {
        self.attachments = Some(value.into_iter().collect());
        self
    }
    /// Sets `photos`.
    pub fn photos(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.photos = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for AddProcessInstanceCommentRequestFile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("photos", &self.photos)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddProcessInstanceCommentRequestFile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddProcessInstanceCommentRequestFile {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            "photos" => rt::read_field(map, &mut self.photos),
            _ => Ok(false),
        }
    }
}
/// `AddProcessInstanceCommentResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type AddProcessInstanceCommentResponseBody = AddApproveDentryAuthResponseBody;
/// `ArchiveProcessInstanceResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type ArchiveProcessInstanceResponseBody = AddApproveDentryAuthResponseBody;
/// `BatchExecuteProcessInstancesRequestTaskInfoList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchExecuteProcessInstancesRequestTaskInfoList {
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `taskId`.
    pub task_id: i64,
}
impl BatchExecuteProcessInstancesRequestTaskInfoList {
    /// A `BatchExecuteProcessInstancesRequestTaskInfoList` with its required fields (`processInstanceId`, `taskId`); set the others with the methods named after them.
    pub fn new(process_instance_id: impl Into<String>, task_id: i64) -> Self {
        Self {
            process_instance_id: process_instance_id.into(),
            task_id,
        }
    }
}
impl rt::serde::Serialize for BatchExecuteProcessInstancesRequestTaskInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchExecuteProcessInstancesRequestTaskInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchExecuteProcessInstancesRequestTaskInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
/// `BatchExecuteProcessInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchExecuteProcessInstancesResponseBody {
    /// `result`.
    pub result: Option<rt::BTreeMap<String, ResultValue>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchExecuteProcessInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchExecuteProcessInstancesResponseBody {
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
impl rt::serde::Serialize for BatchExecuteProcessInstancesResponseBody {
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
/// `BatchTasksRedirectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchTasksRedirectResponseBody {
    /// `result`.
    pub result: Option<BatchTasksRedirectResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchTasksRedirectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchTasksRedirectResponseBody {
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
impl rt::serde::Serialize for BatchTasksRedirectResponseBody {
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
/// `BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests {
    /// `notifiers`.
    pub notifiers: Option<
        Vec<BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsNotifiers>,
    >,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: String,
}
impl BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests {
    /// A `BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests` with its required fields (`processInstanceId`, `status`); set the others with the methods named after them.
    pub fn new(
        process_instance_id: impl Into<String>,
        status: impl Into<String>,
    ) -> Self {
        Self {
            notifiers: None,
            process_instance_id: process_instance_id.into(),
            result: None,
            status: status.into(),
        }
    }
    /// Sets `notifiers`.
    pub fn notifiers(
        mut self,
        value: impl IntoIterator<
            Item = BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsNotifiers,
        >,
    ) -> Self {
        self.notifiers = Some(value.into_iter().collect());
        self
    }
    /// Sets `result`.
    pub fn result(mut self, value: impl Into<String>) -> Self {
        self.result = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notifiers", &self.notifiers)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("result", &self.result)?;
        object.field("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notifiers" => rt::read_field(map, &mut self.notifiers),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
/// `BatchUpdateProcessInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateProcessInstanceResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateProcessInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchUpdateProcessInstanceResponseBody {
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
impl rt::serde::Serialize for BatchUpdateProcessInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CancelIntegratedTaskResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type CancelIntegratedTaskResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `CleanProcessDataResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type CleanProcessDataResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `CopyProcessRequestCopyOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyProcessRequestCopyOptions {
    /// `copyType`.
    pub copy_type: Option<i64>,
}
impl CopyProcessRequestCopyOptions {
    /// An empty `CopyProcessRequestCopyOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `copyType`.
    pub fn copy_type(mut self, value: i64) -> Self {
        self.copy_type = Some(value);
        self
    }
}
impl rt::serde::Serialize for CopyProcessRequestCopyOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("copyType", &self.copy_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyProcessRequestCopyOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyProcessRequestCopyOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "copyType" => rt::read_field(map, &mut self.copy_type),
            _ => Ok(false),
        }
    }
}
/// `CopyProcessRequestSourceProcessVOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CopyProcessRequestSourceProcessVOList {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `processCode`.
    pub process_code: String,
}
impl CopyProcessRequestSourceProcessVOList {
    /// A `CopyProcessRequestSourceProcessVOList` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(process_code: impl Into<String>) -> Self {
        Self {
            biz_type: None,
            name: None,
            process_code: process_code.into(),
        }
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: impl Into<String>) -> Self {
        self.biz_type = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CopyProcessRequestSourceProcessVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("name", &self.name)?;
        object.field("processCode", &self.process_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyProcessRequestSourceProcessVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyProcessRequestSourceProcessVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
/// `CopyProcessResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyProcessResponseBody {
    /// `result`.
    pub result: Option<Vec<CopyProcessResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyProcessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyProcessResponseBody {
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
impl rt::serde::Serialize for CopyProcessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateIntegratedTaskRequestFeatureConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateIntegratedTaskRequestFeatureConfig {
    /// `features`.
    pub features: Option<Vec<CreateIntegratedTaskRequestFeatureConfigFeatures>>,
}
impl CreateIntegratedTaskRequestFeatureConfig {
    /// An empty `CreateIntegratedTaskRequestFeatureConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `features`.
    pub fn features(
        mut self,
        value: impl IntoIterator<Item = CreateIntegratedTaskRequestFeatureConfigFeatures>,
    ) -> Self {
        self.features = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CreateIntegratedTaskRequestFeatureConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("features", &self.features)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateIntegratedTaskRequestFeatureConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateIntegratedTaskRequestFeatureConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "features" => rt::read_field(map, &mut self.features),
            _ => Ok(false),
        }
    }
}
/// `CreateIntegratedTaskRequestTasks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateIntegratedTaskRequestTasks {
    /// `customData`.
    pub custom_data: Option<String>,
    /// `dueTimestamp`.
    pub due_timestamp: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateIntegratedTaskRequestTasks {
    /// An empty `CreateIntegratedTaskRequestTasks`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customData`.
    pub fn custom_data(mut self, value: impl Into<String>) -> Self {
        self.custom_data = Some(value.into());
        self
    }
    /// Sets `dueTimestamp`.
    pub fn due_timestamp(mut self, value: i64) -> Self {
        self.due_timestamp = Some(value);
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateIntegratedTaskRequestTasks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customData", &self.custom_data)?;
        object.optional("dueTimestamp", &self.due_timestamp)?;
        object.optional("url", &self.url)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateIntegratedTaskRequestTasks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateIntegratedTaskRequestTasks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customData" => rt::read_field(map, &mut self.custom_data),
            "dueTimestamp" => rt::read_field(map, &mut self.due_timestamp),
            "url" => rt::read_field(map, &mut self.url),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CreateIntegratedTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateIntegratedTaskResponseBody {
    /// `result`.
    pub result: Option<Vec<CreateIntegratedTaskResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateIntegratedTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateIntegratedTaskResponseBody {
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
impl rt::serde::Serialize for CreateIntegratedTaskResponseBody {
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
/// `DeleteDirResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type DeleteDirResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `DeleteProcessResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteProcessResponseBody {
    /// `result`.
    pub result: Option<DeleteProcessResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteProcessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteProcessResponseBody {
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
impl rt::serde::Serialize for DeleteProcessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ExecuteProcessInstanceRequestFile`: the same model as [`AddProcessInstanceCommentRequestFile`].
pub type ExecuteProcessInstanceRequestFile = AddProcessInstanceCommentRequestFile;
/// `ExecuteProcessInstanceResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type ExecuteProcessInstanceResponseBody = AddApproveDentryAuthResponseBody;
/// `FormComponent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FormComponent {
    /// `children`.
    pub children: Option<Vec<FormComponent>>,
    /// `componentType`.
    pub component_type: String,
    /// `props`.
    pub props: FormComponentProps,
}
impl FormComponent {
    /// A `FormComponent` with its required fields (`componentType`, `props`); set the others with the methods named after them.
    pub fn new(component_type: impl Into<String>, props: FormComponentProps) -> Self {
        Self {
            children: None,
            component_type: component_type.into(),
            props,
        }
    }
    /// Sets `children`.
    pub fn children(mut self, value: impl IntoIterator<Item = FormComponent>) -> Self {
        self.children = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for FormComponent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.field("componentType", &self.component_type)?;
        object.field("props", &self.props)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FormComponent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FormComponent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "componentType" => rt::read_field(map, &mut self.component_type),
            "props" => rt::read_field(map, &mut self.props),
            _ => Ok(false),
        }
    }
}
/// `FormCreateRequestTemplateConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FormCreateRequestTemplateConfig {
    /// `dirId`.
    pub dir_id: Option<String>,
    /// `disableDeleteProcess`.
    pub disable_delete_process: Option<bool>,
    /// `disableFormEdit`.
    pub disable_form_edit: Option<bool>,
    /// `disableHomepage`.
    pub disable_homepage: Option<bool>,
    /// `disableResubmit`.
    pub disable_resubmit: Option<bool>,
    /// `disableStopProcessButton`.
    pub disable_stop_process_button: Option<bool>,
    /// `hidden`.
    pub hidden: Option<bool>,
    /// `originDirId`.
    pub origin_dir_id: Option<String>,
}
impl FormCreateRequestTemplateConfig {
    /// An empty `FormCreateRequestTemplateConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dirId`.
    pub fn dir_id(mut self, value: impl Into<String>) -> Self {
        self.dir_id = Some(value.into());
        self
    }
    /// Sets `disableDeleteProcess`.
    pub fn disable_delete_process(mut self, value: bool) -> Self {
        self.disable_delete_process = Some(value);
        self
    }
    /// Sets `disableFormEdit`.
    pub fn disable_form_edit(mut self, value: bool) -> Self {
        self.disable_form_edit = Some(value);
        self
    }
    /// Sets `disableHomepage`.
    pub fn disable_homepage(mut self, value: bool) -> Self {
        self.disable_homepage = Some(value);
        self
    }
    /// Sets `disableResubmit`.
    pub fn disable_resubmit(mut self, value: bool) -> Self {
        self.disable_resubmit = Some(value);
        self
    }
    /// Sets `disableStopProcessButton`.
    pub fn disable_stop_process_button(mut self, value: bool) -> Self {
        self.disable_stop_process_button = Some(value);
        self
    }
    /// Sets `hidden`.
    pub fn hidden(mut self, value: bool) -> Self {
        self.hidden = Some(value);
        self
    }
    /// Sets `originDirId`.
    pub fn origin_dir_id(mut self, value: impl Into<String>) -> Self {
        self.origin_dir_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for FormCreateRequestTemplateConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dirId", &self.dir_id)?;
        object.optional("disableDeleteProcess", &self.disable_delete_process)?;
        object.optional("disableFormEdit", &self.disable_form_edit)?;
        object.optional("disableHomepage", &self.disable_homepage)?;
        object.optional("disableResubmit", &self.disable_resubmit)?;
        object.optional("disableStopProcessButton", &self.disable_stop_process_button)?;
        object.optional("hidden", &self.hidden)?;
        object.optional("originDirId", &self.origin_dir_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FormCreateRequestTemplateConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FormCreateRequestTemplateConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dirId" => rt::read_field(map, &mut self.dir_id),
            "disableDeleteProcess" => {
                rt::read_field(map, &mut self.disable_delete_process)
            }
            "disableFormEdit" => rt::read_field(map, &mut self.disable_form_edit),
            "disableHomepage" => rt::read_field(map, &mut self.disable_homepage),
            "disableResubmit" => rt::read_field(map, &mut self.disable_resubmit),
            "disableStopProcessButton" => {
                rt::read_field(map, &mut self.disable_stop_process_button)
            }
            "hidden" => rt::read_field(map, &mut self.hidden),
            "originDirId" => rt::read_field(map, &mut self.origin_dir_id),
            _ => Ok(false),
        }
    }
}
/// `FormCreateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FormCreateResponseBody {
    /// `result`.
    pub result: Option<FormCreateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for FormCreateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FormCreateResponseBody {
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
impl rt::serde::Serialize for FormCreateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetAttachmentSpaceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAttachmentSpaceResponseBody {
    /// `result`.
    pub result: Option<GetAttachmentSpaceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAttachmentSpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAttachmentSpaceResponseBody {
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
impl rt::serde::Serialize for GetAttachmentSpaceResponseBody {
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
/// `GetConditionFormComponentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConditionFormComponentResponseBody {
    /// `result`.
    pub result: Option<Vec<GetConditionFormComponentResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConditionFormComponentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConditionFormComponentResponseBody {
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
impl rt::serde::Serialize for GetConditionFormComponentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetCrmProcCodesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmProcCodesResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCrmProcCodesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmProcCodesResponseBody {
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
impl rt::serde::Serialize for GetCrmProcCodesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetFieldModifiedHistoryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFieldModifiedHistoryResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFieldModifiedHistoryResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFieldModifiedHistoryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFieldModifiedHistoryResponseBody {
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
impl rt::serde::Serialize for GetFieldModifiedHistoryResponseBody {
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
/// `GetHandSignDownloadUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetHandSignDownloadUrlResponseBody {
    /// `result`.
    pub result: Option<GetHandSignDownloadUrlResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetHandSignDownloadUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetHandSignDownloadUrlResponseBody {
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
impl rt::serde::Serialize for GetHandSignDownloadUrlResponseBody {
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
/// `GetManageProcessByStaffIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetManageProcessByStaffIdResponseBody {
    /// `result`.
    pub result: Option<Vec<GetManageProcessByStaffIdResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetManageProcessByStaffIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetManageProcessByStaffIdResponseBody {
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
impl rt::serde::Serialize for GetManageProcessByStaffIdResponseBody {
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
/// `GetProcessCodeByNameResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessCodeByNameResponseBody {
    /// `result`.
    pub result: Option<GetProcessCodeByNameResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessCodeByNameResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessCodeByNameResponseBody {
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
impl rt::serde::Serialize for GetProcessCodeByNameResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetProcessConfigResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBody {
    /// `result`.
    pub result: Option<GetProcessConfigResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessConfigResponseBody {
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
impl rt::serde::Serialize for GetProcessConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetProcessInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceResponseBody {
    /// `result`.
    pub result: Option<GetProcessInstanceResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceResponseBody {
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
impl rt::serde::Serialize for GetProcessInstanceResponseBody {
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
/// `GetProcessInstanceWithExtraResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceWithExtraResponseBody {
    /// `result`.
    pub result: Option<GetProcessInstanceWithExtraResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessInstanceWithExtraResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceWithExtraResponseBody {
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
impl rt::serde::Serialize for GetProcessInstanceWithExtraResponseBody {
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
/// `GetSchemaAndProcessconfigBatchllyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSchemaAndProcessconfigBatchllyResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSchemaAndProcessconfigBatchllyResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSchemaAndProcessconfigBatchllyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSchemaAndProcessconfigBatchllyResponseBody {
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
impl rt::serde::Serialize for GetSchemaAndProcessconfigBatchllyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetSpaceWithDownloadAuthResponseBody`: the same model as [`GetAttachmentSpaceResponseBody`].
pub type GetSpaceWithDownloadAuthResponseBody = GetAttachmentSpaceResponseBody;
/// `GetUserTodoTaskSumResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserTodoTaskSumResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserTodoTaskSumResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserTodoTaskSumResponseBody {
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
impl rt::serde::Serialize for GetUserTodoTaskSumResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GrantProcessInstanceForDownloadFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GrantProcessInstanceForDownloadFileResponseBody {
    /// `result`.
    pub result: Option<GrantProcessInstanceForDownloadFileResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for GrantProcessInstanceForDownloadFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GrantProcessInstanceForDownloadFileResponseBody {
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
impl rt::serde::Serialize for GrantProcessInstanceForDownloadFileResponseBody {
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
/// `InsertOrUpdateDirResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InsertOrUpdateDirResponseBody {
    /// `result`.
    pub result: Option<InsertOrUpdateDirResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for InsertOrUpdateDirResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InsertOrUpdateDirResponseBody {
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
impl rt::serde::Serialize for InsertOrUpdateDirResponseBody {
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
/// `InstallAppRequestInstallOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InstallAppRequestInstallOption {
    /// `isSync`.
    pub is_sync: Option<bool>,
}
impl InstallAppRequestInstallOption {
    /// An empty `InstallAppRequestInstallOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `isSync`.
    pub fn is_sync(mut self, value: bool) -> Self {
        self.is_sync = Some(value);
        self
    }
}
impl rt::serde::Serialize for InstallAppRequestInstallOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isSync", &self.is_sync)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InstallAppRequestInstallOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InstallAppRequestInstallOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isSync" => rt::read_field(map, &mut self.is_sync),
            _ => Ok(false),
        }
    }
}
/// `InstallAppResponseBody`: the same model as [`CopyProcessResponseBody`].
pub type InstallAppResponseBody = CopyProcessResponseBody;
/// `ListProcessInstanceIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListProcessInstanceIdsResponseBody {
    /// `result`.
    pub result: Option<ListProcessInstanceIdsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListProcessInstanceIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListProcessInstanceIdsResponseBody {
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
impl rt::serde::Serialize for ListProcessInstanceIdsResponseBody {
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
/// `ListTodoWorkRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTodoWorkRecordsResponseBody {
    /// `result`.
    pub result: Option<ListTodoWorkRecordsResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTodoWorkRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTodoWorkRecordsResponseBody {
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
impl rt::serde::Serialize for ListTodoWorkRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListUserVisibleBpmsProcessesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserVisibleBpmsProcessesResponseBody {
    /// `result`.
    pub result: Option<ListUserVisibleBpmsProcessesResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserVisibleBpmsProcessesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserVisibleBpmsProcessesResponseBody {
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
impl rt::serde::Serialize for ListUserVisibleBpmsProcessesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PagesExportInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PagesExportInstancesResponseBody {
    /// `result`.
    pub result: Option<PagesExportInstancesResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for PagesExportInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PagesExportInstancesResponseBody {
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
impl rt::serde::Serialize for PagesExportInstancesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PremiumAddApproveDentryAuthRequestFileInfos`: the same model as [`AddApproveDentryAuthRequestFileInfos`].
pub type PremiumAddApproveDentryAuthRequestFileInfos = AddApproveDentryAuthRequestFileInfos;
/// `PremiumAddApproveDentryAuthResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type PremiumAddApproveDentryAuthResponseBody = AddApproveDentryAuthResponseBody;
/// `PremiumAppendTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumAppendTaskResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumAppendTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumAppendTaskResponseBody {
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
impl rt::serde::Serialize for PremiumAppendTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PremiumBatchExecuteProcessInstancesRequestTaskInfoList`: the same model as [`BatchExecuteProcessInstancesRequestTaskInfoList`].
pub type PremiumBatchExecuteProcessInstancesRequestTaskInfoList = BatchExecuteProcessInstancesRequestTaskInfoList;
/// `PremiumBatchExecuteProcessInstancesResponseBody`: the same model as [`BatchExecuteProcessInstancesResponseBody`].
pub type PremiumBatchExecuteProcessInstancesResponseBody = BatchExecuteProcessInstancesResponseBody;
/// `PremiumDelDirResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type PremiumDelDirResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `PremiumDeleteFormInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumDeleteFormInstanceResponseBody {
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumDeleteFormInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumDeleteFormInstanceResponseBody {
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
impl rt::serde::Serialize for PremiumDeleteFormInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `PremiumGetAttachmentSpaceResponseBody`: the same model as [`GetAttachmentSpaceResponseBody`].
pub type PremiumGetAttachmentSpaceResponseBody = GetAttachmentSpaceResponseBody;
/// `PremiumGetDoneTasksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetDoneTasksResponseBody {
    /// `result`.
    pub result: Option<PremiumGetDoneTasksResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetDoneTasksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetDoneTasksResponseBody {
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
impl rt::serde::Serialize for PremiumGetDoneTasksResponseBody {
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
/// `PremiumGetFieldModifiedHistoryResponseBody`: the same model as [`GetFieldModifiedHistoryResponseBody`].
pub type PremiumGetFieldModifiedHistoryResponseBody = GetFieldModifiedHistoryResponseBody;
/// `PremiumGetFormInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormInstanceResponseBody {
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `attributes`.
    pub attributes: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `createTimestamp`.
    pub create_timestamp: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `formInstDataList`.
    pub form_inst_data_list: Option<
        Vec<PremiumGetFormInstanceResponseBodyFormInstDataList>,
    >,
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `modifyTimestamp`.
    pub modify_timestamp: Option<i64>,
    /// `outBizCode`.
    pub out_biz_code: Option<String>,
    /// `outInstanceId`.
    pub out_instance_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetFormInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormInstanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "attributes" => rt::read_field(map, &mut self.attributes),
            "createTimestamp" => rt::read_field(map, &mut self.create_timestamp),
            "creator" => rt::read_field(map, &mut self.creator),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formInstDataList" => rt::read_field(map, &mut self.form_inst_data_list),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "modifyTimestamp" => rt::read_field(map, &mut self.modify_timestamp),
            "outBizCode" => rt::read_field(map, &mut self.out_biz_code),
            "outInstanceId" => rt::read_field(map, &mut self.out_instance_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetFormInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("attributes", &self.attributes)?;
        object.optional("createTimestamp", &self.create_timestamp)?;
        object.optional("creator", &self.creator)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("formInstDataList", &self.form_inst_data_list)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("modifyTimestamp", &self.modify_timestamp)?;
        object.optional("outBizCode", &self.out_biz_code)?;
        object.optional("outInstanceId", &self.out_instance_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `PremiumGetFormInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormInstancesResponseBody {
    /// `result`.
    pub result: Option<PremiumGetFormInstancesResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetFormInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormInstancesResponseBody {
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
impl rt::serde::Serialize for PremiumGetFormInstancesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBody {
    /// `result`.
    pub result: Option<PremiumGetFormSchemaResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetFormSchemaResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormSchemaResponseBody {
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
impl rt::serde::Serialize for PremiumGetFormSchemaResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PremiumGetInstFieldSettingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetInstFieldSettingResponseBody {
    /// `result`.
    pub result: Option<Vec<PremiumGetInstFieldSettingResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetInstFieldSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetInstFieldSettingResponseBody {
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
impl rt::serde::Serialize for PremiumGetInstFieldSettingResponseBody {
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
/// `PremiumGetNoticedInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetNoticedInstancesResponseBody {
    /// `result`.
    pub result: Option<PremiumGetNoticedInstancesResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetNoticedInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetNoticedInstancesResponseBody {
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
impl rt::serde::Serialize for PremiumGetNoticedInstancesResponseBody {
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
/// `PremiumGetProcessInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetProcessInstancesResponseBody {
    /// `result`.
    pub result: Option<PremiumGetProcessInstancesResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetProcessInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetProcessInstancesResponseBody {
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
impl rt::serde::Serialize for PremiumGetProcessInstancesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PremiumGetSpaceWithDownloadAuthResponseBody`: the same model as [`GetAttachmentSpaceResponseBody`].
pub type PremiumGetSpaceWithDownloadAuthResponseBody = GetAttachmentSpaceResponseBody;
/// `PremiumGetSubmittedInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetSubmittedInstancesResponseBody {
    /// `result`.
    pub result: Option<PremiumGetSubmittedInstancesResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetSubmittedInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetSubmittedInstancesResponseBody {
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
impl rt::serde::Serialize for PremiumGetSubmittedInstancesResponseBody {
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
/// `PremiumGetTodoTasksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetTodoTasksResponseBody {
    /// `result`.
    pub result: Option<PremiumGetTodoTasksResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetTodoTasksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetTodoTasksResponseBody {
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
impl rt::serde::Serialize for PremiumGetTodoTasksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PremiumGrantProcessInstanceForDownloadFileResponseBody`: the same model as [`GrantProcessInstanceForDownloadFileResponseBody`].
pub type PremiumGrantProcessInstanceForDownloadFileResponseBody = GrantProcessInstanceForDownloadFileResponseBody;
/// `PremiumInsertOrUpdateDirResponseBody`: the same model as [`InsertOrUpdateDirResponseBody`].
pub type PremiumInsertOrUpdateDirResponseBody = InsertOrUpdateDirResponseBody;
/// `PremiumQuerySchemaAndProcessByCodeListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumQuerySchemaAndProcessByCodeListResponseBody {
    /// `result`.
    pub result: Option<Vec<PremiumQuerySchemaAndProcessByCodeListResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumQuerySchemaAndProcessByCodeListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumQuerySchemaAndProcessByCodeListResponseBody {
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
impl rt::serde::Serialize for PremiumQuerySchemaAndProcessByCodeListResponseBody {
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
/// `PremiumQueryTodoTasksByManagerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumQueryTodoTasksByManagerResponseBody {
    /// `result`.
    pub result: Option<PremiumQueryTodoTasksByManagerResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumQueryTodoTasksByManagerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumQueryTodoTasksByManagerResponseBody {
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
impl rt::serde::Serialize for PremiumQueryTodoTasksByManagerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PremiumRedirectTasksByManagerResponseBody`: the same model as [`BatchTasksRedirectResponseBody`].
pub type PremiumRedirectTasksByManagerResponseBody = BatchTasksRedirectResponseBody;
/// `PremiumRevertTaskResponseBody`: the same model as [`PremiumAppendTaskResponseBody`].
pub type PremiumRevertTaskResponseBody = PremiumAppendTaskResponseBody;
/// `PremiumSaveFormResponseBody`: the same model as [`FormCreateResponseBody`].
pub type PremiumSaveFormResponseBody = FormCreateResponseBody;
/// `PremiumSaveFormInstanceRequestFormComponentValueList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumSaveFormInstanceRequestFormComponentValueList {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `componentType`.
    pub component_type: Option<String>,
    /// `details`.
    pub details: Option<
        Vec<PremiumSaveFormInstanceRequestFormComponentValueListDetails>,
    >,
    /// `extValue`.
    pub ext_value: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: String,
    /// `value`.
    pub value: String,
}
impl PremiumSaveFormInstanceRequestFormComponentValueList {
    /// A `PremiumSaveFormInstanceRequestFormComponentValueList` with its required fields (`name`, `value`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            biz_alias: None,
            component_type: None,
            details: None,
            ext_value: None,
            id: None,
            name: name.into(),
            value: value.into(),
        }
    }
    /// Sets `bizAlias`.
    pub fn biz_alias(mut self, value: impl Into<String>) -> Self {
        self.biz_alias = Some(value.into());
        self
    }
    /// Sets `componentType`.
    pub fn component_type(mut self, value: impl Into<String>) -> Self {
        self.component_type = Some(value.into());
        self
    }
    /// Sets `details`.
    pub fn details(
        mut self,
        value: impl IntoIterator<
            Item = PremiumSaveFormInstanceRequestFormComponentValueListDetails,
        >,
    ) -> Self {
        self.details = Some(value.into_iter().collect());
        self
    }
    /// Sets `extValue`.
    pub fn ext_value(mut self, value: impl Into<String>) -> Self {
        self.ext_value = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumSaveFormInstanceRequestFormComponentValueList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("componentType", &self.component_type)?;
        object.optional("details", &self.details)?;
        object.optional("extValue", &self.ext_value)?;
        object.optional("id", &self.id)?;
        object.field("name", &self.name)?;
        object.field("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PremiumSaveFormInstanceRequestFormComponentValueList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveFormInstanceRequestFormComponentValueList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "componentType" => rt::read_field(map, &mut self.component_type),
            "details" => rt::read_field(map, &mut self.details),
            "extValue" => rt::read_field(map, &mut self.ext_value),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `PremiumSaveFormInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveFormInstanceResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumSaveFormInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumSaveFormInstanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumSaveFormInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceId", &self.instance_id)?;
        object.end()
    }
}
/// `PremiumSaveIntegratedProcessRequestProcessFeatureConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessRequestProcessFeatureConfig {
    /// `features`.
    pub features: Option<
        Vec<PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures>,
    >,
}
impl PremiumSaveIntegratedProcessRequestProcessFeatureConfig {
    /// An empty `PremiumSaveIntegratedProcessRequestProcessFeatureConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `features`.
    pub fn features(
        mut self,
        value: impl IntoIterator<
            Item = PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures,
        >,
    ) -> Self {
        self.features = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for PremiumSaveIntegratedProcessRequestProcessFeatureConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("features", &self.features)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PremiumSaveIntegratedProcessRequestProcessFeatureConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveIntegratedProcessRequestProcessFeatureConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "features" => rt::read_field(map, &mut self.features),
            _ => Ok(false),
        }
    }
}
/// `PremiumSaveIntegratedProcessRequestTemplateConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessRequestTemplateConfig {
    /// `createInstanceMobileUrl`.
    pub create_instance_mobile_url: Option<String>,
    /// `createInstancePcUrl`.
    pub create_instance_pc_url: Option<String>,
    /// `disableSendCard`.
    pub disable_send_card: Option<bool>,
    /// `hidden`.
    pub hidden: Option<bool>,
    /// `templateEditUrl`.
    pub template_edit_url: Option<String>,
}
impl PremiumSaveIntegratedProcessRequestTemplateConfig {
    /// An empty `PremiumSaveIntegratedProcessRequestTemplateConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `createInstanceMobileUrl`.
    pub fn create_instance_mobile_url(mut self, value: impl Into<String>) -> Self {
        self.create_instance_mobile_url = Some(value.into());
        self
    }
    /// Sets `createInstancePcUrl`.
    pub fn create_instance_pc_url(mut self, value: impl Into<String>) -> Self {
        self.create_instance_pc_url = Some(value.into());
        self
    }
    /// Sets `disableSendCard`.
    pub fn disable_send_card(mut self, value: bool) -> Self {
        self.disable_send_card = Some(value);
        self
    }
    /// Sets `hidden`.
    pub fn hidden(mut self, value: bool) -> Self {
        self.hidden = Some(value);
        self
    }
    /// Sets `templateEditUrl`.
    pub fn template_edit_url(mut self, value: impl Into<String>) -> Self {
        self.template_edit_url = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumSaveIntegratedProcessRequestTemplateConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createInstanceMobileUrl", &self.create_instance_mobile_url)?;
        object.optional("createInstancePcUrl", &self.create_instance_pc_url)?;
        object.optional("disableSendCard", &self.disable_send_card)?;
        object.optional("hidden", &self.hidden)?;
        object.optional("templateEditUrl", &self.template_edit_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PremiumSaveIntegratedProcessRequestTemplateConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveIntegratedProcessRequestTemplateConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createInstanceMobileUrl" => {
                rt::read_field(map, &mut self.create_instance_mobile_url)
            }
            "createInstancePcUrl" => {
                rt::read_field(map, &mut self.create_instance_pc_url)
            }
            "disableSendCard" => rt::read_field(map, &mut self.disable_send_card),
            "hidden" => rt::read_field(map, &mut self.hidden),
            "templateEditUrl" => rt::read_field(map, &mut self.template_edit_url),
            _ => Ok(false),
        }
    }
}
/// `PremiumSaveIntegratedProcessResponseBody`: the same model as [`FormCreateResponseBody`].
pub type PremiumSaveIntegratedProcessResponseBody = FormCreateResponseBody;
/// `PremiumSaveIntegratedProcessInstanceRequestFeatureConfig`: the same model as [`CreateIntegratedTaskRequestFeatureConfig`].
pub type PremiumSaveIntegratedProcessInstanceRequestFeatureConfig = CreateIntegratedTaskRequestFeatureConfig;
/// `PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `componentType`.
    pub component_type: Option<String>,
    /// `extValue`.
    pub ext_value: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList {
    /// An empty `PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizAlias`.
    pub fn biz_alias(mut self, value: impl Into<String>) -> Self {
        self.biz_alias = Some(value.into());
        self
    }
    /// Sets `componentType`.
    pub fn component_type(mut self, value: impl Into<String>) -> Self {
        self.component_type = Some(value.into());
        self
    }
    /// Sets `extValue`.
    pub fn ext_value(mut self, value: impl Into<String>) -> Self {
        self.ext_value = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("componentType", &self.component_type)?;
        object.optional("extValue", &self.ext_value)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "componentType" => rt::read_field(map, &mut self.component_type),
            "extValue" => rt::read_field(map, &mut self.ext_value),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `PremiumSaveIntegratedProcessInstanceRequestNotifiers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessInstanceRequestNotifiers {
    /// `position`.
    pub position: Option<String>,
    /// `userid`.
    pub userid: Option<String>,
}
impl PremiumSaveIntegratedProcessInstanceRequestNotifiers {
    /// An empty `PremiumSaveIntegratedProcessInstanceRequestNotifiers`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `position`.
    pub fn position(mut self, value: impl Into<String>) -> Self {
        self.position = Some(value.into());
        self
    }
    /// Sets `userid`.
    pub fn userid(mut self, value: impl Into<String>) -> Self {
        self.userid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumSaveIntegratedProcessInstanceRequestNotifiers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("position", &self.position)?;
        object.optional("userid", &self.userid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PremiumSaveIntegratedProcessInstanceRequestNotifiers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveIntegratedProcessInstanceRequestNotifiers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "position" => rt::read_field(map, &mut self.position),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
/// `PremiumSaveIntegratedProcessInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessInstanceResponseBody {
    /// `result`.
    pub result: Option<PremiumSaveIntegratedProcessInstanceResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumSaveIntegratedProcessInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumSaveIntegratedProcessInstanceResponseBody {
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
impl rt::serde::Serialize for PremiumSaveIntegratedProcessInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PremiumSaveIntegratedTaskRequestFeatureConfig`: the same model as [`CreateIntegratedTaskRequestFeatureConfig`].
pub type PremiumSaveIntegratedTaskRequestFeatureConfig = CreateIntegratedTaskRequestFeatureConfig;
/// `PremiumSaveIntegratedTaskRequestTaskConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedTaskRequestTaskConfig {
    /// `disableSendCard`.
    pub disable_send_card: Option<bool>,
}
impl PremiumSaveIntegratedTaskRequestTaskConfig {
    /// An empty `PremiumSaveIntegratedTaskRequestTaskConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `disableSendCard`.
    pub fn disable_send_card(mut self, value: bool) -> Self {
        self.disable_send_card = Some(value);
        self
    }
}
impl rt::serde::Serialize for PremiumSaveIntegratedTaskRequestTaskConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("disableSendCard", &self.disable_send_card)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumSaveIntegratedTaskRequestTaskConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveIntegratedTaskRequestTaskConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "disableSendCard" => rt::read_field(map, &mut self.disable_send_card),
            _ => Ok(false),
        }
    }
}
/// `PremiumSaveIntegratedTaskRequestTasks`: the same model as [`CreateIntegratedTaskRequestTasks`].
pub type PremiumSaveIntegratedTaskRequestTasks = CreateIntegratedTaskRequestTasks;
/// `PremiumSaveIntegratedTaskResponseBody`: the same model as [`CreateIntegratedTaskResponseBody`].
pub type PremiumSaveIntegratedTaskResponseBody = CreateIntegratedTaskResponseBody;
/// `PremiumUpdateFormInstanceRequestFormComponentValueList`: the same model as [`PremiumSaveFormInstanceRequestFormComponentValueList`].
pub type PremiumUpdateFormInstanceRequestFormComponentValueList = PremiumSaveFormInstanceRequestFormComponentValueList;
/// `PremiumUpdateFormInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumUpdateFormInstanceResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumUpdateFormInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumUpdateFormInstanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumUpdateFormInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceId", &self.instance_id)?;
        object.end()
    }
}
/// `PremiumUpdateProcessInstanceVariablesRequestVariables`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumUpdateProcessInstanceVariablesRequestVariables {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `extValue`.
    pub ext_value: Option<String>,
    /// `id`.
    pub id: String,
    /// `value`.
    pub value: String,
}
impl PremiumUpdateProcessInstanceVariablesRequestVariables {
    /// A `PremiumUpdateProcessInstanceVariablesRequestVariables` with its required fields (`id`, `value`); set the others with the methods named after them.
    pub fn new(id: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            biz_alias: None,
            ext_value: None,
            id: id.into(),
            value: value.into(),
        }
    }
    /// Sets `bizAlias`.
    pub fn biz_alias(mut self, value: impl Into<String>) -> Self {
        self.biz_alias = Some(value.into());
        self
    }
    /// Sets `extValue`.
    pub fn ext_value(mut self, value: impl Into<String>) -> Self {
        self.ext_value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumUpdateProcessInstanceVariablesRequestVariables {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("extValue", &self.ext_value)?;
        object.field("id", &self.id)?;
        object.field("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PremiumUpdateProcessInstanceVariablesRequestVariables {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumUpdateProcessInstanceVariablesRequestVariables {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "extValue" => rt::read_field(map, &mut self.ext_value),
            "id" => rt::read_field(map, &mut self.id),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `PremiumUpdateProcessInstanceVariablesResponseBody`: the same model as [`PremiumAppendTaskResponseBody`].
pub type PremiumUpdateProcessInstanceVariablesResponseBody = PremiumAppendTaskResponseBody;
/// `ProcessForecastRequestFormComponentValues`: the same model as [`PremiumSaveFormInstanceRequestFormComponentValueList`].
pub type ProcessForecastRequestFormComponentValues = PremiumSaveFormInstanceRequestFormComponentValueList;
/// `ProcessForecastResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessForecastResponseBody {
    /// `result`.
    pub result: Option<ProcessForecastResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ProcessForecastResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ProcessForecastResponseBody {
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
impl rt::serde::Serialize for ProcessForecastResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryAllFormInstancesResponseBody`: the same model as [`PremiumGetFormInstancesResponseBody`].
pub type QueryAllFormInstancesResponseBody = PremiumGetFormInstancesResponseBody;
/// `QueryAllProcessInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllProcessInstancesResponseBody {
    /// `result`.
    pub result: Option<QueryAllProcessInstancesResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllProcessInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllProcessInstancesResponseBody {
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
impl rt::serde::Serialize for QueryAllProcessInstancesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryFormByBizTypeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryFormByBizTypeResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryFormByBizTypeResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryFormByBizTypeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryFormByBizTypeResponseBody {
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
impl rt::serde::Serialize for QueryFormByBizTypeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryFormInstanceResponseBody`: the same model as [`PremiumGetFormInstanceResponseBody`].
pub type QueryFormInstanceResponseBody = PremiumGetFormInstanceResponseBody;
/// `QueryIntegratedTodoTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryIntegratedTodoTaskResponseBody {
    /// `result`.
    pub result: Option<QueryIntegratedTodoTaskResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryIntegratedTodoTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryIntegratedTodoTaskResponseBody {
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
impl rt::serde::Serialize for QueryIntegratedTodoTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryProcessByBizCategoryIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryProcessByBizCategoryIdResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryProcessByBizCategoryIdResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryProcessByBizCategoryIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProcessByBizCategoryIdResponseBody {
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
impl rt::serde::Serialize for QueryProcessByBizCategoryIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QuerySchemaAndProcessResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySchemaAndProcessResponseBody {
    /// `result`.
    pub result: Option<QuerySchemaAndProcessResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySchemaAndProcessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySchemaAndProcessResponseBody {
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
impl rt::serde::Serialize for QuerySchemaAndProcessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QuerySchemaByProcessCodeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySchemaByProcessCodeResponseBody {
    /// `result`.
    pub result: Option<QuerySchemaByProcessCodeResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySchemaByProcessCodeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySchemaByProcessCodeResponseBody {
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
impl rt::serde::Serialize for QuerySchemaByProcessCodeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `RedirectWorkflowTaskRequestFile`: the same model as [`AddProcessInstanceCommentRequestFile`].
pub type RedirectWorkflowTaskRequestFile = AddProcessInstanceCommentRequestFile;
/// `RedirectWorkflowTaskResponseBody`: the same model as [`PremiumAppendTaskResponseBody`].
pub type RedirectWorkflowTaskResponseBody = PremiumAppendTaskResponseBody;
/// `SaveIntegratedInstanceRequestFeatureConfig`: the same model as [`CreateIntegratedTaskRequestFeatureConfig`].
pub type SaveIntegratedInstanceRequestFeatureConfig = CreateIntegratedTaskRequestFeatureConfig;
/// `SaveIntegratedInstanceRequestFormComponentValueList`: the same model as [`PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList`].
pub type SaveIntegratedInstanceRequestFormComponentValueList = PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList;
/// `SaveIntegratedInstanceRequestNotifiers`: the same model as [`PremiumSaveIntegratedProcessInstanceRequestNotifiers`].
pub type SaveIntegratedInstanceRequestNotifiers = PremiumSaveIntegratedProcessInstanceRequestNotifiers;
/// `SaveIntegratedInstanceResponseBody`: the same model as [`PremiumSaveIntegratedProcessInstanceResponseBody`].
pub type SaveIntegratedInstanceResponseBody = PremiumSaveIntegratedProcessInstanceResponseBody;
/// `SaveProcessRequestProcessFeatureConfig`: the same model as [`CreateIntegratedTaskRequestFeatureConfig`].
pub type SaveProcessRequestProcessFeatureConfig = CreateIntegratedTaskRequestFeatureConfig;
/// `SaveProcessRequestTemplateConfig`: the same model as [`PremiumSaveIntegratedProcessRequestTemplateConfig`].
pub type SaveProcessRequestTemplateConfig = PremiumSaveIntegratedProcessRequestTemplateConfig;
/// `SaveProcessResponseBody`: the same model as [`FormCreateResponseBody`].
pub type SaveProcessResponseBody = FormCreateResponseBody;
/// `SetWorkflowTaskAgentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetWorkflowTaskAgentResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SetWorkflowTaskAgentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SetWorkflowTaskAgentResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingOpenErrcode" => rt::read_field(map, &mut self.ding_open_errcode),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SetWorkflowTaskAgentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingOpenErrcode", &self.ding_open_errcode)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `StartProcessInstanceRequestApprovers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StartProcessInstanceRequestApprovers {
    /// `actionType`.
    pub action_type: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl StartProcessInstanceRequestApprovers {
    /// An empty `StartProcessInstanceRequestApprovers`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionType`.
    pub fn action_type(mut self, value: impl Into<String>) -> Self {
        self.action_type = Some(value.into());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for StartProcessInstanceRequestApprovers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StartProcessInstanceRequestApprovers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StartProcessInstanceRequestApprovers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
/// `StartProcessInstanceRequestFormComponentValues`: the same model as [`PremiumSaveFormInstanceRequestFormComponentValueList`].
pub type StartProcessInstanceRequestFormComponentValues = PremiumSaveFormInstanceRequestFormComponentValueList;
/// `StartProcessInstanceRequestTargetSelectActioners`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StartProcessInstanceRequestTargetSelectActioners {
    /// `actionerKey`.
    pub actioner_key: Option<String>,
    /// `actionerUserIds`.
    pub actioner_user_ids: Option<Vec<String>>,
}
impl StartProcessInstanceRequestTargetSelectActioners {
    /// An empty `StartProcessInstanceRequestTargetSelectActioners`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionerKey`.
    pub fn actioner_key(mut self, value: impl Into<String>) -> Self {
        self.actioner_key = Some(value.into());
        self
    }
    /// Sets `actionerUserIds`.
    pub fn actioner_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.actioner_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for StartProcessInstanceRequestTargetSelectActioners {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionerKey", &self.actioner_key)?;
        object.optional("actionerUserIds", &self.actioner_user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for StartProcessInstanceRequestTargetSelectActioners {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StartProcessInstanceRequestTargetSelectActioners {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionerKey" => rt::read_field(map, &mut self.actioner_key),
            "actionerUserIds" => rt::read_field(map, &mut self.actioner_user_ids),
            _ => Ok(false),
        }
    }
}
/// `StartProcessInstanceResponseBody`: the same model as [`PremiumSaveFormInstanceResponseBody`].
pub type StartProcessInstanceResponseBody = PremiumSaveFormInstanceResponseBody;
/// `TerminateProcessInstanceResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type TerminateProcessInstanceResponseBody = AddApproveDentryAuthResponseBody;
/// `TodoTasksResponseBody`: the same model as [`PremiumQueryTodoTasksByManagerResponseBody`].
pub type TodoTasksResponseBody = PremiumQueryTodoTasksByManagerResponseBody;
/// `UpdateIntegratedTaskRequestTasks`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateIntegratedTaskRequestTasks {
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: String,
    /// `taskId`.
    pub task_id: i64,
}
impl UpdateIntegratedTaskRequestTasks {
    /// A `UpdateIntegratedTaskRequestTasks` with its required fields (`status`, `taskId`); set the others with the methods named after them.
    pub fn new(status: impl Into<String>, task_id: i64) -> Self {
        Self {
            result: None,
            status: status.into(),
            task_id,
        }
    }
    /// Sets `result`.
    pub fn result(mut self, value: impl Into<String>) -> Self {
        self.result = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateIntegratedTaskRequestTasks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.field("status", &self.status)?;
        object.field("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateIntegratedTaskRequestTasks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateIntegratedTaskRequestTasks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
/// `UpdateIntegratedTaskResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type UpdateIntegratedTaskResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `UpdateProcessInstanceRequestNotifiers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateProcessInstanceRequestNotifiers {
    /// `userId`.
    pub user_id: String,
}
impl UpdateProcessInstanceRequestNotifiers {
    /// A `UpdateProcessInstanceRequestNotifiers` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
impl rt::serde::Serialize for UpdateProcessInstanceRequestNotifiers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateProcessInstanceRequestNotifiers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateProcessInstanceRequestNotifiers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `UpdateProcessInstanceResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type UpdateProcessInstanceResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `AddProcessInstanceCommentRequestFileAttachments`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddProcessInstanceCommentRequestFileAttachments {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
impl AddProcessInstanceCommentRequestFileAttachments {
    /// An empty `AddProcessInstanceCommentRequestFileAttachments`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: impl Into<String>) -> Self {
        self.file_size = Some(value.into());
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddProcessInstanceCommentRequestFileAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for AddProcessInstanceCommentRequestFileAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddProcessInstanceCommentRequestFileAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
/// `ResultValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ResultValue {
    /// `result`.
    pub result: Option<bool>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ResultValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ResultValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ResultValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `BatchTasksRedirectResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchTasksRedirectResponseBodyResult {
    /// `failCount`.
    pub fail_count: Option<i64>,
    /// `redirectResults`.
    pub redirect_results: Option<
        Vec<BatchTasksRedirectResponseBodyResultRedirectResults>,
    >,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchTasksRedirectResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchTasksRedirectResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failCount" => rt::read_field(map, &mut self.fail_count),
            "redirectResults" => rt::read_field(map, &mut self.redirect_results),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchTasksRedirectResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failCount", &self.fail_count)?;
        object.optional("redirectResults", &self.redirect_results)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsNotifiers`: the same model as [`UpdateProcessInstanceRequestNotifiers`].
pub type BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsNotifiers = UpdateProcessInstanceRequestNotifiers;
/// `CopyProcessResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyProcessResponseBodyResult {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyProcessResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyProcessResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CopyProcessResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.end()
    }
}
/// `CreateIntegratedTaskRequestFeatureConfigFeatures`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateIntegratedTaskRequestFeatureConfigFeatures {
    /// `callback`.
    pub callback: Option<CreateIntegratedTaskRequestFeatureConfigFeaturesCallback>,
    /// `config`.
    pub config: Option<String>,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `runType`.
    pub run_type: Option<String>,
}
impl CreateIntegratedTaskRequestFeatureConfigFeatures {
    /// An empty `CreateIntegratedTaskRequestFeatureConfigFeatures`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `callback`.
    pub fn callback(
        mut self,
        value: CreateIntegratedTaskRequestFeatureConfigFeaturesCallback,
    ) -> Self {
        self.callback = Some(value);
        self
    }
    /// Sets `config`.
    pub fn config(mut self, value: impl Into<String>) -> Self {
        self.config = Some(value.into());
        self
    }
    /// Sets `mobileUrl`.
    pub fn mobile_url(mut self, value: impl Into<String>) -> Self {
        self.mobile_url = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
    /// Sets `runType`.
    pub fn run_type(mut self, value: impl Into<String>) -> Self {
        self.run_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateIntegratedTaskRequestFeatureConfigFeatures {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callback", &self.callback)?;
        object.optional("config", &self.config)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("name", &self.name)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("runType", &self.run_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateIntegratedTaskRequestFeatureConfigFeatures {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateIntegratedTaskRequestFeatureConfigFeatures {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callback" => rt::read_field(map, &mut self.callback),
            "config" => rt::read_field(map, &mut self.config),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "name" => rt::read_field(map, &mut self.name),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "runType" => rt::read_field(map, &mut self.run_type),
            _ => Ok(false),
        }
    }
}
/// `CreateIntegratedTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateIntegratedTaskResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateIntegratedTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateIntegratedTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateIntegratedTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `DeleteProcessResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteProcessResponseBodyResult {
    /// `processCode`.
    pub process_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteProcessResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteProcessResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteProcessResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("processCode", &self.process_code)?;
        object.end()
    }
}
/// `ExecuteProcessInstanceRequestFileAttachments`: the same model as [`AddProcessInstanceCommentRequestFileAttachments`].
pub type ExecuteProcessInstanceRequestFileAttachments = AddProcessInstanceCommentRequestFileAttachments;
/// `FormComponentProps`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FormComponentProps {
    /// `actionName`.
    pub action_name: Option<String>,
    /// `addressModel`.
    pub address_model: Option<String>,
    /// `align`.
    pub align: Option<String>,
    /// `asyncCondition`.
    pub async_condition: Option<bool>,
    /// `availableTemplates`.
    pub available_templates: Option<Vec<AvaliableTemplate>>,
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `choice`.
    pub choice: Option<String>,
    /// `commonBizType`.
    pub common_biz_type: Option<String>,
    /// `componentId`.
    pub component_id: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `dataSource`.
    pub data_source: Option<FormDataSource>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<bool>,
    /// `durationLabel`.
    pub duration_label: Option<String>,
    /// `format`.
    pub format: Option<String>,
    /// `formula`.
    pub formula: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: Option<String>,
    /// `limit`.
    pub limit: Option<i64>,
    /// `link`.
    pub link: Option<String>,
    /// `maxLength`.
    pub max_length: Option<i64>,
    /// `mode`.
    pub mode: Option<String>,
    /// `multiple`.
    pub multiple: Option<bool>,
    /// `options`.
    pub options: Option<Vec<SelectOption>>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `precision`.
    pub precision: Option<i64>,
    /// `print`.
    pub print: Option<String>,
    /// `required`.
    pub required: Option<bool>,
    /// `statField`.
    pub stat_field: Option<Vec<FormComponentPropsStatField>>,
    /// `tableViewMode`.
    pub table_view_mode: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `upper`.
    pub upper: Option<String>,
    /// `verticalPrint`.
    pub vertical_print: Option<bool>,
}
impl FormComponentProps {
    /// An empty `FormComponentProps`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionName`.
    pub fn action_name(mut self, value: impl Into<String>) -> Self {
        self.action_name = Some(value.into());
        self
    }
    /// Sets `addressModel`.
    pub fn address_model(mut self, value: impl Into<String>) -> Self {
        self.address_model = Some(value.into());
        self
    }
    /// Sets `align`.
    pub fn align(mut self, value: impl Into<String>) -> Self {
        self.align = Some(value.into());
        self
    }
    /// Sets `asyncCondition`.
    pub fn async_condition(mut self, value: bool) -> Self {
        self.async_condition = Some(value);
        self
    }
    /// Sets `availableTemplates`.
    pub fn available_templates(
        mut self,
        value: impl IntoIterator<Item = AvaliableTemplate>,
    ) -> Self {
        self.available_templates = Some(value.into_iter().collect());
        self
    }
    /// Sets `bizAlias`.
    pub fn biz_alias(mut self, value: impl Into<String>) -> Self {
        self.biz_alias = Some(value.into());
        self
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: impl Into<String>) -> Self {
        self.biz_type = Some(value.into());
        self
    }
    /// Sets `choice`.
    pub fn choice(mut self, value: impl Into<String>) -> Self {
        self.choice = Some(value.into());
        self
    }
    /// Sets `commonBizType`.
    pub fn common_biz_type(mut self, value: impl Into<String>) -> Self {
        self.common_biz_type = Some(value.into());
        self
    }
    /// Sets `componentId`.
    pub fn component_id(mut self, value: impl Into<String>) -> Self {
        self.component_id = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `dataSource`.
    pub fn data_source(mut self, value: FormDataSource) -> Self {
        self.data_source = Some(value);
        self
    }
    /// Sets `disabled`.
    pub fn disabled(mut self, value: bool) -> Self {
        self.disabled = Some(value);
        self
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: bool) -> Self {
        self.duration = Some(value);
        self
    }
    /// Sets `durationLabel`.
    pub fn duration_label(mut self, value: impl Into<String>) -> Self {
        self.duration_label = Some(value.into());
        self
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `formula`.
    pub fn formula(mut self, value: impl Into<String>) -> Self {
        self.formula = Some(value.into());
        self
    }
    /// Sets `invisible`.
    pub fn invisible(mut self, value: bool) -> Self {
        self.invisible = Some(value);
        self
    }
    /// Sets `label`.
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
    /// Sets `maxLength`.
    pub fn max_length(mut self, value: i64) -> Self {
        self.max_length = Some(value);
        self
    }
    /// Sets `mode`.
    pub fn mode(mut self, value: impl Into<String>) -> Self {
        self.mode = Some(value.into());
        self
    }
    /// Sets `multiple`.
    pub fn multiple(mut self, value: bool) -> Self {
        self.multiple = Some(value);
        self
    }
    /// Sets `options`.
    pub fn options(mut self, value: impl IntoIterator<Item = SelectOption>) -> Self {
        self.options = Some(value.into_iter().collect());
        self
    }
    /// Sets `placeholder`.
    pub fn placeholder(mut self, value: impl Into<String>) -> Self {
        self.placeholder = Some(value.into());
        self
    }
    /// Sets `precision`.
    pub fn precision(mut self, value: i64) -> Self {
        self.precision = Some(value);
        self
    }
    /// Sets `print`.
    pub fn print(mut self, value: impl Into<String>) -> Self {
        self.print = Some(value.into());
        self
    }
    /// Sets `required`.
    pub fn required(mut self, value: bool) -> Self {
        self.required = Some(value);
        self
    }
    /// Sets `statField`.
    pub fn stat_field(
        mut self,
        value: impl IntoIterator<Item = FormComponentPropsStatField>,
    ) -> Self {
        self.stat_field = Some(value.into_iter().collect());
        self
    }
    /// Sets `tableViewMode`.
    pub fn table_view_mode(mut self, value: impl Into<String>) -> Self {
        self.table_view_mode = Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
    /// Sets `upper`.
    pub fn upper(mut self, value: impl Into<String>) -> Self {
        self.upper = Some(value.into());
        self
    }
    /// Sets `verticalPrint`.
    pub fn vertical_print(mut self, value: bool) -> Self {
        self.vertical_print = Some(value);
        self
    }
}
impl rt::serde::Serialize for FormComponentProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionName", &self.action_name)?;
        object.optional("addressModel", &self.address_model)?;
        object.optional("align", &self.align)?;
        object.optional("asyncCondition", &self.async_condition)?;
        object.optional("availableTemplates", &self.available_templates)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("choice", &self.choice)?;
        object.optional("commonBizType", &self.common_biz_type)?;
        object.optional("componentId", &self.component_id)?;
        object.optional("content", &self.content)?;
        object.optional("dataSource", &self.data_source)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.optional("durationLabel", &self.duration_label)?;
        object.optional("format", &self.format)?;
        object.optional("formula", &self.formula)?;
        object.optional("invisible", &self.invisible)?;
        object.optional("label", &self.label)?;
        object.optional("limit", &self.limit)?;
        object.optional("link", &self.link)?;
        object.optional("maxLength", &self.max_length)?;
        object.optional("mode", &self.mode)?;
        object.optional("multiple", &self.multiple)?;
        object.optional("options", &self.options)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("precision", &self.precision)?;
        object.optional("print", &self.print)?;
        object.optional("required", &self.required)?;
        object.optional("statField", &self.stat_field)?;
        object.optional("tableViewMode", &self.table_view_mode)?;
        object.optional("unit", &self.unit)?;
        object.optional("upper", &self.upper)?;
        object.optional("verticalPrint", &self.vertical_print)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FormComponentProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FormComponentProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionName" => rt::read_field(map, &mut self.action_name),
            "addressModel" => rt::read_field(map, &mut self.address_model),
            "align" => rt::read_field(map, &mut self.align),
            "asyncCondition" => rt::read_field(map, &mut self.async_condition),
            "availableTemplates" => rt::read_field(map, &mut self.available_templates),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "choice" => rt::read_field(map, &mut self.choice),
            "commonBizType" => rt::read_field(map, &mut self.common_biz_type),
            "componentId" => rt::read_field(map, &mut self.component_id),
            "content" => rt::read_field(map, &mut self.content),
            "dataSource" => rt::read_field(map, &mut self.data_source),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "durationLabel" => rt::read_field(map, &mut self.duration_label),
            "format" => rt::read_field(map, &mut self.format),
            "formula" => rt::read_field(map, &mut self.formula),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "limit" => rt::read_field(map, &mut self.limit),
            "link" => rt::read_field(map, &mut self.link),
            "maxLength" => rt::read_field(map, &mut self.max_length),
            "mode" => rt::read_field(map, &mut self.mode),
            "multiple" => rt::read_field(map, &mut self.multiple),
            "options" => rt::read_field(map, &mut self.options),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "precision" => rt::read_field(map, &mut self.precision),
            "print" => rt::read_field(map, &mut self.print),
            "required" => rt::read_field(map, &mut self.required),
            "statField" => rt::read_field(map, &mut self.stat_field),
            "tableViewMode" => rt::read_field(map, &mut self.table_view_mode),
            "unit" => rt::read_field(map, &mut self.unit),
            "upper" => rt::read_field(map, &mut self.upper),
            "verticalPrint" => rt::read_field(map, &mut self.vertical_print),
            _ => Ok(false),
        }
    }
}
/// `FormCreateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FormCreateResponseBodyResult {
    /// `processCode`.
    pub process_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for FormCreateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FormCreateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FormCreateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("processCode", &self.process_code)?;
        object.end()
    }
}
/// `GetAttachmentSpaceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAttachmentSpaceResponseBodyResult {
    /// `spaceId`.
    pub space_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAttachmentSpaceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAttachmentSpaceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAttachmentSpaceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `GetConditionFormComponentResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConditionFormComponentResponseBodyResult {
    /// `id`.
    pub id: Option<String>,
    /// `label`.
    pub label: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConditionFormComponentResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConditionFormComponentResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "label" => rt::read_field(map, &mut self.label),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConditionFormComponentResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("label", &self.label)?;
        object.end()
    }
}
/// `GetFieldModifiedHistoryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFieldModifiedHistoryResponseBodyResult {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFieldModifiedHistoryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFieldModifiedHistoryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFieldModifiedHistoryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetHandSignDownloadUrlResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetHandSignDownloadUrlResponseBodyResult {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `expireIn`.
    pub expire_in: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetHandSignDownloadUrlResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetHandSignDownloadUrlResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "expireIn" => rt::read_field(map, &mut self.expire_in),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetHandSignDownloadUrlResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("expireIn", &self.expire_in)?;
        object.end()
    }
}
/// `GetManageProcessByStaffIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetManageProcessByStaffIdResponseBodyResult {
    /// `attendanceType`.
    pub attendance_type: Option<i64>,
    /// `flowTitle`.
    pub flow_title: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `iconName`.
    pub icon_name: Option<String>,
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `newProcess`.
    pub new_process: Option<bool>,
    /// `processCode`.
    pub process_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetManageProcessByStaffIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetManageProcessByStaffIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendanceType" => rt::read_field(map, &mut self.attendance_type),
            "flowTitle" => rt::read_field(map, &mut self.flow_title),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "iconName" => rt::read_field(map, &mut self.icon_name),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "newProcess" => rt::read_field(map, &mut self.new_process),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetManageProcessByStaffIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendanceType", &self.attendance_type)?;
        object.optional("flowTitle", &self.flow_title)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("iconName", &self.icon_name)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("newProcess", &self.new_process)?;
        object.optional("processCode", &self.process_code)?;
        object.end()
    }
}
/// `GetProcessCodeByNameResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessCodeByNameResponseBodyResult {
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessCodeByNameResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessCodeByNameResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessCodeByNameResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("processCode", &self.process_code)?;
        object.end()
    }
}
/// `GetProcessConfigResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResult {
    /// `abstractGenRule`.
    pub abstract_gen_rule: Option<Vec<String>>,
    /// `activityAuth`.
    pub activity_auth: Option<String>,
    /// `allowRevoke`.
    pub allow_revoke: Option<bool>,
    /// `appendEnable`.
    pub append_enable: Option<bool>,
    /// `autoExecuteOriginatorTasks`.
    pub auto_execute_originator_tasks: Option<bool>,
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `commentConf`.
    pub comment_conf: Option<GetProcessConfigResponseBodyResultCommentConf>,
    /// `duplicateRemoval`.
    pub duplicate_removal: Option<String>,
    /// `formSchema`.
    pub form_schema: Option<String>,
    /// `handSignConf`.
    pub hand_sign_conf: Option<GetProcessConfigResponseBodyResultHandSignConf>,
    /// `managers`.
    pub managers: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `processAppType`.
    pub process_app_type: Option<bool>,
    /// `processConfig`.
    pub process_config: Option<String>,
    /// `staticProc`.
    pub static_proc: Option<bool>,
    /// `substituteSubmitConf`.
    pub substitute_submit_conf: Option<
        GetProcessConfigResponseBodyResultSubstituteSubmitConf,
    >,
    /// `titleGenRule`.
    pub title_gen_rule: Option<GetProcessConfigResponseBodyResultTitleGenRule>,
    /// `visibility`.
    pub visibility: Option<Vec<GetProcessConfigResponseBodyResultVisibility>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessConfigResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessConfigResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "abstractGenRule" => rt::read_field(map, &mut self.abstract_gen_rule),
            "activityAuth" => rt::read_field(map, &mut self.activity_auth),
            "allowRevoke" => rt::read_field(map, &mut self.allow_revoke),
            "appendEnable" => rt::read_field(map, &mut self.append_enable),
            "autoExecuteOriginatorTasks" => {
                rt::read_field(map, &mut self.auto_execute_originator_tasks)
            }
            "bizCategoryId" => rt::read_field(map, &mut self.biz_category_id),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "commentConf" => rt::read_field(map, &mut self.comment_conf),
            "duplicateRemoval" => rt::read_field(map, &mut self.duplicate_removal),
            "formSchema" => rt::read_field(map, &mut self.form_schema),
            "handSignConf" => rt::read_field(map, &mut self.hand_sign_conf),
            "managers" => rt::read_field(map, &mut self.managers),
            "name" => rt::read_field(map, &mut self.name),
            "processAppType" => rt::read_field(map, &mut self.process_app_type),
            "processConfig" => rt::read_field(map, &mut self.process_config),
            "staticProc" => rt::read_field(map, &mut self.static_proc),
            "substituteSubmitConf" => {
                rt::read_field(map, &mut self.substitute_submit_conf)
            }
            "titleGenRule" => rt::read_field(map, &mut self.title_gen_rule),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessConfigResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("abstractGenRule", &self.abstract_gen_rule)?;
        object.optional("activityAuth", &self.activity_auth)?;
        object.optional("allowRevoke", &self.allow_revoke)?;
        object.optional("appendEnable", &self.append_enable)?;
        object
            .optional(
                "autoExecuteOriginatorTasks",
                &self.auto_execute_originator_tasks,
            )?;
        object.optional("bizCategoryId", &self.biz_category_id)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("commentConf", &self.comment_conf)?;
        object.optional("duplicateRemoval", &self.duplicate_removal)?;
        object.optional("formSchema", &self.form_schema)?;
        object.optional("handSignConf", &self.hand_sign_conf)?;
        object.optional("managers", &self.managers)?;
        object.optional("name", &self.name)?;
        object.optional("processAppType", &self.process_app_type)?;
        object.optional("processConfig", &self.process_config)?;
        object.optional("staticProc", &self.static_proc)?;
        object.optional("substituteSubmitConf", &self.substitute_submit_conf)?;
        object.optional("titleGenRule", &self.title_gen_rule)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `GetProcessInstanceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceResponseBodyResult {
    /// `approverUserIds`.
    pub approver_user_ids: Option<Vec<String>>,
    /// `attachedProcessInstanceIds`.
    pub attached_process_instance_ids: Option<Vec<String>>,
    /// `bizAction`.
    pub biz_action: Option<String>,
    /// `bizData`.
    pub biz_data: Option<String>,
    /// `businessId`.
    pub business_id: Option<String>,
    /// `ccUserIds`.
    pub cc_user_ids: Option<Vec<String>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `finishTime`.
    pub finish_time: Option<String>,
    /// `formComponentValues`.
    pub form_component_values: Option<
        Vec<GetProcessInstanceResponseBodyResultFormComponentValues>,
    >,
    /// `mainProcessInstanceId`.
    pub main_process_instance_id: Option<String>,
    /// `operationRecords`.
    pub operation_records: Option<
        Vec<GetProcessInstanceResponseBodyResultOperationRecords>,
    >,
    /// `originatorDeptId`.
    pub originator_dept_id: Option<String>,
    /// `originatorDeptName`.
    pub originator_dept_name: Option<String>,
    /// `originatorUserId`.
    pub originator_user_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `tasks`.
    pub tasks: Option<Vec<GetProcessInstanceResponseBodyResultTasks>>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessInstanceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approverUserIds" => rt::read_field(map, &mut self.approver_user_ids),
            "attachedProcessInstanceIds" => {
                rt::read_field(map, &mut self.attached_process_instance_ids)
            }
            "bizAction" => rt::read_field(map, &mut self.biz_action),
            "bizData" => rt::read_field(map, &mut self.biz_data),
            "businessId" => rt::read_field(map, &mut self.business_id),
            "ccUserIds" => rt::read_field(map, &mut self.cc_user_ids),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "formComponentValues" => rt::read_field(map, &mut self.form_component_values),
            "mainProcessInstanceId" => {
                rt::read_field(map, &mut self.main_process_instance_id)
            }
            "operationRecords" => rt::read_field(map, &mut self.operation_records),
            "originatorDeptId" => rt::read_field(map, &mut self.originator_dept_id),
            "originatorDeptName" => rt::read_field(map, &mut self.originator_dept_name),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "tasks" => rt::read_field(map, &mut self.tasks),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessInstanceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approverUserIds", &self.approver_user_ids)?;
        object
            .optional(
                "attachedProcessInstanceIds",
                &self.attached_process_instance_ids,
            )?;
        object.optional("bizAction", &self.biz_action)?;
        object.optional("bizData", &self.biz_data)?;
        object.optional("businessId", &self.business_id)?;
        object.optional("ccUserIds", &self.cc_user_ids)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("formComponentValues", &self.form_component_values)?;
        object.optional("mainProcessInstanceId", &self.main_process_instance_id)?;
        object.optional("operationRecords", &self.operation_records)?;
        object.optional("originatorDeptId", &self.originator_dept_id)?;
        object.optional("originatorDeptName", &self.originator_dept_name)?;
        object.optional("originatorUserId", &self.originator_user_id)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("tasks", &self.tasks)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetProcessInstanceWithExtraResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceWithExtraResponseBodyResult {
    /// `approverUserIds`.
    pub approver_user_ids: Option<Vec<String>>,
    /// `attachedProcessInstanceIds`.
    pub attached_process_instance_ids: Option<Vec<String>>,
    /// `bizAction`.
    pub biz_action: Option<String>,
    /// `bizData`.
    pub biz_data: Option<String>,
    /// `businessId`.
    pub business_id: Option<String>,
    /// `ccUserIds`.
    pub cc_user_ids: Option<Vec<String>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `finishTime`.
    pub finish_time: Option<String>,
    /// `formComponentValues`.
    pub form_component_values: Option<
        Vec<GetProcessInstanceWithExtraResponseBodyResultFormComponentValues>,
    >,
    /// `mainProcessInstanceId`.
    pub main_process_instance_id: Option<String>,
    /// `operationRecords`.
    pub operation_records: Option<
        Vec<GetProcessInstanceWithExtraResponseBodyResultOperationRecords>,
    >,
    /// `originatorDeptId`.
    pub originator_dept_id: Option<String>,
    /// `originatorDeptName`.
    pub originator_dept_name: Option<String>,
    /// `originatorUserId`.
    pub originator_user_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `tasks`.
    pub tasks: Option<Vec<GetProcessInstanceWithExtraResponseBodyResultTasks>>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessInstanceWithExtraResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceWithExtraResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approverUserIds" => rt::read_field(map, &mut self.approver_user_ids),
            "attachedProcessInstanceIds" => {
                rt::read_field(map, &mut self.attached_process_instance_ids)
            }
            "bizAction" => rt::read_field(map, &mut self.biz_action),
            "bizData" => rt::read_field(map, &mut self.biz_data),
            "businessId" => rt::read_field(map, &mut self.business_id),
            "ccUserIds" => rt::read_field(map, &mut self.cc_user_ids),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "formComponentValues" => rt::read_field(map, &mut self.form_component_values),
            "mainProcessInstanceId" => {
                rt::read_field(map, &mut self.main_process_instance_id)
            }
            "operationRecords" => rt::read_field(map, &mut self.operation_records),
            "originatorDeptId" => rt::read_field(map, &mut self.originator_dept_id),
            "originatorDeptName" => rt::read_field(map, &mut self.originator_dept_name),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "tasks" => rt::read_field(map, &mut self.tasks),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessInstanceWithExtraResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approverUserIds", &self.approver_user_ids)?;
        object
            .optional(
                "attachedProcessInstanceIds",
                &self.attached_process_instance_ids,
            )?;
        object.optional("bizAction", &self.biz_action)?;
        object.optional("bizData", &self.biz_data)?;
        object.optional("businessId", &self.business_id)?;
        object.optional("ccUserIds", &self.cc_user_ids)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("formComponentValues", &self.form_component_values)?;
        object.optional("mainProcessInstanceId", &self.main_process_instance_id)?;
        object.optional("operationRecords", &self.operation_records)?;
        object.optional("originatorDeptId", &self.originator_dept_id)?;
        object.optional("originatorDeptName", &self.originator_dept_name)?;
        object.optional("originatorUserId", &self.originator_user_id)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("tasks", &self.tasks)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetSchemaAndProcessconfigBatchllyResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSchemaAndProcessconfigBatchllyResponseBodyResult {
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `managerList`.
    pub manager_list: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processConfig`.
    pub process_config: Option<String>,
    /// `processId`.
    pub process_id: Option<i64>,
    /// `properties`.
    pub properties: Option<String>,
    /// `schemaContent`.
    pub schema_content: Option<String>,
    /// `visibleScope`.
    pub visible_scope: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetSchemaAndProcessconfigBatchllyResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSchemaAndProcessconfigBatchllyResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "bizCategoryId" => rt::read_field(map, &mut self.biz_category_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "managerList" => rt::read_field(map, &mut self.manager_list),
            "memo" => rt::read_field(map, &mut self.memo),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processConfig" => rt::read_field(map, &mut self.process_config),
            "processId" => rt::read_field(map, &mut self.process_id),
            "properties" => rt::read_field(map, &mut self.properties),
            "schemaContent" => rt::read_field(map, &mut self.schema_content),
            "visibleScope" => rt::read_field(map, &mut self.visible_scope),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSchemaAndProcessconfigBatchllyResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("bizCategoryId", &self.biz_category_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("managerList", &self.manager_list)?;
        object.optional("memo", &self.memo)?;
        object.optional("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processConfig", &self.process_config)?;
        object.optional("processId", &self.process_id)?;
        object.optional("properties", &self.properties)?;
        object.optional("schemaContent", &self.schema_content)?;
        object.optional("visibleScope", &self.visible_scope)?;
        object.end()
    }
}
/// `GetSpaceWithDownloadAuthResponseBodyResult`: the same model as [`GetAttachmentSpaceResponseBodyResult`].
pub type GetSpaceWithDownloadAuthResponseBodyResult = GetAttachmentSpaceResponseBodyResult;
/// `GrantProcessInstanceForDownloadFileResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GrantProcessInstanceForDownloadFileResponseBodyResult {
    /// `downloadUri`.
    pub download_uri: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GrantProcessInstanceForDownloadFileResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GrantProcessInstanceForDownloadFileResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUri" => rt::read_field(map, &mut self.download_uri),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GrantProcessInstanceForDownloadFileResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUri", &self.download_uri)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `InsertOrUpdateDirResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InsertOrUpdateDirResponseBodyResult {
    /// `bizGroup`.
    pub biz_group: Option<String>,
    /// `dirId`.
    pub dir_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for InsertOrUpdateDirResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InsertOrUpdateDirResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizGroup" => rt::read_field(map, &mut self.biz_group),
            "dirId" => rt::read_field(map, &mut self.dir_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InsertOrUpdateDirResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizGroup", &self.biz_group)?;
        object.optional("dirId", &self.dir_id)?;
        object.end()
    }
}
/// `InstallAppResponseBodyResult`: the same model as [`CopyProcessResponseBodyResult`].
pub type InstallAppResponseBodyResult = CopyProcessResponseBodyResult;
/// `ListProcessInstanceIdsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListProcessInstanceIdsResponseBodyResult {
    /// `list`.
    pub list: Option<Vec<String>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListProcessInstanceIdsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListProcessInstanceIdsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListProcessInstanceIdsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListTodoWorkRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTodoWorkRecordsResponseBodyResult {
    /// `list`.
    pub list: Option<Vec<ListTodoWorkRecordsResponseBodyResultList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTodoWorkRecordsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTodoWorkRecordsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTodoWorkRecordsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListUserVisibleBpmsProcessesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserVisibleBpmsProcessesResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `processList`.
    pub process_list: Option<
        Vec<ListUserVisibleBpmsProcessesResponseBodyResultProcessList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for ListUserVisibleBpmsProcessesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserVisibleBpmsProcessesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "processList" => rt::read_field(map, &mut self.process_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserVisibleBpmsProcessesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("processList", &self.process_list)?;
        object.end()
    }
}
/// `PagesExportInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PagesExportInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PagesExportInstancesResponseBodyResultList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PagesExportInstancesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PagesExportInstancesResponseBodyResult {
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
impl rt::serde::Serialize for PagesExportInstancesResponseBodyResult {
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
/// `PremiumGetAttachmentSpaceResponseBodyResult`: the same model as [`GetAttachmentSpaceResponseBodyResult`].
pub type PremiumGetAttachmentSpaceResponseBodyResult = GetAttachmentSpaceResponseBodyResult;
/// `PremiumGetDoneTasksResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetDoneTasksResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumGetDoneTasksResponseBodyResultList>>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetDoneTasksResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetDoneTasksResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetDoneTasksResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `PremiumGetFieldModifiedHistoryResponseBodyResult`: the same model as [`GetFieldModifiedHistoryResponseBodyResult`].
pub type PremiumGetFieldModifiedHistoryResponseBodyResult = GetFieldModifiedHistoryResponseBodyResult;
/// `PremiumGetFormInstanceResponseBodyFormInstDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormInstanceResponseBodyFormInstDataList {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `componentType`.
    pub component_type: Option<String>,
    /// `extendValue`.
    pub extend_value: Option<String>,
    /// `key`.
    pub key: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormInstanceResponseBodyFormInstDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormInstanceResponseBodyFormInstDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "componentType" => rt::read_field(map, &mut self.component_type),
            "extendValue" => rt::read_field(map, &mut self.extend_value),
            "key" => rt::read_field(map, &mut self.key),
            "label" => rt::read_field(map, &mut self.label),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetFormInstanceResponseBodyFormInstDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("componentType", &self.component_type)?;
        object.optional("extendValue", &self.extend_value)?;
        object.optional("key", &self.key)?;
        object.optional("label", &self.label)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `PremiumGetFormInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `values`.
    pub values: Option<Vec<PremiumGetFormInstancesResponseBodyResultValues>>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetFormInstancesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormInstancesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetFormInstancesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResult {
    /// `appType`.
    pub app_type: Option<i64>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `schemaContent`.
    pub schema_content: Option<PremiumGetFormSchemaResponseBodyResultSchemaContent>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetFormSchemaResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormSchemaResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "icon" => rt::read_field(map, &mut self.icon),
            "memo" => rt::read_field(map, &mut self.memo),
            "name" => rt::read_field(map, &mut self.name),
            "schemaContent" => rt::read_field(map, &mut self.schema_content),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetFormSchemaResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("icon", &self.icon)?;
        object.optional("memo", &self.memo)?;
        object.optional("name", &self.name)?;
        object.optional("schemaContent", &self.schema_content)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `PremiumGetInstFieldSettingResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetInstFieldSettingResponseBodyResult {
    /// `componentType`.
    pub component_type: Option<String>,
    /// `fieldBehavior`.
    pub field_behavior: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetInstFieldSettingResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetInstFieldSettingResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentType" => rt::read_field(map, &mut self.component_type),
            "fieldBehavior" => rt::read_field(map, &mut self.field_behavior),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetInstFieldSettingResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentType", &self.component_type)?;
        object.optional("fieldBehavior", &self.field_behavior)?;
        object.optional("fieldId", &self.field_id)?;
        object.end()
    }
}
/// `PremiumGetNoticedInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetNoticedInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumGetNoticedInstancesResponseBodyResultList>>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetNoticedInstancesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetNoticedInstancesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetNoticedInstancesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `PremiumGetProcessInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetProcessInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumGetProcessInstancesResponseBodyResultList>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetProcessInstancesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetProcessInstancesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetProcessInstancesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `PremiumGetSpaceWithDownloadAuthResponseBodyResult`: the same model as [`GetAttachmentSpaceResponseBodyResult`].
pub type PremiumGetSpaceWithDownloadAuthResponseBodyResult = GetAttachmentSpaceResponseBodyResult;
/// `PremiumGetSubmittedInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetSubmittedInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumGetSubmittedInstancesResponseBodyResultList>>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetSubmittedInstancesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetSubmittedInstancesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetSubmittedInstancesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `PremiumGetTodoTasksResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetTodoTasksResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumGetTodoTasksResponseBodyResultList>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetTodoTasksResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetTodoTasksResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetTodoTasksResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `PremiumGrantProcessInstanceForDownloadFileResponseBodyResult`: the same model as [`GrantProcessInstanceForDownloadFileResponseBodyResult`].
pub type PremiumGrantProcessInstanceForDownloadFileResponseBodyResult = GrantProcessInstanceForDownloadFileResponseBodyResult;
/// `PremiumInsertOrUpdateDirResponseBodyResult`: the same model as [`InsertOrUpdateDirResponseBodyResult`].
pub type PremiumInsertOrUpdateDirResponseBodyResult = InsertOrUpdateDirResponseBodyResult;
/// `PremiumQuerySchemaAndProcessByCodeListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumQuerySchemaAndProcessByCodeListResponseBodyResult {
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `modifierUserId`.
    pub modifier_user_id: Option<String>,
    /// `modifyTime`.
    pub modify_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processConfig`.
    pub process_config: Option<String>,
    /// `processId`.
    pub process_id: Option<i64>,
    /// `schemaContent`.
    pub schema_content: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumQuerySchemaAndProcessByCodeListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumQuerySchemaAndProcessByCodeListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "bizCategoryId" => rt::read_field(map, &mut self.biz_category_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "icon" => rt::read_field(map, &mut self.icon),
            "memo" => rt::read_field(map, &mut self.memo),
            "modifierUserId" => rt::read_field(map, &mut self.modifier_user_id),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processConfig" => rt::read_field(map, &mut self.process_config),
            "processId" => rt::read_field(map, &mut self.process_id),
            "schemaContent" => rt::read_field(map, &mut self.schema_content),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumQuerySchemaAndProcessByCodeListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("bizCategoryId", &self.biz_category_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("icon", &self.icon)?;
        object.optional("memo", &self.memo)?;
        object.optional("modifierUserId", &self.modifier_user_id)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processConfig", &self.process_config)?;
        object.optional("processId", &self.process_id)?;
        object.optional("schemaContent", &self.schema_content)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `PremiumQueryTodoTasksByManagerResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumQueryTodoTasksByManagerResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumQueryTodoTasksByManagerResponseBodyResultList>>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumQueryTodoTasksByManagerResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumQueryTodoTasksByManagerResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumQueryTodoTasksByManagerResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `PremiumRedirectTasksByManagerResponseBodyResult`: the same model as [`BatchTasksRedirectResponseBodyResult`].
pub type PremiumRedirectTasksByManagerResponseBodyResult = BatchTasksRedirectResponseBodyResult;
/// `PremiumSaveFormResponseBodyResult`: the same model as [`FormCreateResponseBodyResult`].
pub type PremiumSaveFormResponseBodyResult = FormCreateResponseBodyResult;
/// `PremiumSaveFormInstanceRequestFormComponentValueListDetails`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveFormInstanceRequestFormComponentValueListDetails {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `details`.
    pub details: Option<
        Vec<PremiumSaveFormInstanceRequestFormComponentValueListDetailsDetails>,
    >,
    /// `extValue`.
    pub ext_value: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl PremiumSaveFormInstanceRequestFormComponentValueListDetails {
    /// An empty `PremiumSaveFormInstanceRequestFormComponentValueListDetails`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizAlias`.
    pub fn biz_alias(mut self, value: impl Into<String>) -> Self {
        self.biz_alias = Some(value.into());
        self
    }
    /// Sets `details`.
    pub fn details(
        mut self,
        value: impl IntoIterator<
            Item = PremiumSaveFormInstanceRequestFormComponentValueListDetailsDetails,
        >,
    ) -> Self {
        self.details = Some(value.into_iter().collect());
        self
    }
    /// Sets `extValue`.
    pub fn ext_value(mut self, value: impl Into<String>) -> Self {
        self.ext_value = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for PremiumSaveFormInstanceRequestFormComponentValueListDetails {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("details", &self.details)?;
        object.optional("extValue", &self.ext_value)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PremiumSaveFormInstanceRequestFormComponentValueListDetails {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveFormInstanceRequestFormComponentValueListDetails {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "details" => rt::read_field(map, &mut self.details),
            "extValue" => rt::read_field(map, &mut self.ext_value),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures {
    /// `callback`.
    pub callback: Option<
        PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeaturesCallback,
    >,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `runType`.
    pub run_type: Option<String>,
}
impl PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures {
    /// An empty `PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `callback`.
    pub fn callback(
        mut self,
        value: PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeaturesCallback,
    ) -> Self {
        self.callback = Some(value);
        self
    }
    /// Sets `mobileUrl`.
    pub fn mobile_url(mut self, value: impl Into<String>) -> Self {
        self.mobile_url = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
    /// Sets `runType`.
    pub fn run_type(mut self, value: impl Into<String>) -> Self {
        self.run_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callback", &self.callback)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("name", &self.name)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("runType", &self.run_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callback" => rt::read_field(map, &mut self.callback),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "name" => rt::read_field(map, &mut self.name),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "runType" => rt::read_field(map, &mut self.run_type),
            _ => Ok(false),
        }
    }
}
/// `PremiumSaveIntegratedProcessResponseBodyResult`: the same model as [`FormCreateResponseBodyResult`].
pub type PremiumSaveIntegratedProcessResponseBodyResult = FormCreateResponseBodyResult;
/// `PremiumSaveIntegratedProcessInstanceRequestFeatureConfigFeatures`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeatures`].
pub type PremiumSaveIntegratedProcessInstanceRequestFeatureConfigFeatures = CreateIntegratedTaskRequestFeatureConfigFeatures;
/// `PremiumSaveIntegratedProcessInstanceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessInstanceResponseBodyResult {
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumSaveIntegratedProcessInstanceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumSaveIntegratedProcessInstanceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumSaveIntegratedProcessInstanceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.end()
    }
}
/// `PremiumSaveIntegratedTaskRequestFeatureConfigFeatures`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeatures`].
pub type PremiumSaveIntegratedTaskRequestFeatureConfigFeatures = CreateIntegratedTaskRequestFeatureConfigFeatures;
/// `PremiumSaveIntegratedTaskResponseBodyResult`: the same model as [`CreateIntegratedTaskResponseBodyResult`].
pub type PremiumSaveIntegratedTaskResponseBodyResult = CreateIntegratedTaskResponseBodyResult;
/// `PremiumUpdateFormInstanceRequestFormComponentValueListDetails`: the same model as [`PremiumSaveFormInstanceRequestFormComponentValueListDetails`].
pub type PremiumUpdateFormInstanceRequestFormComponentValueListDetails = PremiumSaveFormInstanceRequestFormComponentValueListDetails;
/// `ProcessForecastRequestFormComponentValuesDetails`: the same model as [`PremiumSaveFormInstanceRequestFormComponentValueListDetails`].
pub type ProcessForecastRequestFormComponentValuesDetails = PremiumSaveFormInstanceRequestFormComponentValueListDetails;
/// `ProcessForecastResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResult {
    /// `isForecastSuccess`.
    pub is_forecast_success: Option<bool>,
    /// `isStaticWorkflow`.
    pub is_static_workflow: Option<bool>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processId`.
    pub process_id: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `workflowActivityRules`.
    pub workflow_activity_rules: Option<
        Vec<ProcessForecastResponseBodyResultWorkflowActivityRules>,
    >,
    /// `workflowForecastNodes`.
    pub workflow_forecast_nodes: Option<
        Vec<ProcessForecastResponseBodyResultWorkflowForecastNodes>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for ProcessForecastResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ProcessForecastResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isForecastSuccess" => rt::read_field(map, &mut self.is_forecast_success),
            "isStaticWorkflow" => rt::read_field(map, &mut self.is_static_workflow),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processId" => rt::read_field(map, &mut self.process_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "workflowActivityRules" => {
                rt::read_field(map, &mut self.workflow_activity_rules)
            }
            "workflowForecastNodes" => {
                rt::read_field(map, &mut self.workflow_forecast_nodes)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ProcessForecastResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isForecastSuccess", &self.is_forecast_success)?;
        object.optional("isStaticWorkflow", &self.is_static_workflow)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processId", &self.process_id)?;
        object.optional("userId", &self.user_id)?;
        object.optional("workflowActivityRules", &self.workflow_activity_rules)?;
        object.optional("workflowForecastNodes", &self.workflow_forecast_nodes)?;
        object.end()
    }
}
/// `QueryAllFormInstancesResponseBodyResult`: the same model as [`PremiumGetFormInstancesResponseBodyResult`].
pub type QueryAllFormInstancesResponseBodyResult = PremiumGetFormInstancesResponseBodyResult;
/// `QueryAllProcessInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllProcessInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryAllProcessInstancesResponseBodyResultList>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllProcessInstancesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllProcessInstancesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAllProcessInstancesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `QueryFormByBizTypeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryFormByBizTypeResponseBodyResult {
    /// `appType`.
    pub app_type: Option<i64>,
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `modifedTime`.
    pub modifed_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `ownerId`.
    pub owner_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryFormByBizTypeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryFormByBizTypeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "content" => rt::read_field(map, &mut self.content),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "memo" => rt::read_field(map, &mut self.memo),
            "modifedTime" => rt::read_field(map, &mut self.modifed_time),
            "name" => rt::read_field(map, &mut self.name),
            "ownerId" => rt::read_field(map, &mut self.owner_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryFormByBizTypeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("content", &self.content)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("memo", &self.memo)?;
        object.optional("modifedTime", &self.modifed_time)?;
        object.optional("name", &self.name)?;
        object.optional("ownerId", &self.owner_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryFormInstanceResponseBodyFormInstDataList`: the same model as [`PremiumGetFormInstanceResponseBodyFormInstDataList`].
pub type QueryFormInstanceResponseBodyFormInstDataList = PremiumGetFormInstanceResponseBodyFormInstDataList;
/// `QueryIntegratedTodoTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryIntegratedTodoTaskResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryIntegratedTodoTaskResponseBodyResultList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryIntegratedTodoTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryIntegratedTodoTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryIntegratedTodoTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QueryProcessByBizCategoryIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryProcessByBizCategoryIdResponseBodyResult {
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryProcessByBizCategoryIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProcessByBizCategoryIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProcessByBizCategoryIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QuerySchemaAndProcessResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySchemaAndProcessResponseBodyResult {
    /// `appType`.
    pub app_type: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `handSignEnable`.
    pub hand_sign_enable: Option<String>,
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `processConfig`.
    pub process_config: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySchemaAndProcessResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySchemaAndProcessResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "content" => rt::read_field(map, &mut self.content),
            "handSignEnable" => rt::read_field(map, &mut self.hand_sign_enable),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "name" => rt::read_field(map, &mut self.name),
            "processConfig" => rt::read_field(map, &mut self.process_config),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySchemaAndProcessResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("content", &self.content)?;
        object.optional("handSignEnable", &self.hand_sign_enable)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("name", &self.name)?;
        object.optional("processConfig", &self.process_config)?;
        object.end()
    }
}
/// `QuerySchemaByProcessCodeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySchemaByProcessCodeResponseBodyResult {
    /// `appType`.
    pub app_type: Option<i64>,
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `customSetting`.
    pub custom_setting: Option<String>,
    /// `engineType`.
    pub engine_type: Option<i64>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `listOrder`.
    pub list_order: Option<i64>,
    /// `memo`.
    pub memo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `ownerIdType`.
    pub owner_id_type: Option<String>,
    /// `procType`.
    pub proc_type: Option<String>,
    /// `schemaContent`.
    pub schema_content: Option<QuerySchemaByProcessCodeResponseBodyResultSchemaContent>,
    /// `status`.
    pub status: Option<String>,
    /// `visibleRange`.
    pub visible_range: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySchemaByProcessCodeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySchemaByProcessCodeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "customSetting" => rt::read_field(map, &mut self.custom_setting),
            "engineType" => rt::read_field(map, &mut self.engine_type),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "icon" => rt::read_field(map, &mut self.icon),
            "listOrder" => rt::read_field(map, &mut self.list_order),
            "memo" => rt::read_field(map, &mut self.memo),
            "name" => rt::read_field(map, &mut self.name),
            "ownerIdType" => rt::read_field(map, &mut self.owner_id_type),
            "procType" => rt::read_field(map, &mut self.proc_type),
            "schemaContent" => rt::read_field(map, &mut self.schema_content),
            "status" => rt::read_field(map, &mut self.status),
            "visibleRange" => rt::read_field(map, &mut self.visible_range),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySchemaByProcessCodeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("customSetting", &self.custom_setting)?;
        object.optional("engineType", &self.engine_type)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("icon", &self.icon)?;
        object.optional("listOrder", &self.list_order)?;
        object.optional("memo", &self.memo)?;
        object.optional("name", &self.name)?;
        object.optional("ownerIdType", &self.owner_id_type)?;
        object.optional("procType", &self.proc_type)?;
        object.optional("schemaContent", &self.schema_content)?;
        object.optional("status", &self.status)?;
        object.optional("visibleRange", &self.visible_range)?;
        object.end()
    }
}
/// `RedirectWorkflowTaskRequestFileAttachments`: the same model as [`AddProcessInstanceCommentRequestFileAttachments`].
pub type RedirectWorkflowTaskRequestFileAttachments = AddProcessInstanceCommentRequestFileAttachments;
/// `SaveIntegratedInstanceRequestFeatureConfigFeatures`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeatures`].
pub type SaveIntegratedInstanceRequestFeatureConfigFeatures = CreateIntegratedTaskRequestFeatureConfigFeatures;
/// `SaveIntegratedInstanceResponseBodyResult`: the same model as [`PremiumSaveIntegratedProcessInstanceResponseBodyResult`].
pub type SaveIntegratedInstanceResponseBodyResult = PremiumSaveIntegratedProcessInstanceResponseBodyResult;
/// `SaveProcessRequestProcessFeatureConfigFeatures`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeatures`].
pub type SaveProcessRequestProcessFeatureConfigFeatures = CreateIntegratedTaskRequestFeatureConfigFeatures;
/// `SaveProcessResponseBodyResult`: the same model as [`FormCreateResponseBodyResult`].
pub type SaveProcessResponseBodyResult = FormCreateResponseBodyResult;
/// `StartProcessInstanceRequestFormComponentValuesDetails`: the same model as [`PremiumSaveFormInstanceRequestFormComponentValueListDetails`].
pub type StartProcessInstanceRequestFormComponentValuesDetails = PremiumSaveFormInstanceRequestFormComponentValueListDetails;
/// `TodoTasksResponseBodyResult`: the same model as [`PremiumQueryTodoTasksByManagerResponseBodyResult`].
pub type TodoTasksResponseBodyResult = PremiumQueryTodoTasksByManagerResponseBodyResult;
/// `BatchTasksRedirectResponseBodyResultRedirectResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchTasksRedirectResponseBodyResultRedirectResults {
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `taskId`.
    pub task_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchTasksRedirectResponseBodyResultRedirectResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchTasksRedirectResponseBodyResultRedirectResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "success" => rt::read_field(map, &mut self.success),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchTasksRedirectResponseBodyResultRedirectResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("success", &self.success)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `CreateIntegratedTaskRequestFeatureConfigFeaturesCallback`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateIntegratedTaskRequestFeatureConfigFeaturesCallback {
    /// `apiKey`.
    pub api_key: Option<String>,
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
impl CreateIntegratedTaskRequestFeatureConfigFeaturesCallback {
    /// An empty `CreateIntegratedTaskRequestFeatureConfigFeaturesCallback`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `apiKey`.
    pub fn api_key(mut self, value: impl Into<String>) -> Self {
        self.api_key = Some(value.into());
        self
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateIntegratedTaskRequestFeatureConfigFeaturesCallback {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("apiKey", &self.api_key)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateIntegratedTaskRequestFeatureConfigFeaturesCallback {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateIntegratedTaskRequestFeatureConfigFeaturesCallback {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apiKey" => rt::read_field(map, &mut self.api_key),
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
/// `AvaliableTemplate`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AvaliableTemplate {
    /// `name`.
    pub name: String,
    /// `processCode`.
    pub process_code: String,
}
impl AvaliableTemplate {
    /// A `AvaliableTemplate` with its required fields (`name`, `processCode`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, process_code: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            process_code: process_code.into(),
        }
    }
}
impl rt::serde::Serialize for AvaliableTemplate {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.field("processCode", &self.process_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AvaliableTemplate {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AvaliableTemplate {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
/// `FormDataSource`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FormDataSource {
    /// `target`.
    pub target: FormDataSourceTarget,
    /// `type`.
    pub r#type: Option<String>,
}
impl FormDataSource {
    /// A `FormDataSource` with its required fields (`target`); set the others with the methods named after them.
    pub fn new(target: FormDataSourceTarget) -> Self {
        Self { target, r#type: None }
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for FormDataSource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("target", &self.target)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FormDataSource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FormDataSource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "target" => rt::read_field(map, &mut self.target),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `SelectOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SelectOption {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl SelectOption {
    /// An empty `SelectOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SelectOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("key", &self.key)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SelectOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SelectOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `FormComponentPropsStatField`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FormComponentPropsStatField {
    /// `componentId`.
    pub component_id: String,
    /// `label`.
    pub label: String,
    /// `upper`.
    pub upper: Option<String>,
}
impl FormComponentPropsStatField {
    /// A `FormComponentPropsStatField` with its required fields (`componentId`, `label`); set the others with the methods named after them.
    pub fn new(component_id: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            component_id: component_id.into(),
            label: label.into(),
            upper: None,
        }
    }
    /// Sets `upper`.
    pub fn upper(mut self, value: impl Into<String>) -> Self {
        self.upper = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for FormComponentPropsStatField {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("componentId", &self.component_id)?;
        object.field("label", &self.label)?;
        object.optional("upper", &self.upper)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FormComponentPropsStatField {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FormComponentPropsStatField {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentId" => rt::read_field(map, &mut self.component_id),
            "label" => rt::read_field(map, &mut self.label),
            "upper" => rt::read_field(map, &mut self.upper),
            _ => Ok(false),
        }
    }
}
/// `GetProcessConfigResponseBodyResultCommentConf`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultCommentConf {
    /// `commentDescription`.
    pub comment_description: Option<String>,
    /// `commentHiddenForProposer`.
    pub comment_hidden_for_proposer: Option<bool>,
    /// `commentRequired`.
    pub comment_required: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessConfigResponseBodyResultCommentConf {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessConfigResponseBodyResultCommentConf {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commentDescription" => rt::read_field(map, &mut self.comment_description),
            "commentHiddenForProposer" => {
                rt::read_field(map, &mut self.comment_hidden_for_proposer)
            }
            "commentRequired" => rt::read_field(map, &mut self.comment_required),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessConfigResponseBodyResultCommentConf {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commentDescription", &self.comment_description)?;
        object.optional("commentHiddenForProposer", &self.comment_hidden_for_proposer)?;
        object.optional("commentRequired", &self.comment_required)?;
        object.end()
    }
}
/// `GetProcessConfigResponseBodyResultHandSignConf`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultHandSignConf {
    /// `handSignEnable`.
    pub hand_sign_enable: Option<bool>,
    /// `resignEnable`.
    pub resign_enable: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessConfigResponseBodyResultHandSignConf {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessConfigResponseBodyResultHandSignConf {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "handSignEnable" => rt::read_field(map, &mut self.hand_sign_enable),
            "resignEnable" => rt::read_field(map, &mut self.resign_enable),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessConfigResponseBodyResultHandSignConf {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("handSignEnable", &self.hand_sign_enable)?;
        object.optional("resignEnable", &self.resign_enable)?;
        object.end()
    }
}
/// `GetProcessConfigResponseBodyResultSubstituteSubmitConf`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultSubstituteSubmitConf {
    /// `enable`.
    pub enable: Option<bool>,
    /// `submitterList`.
    pub submitter_list: Option<
        Vec<GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessConfigResponseBodyResultSubstituteSubmitConf {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessConfigResponseBodyResultSubstituteSubmitConf {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enable" => rt::read_field(map, &mut self.enable),
            "submitterList" => rt::read_field(map, &mut self.submitter_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessConfigResponseBodyResultSubstituteSubmitConf {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enable", &self.enable)?;
        object.optional("submitterList", &self.submitter_list)?;
        object.end()
    }
}
/// `GetProcessConfigResponseBodyResultTitleGenRule`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultTitleGenRule {
    /// `express`.
    pub express: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessConfigResponseBodyResultTitleGenRule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessConfigResponseBodyResultTitleGenRule {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "express" => rt::read_field(map, &mut self.express),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessConfigResponseBodyResultTitleGenRule {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("express", &self.express)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetProcessConfigResponseBodyResultVisibility`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultVisibility {
    /// `type`.
    pub r#type: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessConfigResponseBodyResultVisibility {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessConfigResponseBodyResultVisibility {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => rt::read_field(map, &mut self.r#type),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessConfigResponseBodyResultVisibility {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("type", &self.r#type)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetProcessInstanceResponseBodyResultFormComponentValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceResponseBodyResultFormComponentValues {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `componentType`.
    pub component_type: Option<String>,
    /// `extValue`.
    pub ext_value: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessInstanceResponseBodyResultFormComponentValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceResponseBodyResultFormComponentValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "componentType" => rt::read_field(map, &mut self.component_type),
            "extValue" => rt::read_field(map, &mut self.ext_value),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessInstanceResponseBodyResultFormComponentValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("componentType", &self.component_type)?;
        object.optional("extValue", &self.ext_value)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetProcessInstanceResponseBodyResultOperationRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceResponseBodyResultOperationRecords {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `attachments`.
    pub attachments: Option<
        Vec<GetProcessInstanceResponseBodyResultOperationRecordsAttachments>,
    >,
    /// `ccUserIds`.
    pub cc_user_ids: Option<Vec<String>>,
    /// `date`.
    pub date: Option<String>,
    /// `images`.
    pub images: Option<Vec<String>>,
    /// `remark`.
    pub remark: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `showName`.
    pub show_name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessInstanceResponseBodyResultOperationRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceResponseBodyResultOperationRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "attachments" => rt::read_field(map, &mut self.attachments),
            "ccUserIds" => rt::read_field(map, &mut self.cc_user_ids),
            "date" => rt::read_field(map, &mut self.date),
            "images" => rt::read_field(map, &mut self.images),
            "remark" => rt::read_field(map, &mut self.remark),
            "result" => rt::read_field(map, &mut self.result),
            "showName" => rt::read_field(map, &mut self.show_name),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessInstanceResponseBodyResultOperationRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("ccUserIds", &self.cc_user_ids)?;
        object.optional("date", &self.date)?;
        object.optional("images", &self.images)?;
        object.optional("remark", &self.remark)?;
        object.optional("result", &self.result)?;
        object.optional("showName", &self.show_name)?;
        object.optional("type", &self.r#type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetProcessInstanceResponseBodyResultTasks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceResponseBodyResultTasks {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `finishTime`.
    pub finish_time: Option<String>,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskGroupName`.
    pub task_group_name: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessInstanceResponseBodyResultTasks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceResponseBodyResultTasks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "taskGroupName" => rt::read_field(map, &mut self.task_group_name),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessInstanceResponseBodyResultTasks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("taskGroupName", &self.task_group_name)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetProcessInstanceWithExtraResponseBodyResultFormComponentValues`: the same model as [`GetProcessInstanceResponseBodyResultFormComponentValues`].
pub type GetProcessInstanceWithExtraResponseBodyResultFormComponentValues = GetProcessInstanceResponseBodyResultFormComponentValues;
/// `GetProcessInstanceWithExtraResponseBodyResultOperationRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceWithExtraResponseBodyResultOperationRecords {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `attachments`.
    pub attachments: Option<
        Vec<GetProcessInstanceWithExtraResponseBodyResultOperationRecordsAttachments>,
    >,
    /// `ccUserIds`.
    pub cc_user_ids: Option<Vec<String>>,
    /// `date`.
    pub date: Option<String>,
    /// `handSignToken`.
    pub hand_sign_token: Option<String>,
    /// `images`.
    pub images: Option<Vec<String>>,
    /// `remark`.
    pub remark: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `showName`.
    pub show_name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessInstanceWithExtraResponseBodyResultOperationRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceWithExtraResponseBodyResultOperationRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "attachments" => rt::read_field(map, &mut self.attachments),
            "ccUserIds" => rt::read_field(map, &mut self.cc_user_ids),
            "date" => rt::read_field(map, &mut self.date),
            "handSignToken" => rt::read_field(map, &mut self.hand_sign_token),
            "images" => rt::read_field(map, &mut self.images),
            "remark" => rt::read_field(map, &mut self.remark),
            "result" => rt::read_field(map, &mut self.result),
            "showName" => rt::read_field(map, &mut self.show_name),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetProcessInstanceWithExtraResponseBodyResultOperationRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("ccUserIds", &self.cc_user_ids)?;
        object.optional("date", &self.date)?;
        object.optional("handSignToken", &self.hand_sign_token)?;
        object.optional("images", &self.images)?;
        object.optional("remark", &self.remark)?;
        object.optional("result", &self.result)?;
        object.optional("showName", &self.show_name)?;
        object.optional("type", &self.r#type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetProcessInstanceWithExtraResponseBodyResultTasks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceWithExtraResponseBodyResultTasks {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `finishTime`.
    pub finish_time: Option<String>,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessInstanceWithExtraResponseBodyResultTasks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceWithExtraResponseBodyResultTasks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessInstanceWithExtraResponseBodyResultTasks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListTodoWorkRecordsResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTodoWorkRecordsResponseBodyResultList {
    /// `forms`.
    pub forms: Option<Vec<ListTodoWorkRecordsResponseBodyResultListForms>>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTodoWorkRecordsResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTodoWorkRecordsResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "forms" => rt::read_field(map, &mut self.forms),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTodoWorkRecordsResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("forms", &self.forms)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `ListUserVisibleBpmsProcessesResponseBodyResultProcessList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserVisibleBpmsProcessesResponseBodyResultProcessList {
    /// `dirId`.
    pub dir_id: Option<String>,
    /// `dirName`.
    pub dir_name: Option<String>,
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListUserVisibleBpmsProcessesResponseBodyResultProcessList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserVisibleBpmsProcessesResponseBodyResultProcessList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dirId" => rt::read_field(map, &mut self.dir_id),
            "dirName" => rt::read_field(map, &mut self.dir_name),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserVisibleBpmsProcessesResponseBodyResultProcessList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dirId", &self.dir_id)?;
        object.optional("dirName", &self.dir_name)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `PagesExportInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PagesExportInstancesResponseBodyResultList {
    /// `attachedProcessInstanceIds`.
    pub attached_process_instance_ids: Option<String>,
    /// `businessId`.
    pub business_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `formComponentValues`.
    pub form_component_values: Option<
        Vec<PagesExportInstancesResponseBodyResultListFormComponentValues>,
    >,
    /// `mainProcessInstanceId`.
    pub main_process_instance_id: Option<String>,
    /// `operationRecords`.
    pub operation_records: Option<
        Vec<PagesExportInstancesResponseBodyResultListOperationRecords>,
    >,
    /// `originatorDeptId`.
    pub originator_dept_id: Option<String>,
    /// `originatorUserid`.
    pub originator_userid: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `tasks`.
    pub tasks: Option<Vec<PagesExportInstancesResponseBodyResultListTasks>>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PagesExportInstancesResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PagesExportInstancesResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachedProcessInstanceIds" => {
                rt::read_field(map, &mut self.attached_process_instance_ids)
            }
            "businessId" => rt::read_field(map, &mut self.business_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "formComponentValues" => rt::read_field(map, &mut self.form_component_values),
            "mainProcessInstanceId" => {
                rt::read_field(map, &mut self.main_process_instance_id)
            }
            "operationRecords" => rt::read_field(map, &mut self.operation_records),
            "originatorDeptId" => rt::read_field(map, &mut self.originator_dept_id),
            "originatorUserid" => rt::read_field(map, &mut self.originator_userid),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "tasks" => rt::read_field(map, &mut self.tasks),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PagesExportInstancesResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "attachedProcessInstanceIds",
                &self.attached_process_instance_ids,
            )?;
        object.optional("businessId", &self.business_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("formComponentValues", &self.form_component_values)?;
        object.optional("mainProcessInstanceId", &self.main_process_instance_id)?;
        object.optional("operationRecords", &self.operation_records)?;
        object.optional("originatorDeptId", &self.originator_dept_id)?;
        object.optional("originatorUserid", &self.originator_userid)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("tasks", &self.tasks)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `PremiumGetDoneTasksResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetDoneTasksResponseBodyResultList {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `formMassage`.
    pub form_massage: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `originatorName`.
    pub originator_name: Option<String>,
    /// `originatorPhoto`.
    pub originator_photo: Option<String>,
    /// `processCreateTime`.
    pub process_create_time: Option<String>,
    /// `processEndTime`.
    pub process_end_time: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `processType`.
    pub process_type: Option<i64>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetDoneTasksResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetDoneTasksResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "formMassage" => rt::read_field(map, &mut self.form_massage),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "originatorName" => rt::read_field(map, &mut self.originator_name),
            "originatorPhoto" => rt::read_field(map, &mut self.originator_photo),
            "processCreateTime" => rt::read_field(map, &mut self.process_create_time),
            "processEndTime" => rt::read_field(map, &mut self.process_end_time),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "processType" => rt::read_field(map, &mut self.process_type),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetDoneTasksResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("formMassage", &self.form_massage)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("originatorName", &self.originator_name)?;
        object.optional("originatorPhoto", &self.originator_photo)?;
        object.optional("processCreateTime", &self.process_create_time)?;
        object.optional("processEndTime", &self.process_end_time)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("processType", &self.process_type)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `PremiumGetFormInstancesResponseBodyResultValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormInstancesResponseBodyResultValues {
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `attributes`.
    pub attributes: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `createTimestamp`.
    pub create_timestamp: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `formInstDataList`.
    pub form_inst_data_list: Option<
        Vec<PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList>,
    >,
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `modifyTimestamp`.
    pub modify_timestamp: Option<i64>,
    /// `outBizCode`.
    pub out_biz_code: Option<String>,
    /// `outInstanceId`.
    pub out_instance_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormInstancesResponseBodyResultValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormInstancesResponseBodyResultValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "attributes" => rt::read_field(map, &mut self.attributes),
            "createTimestamp" => rt::read_field(map, &mut self.create_timestamp),
            "creator" => rt::read_field(map, &mut self.creator),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formInstDataList" => rt::read_field(map, &mut self.form_inst_data_list),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "modifyTimestamp" => rt::read_field(map, &mut self.modify_timestamp),
            "outBizCode" => rt::read_field(map, &mut self.out_biz_code),
            "outInstanceId" => rt::read_field(map, &mut self.out_instance_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetFormInstancesResponseBodyResultValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("attributes", &self.attributes)?;
        object.optional("createTimestamp", &self.create_timestamp)?;
        object.optional("creator", &self.creator)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("formInstDataList", &self.form_inst_data_list)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("modifyTimestamp", &self.modify_timestamp)?;
        object.optional("outBizCode", &self.out_biz_code)?;
        object.optional("outInstanceId", &self.out_instance_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContent {
    /// `icon`.
    pub icon: Option<String>,
    /// `items`.
    pub items: Option<Vec<PremiumGetFormSchemaResponseBodyResultSchemaContentItems>>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormSchemaResponseBodyResultSchemaContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "items" => rt::read_field(map, &mut self.items),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetFormSchemaResponseBodyResultSchemaContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("items", &self.items)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `PremiumGetNoticedInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetNoticedInstancesResponseBodyResultList {
    /// `formMassage`.
    pub form_massage: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `originatorName`.
    pub originator_name: Option<String>,
    /// `originatorPhoto`.
    pub originator_photo: Option<String>,
    /// `processCreateTime`.
    pub process_create_time: Option<String>,
    /// `processEndTime`.
    pub process_end_time: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `processType`.
    pub process_type: Option<i64>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetNoticedInstancesResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetNoticedInstancesResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formMassage" => rt::read_field(map, &mut self.form_massage),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "originatorName" => rt::read_field(map, &mut self.originator_name),
            "originatorPhoto" => rt::read_field(map, &mut self.originator_photo),
            "processCreateTime" => rt::read_field(map, &mut self.process_create_time),
            "processEndTime" => rt::read_field(map, &mut self.process_end_time),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "processType" => rt::read_field(map, &mut self.process_type),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetNoticedInstancesResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formMassage", &self.form_massage)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("originatorName", &self.originator_name)?;
        object.optional("originatorPhoto", &self.originator_photo)?;
        object.optional("processCreateTime", &self.process_create_time)?;
        object.optional("processEndTime", &self.process_end_time)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("processType", &self.process_type)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `PremiumGetProcessInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetProcessInstancesResponseBodyResultList {
    /// `attachedProcessInstanceIds`.
    pub attached_process_instance_ids: Option<String>,
    /// `businessId`.
    pub business_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `createTimeInMills`.
    pub create_time_in_mills: Option<i64>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `finishTimeInMills`.
    pub finish_time_in_mills: Option<i64>,
    /// `formComponentValues`.
    pub form_component_values: Option<
        Vec<PremiumGetProcessInstancesResponseBodyResultListFormComponentValues>,
    >,
    /// `mainProcessInstanceId`.
    pub main_process_instance_id: Option<String>,
    /// `operationRecords`.
    pub operation_records: Option<
        Vec<PremiumGetProcessInstancesResponseBodyResultListOperationRecords>,
    >,
    /// `originatorDeptId`.
    pub originator_dept_id: Option<String>,
    /// `originatorUserid`.
    pub originator_userid: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `tasks`.
    pub tasks: Option<Vec<PremiumGetProcessInstancesResponseBodyResultListTasks>>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetProcessInstancesResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetProcessInstancesResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachedProcessInstanceIds" => {
                rt::read_field(map, &mut self.attached_process_instance_ids)
            }
            "businessId" => rt::read_field(map, &mut self.business_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "createTimeInMills" => rt::read_field(map, &mut self.create_time_in_mills),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "finishTimeInMills" => rt::read_field(map, &mut self.finish_time_in_mills),
            "formComponentValues" => rt::read_field(map, &mut self.form_component_values),
            "mainProcessInstanceId" => {
                rt::read_field(map, &mut self.main_process_instance_id)
            }
            "operationRecords" => rt::read_field(map, &mut self.operation_records),
            "originatorDeptId" => rt::read_field(map, &mut self.originator_dept_id),
            "originatorUserid" => rt::read_field(map, &mut self.originator_userid),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "tasks" => rt::read_field(map, &mut self.tasks),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetProcessInstancesResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "attachedProcessInstanceIds",
                &self.attached_process_instance_ids,
            )?;
        object.optional("businessId", &self.business_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("createTimeInMills", &self.create_time_in_mills)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("finishTimeInMills", &self.finish_time_in_mills)?;
        object.optional("formComponentValues", &self.form_component_values)?;
        object.optional("mainProcessInstanceId", &self.main_process_instance_id)?;
        object.optional("operationRecords", &self.operation_records)?;
        object.optional("originatorDeptId", &self.originator_dept_id)?;
        object.optional("originatorUserid", &self.originator_userid)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("tasks", &self.tasks)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `PremiumGetSubmittedInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetSubmittedInstancesResponseBodyResultList {
    /// `appType`.
    pub app_type: Option<i64>,
    /// `formMassage`.
    pub form_massage: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `originatorName`.
    pub originator_name: Option<String>,
    /// `originatorPhoto`.
    pub originator_photo: Option<String>,
    /// `processCreateTime`.
    pub process_create_time: Option<String>,
    /// `processEndTime`.
    pub process_end_time: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `processType`.
    pub process_type: Option<i64>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetSubmittedInstancesResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetSubmittedInstancesResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formMassage" => rt::read_field(map, &mut self.form_massage),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "originatorName" => rt::read_field(map, &mut self.originator_name),
            "originatorPhoto" => rt::read_field(map, &mut self.originator_photo),
            "processCreateTime" => rt::read_field(map, &mut self.process_create_time),
            "processEndTime" => rt::read_field(map, &mut self.process_end_time),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "processType" => rt::read_field(map, &mut self.process_type),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetSubmittedInstancesResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("formMassage", &self.form_massage)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("originatorName", &self.originator_name)?;
        object.optional("originatorPhoto", &self.originator_photo)?;
        object.optional("processCreateTime", &self.process_create_time)?;
        object.optional("processEndTime", &self.process_end_time)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("processType", &self.process_type)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `PremiumGetTodoTasksResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetTodoTasksResponseBodyResultList {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `appType`.
    pub app_type: Option<i64>,
    /// `formMassage`.
    pub form_massage: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `originatorName`.
    pub originator_name: Option<String>,
    /// `originatorPhoto`.
    pub originator_photo: Option<String>,
    /// `processCreateTime`.
    pub process_create_time: Option<String>,
    /// `processEndTime`.
    pub process_end_time: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `processType`.
    pub process_type: Option<i64>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PremiumGetTodoTasksResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetTodoTasksResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "appType" => rt::read_field(map, &mut self.app_type),
            "formMassage" => rt::read_field(map, &mut self.form_massage),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "originatorName" => rt::read_field(map, &mut self.originator_name),
            "originatorPhoto" => rt::read_field(map, &mut self.originator_photo),
            "processCreateTime" => rt::read_field(map, &mut self.process_create_time),
            "processEndTime" => rt::read_field(map, &mut self.process_end_time),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "processType" => rt::read_field(map, &mut self.process_type),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetTodoTasksResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("appType", &self.app_type)?;
        object.optional("formMassage", &self.form_massage)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("originatorName", &self.originator_name)?;
        object.optional("originatorPhoto", &self.originator_photo)?;
        object.optional("processCreateTime", &self.process_create_time)?;
        object.optional("processEndTime", &self.process_end_time)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("processType", &self.process_type)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `PremiumQueryTodoTasksByManagerResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumQueryTodoTasksByManagerResponseBodyResultList {
    /// `businessId`.
    pub business_id: Option<String>,
    /// `canRedirect`.
    pub can_redirect: Option<bool>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumQueryTodoTasksByManagerResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumQueryTodoTasksByManagerResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessId" => rt::read_field(map, &mut self.business_id),
            "canRedirect" => rt::read_field(map, &mut self.can_redirect),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumQueryTodoTasksByManagerResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("businessId", &self.business_id)?;
        object.optional("canRedirect", &self.can_redirect)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("title", &self.title)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `PremiumRedirectTasksByManagerResponseBodyResultRedirectResults`: the same model as [`BatchTasksRedirectResponseBodyResultRedirectResults`].
pub type PremiumRedirectTasksByManagerResponseBodyResultRedirectResults = BatchTasksRedirectResponseBodyResultRedirectResults;
/// `PremiumSaveFormInstanceRequestFormComponentValueListDetailsDetails`: the same model as [`PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList`].
pub type PremiumSaveFormInstanceRequestFormComponentValueListDetailsDetails = PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList;
/// `PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeaturesCallback`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeaturesCallback`].
pub type PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeaturesCallback = CreateIntegratedTaskRequestFeatureConfigFeaturesCallback;
/// `PremiumSaveIntegratedProcessInstanceRequestFeatureConfigFeaturesCallback`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeaturesCallback`].
pub type PremiumSaveIntegratedProcessInstanceRequestFeatureConfigFeaturesCallback = CreateIntegratedTaskRequestFeatureConfigFeaturesCallback;
/// `PremiumSaveIntegratedTaskRequestFeatureConfigFeaturesCallback`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeaturesCallback`].
pub type PremiumSaveIntegratedTaskRequestFeatureConfigFeaturesCallback = CreateIntegratedTaskRequestFeatureConfigFeaturesCallback;
/// `PremiumUpdateFormInstanceRequestFormComponentValueListDetailsDetails`: the same model as [`PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList`].
pub type PremiumUpdateFormInstanceRequestFormComponentValueListDetailsDetails = PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList;
/// `ProcessForecastRequestFormComponentValuesDetailsDetails`: the same model as [`PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList`].
pub type ProcessForecastRequestFormComponentValuesDetailsDetails = PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList;
/// `ProcessForecastResponseBodyResultWorkflowActivityRules`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowActivityRules {
    /// `activityActioners`.
    pub activity_actioners: Option<
        Vec<ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners>,
    >,
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `activityName`.
    pub activity_name: Option<String>,
    /// `activityType`.
    pub activity_type: Option<String>,
    /// `isTargetSelect`.
    pub is_target_select: Option<bool>,
    /// `prevActivityId`.
    pub prev_activity_id: Option<String>,
    /// `workflowActor`.
    pub workflow_actor: Option<
        ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActor,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for ProcessForecastResponseBodyResultWorkflowActivityRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ProcessForecastResponseBodyResultWorkflowActivityRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityActioners" => rt::read_field(map, &mut self.activity_actioners),
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "activityName" => rt::read_field(map, &mut self.activity_name),
            "activityType" => rt::read_field(map, &mut self.activity_type),
            "isTargetSelect" => rt::read_field(map, &mut self.is_target_select),
            "prevActivityId" => rt::read_field(map, &mut self.prev_activity_id),
            "workflowActor" => rt::read_field(map, &mut self.workflow_actor),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ProcessForecastResponseBodyResultWorkflowActivityRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityActioners", &self.activity_actioners)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("activityName", &self.activity_name)?;
        object.optional("activityType", &self.activity_type)?;
        object.optional("isTargetSelect", &self.is_target_select)?;
        object.optional("prevActivityId", &self.prev_activity_id)?;
        object.optional("workflowActor", &self.workflow_actor)?;
        object.end()
    }
}
/// `ProcessForecastResponseBodyResultWorkflowForecastNodes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowForecastNodes {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `outId`.
    pub out_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ProcessForecastResponseBodyResultWorkflowForecastNodes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ProcessForecastResponseBodyResultWorkflowForecastNodes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "outId" => rt::read_field(map, &mut self.out_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ProcessForecastResponseBodyResultWorkflowForecastNodes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("outId", &self.out_id)?;
        object.end()
    }
}
/// `QueryAllFormInstancesResponseBodyResultValues`: the same model as [`PremiumGetFormInstancesResponseBodyResultValues`].
pub type QueryAllFormInstancesResponseBodyResultValues = PremiumGetFormInstancesResponseBodyResultValues;
/// `QueryAllProcessInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllProcessInstancesResponseBodyResultList {
    /// `attachedProcessInstanceIds`.
    pub attached_process_instance_ids: Option<String>,
    /// `businessId`.
    pub business_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `formComponentValues`.
    pub form_component_values: Option<
        Vec<QueryAllProcessInstancesResponseBodyResultListFormComponentValues>,
    >,
    /// `mainProcessInstanceId`.
    pub main_process_instance_id: Option<String>,
    /// `operationRecords`.
    pub operation_records: Option<
        Vec<QueryAllProcessInstancesResponseBodyResultListOperationRecords>,
    >,
    /// `originatorDeptId`.
    pub originator_dept_id: Option<String>,
    /// `originatorUserid`.
    pub originator_userid: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `tasks`.
    pub tasks: Option<Vec<QueryAllProcessInstancesResponseBodyResultListTasks>>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryAllProcessInstancesResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllProcessInstancesResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachedProcessInstanceIds" => {
                rt::read_field(map, &mut self.attached_process_instance_ids)
            }
            "businessId" => rt::read_field(map, &mut self.business_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "formComponentValues" => rt::read_field(map, &mut self.form_component_values),
            "mainProcessInstanceId" => {
                rt::read_field(map, &mut self.main_process_instance_id)
            }
            "operationRecords" => rt::read_field(map, &mut self.operation_records),
            "originatorDeptId" => rt::read_field(map, &mut self.originator_dept_id),
            "originatorUserid" => rt::read_field(map, &mut self.originator_userid),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "tasks" => rt::read_field(map, &mut self.tasks),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAllProcessInstancesResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "attachedProcessInstanceIds",
                &self.attached_process_instance_ids,
            )?;
        object.optional("businessId", &self.business_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("formComponentValues", &self.form_component_values)?;
        object.optional("mainProcessInstanceId", &self.main_process_instance_id)?;
        object.optional("operationRecords", &self.operation_records)?;
        object.optional("originatorDeptId", &self.originator_dept_id)?;
        object.optional("originatorUserid", &self.originator_userid)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("tasks", &self.tasks)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryIntegratedTodoTaskResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryIntegratedTodoTaskResponseBodyResultList {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `finishTime`.
    pub finish_time: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryIntegratedTodoTaskResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryIntegratedTodoTaskResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryIntegratedTodoTaskResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContent`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContent`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContent = PremiumGetFormSchemaResponseBodyResultSchemaContent;
/// `SaveIntegratedInstanceRequestFeatureConfigFeaturesCallback`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeaturesCallback`].
pub type SaveIntegratedInstanceRequestFeatureConfigFeaturesCallback = CreateIntegratedTaskRequestFeatureConfigFeaturesCallback;
/// `SaveProcessRequestProcessFeatureConfigFeaturesCallback`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeaturesCallback`].
pub type SaveProcessRequestProcessFeatureConfigFeaturesCallback = CreateIntegratedTaskRequestFeatureConfigFeaturesCallback;
/// `StartProcessInstanceRequestFormComponentValuesDetailsDetails`: the same model as [`PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList`].
pub type StartProcessInstanceRequestFormComponentValuesDetailsDetails = PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList;
/// `TodoTasksResponseBodyResultList`: the same model as [`PremiumQueryTodoTasksByManagerResponseBodyResultList`].
pub type TodoTasksResponseBodyResultList = PremiumQueryTodoTasksByManagerResponseBodyResultList;
/// `FormDataSourceTarget`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FormDataSourceTarget {
    /// `appType`.
    pub app_type: i64,
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `formCode`.
    pub form_code: String,
}
impl FormDataSourceTarget {
    /// A `FormDataSourceTarget` with its required fields (`appType`, `formCode`); set the others with the methods named after them.
    pub fn new(app_type: i64, form_code: impl Into<String>) -> Self {
        Self {
            app_type,
            app_uuid: None,
            biz_type: None,
            form_code: form_code.into(),
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: impl Into<String>) -> Self {
        self.biz_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for FormDataSourceTarget {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("bizType", &self.biz_type)?;
        object.field("formCode", &self.form_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FormDataSourceTarget {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FormDataSourceTarget {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "formCode" => rt::read_field(map, &mut self.form_code),
            _ => Ok(false),
        }
    }
}
/// `GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList {
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "type" => rt::read_field(map, &mut self.r#type),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("type", &self.r#type)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetProcessInstanceResponseBodyResultOperationRecordsAttachments`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessInstanceResponseBodyResultOperationRecordsAttachments {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessInstanceResponseBodyResultOperationRecordsAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessInstanceResponseBodyResultOperationRecordsAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetProcessInstanceResponseBodyResultOperationRecordsAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `GetProcessInstanceWithExtraResponseBodyResultOperationRecordsAttachments`: the same model as [`GetProcessInstanceResponseBodyResultOperationRecordsAttachments`].
pub type GetProcessInstanceWithExtraResponseBodyResultOperationRecordsAttachments = GetProcessInstanceResponseBodyResultOperationRecordsAttachments;
/// `ListTodoWorkRecordsResponseBodyResultListForms`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTodoWorkRecordsResponseBodyResultListForms {
    /// `content`.
    pub content: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListTodoWorkRecordsResponseBodyResultListForms {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTodoWorkRecordsResponseBodyResultListForms {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTodoWorkRecordsResponseBodyResultListForms {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `PagesExportInstancesResponseBodyResultListFormComponentValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PagesExportInstancesResponseBodyResultListFormComponentValues {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `extValue`.
    pub ext_value: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PagesExportInstancesResponseBodyResultListFormComponentValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PagesExportInstancesResponseBodyResultListFormComponentValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentName" => rt::read_field(map, &mut self.component_name),
            "extValue" => rt::read_field(map, &mut self.ext_value),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PagesExportInstancesResponseBodyResultListFormComponentValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("extValue", &self.ext_value)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `PagesExportInstancesResponseBodyResultListOperationRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PagesExportInstancesResponseBodyResultListOperationRecords {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `attachments`.
    pub attachments: Option<
        Vec<PagesExportInstancesResponseBodyResultListOperationRecordsAttachments>,
    >,
    /// `images`.
    pub images: Option<Vec<String>>,
    /// `operationType`.
    pub operation_type: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PagesExportInstancesResponseBodyResultListOperationRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PagesExportInstancesResponseBodyResultListOperationRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "attachments" => rt::read_field(map, &mut self.attachments),
            "images" => rt::read_field(map, &mut self.images),
            "operationType" => rt::read_field(map, &mut self.operation_type),
            "remark" => rt::read_field(map, &mut self.remark),
            "result" => rt::read_field(map, &mut self.result),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PagesExportInstancesResponseBodyResultListOperationRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("images", &self.images)?;
        object.optional("operationType", &self.operation_type)?;
        object.optional("remark", &self.remark)?;
        object.optional("result", &self.result)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `PagesExportInstancesResponseBodyResultListTasks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PagesExportInstancesResponseBodyResultListTasks {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `createTimestamp`.
    pub create_timestamp: Option<i64>,
    /// `finishTimestamp`.
    pub finish_timestamp: Option<i64>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PagesExportInstancesResponseBodyResultListTasks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PagesExportInstancesResponseBodyResultListTasks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "createTimestamp" => rt::read_field(map, &mut self.create_timestamp),
            "finishTimestamp" => rt::read_field(map, &mut self.finish_timestamp),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PagesExportInstancesResponseBodyResultListTasks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("createTimestamp", &self.create_timestamp)?;
        object.optional("finishTimestamp", &self.finish_timestamp)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `componentType`.
    pub component_type: Option<String>,
    /// `extendValue`.
    pub extend_value: Option<String>,
    /// `key`.
    pub key: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "componentType" => rt::read_field(map, &mut self.component_type),
            "extendValue" => rt::read_field(map, &mut self.extend_value),
            "key" => rt::read_field(map, &mut self.key),
            "label" => rt::read_field(map, &mut self.label),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("componentType", &self.component_type)?;
        object.optional("extendValue", &self.extend_value)?;
        object.optional("key", &self.key)?;
        object.optional("label", &self.label)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItems {
    /// `children`.
    pub children: Option<
        Vec<PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren>,
    >,
    /// `componentName`.
    pub component_name: Option<String>,
    /// `props`.
    pub props: Option<PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContentItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormSchemaResponseBodyResultSchemaContentItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "componentName" => rt::read_field(map, &mut self.component_name),
            "props" => rt::read_field(map, &mut self.props),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PremiumGetFormSchemaResponseBodyResultSchemaContentItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("props", &self.props)?;
        object.end()
    }
}
/// `PremiumGetProcessInstancesResponseBodyResultListFormComponentValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetProcessInstancesResponseBodyResultListFormComponentValues {
    /// `extValue`.
    pub ext_value: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetProcessInstancesResponseBodyResultListFormComponentValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetProcessInstancesResponseBodyResultListFormComponentValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extValue" => rt::read_field(map, &mut self.ext_value),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetProcessInstancesResponseBodyResultListFormComponentValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extValue", &self.ext_value)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `PremiumGetProcessInstancesResponseBodyResultListOperationRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetProcessInstancesResponseBodyResultListOperationRecords {
    /// `attachments`.
    pub attachments: Option<
        Vec<PremiumGetProcessInstancesResponseBodyResultListOperationRecordsAttachments>,
    >,
    /// `operationType`.
    pub operation_type: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetProcessInstancesResponseBodyResultListOperationRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetProcessInstancesResponseBodyResultListOperationRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            "operationType" => rt::read_field(map, &mut self.operation_type),
            "remark" => rt::read_field(map, &mut self.remark),
            "result" => rt::read_field(map, &mut self.result),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetProcessInstancesResponseBodyResultListOperationRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("operationType", &self.operation_type)?;
        object.optional("remark", &self.remark)?;
        object.optional("result", &self.result)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `PremiumGetProcessInstancesResponseBodyResultListTasks`: the same model as [`PagesExportInstancesResponseBodyResultListTasks`].
pub type PremiumGetProcessInstancesResponseBodyResultListTasks = PagesExportInstancesResponseBodyResultListTasks;
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatar" => rt::read_field(map, &mut self.avatar),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActor`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActor {
    /// `actorActivateType`.
    pub actor_activate_type: Option<String>,
    /// `actorKey`.
    pub actor_key: Option<String>,
    /// `actorSelectionRange`.
    pub actor_selection_range: Option<
        ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRange,
    >,
    /// `actorSelectionType`.
    pub actor_selection_type: Option<String>,
    /// `actorType`.
    pub actor_type: Option<String>,
    /// `allowedMulti`.
    pub allowed_multi: Option<bool>,
    /// `approvalMethod`.
    pub approval_method: Option<String>,
    /// `approvalType`.
    pub approval_type: Option<String>,
    /// `required`.
    pub required: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActor {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActor {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actorActivateType" => rt::read_field(map, &mut self.actor_activate_type),
            "actorKey" => rt::read_field(map, &mut self.actor_key),
            "actorSelectionRange" => rt::read_field(map, &mut self.actor_selection_range),
            "actorSelectionType" => rt::read_field(map, &mut self.actor_selection_type),
            "actorType" => rt::read_field(map, &mut self.actor_type),
            "allowedMulti" => rt::read_field(map, &mut self.allowed_multi),
            "approvalMethod" => rt::read_field(map, &mut self.approval_method),
            "approvalType" => rt::read_field(map, &mut self.approval_type),
            "required" => rt::read_field(map, &mut self.required),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActor {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actorActivateType", &self.actor_activate_type)?;
        object.optional("actorKey", &self.actor_key)?;
        object.optional("actorSelectionRange", &self.actor_selection_range)?;
        object.optional("actorSelectionType", &self.actor_selection_type)?;
        object.optional("actorType", &self.actor_type)?;
        object.optional("allowedMulti", &self.allowed_multi)?;
        object.optional("approvalMethod", &self.approval_method)?;
        object.optional("approvalType", &self.approval_type)?;
        object.optional("required", &self.required)?;
        object.end()
    }
}
/// `QueryAllFormInstancesResponseBodyResultValuesFormInstDataList`: the same model as [`PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList`].
pub type QueryAllFormInstancesResponseBodyResultValuesFormInstDataList = PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList;
/// `QueryAllProcessInstancesResponseBodyResultListFormComponentValues`: the same model as [`PremiumGetProcessInstancesResponseBodyResultListFormComponentValues`].
pub type QueryAllProcessInstancesResponseBodyResultListFormComponentValues = PremiumGetProcessInstancesResponseBodyResultListFormComponentValues;
/// `QueryAllProcessInstancesResponseBodyResultListOperationRecords`: the same model as [`PremiumGetProcessInstancesResponseBodyResultListOperationRecords`].
pub type QueryAllProcessInstancesResponseBodyResultListOperationRecords = PremiumGetProcessInstancesResponseBodyResultListOperationRecords;
/// `QueryAllProcessInstancesResponseBodyResultListTasks`: the same model as [`PagesExportInstancesResponseBodyResultListTasks`].
pub type QueryAllProcessInstancesResponseBodyResultListTasks = PagesExportInstancesResponseBodyResultListTasks;
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItems`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItems`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItems = PremiumGetFormSchemaResponseBodyResultSchemaContentItems;
/// `PagesExportInstancesResponseBodyResultListOperationRecordsAttachments`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PagesExportInstancesResponseBodyResultListOperationRecordsAttachments {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PagesExportInstancesResponseBodyResultListOperationRecordsAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for PagesExportInstancesResponseBodyResultListOperationRecordsAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PagesExportInstancesResponseBodyResultListOperationRecordsAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `props`.
    pub props: Option<
        PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentName" => rt::read_field(map, &mut self.component_name),
            "props" => rt::read_field(map, &mut self.props),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("props", &self.props)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps {
    /// `actionName`.
    pub action_name: Option<String>,
    /// `align`.
    pub align: Option<String>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `asyncCondition`.
    pub async_condition: Option<bool>,
    /// `attendTypeLabel`.
    pub attend_type_label: Option<String>,
    /// `behaviorLinkage`.
    pub behavior_linkage: Option<
        Vec<PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage>,
    >,
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `childFieldVisible`.
    pub child_field_visible: Option<rt::BTreeMap<String, bool>>,
    /// `choice`.
    pub choice: Option<i64>,
    /// `commonBizType`.
    pub common_biz_type: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<bool>,
    /// `durationLabel`.
    pub duration_label: Option<String>,
    /// `eSign`.
    pub e_sign: Option<bool>,
    /// `extract`.
    pub extract: Option<bool>,
    /// `fieldsInfo`.
    pub fields_info: Option<String>,
    /// `format`.
    pub format: Option<String>,
    /// `formula`.
    pub formula: Option<String>,
    /// `hidden`.
    pub hidden: Option<bool>,
    /// `hiddenInApprovalDetail`.
    pub hidden_in_approval_detail: Option<bool>,
    /// `hideLabel`.
    pub hide_label: Option<bool>,
    /// `holidayOptions`.
    pub holiday_options: Option<Vec<rt::BTreeMap<String, String>>>,
    /// `id`.
    pub id: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `link`.
    pub link: Option<String>,
    /// `mainTitle`.
    pub main_title: Option<String>,
    /// `notPrint`.
    pub not_print: Option<String>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `objOptions`.
    pub obj_options: Option<
        Vec<PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions>,
    >,
    /// `options`.
    pub options: Option<Vec<String>>,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `push`.
    pub push: Option<PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush>,
    /// `pushToAttendance`.
    pub push_to_attendance: Option<bool>,
    /// `pushToCalendar`.
    pub push_to_calendar: Option<i64>,
    /// `required`.
    pub required: Option<bool>,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `showAttendOptions`.
    pub show_attend_options: Option<bool>,
    /// `staffStatusEnabled`.
    pub staff_status_enabled: Option<bool>,
    /// `statField`.
    pub stat_field: Option<
        Vec<PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField>,
    >,
    /// `tableViewMode`.
    pub table_view_mode: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `useCalendar`.
    pub use_calendar: Option<bool>,
    /// `verticalPrint`.
    pub vertical_print: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionName" => rt::read_field(map, &mut self.action_name),
            "align" => rt::read_field(map, &mut self.align),
            "appId" => rt::read_field(map, &mut self.app_id),
            "asyncCondition" => rt::read_field(map, &mut self.async_condition),
            "attendTypeLabel" => rt::read_field(map, &mut self.attend_type_label),
            "behaviorLinkage" => rt::read_field(map, &mut self.behavior_linkage),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "childFieldVisible" => rt::read_field(map, &mut self.child_field_visible),
            "choice" => rt::read_field(map, &mut self.choice),
            "commonBizType" => rt::read_field(map, &mut self.common_biz_type),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "durationLabel" => rt::read_field(map, &mut self.duration_label),
            "eSign" => rt::read_field(map, &mut self.e_sign),
            "extract" => rt::read_field(map, &mut self.extract),
            "fieldsInfo" => rt::read_field(map, &mut self.fields_info),
            "format" => rt::read_field(map, &mut self.format),
            "formula" => rt::read_field(map, &mut self.formula),
            "hidden" => rt::read_field(map, &mut self.hidden),
            "hiddenInApprovalDetail" => {
                rt::read_field(map, &mut self.hidden_in_approval_detail)
            }
            "hideLabel" => rt::read_field(map, &mut self.hide_label),
            "holidayOptions" => rt::read_field(map, &mut self.holiday_options),
            "id" => rt::read_field(map, &mut self.id),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "link" => rt::read_field(map, &mut self.link),
            "mainTitle" => rt::read_field(map, &mut self.main_title),
            "notPrint" => rt::read_field(map, &mut self.not_print),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "objOptions" => rt::read_field(map, &mut self.obj_options),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "push" => rt::read_field(map, &mut self.push),
            "pushToAttendance" => rt::read_field(map, &mut self.push_to_attendance),
            "pushToCalendar" => rt::read_field(map, &mut self.push_to_calendar),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "showAttendOptions" => rt::read_field(map, &mut self.show_attend_options),
            "staffStatusEnabled" => rt::read_field(map, &mut self.staff_status_enabled),
            "statField" => rt::read_field(map, &mut self.stat_field),
            "tableViewMode" => rt::read_field(map, &mut self.table_view_mode),
            "unit" => rt::read_field(map, &mut self.unit),
            "useCalendar" => rt::read_field(map, &mut self.use_calendar),
            "verticalPrint" => rt::read_field(map, &mut self.vertical_print),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionName", &self.action_name)?;
        object.optional("align", &self.align)?;
        object.optional("appId", &self.app_id)?;
        object.optional("asyncCondition", &self.async_condition)?;
        object.optional("attendTypeLabel", &self.attend_type_label)?;
        object.optional("behaviorLinkage", &self.behavior_linkage)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("childFieldVisible", &self.child_field_visible)?;
        object.optional("choice", &self.choice)?;
        object.optional("commonBizType", &self.common_biz_type)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.optional("durationLabel", &self.duration_label)?;
        object.optional("eSign", &self.e_sign)?;
        object.optional("extract", &self.extract)?;
        object.optional("fieldsInfo", &self.fields_info)?;
        object.optional("format", &self.format)?;
        object.optional("formula", &self.formula)?;
        object.optional("hidden", &self.hidden)?;
        object.optional("hiddenInApprovalDetail", &self.hidden_in_approval_detail)?;
        object.optional("hideLabel", &self.hide_label)?;
        object.optional("holidayOptions", &self.holiday_options)?;
        object.optional("id", &self.id)?;
        object.optional("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("link", &self.link)?;
        object.optional("mainTitle", &self.main_title)?;
        object.optional("notPrint", &self.not_print)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("objOptions", &self.obj_options)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("push", &self.push)?;
        object.optional("pushToAttendance", &self.push_to_attendance)?;
        object.optional("pushToCalendar", &self.push_to_calendar)?;
        object.optional("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("showAttendOptions", &self.show_attend_options)?;
        object.optional("staffStatusEnabled", &self.staff_status_enabled)?;
        object.optional("statField", &self.stat_field)?;
        object.optional("tableViewMode", &self.table_view_mode)?;
        object.optional("unit", &self.unit)?;
        object.optional("useCalendar", &self.use_calendar)?;
        object.optional("verticalPrint", &self.vertical_print)?;
        object.end()
    }
}
/// `PremiumGetProcessInstancesResponseBodyResultListOperationRecordsAttachments`: the same model as [`PagesExportInstancesResponseBodyResultListOperationRecordsAttachments`].
pub type PremiumGetProcessInstancesResponseBodyResultListOperationRecordsAttachments = PagesExportInstancesResponseBodyResultListOperationRecordsAttachments;
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRange`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRange {
    /// `approvals`.
    pub approvals: Option<
        Vec<
            ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals,
        >,
    >,
    /// `labels`.
    pub labels: Option<
        Vec<
            ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels,
        >,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRange {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRange {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approvals" => rt::read_field(map, &mut self.approvals),
            "labels" => rt::read_field(map, &mut self.labels),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRange {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approvals", &self.approvals)?;
        object.optional("labels", &self.labels)?;
        object.end()
    }
}
/// `QueryAllProcessInstancesResponseBodyResultListOperationRecordsAttachments`: the same model as [`PagesExportInstancesResponseBodyResultListOperationRecordsAttachments`].
pub type QueryAllProcessInstancesResponseBodyResultListOperationRecordsAttachments = PagesExportInstancesResponseBodyResultListOperationRecordsAttachments;
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsChildren`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsChildren = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren;
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsProps`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsProps = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps;
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `options`.
    pub options: Option<Vec<String>>,
    /// `required`.
    pub required: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "id" => rt::read_field(map, &mut self.id),
            "label" => rt::read_field(map, &mut self.label),
            "options" => rt::read_field(map, &mut self.options),
            "required" => rt::read_field(map, &mut self.required),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("id", &self.id)?;
        object.optional("label", &self.label)?;
        object.optional("options", &self.options)?;
        object.optional("required", &self.required)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage {
    /// `targets`.
    pub targets: Option<
        Vec<
            PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets,
        >,
    >,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targets" => rt::read_field(map, &mut self.targets),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("targets", &self.targets)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions {
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions {
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
impl rt::serde::Serialize
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush {
    /// `attendanceRule`.
    pub attendance_rule: Option<i64>,
    /// `pushSwitch`.
    pub push_switch: Option<i64>,
    /// `pushTag`.
    pub push_tag: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendanceRule" => rt::read_field(map, &mut self.attendance_rule),
            "pushSwitch" => rt::read_field(map, &mut self.push_switch),
            "pushTag" => rt::read_field(map, &mut self.push_tag),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendanceRule", &self.attendance_rule)?;
        object.optional("pushSwitch", &self.push_switch)?;
        object.optional("pushTag", &self.push_tag)?;
        object.end()
    }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField {
    /// `id`.
    pub id: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `upper`.
    pub upper: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "label" => rt::read_field(map, &mut self.label),
            "unit" => rt::read_field(map, &mut self.unit),
            "upper" => rt::read_field(map, &mut self.upper),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("label", &self.label)?;
        object.optional("unit", &self.unit)?;
        object.optional("upper", &self.upper)?;
        object.end()
    }
}
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals {
    /// `userName`.
    pub user_name: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userName" => rt::read_field(map, &mut self.user_name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userName", &self.user_name)?;
        object.optional("workNo", &self.work_no)?;
        object.end()
    }
}
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels {
    /// `labelNames`.
    pub label_names: Option<String>,
    /// `labels`.
    pub labels: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelNames" => rt::read_field(map, &mut self.label_names),
            "labels" => rt::read_field(map, &mut self.labels),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labelNames", &self.label_names)?;
        object.optional("labels", &self.labels)?;
        object.end()
    }
}
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsChildrenProps`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsChildrenProps = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps;
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsBehaviorLinkage`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsBehaviorLinkage = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage;
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsObjOptions`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsObjOptions = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions;
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsPush`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsPush = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush;
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsStatField`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsStatField = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField;
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets {
    /// `behavior`.
    pub behavior: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "behavior" => rt::read_field(map, &mut self.behavior),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("behavior", &self.behavior)?;
        object.optional("fieldId", &self.field_id)?;
        object.end()
    }
}
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets;
/// The request of [`Api::add_approve_dentry_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddApproveDentryAuthRequest {
    /// `fileInfos`.
    pub file_infos: Vec<AddApproveDentryAuthRequestFileInfos>,
    /// `userId`.
    pub user_id: String,
}
impl AddApproveDentryAuthRequest {
    /// A `AddApproveDentryAuthRequest` with its required fields (`fileInfos`, `userId`); set the others with the methods named after them.
    pub fn new(
        file_infos: impl IntoIterator<Item = AddApproveDentryAuthRequestFileInfos>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            file_infos: file_infos.into_iter().collect(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddApproveDentryAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileInfos", &self.file_infos)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddApproveDentryAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddApproveDentryAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileInfos" => rt::read_field(map, &mut self.file_infos),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddApproveDentryAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_process_instance_comment`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddProcessInstanceCommentRequest {
    /// `commentUserId`.
    pub comment_user_id: String,
    /// `file`.
    pub file: Option<AddProcessInstanceCommentRequestFile>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `text`.
    pub text: String,
}
impl AddProcessInstanceCommentRequest {
    /// A `AddProcessInstanceCommentRequest` with its required fields (`commentUserId`, `processInstanceId`, `text`); set the others with the methods named after them.
    pub fn new(
        comment_user_id: impl Into<String>,
        process_instance_id: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            comment_user_id: comment_user_id.into(),
            file: None,
            process_instance_id: process_instance_id.into(),
            text: text.into(),
        }
    }
    /// Sets `file`.
    pub fn file(mut self, value: AddProcessInstanceCommentRequestFile) -> Self {
        self.file = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddProcessInstanceCommentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("commentUserId", &self.comment_user_id)?;
        object.optional("file", &self.file)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddProcessInstanceCommentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddProcessInstanceCommentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commentUserId" => rt::read_field(map, &mut self.comment_user_id),
            "file" => rt::read_field(map, &mut self.file),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddProcessInstanceCommentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::archive_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ArchiveProcessInstanceRequest {
    /// `opUserId`.
    pub op_user_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
impl ArchiveProcessInstanceRequest {
    /// A `ArchiveProcessInstanceRequest` with its required fields (`opUserId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        process_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            process_instance_id: process_instance_id.into(),
        }
    }
}
impl rt::serde::Serialize for ArchiveProcessInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ArchiveProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ArchiveProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ArchiveProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_execute_process_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchExecuteProcessInstancesRequest {
    /// `actionerUserId`.
    pub actioner_user_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `result`.
    pub result: String,
    /// `taskInfoList`.
    pub task_info_list: Vec<BatchExecuteProcessInstancesRequestTaskInfoList>,
}
impl BatchExecuteProcessInstancesRequest {
    /// A `BatchExecuteProcessInstancesRequest` with its required fields (`actionerUserId`, `result`, `taskInfoList`); set the others with the methods named after them.
    pub fn new(
        actioner_user_id: impl Into<String>,
        result: impl Into<String>,
        task_info_list: impl IntoIterator<
            Item = BatchExecuteProcessInstancesRequestTaskInfoList,
        >,
    ) -> Self {
        Self {
            actioner_user_id: actioner_user_id.into(),
            remark: None,
            result: result.into(),
            task_info_list: task_info_list.into_iter().collect(),
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchExecuteProcessInstancesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionerUserId", &self.actioner_user_id)?;
        object.optional("remark", &self.remark)?;
        object.field("result", &self.result)?;
        object.field("taskInfoList", &self.task_info_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchExecuteProcessInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchExecuteProcessInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionerUserId" => rt::read_field(map, &mut self.actioner_user_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "result" => rt::read_field(map, &mut self.result),
            "taskInfoList" => rt::read_field(map, &mut self.task_info_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchExecuteProcessInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_tasks_redirect`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchTasksRedirectRequest {
    /// `handoverUserId`.
    pub handover_user_id: String,
    /// `managerUserId`.
    pub manager_user_id: String,
    /// `taskIds`.
    pub task_ids: Vec<i64>,
    /// `transfereeUserId`.
    pub transferee_user_id: String,
}
impl BatchTasksRedirectRequest {
    /// A `BatchTasksRedirectRequest` with its required fields (`handoverUserId`, `managerUserId`, `taskIds`, `transfereeUserId`); set the others with the methods named after them.
    pub fn new(
        handover_user_id: impl Into<String>,
        manager_user_id: impl Into<String>,
        task_ids: impl IntoIterator<Item = i64>,
        transferee_user_id: impl Into<String>,
    ) -> Self {
        Self {
            handover_user_id: handover_user_id.into(),
            manager_user_id: manager_user_id.into(),
            task_ids: task_ids.into_iter().collect(),
            transferee_user_id: transferee_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchTasksRedirectRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("handoverUserId", &self.handover_user_id)?;
        object.field("managerUserId", &self.manager_user_id)?;
        object.field("taskIds", &self.task_ids)?;
        object.field("transfereeUserId", &self.transferee_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchTasksRedirectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchTasksRedirectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "handoverUserId" => rt::read_field(map, &mut self.handover_user_id),
            "managerUserId" => rt::read_field(map, &mut self.manager_user_id),
            "taskIds" => rt::read_field(map, &mut self.task_ids),
            "transfereeUserId" => rt::read_field(map, &mut self.transferee_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchTasksRedirectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_process_instance`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateProcessInstanceRequest {
    /// `updateProcessInstanceRequests`.
    pub update_process_instance_requests: Option<
        Vec<BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests>,
    >,
}
impl BatchUpdateProcessInstanceRequest {
    /// An empty `BatchUpdateProcessInstanceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `updateProcessInstanceRequests`.
    pub fn update_process_instance_requests(
        mut self,
        value: impl IntoIterator<
            Item = BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests,
        >,
    ) -> Self {
        self.update_process_instance_requests = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for BatchUpdateProcessInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "updateProcessInstanceRequests",
                &self.update_process_instance_requests,
            )?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "updateProcessInstanceRequests" => {
                rt::read_field(map, &mut self.update_process_instance_requests)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchUpdateProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_integrated_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CancelIntegratedTaskRequest {
    /// `activityId`.
    pub activity_id: String,
    /// `activityIds`.
    pub activity_ids: Option<Vec<String>>,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
impl CancelIntegratedTaskRequest {
    /// A `CancelIntegratedTaskRequest` with its required fields (`activityId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(
        activity_id: impl Into<String>,
        process_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            activity_id: activity_id.into(),
            activity_ids: None,
            process_instance_id: process_instance_id.into(),
        }
    }
    /// Sets `activityIds`.
    pub fn activity_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.activity_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CancelIntegratedTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("activityId", &self.activity_id)?;
        object.optional("activityIds", &self.activity_ids)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelIntegratedTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelIntegratedTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "activityIds" => rt::read_field(map, &mut self.activity_ids),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CancelIntegratedTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::clean_process_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CleanProcessDataRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `processCode`.
    pub process_code: String,
}
impl CleanProcessDataRequest {
    /// A `CleanProcessDataRequest` with its required fields (`corpId`, `processCode`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>, process_code: impl Into<String>) -> Self {
        Self {
            corp_id: corp_id.into(),
            process_code: process_code.into(),
        }
    }
}
impl rt::serde::Serialize for CleanProcessDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.field("processCode", &self.process_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CleanProcessDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CleanProcessDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CleanProcessDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CopyProcessRequest {
    /// `copyOptions`.
    pub copy_options: Option<CopyProcessRequestCopyOptions>,
    /// `sourceCorpId`.
    pub source_corp_id: String,
    /// `sourceProcessVOList`.
    pub source_process_vo_list: Vec<CopyProcessRequestSourceProcessVOList>,
}
impl CopyProcessRequest {
    /// A `CopyProcessRequest` with its required fields (`sourceCorpId`, `sourceProcessVOList`); set the others with the methods named after them.
    pub fn new(
        source_corp_id: impl Into<String>,
        source_process_vo_list: impl IntoIterator<
            Item = CopyProcessRequestSourceProcessVOList,
        >,
    ) -> Self {
        Self {
            copy_options: None,
            source_corp_id: source_corp_id.into(),
            source_process_vo_list: source_process_vo_list.into_iter().collect(),
        }
    }
    /// Sets `copyOptions`.
    pub fn copy_options(mut self, value: CopyProcessRequestCopyOptions) -> Self {
        self.copy_options = Some(value);
        self
    }
}
impl rt::serde::Serialize for CopyProcessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("copyOptions", &self.copy_options)?;
        object.field("sourceCorpId", &self.source_corp_id)?;
        object.field("sourceProcessVOList", &self.source_process_vo_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyProcessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyProcessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "copyOptions" => rt::read_field(map, &mut self.copy_options),
            "sourceCorpId" => rt::read_field(map, &mut self.source_corp_id),
            "sourceProcessVOList" => {
                rt::read_field(map, &mut self.source_process_vo_list)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_integrated_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateIntegratedTaskRequest {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `featureConfig`.
    pub feature_config: Option<CreateIntegratedTaskRequestFeatureConfig>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `tasks`.
    pub tasks: Vec<CreateIntegratedTaskRequestTasks>,
}
impl CreateIntegratedTaskRequest {
    /// A `CreateIntegratedTaskRequest` with its required fields (`processInstanceId`, `tasks`); set the others with the methods named after them.
    pub fn new(
        process_instance_id: impl Into<String>,
        tasks: impl IntoIterator<Item = CreateIntegratedTaskRequestTasks>,
    ) -> Self {
        Self {
            activity_id: None,
            feature_config: None,
            process_instance_id: process_instance_id.into(),
            tasks: tasks.into_iter().collect(),
        }
    }
    /// Sets `activityId`.
    pub fn activity_id(mut self, value: impl Into<String>) -> Self {
        self.activity_id = Some(value.into());
        self
    }
    /// Sets `featureConfig`.
    pub fn feature_config(
        mut self,
        value: CreateIntegratedTaskRequestFeatureConfig,
    ) -> Self {
        self.feature_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateIntegratedTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("featureConfig", &self.feature_config)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("tasks", &self.tasks)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateIntegratedTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateIntegratedTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "featureConfig" => rt::read_field(map, &mut self.feature_config),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "tasks" => rt::read_field(map, &mut self.tasks),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateIntegratedTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_dir`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteDirRequest {
    /// `dirId`: a query parameter.
    pub dir_id: Option<String>,
    /// `operateUserId`: a query parameter.
    pub operate_user_id: String,
}
impl DeleteDirRequest {
    /// A `DeleteDirRequest` with its required fields (`operateUserId`); set the others with the methods named after them.
    pub fn new(operate_user_id: impl Into<String>) -> Self {
        Self {
            dir_id: None,
            operate_user_id: operate_user_id.into(),
        }
    }
    /// Sets `dirId`.
    pub fn dir_id(mut self, value: impl Into<String>) -> Self {
        self.dir_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteDirRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteDirRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dirId" => rt::read_field(map, &mut self.dir_id),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteDirRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dirId", &self.dir_id);
        writer.query("operateUserId", &self.operate_user_id);
    }
}
/// The request of [`Api::delete_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteProcessRequest {
    /// `cleanRunningTask`: a query parameter.
    pub clean_running_task: Option<bool>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
impl DeleteProcessRequest {
    /// A `DeleteProcessRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(process_code: impl Into<String>) -> Self {
        Self {
            clean_running_task: None,
            process_code: process_code.into(),
        }
    }
    /// Sets `cleanRunningTask`.
    pub fn clean_running_task(mut self, value: bool) -> Self {
        self.clean_running_task = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteProcessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteProcessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cleanRunningTask" => rt::read_field(map, &mut self.clean_running_task),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cleanRunningTask", &self.clean_running_task);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::execute_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ExecuteProcessInstanceRequest {
    /// `actionerUserId`.
    pub actioner_user_id: String,
    /// `file`.
    pub file: Option<ExecuteProcessInstanceRequestFile>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `result`.
    pub result: String,
    /// `taskId`.
    pub task_id: i64,
}
impl ExecuteProcessInstanceRequest {
    /// A `ExecuteProcessInstanceRequest` with its required fields (`actionerUserId`, `processInstanceId`, `result`, `taskId`); set the others with the methods named after them.
    pub fn new(
        actioner_user_id: impl Into<String>,
        process_instance_id: impl Into<String>,
        result: impl Into<String>,
        task_id: i64,
    ) -> Self {
        Self {
            actioner_user_id: actioner_user_id.into(),
            file: None,
            process_instance_id: process_instance_id.into(),
            remark: None,
            result: result.into(),
            task_id,
        }
    }
    /// Sets `file`.
    pub fn file(mut self, value: ExecuteProcessInstanceRequestFile) -> Self {
        self.file = Some(value);
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ExecuteProcessInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionerUserId", &self.actioner_user_id)?;
        object.optional("file", &self.file)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("remark", &self.remark)?;
        object.field("result", &self.result)?;
        object.field("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionerUserId" => rt::read_field(map, &mut self.actioner_user_id),
            "file" => rt::read_field(map, &mut self.file),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "result" => rt::read_field(map, &mut self.result),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExecuteProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::form_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FormCreateRequest {
    /// `description`.
    pub description: Option<String>,
    /// `formComponents`.
    pub form_components: Vec<FormComponent>,
    /// `name`.
    pub name: String,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `templateConfig`.
    pub template_config: Option<FormCreateRequestTemplateConfig>,
}
impl FormCreateRequest {
    /// A `FormCreateRequest` with its required fields (`formComponents`, `name`); set the others with the methods named after them.
    pub fn new(
        form_components: impl IntoIterator<Item = FormComponent>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            description: None,
            form_components: form_components.into_iter().collect(),
            name: name.into(),
            process_code: None,
            template_config: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
    /// Sets `templateConfig`.
    pub fn template_config(mut self, value: FormCreateRequestTemplateConfig) -> Self {
        self.template_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for FormCreateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.field("formComponents", &self.form_components)?;
        object.field("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("templateConfig", &self.template_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FormCreateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FormCreateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "formComponents" => rt::read_field(map, &mut self.form_components),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "templateConfig" => rt::read_field(map, &mut self.template_config),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FormCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_attachment_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAttachmentSpaceRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `userId`.
    pub user_id: String,
}
impl GetAttachmentSpaceRequest {
    /// A `GetAttachmentSpaceRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            agent_id: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetAttachmentSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAttachmentSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAttachmentSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAttachmentSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_condition_form_component`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetConditionFormComponentRequest {
    /// `agentId`: a query parameter.
    pub agent_id: Option<i64>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
impl GetConditionFormComponentRequest {
    /// A `GetConditionFormComponentRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(process_code: impl Into<String>) -> Self {
        Self {
            agent_id: None,
            process_code: process_code.into(),
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetConditionFormComponentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetConditionFormComponentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetConditionFormComponentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentId", &self.agent_id);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::get_field_modified_history`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFieldModifiedHistoryRequest {
    /// `fieldId`.
    pub field_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
impl GetFieldModifiedHistoryRequest {
    /// A `GetFieldModifiedHistoryRequest` with its required fields (`fieldId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(
        field_id: impl Into<String>,
        process_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            field_id: field_id.into(),
            process_instance_id: process_instance_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetFieldModifiedHistoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fieldId", &self.field_id)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFieldModifiedHistoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFieldModifiedHistoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFieldModifiedHistoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_hand_sign_download_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetHandSignDownloadUrlRequest {
    /// `handSignToken`.
    pub hand_sign_token: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
impl GetHandSignDownloadUrlRequest {
    /// A `GetHandSignDownloadUrlRequest` with its required fields (`handSignToken`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(
        hand_sign_token: impl Into<String>,
        process_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            hand_sign_token: hand_sign_token.into(),
            process_instance_id: process_instance_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetHandSignDownloadUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("handSignToken", &self.hand_sign_token)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetHandSignDownloadUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetHandSignDownloadUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "handSignToken" => rt::read_field(map, &mut self.hand_sign_token),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetHandSignDownloadUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_manage_process_by_staff_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetManageProcessByStaffIdRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetManageProcessByStaffIdRequest {
    /// A `GetManageProcessByStaffIdRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetManageProcessByStaffIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetManageProcessByStaffIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetManageProcessByStaffIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_process_code_by_name`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetProcessCodeByNameRequest {
    /// `name`: a query parameter.
    pub name: String,
}
impl GetProcessCodeByNameRequest {
    /// A `GetProcessCodeByNameRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessCodeByNameRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessCodeByNameRequest {
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
impl rt::WriteRequest for GetProcessCodeByNameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("name", &self.name);
    }
}
/// The request of [`Api::get_process_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetProcessConfigRequest {
    /// `procCode`: a query parameter.
    pub proc_code: String,
}
impl GetProcessConfigRequest {
    /// A `GetProcessConfigRequest` with its required fields (`procCode`); set the others with the methods named after them.
    pub fn new(proc_code: impl Into<String>) -> Self {
        Self {
            proc_code: proc_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "procCode" => rt::read_field(map, &mut self.proc_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetProcessConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("procCode", &self.proc_code);
    }
}
/// The request of [`Api::get_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetProcessInstanceRequest {
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
impl GetProcessInstanceRequest {
    /// A `GetProcessInstanceRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(process_instance_id: impl Into<String>) -> Self {
        Self {
            process_instance_id: process_instance_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("processInstanceId", &self.process_instance_id);
    }
}
/// The request of [`Api::get_process_instance_with_extra`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetProcessInstanceWithExtraRequest {
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
impl GetProcessInstanceWithExtraRequest {
    /// A `GetProcessInstanceWithExtraRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(process_instance_id: impl Into<String>) -> Self {
        Self {
            process_instance_id: process_instance_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessInstanceWithExtraRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessInstanceWithExtraRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetProcessInstanceWithExtraRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("processInstanceId", &self.process_instance_id);
    }
}
/// The request of [`Api::get_schema_and_processconfig_batchlly`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSchemaAndProcessconfigBatchllyRequest {
    /// `processCodes`: a query parameter, JSON-encoded.
    pub process_codes: Option<Vec<String>>,
}
impl GetSchemaAndProcessconfigBatchllyRequest {
    /// An empty `GetSchemaAndProcessconfigBatchllyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `processCodes`.
    pub fn process_codes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.process_codes = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSchemaAndProcessconfigBatchllyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSchemaAndProcessconfigBatchllyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processCodes" => rt::read_field(map, &mut self.process_codes),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSchemaAndProcessconfigBatchllyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("processCodes", &self.process_codes);
    }
}
/// The request of [`Api::get_space_with_download_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceWithDownloadAuthRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `fileId`.
    pub file_id: String,
    /// `fileIdList`.
    pub file_id_list: Option<Vec<String>>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `userId`.
    pub user_id: String,
    /// `withCommentAttatchment`.
    pub with_comment_attatchment: Option<bool>,
}
impl GetSpaceWithDownloadAuthRequest {
    /// A `GetSpaceWithDownloadAuthRequest` with its required fields (`fileId`, `processInstanceId`, `userId`); set the others with the methods named after them.
    pub fn new(
        file_id: impl Into<String>,
        process_instance_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            agent_id: None,
            file_id: file_id.into(),
            file_id_list: None,
            process_instance_id: process_instance_id.into(),
            user_id: user_id.into(),
            with_comment_attatchment: None,
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
    /// Sets `fileIdList`.
    pub fn file_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.file_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `withCommentAttatchment`.
    pub fn with_comment_attatchment(mut self, value: bool) -> Self {
        self.with_comment_attatchment = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetSpaceWithDownloadAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.field("fileId", &self.file_id)?;
        object.optional("fileIdList", &self.file_id_list)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("userId", &self.user_id)?;
        object.optional("withCommentAttatchment", &self.with_comment_attatchment)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSpaceWithDownloadAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSpaceWithDownloadAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileIdList" => rt::read_field(map, &mut self.file_id_list),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "withCommentAttatchment" => {
                rt::read_field(map, &mut self.with_comment_attatchment)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSpaceWithDownloadAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_todo_task_sum`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserTodoTaskSumRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetUserTodoTaskSumRequest {
    /// A `GetUserTodoTaskSumRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserTodoTaskSumRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserTodoTaskSumRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserTodoTaskSumRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::grant_cspace_authorization`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GrantCspaceAuthorizationRequest {
    /// `durationSeconds`.
    pub duration_seconds: Option<i64>,
    /// `spaceId`.
    pub space_id: String,
    /// `type`.
    pub r#type: String,
    /// `userId`.
    pub user_id: String,
}
impl GrantCspaceAuthorizationRequest {
    /// A `GrantCspaceAuthorizationRequest` with its required fields (`spaceId`, `type`, `userId`); set the others with the methods named after them.
    pub fn new(
        space_id: impl Into<String>,
        r#type: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            duration_seconds: None,
            space_id: space_id.into(),
            r#type: r#type.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `durationSeconds`.
    pub fn duration_seconds(mut self, value: i64) -> Self {
        self.duration_seconds = Some(value);
        self
    }
}
impl rt::serde::Serialize for GrantCspaceAuthorizationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("durationSeconds", &self.duration_seconds)?;
        object.field("spaceId", &self.space_id)?;
        object.field("type", &self.r#type)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GrantCspaceAuthorizationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GrantCspaceAuthorizationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "durationSeconds" => rt::read_field(map, &mut self.duration_seconds),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GrantCspaceAuthorizationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::grant_process_instance_for_download_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GrantProcessInstanceForDownloadFileRequest {
    /// `fileId`.
    pub file_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `withCommentAttatchment`.
    pub with_comment_attatchment: Option<bool>,
}
impl GrantProcessInstanceForDownloadFileRequest {
    /// A `GrantProcessInstanceForDownloadFileRequest` with its required fields (`fileId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(
        file_id: impl Into<String>,
        process_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            process_instance_id: process_instance_id.into(),
            with_comment_attatchment: None,
        }
    }
    /// Sets `withCommentAttatchment`.
    pub fn with_comment_attatchment(mut self, value: bool) -> Self {
        self.with_comment_attatchment = Some(value);
        self
    }
}
impl rt::serde::Serialize for GrantProcessInstanceForDownloadFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileId", &self.file_id)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("withCommentAttatchment", &self.with_comment_attatchment)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GrantProcessInstanceForDownloadFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GrantProcessInstanceForDownloadFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "withCommentAttatchment" => {
                rt::read_field(map, &mut self.with_comment_attatchment)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GrantProcessInstanceForDownloadFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_or_update_dir`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertOrUpdateDirRequest {
    /// `bizGroup`.
    pub biz_group: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `name18n`.
    pub name18n: String,
    /// `operateUserId`.
    pub operate_user_id: String,
}
impl InsertOrUpdateDirRequest {
    /// A `InsertOrUpdateDirRequest` with its required fields (`name18n`, `operateUserId`); set the others with the methods named after them.
    pub fn new(name18n: impl Into<String>, operate_user_id: impl Into<String>) -> Self {
        Self {
            biz_group: None,
            description: None,
            name: None,
            name18n: name18n.into(),
            operate_user_id: operate_user_id.into(),
        }
    }
    /// Sets `bizGroup`.
    pub fn biz_group(mut self, value: impl Into<String>) -> Self {
        self.biz_group = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for InsertOrUpdateDirRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizGroup", &self.biz_group)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.field("name18n", &self.name18n)?;
        object.field("operateUserId", &self.operate_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertOrUpdateDirRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertOrUpdateDirRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizGroup" => rt::read_field(map, &mut self.biz_group),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "name18n" => rt::read_field(map, &mut self.name18n),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InsertOrUpdateDirRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::install_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InstallAppRequest {
    /// `bizGroup`.
    pub biz_group: Option<String>,
    /// `installOption`.
    pub install_option: InstallAppRequestInstallOption,
    /// `sourceDirName`.
    pub source_dir_name: String,
}
impl InstallAppRequest {
    /// A `InstallAppRequest` with its required fields (`installOption`, `sourceDirName`); set the others with the methods named after them.
    pub fn new(
        install_option: InstallAppRequestInstallOption,
        source_dir_name: impl Into<String>,
    ) -> Self {
        Self {
            biz_group: None,
            install_option,
            source_dir_name: source_dir_name.into(),
        }
    }
    /// Sets `bizGroup`.
    pub fn biz_group(mut self, value: impl Into<String>) -> Self {
        self.biz_group = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for InstallAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizGroup", &self.biz_group)?;
        object.field("installOption", &self.install_option)?;
        object.field("sourceDirName", &self.source_dir_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InstallAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InstallAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizGroup" => rt::read_field(map, &mut self.biz_group),
            "installOption" => rt::read_field(map, &mut self.install_option),
            "sourceDirName" => rt::read_field(map, &mut self.source_dir_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InstallAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_process_instance_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListProcessInstanceIdsRequest {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `processCode`.
    pub process_code: String,
    /// `startTime`.
    pub start_time: i64,
    /// `statuses`.
    pub statuses: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl ListProcessInstanceIdsRequest {
    /// A `ListProcessInstanceIdsRequest` with its required fields (`maxResults`, `nextToken`, `processCode`, `startTime`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        next_token: i64,
        process_code: impl Into<String>,
        start_time: i64,
    ) -> Self {
        Self {
            end_time: None,
            max_results,
            next_token,
            process_code: process_code.into(),
            start_time,
            statuses: None,
            user_ids: None,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `statuses`.
    pub fn statuses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.statuses = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for ListProcessInstanceIdsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.field("processCode", &self.process_code)?;
        object.field("startTime", &self.start_time)?;
        object.optional("statuses", &self.statuses)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListProcessInstanceIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListProcessInstanceIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "statuses" => rt::read_field(map, &mut self.statuses),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListProcessInstanceIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_todo_work_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListTodoWorkRecordsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `status`: a query parameter.
    pub status: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl ListTodoWorkRecordsRequest {
    /// A `ListTodoWorkRecordsRequest` with its required fields (`maxResults`, `nextToken`, `status`, `userId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        next_token: i64,
        status: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            next_token,
            status,
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListTodoWorkRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListTodoWorkRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "status" => rt::read_field(map, &mut self.status),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListTodoWorkRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("status", &self.status);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_user_visible_bpms_processes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListUserVisibleBpmsProcessesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl ListUserVisibleBpmsProcessesRequest {
    /// A `ListUserVisibleBpmsProcessesRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self {
            max_results,
            next_token,
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListUserVisibleBpmsProcessesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListUserVisibleBpmsProcessesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListUserVisibleBpmsProcessesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::pages_export_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PagesExportInstancesRequest {
    /// `endTimeInMills`: a query parameter.
    pub end_time_in_mills: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
    /// `orderBy`: a query parameter.
    pub order_by: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
    /// `startTimeInMills`: a query parameter.
    pub start_time_in_mills: i64,
    /// `status`: a query parameter.
    pub status: Option<String>,
}
impl PagesExportInstancesRequest {
    /// A `PagesExportInstancesRequest` with its required fields (`maxResults`, `nextToken`, `processCode`, `startTimeInMills`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        next_token: impl Into<String>,
        process_code: impl Into<String>,
        start_time_in_mills: i64,
    ) -> Self {
        Self {
            end_time_in_mills: None,
            max_results,
            next_token: next_token.into(),
            order_by: None,
            process_code: process_code.into(),
            start_time_in_mills,
            status: None,
        }
    }
    /// Sets `endTimeInMills`.
    pub fn end_time_in_mills(mut self, value: i64) -> Self {
        self.end_time_in_mills = Some(value);
        self
    }
    /// Sets `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PagesExportInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PagesExportInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTimeInMills" => rt::read_field(map, &mut self.end_time_in_mills),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "orderBy" => rt::read_field(map, &mut self.order_by),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "startTimeInMills" => rt::read_field(map, &mut self.start_time_in_mills),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PagesExportInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTimeInMills", &self.end_time_in_mills);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("orderBy", &self.order_by);
        writer.query("processCode", &self.process_code);
        writer.query("startTimeInMills", &self.start_time_in_mills);
        writer.query("status", &self.status);
    }
}
/// The request of [`Api::premium_add_approve_dentry_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumAddApproveDentryAuthRequest {
    /// `fileInfos`.
    pub file_infos: Vec<PremiumAddApproveDentryAuthRequestFileInfos>,
    /// `userId`.
    pub user_id: String,
}
impl PremiumAddApproveDentryAuthRequest {
    /// A `PremiumAddApproveDentryAuthRequest` with its required fields (`fileInfos`, `userId`); set the others with the methods named after them.
    pub fn new(
        file_infos: impl IntoIterator<
            Item = PremiumAddApproveDentryAuthRequestFileInfos,
        >,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            file_infos: file_infos.into_iter().collect(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for PremiumAddApproveDentryAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileInfos", &self.file_infos)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumAddApproveDentryAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumAddApproveDentryAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileInfos" => rt::read_field(map, &mut self.file_infos),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumAddApproveDentryAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_append_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumAppendTaskRequest {
    /// `activateType`.
    pub activate_type: String,
    /// `agreeAll`.
    pub agree_all: Option<bool>,
    /// `appenderUserIds`.
    pub appender_user_ids: Vec<String>,
    /// `operateUserId`.
    pub operate_user_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `taskId`.
    pub task_id: i64,
    /// `type`.
    pub r#type: String,
}
impl PremiumAppendTaskRequest {
    /// A `PremiumAppendTaskRequest` with its required fields (`activateType`, `appenderUserIds`, `operateUserId`, `processInstanceId`, `taskId`, `type`); set the others with the methods named after them.
    pub fn new(
        activate_type: impl Into<String>,
        appender_user_ids: impl IntoIterator<Item = impl Into<String>>,
        operate_user_id: impl Into<String>,
        process_instance_id: impl Into<String>,
        task_id: i64,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            activate_type: activate_type.into(),
            agree_all: None,
            appender_user_ids: appender_user_ids.into_iter().map(Into::into).collect(),
            operate_user_id: operate_user_id.into(),
            process_instance_id: process_instance_id.into(),
            remark: None,
            task_id,
            r#type: r#type.into(),
        }
    }
    /// Sets `agreeAll`.
    pub fn agree_all(mut self, value: bool) -> Self {
        self.agree_all = Some(value);
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumAppendTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("activateType", &self.activate_type)?;
        object.optional("agreeAll", &self.agree_all)?;
        object.field("appenderUserIds", &self.appender_user_ids)?;
        object.field("operateUserId", &self.operate_user_id)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("remark", &self.remark)?;
        object.field("taskId", &self.task_id)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumAppendTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumAppendTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activateType" => rt::read_field(map, &mut self.activate_type),
            "agreeAll" => rt::read_field(map, &mut self.agree_all),
            "appenderUserIds" => rt::read_field(map, &mut self.appender_user_ids),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumAppendTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_batch_execute_process_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumBatchExecuteProcessInstancesRequest {
    /// `actionerUserId`.
    pub actioner_user_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `result`.
    pub result: String,
    /// `taskInfoList`.
    pub task_info_list: Vec<PremiumBatchExecuteProcessInstancesRequestTaskInfoList>,
}
impl PremiumBatchExecuteProcessInstancesRequest {
    /// A `PremiumBatchExecuteProcessInstancesRequest` with its required fields (`actionerUserId`, `result`, `taskInfoList`); set the others with the methods named after them.
    pub fn new(
        actioner_user_id: impl Into<String>,
        result: impl Into<String>,
        task_info_list: impl IntoIterator<
            Item = PremiumBatchExecuteProcessInstancesRequestTaskInfoList,
        >,
    ) -> Self {
        Self {
            actioner_user_id: actioner_user_id.into(),
            remark: None,
            result: result.into(),
            task_info_list: task_info_list.into_iter().collect(),
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumBatchExecuteProcessInstancesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionerUserId", &self.actioner_user_id)?;
        object.optional("remark", &self.remark)?;
        object.field("result", &self.result)?;
        object.field("taskInfoList", &self.task_info_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumBatchExecuteProcessInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumBatchExecuteProcessInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionerUserId" => rt::read_field(map, &mut self.actioner_user_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "result" => rt::read_field(map, &mut self.result),
            "taskInfoList" => rt::read_field(map, &mut self.task_info_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumBatchExecuteProcessInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_del_dir`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumDelDirRequest {
    /// `dirId`: a query parameter.
    pub dir_id: String,
    /// `operateUserId`: a query parameter.
    pub operate_user_id: String,
}
impl PremiumDelDirRequest {
    /// A `PremiumDelDirRequest` with its required fields (`dirId`, `operateUserId`); set the others with the methods named after them.
    pub fn new(dir_id: impl Into<String>, operate_user_id: impl Into<String>) -> Self {
        Self {
            dir_id: dir_id.into(),
            operate_user_id: operate_user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumDelDirRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumDelDirRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dirId" => rt::read_field(map, &mut self.dir_id),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumDelDirRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dirId", &self.dir_id);
        writer.query("operateUserId", &self.operate_user_id);
    }
}
/// The request of [`Api::premium_delete_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumDeleteFormInstanceRequest {
    /// `formInstanceIds`.
    pub form_instance_ids: Option<Vec<String>>,
    /// `processCode`.
    pub process_code: String,
    /// `userId`.
    pub user_id: Option<String>,
}
impl PremiumDeleteFormInstanceRequest {
    /// A `PremiumDeleteFormInstanceRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(process_code: impl Into<String>) -> Self {
        Self {
            form_instance_ids: None,
            process_code: process_code.into(),
            user_id: None,
        }
    }
    /// Sets `formInstanceIds`.
    pub fn form_instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.form_instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumDeleteFormInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formInstanceIds", &self.form_instance_ids)?;
        object.field("processCode", &self.process_code)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumDeleteFormInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumDeleteFormInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formInstanceIds" => rt::read_field(map, &mut self.form_instance_ids),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumDeleteFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_attachment_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetAttachmentSpaceRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `userId`.
    pub user_id: String,
}
impl PremiumGetAttachmentSpaceRequest {
    /// A `PremiumGetAttachmentSpaceRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            agent_id: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for PremiumGetAttachmentSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetAttachmentSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetAttachmentSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetAttachmentSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_done_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetDoneTasksRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl PremiumGetDoneTasksRequest {
    /// A `PremiumGetDoneTasksRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, user_id: impl Into<String>) -> Self {
        Self {
            page_number,
            page_size,
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetDoneTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetDoneTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetDoneTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::premium_get_field_modified_history`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetFieldModifiedHistoryRequest {
    /// `fieldId`.
    pub field_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
impl PremiumGetFieldModifiedHistoryRequest {
    /// A `PremiumGetFieldModifiedHistoryRequest` with its required fields (`fieldId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(
        field_id: impl Into<String>,
        process_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            field_id: field_id.into(),
            process_instance_id: process_instance_id.into(),
        }
    }
}
impl rt::serde::Serialize for PremiumGetFieldModifiedHistoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fieldId", &self.field_id)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetFieldModifiedHistoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetFieldModifiedHistoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetFieldModifiedHistoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetFormInstanceRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `formCode`: a query parameter.
    pub form_code: String,
    /// `formInstanceId`: a query parameter.
    pub form_instance_id: String,
}
impl PremiumGetFormInstanceRequest {
    /// A `PremiumGetFormInstanceRequest` with its required fields (`formCode`, `formInstanceId`); set the others with the methods named after them.
    pub fn new(
        form_code: impl Into<String>,
        form_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            app_uuid: None,
            form_code: form_code.into(),
            form_instance_id: form_instance_id.into(),
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetFormInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetFormInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("formCode", &self.form_code);
        writer.query("formInstanceId", &self.form_instance_id);
    }
}
/// The request of [`Api::premium_get_form_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetFormInstancesRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `formCode`: a query parameter.
    pub form_code: String,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl PremiumGetFormInstancesRequest {
    /// A `PremiumGetFormInstancesRequest` with its required fields (`formCode`, `maxResults`); set the others with the methods named after them.
    pub fn new(form_code: impl Into<String>, max_results: i64) -> Self {
        Self {
            app_uuid: None,
            form_code: form_code.into(),
            max_results,
            next_token: None,
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetFormInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetFormInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetFormInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("formCode", &self.form_code);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::premium_get_form_schema`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetFormSchemaRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
impl PremiumGetFormSchemaRequest {
    /// A `PremiumGetFormSchemaRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(process_code: impl Into<String>) -> Self {
        Self {
            app_uuid: None,
            process_code: process_code.into(),
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetFormSchemaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetFormSchemaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetFormSchemaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::premium_get_inst_field_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetInstFieldSettingRequest {
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `userId`.
    pub user_id: String,
}
impl PremiumGetInstFieldSettingRequest {
    /// A `PremiumGetInstFieldSettingRequest` with its required fields (`processInstanceId`, `userId`); set the others with the methods named after them.
    pub fn new(
        process_instance_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            process_instance_id: process_instance_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for PremiumGetInstFieldSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetInstFieldSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetInstFieldSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetInstFieldSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_noticed_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetNoticedInstancesRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl PremiumGetNoticedInstancesRequest {
    /// A `PremiumGetNoticedInstancesRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, user_id: impl Into<String>) -> Self {
        Self {
            page_number,
            page_size,
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetNoticedInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetNoticedInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetNoticedInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::premium_get_process_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetProcessInstancesRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `endTimeInMills`: a query parameter.
    pub end_time_in_mills: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
    /// `startTimeInMills`: a query parameter.
    pub start_time_in_mills: i64,
}
impl PremiumGetProcessInstancesRequest {
    /// A `PremiumGetProcessInstancesRequest` with its required fields (`maxResults`, `processCode`, `startTimeInMills`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        process_code: impl Into<String>,
        start_time_in_mills: i64,
    ) -> Self {
        Self {
            app_uuid: None,
            end_time_in_mills: None,
            max_results,
            next_token: None,
            process_code: process_code.into(),
            start_time_in_mills,
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
    /// Sets `endTimeInMills`.
    pub fn end_time_in_mills(mut self, value: i64) -> Self {
        self.end_time_in_mills = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetProcessInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetProcessInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "endTimeInMills" => rt::read_field(map, &mut self.end_time_in_mills),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "startTimeInMills" => rt::read_field(map, &mut self.start_time_in_mills),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetProcessInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("endTimeInMills", &self.end_time_in_mills);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("processCode", &self.process_code);
        writer.query("startTimeInMills", &self.start_time_in_mills);
    }
}
/// The request of [`Api::premium_get_space_with_download_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetSpaceWithDownloadAuthRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `fileId`.
    pub file_id: String,
    /// `fileIdList`.
    pub file_id_list: Option<Vec<String>>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `userId`.
    pub user_id: String,
    /// `withCommentAttatchment`.
    pub with_comment_attatchment: Option<bool>,
}
impl PremiumGetSpaceWithDownloadAuthRequest {
    /// A `PremiumGetSpaceWithDownloadAuthRequest` with its required fields (`fileId`, `processInstanceId`, `userId`); set the others with the methods named after them.
    pub fn new(
        file_id: impl Into<String>,
        process_instance_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            agent_id: None,
            file_id: file_id.into(),
            file_id_list: None,
            process_instance_id: process_instance_id.into(),
            user_id: user_id.into(),
            with_comment_attatchment: None,
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
    /// Sets `fileIdList`.
    pub fn file_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.file_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `withCommentAttatchment`.
    pub fn with_comment_attatchment(mut self, value: bool) -> Self {
        self.with_comment_attatchment = Some(value);
        self
    }
}
impl rt::serde::Serialize for PremiumGetSpaceWithDownloadAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.field("fileId", &self.file_id)?;
        object.optional("fileIdList", &self.file_id_list)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("userId", &self.user_id)?;
        object.optional("withCommentAttatchment", &self.with_comment_attatchment)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetSpaceWithDownloadAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetSpaceWithDownloadAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileIdList" => rt::read_field(map, &mut self.file_id_list),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "withCommentAttatchment" => {
                rt::read_field(map, &mut self.with_comment_attatchment)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetSpaceWithDownloadAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_submitted_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetSubmittedInstancesRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl PremiumGetSubmittedInstancesRequest {
    /// A `PremiumGetSubmittedInstancesRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, user_id: impl Into<String>) -> Self {
        Self {
            page_number,
            page_size,
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetSubmittedInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetSubmittedInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetSubmittedInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::premium_get_todo_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetTodoTasksRequest {
    /// `createBefore`: a query parameter.
    pub create_before: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl PremiumGetTodoTasksRequest {
    /// A `PremiumGetTodoTasksRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, user_id: impl Into<String>) -> Self {
        Self {
            create_before: None,
            page_number,
            page_size,
            user_id: user_id.into(),
        }
    }
    /// Sets `createBefore`.
    pub fn create_before(mut self, value: impl Into<String>) -> Self {
        self.create_before = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumGetTodoTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGetTodoTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createBefore" => rt::read_field(map, &mut self.create_before),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGetTodoTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("createBefore", &self.create_before);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::premium_grant_process_instance_for_download_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumGrantProcessInstanceForDownloadFileRequest {
    /// `fileId`.
    pub file_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `withCommentAttatchment`.
    pub with_comment_attatchment: Option<bool>,
}
impl PremiumGrantProcessInstanceForDownloadFileRequest {
    /// A `PremiumGrantProcessInstanceForDownloadFileRequest` with its required fields (`fileId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(
        file_id: impl Into<String>,
        process_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            process_instance_id: process_instance_id.into(),
            with_comment_attatchment: None,
        }
    }
    /// Sets `withCommentAttatchment`.
    pub fn with_comment_attatchment(mut self, value: bool) -> Self {
        self.with_comment_attatchment = Some(value);
        self
    }
}
impl rt::serde::Serialize for PremiumGrantProcessInstanceForDownloadFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileId", &self.file_id)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("withCommentAttatchment", &self.with_comment_attatchment)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PremiumGrantProcessInstanceForDownloadFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumGrantProcessInstanceForDownloadFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "withCommentAttatchment" => {
                rt::read_field(map, &mut self.with_comment_attatchment)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumGrantProcessInstanceForDownloadFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_insert_or_update_dir`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumInsertOrUpdateDirRequest {
    /// `bizGroup`.
    pub biz_group: String,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: String,
    /// `name18n`.
    pub name18n: String,
    /// `operateUserId`.
    pub operate_user_id: String,
}
impl PremiumInsertOrUpdateDirRequest {
    /// A `PremiumInsertOrUpdateDirRequest` with its required fields (`bizGroup`, `name`, `name18n`, `operateUserId`); set the others with the methods named after them.
    pub fn new(
        biz_group: impl Into<String>,
        name: impl Into<String>,
        name18n: impl Into<String>,
        operate_user_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_group: biz_group.into(),
            description: None,
            name: name.into(),
            name18n: name18n.into(),
            operate_user_id: operate_user_id.into(),
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumInsertOrUpdateDirRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizGroup", &self.biz_group)?;
        object.optional("description", &self.description)?;
        object.field("name", &self.name)?;
        object.field("name18n", &self.name18n)?;
        object.field("operateUserId", &self.operate_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumInsertOrUpdateDirRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumInsertOrUpdateDirRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizGroup" => rt::read_field(map, &mut self.biz_group),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "name18n" => rt::read_field(map, &mut self.name18n),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumInsertOrUpdateDirRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_query_schema_and_process_by_code_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumQuerySchemaAndProcessByCodeListRequest {
    /// `processCodes`.
    pub process_codes: Vec<String>,
}
impl PremiumQuerySchemaAndProcessByCodeListRequest {
    /// A `PremiumQuerySchemaAndProcessByCodeListRequest` with its required fields (`processCodes`); set the others with the methods named after them.
    pub fn new(process_codes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            process_codes: process_codes.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for PremiumQuerySchemaAndProcessByCodeListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("processCodes", &self.process_codes)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumQuerySchemaAndProcessByCodeListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumQuerySchemaAndProcessByCodeListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processCodes" => rt::read_field(map, &mut self.process_codes),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumQuerySchemaAndProcessByCodeListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_query_todo_tasks_by_manager`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumQueryTodoTasksByManagerRequest {
    /// `actionerUserId`: a query parameter.
    pub actioner_user_id: String,
    /// `managerUserId`: a query parameter.
    pub manager_user_id: String,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl PremiumQueryTodoTasksByManagerRequest {
    /// A `PremiumQueryTodoTasksByManagerRequest` with its required fields (`actionerUserId`, `managerUserId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(
        actioner_user_id: impl Into<String>,
        manager_user_id: impl Into<String>,
        max_results: i64,
        next_token: i64,
    ) -> Self {
        Self {
            actioner_user_id: actioner_user_id.into(),
            manager_user_id: manager_user_id.into(),
            max_results,
            next_token,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumQueryTodoTasksByManagerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumQueryTodoTasksByManagerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionerUserId" => rt::read_field(map, &mut self.actioner_user_id),
            "managerUserId" => rt::read_field(map, &mut self.manager_user_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumQueryTodoTasksByManagerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("actionerUserId", &self.actioner_user_id);
        writer.query("managerUserId", &self.manager_user_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::premium_redirect_tasks_by_manager`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumRedirectTasksByManagerRequest {
    /// `handoverUserId`.
    pub handover_user_id: String,
    /// `managerUserId`.
    pub manager_user_id: String,
    /// `taskIds`.
    pub task_ids: Vec<i64>,
    /// `transfereeUserId`.
    pub transferee_user_id: String,
}
impl PremiumRedirectTasksByManagerRequest {
    /// A `PremiumRedirectTasksByManagerRequest` with its required fields (`handoverUserId`, `managerUserId`, `taskIds`, `transfereeUserId`); set the others with the methods named after them.
    pub fn new(
        handover_user_id: impl Into<String>,
        manager_user_id: impl Into<String>,
        task_ids: impl IntoIterator<Item = i64>,
        transferee_user_id: impl Into<String>,
    ) -> Self {
        Self {
            handover_user_id: handover_user_id.into(),
            manager_user_id: manager_user_id.into(),
            task_ids: task_ids.into_iter().collect(),
            transferee_user_id: transferee_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for PremiumRedirectTasksByManagerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("handoverUserId", &self.handover_user_id)?;
        object.field("managerUserId", &self.manager_user_id)?;
        object.field("taskIds", &self.task_ids)?;
        object.field("transfereeUserId", &self.transferee_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumRedirectTasksByManagerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumRedirectTasksByManagerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "handoverUserId" => rt::read_field(map, &mut self.handover_user_id),
            "managerUserId" => rt::read_field(map, &mut self.manager_user_id),
            "taskIds" => rt::read_field(map, &mut self.task_ids),
            "transfereeUserId" => rt::read_field(map, &mut self.transferee_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumRedirectTasksByManagerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_revert_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumRevertTaskRequest {
    /// `operateUserId`.
    pub operate_user_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `revertAction`.
    pub revert_action: String,
    /// `targetActivityId`.
    pub target_activity_id: String,
    /// `taskId`.
    pub task_id: i64,
}
impl PremiumRevertTaskRequest {
    /// A `PremiumRevertTaskRequest` with its required fields (`operateUserId`, `processInstanceId`, `revertAction`, `targetActivityId`, `taskId`); set the others with the methods named after them.
    pub fn new(
        operate_user_id: impl Into<String>,
        process_instance_id: impl Into<String>,
        revert_action: impl Into<String>,
        target_activity_id: impl Into<String>,
        task_id: i64,
    ) -> Self {
        Self {
            operate_user_id: operate_user_id.into(),
            process_instance_id: process_instance_id.into(),
            remark: None,
            revert_action: revert_action.into(),
            target_activity_id: target_activity_id.into(),
            task_id,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumRevertTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operateUserId", &self.operate_user_id)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("remark", &self.remark)?;
        object.field("revertAction", &self.revert_action)?;
        object.field("targetActivityId", &self.target_activity_id)?;
        object.field("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumRevertTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumRevertTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "revertAction" => rt::read_field(map, &mut self.revert_action),
            "targetActivityId" => rt::read_field(map, &mut self.target_activity_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumRevertTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumSaveFormRequest {
    /// `description`.
    pub description: Option<String>,
    /// `formComponents`.
    pub form_components: Vec<FormComponent>,
    /// `name`.
    pub name: String,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl PremiumSaveFormRequest {
    /// A `PremiumSaveFormRequest` with its required fields (`formComponents`, `name`, `userId`); set the others with the methods named after them.
    pub fn new(
        form_components: impl IntoIterator<Item = FormComponent>,
        name: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            description: None,
            form_components: form_components.into_iter().collect(),
            name: name.into(),
            process_code: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumSaveFormRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.field("formComponents", &self.form_components)?;
        object.field("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumSaveFormRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveFormRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "formComponents" => rt::read_field(map, &mut self.form_components),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumSaveFormRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumSaveFormInstanceRequest {
    /// `formComponentValueList`.
    pub form_component_value_list: Vec<
        PremiumSaveFormInstanceRequestFormComponentValueList,
    >,
    /// `originatorUserId`.
    pub originator_user_id: String,
    /// `processCode`.
    pub process_code: String,
}
impl PremiumSaveFormInstanceRequest {
    /// A `PremiumSaveFormInstanceRequest` with its required fields (`formComponentValueList`, `originatorUserId`, `processCode`); set the others with the methods named after them.
    pub fn new(
        form_component_value_list: impl IntoIterator<
            Item = PremiumSaveFormInstanceRequestFormComponentValueList,
        >,
        originator_user_id: impl Into<String>,
        process_code: impl Into<String>,
    ) -> Self {
        Self {
            form_component_value_list: form_component_value_list.into_iter().collect(),
            originator_user_id: originator_user_id.into(),
            process_code: process_code.into(),
        }
    }
}
impl rt::serde::Serialize for PremiumSaveFormInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("formComponentValueList", &self.form_component_value_list)?;
        object.field("originatorUserId", &self.originator_user_id)?;
        object.field("processCode", &self.process_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumSaveFormInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveFormInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formComponentValueList" => {
                rt::read_field(map, &mut self.form_component_value_list)
            }
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumSaveFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_integrated_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessRequest {
    /// `description`.
    pub description: Option<String>,
    /// `formComponents`.
    pub form_components: Vec<FormComponent>,
    /// `name`.
    pub name: String,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processFeatureConfig`.
    pub process_feature_config: Option<
        PremiumSaveIntegratedProcessRequestProcessFeatureConfig,
    >,
    /// `templateConfig`.
    pub template_config: Option<PremiumSaveIntegratedProcessRequestTemplateConfig>,
}
impl PremiumSaveIntegratedProcessRequest {
    /// A `PremiumSaveIntegratedProcessRequest` with its required fields (`formComponents`, `name`); set the others with the methods named after them.
    pub fn new(
        form_components: impl IntoIterator<Item = FormComponent>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            description: None,
            form_components: form_components.into_iter().collect(),
            name: name.into(),
            process_code: None,
            process_feature_config: None,
            template_config: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
    /// Sets `processFeatureConfig`.
    pub fn process_feature_config(
        mut self,
        value: PremiumSaveIntegratedProcessRequestProcessFeatureConfig,
    ) -> Self {
        self.process_feature_config = Some(value);
        self
    }
    /// Sets `templateConfig`.
    pub fn template_config(
        mut self,
        value: PremiumSaveIntegratedProcessRequestTemplateConfig,
    ) -> Self {
        self.template_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for PremiumSaveIntegratedProcessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.field("formComponents", &self.form_components)?;
        object.field("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processFeatureConfig", &self.process_feature_config)?;
        object.optional("templateConfig", &self.template_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumSaveIntegratedProcessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveIntegratedProcessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "formComponents" => rt::read_field(map, &mut self.form_components),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processFeatureConfig" => {
                rt::read_field(map, &mut self.process_feature_config)
            }
            "templateConfig" => rt::read_field(map, &mut self.template_config),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumSaveIntegratedProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_integrated_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessInstanceRequest {
    /// `bizData`.
    pub biz_data: Option<String>,
    /// `featureConfig`.
    pub feature_config: Option<PremiumSaveIntegratedProcessInstanceRequestFeatureConfig>,
    /// `formComponentValueList`.
    pub form_component_value_list: Option<
        Vec<PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList>,
    >,
    /// `notifiers`.
    pub notifiers: Option<Vec<PremiumSaveIntegratedProcessInstanceRequestNotifiers>>,
    /// `originatorUserId`.
    pub originator_user_id: String,
    /// `processCode`.
    pub process_code: String,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: String,
}
impl PremiumSaveIntegratedProcessInstanceRequest {
    /// A `PremiumSaveIntegratedProcessInstanceRequest` with its required fields (`originatorUserId`, `processCode`, `url`); set the others with the methods named after them.
    pub fn new(
        originator_user_id: impl Into<String>,
        process_code: impl Into<String>,
        url: impl Into<String>,
    ) -> Self {
        Self {
            biz_data: None,
            feature_config: None,
            form_component_value_list: None,
            notifiers: None,
            originator_user_id: originator_user_id.into(),
            process_code: process_code.into(),
            title: None,
            url: url.into(),
        }
    }
    /// Sets `bizData`.
    pub fn biz_data(mut self, value: impl Into<String>) -> Self {
        self.biz_data = Some(value.into());
        self
    }
    /// Sets `featureConfig`.
    pub fn feature_config(
        mut self,
        value: PremiumSaveIntegratedProcessInstanceRequestFeatureConfig,
    ) -> Self {
        self.feature_config = Some(value);
        self
    }
    /// Sets `formComponentValueList`.
    pub fn form_component_value_list(
        mut self,
        value: impl IntoIterator<
            Item = PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList,
        >,
    ) -> Self {
        self.form_component_value_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `notifiers`.
    pub fn notifiers(
        mut self,
        value: impl IntoIterator<
            Item = PremiumSaveIntegratedProcessInstanceRequestNotifiers,
        >,
    ) -> Self {
        self.notifiers = Some(value.into_iter().collect());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumSaveIntegratedProcessInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizData", &self.biz_data)?;
        object.optional("featureConfig", &self.feature_config)?;
        object.optional("formComponentValueList", &self.form_component_value_list)?;
        object.optional("notifiers", &self.notifiers)?;
        object.field("originatorUserId", &self.originator_user_id)?;
        object.field("processCode", &self.process_code)?;
        object.optional("title", &self.title)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumSaveIntegratedProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveIntegratedProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizData" => rt::read_field(map, &mut self.biz_data),
            "featureConfig" => rt::read_field(map, &mut self.feature_config),
            "formComponentValueList" => {
                rt::read_field(map, &mut self.form_component_value_list)
            }
            "notifiers" => rt::read_field(map, &mut self.notifiers),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumSaveIntegratedProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_integrated_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumSaveIntegratedTaskRequest {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `featureConfig`.
    pub feature_config: Option<PremiumSaveIntegratedTaskRequestFeatureConfig>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `taskConfig`.
    pub task_config: Option<PremiumSaveIntegratedTaskRequestTaskConfig>,
    /// `tasks`.
    pub tasks: Vec<PremiumSaveIntegratedTaskRequestTasks>,
}
impl PremiumSaveIntegratedTaskRequest {
    /// A `PremiumSaveIntegratedTaskRequest` with its required fields (`processInstanceId`, `tasks`); set the others with the methods named after them.
    pub fn new(
        process_instance_id: impl Into<String>,
        tasks: impl IntoIterator<Item = PremiumSaveIntegratedTaskRequestTasks>,
    ) -> Self {
        Self {
            activity_id: None,
            feature_config: None,
            process_instance_id: process_instance_id.into(),
            task_config: None,
            tasks: tasks.into_iter().collect(),
        }
    }
    /// Sets `activityId`.
    pub fn activity_id(mut self, value: impl Into<String>) -> Self {
        self.activity_id = Some(value.into());
        self
    }
    /// Sets `featureConfig`.
    pub fn feature_config(
        mut self,
        value: PremiumSaveIntegratedTaskRequestFeatureConfig,
    ) -> Self {
        self.feature_config = Some(value);
        self
    }
    /// Sets `taskConfig`.
    pub fn task_config(
        mut self,
        value: PremiumSaveIntegratedTaskRequestTaskConfig,
    ) -> Self {
        self.task_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for PremiumSaveIntegratedTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("featureConfig", &self.feature_config)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("taskConfig", &self.task_config)?;
        object.field("tasks", &self.tasks)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumSaveIntegratedTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumSaveIntegratedTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "featureConfig" => rt::read_field(map, &mut self.feature_config),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "taskConfig" => rt::read_field(map, &mut self.task_config),
            "tasks" => rt::read_field(map, &mut self.tasks),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumSaveIntegratedTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_update_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumUpdateFormInstanceRequest {
    /// `formComponentValueList`.
    pub form_component_value_list: Vec<
        PremiumUpdateFormInstanceRequestFormComponentValueList,
    >,
    /// `formInstanceIds`.
    pub form_instance_ids: Option<Vec<String>>,
    /// `originatorUserId`.
    pub originator_user_id: String,
    /// `processCode`.
    pub process_code: String,
}
impl PremiumUpdateFormInstanceRequest {
    /// A `PremiumUpdateFormInstanceRequest` with its required fields (`formComponentValueList`, `originatorUserId`, `processCode`); set the others with the methods named after them.
    pub fn new(
        form_component_value_list: impl IntoIterator<
            Item = PremiumUpdateFormInstanceRequestFormComponentValueList,
        >,
        originator_user_id: impl Into<String>,
        process_code: impl Into<String>,
    ) -> Self {
        Self {
            form_component_value_list: form_component_value_list.into_iter().collect(),
            form_instance_ids: None,
            originator_user_id: originator_user_id.into(),
            process_code: process_code.into(),
        }
    }
    /// Sets `formInstanceIds`.
    pub fn form_instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.form_instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for PremiumUpdateFormInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("formComponentValueList", &self.form_component_value_list)?;
        object.optional("formInstanceIds", &self.form_instance_ids)?;
        object.field("originatorUserId", &self.originator_user_id)?;
        object.field("processCode", &self.process_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumUpdateFormInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumUpdateFormInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formComponentValueList" => {
                rt::read_field(map, &mut self.form_component_value_list)
            }
            "formInstanceIds" => rt::read_field(map, &mut self.form_instance_ids),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumUpdateFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_update_process_instance_variables`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PremiumUpdateProcessInstanceVariablesRequest {
    /// `opUserId`.
    pub op_user_id: String,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `variables`.
    pub variables: Vec<PremiumUpdateProcessInstanceVariablesRequestVariables>,
}
impl PremiumUpdateProcessInstanceVariablesRequest {
    /// A `PremiumUpdateProcessInstanceVariablesRequest` with its required fields (`opUserId`, `processInstanceId`, `variables`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        process_instance_id: impl Into<String>,
        variables: impl IntoIterator<
            Item = PremiumUpdateProcessInstanceVariablesRequestVariables,
        >,
    ) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            process_code: None,
            process_instance_id: process_instance_id.into(),
            remark: None,
            variables: variables.into_iter().collect(),
        }
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PremiumUpdateProcessInstanceVariablesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("opUserId", &self.op_user_id)?;
        object.optional("processCode", &self.process_code)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("remark", &self.remark)?;
        object.field("variables", &self.variables)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PremiumUpdateProcessInstanceVariablesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PremiumUpdateProcessInstanceVariablesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "variables" => rt::read_field(map, &mut self.variables),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PremiumUpdateProcessInstanceVariablesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::process_forecast`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ProcessForecastRequest {
    /// `deptId`.
    pub dept_id: i64,
    /// `formComponentValues`.
    pub form_component_values: Vec<ProcessForecastRequestFormComponentValues>,
    /// `processCode`.
    pub process_code: String,
    /// `userId`.
    pub user_id: String,
}
impl ProcessForecastRequest {
    /// A `ProcessForecastRequest` with its required fields (`deptId`, `formComponentValues`, `processCode`, `userId`); set the others with the methods named after them.
    pub fn new(
        dept_id: i64,
        form_component_values: impl IntoIterator<
            Item = ProcessForecastRequestFormComponentValues,
        >,
        process_code: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            dept_id,
            form_component_values: form_component_values.into_iter().collect(),
            process_code: process_code.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for ProcessForecastRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptId", &self.dept_id)?;
        object.field("formComponentValues", &self.form_component_values)?;
        object.field("processCode", &self.process_code)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ProcessForecastRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProcessForecastRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "formComponentValues" => rt::read_field(map, &mut self.form_component_values),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ProcessForecastRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_all_form_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAllFormInstancesRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `formCode`: a query parameter.
    pub form_code: String,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl QueryAllFormInstancesRequest {
    /// A `QueryAllFormInstancesRequest` with its required fields (`formCode`, `maxResults`); set the others with the methods named after them.
    pub fn new(form_code: impl Into<String>, max_results: i64) -> Self {
        Self {
            app_uuid: None,
            form_code: form_code.into(),
            max_results,
            next_token: None,
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAllFormInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAllFormInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAllFormInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("formCode", &self.form_code);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_all_process_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAllProcessInstancesRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `endTimeInMills`: a query parameter.
    pub end_time_in_mills: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
    /// `startTimeInMills`: a query parameter.
    pub start_time_in_mills: i64,
}
impl QueryAllProcessInstancesRequest {
    /// A `QueryAllProcessInstancesRequest` with its required fields (`maxResults`, `processCode`, `startTimeInMills`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        process_code: impl Into<String>,
        start_time_in_mills: i64,
    ) -> Self {
        Self {
            app_uuid: None,
            end_time_in_mills: None,
            max_results,
            next_token: None,
            process_code: process_code.into(),
            start_time_in_mills,
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
    /// Sets `endTimeInMills`.
    pub fn end_time_in_mills(mut self, value: i64) -> Self {
        self.end_time_in_mills = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAllProcessInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAllProcessInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "endTimeInMills" => rt::read_field(map, &mut self.end_time_in_mills),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "startTimeInMills" => rt::read_field(map, &mut self.start_time_in_mills),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAllProcessInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("endTimeInMills", &self.end_time_in_mills);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("processCode", &self.process_code);
        writer.query("startTimeInMills", &self.start_time_in_mills);
    }
}
/// The request of [`Api::query_form_by_biz_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryFormByBizTypeRequest {
    /// `appUuid`.
    pub app_uuid: String,
    /// `bizTypes`.
    pub biz_types: Vec<String>,
}
impl QueryFormByBizTypeRequest {
    /// A `QueryFormByBizTypeRequest` with its required fields (`appUuid`, `bizTypes`); set the others with the methods named after them.
    pub fn new(
        app_uuid: impl Into<String>,
        biz_types: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            app_uuid: app_uuid.into(),
            biz_types: biz_types.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for QueryFormByBizTypeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appUuid", &self.app_uuid)?;
        object.field("bizTypes", &self.biz_types)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryFormByBizTypeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryFormByBizTypeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "bizTypes" => rt::read_field(map, &mut self.biz_types),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryFormByBizTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryFormInstanceRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `formCode`: a query parameter.
    pub form_code: String,
    /// `formInstanceId`: a query parameter.
    pub form_instance_id: String,
}
impl QueryFormInstanceRequest {
    /// A `QueryFormInstanceRequest` with its required fields (`formCode`, `formInstanceId`); set the others with the methods named after them.
    pub fn new(
        form_code: impl Into<String>,
        form_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            app_uuid: None,
            form_code: form_code.into(),
            form_instance_id: form_instance_id.into(),
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryFormInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryFormInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("formCode", &self.form_code);
        writer.query("formInstanceId", &self.form_instance_id);
    }
}
/// The request of [`Api::query_integrated_todo_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryIntegratedTodoTaskRequest {
    /// `createBefore`: a query parameter.
    pub create_before: Option<i64>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryIntegratedTodoTaskRequest {
    /// A `QueryIntegratedTodoTaskRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, user_id: impl Into<String>) -> Self {
        Self {
            create_before: None,
            page_number,
            page_size,
            user_id: user_id.into(),
        }
    }
    /// Sets `createBefore`.
    pub fn create_before(mut self, value: i64) -> Self {
        self.create_before = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryIntegratedTodoTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryIntegratedTodoTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createBefore" => rt::read_field(map, &mut self.create_before),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryIntegratedTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("createBefore", &self.create_before);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_process_by_biz_category_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryProcessByBizCategoryIdRequest {
    /// `bizType`: a query parameter.
    pub biz_type: String,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryProcessByBizCategoryIdRequest {
    /// A `QueryProcessByBizCategoryIdRequest` with its required fields (`bizType`); set the others with the methods named after them.
    pub fn new(biz_type: impl Into<String>) -> Self {
        Self {
            biz_type: biz_type.into(),
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryProcessByBizCategoryIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryProcessByBizCategoryIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryProcessByBizCategoryIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_schema_and_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QuerySchemaAndProcessRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
impl QuerySchemaAndProcessRequest {
    /// A `QuerySchemaAndProcessRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(process_code: impl Into<String>) -> Self {
        Self {
            app_uuid: None,
            process_code: process_code.into(),
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySchemaAndProcessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySchemaAndProcessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QuerySchemaAndProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::query_schema_by_process_code`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QuerySchemaByProcessCodeRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
impl QuerySchemaByProcessCodeRequest {
    /// A `QuerySchemaByProcessCodeRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(process_code: impl Into<String>) -> Self {
        Self {
            app_uuid: None,
            process_code: process_code.into(),
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySchemaByProcessCodeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySchemaByProcessCodeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "processCode" => rt::read_field(map, &mut self.process_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QuerySchemaByProcessCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::redirect_workflow_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RedirectWorkflowTaskRequest {
    /// `actionName`.
    pub action_name: Option<String>,
    /// `file`.
    pub file: Option<RedirectWorkflowTaskRequestFile>,
    /// `operateUserId`.
    pub operate_user_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `taskId`.
    pub task_id: i64,
    /// `toUserId`.
    pub to_user_id: String,
}
impl RedirectWorkflowTaskRequest {
    /// A `RedirectWorkflowTaskRequest` with its required fields (`operateUserId`, `taskId`, `toUserId`); set the others with the methods named after them.
    pub fn new(
        operate_user_id: impl Into<String>,
        task_id: i64,
        to_user_id: impl Into<String>,
    ) -> Self {
        Self {
            action_name: None,
            file: None,
            operate_user_id: operate_user_id.into(),
            remark: None,
            task_id,
            to_user_id: to_user_id.into(),
        }
    }
    /// Sets `actionName`.
    pub fn action_name(mut self, value: impl Into<String>) -> Self {
        self.action_name = Some(value.into());
        self
    }
    /// Sets `file`.
    pub fn file(mut self, value: RedirectWorkflowTaskRequestFile) -> Self {
        self.file = Some(value);
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RedirectWorkflowTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionName", &self.action_name)?;
        object.optional("file", &self.file)?;
        object.field("operateUserId", &self.operate_user_id)?;
        object.optional("remark", &self.remark)?;
        object.field("taskId", &self.task_id)?;
        object.field("toUserId", &self.to_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RedirectWorkflowTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RedirectWorkflowTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionName" => rt::read_field(map, &mut self.action_name),
            "file" => rt::read_field(map, &mut self.file),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "toUserId" => rt::read_field(map, &mut self.to_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RedirectWorkflowTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_integrated_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveIntegratedInstanceRequest {
    /// `bizData`.
    pub biz_data: Option<String>,
    /// `featureConfig`.
    pub feature_config: Option<SaveIntegratedInstanceRequestFeatureConfig>,
    /// `formComponentValueList`.
    pub form_component_value_list: Option<
        Vec<SaveIntegratedInstanceRequestFormComponentValueList>,
    >,
    /// `notifiers`.
    pub notifiers: Option<Vec<SaveIntegratedInstanceRequestNotifiers>>,
    /// `originatorUserId`.
    pub originator_user_id: String,
    /// `processCode`.
    pub process_code: String,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: String,
}
impl SaveIntegratedInstanceRequest {
    /// A `SaveIntegratedInstanceRequest` with its required fields (`originatorUserId`, `processCode`, `url`); set the others with the methods named after them.
    pub fn new(
        originator_user_id: impl Into<String>,
        process_code: impl Into<String>,
        url: impl Into<String>,
    ) -> Self {
        Self {
            biz_data: None,
            feature_config: None,
            form_component_value_list: None,
            notifiers: None,
            originator_user_id: originator_user_id.into(),
            process_code: process_code.into(),
            title: None,
            url: url.into(),
        }
    }
    /// Sets `bizData`.
    pub fn biz_data(mut self, value: impl Into<String>) -> Self {
        self.biz_data = Some(value.into());
        self
    }
    /// Sets `featureConfig`.
    pub fn feature_config(
        mut self,
        value: SaveIntegratedInstanceRequestFeatureConfig,
    ) -> Self {
        self.feature_config = Some(value);
        self
    }
    /// Sets `formComponentValueList`.
    pub fn form_component_value_list(
        mut self,
        value: impl IntoIterator<
            Item = SaveIntegratedInstanceRequestFormComponentValueList,
        >,
    ) -> Self {
        self.form_component_value_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `notifiers`.
    pub fn notifiers(
        mut self,
        value: impl IntoIterator<Item = SaveIntegratedInstanceRequestNotifiers>,
    ) -> Self {
        self.notifiers = Some(value.into_iter().collect());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SaveIntegratedInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizData", &self.biz_data)?;
        object.optional("featureConfig", &self.feature_config)?;
        object.optional("formComponentValueList", &self.form_component_value_list)?;
        object.optional("notifiers", &self.notifiers)?;
        object.field("originatorUserId", &self.originator_user_id)?;
        object.field("processCode", &self.process_code)?;
        object.optional("title", &self.title)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveIntegratedInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveIntegratedInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizData" => rt::read_field(map, &mut self.biz_data),
            "featureConfig" => rt::read_field(map, &mut self.feature_config),
            "formComponentValueList" => {
                rt::read_field(map, &mut self.form_component_value_list)
            }
            "notifiers" => rt::read_field(map, &mut self.notifiers),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveIntegratedInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveProcessRequest {
    /// `description`.
    pub description: Option<String>,
    /// `formComponents`.
    pub form_components: Vec<FormComponent>,
    /// `name`.
    pub name: String,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processFeatureConfig`.
    pub process_feature_config: Option<SaveProcessRequestProcessFeatureConfig>,
    /// `templateConfig`.
    pub template_config: Option<SaveProcessRequestTemplateConfig>,
}
impl SaveProcessRequest {
    /// A `SaveProcessRequest` with its required fields (`formComponents`, `name`); set the others with the methods named after them.
    pub fn new(
        form_components: impl IntoIterator<Item = FormComponent>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            description: None,
            form_components: form_components.into_iter().collect(),
            name: name.into(),
            process_code: None,
            process_feature_config: None,
            template_config: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
    /// Sets `processFeatureConfig`.
    pub fn process_feature_config(
        mut self,
        value: SaveProcessRequestProcessFeatureConfig,
    ) -> Self {
        self.process_feature_config = Some(value);
        self
    }
    /// Sets `templateConfig`.
    pub fn template_config(mut self, value: SaveProcessRequestTemplateConfig) -> Self {
        self.template_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for SaveProcessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.field("formComponents", &self.form_components)?;
        object.field("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processFeatureConfig", &self.process_feature_config)?;
        object.optional("templateConfig", &self.template_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveProcessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveProcessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "formComponents" => rt::read_field(map, &mut self.form_components),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processFeatureConfig" => {
                rt::read_field(map, &mut self.process_feature_config)
            }
            "templateConfig" => rt::read_field(map, &mut self.template_config),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_workflow_task_agent`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetWorkflowTaskAgentRequest {
    /// `agentStaffId`.
    pub agent_staff_id: String,
    /// `all`.
    pub all: bool,
    /// `endDate`.
    pub end_date: String,
    /// `fromStaffId`.
    pub from_staff_id: String,
    /// `managerStaffId`.
    pub manager_staff_id: String,
    /// `processCodes`.
    pub process_codes: Option<Vec<String>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `startDate`.
    pub start_date: String,
}
impl SetWorkflowTaskAgentRequest {
    /// A `SetWorkflowTaskAgentRequest` with its required fields (`agentStaffId`, `all`, `endDate`, `fromStaffId`, `managerStaffId`, `startDate`); set the others with the methods named after them.
    pub fn new(
        agent_staff_id: impl Into<String>,
        all: bool,
        end_date: impl Into<String>,
        from_staff_id: impl Into<String>,
        manager_staff_id: impl Into<String>,
        start_date: impl Into<String>,
    ) -> Self {
        Self {
            agent_staff_id: agent_staff_id.into(),
            all,
            end_date: end_date.into(),
            from_staff_id: from_staff_id.into(),
            manager_staff_id: manager_staff_id.into(),
            process_codes: None,
            request_id: None,
            start_date: start_date.into(),
        }
    }
    /// Sets `processCodes`.
    pub fn process_codes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.process_codes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SetWorkflowTaskAgentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("agentStaffId", &self.agent_staff_id)?;
        object.field("all", &self.all)?;
        object.field("endDate", &self.end_date)?;
        object.field("fromStaffId", &self.from_staff_id)?;
        object.field("managerStaffId", &self.manager_staff_id)?;
        object.optional("processCodes", &self.process_codes)?;
        object.optional("requestId", &self.request_id)?;
        object.field("startDate", &self.start_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetWorkflowTaskAgentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetWorkflowTaskAgentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentStaffId" => rt::read_field(map, &mut self.agent_staff_id),
            "all" => rt::read_field(map, &mut self.all),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "fromStaffId" => rt::read_field(map, &mut self.from_staff_id),
            "managerStaffId" => rt::read_field(map, &mut self.manager_staff_id),
            "processCodes" => rt::read_field(map, &mut self.process_codes),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetWorkflowTaskAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::start_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct StartProcessInstanceRequest {
    /// `approvers`.
    pub approvers: Option<Vec<StartProcessInstanceRequestApprovers>>,
    /// `bizDetailPageUrl`.
    pub biz_detail_page_url: Option<String>,
    /// `ccList`.
    pub cc_list: Option<Vec<String>>,
    /// `ccPosition`.
    pub cc_position: Option<String>,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `formComponentValues`.
    pub form_component_values: Vec<StartProcessInstanceRequestFormComponentValues>,
    /// `microappAgentId`.
    pub microapp_agent_id: Option<i64>,
    /// `originatorUserId`.
    pub originator_user_id: String,
    /// `processCode`.
    pub process_code: String,
    /// `targetSelectActioners`.
    pub target_select_actioners: Option<
        Vec<StartProcessInstanceRequestTargetSelectActioners>,
    >,
}
impl StartProcessInstanceRequest {
    /// A `StartProcessInstanceRequest` with its required fields (`formComponentValues`, `originatorUserId`, `processCode`); set the others with the methods named after them.
    pub fn new(
        form_component_values: impl IntoIterator<
            Item = StartProcessInstanceRequestFormComponentValues,
        >,
        originator_user_id: impl Into<String>,
        process_code: impl Into<String>,
    ) -> Self {
        Self {
            approvers: None,
            biz_detail_page_url: None,
            cc_list: None,
            cc_position: None,
            dept_id: None,
            form_component_values: form_component_values.into_iter().collect(),
            microapp_agent_id: None,
            originator_user_id: originator_user_id.into(),
            process_code: process_code.into(),
            target_select_actioners: None,
        }
    }
    /// Sets `approvers`.
    pub fn approvers(
        mut self,
        value: impl IntoIterator<Item = StartProcessInstanceRequestApprovers>,
    ) -> Self {
        self.approvers = Some(value.into_iter().collect());
        self
    }
    /// Sets `bizDetailPageUrl`.
    pub fn biz_detail_page_url(mut self, value: impl Into<String>) -> Self {
        self.biz_detail_page_url = Some(value.into());
        self
    }
    /// Sets `ccList`.
    pub fn cc_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.cc_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `ccPosition`.
    pub fn cc_position(mut self, value: impl Into<String>) -> Self {
        self.cc_position = Some(value.into());
        self
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
    /// Sets `microappAgentId`.
    pub fn microapp_agent_id(mut self, value: i64) -> Self {
        self.microapp_agent_id = Some(value);
        self
    }
    /// Sets `targetSelectActioners`.
    pub fn target_select_actioners(
        mut self,
        value: impl IntoIterator<Item = StartProcessInstanceRequestTargetSelectActioners>,
    ) -> Self {
        self.target_select_actioners = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for StartProcessInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approvers", &self.approvers)?;
        object.optional("bizDetailPageUrl", &self.biz_detail_page_url)?;
        object.optional("ccList", &self.cc_list)?;
        object.optional("ccPosition", &self.cc_position)?;
        object.optional("deptId", &self.dept_id)?;
        object.field("formComponentValues", &self.form_component_values)?;
        object.optional("microappAgentId", &self.microapp_agent_id)?;
        object.field("originatorUserId", &self.originator_user_id)?;
        object.field("processCode", &self.process_code)?;
        object.optional("targetSelectActioners", &self.target_select_actioners)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StartProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StartProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approvers" => rt::read_field(map, &mut self.approvers),
            "bizDetailPageUrl" => rt::read_field(map, &mut self.biz_detail_page_url),
            "ccList" => rt::read_field(map, &mut self.cc_list),
            "ccPosition" => rt::read_field(map, &mut self.cc_position),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "formComponentValues" => rt::read_field(map, &mut self.form_component_values),
            "microappAgentId" => rt::read_field(map, &mut self.microapp_agent_id),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "targetSelectActioners" => {
                rt::read_field(map, &mut self.target_select_actioners)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for StartProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::terminate_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TerminateProcessInstanceRequest {
    /// `isSystem`.
    pub is_system: Option<bool>,
    /// `operatingUserId`.
    pub operating_user_id: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `remark`.
    pub remark: Option<String>,
}
impl TerminateProcessInstanceRequest {
    /// A `TerminateProcessInstanceRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(process_instance_id: impl Into<String>) -> Self {
        Self {
            is_system: None,
            operating_user_id: None,
            process_instance_id: process_instance_id.into(),
            remark: None,
        }
    }
    /// Sets `isSystem`.
    pub fn is_system(mut self, value: bool) -> Self {
        self.is_system = Some(value);
        self
    }
    /// Sets `operatingUserId`.
    pub fn operating_user_id(mut self, value: impl Into<String>) -> Self {
        self.operating_user_id = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for TerminateProcessInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isSystem", &self.is_system)?;
        object.optional("operatingUserId", &self.operating_user_id)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("remark", &self.remark)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TerminateProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TerminateProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isSystem" => rt::read_field(map, &mut self.is_system),
            "operatingUserId" => rt::read_field(map, &mut self.operating_user_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TerminateProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::todo_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TodoTasksRequest {
    /// `actionerUserId`: a query parameter.
    pub actioner_user_id: String,
    /// `managerUserId`: a query parameter.
    pub manager_user_id: String,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl TodoTasksRequest {
    /// A `TodoTasksRequest` with its required fields (`actionerUserId`, `managerUserId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(
        actioner_user_id: impl Into<String>,
        manager_user_id: impl Into<String>,
        max_results: i64,
        next_token: i64,
    ) -> Self {
        Self {
            actioner_user_id: actioner_user_id.into(),
            manager_user_id: manager_user_id.into(),
            max_results,
            next_token,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TodoTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TodoTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionerUserId" => rt::read_field(map, &mut self.actioner_user_id),
            "managerUserId" => rt::read_field(map, &mut self.manager_user_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TodoTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("actionerUserId", &self.actioner_user_id);
        writer.query("managerUserId", &self.manager_user_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::update_integrated_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateIntegratedTaskRequest {
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `tasks`.
    pub tasks: Vec<UpdateIntegratedTaskRequestTasks>,
}
impl UpdateIntegratedTaskRequest {
    /// A `UpdateIntegratedTaskRequest` with its required fields (`tasks`); set the others with the methods named after them.
    pub fn new(
        tasks: impl IntoIterator<Item = UpdateIntegratedTaskRequestTasks>,
    ) -> Self {
        Self {
            process_instance_id: None,
            tasks: tasks.into_iter().collect(),
        }
    }
    /// Sets `processInstanceId`.
    pub fn process_instance_id(mut self, value: impl Into<String>) -> Self {
        self.process_instance_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateIntegratedTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.field("tasks", &self.tasks)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateIntegratedTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateIntegratedTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "tasks" => rt::read_field(map, &mut self.tasks),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateIntegratedTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateProcessInstanceRequest {
    /// `notifiers`.
    pub notifiers: Option<Vec<UpdateProcessInstanceRequestNotifiers>>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: String,
}
impl UpdateProcessInstanceRequest {
    /// A `UpdateProcessInstanceRequest` with its required fields (`processInstanceId`, `status`); set the others with the methods named after them.
    pub fn new(
        process_instance_id: impl Into<String>,
        status: impl Into<String>,
    ) -> Self {
        Self {
            notifiers: None,
            process_instance_id: process_instance_id.into(),
            result: None,
            status: status.into(),
        }
    }
    /// Sets `notifiers`.
    pub fn notifiers(
        mut self,
        value: impl IntoIterator<Item = UpdateProcessInstanceRequestNotifiers>,
    ) -> Self {
        self.notifiers = Some(value.into_iter().collect());
        self
    }
    /// Sets `result`.
    pub fn result(mut self, value: impl Into<String>) -> Self {
        self.result = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateProcessInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notifiers", &self.notifiers)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("result", &self.result)?;
        object.field("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notifiers" => rt::read_field(map, &mut self.notifiers),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_approve_dentry_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddApproveDentryAuthError = rt::ServiceError;
/// An error reply of [`Api::add_process_instance_comment`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddProcessInstanceCommentError = rt::ServiceError;
/// An error reply of [`Api::archive_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ArchiveProcessInstanceError = rt::ServiceError;
/// An error reply of [`Api::batch_execute_process_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchExecuteProcessInstancesError = rt::ServiceError;
/// An error reply of [`Api::batch_tasks_redirect`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchTasksRedirectError = rt::ServiceError;
/// An error reply of [`Api::batch_update_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateProcessInstanceError = rt::ServiceError;
/// An error reply of [`Api::cancel_integrated_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelIntegratedTaskError = rt::ServiceError;
/// An error reply of [`Api::clean_process_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CleanProcessDataError = rt::ServiceError;
/// An error reply of [`Api::copy_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyProcessError = rt::ServiceError;
/// An error reply of [`Api::create_integrated_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateIntegratedTaskError = rt::ServiceError;
/// An error reply of [`Api::delete_dir`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteDirError = rt::ServiceError;
/// An error reply of [`Api::delete_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteProcessError = rt::ServiceError;
/// An error reply of [`Api::execute_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExecuteProcessInstanceError = rt::ServiceError;
/// An error reply of [`Api::form_create`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FormCreateError = rt::ServiceError;
/// An error reply of [`Api::get_attachment_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAttachmentSpaceError = rt::ServiceError;
/// An error reply of [`Api::get_condition_form_component`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConditionFormComponentError = rt::ServiceError;
/// An error reply of [`Api::get_crm_proc_codes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCrmProcCodesError = rt::ServiceError;
/// An error reply of [`Api::get_field_modified_history`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFieldModifiedHistoryError = rt::ServiceError;
/// An error reply of [`Api::get_hand_sign_download_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetHandSignDownloadUrlError = rt::ServiceError;
/// An error reply of [`Api::get_manage_process_by_staff_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetManageProcessByStaffIdError = rt::ServiceError;
/// An error reply of [`Api::get_process_code_by_name`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProcessCodeByNameError = rt::ServiceError;
/// An error reply of [`Api::get_process_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProcessConfigError = rt::ServiceError;
/// An error reply of [`Api::get_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProcessInstanceError = rt::ServiceError;
/// An error reply of [`Api::get_process_instance_with_extra`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProcessInstanceWithExtraError = rt::ServiceError;
/// An error reply of [`Api::get_schema_and_processconfig_batchlly`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSchemaAndProcessconfigBatchllyError = rt::ServiceError;
/// An error reply of [`Api::get_space_with_download_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSpaceWithDownloadAuthError = rt::ServiceError;
/// An error reply of [`Api::get_user_todo_task_sum`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserTodoTaskSumError = rt::ServiceError;
/// An error reply of [`Api::grant_cspace_authorization`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GrantCspaceAuthorizationError = rt::ServiceError;
/// An error reply of [`Api::grant_process_instance_for_download_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GrantProcessInstanceForDownloadFileError = rt::ServiceError;
/// An error reply of [`Api::insert_or_update_dir`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InsertOrUpdateDirError = rt::ServiceError;
/// An error reply of [`Api::install_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InstallAppError = rt::ServiceError;
/// An error reply of [`Api::list_process_instance_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListProcessInstanceIdsError = rt::ServiceError;
/// An error reply of [`Api::list_todo_work_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListTodoWorkRecordsError = rt::ServiceError;
/// An error reply of [`Api::list_user_visible_bpms_processes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListUserVisibleBpmsProcessesError = rt::ServiceError;
/// An error reply of [`Api::pages_export_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PagesExportInstancesError = rt::ServiceError;
/// An error reply of [`Api::premium_add_approve_dentry_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumAddApproveDentryAuthError = rt::ServiceError;
/// An error reply of [`Api::premium_append_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumAppendTaskError = rt::ServiceError;
/// An error reply of [`Api::premium_batch_execute_process_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumBatchExecuteProcessInstancesError = rt::ServiceError;
/// An error reply of [`Api::premium_del_dir`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumDelDirError = rt::ServiceError;
/// An error reply of [`Api::premium_delete_form_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumDeleteFormInstanceError = rt::ServiceError;
/// An error reply of [`Api::premium_get_attachment_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetAttachmentSpaceError = rt::ServiceError;
/// An error reply of [`Api::premium_get_done_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetDoneTasksError = rt::ServiceError;
/// An error reply of [`Api::premium_get_field_modified_history`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetFieldModifiedHistoryError = rt::ServiceError;
/// An error reply of [`Api::premium_get_form_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetFormInstanceError = rt::ServiceError;
/// An error reply of [`Api::premium_get_form_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetFormInstancesError = rt::ServiceError;
/// An error reply of [`Api::premium_get_form_schema`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetFormSchemaError = rt::ServiceError;
/// An error reply of [`Api::premium_get_inst_field_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetInstFieldSettingError = rt::ServiceError;
/// An error reply of [`Api::premium_get_noticed_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetNoticedInstancesError = rt::ServiceError;
/// An error reply of [`Api::premium_get_process_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetProcessInstancesError = rt::ServiceError;
/// An error reply of [`Api::premium_get_space_with_download_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetSpaceWithDownloadAuthError = rt::ServiceError;
/// An error reply of [`Api::premium_get_submitted_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetSubmittedInstancesError = rt::ServiceError;
/// An error reply of [`Api::premium_get_todo_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGetTodoTasksError = rt::ServiceError;
/// An error reply of [`Api::premium_grant_process_instance_for_download_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumGrantProcessInstanceForDownloadFileError = rt::ServiceError;
/// An error reply of [`Api::premium_insert_or_update_dir`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumInsertOrUpdateDirError = rt::ServiceError;
/// An error reply of [`Api::premium_query_schema_and_process_by_code_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumQuerySchemaAndProcessByCodeListError = rt::ServiceError;
/// An error reply of [`Api::premium_query_todo_tasks_by_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumQueryTodoTasksByManagerError = rt::ServiceError;
/// An error reply of [`Api::premium_redirect_tasks_by_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumRedirectTasksByManagerError = rt::ServiceError;
/// An error reply of [`Api::premium_revert_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumRevertTaskError = rt::ServiceError;
/// An error reply of [`Api::premium_save_form`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumSaveFormError = rt::ServiceError;
/// An error reply of [`Api::premium_save_form_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumSaveFormInstanceError = rt::ServiceError;
/// An error reply of [`Api::premium_save_integrated_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumSaveIntegratedProcessError = rt::ServiceError;
/// An error reply of [`Api::premium_save_integrated_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumSaveIntegratedProcessInstanceError = rt::ServiceError;
/// An error reply of [`Api::premium_save_integrated_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumSaveIntegratedTaskError = rt::ServiceError;
/// An error reply of [`Api::premium_update_form_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumUpdateFormInstanceError = rt::ServiceError;
/// An error reply of [`Api::premium_update_process_instance_variables`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PremiumUpdateProcessInstanceVariablesError = rt::ServiceError;
/// An error reply of [`Api::process_forecast`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ProcessForecastError = rt::ServiceError;
/// An error reply of [`Api::query_all_form_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllFormInstancesError = rt::ServiceError;
/// An error reply of [`Api::query_all_process_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllProcessInstancesError = rt::ServiceError;
/// An error reply of [`Api::query_form_by_biz_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryFormByBizTypeError = rt::ServiceError;
/// An error reply of [`Api::query_form_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryFormInstanceError = rt::ServiceError;
/// An error reply of [`Api::query_integrated_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryIntegratedTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::query_process_by_biz_category_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryProcessByBizCategoryIdError = rt::ServiceError;
/// An error reply of [`Api::query_schema_and_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySchemaAndProcessError = rt::ServiceError;
/// An error reply of [`Api::query_schema_by_process_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySchemaByProcessCodeError = rt::ServiceError;
/// An error reply of [`Api::redirect_workflow_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RedirectWorkflowTaskError = rt::ServiceError;
/// An error reply of [`Api::save_integrated_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveIntegratedInstanceError = rt::ServiceError;
/// An error reply of [`Api::save_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveProcessError = rt::ServiceError;
/// An error reply of [`Api::set_workflow_task_agent`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetWorkflowTaskAgentError = rt::ServiceError;
/// An error reply of [`Api::start_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StartProcessInstanceError = rt::ServiceError;
/// An error reply of [`Api::terminate_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TerminateProcessInstanceError = rt::ServiceError;
/// An error reply of [`Api::todo_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TodoTasksError = rt::ServiceError;
/// An error reply of [`Api::update_integrated_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateIntegratedTaskError = rt::ServiceError;
/// An error reply of [`Api::update_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateProcessInstanceError = rt::ServiceError;
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
        "AddApproveDentryAuth" => {
            rt::conformance::reply(api.add_approve_dentry_auth(&inputs.request(true)?))
                .await
        }
        "AddProcessInstanceComment" => {
            rt::conformance::reply(
                    api.add_process_instance_comment(&inputs.request(true)?),
                )
                .await
        }
        "ArchiveProcessInstance" => {
            rt::conformance::reply(api.archive_process_instance(&inputs.request(true)?))
                .await
        }
        "BatchExecuteProcessInstances" => {
            rt::conformance::reply(
                    api.batch_execute_process_instances(&inputs.request(true)?),
                )
                .await
        }
        "BatchTasksRedirect" => {
            rt::conformance::reply(api.batch_tasks_redirect(&inputs.request(true)?))
                .await
        }
        "BatchUpdateProcessInstance" => {
            rt::conformance::reply(
                    api.batch_update_process_instance(&inputs.request(true)?),
                )
                .await
        }
        "CancelIntegratedTask" => {
            rt::conformance::reply(api.cancel_integrated_task(&inputs.request(true)?))
                .await
        }
        "CleanProcessData" => {
            rt::conformance::reply(api.clean_process_data(&inputs.request(true)?)).await
        }
        "CopyProcess" => {
            rt::conformance::reply(api.copy_process(&inputs.request(true)?)).await
        }
        "CreateIntegratedTask" => {
            rt::conformance::reply(api.create_integrated_task(&inputs.request(true)?))
                .await
        }
        "DeleteDir" => {
            rt::conformance::reply(api.delete_dir(&inputs.request(false)?)).await
        }
        "DeleteProcess" => {
            rt::conformance::reply(api.delete_process(&inputs.request(false)?)).await
        }
        "ExecuteProcessInstance" => {
            rt::conformance::reply(api.execute_process_instance(&inputs.request(true)?))
                .await
        }
        "FormCreate" => {
            rt::conformance::reply(api.form_create(&inputs.request(true)?)).await
        }
        "GetAttachmentSpace" => {
            rt::conformance::reply(api.get_attachment_space(&inputs.request(true)?))
                .await
        }
        "GetConditionFormComponent" => {
            rt::conformance::reply(
                    api.get_condition_form_component(&inputs.request(false)?),
                )
                .await
        }
        "GetCrmProcCodes" => rt::conformance::reply(api.get_crm_proc_codes()).await,
        "GetFieldModifiedHistory" => {
            rt::conformance::reply(
                    api.get_field_modified_history(&inputs.request(true)?),
                )
                .await
        }
        "GetHandSignDownloadUrl" => {
            rt::conformance::reply(
                    api.get_hand_sign_download_url(&inputs.request(true)?),
                )
                .await
        }
        "GetManageProcessByStaffId" => {
            rt::conformance::reply(
                    api.get_manage_process_by_staff_id(&inputs.request(false)?),
                )
                .await
        }
        "GetProcessCodeByName" => {
            rt::conformance::reply(api.get_process_code_by_name(&inputs.request(false)?))
                .await
        }
        "GetProcessConfig" => {
            rt::conformance::reply(api.get_process_config(&inputs.request(false)?)).await
        }
        "GetProcessInstance" => {
            rt::conformance::reply(api.get_process_instance(&inputs.request(false)?))
                .await
        }
        "GetProcessInstanceWithExtra" => {
            rt::conformance::reply(
                    api.get_process_instance_with_extra(&inputs.request(false)?),
                )
                .await
        }
        "GetSchemaAndProcessconfigBatchlly" => {
            rt::conformance::reply(
                    api.get_schema_and_processconfig_batchlly(&inputs.request(false)?),
                )
                .await
        }
        "GetSpaceWithDownloadAuth" => {
            rt::conformance::reply(
                    api.get_space_with_download_auth(&inputs.request(true)?),
                )
                .await
        }
        "GetUserTodoTaskSum" => {
            rt::conformance::reply(api.get_user_todo_task_sum(&inputs.request(false)?))
                .await
        }
        "GrantCspaceAuthorization" => {
            rt::conformance::reply(
                    api.grant_cspace_authorization(&inputs.request(true)?),
                )
                .await
        }
        "GrantProcessInstanceForDownloadFile" => {
            rt::conformance::reply(
                    api.grant_process_instance_for_download_file(&inputs.request(true)?),
                )
                .await
        }
        "InsertOrUpdateDir" => {
            rt::conformance::reply(api.insert_or_update_dir(&inputs.request(true)?))
                .await
        }
        "InstallApp" => {
            rt::conformance::reply(api.install_app(&inputs.request(true)?)).await
        }
        "ListProcessInstanceIds" => {
            rt::conformance::reply(api.list_process_instance_ids(&inputs.request(true)?))
                .await
        }
        "ListTodoWorkRecords" => {
            rt::conformance::reply(api.list_todo_work_records(&inputs.request(false)?))
                .await
        }
        "ListUserVisibleBpmsProcesses" => {
            rt::conformance::reply(
                    api.list_user_visible_bpms_processes(&inputs.request(false)?),
                )
                .await
        }
        "PagesExportInstances" => {
            rt::conformance::reply(api.pages_export_instances(&inputs.request(false)?))
                .await
        }
        "PremiumAddApproveDentryAuth" => {
            rt::conformance::reply(
                    api.premium_add_approve_dentry_auth(&inputs.request(true)?),
                )
                .await
        }
        "PremiumAppendTask" => {
            rt::conformance::reply(api.premium_append_task(&inputs.request(true)?)).await
        }
        "PremiumBatchExecuteProcessInstances" => {
            rt::conformance::reply(
                    api.premium_batch_execute_process_instances(&inputs.request(true)?),
                )
                .await
        }
        "PremiumDelDir" => {
            rt::conformance::reply(api.premium_del_dir(&inputs.request(false)?)).await
        }
        "PremiumDeleteFormInstance" => {
            rt::conformance::reply(
                    api.premium_delete_form_instance(&inputs.request(true)?),
                )
                .await
        }
        "PremiumGetAttachmentSpace" => {
            rt::conformance::reply(
                    api.premium_get_attachment_space(&inputs.request(true)?),
                )
                .await
        }
        "PremiumGetDoneTasks" => {
            rt::conformance::reply(api.premium_get_done_tasks(&inputs.request(false)?))
                .await
        }
        "PremiumGetFieldModifiedHistory" => {
            rt::conformance::reply(
                    api.premium_get_field_modified_history(&inputs.request(true)?),
                )
                .await
        }
        "PremiumGetFormInstance" => {
            rt::conformance::reply(
                    api.premium_get_form_instance(&inputs.request(false)?),
                )
                .await
        }
        "PremiumGetFormInstances" => {
            rt::conformance::reply(
                    api.premium_get_form_instances(&inputs.request(false)?),
                )
                .await
        }
        "PremiumGetFormSchema" => {
            rt::conformance::reply(api.premium_get_form_schema(&inputs.request(false)?))
                .await
        }
        "PremiumGetInstFieldSetting" => {
            rt::conformance::reply(
                    api.premium_get_inst_field_setting(&inputs.request(true)?),
                )
                .await
        }
        "PremiumGetNoticedInstances" => {
            rt::conformance::reply(
                    api.premium_get_noticed_instances(&inputs.request(false)?),
                )
                .await
        }
        "PremiumGetProcessInstances" => {
            rt::conformance::reply(
                    api.premium_get_process_instances(&inputs.request(false)?),
                )
                .await
        }
        "PremiumGetSpaceWithDownloadAuth" => {
            rt::conformance::reply(
                    api.premium_get_space_with_download_auth(&inputs.request(true)?),
                )
                .await
        }
        "PremiumGetSubmittedInstances" => {
            rt::conformance::reply(
                    api.premium_get_submitted_instances(&inputs.request(false)?),
                )
                .await
        }
        "PremiumGetTodoTasks" => {
            rt::conformance::reply(api.premium_get_todo_tasks(&inputs.request(false)?))
                .await
        }
        "PremiumGrantProcessInstanceForDownloadFile" => {
            rt::conformance::reply(
                    api
                        .premium_grant_process_instance_for_download_file(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "PremiumInsertOrUpdateDir" => {
            rt::conformance::reply(
                    api.premium_insert_or_update_dir(&inputs.request(true)?),
                )
                .await
        }
        "PremiumQuerySchemaAndProcessByCodeList" => {
            rt::conformance::reply(
                    api
                        .premium_query_schema_and_process_by_code_list(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "PremiumQueryTodoTasksByManager" => {
            rt::conformance::reply(
                    api.premium_query_todo_tasks_by_manager(&inputs.request(false)?),
                )
                .await
        }
        "PremiumRedirectTasksByManager" => {
            rt::conformance::reply(
                    api.premium_redirect_tasks_by_manager(&inputs.request(true)?),
                )
                .await
        }
        "PremiumRevertTask" => {
            rt::conformance::reply(api.premium_revert_task(&inputs.request(true)?)).await
        }
        "PremiumSaveForm" => {
            rt::conformance::reply(api.premium_save_form(&inputs.request(true)?)).await
        }
        "PremiumSaveFormInstance" => {
            rt::conformance::reply(
                    api.premium_save_form_instance(&inputs.request(true)?),
                )
                .await
        }
        "PremiumSaveIntegratedProcess" => {
            rt::conformance::reply(
                    api.premium_save_integrated_process(&inputs.request(true)?),
                )
                .await
        }
        "PremiumSaveIntegratedProcessInstance" => {
            rt::conformance::reply(
                    api.premium_save_integrated_process_instance(&inputs.request(true)?),
                )
                .await
        }
        "PremiumSaveIntegratedTask" => {
            rt::conformance::reply(
                    api.premium_save_integrated_task(&inputs.request(true)?),
                )
                .await
        }
        "PremiumUpdateFormInstance" => {
            rt::conformance::reply(
                    api.premium_update_form_instance(&inputs.request(true)?),
                )
                .await
        }
        "PremiumUpdateProcessInstanceVariables" => {
            rt::conformance::reply(
                    api.premium_update_process_instance_variables(&inputs.request(true)?),
                )
                .await
        }
        "ProcessForecast" => {
            rt::conformance::reply(api.process_forecast(&inputs.request(true)?)).await
        }
        "QueryAllFormInstances" => {
            rt::conformance::reply(api.query_all_form_instances(&inputs.request(false)?))
                .await
        }
        "QueryAllProcessInstances" => {
            rt::conformance::reply(
                    api.query_all_process_instances(&inputs.request(false)?),
                )
                .await
        }
        "QueryFormByBizType" => {
            rt::conformance::reply(api.query_form_by_biz_type(&inputs.request(true)?))
                .await
        }
        "QueryFormInstance" => {
            rt::conformance::reply(api.query_form_instance(&inputs.request(false)?))
                .await
        }
        "QueryIntegratedTodoTask" => {
            rt::conformance::reply(
                    api.query_integrated_todo_task(&inputs.request(false)?),
                )
                .await
        }
        "QueryProcessByBizCategoryId" => {
            rt::conformance::reply(
                    api.query_process_by_biz_category_id(&inputs.request(false)?),
                )
                .await
        }
        "QuerySchemaAndProcess" => {
            rt::conformance::reply(api.query_schema_and_process(&inputs.request(false)?))
                .await
        }
        "QuerySchemaByProcessCode" => {
            rt::conformance::reply(
                    api.query_schema_by_process_code(&inputs.request(false)?),
                )
                .await
        }
        "RedirectWorkflowTask" => {
            rt::conformance::reply(api.redirect_workflow_task(&inputs.request(true)?))
                .await
        }
        "SaveIntegratedInstance" => {
            rt::conformance::reply(api.save_integrated_instance(&inputs.request(true)?))
                .await
        }
        "SaveProcess" => {
            rt::conformance::reply(api.save_process(&inputs.request(true)?)).await
        }
        "SetWorkflowTaskAgent" => {
            rt::conformance::reply(api.set_workflow_task_agent(&inputs.request(true)?))
                .await
        }
        "StartProcessInstance" => {
            rt::conformance::reply(api.start_process_instance(&inputs.request(true)?))
                .await
        }
        "TerminateProcessInstance" => {
            rt::conformance::reply(
                    api.terminate_process_instance(&inputs.request(true)?),
                )
                .await
        }
        "TodoTasks" => {
            rt::conformance::reply(api.todo_tasks(&inputs.request(false)?)).await
        }
        "UpdateIntegratedTask" => {
            rt::conformance::reply(api.update_integrated_task(&inputs.request(true)?))
                .await
        }
        "UpdateProcessInstance" => {
            rt::conformance::reply(api.update_process_instance(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
