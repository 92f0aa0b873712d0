// @generated from api-spec/workflow_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! OA 审批 (Workflow)：审批实例、表单、评论与流程中心任务。
//!
//! 83 operations, methods of [`Api`] (`client.workflow_1_0()`), behind the cargo feature `workflow_1_0`; its paths start with `/v1.0/workflow/`.
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
    /// `POST /v1.0/workflow/processInstances/spaces/files/authDownload`: DingTalk's `AddApproveDentryAuth` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddApproveDentryAuth")]
    #[doc(alias = "/v1.0/workflow/processInstances/spaces/files/authDownload")]
    #[doc(alias = "POST /v1.0/workflow/processInstances/spaces/files/authDownload")]
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
    /// `POST /v1.0/workflow/processInstances/comments`: DingTalk's `AddProcessInstanceComment` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddProcessInstanceComment")]
    #[doc(alias = "/v1.0/workflow/processInstances/comments")]
    #[doc(alias = "POST /v1.0/workflow/processInstances/comments")]
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
    /// `POST /v1.0/workflow/premium/processInstances/archive`: DingTalk's `ArchiveProcessInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ArchiveProcessInstance")]
    #[doc(alias = "/v1.0/workflow/premium/processInstances/archive")]
    #[doc(alias = "POST /v1.0/workflow/premium/processInstances/archive")]
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
    /// `POST /v1.0/workflow/processInstances/batchExecute`: DingTalk's `BatchExecuteProcessInstances` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchExecuteProcessInstances")]
    #[doc(alias = "/v1.0/workflow/processInstances/batchExecute")]
    #[doc(alias = "POST /v1.0/workflow/processInstances/batchExecute")]
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
    /// `POST /v1.0/workflow/tasks/batchRedirect`: DingTalk's `BatchTasksRedirect` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchTasksRedirect")]
    #[doc(alias = "/v1.0/workflow/tasks/batchRedirect")]
    #[doc(alias = "POST /v1.0/workflow/tasks/batchRedirect")]
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
    /// `PUT /v1.0/workflow/processCentres/instances/batch`: DingTalk's `BatchUpdateProcessInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateProcessInstance")]
    #[doc(alias = "/v1.0/workflow/processCentres/instances/batch")]
    #[doc(alias = "PUT /v1.0/workflow/processCentres/instances/batch")]
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
    /// `POST /v1.0/workflow/processCentres/tasks/cancel`: DingTalk's `CancelIntegratedTask` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelIntegratedTask")]
    #[doc(alias = "/v1.0/workflow/processCentres/tasks/cancel")]
    #[doc(alias = "POST /v1.0/workflow/processCentres/tasks/cancel")]
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
    /// `POST /v1.0/workflow/processes/clean`: DingTalk's `CleanProcessData` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CleanProcessData")]
    #[doc(alias = "/v1.0/workflow/processes/clean")]
    #[doc(alias = "POST /v1.0/workflow/processes/clean")]
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
    /// `POST /v1.0/workflow/processes/copy`: DingTalk's `CopyProcess` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyProcess")]
    #[doc(alias = "/v1.0/workflow/processes/copy")]
    #[doc(alias = "POST /v1.0/workflow/processes/copy")]
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
    /// `POST /v1.0/workflow/processCentres/tasks`: DingTalk's `CreateIntegratedTask` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateIntegratedTask")]
    #[doc(alias = "/v1.0/workflow/processCentres/tasks")]
    #[doc(alias = "POST /v1.0/workflow/processCentres/tasks")]
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
    /// `DELETE /v1.0/workflow/processCentres/directories`: DingTalk's `DeleteDir` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteDir")]
    #[doc(alias = "/v1.0/workflow/processCentres/directories")]
    #[doc(alias = "DELETE /v1.0/workflow/processCentres/directories")]
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
    /// `DELETE /v1.0/workflow/processCentres/schemas`: DingTalk's `DeleteProcess` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteProcess")]
    #[doc(alias = "/v1.0/workflow/processCentres/schemas")]
    #[doc(alias = "DELETE /v1.0/workflow/processCentres/schemas")]
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
    /// `POST /v1.0/workflow/processInstances/execute`: DingTalk's `ExecuteProcessInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExecuteProcessInstance")]
    #[doc(alias = "/v1.0/workflow/processInstances/execute")]
    #[doc(alias = "POST /v1.0/workflow/processInstances/execute")]
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
    /// `POST /v1.0/workflow/forms`: DingTalk's `FormCreate` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FormCreate")]
    #[doc(alias = "/v1.0/workflow/forms")]
    #[doc(alias = "POST /v1.0/workflow/forms")]
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
    /// `POST /v1.0/workflow/processInstances/spaces/infos/query`: DingTalk's `GetAttachmentSpace` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAttachmentSpace")]
    #[doc(alias = "/v1.0/workflow/processInstances/spaces/infos/query")]
    #[doc(alias = "POST /v1.0/workflow/processInstances/spaces/infos/query")]
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
    /// `GET /v1.0/workflow/processes/conditions/components`: DingTalk's `GetConditionFormComponent` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConditionFormComponent")]
    #[doc(alias = "/v1.0/workflow/processes/conditions/components")]
    #[doc(alias = "GET /v1.0/workflow/processes/conditions/components")]
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
    /// `GET /v1.0/workflow/crm/processes`: DingTalk's `GetCrmProcCodes` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCrmProcCodes")]
    #[doc(alias = "/v1.0/workflow/crm/processes")]
    #[doc(alias = "GET /v1.0/workflow/crm/processes")]
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
    /// `POST /v1.0/workflow/processes/fields/modifiedRecords/query`: DingTalk's `GetFieldModifiedHistory` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFieldModifiedHistory")]
    #[doc(alias = "/v1.0/workflow/processes/fields/modifiedRecords/query")]
    #[doc(alias = "POST /v1.0/workflow/processes/fields/modifiedRecords/query")]
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
    /// `POST /v1.0/workflow/premium/processInstances/handSigns/downloadUrls/query`: DingTalk's `GetHandSignDownloadUrl` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetHandSignDownloadUrl")]
    #[doc(
        alias = "/v1.0/workflow/premium/processInstances/handSigns/downloadUrls/query"
    )]
    #[doc(
        alias = "POST /v1.0/workflow/premium/processInstances/handSigns/downloadUrls/query"
    )]
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
    /// `GET /v1.0/workflow/processes/managements/templates`: DingTalk's `GetManageProcessByStaffId` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetManageProcessByStaffId")]
    #[doc(alias = "/v1.0/workflow/processes/managements/templates")]
    #[doc(alias = "GET /v1.0/workflow/processes/managements/templates")]
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
    /// `GET /v1.0/workflow/processCentres/schemaNames/processCodes`: DingTalk's `GetProcessCodeByName` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProcessCodeByName")]
    #[doc(alias = "/v1.0/workflow/processCentres/schemaNames/processCodes")]
    #[doc(alias = "GET /v1.0/workflow/processCentres/schemaNames/processCodes")]
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
    /// `GET /v1.0/workflow/crm/processes/configurations`: DingTalk's `GetProcessConfig` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProcessConfig")]
    #[doc(alias = "/v1.0/workflow/crm/processes/configurations")]
    #[doc(alias = "GET /v1.0/workflow/crm/processes/configurations")]
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
    /// `GET /v1.0/workflow/processInstances`: DingTalk's `GetProcessInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProcessInstance")]
    #[doc(alias = "/v1.0/workflow/processInstances")]
    #[doc(alias = "GET /v1.0/workflow/processInstances")]
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
    /// `GET /v1.0/workflow/premium/processInstances`: DingTalk's `GetProcessInstanceWithExtra` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProcessInstanceWithExtra")]
    #[doc(alias = "/v1.0/workflow/premium/processInstances")]
    #[doc(alias = "GET /v1.0/workflow/premium/processInstances")]
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
    /// `POST /v1.0/workflow/processes/templates/batchQuery`: DingTalk's `GetSchemaAndProcessconfigBatchlly` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSchemaAndProcessconfigBatchlly")]
    #[doc(alias = "/v1.0/workflow/processes/templates/batchQuery")]
    #[doc(alias = "POST /v1.0/workflow/processes/templates/batchQuery")]
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
    /// `POST /v1.0/workflow/processInstances/spaces/authPreview`: DingTalk's `GetSpaceWithDownloadAuth` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSpaceWithDownloadAuth")]
    #[doc(alias = "/v1.0/workflow/processInstances/spaces/authPreview")]
    #[doc(alias = "POST /v1.0/workflow/processInstances/spaces/authPreview")]
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
    /// `GET /v1.0/workflow/processes/todoTasks/numbers`: DingTalk's `GetUserTodoTaskSum` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserTodoTaskSum")]
    #[doc(alias = "/v1.0/workflow/processes/todoTasks/numbers")]
    #[doc(alias = "GET /v1.0/workflow/processes/todoTasks/numbers")]
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
    /// `POST /v1.0/workflow/spaces/authorize`: DingTalk's `GrantCspaceAuthorization` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GrantCspaceAuthorization")]
    #[doc(alias = "/v1.0/workflow/spaces/authorize")]
    #[doc(alias = "POST /v1.0/workflow/spaces/authorize")]
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
    /// `POST /v1.0/workflow/processInstances/spaces/files/urls/download`: DingTalk's `GrantProcessInstanceForDownloadFile` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GrantProcessInstanceForDownloadFile")]
    #[doc(alias = "/v1.0/workflow/processInstances/spaces/files/urls/download")]
    #[doc(alias = "POST /v1.0/workflow/processInstances/spaces/files/urls/download")]
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
    /// `POST /v1.0/workflow/processCentres/directories`: DingTalk's `InsertOrUpdateDir` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InsertOrUpdateDir")]
    #[doc(alias = "/v1.0/workflow/processCentres/directories")]
    #[doc(alias = "POST /v1.0/workflow/processCentres/directories")]
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
    /// `POST /v1.0/workflow/processes/apps/install`: DingTalk's `InstallApp` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InstallApp")]
    #[doc(alias = "/v1.0/workflow/processes/apps/install")]
    #[doc(alias = "POST /v1.0/workflow/processes/apps/install")]
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
    /// `POST /v1.0/workflow/processes/instanceIds/query`: DingTalk's `ListProcessInstanceIds` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_process_instance_ids_pages`].
    #[doc(alias = "ListProcessInstanceIds")]
    #[doc(alias = "/v1.0/workflow/processes/instanceIds/query")]
    #[doc(alias = "POST /v1.0/workflow/processes/instanceIds/query")]
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
    /// `GET /v1.0/workflow/workRecords/todoTasks`: DingTalk's `ListTodoWorkRecords` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_todo_work_records_pages`].
    #[doc(alias = "ListTodoWorkRecords")]
    #[doc(alias = "/v1.0/workflow/workRecords/todoTasks")]
    #[doc(alias = "GET /v1.0/workflow/workRecords/todoTasks")]
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
    /// `GET /v1.0/workflow/processes/userVisibilities/templates`: DingTalk's `ListUserVisibleBpmsProcesses` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_user_visible_bpms_processes_pages`].
    #[doc(alias = "ListUserVisibleBpmsProcesses")]
    #[doc(alias = "/v1.0/workflow/processes/userVisibilities/templates")]
    #[doc(alias = "GET /v1.0/workflow/processes/userVisibilities/templates")]
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
    /// `POST /v1.0/workflow/instances/datas`: DingTalk's `PagesExportInstances` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::pages_export_instances_pages`].
    #[doc(alias = "PagesExportInstances")]
    #[doc(alias = "/v1.0/workflow/instances/datas")]
    #[doc(alias = "POST /v1.0/workflow/instances/datas")]
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
    /// `POST /v1.0/workflow/premium/processInstances/spaces/files/authDownload`: DingTalk's `PremiumAddApproveDentryAuth` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumAddApproveDentryAuth")]
    #[doc(alias = "/v1.0/workflow/premium/processInstances/spaces/files/authDownload")]
    #[doc(
        alias = "POST /v1.0/workflow/premium/processInstances/spaces/files/authDownload"
    )]
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
    /// `POST /v1.0/workflow/premium/tasks/append`: DingTalk's `PremiumAppendTask` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumAppendTask")]
    #[doc(alias = "/v1.0/workflow/premium/tasks/append")]
    #[doc(alias = "POST /v1.0/workflow/premium/tasks/append")]
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
    /// `POST /v1.0/workflow/premium/processInstances/batchExecute`: DingTalk's `PremiumBatchExecuteProcessInstances` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumBatchExecuteProcessInstances")]
    #[doc(alias = "/v1.0/workflow/premium/processInstances/batchExecute")]
    #[doc(alias = "POST /v1.0/workflow/premium/processInstances/batchExecute")]
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
    /// `DELETE /v1.0/workflow/premium/processCentres/directories`: DingTalk's `PremiumDelDir` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumDelDir")]
    #[doc(alias = "/v1.0/workflow/premium/processCentres/directories")]
    #[doc(alias = "DELETE /v1.0/workflow/premium/processCentres/directories")]
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
    /// `POST /v1.0/workflow/premium/dataForms/formInstances/remove`: DingTalk's `PremiumDeleteFormInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumDeleteFormInstance")]
    #[doc(alias = "/v1.0/workflow/premium/dataForms/formInstances/remove")]
    #[doc(alias = "POST /v1.0/workflow/premium/dataForms/formInstances/remove")]
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
    /// `POST /v1.0/workflow/premium/processInstances/spaces/infos/query`: DingTalk's `PremiumGetAttachmentSpace` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumGetAttachmentSpace")]
    #[doc(alias = "/v1.0/workflow/premium/processInstances/spaces/infos/query")]
    #[doc(alias = "POST /v1.0/workflow/premium/processInstances/spaces/infos/query")]
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
    /// `GET /v1.0/workflow/premium/processCentres/doneTasks`: DingTalk's `PremiumGetDoneTasks` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::premium_get_done_tasks_pages`].
    #[doc(alias = "PremiumGetDoneTasks")]
    #[doc(alias = "/v1.0/workflow/premium/processCentres/doneTasks")]
    #[doc(alias = "GET /v1.0/workflow/premium/processCentres/doneTasks")]
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
    /// `POST /v1.0/workflow/premium/processes/fields/modifiedRecords/query`: DingTalk's `PremiumGetFieldModifiedHistory` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumGetFieldModifiedHistory")]
    #[doc(alias = "/v1.0/workflow/premium/processes/fields/modifiedRecords/query")]
    #[doc(alias = "POST /v1.0/workflow/premium/processes/fields/modifiedRecords/query")]
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
    /// `GET /v1.0/workflow/premium/dataForms/formInstances`: DingTalk's `PremiumGetFormInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumGetFormInstance")]
    #[doc(alias = "/v1.0/workflow/premium/dataForms/formInstances")]
    #[doc(alias = "GET /v1.0/workflow/premium/dataForms/formInstances")]
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
    /// `GET /v1.0/workflow/premium/dataForms/formInstances/pages`: DingTalk's `PremiumGetFormInstances` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::premium_get_form_instances_pages`].
    #[doc(alias = "PremiumGetFormInstances")]
    #[doc(alias = "/v1.0/workflow/premium/dataForms/formInstances/pages")]
    #[doc(alias = "GET /v1.0/workflow/premium/dataForms/formInstances/pages")]
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
    /// `GET /v1.0/workflow/premium/dataForms/schema/formCodes`: DingTalk's `PremiumGetFormSchema` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumGetFormSchema")]
    #[doc(alias = "/v1.0/workflow/premium/dataForms/schema/formCodes")]
    #[doc(alias = "GET /v1.0/workflow/premium/dataForms/schema/formCodes")]
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
    /// `POST /v1.0/workflow/premium/processes/fields/settings/query`: DingTalk's `PremiumGetInstFieldSetting` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumGetInstFieldSetting")]
    #[doc(alias = "/v1.0/workflow/premium/processes/fields/settings/query")]
    #[doc(alias = "POST /v1.0/workflow/premium/processes/fields/settings/query")]
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
    /// `GET /v1.0/workflow/premium/processCentres/noticedInstances`: DingTalk's `PremiumGetNoticedInstances` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::premium_get_noticed_instances_pages`].
    #[doc(alias = "PremiumGetNoticedInstances")]
    #[doc(alias = "/v1.0/workflow/premium/processCentres/noticedInstances")]
    #[doc(alias = "GET /v1.0/workflow/premium/processCentres/noticedInstances")]
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
    /// `GET /v1.0/workflow/premium/processes/pages/instances`: DingTalk's `PremiumGetProcessInstances` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::premium_get_process_instances_pages`].
    #[doc(alias = "PremiumGetProcessInstances")]
    #[doc(alias = "/v1.0/workflow/premium/processes/pages/instances")]
    #[doc(alias = "GET /v1.0/workflow/premium/processes/pages/instances")]
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
    /// `POST /v1.0/workflow/premium/processInstances/spaces/authPreview`: DingTalk's `PremiumGetSpaceWithDownloadAuth` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumGetSpaceWithDownloadAuth")]
    #[doc(alias = "/v1.0/workflow/premium/processInstances/spaces/authPreview")]
    #[doc(alias = "POST /v1.0/workflow/premium/processInstances/spaces/authPreview")]
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
    /// `GET /v1.0/workflow/premium/processCentres/submittedInstances`: DingTalk's `PremiumGetSubmittedInstances` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::premium_get_submitted_instances_pages`].
    #[doc(alias = "PremiumGetSubmittedInstances")]
    #[doc(alias = "/v1.0/workflow/premium/processCentres/submittedInstances")]
    #[doc(alias = "GET /v1.0/workflow/premium/processCentres/submittedInstances")]
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
    /// `GET /v1.0/workflow/premium/processCentres/todoTasks`: DingTalk's `PremiumGetTodoTasks` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::premium_get_todo_tasks_pages`].
    #[doc(alias = "PremiumGetTodoTasks")]
    #[doc(alias = "/v1.0/workflow/premium/processCentres/todoTasks")]
    #[doc(alias = "GET /v1.0/workflow/premium/processCentres/todoTasks")]
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
    /// `POST /v1.0/workflow/premium/processInstances/spaces/files/urls/download`: DingTalk's `PremiumGrantProcessInstanceForDownloadFile` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumGrantProcessInstanceForDownloadFile")]
    #[doc(alias = "/v1.0/workflow/premium/processInstances/spaces/files/urls/download")]
    #[doc(
        alias = "POST /v1.0/workflow/premium/processInstances/spaces/files/urls/download"
    )]
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
    /// `POST /v1.0/workflow/premium/processCentres/directories`: DingTalk's `PremiumInsertOrUpdateDir` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumInsertOrUpdateDir")]
    #[doc(alias = "/v1.0/workflow/premium/processCentres/directories")]
    #[doc(alias = "POST /v1.0/workflow/premium/processCentres/directories")]
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
    /// `POST /v1.0/workflow/premium/processes/schemas/batchQuery`: DingTalk's `PremiumQuerySchemaAndProcessByCodeList` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumQuerySchemaAndProcessByCodeList")]
    #[doc(alias = "/v1.0/workflow/premium/processes/schemas/batchQuery")]
    #[doc(alias = "POST /v1.0/workflow/premium/processes/schemas/batchQuery")]
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
    /// `GET /v1.0/workflow/premium/tasks/todoTasks`: DingTalk's `PremiumQueryTodoTasksByManager` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumQueryTodoTasksByManager")]
    #[doc(alias = "/v1.0/workflow/premium/tasks/todoTasks")]
    #[doc(alias = "GET /v1.0/workflow/premium/tasks/todoTasks")]
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
    /// `POST /v1.0/workflow/premium/tasks/batchRedirect`: DingTalk's `PremiumRedirectTasksByManager` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumRedirectTasksByManager")]
    #[doc(alias = "/v1.0/workflow/premium/tasks/batchRedirect")]
    #[doc(alias = "POST /v1.0/workflow/premium/tasks/batchRedirect")]
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
    /// `POST /v1.0/workflow/premium/tasks/revert`: DingTalk's `PremiumRevertTask` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumRevertTask")]
    #[doc(alias = "/v1.0/workflow/premium/tasks/revert")]
    #[doc(alias = "POST /v1.0/workflow/premium/tasks/revert")]
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
    /// `POST /v1.0/workflow/premium/dataForms/templates`: DingTalk's `PremiumSaveForm` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumSaveForm")]
    #[doc(alias = "/v1.0/workflow/premium/dataForms/templates")]
    #[doc(alias = "POST /v1.0/workflow/premium/dataForms/templates")]
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
    /// `POST /v1.0/workflow/premium/dataForms/formInstances/save`: DingTalk's `PremiumSaveFormInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumSaveFormInstance")]
    #[doc(alias = "/v1.0/workflow/premium/dataForms/formInstances/save")]
    #[doc(alias = "POST /v1.0/workflow/premium/dataForms/formInstances/save")]
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
    /// `POST /v1.0/workflow/premium/processCentres/schemas`: DingTalk's `PremiumSaveIntegratedProcess` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumSaveIntegratedProcess")]
    #[doc(alias = "/v1.0/workflow/premium/processCentres/schemas")]
    #[doc(alias = "POST /v1.0/workflow/premium/processCentres/schemas")]
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
    /// `POST /v1.0/workflow/premium/processCentres/instances`: DingTalk's `PremiumSaveIntegratedProcessInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumSaveIntegratedProcessInstance")]
    #[doc(alias = "/v1.0/workflow/premium/processCentres/instances")]
    #[doc(alias = "POST /v1.0/workflow/premium/processCentres/instances")]
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
    /// `POST /v1.0/workflow/premium/processCentres/tasks`: DingTalk's `PremiumSaveIntegratedTask` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumSaveIntegratedTask")]
    #[doc(alias = "/v1.0/workflow/premium/processCentres/tasks")]
    #[doc(alias = "POST /v1.0/workflow/premium/processCentres/tasks")]
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
    /// `PUT /v1.0/workflow/premium/dataForms/formInstances`: DingTalk's `PremiumUpdateFormInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumUpdateFormInstance")]
    #[doc(alias = "/v1.0/workflow/premium/dataForms/formInstances")]
    #[doc(alias = "PUT /v1.0/workflow/premium/dataForms/formInstances")]
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
    /// `PUT /v1.0/workflow/premium/processInstances`: DingTalk's `PremiumUpdateProcessInstanceVariables` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PremiumUpdateProcessInstanceVariables")]
    #[doc(alias = "/v1.0/workflow/premium/processInstances")]
    #[doc(alias = "PUT /v1.0/workflow/premium/processInstances")]
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
    /// `POST /v1.0/workflow/processes/forecast`: DingTalk's `ProcessForecast` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ProcessForecast")]
    #[doc(alias = "/v1.0/workflow/processes/forecast")]
    #[doc(alias = "POST /v1.0/workflow/processes/forecast")]
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
    /// `GET /v1.0/workflow/forms/pages/instances`: DingTalk's `QueryAllFormInstances` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_all_form_instances_pages`].
    #[doc(alias = "QueryAllFormInstances")]
    #[doc(alias = "/v1.0/workflow/forms/pages/instances")]
    #[doc(alias = "GET /v1.0/workflow/forms/pages/instances")]
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
    /// `GET /v1.0/workflow/processes/pages/instances`: DingTalk's `QueryAllProcessInstances` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_all_process_instances_pages`].
    #[doc(alias = "QueryAllProcessInstances")]
    #[doc(alias = "/v1.0/workflow/processes/pages/instances")]
    #[doc(alias = "GET /v1.0/workflow/processes/pages/instances")]
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
    /// `POST /v1.0/workflow/forms/forminfos/query`: DingTalk's `QueryFormByBizType` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryFormByBizType")]
    #[doc(alias = "/v1.0/workflow/forms/forminfos/query")]
    #[doc(alias = "POST /v1.0/workflow/forms/forminfos/query")]
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
    /// `GET /v1.0/workflow/forms/instances`: DingTalk's `QueryFormInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryFormInstance")]
    #[doc(alias = "/v1.0/workflow/forms/instances")]
    #[doc(alias = "GET /v1.0/workflow/forms/instances")]
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
    /// `GET /v1.0/workflow/processCentres/todoTasks`: DingTalk's `QueryIntegratedTodoTask` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_integrated_todo_task_pages`].
    #[doc(alias = "QueryIntegratedTodoTask")]
    #[doc(alias = "/v1.0/workflow/processCentres/todoTasks")]
    #[doc(alias = "GET /v1.0/workflow/processCentres/todoTasks")]
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
    /// `GET /v1.0/workflow/processes/categories/templates`: DingTalk's `QueryProcessByBizCategoryId` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryProcessByBizCategoryId")]
    #[doc(alias = "/v1.0/workflow/processes/categories/templates")]
    #[doc(alias = "GET /v1.0/workflow/processes/categories/templates")]
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
    /// `GET /v1.0/workflow/forms/schemaAndProcess`: DingTalk's `QuerySchemaAndProcess` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySchemaAndProcess")]
    #[doc(alias = "/v1.0/workflow/forms/schemaAndProcess")]
    #[doc(alias = "GET /v1.0/workflow/forms/schemaAndProcess")]
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
    /// `GET /v1.0/workflow/forms/schemas/processCodes`: DingTalk's `QuerySchemaByProcessCode` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySchemaByProcessCode")]
    #[doc(alias = "/v1.0/workflow/forms/schemas/processCodes")]
    #[doc(alias = "GET /v1.0/workflow/forms/schemas/processCodes")]
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
    /// `POST /v1.0/workflow/tasks/redirect`: DingTalk's `RedirectWorkflowTask` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RedirectWorkflowTask")]
    #[doc(alias = "/v1.0/workflow/tasks/redirect")]
    #[doc(alias = "POST /v1.0/workflow/tasks/redirect")]
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
    /// `POST /v1.0/workflow/processCentres/instances`: DingTalk's `SaveIntegratedInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveIntegratedInstance")]
    #[doc(alias = "/v1.0/workflow/processCentres/instances")]
    #[doc(alias = "POST /v1.0/workflow/processCentres/instances")]
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
    /// `POST /v1.0/workflow/processCentres/schemas`: DingTalk's `SaveProcess` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveProcess")]
    #[doc(alias = "/v1.0/workflow/processCentres/schemas")]
    #[doc(alias = "POST /v1.0/workflow/processCentres/schemas")]
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
    /// `POST /v1.0/workflow/tasks/agent`: DingTalk's `SetWorkflowTaskAgent` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetWorkflowTaskAgent")]
    #[doc(alias = "/v1.0/workflow/tasks/agent")]
    #[doc(alias = "POST /v1.0/workflow/tasks/agent")]
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
    /// `POST /v1.0/workflow/processInstances`: DingTalk's `StartProcessInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StartProcessInstance")]
    #[doc(alias = "/v1.0/workflow/processInstances")]
    #[doc(alias = "POST /v1.0/workflow/processInstances")]
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
    /// `POST /v1.0/workflow/processInstances/terminate`: DingTalk's `TerminateProcessInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TerminateProcessInstance")]
    #[doc(alias = "/v1.0/workflow/processInstances/terminate")]
    #[doc(alias = "POST /v1.0/workflow/processInstances/terminate")]
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
    /// `GET /v1.0/workflow/tasks/todoTasks`: DingTalk's `TodoTasks` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TodoTasks")]
    #[doc(alias = "/v1.0/workflow/tasks/todoTasks")]
    #[doc(alias = "GET /v1.0/workflow/tasks/todoTasks")]
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
    /// `PUT /v1.0/workflow/processCentres/tasks`: DingTalk's `UpdateIntegratedTask` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateIntegratedTask")]
    #[doc(alias = "/v1.0/workflow/processCentres/tasks")]
    #[doc(alias = "PUT /v1.0/workflow/processCentres/tasks")]
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
    /// `PUT /v1.0/workflow/processCentres/instances`: DingTalk's `UpdateProcessInstance` (module feature `workflow_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateProcessInstance")]
    #[doc(alias = "/v1.0/workflow/processCentres/instances")]
    #[doc(alias = "PUT /v1.0/workflow/processCentres/instances")]
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
    /// Every page of [`Api::premium_get_done_tasks`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn premium_get_done_tasks_pages(
        &self,
        request: &PremiumGetDoneTasksRequest,
    ) -> rt::Paginator<
        PremiumGetDoneTasksResponseBody,
        PremiumGetDoneTasksError,
        PremiumGetDoneTasksResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "list"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.premium_get_done_tasks(request), &PAGING)
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
    /// Every page of [`Api::premium_get_noticed_instances`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn premium_get_noticed_instances_pages(
        &self,
        request: &PremiumGetNoticedInstancesRequest,
    ) -> rt::Paginator<
        PremiumGetNoticedInstancesResponseBody,
        PremiumGetNoticedInstancesError,
        PremiumGetNoticedInstancesResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "list"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.premium_get_noticed_instances(request), &PAGING)
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
    /// Every page of [`Api::premium_get_submitted_instances`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn premium_get_submitted_instances_pages(
        &self,
        request: &PremiumGetSubmittedInstancesRequest,
    ) -> rt::Paginator<
        PremiumGetSubmittedInstancesResponseBody,
        PremiumGetSubmittedInstancesError,
        PremiumGetSubmittedInstancesResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "list"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.premium_get_submitted_instances(request), &PAGING)
    }
    /// Every page of [`Api::premium_get_todo_tasks`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn premium_get_todo_tasks_pages(
        &self,
        request: &PremiumGetTodoTasksRequest,
    ) -> rt::Paginator<
        PremiumGetTodoTasksResponseBody,
        PremiumGetTodoTasksError,
        PremiumGetTodoTasksResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "list"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.premium_get_todo_tasks(request), &PAGING)
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
    /// Every page of [`Api::query_integrated_todo_task`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn query_integrated_todo_task_pages(
        &self,
        request: &QueryIntegratedTodoTaskRequest,
    ) -> rt::Paginator<
        QueryIntegratedTodoTaskResponseBody,
        QueryIntegratedTodoTaskError,
        QueryIntegratedTodoTaskResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "list"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_integrated_todo_task(request), &PAGING)
    }
}
/// `AddApproveDentryAuthRequestFileInfos`, a model several operations share: also named [`PremiumAddApproveDentryAuthRequestFileInfos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddApproveDentryAuthRequestFileInfos {
    /// `fileId`.
    pub file_id: String,
    /// `spaceId`.
    pub space_id: i64,
}
/// The required fields of [`AddApproveDentryAuthRequestFileInfos`], each named where it is set: `AddApproveDentryAuthRequestFileInfos::new(AddApproveDentryAuthRequestFileInfosRequired { .. })`.
pub struct AddApproveDentryAuthRequestFileInfosRequired {
    /// `fileId`: see [`AddApproveDentryAuthRequestFileInfos::file_id`].
    pub file_id: String,
    /// `spaceId`: see [`AddApproveDentryAuthRequestFileInfos::space_id`].
    pub space_id: i64,
}
impl AddApproveDentryAuthRequestFileInfos {
    /// A `AddApproveDentryAuthRequestFileInfos` with its required fields (`fileId`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: AddApproveDentryAuthRequestFileInfosRequired) -> Self {
        let AddApproveDentryAuthRequestFileInfosRequired { file_id, space_id } = required;
        Self { file_id, space_id }
    }
}
rt::impl_serialize! {
    AddApproveDentryAuthRequestFileInfos { "fileId" => field(file_id), "spaceId" =>
    field(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddApproveDentryAuthRequestFileInfos { "fileId" => read_field(file_id), "spaceId" =>
    read_field(space_id) }
}
/// `AddApproveDentryAuthResponseBody`, a model several operations share: also named [`AddProcessInstanceCommentResponseBody`], [`ArchiveProcessInstanceResponseBody`], [`ExecuteProcessInstanceResponseBody`], [`PremiumAddApproveDentryAuthResponseBody`], [`TerminateProcessInstanceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddApproveDentryAuthResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddApproveDentryAuthResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddApproveDentryAuthResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AddProcessInstanceCommentRequestFile`, a model several operations share: also named [`ExecuteProcessInstanceRequestFile`], [`RedirectWorkflowTaskRequestFile`].
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
rt::impl_serialize! {
    AddProcessInstanceCommentRequestFile { "attachments" => optional(attachments),
    "photos" => optional(photos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddProcessInstanceCommentRequestFile { "attachments" => read_field(attachments),
    "photos" => read_field(photos) }
}
/// `AddProcessInstanceCommentResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type AddProcessInstanceCommentResponseBody = AddApproveDentryAuthResponseBody;
/// `ArchiveProcessInstanceResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type ArchiveProcessInstanceResponseBody = AddApproveDentryAuthResponseBody;
/// `BatchExecuteProcessInstancesRequestTaskInfoList`, a model several operations share: also named [`PremiumBatchExecuteProcessInstancesRequestTaskInfoList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchExecuteProcessInstancesRequestTaskInfoList {
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `taskId`.
    pub task_id: i64,
}
/// The required fields of [`BatchExecuteProcessInstancesRequestTaskInfoList`], each named where it is set: `BatchExecuteProcessInstancesRequestTaskInfoList::new(BatchExecuteProcessInstancesRequestTaskInfoListRequired { .. })`.
pub struct BatchExecuteProcessInstancesRequestTaskInfoListRequired {
    /// `processInstanceId`: see [`BatchExecuteProcessInstancesRequestTaskInfoList::process_instance_id`].
    pub process_instance_id: String,
    /// `taskId`: see [`BatchExecuteProcessInstancesRequestTaskInfoList::task_id`].
    pub task_id: i64,
}
impl BatchExecuteProcessInstancesRequestTaskInfoList {
    /// A `BatchExecuteProcessInstancesRequestTaskInfoList` with its required fields (`processInstanceId`, `taskId`); set the others with the methods named after them.
    pub fn new(
        required: BatchExecuteProcessInstancesRequestTaskInfoListRequired,
    ) -> Self {
        let BatchExecuteProcessInstancesRequestTaskInfoListRequired {
            process_instance_id,
            task_id,
        } = required;
        Self {
            process_instance_id,
            task_id,
        }
    }
}
rt::impl_serialize! {
    BatchExecuteProcessInstancesRequestTaskInfoList { "processInstanceId" =>
    field(process_instance_id), "taskId" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchExecuteProcessInstancesRequestTaskInfoList { "processInstanceId" =>
    read_field(process_instance_id), "taskId" => read_field(task_id) }
}
/// `BatchExecuteProcessInstancesResponseBody`, a model several operations share: also named [`PremiumBatchExecuteProcessInstancesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchExecuteProcessInstancesResponseBody {
    /// `result`.
    pub result: Option<rt::BTreeMap<String, ResultValue>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchExecuteProcessInstancesResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchExecuteProcessInstancesResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `BatchTasksRedirectResponseBody`, a model several operations share: also named [`PremiumRedirectTasksByManagerResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchTasksRedirectResponseBody {
    /// `result`.
    pub result: Option<BatchTasksRedirectResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchTasksRedirectResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchTasksRedirectResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests`], each named where it is set: `BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests::new(BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsRequired { .. })`.
pub struct BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsRequired {
    /// `processInstanceId`: see [`BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests::process_instance_id`].
    pub process_instance_id: String,
    /// `status`: see [`BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests::status`].
    pub status: String,
}
impl BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests {
    /// A `BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests` with its required fields (`processInstanceId`, `status`); set the others with the methods named after them.
    pub fn new(
        required: BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsRequired,
    ) -> Self {
        let BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsRequired {
            process_instance_id,
            status,
        } = required;
        Self {
            notifiers: None,
            process_instance_id,
            result: None,
            status,
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
rt::impl_serialize! {
    BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests { "notifiers" =>
    optional(notifiers), "processInstanceId" => field(process_instance_id), "result" =>
    optional(result), "status" => field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests { "notifiers" =>
    read_field(notifiers), "processInstanceId" => read_field(process_instance_id),
    "result" => read_field(result), "status" => read_field(status) }
}
/// `BatchUpdateProcessInstanceResponseBody`, a model several operations share: also named [`CancelIntegratedTaskResponseBody`], [`CleanProcessDataResponseBody`], [`DeleteDirResponseBody`], [`PremiumDelDirResponseBody`], [`UpdateIntegratedTaskResponseBody`], [`UpdateProcessInstanceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchUpdateProcessInstanceResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchUpdateProcessInstanceResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchUpdateProcessInstanceResponseBody { "success" => optional(success) }
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
rt::impl_serialize! {
    CopyProcessRequestCopyOptions { "copyType" => optional(copy_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyProcessRequestCopyOptions { "copyType" => read_field(copy_type) }
}
/// `CopyProcessRequestSourceProcessVOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyProcessRequestSourceProcessVOList {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `processCode`.
    pub process_code: String,
}
/// The required fields of [`CopyProcessRequestSourceProcessVOList`], each named where it is set: `CopyProcessRequestSourceProcessVOList::new(CopyProcessRequestSourceProcessVOListRequired { .. })`.
pub struct CopyProcessRequestSourceProcessVOListRequired {
    /// `processCode`: see [`CopyProcessRequestSourceProcessVOList::process_code`].
    pub process_code: String,
}
impl CopyProcessRequestSourceProcessVOList {
    /// A `CopyProcessRequestSourceProcessVOList` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(required: CopyProcessRequestSourceProcessVOListRequired) -> Self {
        let CopyProcessRequestSourceProcessVOListRequired { process_code } = required;
        Self {
            biz_type: None,
            name: None,
            process_code,
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
rt::impl_serialize! {
    CopyProcessRequestSourceProcessVOList { "bizType" => optional(biz_type), "name" =>
    optional(name), "processCode" => field(process_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyProcessRequestSourceProcessVOList { "bizType" => read_field(biz_type), "name" =>
    read_field(name), "processCode" => read_field(process_code) }
}
/// `CopyProcessResponseBody`, a model several operations share: also named [`InstallAppResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyProcessResponseBody {
    /// `result`.
    pub result: Option<Vec<CopyProcessResponseBodyResult>>,
}
rt::impl_deserialize! {
    CopyProcessResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyProcessResponseBody { "result" => optional(result) }
}
/// `CreateIntegratedTaskRequestFeatureConfig`, a model several operations share: also named [`PremiumSaveIntegratedProcessInstanceRequestFeatureConfig`], [`PremiumSaveIntegratedTaskRequestFeatureConfig`], [`SaveIntegratedInstanceRequestFeatureConfig`], [`SaveProcessRequestProcessFeatureConfig`].
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
rt::impl_serialize! {
    CreateIntegratedTaskRequestFeatureConfig { "features" => optional(features) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateIntegratedTaskRequestFeatureConfig { "features" => read_field(features) }
}
/// `CreateIntegratedTaskRequestTasks`, a model several operations share: also named [`PremiumSaveIntegratedTaskRequestTasks`].
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
rt::impl_serialize! {
    CreateIntegratedTaskRequestTasks { "customData" => optional(custom_data),
    "dueTimestamp" => optional(due_timestamp), "url" => optional(url), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateIntegratedTaskRequestTasks { "customData" => read_field(custom_data),
    "dueTimestamp" => read_field(due_timestamp), "url" => read_field(url), "userId" =>
    read_field(user_id) }
}
/// `CreateIntegratedTaskResponseBody`, a model several operations share: also named [`PremiumSaveIntegratedTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateIntegratedTaskResponseBody {
    /// `result`.
    pub result: Option<Vec<CreateIntegratedTaskResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateIntegratedTaskResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateIntegratedTaskResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DeleteDirResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type DeleteDirResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `DeleteProcessResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteProcessResponseBody {
    /// `result`.
    pub result: Option<DeleteProcessResponseBodyResult>,
}
rt::impl_deserialize! {
    DeleteProcessResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteProcessResponseBody { "result" => optional(result) }
}
/// `ExecuteProcessInstanceRequestFile`: the same model as [`AddProcessInstanceCommentRequestFile`].
pub type ExecuteProcessInstanceRequestFile = AddProcessInstanceCommentRequestFile;
/// `ExecuteProcessInstanceResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type ExecuteProcessInstanceResponseBody = AddApproveDentryAuthResponseBody;
/// `FormComponent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FormComponent {
    /// `children`.
    pub children: Option<Vec<FormComponent>>,
    /// `componentType`.
    pub component_type: String,
    /// `props`.
    pub props: FormComponentProps,
}
/// The required fields of [`FormComponent`], each named where it is set: `FormComponent::new(FormComponentRequired { .. })`.
pub struct FormComponentRequired {
    /// `componentType`: see [`FormComponent::component_type`].
    pub component_type: String,
    /// `props`: see [`FormComponent::props`].
    pub props: FormComponentProps,
}
impl FormComponent {
    /// A `FormComponent` with its required fields (`componentType`, `props`); set the others with the methods named after them.
    pub fn new(required: FormComponentRequired) -> Self {
        let FormComponentRequired { component_type, props } = required;
        Self {
            children: None,
            component_type,
            props,
        }
    }
    /// Sets `children`.
    pub fn children(mut self, value: impl IntoIterator<Item = FormComponent>) -> Self {
        self.children = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    FormComponent { "children" => optional(children), "componentType" =>
    field(component_type), "props" => field(props) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FormComponent { "children" => read_field(children), "componentType" =>
    read_field(component_type), "props" => read_field(props) }
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
rt::impl_serialize! {
    FormCreateRequestTemplateConfig { "dirId" => optional(dir_id), "disableDeleteProcess"
    => optional(disable_delete_process), "disableFormEdit" =>
    optional(disable_form_edit), "disableHomepage" => optional(disable_homepage),
    "disableResubmit" => optional(disable_resubmit), "disableStopProcessButton" =>
    optional(disable_stop_process_button), "hidden" => optional(hidden), "originDirId" =>
    optional(origin_dir_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FormCreateRequestTemplateConfig { "dirId" => read_field(dir_id),
    "disableDeleteProcess" => read_field(disable_delete_process), "disableFormEdit" =>
    read_field(disable_form_edit), "disableHomepage" => read_field(disable_homepage),
    "disableResubmit" => read_field(disable_resubmit), "disableStopProcessButton" =>
    read_field(disable_stop_process_button), "hidden" => read_field(hidden),
    "originDirId" => read_field(origin_dir_id) }
}
/// `FormCreateResponseBody`, a model several operations share: also named [`PremiumSaveFormResponseBody`], [`PremiumSaveIntegratedProcessResponseBody`], [`SaveProcessResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FormCreateResponseBody {
    /// `result`.
    pub result: Option<FormCreateResponseBodyResult>,
}
rt::impl_deserialize! {
    FormCreateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FormCreateResponseBody { "result" => optional(result) }
}
/// `GetAttachmentSpaceResponseBody`, a model several operations share: also named [`GetSpaceWithDownloadAuthResponseBody`], [`PremiumGetAttachmentSpaceResponseBody`], [`PremiumGetSpaceWithDownloadAuthResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAttachmentSpaceResponseBody {
    /// `result`.
    pub result: Option<GetAttachmentSpaceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetAttachmentSpaceResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAttachmentSpaceResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetConditionFormComponentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConditionFormComponentResponseBody {
    /// `result`.
    pub result: Option<Vec<GetConditionFormComponentResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetConditionFormComponentResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConditionFormComponentResponseBody { "result" => optional(result) }
}
/// `GetCrmProcCodesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCrmProcCodesResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetCrmProcCodesResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmProcCodesResponseBody { "result" => optional(result) }
}
/// `GetFieldModifiedHistoryResponseBody`, a model several operations share: also named [`PremiumGetFieldModifiedHistoryResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFieldModifiedHistoryResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFieldModifiedHistoryResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetFieldModifiedHistoryResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFieldModifiedHistoryResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetHandSignDownloadUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetHandSignDownloadUrlResponseBody {
    /// `result`.
    pub result: Option<GetHandSignDownloadUrlResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    GetHandSignDownloadUrlResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetHandSignDownloadUrlResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetManageProcessByStaffIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetManageProcessByStaffIdResponseBody {
    /// `result`.
    pub result: Option<Vec<GetManageProcessByStaffIdResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetManageProcessByStaffIdResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetManageProcessByStaffIdResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetProcessCodeByNameResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessCodeByNameResponseBody {
    /// `result`.
    pub result: Option<GetProcessCodeByNameResponseBodyResult>,
}
rt::impl_deserialize! {
    GetProcessCodeByNameResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessCodeByNameResponseBody { "result" => optional(result) }
}
/// `GetProcessConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBody {
    /// `result`.
    pub result: Option<GetProcessConfigResponseBodyResult>,
}
rt::impl_deserialize! {
    GetProcessConfigResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessConfigResponseBody { "result" => optional(result) }
}
/// `GetProcessInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessInstanceResponseBody {
    /// `result`.
    pub result: Option<GetProcessInstanceResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    GetProcessInstanceResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetProcessInstanceWithExtraResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessInstanceWithExtraResponseBody {
    /// `result`.
    pub result: Option<GetProcessInstanceWithExtraResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    GetProcessInstanceWithExtraResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceWithExtraResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetSchemaAndProcessconfigBatchllyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSchemaAndProcessconfigBatchllyResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSchemaAndProcessconfigBatchllyResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetSchemaAndProcessconfigBatchllyResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSchemaAndProcessconfigBatchllyResponseBody { "result" => optional(result) }
}
/// `GetSpaceWithDownloadAuthResponseBody`: the same model as [`GetAttachmentSpaceResponseBody`].
pub type GetSpaceWithDownloadAuthResponseBody = GetAttachmentSpaceResponseBody;
/// `GetUserTodoTaskSumResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserTodoTaskSumResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
rt::impl_deserialize! {
    GetUserTodoTaskSumResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserTodoTaskSumResponseBody { "result" => optional(result) }
}
/// `GrantProcessInstanceForDownloadFileResponseBody`, a model several operations share: also named [`PremiumGrantProcessInstanceForDownloadFileResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GrantProcessInstanceForDownloadFileResponseBody {
    /// `result`.
    pub result: Option<GrantProcessInstanceForDownloadFileResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GrantProcessInstanceForDownloadFileResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GrantProcessInstanceForDownloadFileResponseBody { "result" => optional(result),
    "success" => optional(success) }
}
/// `InsertOrUpdateDirResponseBody`, a model several operations share: also named [`PremiumInsertOrUpdateDirResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InsertOrUpdateDirResponseBody {
    /// `result`.
    pub result: Option<InsertOrUpdateDirResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    InsertOrUpdateDirResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InsertOrUpdateDirResponseBody { "result" => optional(result), "success" =>
    optional(success) }
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
rt::impl_serialize! {
    InstallAppRequestInstallOption { "isSync" => optional(is_sync) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InstallAppRequestInstallOption { "isSync" => read_field(is_sync) }
}
/// `InstallAppResponseBody`: the same model as [`CopyProcessResponseBody`].
pub type InstallAppResponseBody = CopyProcessResponseBody;
/// `ListProcessInstanceIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListProcessInstanceIdsResponseBody {
    /// `result`.
    pub result: Option<ListProcessInstanceIdsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListProcessInstanceIdsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListProcessInstanceIdsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ListTodoWorkRecordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTodoWorkRecordsResponseBody {
    /// `result`.
    pub result: Option<ListTodoWorkRecordsResponseBodyResult>,
}
rt::impl_deserialize! {
    ListTodoWorkRecordsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTodoWorkRecordsResponseBody { "result" => optional(result) }
}
/// `ListUserVisibleBpmsProcessesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserVisibleBpmsProcessesResponseBody {
    /// `result`.
    pub result: Option<ListUserVisibleBpmsProcessesResponseBodyResult>,
}
rt::impl_deserialize! {
    ListUserVisibleBpmsProcessesResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserVisibleBpmsProcessesResponseBody { "result" => optional(result) }
}
/// `PagesExportInstancesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PagesExportInstancesResponseBody {
    /// `result`.
    pub result: Option<PagesExportInstancesResponseBodyResult>,
}
rt::impl_deserialize! {
    PagesExportInstancesResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PagesExportInstancesResponseBody { "result" => optional(result) }
}
/// `PremiumAddApproveDentryAuthRequestFileInfos`: the same model as [`AddApproveDentryAuthRequestFileInfos`].
pub type PremiumAddApproveDentryAuthRequestFileInfos = AddApproveDentryAuthRequestFileInfos;
/// The required fields of [`PremiumAddApproveDentryAuthRequestFileInfos`].
pub type PremiumAddApproveDentryAuthRequestFileInfosRequired = AddApproveDentryAuthRequestFileInfosRequired;
/// `PremiumAddApproveDentryAuthResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type PremiumAddApproveDentryAuthResponseBody = AddApproveDentryAuthResponseBody;
/// `PremiumAppendTaskResponseBody`, a model several operations share: also named [`PremiumRevertTaskResponseBody`], [`PremiumUpdateProcessInstanceVariablesResponseBody`], [`RedirectWorkflowTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumAppendTaskResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    PremiumAppendTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumAppendTaskResponseBody { "result" => optional(result) }
}
/// `PremiumBatchExecuteProcessInstancesRequestTaskInfoList`: the same model as [`BatchExecuteProcessInstancesRequestTaskInfoList`].
pub type PremiumBatchExecuteProcessInstancesRequestTaskInfoList = BatchExecuteProcessInstancesRequestTaskInfoList;
/// The required fields of [`PremiumBatchExecuteProcessInstancesRequestTaskInfoList`].
pub type PremiumBatchExecuteProcessInstancesRequestTaskInfoListRequired = BatchExecuteProcessInstancesRequestTaskInfoListRequired;
/// `PremiumBatchExecuteProcessInstancesResponseBody`: the same model as [`BatchExecuteProcessInstancesResponseBody`].
pub type PremiumBatchExecuteProcessInstancesResponseBody = BatchExecuteProcessInstancesResponseBody;
/// `PremiumDelDirResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type PremiumDelDirResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `PremiumDeleteFormInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumDeleteFormInstanceResponseBody {
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    PremiumDeleteFormInstanceResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumDeleteFormInstanceResponseBody { "success" => optional(success) }
}
/// `PremiumGetAttachmentSpaceResponseBody`: the same model as [`GetAttachmentSpaceResponseBody`].
pub type PremiumGetAttachmentSpaceResponseBody = GetAttachmentSpaceResponseBody;
/// `PremiumGetDoneTasksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetDoneTasksResponseBody {
    /// `result`.
    pub result: Option<PremiumGetDoneTasksResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PremiumGetDoneTasksResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetDoneTasksResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `PremiumGetFieldModifiedHistoryResponseBody`: the same model as [`GetFieldModifiedHistoryResponseBody`].
pub type PremiumGetFieldModifiedHistoryResponseBody = GetFieldModifiedHistoryResponseBody;
/// `PremiumGetFormInstanceResponseBody`, a model several operations share: also named [`QueryFormInstanceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormInstanceResponseBody { "appUuid" => read_field(app_uuid), "attributes"
    => read_field(attributes), "createTimestamp" => read_field(create_timestamp),
    "creator" => read_field(creator), "formCode" => read_field(form_code),
    "formInstDataList" => read_field(form_inst_data_list), "formInstanceId" =>
    read_field(form_instance_id), "modifier" => read_field(modifier), "modifyTimestamp"
    => read_field(modify_timestamp), "outBizCode" => read_field(out_biz_code),
    "outInstanceId" => read_field(out_instance_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormInstanceResponseBody { "appUuid" => optional(app_uuid), "attributes" =>
    optional(attributes), "createTimestamp" => optional(create_timestamp), "creator" =>
    optional(creator), "formCode" => optional(form_code), "formInstDataList" =>
    optional(form_inst_data_list), "formInstanceId" => optional(form_instance_id),
    "modifier" => optional(modifier), "modifyTimestamp" => optional(modify_timestamp),
    "outBizCode" => optional(out_biz_code), "outInstanceId" => optional(out_instance_id),
    "title" => optional(title) }
}
/// `PremiumGetFormInstancesResponseBody`, a model several operations share: also named [`QueryAllFormInstancesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetFormInstancesResponseBody {
    /// `result`.
    pub result: Option<PremiumGetFormInstancesResponseBodyResult>,
}
rt::impl_deserialize! {
    PremiumGetFormInstancesResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormInstancesResponseBody { "result" => optional(result) }
}
/// `PremiumGetFormSchemaResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBody {
    /// `result`.
    pub result: Option<PremiumGetFormSchemaResponseBodyResult>,
}
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBody { "result" => optional(result) }
}
/// `PremiumGetInstFieldSettingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetInstFieldSettingResponseBody {
    /// `result`.
    pub result: Option<Vec<PremiumGetInstFieldSettingResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PremiumGetInstFieldSettingResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetInstFieldSettingResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `PremiumGetNoticedInstancesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetNoticedInstancesResponseBody {
    /// `result`.
    pub result: Option<PremiumGetNoticedInstancesResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PremiumGetNoticedInstancesResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetNoticedInstancesResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `PremiumGetProcessInstancesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetProcessInstancesResponseBody {
    /// `result`.
    pub result: Option<PremiumGetProcessInstancesResponseBodyResult>,
}
rt::impl_deserialize! {
    PremiumGetProcessInstancesResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetProcessInstancesResponseBody { "result" => optional(result) }
}
/// `PremiumGetSpaceWithDownloadAuthResponseBody`: the same model as [`GetAttachmentSpaceResponseBody`].
pub type PremiumGetSpaceWithDownloadAuthResponseBody = GetAttachmentSpaceResponseBody;
/// `PremiumGetSubmittedInstancesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetSubmittedInstancesResponseBody {
    /// `result`.
    pub result: Option<PremiumGetSubmittedInstancesResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PremiumGetSubmittedInstancesResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetSubmittedInstancesResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `PremiumGetTodoTasksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetTodoTasksResponseBody {
    /// `result`.
    pub result: Option<PremiumGetTodoTasksResponseBodyResult>,
}
rt::impl_deserialize! {
    PremiumGetTodoTasksResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetTodoTasksResponseBody { "result" => optional(result) }
}
/// `PremiumGrantProcessInstanceForDownloadFileResponseBody`: the same model as [`GrantProcessInstanceForDownloadFileResponseBody`].
pub type PremiumGrantProcessInstanceForDownloadFileResponseBody = GrantProcessInstanceForDownloadFileResponseBody;
/// `PremiumInsertOrUpdateDirResponseBody`: the same model as [`InsertOrUpdateDirResponseBody`].
pub type PremiumInsertOrUpdateDirResponseBody = InsertOrUpdateDirResponseBody;
/// `PremiumQuerySchemaAndProcessByCodeListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumQuerySchemaAndProcessByCodeListResponseBody {
    /// `result`.
    pub result: Option<Vec<PremiumQuerySchemaAndProcessByCodeListResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PremiumQuerySchemaAndProcessByCodeListResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumQuerySchemaAndProcessByCodeListResponseBody { "result" => optional(result),
    "success" => optional(success) }
}
/// `PremiumQueryTodoTasksByManagerResponseBody`, a model several operations share: also named [`TodoTasksResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumQueryTodoTasksByManagerResponseBody {
    /// `result`.
    pub result: Option<PremiumQueryTodoTasksByManagerResponseBodyResult>,
}
rt::impl_deserialize! {
    PremiumQueryTodoTasksByManagerResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumQueryTodoTasksByManagerResponseBody { "result" => optional(result) }
}
/// `PremiumRedirectTasksByManagerResponseBody`: the same model as [`BatchTasksRedirectResponseBody`].
pub type PremiumRedirectTasksByManagerResponseBody = BatchTasksRedirectResponseBody;
/// `PremiumRevertTaskResponseBody`: the same model as [`PremiumAppendTaskResponseBody`].
pub type PremiumRevertTaskResponseBody = PremiumAppendTaskResponseBody;
/// `PremiumSaveFormResponseBody`: the same model as [`FormCreateResponseBody`].
pub type PremiumSaveFormResponseBody = FormCreateResponseBody;
/// `PremiumSaveFormInstanceRequestFormComponentValueList`, a model several operations share: also named [`PremiumUpdateFormInstanceRequestFormComponentValueList`], [`ProcessForecastRequestFormComponentValues`], [`StartProcessInstanceRequestFormComponentValues`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumSaveFormInstanceRequestFormComponentValueList`], each named where it is set: `PremiumSaveFormInstanceRequestFormComponentValueList::new(PremiumSaveFormInstanceRequestFormComponentValueListRequired { .. })`.
pub struct PremiumSaveFormInstanceRequestFormComponentValueListRequired {
    /// `name`: see [`PremiumSaveFormInstanceRequestFormComponentValueList::name`].
    pub name: String,
    /// `value`: see [`PremiumSaveFormInstanceRequestFormComponentValueList::value`].
    pub value: String,
}
impl PremiumSaveFormInstanceRequestFormComponentValueList {
    /// A `PremiumSaveFormInstanceRequestFormComponentValueList` with its required fields (`name`, `value`); set the others with the methods named after them.
    pub fn new(
        required: PremiumSaveFormInstanceRequestFormComponentValueListRequired,
    ) -> Self {
        let PremiumSaveFormInstanceRequestFormComponentValueListRequired {
            name,
            value,
        } = required;
        Self {
            biz_alias: None,
            component_type: None,
            details: None,
            ext_value: None,
            id: None,
            name,
            value,
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
rt::impl_serialize! {
    PremiumSaveFormInstanceRequestFormComponentValueList { "bizAlias" =>
    optional(biz_alias), "componentType" => optional(component_type), "details" =>
    optional(details), "extValue" => optional(ext_value), "id" => optional(id), "name" =>
    field(name), "value" => field(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveFormInstanceRequestFormComponentValueList { "bizAlias" =>
    read_field(biz_alias), "componentType" => read_field(component_type), "details" =>
    read_field(details), "extValue" => read_field(ext_value), "id" => read_field(id),
    "name" => read_field(name), "value" => read_field(value) }
}
/// `PremiumSaveFormInstanceResponseBody`, a model several operations share: also named [`StartProcessInstanceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumSaveFormInstanceResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
rt::impl_deserialize! {
    PremiumSaveFormInstanceResponseBody { "instanceId" => read_field(instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumSaveFormInstanceResponseBody { "instanceId" => optional(instance_id) }
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
rt::impl_serialize! {
    PremiumSaveIntegratedProcessRequestProcessFeatureConfig { "features" =>
    optional(features) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveIntegratedProcessRequestProcessFeatureConfig { "features" =>
    read_field(features) }
}
/// `PremiumSaveIntegratedProcessRequestTemplateConfig`, a model several operations share: also named [`SaveProcessRequestTemplateConfig`].
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
rt::impl_serialize! {
    PremiumSaveIntegratedProcessRequestTemplateConfig { "createInstanceMobileUrl" =>
    optional(create_instance_mobile_url), "createInstancePcUrl" =>
    optional(create_instance_pc_url), "disableSendCard" => optional(disable_send_card),
    "hidden" => optional(hidden), "templateEditUrl" => optional(template_edit_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveIntegratedProcessRequestTemplateConfig { "createInstanceMobileUrl" =>
    read_field(create_instance_mobile_url), "createInstancePcUrl" =>
    read_field(create_instance_pc_url), "disableSendCard" =>
    read_field(disable_send_card), "hidden" => read_field(hidden), "templateEditUrl" =>
    read_field(template_edit_url) }
}
/// `PremiumSaveIntegratedProcessResponseBody`: the same model as [`FormCreateResponseBody`].
pub type PremiumSaveIntegratedProcessResponseBody = FormCreateResponseBody;
/// `PremiumSaveIntegratedProcessInstanceRequestFeatureConfig`: the same model as [`CreateIntegratedTaskRequestFeatureConfig`].
pub type PremiumSaveIntegratedProcessInstanceRequestFeatureConfig = CreateIntegratedTaskRequestFeatureConfig;
/// `PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList`, a model several operations share: also named [`SaveIntegratedInstanceRequestFormComponentValueList`], [`PremiumSaveFormInstanceRequestFormComponentValueListDetailsDetails`], [`PremiumUpdateFormInstanceRequestFormComponentValueListDetailsDetails`], [`ProcessForecastRequestFormComponentValuesDetailsDetails`], [`StartProcessInstanceRequestFormComponentValuesDetailsDetails`].
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
rt::impl_serialize! {
    PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList { "bizAlias" =>
    optional(biz_alias), "componentType" => optional(component_type), "extValue" =>
    optional(ext_value), "id" => optional(id), "name" => optional(name), "value" =>
    optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveIntegratedProcessInstanceRequestFormComponentValueList { "bizAlias" =>
    read_field(biz_alias), "componentType" => read_field(component_type), "extValue" =>
    read_field(ext_value), "id" => read_field(id), "name" => read_field(name), "value" =>
    read_field(value) }
}
/// `PremiumSaveIntegratedProcessInstanceRequestNotifiers`, a model several operations share: also named [`SaveIntegratedInstanceRequestNotifiers`].
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
rt::impl_serialize! {
    PremiumSaveIntegratedProcessInstanceRequestNotifiers { "position" =>
    optional(position), "userid" => optional(userid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveIntegratedProcessInstanceRequestNotifiers { "position" =>
    read_field(position), "userid" => read_field(userid) }
}
/// `PremiumSaveIntegratedProcessInstanceResponseBody`, a model several operations share: also named [`SaveIntegratedInstanceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessInstanceResponseBody {
    /// `result`.
    pub result: Option<PremiumSaveIntegratedProcessInstanceResponseBodyResult>,
}
rt::impl_deserialize! {
    PremiumSaveIntegratedProcessInstanceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumSaveIntegratedProcessInstanceResponseBody { "result" => optional(result) }
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
rt::impl_serialize! {
    PremiumSaveIntegratedTaskRequestTaskConfig { "disableSendCard" =>
    optional(disable_send_card) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveIntegratedTaskRequestTaskConfig { "disableSendCard" =>
    read_field(disable_send_card) }
}
/// `PremiumSaveIntegratedTaskRequestTasks`: the same model as [`CreateIntegratedTaskRequestTasks`].
pub type PremiumSaveIntegratedTaskRequestTasks = CreateIntegratedTaskRequestTasks;
/// `PremiumSaveIntegratedTaskResponseBody`: the same model as [`CreateIntegratedTaskResponseBody`].
pub type PremiumSaveIntegratedTaskResponseBody = CreateIntegratedTaskResponseBody;
/// `PremiumUpdateFormInstanceRequestFormComponentValueList`: the same model as [`PremiumSaveFormInstanceRequestFormComponentValueList`].
pub type PremiumUpdateFormInstanceRequestFormComponentValueList = PremiumSaveFormInstanceRequestFormComponentValueList;
/// The required fields of [`PremiumUpdateFormInstanceRequestFormComponentValueList`].
pub type PremiumUpdateFormInstanceRequestFormComponentValueListRequired = PremiumSaveFormInstanceRequestFormComponentValueListRequired;
/// `PremiumUpdateFormInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumUpdateFormInstanceResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
rt::impl_deserialize! {
    PremiumUpdateFormInstanceResponseBody { "instanceId" => read_field(instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumUpdateFormInstanceResponseBody { "instanceId" => optional(instance_id) }
}
/// `PremiumUpdateProcessInstanceVariablesRequestVariables`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumUpdateProcessInstanceVariablesRequestVariables`], each named where it is set: `PremiumUpdateProcessInstanceVariablesRequestVariables::new(PremiumUpdateProcessInstanceVariablesRequestVariablesRequired { .. })`.
pub struct PremiumUpdateProcessInstanceVariablesRequestVariablesRequired {
    /// `id`: see [`PremiumUpdateProcessInstanceVariablesRequestVariables::id`].
    pub id: String,
    /// `value`: see [`PremiumUpdateProcessInstanceVariablesRequestVariables::value`].
    pub value: String,
}
impl PremiumUpdateProcessInstanceVariablesRequestVariables {
    /// A `PremiumUpdateProcessInstanceVariablesRequestVariables` with its required fields (`id`, `value`); set the others with the methods named after them.
    pub fn new(
        required: PremiumUpdateProcessInstanceVariablesRequestVariablesRequired,
    ) -> Self {
        let PremiumUpdateProcessInstanceVariablesRequestVariablesRequired {
            id,
            value,
        } = required;
        Self {
            biz_alias: None,
            ext_value: None,
            id,
            value,
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
rt::impl_serialize! {
    PremiumUpdateProcessInstanceVariablesRequestVariables { "bizAlias" =>
    optional(biz_alias), "extValue" => optional(ext_value), "id" => field(id), "value" =>
    field(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumUpdateProcessInstanceVariablesRequestVariables { "bizAlias" =>
    read_field(biz_alias), "extValue" => read_field(ext_value), "id" => read_field(id),
    "value" => read_field(value) }
}
/// `PremiumUpdateProcessInstanceVariablesResponseBody`: the same model as [`PremiumAppendTaskResponseBody`].
pub type PremiumUpdateProcessInstanceVariablesResponseBody = PremiumAppendTaskResponseBody;
/// `ProcessForecastRequestFormComponentValues`: the same model as [`PremiumSaveFormInstanceRequestFormComponentValueList`].
pub type ProcessForecastRequestFormComponentValues = PremiumSaveFormInstanceRequestFormComponentValueList;
/// The required fields of [`ProcessForecastRequestFormComponentValues`].
pub type ProcessForecastRequestFormComponentValuesRequired = PremiumSaveFormInstanceRequestFormComponentValueListRequired;
/// `ProcessForecastResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProcessForecastResponseBody {
    /// `result`.
    pub result: Option<ProcessForecastResponseBodyResult>,
}
rt::impl_deserialize! {
    ProcessForecastResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessForecastResponseBody { "result" => optional(result) }
}
/// `QueryAllFormInstancesResponseBody`: the same model as [`PremiumGetFormInstancesResponseBody`].
pub type QueryAllFormInstancesResponseBody = PremiumGetFormInstancesResponseBody;
/// `QueryAllProcessInstancesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllProcessInstancesResponseBody {
    /// `result`.
    pub result: Option<QueryAllProcessInstancesResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryAllProcessInstancesResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllProcessInstancesResponseBody { "result" => optional(result) }
}
/// `QueryFormByBizTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryFormByBizTypeResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryFormByBizTypeResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryFormByBizTypeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryFormByBizTypeResponseBody { "result" => optional(result) }
}
/// `QueryFormInstanceResponseBody`: the same model as [`PremiumGetFormInstanceResponseBody`].
pub type QueryFormInstanceResponseBody = PremiumGetFormInstanceResponseBody;
/// `QueryIntegratedTodoTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryIntegratedTodoTaskResponseBody {
    /// `result`.
    pub result: Option<QueryIntegratedTodoTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryIntegratedTodoTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryIntegratedTodoTaskResponseBody { "result" => optional(result) }
}
/// `QueryProcessByBizCategoryIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProcessByBizCategoryIdResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryProcessByBizCategoryIdResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryProcessByBizCategoryIdResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProcessByBizCategoryIdResponseBody { "result" => optional(result) }
}
/// `QuerySchemaAndProcessResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySchemaAndProcessResponseBody {
    /// `result`.
    pub result: Option<QuerySchemaAndProcessResponseBodyResult>,
}
rt::impl_deserialize! {
    QuerySchemaAndProcessResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySchemaAndProcessResponseBody { "result" => optional(result) }
}
/// `QuerySchemaByProcessCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySchemaByProcessCodeResponseBody {
    /// `result`.
    pub result: Option<QuerySchemaByProcessCodeResponseBodyResult>,
}
rt::impl_deserialize! {
    QuerySchemaByProcessCodeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySchemaByProcessCodeResponseBody { "result" => optional(result) }
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SetWorkflowTaskAgentResponseBody { "dingOpenErrcode" =>
    read_field(ding_open_errcode), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SetWorkflowTaskAgentResponseBody { "dingOpenErrcode" => optional(ding_open_errcode),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
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
rt::impl_serialize! {
    StartProcessInstanceRequestApprovers { "actionType" => optional(action_type),
    "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StartProcessInstanceRequestApprovers { "actionType" => read_field(action_type),
    "userIds" => read_field(user_ids) }
}
/// `StartProcessInstanceRequestFormComponentValues`: the same model as [`PremiumSaveFormInstanceRequestFormComponentValueList`].
pub type StartProcessInstanceRequestFormComponentValues = PremiumSaveFormInstanceRequestFormComponentValueList;
/// The required fields of [`StartProcessInstanceRequestFormComponentValues`].
pub type StartProcessInstanceRequestFormComponentValuesRequired = PremiumSaveFormInstanceRequestFormComponentValueListRequired;
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
rt::impl_serialize! {
    StartProcessInstanceRequestTargetSelectActioners { "actionerKey" =>
    optional(actioner_key), "actionerUserIds" => optional(actioner_user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StartProcessInstanceRequestTargetSelectActioners { "actionerKey" =>
    read_field(actioner_key), "actionerUserIds" => read_field(actioner_user_ids) }
}
/// `StartProcessInstanceResponseBody`: the same model as [`PremiumSaveFormInstanceResponseBody`].
pub type StartProcessInstanceResponseBody = PremiumSaveFormInstanceResponseBody;
/// `TerminateProcessInstanceResponseBody`: the same model as [`AddApproveDentryAuthResponseBody`].
pub type TerminateProcessInstanceResponseBody = AddApproveDentryAuthResponseBody;
/// `TodoTasksResponseBody`: the same model as [`PremiumQueryTodoTasksByManagerResponseBody`].
pub type TodoTasksResponseBody = PremiumQueryTodoTasksByManagerResponseBody;
/// `UpdateIntegratedTaskRequestTasks`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateIntegratedTaskRequestTasks {
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: String,
    /// `taskId`.
    pub task_id: i64,
}
/// The required fields of [`UpdateIntegratedTaskRequestTasks`], each named where it is set: `UpdateIntegratedTaskRequestTasks::new(UpdateIntegratedTaskRequestTasksRequired { .. })`.
pub struct UpdateIntegratedTaskRequestTasksRequired {
    /// `status`: see [`UpdateIntegratedTaskRequestTasks::status`].
    pub status: String,
    /// `taskId`: see [`UpdateIntegratedTaskRequestTasks::task_id`].
    pub task_id: i64,
}
impl UpdateIntegratedTaskRequestTasks {
    /// A `UpdateIntegratedTaskRequestTasks` with its required fields (`status`, `taskId`); set the others with the methods named after them.
    pub fn new(required: UpdateIntegratedTaskRequestTasksRequired) -> Self {
        let UpdateIntegratedTaskRequestTasksRequired { status, task_id } = required;
        Self {
            result: None,
            status,
            task_id,
        }
    }
    /// Sets `result`.
    pub fn result(mut self, value: impl Into<String>) -> Self {
        self.result = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateIntegratedTaskRequestTasks { "result" => optional(result), "status" =>
    field(status), "taskId" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateIntegratedTaskRequestTasks { "result" => read_field(result), "status" =>
    read_field(status), "taskId" => read_field(task_id) }
}
/// `UpdateIntegratedTaskResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type UpdateIntegratedTaskResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `UpdateProcessInstanceRequestNotifiers`, a model several operations share: also named [`BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsNotifiers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateProcessInstanceRequestNotifiers {
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateProcessInstanceRequestNotifiers`], each named where it is set: `UpdateProcessInstanceRequestNotifiers::new(UpdateProcessInstanceRequestNotifiersRequired { .. })`.
pub struct UpdateProcessInstanceRequestNotifiersRequired {
    /// `userId`: see [`UpdateProcessInstanceRequestNotifiers::user_id`].
    pub user_id: String,
}
impl UpdateProcessInstanceRequestNotifiers {
    /// A `UpdateProcessInstanceRequestNotifiers` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: UpdateProcessInstanceRequestNotifiersRequired) -> Self {
        let UpdateProcessInstanceRequestNotifiersRequired { user_id } = required;
        Self { user_id }
    }
}
rt::impl_serialize! {
    UpdateProcessInstanceRequestNotifiers { "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateProcessInstanceRequestNotifiers { "userId" => read_field(user_id) }
}
/// `UpdateProcessInstanceResponseBody`: the same model as [`BatchUpdateProcessInstanceResponseBody`].
pub type UpdateProcessInstanceResponseBody = BatchUpdateProcessInstanceResponseBody;
/// `AddProcessInstanceCommentRequestFileAttachments`, a model several operations share: also named [`ExecuteProcessInstanceRequestFileAttachments`], [`RedirectWorkflowTaskRequestFileAttachments`].
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
rt::impl_serialize! {
    AddProcessInstanceCommentRequestFileAttachments { "fileId" => optional(file_id),
    "fileName" => optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "spaceId" => optional(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddProcessInstanceCommentRequestFileAttachments { "fileId" => read_field(file_id),
    "fileName" => read_field(file_name), "fileSize" => read_field(file_size), "fileType"
    => read_field(file_type), "spaceId" => read_field(space_id) }
}
/// `ResultValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ResultValue {
    /// `result`.
    pub result: Option<bool>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    ResultValue { "result" => read_field(result), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ResultValue { "result" => optional(result), "message" => optional(message) }
}
/// `BatchTasksRedirectResponseBodyResult`, a model several operations share: also named [`PremiumRedirectTasksByManagerResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchTasksRedirectResponseBodyResult { "failCount" => read_field(fail_count),
    "redirectResults" => read_field(redirect_results), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchTasksRedirectResponseBodyResult { "failCount" => optional(fail_count),
    "redirectResults" => optional(redirect_results), "totalCount" =>
    optional(total_count) }
}
/// `BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsNotifiers`: the same model as [`UpdateProcessInstanceRequestNotifiers`].
pub type BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsNotifiers = UpdateProcessInstanceRequestNotifiers;
/// The required fields of [`BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsNotifiers`].
pub type BatchUpdateProcessInstanceRequestUpdateProcessInstanceRequestsNotifiersRequired = UpdateProcessInstanceRequestNotifiersRequired;
/// `CopyProcessResponseBodyResult`, a model several operations share: also named [`InstallAppResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyProcessResponseBodyResult {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
}
rt::impl_deserialize! {
    CopyProcessResponseBodyResult { "bizType" => read_field(biz_type), "name" =>
    read_field(name), "processCode" => read_field(process_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyProcessResponseBodyResult { "bizType" => optional(biz_type), "name" =>
    optional(name), "processCode" => optional(process_code) }
}
/// `CreateIntegratedTaskRequestFeatureConfigFeatures`, a model several operations share: also named [`PremiumSaveIntegratedProcessInstanceRequestFeatureConfigFeatures`], [`PremiumSaveIntegratedTaskRequestFeatureConfigFeatures`], [`SaveIntegratedInstanceRequestFeatureConfigFeatures`], [`SaveProcessRequestProcessFeatureConfigFeatures`].
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
rt::impl_serialize! {
    CreateIntegratedTaskRequestFeatureConfigFeatures { "callback" => optional(callback),
    "config" => optional(config), "mobileUrl" => optional(mobile_url), "name" =>
    optional(name), "pcUrl" => optional(pc_url), "runType" => optional(run_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateIntegratedTaskRequestFeatureConfigFeatures { "callback" =>
    read_field(callback), "config" => read_field(config), "mobileUrl" =>
    read_field(mobile_url), "name" => read_field(name), "pcUrl" => read_field(pc_url),
    "runType" => read_field(run_type) }
}
/// `CreateIntegratedTaskResponseBodyResult`, a model several operations share: also named [`PremiumSaveIntegratedTaskResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateIntegratedTaskResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CreateIntegratedTaskResponseBodyResult { "taskId" => read_field(task_id), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateIntegratedTaskResponseBodyResult { "taskId" => optional(task_id), "userId" =>
    optional(user_id) }
}
/// `DeleteProcessResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteProcessResponseBodyResult {
    /// `processCode`.
    pub process_code: Option<String>,
}
rt::impl_deserialize! {
    DeleteProcessResponseBodyResult { "processCode" => read_field(process_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteProcessResponseBodyResult { "processCode" => optional(process_code) }
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
rt::impl_serialize! {
    FormComponentProps { "actionName" => optional(action_name), "addressModel" =>
    optional(address_model), "align" => optional(align), "asyncCondition" =>
    optional(async_condition), "availableTemplates" => optional(available_templates),
    "bizAlias" => optional(biz_alias), "bizType" => optional(biz_type), "choice" =>
    optional(choice), "commonBizType" => optional(common_biz_type), "componentId" =>
    optional(component_id), "content" => optional(content), "dataSource" =>
    optional(data_source), "disabled" => optional(disabled), "duration" =>
    optional(duration), "durationLabel" => optional(duration_label), "format" =>
    optional(format), "formula" => optional(formula), "invisible" => optional(invisible),
    "label" => optional(label), "limit" => optional(limit), "link" => optional(link),
    "maxLength" => optional(max_length), "mode" => optional(mode), "multiple" =>
    optional(multiple), "options" => optional(options), "placeholder" =>
    optional(placeholder), "precision" => optional(precision), "print" =>
    optional(print), "required" => optional(required), "statField" =>
    optional(stat_field), "tableViewMode" => optional(table_view_mode), "unit" =>
    optional(unit), "upper" => optional(upper), "verticalPrint" =>
    optional(vertical_print) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FormComponentProps { "actionName" => read_field(action_name), "addressModel" =>
    read_field(address_model), "align" => read_field(align), "asyncCondition" =>
    read_field(async_condition), "availableTemplates" => read_field(available_templates),
    "bizAlias" => read_field(biz_alias), "bizType" => read_field(biz_type), "choice" =>
    read_field(choice), "commonBizType" => read_field(common_biz_type), "componentId" =>
    read_field(component_id), "content" => read_field(content), "dataSource" =>
    read_field(data_source), "disabled" => read_field(disabled), "duration" =>
    read_field(duration), "durationLabel" => read_field(duration_label), "format" =>
    read_field(format), "formula" => read_field(formula), "invisible" =>
    read_field(invisible), "label" => read_field(label), "limit" => read_field(limit),
    "link" => read_field(link), "maxLength" => read_field(max_length), "mode" =>
    read_field(mode), "multiple" => read_field(multiple), "options" =>
    read_field(options), "placeholder" => read_field(placeholder), "precision" =>
    read_field(precision), "print" => read_field(print), "required" =>
    read_field(required), "statField" => read_field(stat_field), "tableViewMode" =>
    read_field(table_view_mode), "unit" => read_field(unit), "upper" =>
    read_field(upper), "verticalPrint" => read_field(vertical_print) }
}
/// `FormCreateResponseBodyResult`, a model several operations share: also named [`PremiumSaveFormResponseBodyResult`], [`PremiumSaveIntegratedProcessResponseBodyResult`], [`SaveProcessResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FormCreateResponseBodyResult {
    /// `processCode`.
    pub process_code: Option<String>,
}
rt::impl_deserialize! {
    FormCreateResponseBodyResult { "processCode" => read_field(process_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FormCreateResponseBodyResult { "processCode" => optional(process_code) }
}
/// `GetAttachmentSpaceResponseBodyResult`, a model several operations share: also named [`GetSpaceWithDownloadAuthResponseBodyResult`], [`PremiumGetAttachmentSpaceResponseBodyResult`], [`PremiumGetSpaceWithDownloadAuthResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAttachmentSpaceResponseBodyResult {
    /// `spaceId`.
    pub space_id: Option<i64>,
}
rt::impl_deserialize! {
    GetAttachmentSpaceResponseBodyResult { "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAttachmentSpaceResponseBodyResult { "spaceId" => optional(space_id) }
}
/// `GetConditionFormComponentResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConditionFormComponentResponseBodyResult {
    /// `id`.
    pub id: Option<String>,
    /// `label`.
    pub label: Option<String>,
}
rt::impl_deserialize! {
    GetConditionFormComponentResponseBodyResult { "id" => read_field(id), "label" =>
    read_field(label) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConditionFormComponentResponseBodyResult { "id" => optional(id), "label" =>
    optional(label) }
}
/// `GetFieldModifiedHistoryResponseBodyResult`, a model several operations share: also named [`PremiumGetFieldModifiedHistoryResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFieldModifiedHistoryResponseBodyResult { "createTime" => read_field(create_time),
    "fieldId" => read_field(field_id), "name" => read_field(name), "userId" =>
    read_field(user_id), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFieldModifiedHistoryResponseBodyResult { "createTime" => optional(create_time),
    "fieldId" => optional(field_id), "name" => optional(name), "userId" =>
    optional(user_id), "value" => optional(value) }
}
/// `GetHandSignDownloadUrlResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetHandSignDownloadUrlResponseBodyResult {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `expireIn`.
    pub expire_in: Option<i64>,
}
rt::impl_deserialize! {
    GetHandSignDownloadUrlResponseBodyResult { "downloadUrl" => read_field(download_url),
    "expireIn" => read_field(expire_in) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetHandSignDownloadUrlResponseBodyResult { "downloadUrl" => optional(download_url),
    "expireIn" => optional(expire_in) }
}
/// `GetManageProcessByStaffIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetManageProcessByStaffIdResponseBodyResult { "attendanceType" =>
    read_field(attendance_type), "flowTitle" => read_field(flow_title), "gmtModified" =>
    read_field(gmt_modified), "iconName" => read_field(icon_name), "iconUrl" =>
    read_field(icon_url), "newProcess" => read_field(new_process), "processCode" =>
    read_field(process_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetManageProcessByStaffIdResponseBodyResult { "attendanceType" =>
    optional(attendance_type), "flowTitle" => optional(flow_title), "gmtModified" =>
    optional(gmt_modified), "iconName" => optional(icon_name), "iconUrl" =>
    optional(icon_url), "newProcess" => optional(new_process), "processCode" =>
    optional(process_code) }
}
/// `GetProcessCodeByNameResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessCodeByNameResponseBodyResult {
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
}
rt::impl_deserialize! {
    GetProcessCodeByNameResponseBodyResult { "gmtModified" => read_field(gmt_modified),
    "processCode" => read_field(process_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessCodeByNameResponseBodyResult { "gmtModified" => optional(gmt_modified),
    "processCode" => optional(process_code) }
}
/// `GetProcessConfigResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProcessConfigResponseBodyResult { "abstractGenRule" =>
    read_field(abstract_gen_rule), "activityAuth" => read_field(activity_auth),
    "allowRevoke" => read_field(allow_revoke), "appendEnable" =>
    read_field(append_enable), "autoExecuteOriginatorTasks" =>
    read_field(auto_execute_originator_tasks), "bizCategoryId" =>
    read_field(biz_category_id), "bizType" => read_field(biz_type), "commentConf" =>
    read_field(comment_conf), "duplicateRemoval" => read_field(duplicate_removal),
    "formSchema" => read_field(form_schema), "handSignConf" =>
    read_field(hand_sign_conf), "managers" => read_field(managers), "name" =>
    read_field(name), "processAppType" => read_field(process_app_type), "processConfig"
    => read_field(process_config), "staticProc" => read_field(static_proc),
    "substituteSubmitConf" => read_field(substitute_submit_conf), "titleGenRule" =>
    read_field(title_gen_rule), "visibility" => read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessConfigResponseBodyResult { "abstractGenRule" =>
    optional(abstract_gen_rule), "activityAuth" => optional(activity_auth), "allowRevoke"
    => optional(allow_revoke), "appendEnable" => optional(append_enable),
    "autoExecuteOriginatorTasks" => optional(auto_execute_originator_tasks),
    "bizCategoryId" => optional(biz_category_id), "bizType" => optional(biz_type),
    "commentConf" => optional(comment_conf), "duplicateRemoval" =>
    optional(duplicate_removal), "formSchema" => optional(form_schema), "handSignConf" =>
    optional(hand_sign_conf), "managers" => optional(managers), "name" => optional(name),
    "processAppType" => optional(process_app_type), "processConfig" =>
    optional(process_config), "staticProc" => optional(static_proc),
    "substituteSubmitConf" => optional(substitute_submit_conf), "titleGenRule" =>
    optional(title_gen_rule), "visibility" => optional(visibility) }
}
/// `GetProcessInstanceResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProcessInstanceResponseBodyResult { "approverUserIds" =>
    read_field(approver_user_ids), "attachedProcessInstanceIds" =>
    read_field(attached_process_instance_ids), "bizAction" => read_field(biz_action),
    "bizData" => read_field(biz_data), "businessId" => read_field(business_id),
    "ccUserIds" => read_field(cc_user_ids), "createTime" => read_field(create_time),
    "finishTime" => read_field(finish_time), "formComponentValues" =>
    read_field(form_component_values), "mainProcessInstanceId" =>
    read_field(main_process_instance_id), "operationRecords" =>
    read_field(operation_records), "originatorDeptId" => read_field(originator_dept_id),
    "originatorDeptName" => read_field(originator_dept_name), "originatorUserId" =>
    read_field(originator_user_id), "result" => read_field(result), "status" =>
    read_field(status), "tasks" => read_field(tasks), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceResponseBodyResult { "approverUserIds" =>
    optional(approver_user_ids), "attachedProcessInstanceIds" =>
    optional(attached_process_instance_ids), "bizAction" => optional(biz_action),
    "bizData" => optional(biz_data), "businessId" => optional(business_id), "ccUserIds"
    => optional(cc_user_ids), "createTime" => optional(create_time), "finishTime" =>
    optional(finish_time), "formComponentValues" => optional(form_component_values),
    "mainProcessInstanceId" => optional(main_process_instance_id), "operationRecords" =>
    optional(operation_records), "originatorDeptId" => optional(originator_dept_id),
    "originatorDeptName" => optional(originator_dept_name), "originatorUserId" =>
    optional(originator_user_id), "result" => optional(result), "status" =>
    optional(status), "tasks" => optional(tasks), "title" => optional(title) }
}
/// `GetProcessInstanceWithExtraResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProcessInstanceWithExtraResponseBodyResult { "approverUserIds" =>
    read_field(approver_user_ids), "attachedProcessInstanceIds" =>
    read_field(attached_process_instance_ids), "bizAction" => read_field(biz_action),
    "bizData" => read_field(biz_data), "businessId" => read_field(business_id),
    "ccUserIds" => read_field(cc_user_ids), "createTime" => read_field(create_time),
    "finishTime" => read_field(finish_time), "formComponentValues" =>
    read_field(form_component_values), "mainProcessInstanceId" =>
    read_field(main_process_instance_id), "operationRecords" =>
    read_field(operation_records), "originatorDeptId" => read_field(originator_dept_id),
    "originatorDeptName" => read_field(originator_dept_name), "originatorUserId" =>
    read_field(originator_user_id), "result" => read_field(result), "status" =>
    read_field(status), "tasks" => read_field(tasks), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceWithExtraResponseBodyResult { "approverUserIds" =>
    optional(approver_user_ids), "attachedProcessInstanceIds" =>
    optional(attached_process_instance_ids), "bizAction" => optional(biz_action),
    "bizData" => optional(biz_data), "businessId" => optional(business_id), "ccUserIds"
    => optional(cc_user_ids), "createTime" => optional(create_time), "finishTime" =>
    optional(finish_time), "formComponentValues" => optional(form_component_values),
    "mainProcessInstanceId" => optional(main_process_instance_id), "operationRecords" =>
    optional(operation_records), "originatorDeptId" => optional(originator_dept_id),
    "originatorDeptName" => optional(originator_dept_name), "originatorUserId" =>
    optional(originator_user_id), "result" => optional(result), "status" =>
    optional(status), "tasks" => optional(tasks), "title" => optional(title) }
}
/// `GetSchemaAndProcessconfigBatchllyResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSchemaAndProcessconfigBatchllyResponseBodyResult { "appUuid" =>
    read_field(app_uuid), "bizCategoryId" => read_field(biz_category_id), "createTime" =>
    read_field(create_time), "creatorUserId" => read_field(creator_user_id), "formUuid"
    => read_field(form_uuid), "managerList" => read_field(manager_list), "memo" =>
    read_field(memo), "name" => read_field(name), "processCode" =>
    read_field(process_code), "processConfig" => read_field(process_config), "processId"
    => read_field(process_id), "properties" => read_field(properties), "schemaContent" =>
    read_field(schema_content), "visibleScope" => read_field(visible_scope) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSchemaAndProcessconfigBatchllyResponseBodyResult { "appUuid" =>
    optional(app_uuid), "bizCategoryId" => optional(biz_category_id), "createTime" =>
    optional(create_time), "creatorUserId" => optional(creator_user_id), "formUuid" =>
    optional(form_uuid), "managerList" => optional(manager_list), "memo" =>
    optional(memo), "name" => optional(name), "processCode" => optional(process_code),
    "processConfig" => optional(process_config), "processId" => optional(process_id),
    "properties" => optional(properties), "schemaContent" => optional(schema_content),
    "visibleScope" => optional(visible_scope) }
}
/// `GetSpaceWithDownloadAuthResponseBodyResult`: the same model as [`GetAttachmentSpaceResponseBodyResult`].
pub type GetSpaceWithDownloadAuthResponseBodyResult = GetAttachmentSpaceResponseBodyResult;
/// `GrantProcessInstanceForDownloadFileResponseBodyResult`, a model several operations share: also named [`PremiumGrantProcessInstanceForDownloadFileResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GrantProcessInstanceForDownloadFileResponseBodyResult {
    /// `downloadUri`.
    pub download_uri: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
rt::impl_deserialize! {
    GrantProcessInstanceForDownloadFileResponseBodyResult { "downloadUri" =>
    read_field(download_uri), "fileId" => read_field(file_id), "spaceId" =>
    read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GrantProcessInstanceForDownloadFileResponseBodyResult { "downloadUri" =>
    optional(download_uri), "fileId" => optional(file_id), "spaceId" =>
    optional(space_id) }
}
/// `InsertOrUpdateDirResponseBodyResult`, a model several operations share: also named [`PremiumInsertOrUpdateDirResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InsertOrUpdateDirResponseBodyResult {
    /// `bizGroup`.
    pub biz_group: Option<String>,
    /// `dirId`.
    pub dir_id: Option<String>,
}
rt::impl_deserialize! {
    InsertOrUpdateDirResponseBodyResult { "bizGroup" => read_field(biz_group), "dirId" =>
    read_field(dir_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InsertOrUpdateDirResponseBodyResult { "bizGroup" => optional(biz_group), "dirId" =>
    optional(dir_id) }
}
/// `InstallAppResponseBodyResult`: the same model as [`CopyProcessResponseBodyResult`].
pub type InstallAppResponseBodyResult = CopyProcessResponseBodyResult;
/// `ListProcessInstanceIdsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListProcessInstanceIdsResponseBodyResult {
    /// `list`.
    pub list: Option<Vec<String>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListProcessInstanceIdsResponseBodyResult { "list" => read_field(list), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListProcessInstanceIdsResponseBodyResult { "list" => optional(list), "nextToken" =>
    optional(next_token) }
}
/// `ListTodoWorkRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTodoWorkRecordsResponseBodyResult {
    /// `list`.
    pub list: Option<Vec<ListTodoWorkRecordsResponseBodyResultList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    ListTodoWorkRecordsResponseBodyResult { "list" => read_field(list), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTodoWorkRecordsResponseBodyResult { "list" => optional(list), "nextToken" =>
    optional(next_token) }
}
/// `ListUserVisibleBpmsProcessesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserVisibleBpmsProcessesResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `processList`.
    pub process_list: Option<
        Vec<ListUserVisibleBpmsProcessesResponseBodyResultProcessList>,
    >,
}
rt::impl_deserialize! {
    ListUserVisibleBpmsProcessesResponseBodyResult { "nextToken" =>
    read_field(next_token), "processList" => read_field(process_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserVisibleBpmsProcessesResponseBodyResult { "nextToken" => optional(next_token),
    "processList" => optional(process_list) }
}
/// `PagesExportInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PagesExportInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PagesExportInstancesResponseBodyResultList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    PagesExportInstancesResponseBodyResult { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PagesExportInstancesResponseBodyResult { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token) }
}
/// `PremiumGetAttachmentSpaceResponseBodyResult`: the same model as [`GetAttachmentSpaceResponseBodyResult`].
pub type PremiumGetAttachmentSpaceResponseBodyResult = GetAttachmentSpaceResponseBodyResult;
/// `PremiumGetDoneTasksResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetDoneTasksResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumGetDoneTasksResponseBodyResultList>>,
}
rt::impl_deserialize! {
    PremiumGetDoneTasksResponseBodyResult { "hasMore" => read_field(has_more), "list" =>
    read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetDoneTasksResponseBodyResult { "hasMore" => optional(has_more), "list" =>
    optional(list) }
}
/// `PremiumGetFieldModifiedHistoryResponseBodyResult`: the same model as [`GetFieldModifiedHistoryResponseBodyResult`].
pub type PremiumGetFieldModifiedHistoryResponseBodyResult = GetFieldModifiedHistoryResponseBodyResult;
/// `PremiumGetFormInstanceResponseBodyFormInstDataList`, a model several operations share: also named [`QueryFormInstanceResponseBodyFormInstDataList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormInstanceResponseBodyFormInstDataList { "bizAlias" =>
    read_field(biz_alias), "componentType" => read_field(component_type), "extendValue"
    => read_field(extend_value), "key" => read_field(key), "label" => read_field(label),
    "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormInstanceResponseBodyFormInstDataList { "bizAlias" =>
    optional(biz_alias), "componentType" => optional(component_type), "extendValue" =>
    optional(extend_value), "key" => optional(key), "label" => optional(label), "value"
    => optional(value) }
}
/// `PremiumGetFormInstancesResponseBodyResult`, a model several operations share: also named [`QueryAllFormInstancesResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormInstancesResponseBodyResult { "hasMore" => read_field(has_more),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "values" => read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormInstancesResponseBodyResult { "hasMore" => optional(has_more),
    "maxResults" => optional(max_results), "nextToken" => optional(next_token), "values"
    => optional(values) }
}
/// `PremiumGetFormSchemaResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResult { "appType" => read_field(app_type),
    "creatorUserId" => read_field(creator_user_id), "formCode" => read_field(form_code),
    "gmtCreate" => read_field(gmt_create), "gmtModified" => read_field(gmt_modified),
    "icon" => read_field(icon), "memo" => read_field(memo), "name" => read_field(name),
    "schemaContent" => read_field(schema_content), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResult { "appType" => optional(app_type),
    "creatorUserId" => optional(creator_user_id), "formCode" => optional(form_code),
    "gmtCreate" => optional(gmt_create), "gmtModified" => optional(gmt_modified), "icon"
    => optional(icon), "memo" => optional(memo), "name" => optional(name),
    "schemaContent" => optional(schema_content), "status" => optional(status) }
}
/// `PremiumGetInstFieldSettingResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetInstFieldSettingResponseBodyResult {
    /// `componentType`.
    pub component_type: Option<String>,
    /// `fieldBehavior`.
    pub field_behavior: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
rt::impl_deserialize! {
    PremiumGetInstFieldSettingResponseBodyResult { "componentType" =>
    read_field(component_type), "fieldBehavior" => read_field(field_behavior), "fieldId"
    => read_field(field_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetInstFieldSettingResponseBodyResult { "componentType" =>
    optional(component_type), "fieldBehavior" => optional(field_behavior), "fieldId" =>
    optional(field_id) }
}
/// `PremiumGetNoticedInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetNoticedInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumGetNoticedInstancesResponseBodyResultList>>,
}
rt::impl_deserialize! {
    PremiumGetNoticedInstancesResponseBodyResult { "hasMore" => read_field(has_more),
    "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetNoticedInstancesResponseBodyResult { "hasMore" => optional(has_more),
    "list" => optional(list) }
}
/// `PremiumGetProcessInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetProcessInstancesResponseBodyResult { "hasMore" => read_field(has_more),
    "list" => read_field(list), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetProcessInstancesResponseBodyResult { "hasMore" => optional(has_more),
    "list" => optional(list), "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token) }
}
/// `PremiumGetSpaceWithDownloadAuthResponseBodyResult`: the same model as [`GetAttachmentSpaceResponseBodyResult`].
pub type PremiumGetSpaceWithDownloadAuthResponseBodyResult = GetAttachmentSpaceResponseBodyResult;
/// `PremiumGetSubmittedInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetSubmittedInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumGetSubmittedInstancesResponseBodyResultList>>,
}
rt::impl_deserialize! {
    PremiumGetSubmittedInstancesResponseBodyResult { "hasMore" => read_field(has_more),
    "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetSubmittedInstancesResponseBodyResult { "hasMore" => optional(has_more),
    "list" => optional(list) }
}
/// `PremiumGetTodoTasksResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetTodoTasksResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumGetTodoTasksResponseBodyResultList>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PremiumGetTodoTasksResponseBodyResult { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetTodoTasksResponseBodyResult { "hasMore" => optional(has_more), "list" =>
    optional(list), "success" => optional(success) }
}
/// `PremiumGrantProcessInstanceForDownloadFileResponseBodyResult`: the same model as [`GrantProcessInstanceForDownloadFileResponseBodyResult`].
pub type PremiumGrantProcessInstanceForDownloadFileResponseBodyResult = GrantProcessInstanceForDownloadFileResponseBodyResult;
/// `PremiumInsertOrUpdateDirResponseBodyResult`: the same model as [`InsertOrUpdateDirResponseBodyResult`].
pub type PremiumInsertOrUpdateDirResponseBodyResult = InsertOrUpdateDirResponseBodyResult;
/// `PremiumQuerySchemaAndProcessByCodeListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumQuerySchemaAndProcessByCodeListResponseBodyResult { "appUuid" =>
    read_field(app_uuid), "bizCategoryId" => read_field(biz_category_id), "createTime" =>
    read_field(create_time), "creatorUserId" => read_field(creator_user_id), "formUuid"
    => read_field(form_uuid), "icon" => read_field(icon), "memo" => read_field(memo),
    "modifierUserId" => read_field(modifier_user_id), "modifyTime" =>
    read_field(modify_time), "name" => read_field(name), "processCode" =>
    read_field(process_code), "processConfig" => read_field(process_config), "processId"
    => read_field(process_id), "schemaContent" => read_field(schema_content), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumQuerySchemaAndProcessByCodeListResponseBodyResult { "appUuid" =>
    optional(app_uuid), "bizCategoryId" => optional(biz_category_id), "createTime" =>
    optional(create_time), "creatorUserId" => optional(creator_user_id), "formUuid" =>
    optional(form_uuid), "icon" => optional(icon), "memo" => optional(memo),
    "modifierUserId" => optional(modifier_user_id), "modifyTime" =>
    optional(modify_time), "name" => optional(name), "processCode" =>
    optional(process_code), "processConfig" => optional(process_config), "processId" =>
    optional(process_id), "schemaContent" => optional(schema_content), "status" =>
    optional(status) }
}
/// `PremiumQueryTodoTasksByManagerResponseBodyResult`, a model several operations share: also named [`TodoTasksResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumQueryTodoTasksByManagerResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PremiumQueryTodoTasksByManagerResponseBodyResultList>>,
}
rt::impl_deserialize! {
    PremiumQueryTodoTasksByManagerResponseBodyResult { "hasMore" => read_field(has_more),
    "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumQueryTodoTasksByManagerResponseBodyResult { "hasMore" => optional(has_more),
    "list" => optional(list) }
}
/// `PremiumRedirectTasksByManagerResponseBodyResult`: the same model as [`BatchTasksRedirectResponseBodyResult`].
pub type PremiumRedirectTasksByManagerResponseBodyResult = BatchTasksRedirectResponseBodyResult;
/// `PremiumSaveFormResponseBodyResult`: the same model as [`FormCreateResponseBodyResult`].
pub type PremiumSaveFormResponseBodyResult = FormCreateResponseBodyResult;
/// `PremiumSaveFormInstanceRequestFormComponentValueListDetails`, a model several operations share: also named [`PremiumUpdateFormInstanceRequestFormComponentValueListDetails`], [`ProcessForecastRequestFormComponentValuesDetails`], [`StartProcessInstanceRequestFormComponentValuesDetails`].
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
rt::impl_serialize! {
    PremiumSaveFormInstanceRequestFormComponentValueListDetails { "bizAlias" =>
    optional(biz_alias), "details" => optional(details), "extValue" =>
    optional(ext_value), "id" => optional(id), "name" => optional(name), "value" =>
    optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveFormInstanceRequestFormComponentValueListDetails { "bizAlias" =>
    read_field(biz_alias), "details" => read_field(details), "extValue" =>
    read_field(ext_value), "id" => read_field(id), "name" => read_field(name), "value" =>
    read_field(value) }
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
rt::impl_serialize! {
    PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures { "callback" =>
    optional(callback), "mobileUrl" => optional(mobile_url), "name" => optional(name),
    "pcUrl" => optional(pc_url), "runType" => optional(run_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeatures { "callback" =>
    read_field(callback), "mobileUrl" => read_field(mobile_url), "name" =>
    read_field(name), "pcUrl" => read_field(pc_url), "runType" => read_field(run_type) }
}
/// `PremiumSaveIntegratedProcessResponseBodyResult`: the same model as [`FormCreateResponseBodyResult`].
pub type PremiumSaveIntegratedProcessResponseBodyResult = FormCreateResponseBodyResult;
/// `PremiumSaveIntegratedProcessInstanceRequestFeatureConfigFeatures`: the same model as [`CreateIntegratedTaskRequestFeatureConfigFeatures`].
pub type PremiumSaveIntegratedProcessInstanceRequestFeatureConfigFeatures = CreateIntegratedTaskRequestFeatureConfigFeatures;
/// `PremiumSaveIntegratedProcessInstanceResponseBodyResult`, a model several operations share: also named [`SaveIntegratedInstanceResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumSaveIntegratedProcessInstanceResponseBodyResult {
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
}
rt::impl_deserialize! {
    PremiumSaveIntegratedProcessInstanceResponseBodyResult { "processInstanceId" =>
    read_field(process_instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumSaveIntegratedProcessInstanceResponseBodyResult { "processInstanceId" =>
    optional(process_instance_id) }
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ProcessForecastResponseBodyResult { "isForecastSuccess" =>
    read_field(is_forecast_success), "isStaticWorkflow" =>
    read_field(is_static_workflow), "processCode" => read_field(process_code),
    "processId" => read_field(process_id), "userId" => read_field(user_id),
    "workflowActivityRules" => read_field(workflow_activity_rules),
    "workflowForecastNodes" => read_field(workflow_forecast_nodes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessForecastResponseBodyResult { "isForecastSuccess" =>
    optional(is_forecast_success), "isStaticWorkflow" => optional(is_static_workflow),
    "processCode" => optional(process_code), "processId" => optional(process_id),
    "userId" => optional(user_id), "workflowActivityRules" =>
    optional(workflow_activity_rules), "workflowForecastNodes" =>
    optional(workflow_forecast_nodes) }
}
/// `QueryAllFormInstancesResponseBodyResult`: the same model as [`PremiumGetFormInstancesResponseBodyResult`].
pub type QueryAllFormInstancesResponseBodyResult = PremiumGetFormInstancesResponseBodyResult;
/// `QueryAllProcessInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAllProcessInstancesResponseBodyResult { "hasMore" => read_field(has_more),
    "list" => read_field(list), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllProcessInstancesResponseBodyResult { "hasMore" => optional(has_more), "list"
    => optional(list), "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token) }
}
/// `QueryFormByBizTypeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryFormByBizTypeResponseBodyResult { "appType" => read_field(app_type), "appUuid"
    => read_field(app_uuid), "bizType" => read_field(biz_type), "content" =>
    read_field(content), "createTime" => read_field(create_time), "creator" =>
    read_field(creator), "formCode" => read_field(form_code), "formUuid" =>
    read_field(form_uuid), "memo" => read_field(memo), "modifedTime" =>
    read_field(modifed_time), "name" => read_field(name), "ownerId" =>
    read_field(owner_id), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryFormByBizTypeResponseBodyResult { "appType" => optional(app_type), "appUuid" =>
    optional(app_uuid), "bizType" => optional(biz_type), "content" => optional(content),
    "createTime" => optional(create_time), "creator" => optional(creator), "formCode" =>
    optional(form_code), "formUuid" => optional(form_uuid), "memo" => optional(memo),
    "modifedTime" => optional(modifed_time), "name" => optional(name), "ownerId" =>
    optional(owner_id), "status" => optional(status) }
}
/// `QueryFormInstanceResponseBodyFormInstDataList`: the same model as [`PremiumGetFormInstanceResponseBodyFormInstDataList`].
pub type QueryFormInstanceResponseBodyFormInstDataList = PremiumGetFormInstanceResponseBodyFormInstDataList;
/// `QueryIntegratedTodoTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryIntegratedTodoTaskResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryIntegratedTodoTaskResponseBodyResultList>>,
}
rt::impl_deserialize! {
    QueryIntegratedTodoTaskResponseBodyResult { "hasMore" => read_field(has_more), "list"
    => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryIntegratedTodoTaskResponseBodyResult { "hasMore" => optional(has_more), "list"
    => optional(list) }
}
/// `QueryProcessByBizCategoryIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryProcessByBizCategoryIdResponseBodyResult { "description" =>
    read_field(description), "name" => read_field(name), "processCode" =>
    read_field(process_code), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProcessByBizCategoryIdResponseBodyResult { "description" =>
    optional(description), "name" => optional(name), "processCode" =>
    optional(process_code), "status" => optional(status) }
}
/// `QuerySchemaAndProcessResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySchemaAndProcessResponseBodyResult { "appType" => read_field(app_type),
    "content" => read_field(content), "handSignEnable" => read_field(hand_sign_enable),
    "iconUrl" => read_field(icon_url), "name" => read_field(name), "processConfig" =>
    read_field(process_config) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySchemaAndProcessResponseBodyResult { "appType" => optional(app_type), "content"
    => optional(content), "handSignEnable" => optional(hand_sign_enable), "iconUrl" =>
    optional(icon_url), "name" => optional(name), "processConfig" =>
    optional(process_config) }
}
/// `QuerySchemaByProcessCodeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySchemaByProcessCodeResponseBodyResult { "appType" => read_field(app_type),
    "appUuid" => read_field(app_uuid), "bizType" => read_field(biz_type), "creatorUserId"
    => read_field(creator_user_id), "customSetting" => read_field(custom_setting),
    "engineType" => read_field(engine_type), "formCode" => read_field(form_code),
    "formUuid" => read_field(form_uuid), "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "icon" => read_field(icon), "listOrder" =>
    read_field(list_order), "memo" => read_field(memo), "name" => read_field(name),
    "ownerIdType" => read_field(owner_id_type), "procType" => read_field(proc_type),
    "schemaContent" => read_field(schema_content), "status" => read_field(status),
    "visibleRange" => read_field(visible_range) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySchemaByProcessCodeResponseBodyResult { "appType" => optional(app_type),
    "appUuid" => optional(app_uuid), "bizType" => optional(biz_type), "creatorUserId" =>
    optional(creator_user_id), "customSetting" => optional(custom_setting), "engineType"
    => optional(engine_type), "formCode" => optional(form_code), "formUuid" =>
    optional(form_uuid), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "icon" => optional(icon), "listOrder" =>
    optional(list_order), "memo" => optional(memo), "name" => optional(name),
    "ownerIdType" => optional(owner_id_type), "procType" => optional(proc_type),
    "schemaContent" => optional(schema_content), "status" => optional(status),
    "visibleRange" => optional(visible_range) }
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
/// `BatchTasksRedirectResponseBodyResultRedirectResults`, a model several operations share: also named [`PremiumRedirectTasksByManagerResponseBodyResultRedirectResults`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchTasksRedirectResponseBodyResultRedirectResults {
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `taskId`.
    pub task_id: Option<i64>,
}
rt::impl_deserialize! {
    BatchTasksRedirectResponseBodyResultRedirectResults { "errorMsg" =>
    read_field(error_msg), "success" => read_field(success), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchTasksRedirectResponseBodyResultRedirectResults { "errorMsg" =>
    optional(error_msg), "success" => optional(success), "taskId" => optional(task_id) }
}
/// `CreateIntegratedTaskRequestFeatureConfigFeaturesCallback`, a model several operations share: also named [`PremiumSaveIntegratedProcessRequestProcessFeatureConfigFeaturesCallback`], [`PremiumSaveIntegratedProcessInstanceRequestFeatureConfigFeaturesCallback`], [`PremiumSaveIntegratedTaskRequestFeatureConfigFeaturesCallback`], [`SaveIntegratedInstanceRequestFeatureConfigFeaturesCallback`], [`SaveProcessRequestProcessFeatureConfigFeaturesCallback`].
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
rt::impl_serialize! {
    CreateIntegratedTaskRequestFeatureConfigFeaturesCallback { "apiKey" =>
    optional(api_key), "appUuid" => optional(app_uuid), "version" => optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateIntegratedTaskRequestFeatureConfigFeaturesCallback { "apiKey" =>
    read_field(api_key), "appUuid" => read_field(app_uuid), "version" =>
    read_field(version) }
}
/// `AvaliableTemplate`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AvaliableTemplate {
    /// `name`.
    pub name: String,
    /// `processCode`.
    pub process_code: String,
}
/// The required fields of [`AvaliableTemplate`], each named where it is set: `AvaliableTemplate::new(AvaliableTemplateRequired { .. })`.
pub struct AvaliableTemplateRequired {
    /// `name`: see [`AvaliableTemplate::name`].
    pub name: String,
    /// `processCode`: see [`AvaliableTemplate::process_code`].
    pub process_code: String,
}
impl AvaliableTemplate {
    /// A `AvaliableTemplate` with its required fields (`name`, `processCode`); set the others with the methods named after them.
    pub fn new(required: AvaliableTemplateRequired) -> Self {
        let AvaliableTemplateRequired { name, process_code } = required;
        Self { name, process_code }
    }
}
rt::impl_serialize! {
    AvaliableTemplate { "name" => field(name), "processCode" => field(process_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AvaliableTemplate { "name" => read_field(name), "processCode" =>
    read_field(process_code) }
}
/// `FormDataSource`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FormDataSource {
    /// `target`.
    pub target: FormDataSourceTarget,
    /// `type`.
    pub r#type: Option<String>,
}
/// The required fields of [`FormDataSource`], each named where it is set: `FormDataSource::new(FormDataSourceRequired { .. })`.
pub struct FormDataSourceRequired {
    /// `target`: see [`FormDataSource::target`].
    pub target: FormDataSourceTarget,
}
impl FormDataSource {
    /// A `FormDataSource` with its required fields (`target`); set the others with the methods named after them.
    pub fn new(required: FormDataSourceRequired) -> Self {
        let FormDataSourceRequired { target } = required;
        Self { target, r#type: None }
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    FormDataSource { "target" => field(target), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FormDataSource { "target" => read_field(target), "type" => read_field(r#type) }
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
rt::impl_serialize! {
    SelectOption { "key" => optional(key), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SelectOption { "key" => read_field(key), "value" => read_field(value) }
}
/// `FormComponentPropsStatField`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FormComponentPropsStatField {
    /// `componentId`.
    pub component_id: String,
    /// `label`.
    pub label: String,
    /// `upper`.
    pub upper: Option<String>,
}
/// The required fields of [`FormComponentPropsStatField`], each named where it is set: `FormComponentPropsStatField::new(FormComponentPropsStatFieldRequired { .. })`.
pub struct FormComponentPropsStatFieldRequired {
    /// `componentId`: see [`FormComponentPropsStatField::component_id`].
    pub component_id: String,
    /// `label`: see [`FormComponentPropsStatField::label`].
    pub label: String,
}
impl FormComponentPropsStatField {
    /// A `FormComponentPropsStatField` with its required fields (`componentId`, `label`); set the others with the methods named after them.
    pub fn new(required: FormComponentPropsStatFieldRequired) -> Self {
        let FormComponentPropsStatFieldRequired { component_id, label } = required;
        Self {
            component_id,
            label,
            upper: None,
        }
    }
    /// Sets `upper`.
    pub fn upper(mut self, value: impl Into<String>) -> Self {
        self.upper = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    FormComponentPropsStatField { "componentId" => field(component_id), "label" =>
    field(label), "upper" => optional(upper) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FormComponentPropsStatField { "componentId" => read_field(component_id), "label" =>
    read_field(label), "upper" => read_field(upper) }
}
/// `GetProcessConfigResponseBodyResultCommentConf`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultCommentConf {
    /// `commentDescription`.
    pub comment_description: Option<String>,
    /// `commentHiddenForProposer`.
    pub comment_hidden_for_proposer: Option<bool>,
    /// `commentRequired`.
    pub comment_required: Option<bool>,
}
rt::impl_deserialize! {
    GetProcessConfigResponseBodyResultCommentConf { "commentDescription" =>
    read_field(comment_description), "commentHiddenForProposer" =>
    read_field(comment_hidden_for_proposer), "commentRequired" =>
    read_field(comment_required) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessConfigResponseBodyResultCommentConf { "commentDescription" =>
    optional(comment_description), "commentHiddenForProposer" =>
    optional(comment_hidden_for_proposer), "commentRequired" =>
    optional(comment_required) }
}
/// `GetProcessConfigResponseBodyResultHandSignConf`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultHandSignConf {
    /// `handSignEnable`.
    pub hand_sign_enable: Option<bool>,
    /// `resignEnable`.
    pub resign_enable: Option<bool>,
}
rt::impl_deserialize! {
    GetProcessConfigResponseBodyResultHandSignConf { "handSignEnable" =>
    read_field(hand_sign_enable), "resignEnable" => read_field(resign_enable) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessConfigResponseBodyResultHandSignConf { "handSignEnable" =>
    optional(hand_sign_enable), "resignEnable" => optional(resign_enable) }
}
/// `GetProcessConfigResponseBodyResultSubstituteSubmitConf`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultSubstituteSubmitConf {
    /// `enable`.
    pub enable: Option<bool>,
    /// `submitterList`.
    pub submitter_list: Option<
        Vec<GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList>,
    >,
}
rt::impl_deserialize! {
    GetProcessConfigResponseBodyResultSubstituteSubmitConf { "enable" =>
    read_field(enable), "submitterList" => read_field(submitter_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessConfigResponseBodyResultSubstituteSubmitConf { "enable" =>
    optional(enable), "submitterList" => optional(submitter_list) }
}
/// `GetProcessConfigResponseBodyResultTitleGenRule`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultTitleGenRule {
    /// `express`.
    pub express: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    GetProcessConfigResponseBodyResultTitleGenRule { "express" => read_field(express),
    "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessConfigResponseBodyResultTitleGenRule { "express" => optional(express),
    "type" => optional(r#type) }
}
/// `GetProcessConfigResponseBodyResultVisibility`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultVisibility {
    /// `type`.
    pub r#type: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetProcessConfigResponseBodyResultVisibility { "type" => read_field(r#type), "value"
    => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessConfigResponseBodyResultVisibility { "type" => optional(r#type), "value" =>
    optional(value) }
}
/// `GetProcessInstanceResponseBodyResultFormComponentValues`, a model several operations share: also named [`GetProcessInstanceWithExtraResponseBodyResultFormComponentValues`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProcessInstanceResponseBodyResultFormComponentValues { "bizAlias" =>
    read_field(biz_alias), "componentType" => read_field(component_type), "extValue" =>
    read_field(ext_value), "id" => read_field(id), "name" => read_field(name), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceResponseBodyResultFormComponentValues { "bizAlias" =>
    optional(biz_alias), "componentType" => optional(component_type), "extValue" =>
    optional(ext_value), "id" => optional(id), "name" => optional(name), "value" =>
    optional(value) }
}
/// `GetProcessInstanceResponseBodyResultOperationRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProcessInstanceResponseBodyResultOperationRecords { "activityId" =>
    read_field(activity_id), "attachments" => read_field(attachments), "ccUserIds" =>
    read_field(cc_user_ids), "date" => read_field(date), "images" => read_field(images),
    "remark" => read_field(remark), "result" => read_field(result), "showName" =>
    read_field(show_name), "type" => read_field(r#type), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceResponseBodyResultOperationRecords { "activityId" =>
    optional(activity_id), "attachments" => optional(attachments), "ccUserIds" =>
    optional(cc_user_ids), "date" => optional(date), "images" => optional(images),
    "remark" => optional(remark), "result" => optional(result), "showName" =>
    optional(show_name), "type" => optional(r#type), "userId" => optional(user_id) }
}
/// `GetProcessInstanceResponseBodyResultTasks`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProcessInstanceResponseBodyResultTasks { "activityId" => read_field(activity_id),
    "createTime" => read_field(create_time), "finishTime" => read_field(finish_time),
    "mobileUrl" => read_field(mobile_url), "pcUrl" => read_field(pc_url),
    "processInstanceId" => read_field(process_instance_id), "result" =>
    read_field(result), "status" => read_field(status), "taskGroupName" =>
    read_field(task_group_name), "taskId" => read_field(task_id), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceResponseBodyResultTasks { "activityId" => optional(activity_id),
    "createTime" => optional(create_time), "finishTime" => optional(finish_time),
    "mobileUrl" => optional(mobile_url), "pcUrl" => optional(pc_url), "processInstanceId"
    => optional(process_instance_id), "result" => optional(result), "status" =>
    optional(status), "taskGroupName" => optional(task_group_name), "taskId" =>
    optional(task_id), "userId" => optional(user_id) }
}
/// `GetProcessInstanceWithExtraResponseBodyResultFormComponentValues`: the same model as [`GetProcessInstanceResponseBodyResultFormComponentValues`].
pub type GetProcessInstanceWithExtraResponseBodyResultFormComponentValues = GetProcessInstanceResponseBodyResultFormComponentValues;
/// `GetProcessInstanceWithExtraResponseBodyResultOperationRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProcessInstanceWithExtraResponseBodyResultOperationRecords { "activityId" =>
    read_field(activity_id), "attachments" => read_field(attachments), "ccUserIds" =>
    read_field(cc_user_ids), "date" => read_field(date), "handSignToken" =>
    read_field(hand_sign_token), "images" => read_field(images), "remark" =>
    read_field(remark), "result" => read_field(result), "showName" =>
    read_field(show_name), "type" => read_field(r#type), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceWithExtraResponseBodyResultOperationRecords { "activityId" =>
    optional(activity_id), "attachments" => optional(attachments), "ccUserIds" =>
    optional(cc_user_ids), "date" => optional(date), "handSignToken" =>
    optional(hand_sign_token), "images" => optional(images), "remark" =>
    optional(remark), "result" => optional(result), "showName" => optional(show_name),
    "type" => optional(r#type), "userId" => optional(user_id) }
}
/// `GetProcessInstanceWithExtraResponseBodyResultTasks`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProcessInstanceWithExtraResponseBodyResultTasks { "activityId" =>
    read_field(activity_id), "createTime" => read_field(create_time), "finishTime" =>
    read_field(finish_time), "mobileUrl" => read_field(mobile_url), "pcUrl" =>
    read_field(pc_url), "processInstanceId" => read_field(process_instance_id), "result"
    => read_field(result), "status" => read_field(status), "taskId" =>
    read_field(task_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceWithExtraResponseBodyResultTasks { "activityId" =>
    optional(activity_id), "createTime" => optional(create_time), "finishTime" =>
    optional(finish_time), "mobileUrl" => optional(mobile_url), "pcUrl" =>
    optional(pc_url), "processInstanceId" => optional(process_instance_id), "result" =>
    optional(result), "status" => optional(status), "taskId" => optional(task_id),
    "userId" => optional(user_id) }
}
/// `ListTodoWorkRecordsResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListTodoWorkRecordsResponseBodyResultList { "forms" => read_field(forms),
    "instanceId" => read_field(instance_id), "taskId" => read_field(task_id), "title" =>
    read_field(title), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTodoWorkRecordsResponseBodyResultList { "forms" => optional(forms), "instanceId"
    => optional(instance_id), "taskId" => optional(task_id), "title" => optional(title),
    "url" => optional(url) }
}
/// `ListUserVisibleBpmsProcessesResponseBodyResultProcessList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListUserVisibleBpmsProcessesResponseBodyResultProcessList { "dirId" =>
    read_field(dir_id), "dirName" => read_field(dir_name), "iconUrl" =>
    read_field(icon_url), "name" => read_field(name), "processCode" =>
    read_field(process_code), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserVisibleBpmsProcessesResponseBodyResultProcessList { "dirId" =>
    optional(dir_id), "dirName" => optional(dir_name), "iconUrl" => optional(icon_url),
    "name" => optional(name), "processCode" => optional(process_code), "url" =>
    optional(url) }
}
/// `PagesExportInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PagesExportInstancesResponseBodyResultList { "attachedProcessInstanceIds" =>
    read_field(attached_process_instance_ids), "businessId" => read_field(business_id),
    "createTime" => read_field(create_time), "finishTime" => read_field(finish_time),
    "formComponentValues" => read_field(form_component_values), "mainProcessInstanceId"
    => read_field(main_process_instance_id), "operationRecords" =>
    read_field(operation_records), "originatorDeptId" => read_field(originator_dept_id),
    "originatorUserid" => read_field(originator_userid), "processInstanceId" =>
    read_field(process_instance_id), "result" => read_field(result), "status" =>
    read_field(status), "tasks" => read_field(tasks), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PagesExportInstancesResponseBodyResultList { "attachedProcessInstanceIds" =>
    optional(attached_process_instance_ids), "businessId" => optional(business_id),
    "createTime" => optional(create_time), "finishTime" => optional(finish_time),
    "formComponentValues" => optional(form_component_values), "mainProcessInstanceId" =>
    optional(main_process_instance_id), "operationRecords" =>
    optional(operation_records), "originatorDeptId" => optional(originator_dept_id),
    "originatorUserid" => optional(originator_userid), "processInstanceId" =>
    optional(process_instance_id), "result" => optional(result), "status" =>
    optional(status), "tasks" => optional(tasks), "title" => optional(title) }
}
/// `PremiumGetDoneTasksResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetDoneTasksResponseBodyResultList { "activityId" => read_field(activity_id),
    "formMassage" => read_field(form_massage), "originatorId" =>
    read_field(originator_id), "originatorName" => read_field(originator_name),
    "originatorPhoto" => read_field(originator_photo), "processCreateTime" =>
    read_field(process_create_time), "processEndTime" => read_field(process_end_time),
    "processInstanceId" => read_field(process_instance_id), "processType" =>
    read_field(process_type), "result" => read_field(result), "status" =>
    read_field(status), "taskId" => read_field(task_id), "title" => read_field(title),
    "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetDoneTasksResponseBodyResultList { "activityId" => optional(activity_id),
    "formMassage" => optional(form_massage), "originatorId" => optional(originator_id),
    "originatorName" => optional(originator_name), "originatorPhoto" =>
    optional(originator_photo), "processCreateTime" => optional(process_create_time),
    "processEndTime" => optional(process_end_time), "processInstanceId" =>
    optional(process_instance_id), "processType" => optional(process_type), "result" =>
    optional(result), "status" => optional(status), "taskId" => optional(task_id),
    "title" => optional(title), "url" => optional(url) }
}
/// `PremiumGetFormInstancesResponseBodyResultValues`, a model several operations share: also named [`QueryAllFormInstancesResponseBodyResultValues`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormInstancesResponseBodyResultValues { "appUuid" => read_field(app_uuid),
    "attributes" => read_field(attributes), "createTimestamp" =>
    read_field(create_timestamp), "creator" => read_field(creator), "formCode" =>
    read_field(form_code), "formInstDataList" => read_field(form_inst_data_list),
    "formInstanceId" => read_field(form_instance_id), "modifier" => read_field(modifier),
    "modifyTimestamp" => read_field(modify_timestamp), "outBizCode" =>
    read_field(out_biz_code), "outInstanceId" => read_field(out_instance_id), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormInstancesResponseBodyResultValues { "appUuid" => optional(app_uuid),
    "attributes" => optional(attributes), "createTimestamp" =>
    optional(create_timestamp), "creator" => optional(creator), "formCode" =>
    optional(form_code), "formInstDataList" => optional(form_inst_data_list),
    "formInstanceId" => optional(form_instance_id), "modifier" => optional(modifier),
    "modifyTimestamp" => optional(modify_timestamp), "outBizCode" =>
    optional(out_biz_code), "outInstanceId" => optional(out_instance_id), "title" =>
    optional(title) }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContent`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContent {
    /// `icon`.
    pub icon: Option<String>,
    /// `items`.
    pub items: Option<Vec<PremiumGetFormSchemaResponseBodyResultSchemaContentItems>>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContent { "icon" => read_field(icon),
    "items" => read_field(items), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContent { "icon" => optional(icon),
    "items" => optional(items), "title" => optional(title) }
}
/// `PremiumGetNoticedInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetNoticedInstancesResponseBodyResultList { "formMassage" =>
    read_field(form_massage), "originatorId" => read_field(originator_id),
    "originatorName" => read_field(originator_name), "originatorPhoto" =>
    read_field(originator_photo), "processCreateTime" => read_field(process_create_time),
    "processEndTime" => read_field(process_end_time), "processInstanceId" =>
    read_field(process_instance_id), "processType" => read_field(process_type), "result"
    => read_field(result), "status" => read_field(status), "title" => read_field(title),
    "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetNoticedInstancesResponseBodyResultList { "formMassage" =>
    optional(form_massage), "originatorId" => optional(originator_id), "originatorName"
    => optional(originator_name), "originatorPhoto" => optional(originator_photo),
    "processCreateTime" => optional(process_create_time), "processEndTime" =>
    optional(process_end_time), "processInstanceId" => optional(process_instance_id),
    "processType" => optional(process_type), "result" => optional(result), "status" =>
    optional(status), "title" => optional(title), "url" => optional(url) }
}
/// `PremiumGetProcessInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetProcessInstancesResponseBodyResultList { "attachedProcessInstanceIds" =>
    read_field(attached_process_instance_ids), "businessId" => read_field(business_id),
    "createTime" => read_field(create_time), "createTimeInMills" =>
    read_field(create_time_in_mills), "finishTime" => read_field(finish_time),
    "finishTimeInMills" => read_field(finish_time_in_mills), "formComponentValues" =>
    read_field(form_component_values), "mainProcessInstanceId" =>
    read_field(main_process_instance_id), "operationRecords" =>
    read_field(operation_records), "originatorDeptId" => read_field(originator_dept_id),
    "originatorUserid" => read_field(originator_userid), "processInstanceId" =>
    read_field(process_instance_id), "result" => read_field(result), "status" =>
    read_field(status), "tasks" => read_field(tasks), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetProcessInstancesResponseBodyResultList { "attachedProcessInstanceIds" =>
    optional(attached_process_instance_ids), "businessId" => optional(business_id),
    "createTime" => optional(create_time), "createTimeInMills" =>
    optional(create_time_in_mills), "finishTime" => optional(finish_time),
    "finishTimeInMills" => optional(finish_time_in_mills), "formComponentValues" =>
    optional(form_component_values), "mainProcessInstanceId" =>
    optional(main_process_instance_id), "operationRecords" =>
    optional(operation_records), "originatorDeptId" => optional(originator_dept_id),
    "originatorUserid" => optional(originator_userid), "processInstanceId" =>
    optional(process_instance_id), "result" => optional(result), "status" =>
    optional(status), "tasks" => optional(tasks), "title" => optional(title) }
}
/// `PremiumGetSubmittedInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetSubmittedInstancesResponseBodyResultList { "appType" =>
    read_field(app_type), "formMassage" => read_field(form_massage), "originatorId" =>
    read_field(originator_id), "originatorName" => read_field(originator_name),
    "originatorPhoto" => read_field(originator_photo), "processCreateTime" =>
    read_field(process_create_time), "processEndTime" => read_field(process_end_time),
    "processInstanceId" => read_field(process_instance_id), "processType" =>
    read_field(process_type), "result" => read_field(result), "status" =>
    read_field(status), "title" => read_field(title), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetSubmittedInstancesResponseBodyResultList { "appType" => optional(app_type),
    "formMassage" => optional(form_massage), "originatorId" => optional(originator_id),
    "originatorName" => optional(originator_name), "originatorPhoto" =>
    optional(originator_photo), "processCreateTime" => optional(process_create_time),
    "processEndTime" => optional(process_end_time), "processInstanceId" =>
    optional(process_instance_id), "processType" => optional(process_type), "result" =>
    optional(result), "status" => optional(status), "title" => optional(title), "url" =>
    optional(url) }
}
/// `PremiumGetTodoTasksResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetTodoTasksResponseBodyResultList { "activityId" => read_field(activity_id),
    "appType" => read_field(app_type), "formMassage" => read_field(form_massage),
    "originatorId" => read_field(originator_id), "originatorName" =>
    read_field(originator_name), "originatorPhoto" => read_field(originator_photo),
    "processCreateTime" => read_field(process_create_time), "processEndTime" =>
    read_field(process_end_time), "processInstanceId" => read_field(process_instance_id),
    "processType" => read_field(process_type), "status" => read_field(status), "taskId"
    => read_field(task_id), "title" => read_field(title), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetTodoTasksResponseBodyResultList { "activityId" => optional(activity_id),
    "appType" => optional(app_type), "formMassage" => optional(form_massage),
    "originatorId" => optional(originator_id), "originatorName" =>
    optional(originator_name), "originatorPhoto" => optional(originator_photo),
    "processCreateTime" => optional(process_create_time), "processEndTime" =>
    optional(process_end_time), "processInstanceId" => optional(process_instance_id),
    "processType" => optional(process_type), "status" => optional(status), "taskId" =>
    optional(task_id), "title" => optional(title), "url" => optional(url) }
}
/// `PremiumQueryTodoTasksByManagerResponseBodyResultList`, a model several operations share: also named [`TodoTasksResponseBodyResultList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumQueryTodoTasksByManagerResponseBodyResultList { "businessId" =>
    read_field(business_id), "canRedirect" => read_field(can_redirect), "createTime" =>
    read_field(create_time), "processCode" => read_field(process_code),
    "processInstanceId" => read_field(process_instance_id), "taskId" =>
    read_field(task_id), "title" => read_field(title), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumQueryTodoTasksByManagerResponseBodyResultList { "businessId" =>
    optional(business_id), "canRedirect" => optional(can_redirect), "createTime" =>
    optional(create_time), "processCode" => optional(process_code), "processInstanceId"
    => optional(process_instance_id), "taskId" => optional(task_id), "title" =>
    optional(title), "userId" => optional(user_id) }
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRules { "activityActioners" =>
    read_field(activity_actioners), "activityId" => read_field(activity_id),
    "activityName" => read_field(activity_name), "activityType" =>
    read_field(activity_type), "isTargetSelect" => read_field(is_target_select),
    "prevActivityId" => read_field(prev_activity_id), "workflowActor" =>
    read_field(workflow_actor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRules { "activityActioners" =>
    optional(activity_actioners), "activityId" => optional(activity_id), "activityName"
    => optional(activity_name), "activityType" => optional(activity_type),
    "isTargetSelect" => optional(is_target_select), "prevActivityId" =>
    optional(prev_activity_id), "workflowActor" => optional(workflow_actor) }
}
/// `ProcessForecastResponseBodyResultWorkflowForecastNodes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowForecastNodes {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `outId`.
    pub out_id: Option<String>,
}
rt::impl_deserialize! {
    ProcessForecastResponseBodyResultWorkflowForecastNodes { "activityId" =>
    read_field(activity_id), "outId" => read_field(out_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessForecastResponseBodyResultWorkflowForecastNodes { "activityId" =>
    optional(activity_id), "outId" => optional(out_id) }
}
/// `QueryAllFormInstancesResponseBodyResultValues`: the same model as [`PremiumGetFormInstancesResponseBodyResultValues`].
pub type QueryAllFormInstancesResponseBodyResultValues = PremiumGetFormInstancesResponseBodyResultValues;
/// `QueryAllProcessInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAllProcessInstancesResponseBodyResultList { "attachedProcessInstanceIds" =>
    read_field(attached_process_instance_ids), "businessId" => read_field(business_id),
    "createTime" => read_field(create_time), "finishTime" => read_field(finish_time),
    "formComponentValues" => read_field(form_component_values), "mainProcessInstanceId"
    => read_field(main_process_instance_id), "operationRecords" =>
    read_field(operation_records), "originatorDeptId" => read_field(originator_dept_id),
    "originatorUserid" => read_field(originator_userid), "processInstanceId" =>
    read_field(process_instance_id), "result" => read_field(result), "status" =>
    read_field(status), "tasks" => read_field(tasks), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllProcessInstancesResponseBodyResultList { "attachedProcessInstanceIds" =>
    optional(attached_process_instance_ids), "businessId" => optional(business_id),
    "createTime" => optional(create_time), "finishTime" => optional(finish_time),
    "formComponentValues" => optional(form_component_values), "mainProcessInstanceId" =>
    optional(main_process_instance_id), "operationRecords" =>
    optional(operation_records), "originatorDeptId" => optional(originator_dept_id),
    "originatorUserid" => optional(originator_userid), "processInstanceId" =>
    optional(process_instance_id), "result" => optional(result), "status" =>
    optional(status), "tasks" => optional(tasks), "title" => optional(title) }
}
/// `QueryIntegratedTodoTaskResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryIntegratedTodoTaskResponseBodyResultList { "activityId" =>
    read_field(activity_id), "createTime" => read_field(create_time), "finishTime" =>
    read_field(finish_time), "processInstanceId" => read_field(process_instance_id),
    "result" => read_field(result), "status" => read_field(status), "taskId" =>
    read_field(task_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryIntegratedTodoTaskResponseBodyResultList { "activityId" =>
    optional(activity_id), "createTime" => optional(create_time), "finishTime" =>
    optional(finish_time), "processInstanceId" => optional(process_instance_id), "result"
    => optional(result), "status" => optional(status), "taskId" => optional(task_id),
    "userId" => optional(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`FormDataSourceTarget`], each named where it is set: `FormDataSourceTarget::new(FormDataSourceTargetRequired { .. })`.
pub struct FormDataSourceTargetRequired {
    /// `appType`: see [`FormDataSourceTarget::app_type`].
    pub app_type: i64,
    /// `formCode`: see [`FormDataSourceTarget::form_code`].
    pub form_code: String,
}
impl FormDataSourceTarget {
    /// A `FormDataSourceTarget` with its required fields (`appType`, `formCode`); set the others with the methods named after them.
    pub fn new(required: FormDataSourceTargetRequired) -> Self {
        let FormDataSourceTargetRequired { app_type, form_code } = required;
        Self {
            app_type,
            app_uuid: None,
            biz_type: None,
            form_code,
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
rt::impl_serialize! {
    FormDataSourceTarget { "appType" => field(app_type), "appUuid" => optional(app_uuid),
    "bizType" => optional(biz_type), "formCode" => field(form_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FormDataSourceTarget { "appType" => read_field(app_type), "appUuid" =>
    read_field(app_uuid), "bizType" => read_field(biz_type), "formCode" =>
    read_field(form_code) }
}
/// `GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList {
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList { "name" =>
    read_field(name), "type" => read_field(r#type), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessConfigResponseBodyResultSubstituteSubmitConfSubmitterList { "name" =>
    optional(name), "type" => optional(r#type), "value" => optional(value) }
}
/// `GetProcessInstanceResponseBodyResultOperationRecordsAttachments`, a model several operations share: also named [`GetProcessInstanceWithExtraResponseBodyResultOperationRecordsAttachments`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProcessInstanceResponseBodyResultOperationRecordsAttachments { "fileId" =>
    read_field(file_id), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "spaceId" =>
    read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessInstanceResponseBodyResultOperationRecordsAttachments { "fileId" =>
    optional(file_id), "fileName" => optional(file_name), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "spaceId" =>
    optional(space_id) }
}
/// `GetProcessInstanceWithExtraResponseBodyResultOperationRecordsAttachments`: the same model as [`GetProcessInstanceResponseBodyResultOperationRecordsAttachments`].
pub type GetProcessInstanceWithExtraResponseBodyResultOperationRecordsAttachments = GetProcessInstanceResponseBodyResultOperationRecordsAttachments;
/// `ListTodoWorkRecordsResponseBodyResultListForms`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTodoWorkRecordsResponseBodyResultListForms {
    /// `content`.
    pub content: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    ListTodoWorkRecordsResponseBodyResultListForms { "content" => read_field(content),
    "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTodoWorkRecordsResponseBodyResultListForms { "content" => optional(content),
    "title" => optional(title) }
}
/// `PagesExportInstancesResponseBodyResultListFormComponentValues`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PagesExportInstancesResponseBodyResultListFormComponentValues { "componentName" =>
    read_field(component_name), "extValue" => read_field(ext_value), "id" =>
    read_field(id), "name" => read_field(name), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PagesExportInstancesResponseBodyResultListFormComponentValues { "componentName" =>
    optional(component_name), "extValue" => optional(ext_value), "id" => optional(id),
    "name" => optional(name), "value" => optional(value) }
}
/// `PagesExportInstancesResponseBodyResultListOperationRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PagesExportInstancesResponseBodyResultListOperationRecords { "activityId" =>
    read_field(activity_id), "attachments" => read_field(attachments), "images" =>
    read_field(images), "operationType" => read_field(operation_type), "remark" =>
    read_field(remark), "result" => read_field(result), "taskId" => read_field(task_id),
    "timestamp" => read_field(timestamp), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PagesExportInstancesResponseBodyResultListOperationRecords { "activityId" =>
    optional(activity_id), "attachments" => optional(attachments), "images" =>
    optional(images), "operationType" => optional(operation_type), "remark" =>
    optional(remark), "result" => optional(result), "taskId" => optional(task_id),
    "timestamp" => optional(timestamp), "userId" => optional(user_id) }
}
/// `PagesExportInstancesResponseBodyResultListTasks`, a model several operations share: also named [`PremiumGetProcessInstancesResponseBodyResultListTasks`], [`QueryAllProcessInstancesResponseBodyResultListTasks`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PagesExportInstancesResponseBodyResultListTasks { "activityId" =>
    read_field(activity_id), "createTimestamp" => read_field(create_timestamp),
    "finishTimestamp" => read_field(finish_timestamp), "result" => read_field(result),
    "status" => read_field(status), "taskId" => read_field(task_id), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PagesExportInstancesResponseBodyResultListTasks { "activityId" =>
    optional(activity_id), "createTimestamp" => optional(create_timestamp),
    "finishTimestamp" => optional(finish_timestamp), "result" => optional(result),
    "status" => optional(status), "taskId" => optional(task_id), "userId" =>
    optional(user_id) }
}
/// `PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList`, a model several operations share: also named [`QueryAllFormInstancesResponseBodyResultValuesFormInstDataList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList { "bizAlias" =>
    read_field(biz_alias), "componentType" => read_field(component_type), "extendValue"
    => read_field(extend_value), "key" => read_field(key), "label" => read_field(label),
    "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormInstancesResponseBodyResultValuesFormInstDataList { "bizAlias" =>
    optional(biz_alias), "componentType" => optional(component_type), "extendValue" =>
    optional(extend_value), "key" => optional(key), "label" => optional(label), "value"
    => optional(value) }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItems`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContentItems`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItems { "children" =>
    read_field(children), "componentName" => read_field(component_name), "props" =>
    read_field(props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItems { "children" =>
    optional(children), "componentName" => optional(component_name), "props" =>
    optional(props) }
}
/// `PremiumGetProcessInstancesResponseBodyResultListFormComponentValues`, a model several operations share: also named [`QueryAllProcessInstancesResponseBodyResultListFormComponentValues`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetProcessInstancesResponseBodyResultListFormComponentValues { "extValue" =>
    read_field(ext_value), "id" => read_field(id), "name" => read_field(name), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetProcessInstancesResponseBodyResultListFormComponentValues { "extValue" =>
    optional(ext_value), "id" => optional(id), "name" => optional(name), "value" =>
    optional(value) }
}
/// `PremiumGetProcessInstancesResponseBodyResultListOperationRecords`, a model several operations share: also named [`QueryAllProcessInstancesResponseBodyResultListOperationRecords`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetProcessInstancesResponseBodyResultListOperationRecords { "attachments" =>
    read_field(attachments), "operationType" => read_field(operation_type), "remark" =>
    read_field(remark), "result" => read_field(result), "timestamp" =>
    read_field(timestamp), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetProcessInstancesResponseBodyResultListOperationRecords { "attachments" =>
    optional(attachments), "operationType" => optional(operation_type), "remark" =>
    optional(remark), "result" => optional(result), "timestamp" => optional(timestamp),
    "userId" => optional(user_id) }
}
/// `PremiumGetProcessInstancesResponseBodyResultListTasks`: the same model as [`PagesExportInstancesResponseBodyResultListTasks`].
pub type PremiumGetProcessInstancesResponseBodyResultListTasks = PagesExportInstancesResponseBodyResultListTasks;
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners { "avatar" =>
    read_field(avatar), "name" => read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesActivityActioners { "avatar" =>
    optional(avatar), "name" => optional(name), "userId" => optional(user_id) }
}
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActor`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActor {
    "actorActivateType" => read_field(actor_activate_type), "actorKey" =>
    read_field(actor_key), "actorSelectionRange" => read_field(actor_selection_range),
    "actorSelectionType" => read_field(actor_selection_type), "actorType" =>
    read_field(actor_type), "allowedMulti" => read_field(allowed_multi), "approvalMethod"
    => read_field(approval_method), "approvalType" => read_field(approval_type),
    "required" => read_field(required) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActor {
    "actorActivateType" => optional(actor_activate_type), "actorKey" =>
    optional(actor_key), "actorSelectionRange" => optional(actor_selection_range),
    "actorSelectionType" => optional(actor_selection_type), "actorType" =>
    optional(actor_type), "allowedMulti" => optional(allowed_multi), "approvalMethod" =>
    optional(approval_method), "approvalType" => optional(approval_type), "required" =>
    optional(required) }
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
/// `PagesExportInstancesResponseBodyResultListOperationRecordsAttachments`, a model several operations share: also named [`PremiumGetProcessInstancesResponseBodyResultListOperationRecordsAttachments`], [`QueryAllProcessInstancesResponseBodyResultListOperationRecordsAttachments`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PagesExportInstancesResponseBodyResultListOperationRecordsAttachments { "fileId" =>
    read_field(file_id), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PagesExportInstancesResponseBodyResultListOperationRecordsAttachments { "fileId" =>
    optional(file_id), "fileName" => optional(file_name), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type) }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsChildren`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `props`.
    pub props: Option<
        PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps,
    >,
}
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren { "componentName" =>
    read_field(component_name), "props" => read_field(props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren { "componentName" =>
    optional(component_name), "props" => optional(props) }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsProps`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps { "actionName" =>
    read_field(action_name), "align" => read_field(align), "appId" => read_field(app_id),
    "asyncCondition" => read_field(async_condition), "attendTypeLabel" =>
    read_field(attend_type_label), "behaviorLinkage" => read_field(behavior_linkage),
    "bizAlias" => read_field(biz_alias), "bizType" => read_field(biz_type),
    "childFieldVisible" => read_field(child_field_visible), "choice" =>
    read_field(choice), "commonBizType" => read_field(common_biz_type), "disabled" =>
    read_field(disabled), "duration" => read_field(duration), "durationLabel" =>
    read_field(duration_label), "eSign" => read_field(e_sign), "extract" =>
    read_field(extract), "fieldsInfo" => read_field(fields_info), "format" =>
    read_field(format), "formula" => read_field(formula), "hidden" => read_field(hidden),
    "hiddenInApprovalDetail" => read_field(hidden_in_approval_detail), "hideLabel" =>
    read_field(hide_label), "holidayOptions" => read_field(holiday_options), "id" =>
    read_field(id), "label" => read_field(label), "labelEditableFreeze" =>
    read_field(label_editable_freeze), "link" => read_field(link), "mainTitle" =>
    read_field(main_title), "notPrint" => read_field(not_print), "notUpper" =>
    read_field(not_upper), "objOptions" => read_field(obj_options), "options" =>
    read_field(options), "payEnable" => read_field(pay_enable), "placeholder" =>
    read_field(placeholder), "push" => read_field(push), "pushToAttendance" =>
    read_field(push_to_attendance), "pushToCalendar" => read_field(push_to_calendar),
    "required" => read_field(required), "requiredEditableFreeze" =>
    read_field(required_editable_freeze), "showAttendOptions" =>
    read_field(show_attend_options), "staffStatusEnabled" =>
    read_field(staff_status_enabled), "statField" => read_field(stat_field),
    "tableViewMode" => read_field(table_view_mode), "unit" => read_field(unit),
    "useCalendar" => read_field(use_calendar), "verticalPrint" =>
    read_field(vertical_print) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps { "actionName" =>
    optional(action_name), "align" => optional(align), "appId" => optional(app_id),
    "asyncCondition" => optional(async_condition), "attendTypeLabel" =>
    optional(attend_type_label), "behaviorLinkage" => optional(behavior_linkage),
    "bizAlias" => optional(biz_alias), "bizType" => optional(biz_type),
    "childFieldVisible" => optional(child_field_visible), "choice" => optional(choice),
    "commonBizType" => optional(common_biz_type), "disabled" => optional(disabled),
    "duration" => optional(duration), "durationLabel" => optional(duration_label),
    "eSign" => optional(e_sign), "extract" => optional(extract), "fieldsInfo" =>
    optional(fields_info), "format" => optional(format), "formula" => optional(formula),
    "hidden" => optional(hidden), "hiddenInApprovalDetail" =>
    optional(hidden_in_approval_detail), "hideLabel" => optional(hide_label),
    "holidayOptions" => optional(holiday_options), "id" => optional(id), "label" =>
    optional(label), "labelEditableFreeze" => optional(label_editable_freeze), "link" =>
    optional(link), "mainTitle" => optional(main_title), "notPrint" =>
    optional(not_print), "notUpper" => optional(not_upper), "objOptions" =>
    optional(obj_options), "options" => optional(options), "payEnable" =>
    optional(pay_enable), "placeholder" => optional(placeholder), "push" =>
    optional(push), "pushToAttendance" => optional(push_to_attendance), "pushToCalendar"
    => optional(push_to_calendar), "required" => optional(required),
    "requiredEditableFreeze" => optional(required_editable_freeze), "showAttendOptions"
    => optional(show_attend_options), "staffStatusEnabled" =>
    optional(staff_status_enabled), "statField" => optional(stat_field), "tableViewMode"
    => optional(table_view_mode), "unit" => optional(unit), "useCalendar" =>
    optional(use_calendar), "verticalPrint" => optional(vertical_print) }
}
/// `PremiumGetProcessInstancesResponseBodyResultListOperationRecordsAttachments`: the same model as [`PagesExportInstancesResponseBodyResultListOperationRecordsAttachments`].
pub type PremiumGetProcessInstancesResponseBodyResultListOperationRecordsAttachments = PagesExportInstancesResponseBodyResultListOperationRecordsAttachments;
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRange`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRange
    { "approvals" => read_field(approvals), "labels" => read_field(labels) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRange
    { "approvals" => optional(approvals), "labels" => optional(labels) }
}
/// `QueryAllProcessInstancesResponseBodyResultListOperationRecordsAttachments`: the same model as [`PagesExportInstancesResponseBodyResultListOperationRecordsAttachments`].
pub type QueryAllProcessInstancesResponseBodyResultListOperationRecordsAttachments = PagesExportInstancesResponseBodyResultListOperationRecordsAttachments;
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsChildren`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsChildren = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildren;
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsProps`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsProps = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsProps;
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsChildrenProps`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps { "bizAlias" =>
    read_field(biz_alias), "id" => read_field(id), "label" => read_field(label),
    "options" => read_field(options), "required" => read_field(required) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsChildrenProps { "bizAlias" =>
    optional(biz_alias), "id" => optional(id), "label" => optional(label), "options" =>
    optional(options), "required" => optional(required) }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsBehaviorLinkage`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage {
    "targets" => read_field(targets), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkage {
    "targets" => optional(targets), "value" => optional(value) }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsObjOptions`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions {
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions { "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsObjOptions { "value" =>
    optional(value) }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsPush`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush {
    /// `attendanceRule`.
    pub attendance_rule: Option<i64>,
    /// `pushSwitch`.
    pub push_switch: Option<i64>,
    /// `pushTag`.
    pub push_tag: Option<String>,
}
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush { "attendanceRule"
    => read_field(attendance_rule), "pushSwitch" => read_field(push_switch), "pushTag" =>
    read_field(push_tag) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsPush { "attendanceRule"
    => optional(attendance_rule), "pushSwitch" => optional(push_switch), "pushTag" =>
    optional(push_tag) }
}
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsStatField`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField { "id" =>
    read_field(id), "label" => read_field(label), "unit" => read_field(unit), "upper" =>
    read_field(upper) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsStatField { "id" =>
    optional(id), "label" => optional(label), "unit" => optional(unit), "upper" =>
    optional(upper) }
}
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals {
    /// `userName`.
    pub user_name: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
rt::impl_deserialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals
    { "userName" => read_field(user_name), "workNo" => read_field(work_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeApprovals
    { "userName" => optional(user_name), "workNo" => optional(work_no) }
}
/// `ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels {
    /// `labelNames`.
    pub label_names: Option<String>,
    /// `labels`.
    pub labels: Option<String>,
}
rt::impl_deserialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels
    { "labelNames" => read_field(label_names), "labels" => read_field(labels) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessForecastResponseBodyResultWorkflowActivityRulesWorkflowActorActorSelectionRangeLabels
    { "labelNames" => optional(label_names), "labels" => optional(labels) }
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
/// `PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets`, a model several operations share: also named [`QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets {
    /// `behavior`.
    pub behavior: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
rt::impl_deserialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets {
    "behavior" => read_field(behavior), "fieldId" => read_field(field_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets {
    "behavior" => optional(behavior), "fieldId" => optional(field_id) }
}
/// `QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets`: the same model as [`PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets`].
pub type QuerySchemaByProcessCodeResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets = PremiumGetFormSchemaResponseBodyResultSchemaContentItemsPropsBehaviorLinkageTargets;
/// The request of [`Api::add_approve_dentry_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddApproveDentryAuthRequest {
    /// `fileInfos`.
    pub file_infos: Vec<AddApproveDentryAuthRequestFileInfos>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`AddApproveDentryAuthRequest`], each named where it is set: `AddApproveDentryAuthRequest::new(AddApproveDentryAuthRequired { .. })`.
pub struct AddApproveDentryAuthRequired {
    /// `fileInfos`: see [`AddApproveDentryAuthRequest::file_infos`].
    pub file_infos: Vec<AddApproveDentryAuthRequestFileInfos>,
    /// `userId`: see [`AddApproveDentryAuthRequest::user_id`].
    pub user_id: String,
}
impl AddApproveDentryAuthRequest {
    /// A `AddApproveDentryAuthRequest` with its required fields (`fileInfos`, `userId`); set the others with the methods named after them.
    pub fn new(required: AddApproveDentryAuthRequired) -> Self {
        let AddApproveDentryAuthRequired { file_infos, user_id } = required;
        Self { file_infos, user_id }
    }
}
rt::impl_serialize! {
    AddApproveDentryAuthRequest { "fileInfos" => field(file_infos), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddApproveDentryAuthRequest { "fileInfos" => read_field(file_infos), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for AddApproveDentryAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_process_instance_comment`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddProcessInstanceCommentRequest`], each named where it is set: `AddProcessInstanceCommentRequest::new(AddProcessInstanceCommentRequired { .. })`.
pub struct AddProcessInstanceCommentRequired {
    /// `commentUserId`: see [`AddProcessInstanceCommentRequest::comment_user_id`].
    pub comment_user_id: String,
    /// `processInstanceId`: see [`AddProcessInstanceCommentRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `text`: see [`AddProcessInstanceCommentRequest::text`].
    pub text: String,
}
impl AddProcessInstanceCommentRequest {
    /// A `AddProcessInstanceCommentRequest` with its required fields (`commentUserId`, `processInstanceId`, `text`); set the others with the methods named after them.
    pub fn new(required: AddProcessInstanceCommentRequired) -> Self {
        let AddProcessInstanceCommentRequired {
            comment_user_id,
            process_instance_id,
            text,
        } = required;
        Self {
            comment_user_id,
            file: None,
            process_instance_id,
            text,
        }
    }
    /// Sets `file`.
    pub fn file(mut self, value: AddProcessInstanceCommentRequestFile) -> Self {
        self.file = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddProcessInstanceCommentRequest { "commentUserId" => field(comment_user_id), "file"
    => optional(file), "processInstanceId" => field(process_instance_id), "text" =>
    field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddProcessInstanceCommentRequest { "commentUserId" => read_field(comment_user_id),
    "file" => read_field(file), "processInstanceId" => read_field(process_instance_id),
    "text" => read_field(text) }
}
impl rt::WriteRequest for AddProcessInstanceCommentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::archive_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ArchiveProcessInstanceRequest {
    /// `opUserId`.
    pub op_user_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
/// The required fields of [`ArchiveProcessInstanceRequest`], each named where it is set: `ArchiveProcessInstanceRequest::new(ArchiveProcessInstanceRequired { .. })`.
pub struct ArchiveProcessInstanceRequired {
    /// `opUserId`: see [`ArchiveProcessInstanceRequest::op_user_id`].
    pub op_user_id: String,
    /// `processInstanceId`: see [`ArchiveProcessInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl ArchiveProcessInstanceRequest {
    /// A `ArchiveProcessInstanceRequest` with its required fields (`opUserId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(required: ArchiveProcessInstanceRequired) -> Self {
        let ArchiveProcessInstanceRequired { op_user_id, process_instance_id } = required;
        Self {
            op_user_id,
            process_instance_id,
        }
    }
}
rt::impl_serialize! {
    ArchiveProcessInstanceRequest { "opUserId" => field(op_user_id), "processInstanceId"
    => field(process_instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ArchiveProcessInstanceRequest { "opUserId" => read_field(op_user_id),
    "processInstanceId" => read_field(process_instance_id) }
}
impl rt::WriteRequest for ArchiveProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_execute_process_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchExecuteProcessInstancesRequest`], each named where it is set: `BatchExecuteProcessInstancesRequest::new(BatchExecuteProcessInstancesRequired { .. })`.
pub struct BatchExecuteProcessInstancesRequired {
    /// `actionerUserId`: see [`BatchExecuteProcessInstancesRequest::actioner_user_id`].
    pub actioner_user_id: String,
    /// `result`: see [`BatchExecuteProcessInstancesRequest::result`].
    pub result: String,
    /// `taskInfoList`: see [`BatchExecuteProcessInstancesRequest::task_info_list`].
    pub task_info_list: Vec<BatchExecuteProcessInstancesRequestTaskInfoList>,
}
impl BatchExecuteProcessInstancesRequest {
    /// A `BatchExecuteProcessInstancesRequest` with its required fields (`actionerUserId`, `result`, `taskInfoList`); set the others with the methods named after them.
    pub fn new(required: BatchExecuteProcessInstancesRequired) -> Self {
        let BatchExecuteProcessInstancesRequired {
            actioner_user_id,
            result,
            task_info_list,
        } = required;
        Self {
            actioner_user_id,
            remark: None,
            result,
            task_info_list,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchExecuteProcessInstancesRequest { "actionerUserId" => field(actioner_user_id),
    "remark" => optional(remark), "result" => field(result), "taskInfoList" =>
    field(task_info_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchExecuteProcessInstancesRequest { "actionerUserId" =>
    read_field(actioner_user_id), "remark" => read_field(remark), "result" =>
    read_field(result), "taskInfoList" => read_field(task_info_list) }
}
impl rt::WriteRequest for BatchExecuteProcessInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_tasks_redirect`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchTasksRedirectRequest`], each named where it is set: `BatchTasksRedirectRequest::new(BatchTasksRedirectRequired { .. })`.
pub struct BatchTasksRedirectRequired {
    /// `handoverUserId`: see [`BatchTasksRedirectRequest::handover_user_id`].
    pub handover_user_id: String,
    /// `managerUserId`: see [`BatchTasksRedirectRequest::manager_user_id`].
    pub manager_user_id: String,
    /// `taskIds`: see [`BatchTasksRedirectRequest::task_ids`].
    pub task_ids: Vec<i64>,
    /// `transfereeUserId`: see [`BatchTasksRedirectRequest::transferee_user_id`].
    pub transferee_user_id: String,
}
impl BatchTasksRedirectRequest {
    /// A `BatchTasksRedirectRequest` with its required fields (`handoverUserId`, `managerUserId`, `taskIds`, `transfereeUserId`); set the others with the methods named after them.
    pub fn new(required: BatchTasksRedirectRequired) -> Self {
        let BatchTasksRedirectRequired {
            handover_user_id,
            manager_user_id,
            task_ids,
            transferee_user_id,
        } = required;
        Self {
            handover_user_id,
            manager_user_id,
            task_ids,
            transferee_user_id,
        }
    }
}
rt::impl_serialize! {
    BatchTasksRedirectRequest { "handoverUserId" => field(handover_user_id),
    "managerUserId" => field(manager_user_id), "taskIds" => field(task_ids),
    "transfereeUserId" => field(transferee_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchTasksRedirectRequest { "handoverUserId" => read_field(handover_user_id),
    "managerUserId" => read_field(manager_user_id), "taskIds" => read_field(task_ids),
    "transfereeUserId" => read_field(transferee_user_id) }
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
rt::impl_serialize! {
    BatchUpdateProcessInstanceRequest { "updateProcessInstanceRequests" =>
    optional(update_process_instance_requests) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateProcessInstanceRequest { "updateProcessInstanceRequests" =>
    read_field(update_process_instance_requests) }
}
impl rt::WriteRequest for BatchUpdateProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_integrated_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CancelIntegratedTaskRequest {
    /// `activityId`.
    pub activity_id: String,
    /// `activityIds`.
    pub activity_ids: Option<Vec<String>>,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
/// The required fields of [`CancelIntegratedTaskRequest`], each named where it is set: `CancelIntegratedTaskRequest::new(CancelIntegratedTaskRequired { .. })`.
pub struct CancelIntegratedTaskRequired {
    /// `activityId`: see [`CancelIntegratedTaskRequest::activity_id`].
    pub activity_id: String,
    /// `processInstanceId`: see [`CancelIntegratedTaskRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl CancelIntegratedTaskRequest {
    /// A `CancelIntegratedTaskRequest` with its required fields (`activityId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(required: CancelIntegratedTaskRequired) -> Self {
        let CancelIntegratedTaskRequired { activity_id, process_instance_id } = required;
        Self {
            activity_id,
            activity_ids: None,
            process_instance_id,
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
rt::impl_serialize! {
    CancelIntegratedTaskRequest { "activityId" => field(activity_id), "activityIds" =>
    optional(activity_ids), "processInstanceId" => field(process_instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelIntegratedTaskRequest { "activityId" => read_field(activity_id), "activityIds"
    => read_field(activity_ids), "processInstanceId" => read_field(process_instance_id) }
}
impl rt::WriteRequest for CancelIntegratedTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::clean_process_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CleanProcessDataRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `processCode`.
    pub process_code: String,
}
/// The required fields of [`CleanProcessDataRequest`], each named where it is set: `CleanProcessDataRequest::new(CleanProcessDataRequired { .. })`.
pub struct CleanProcessDataRequired {
    /// `corpId`: see [`CleanProcessDataRequest::corp_id`].
    pub corp_id: String,
    /// `processCode`: see [`CleanProcessDataRequest::process_code`].
    pub process_code: String,
}
impl CleanProcessDataRequest {
    /// A `CleanProcessDataRequest` with its required fields (`corpId`, `processCode`); set the others with the methods named after them.
    pub fn new(required: CleanProcessDataRequired) -> Self {
        let CleanProcessDataRequired { corp_id, process_code } = required;
        Self { corp_id, process_code }
    }
}
rt::impl_serialize! {
    CleanProcessDataRequest { "corpId" => field(corp_id), "processCode" =>
    field(process_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CleanProcessDataRequest { "corpId" => read_field(corp_id), "processCode" =>
    read_field(process_code) }
}
impl rt::WriteRequest for CleanProcessDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyProcessRequest {
    /// `copyOptions`.
    pub copy_options: Option<CopyProcessRequestCopyOptions>,
    /// `sourceCorpId`.
    pub source_corp_id: String,
    /// `sourceProcessVOList`.
    pub source_process_vo_list: Vec<CopyProcessRequestSourceProcessVOList>,
}
/// The required fields of [`CopyProcessRequest`], each named where it is set: `CopyProcessRequest::new(CopyProcessRequired { .. })`.
pub struct CopyProcessRequired {
    /// `sourceCorpId`: see [`CopyProcessRequest::source_corp_id`].
    pub source_corp_id: String,
    /// `sourceProcessVOList`: see [`CopyProcessRequest::source_process_vo_list`].
    pub source_process_vo_list: Vec<CopyProcessRequestSourceProcessVOList>,
}
impl CopyProcessRequest {
    /// A `CopyProcessRequest` with its required fields (`sourceCorpId`, `sourceProcessVOList`); set the others with the methods named after them.
    pub fn new(required: CopyProcessRequired) -> Self {
        let CopyProcessRequired { source_corp_id, source_process_vo_list } = required;
        Self {
            copy_options: None,
            source_corp_id,
            source_process_vo_list,
        }
    }
    /// Sets `copyOptions`.
    pub fn copy_options(mut self, value: CopyProcessRequestCopyOptions) -> Self {
        self.copy_options = Some(value);
        self
    }
}
rt::impl_serialize! {
    CopyProcessRequest { "copyOptions" => optional(copy_options), "sourceCorpId" =>
    field(source_corp_id), "sourceProcessVOList" => field(source_process_vo_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyProcessRequest { "copyOptions" => read_field(copy_options), "sourceCorpId" =>
    read_field(source_corp_id), "sourceProcessVOList" =>
    read_field(source_process_vo_list) }
}
impl rt::WriteRequest for CopyProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_integrated_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateIntegratedTaskRequest`], each named where it is set: `CreateIntegratedTaskRequest::new(CreateIntegratedTaskRequired { .. })`.
pub struct CreateIntegratedTaskRequired {
    /// `processInstanceId`: see [`CreateIntegratedTaskRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `tasks`: see [`CreateIntegratedTaskRequest::tasks`].
    pub tasks: Vec<CreateIntegratedTaskRequestTasks>,
}
impl CreateIntegratedTaskRequest {
    /// A `CreateIntegratedTaskRequest` with its required fields (`processInstanceId`, `tasks`); set the others with the methods named after them.
    pub fn new(required: CreateIntegratedTaskRequired) -> Self {
        let CreateIntegratedTaskRequired { process_instance_id, tasks } = required;
        Self {
            activity_id: None,
            feature_config: None,
            process_instance_id,
            tasks,
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
rt::impl_serialize! {
    CreateIntegratedTaskRequest { "activityId" => optional(activity_id), "featureConfig"
    => optional(feature_config), "processInstanceId" => field(process_instance_id),
    "tasks" => field(tasks) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateIntegratedTaskRequest { "activityId" => read_field(activity_id),
    "featureConfig" => read_field(feature_config), "processInstanceId" =>
    read_field(process_instance_id), "tasks" => read_field(tasks) }
}
impl rt::WriteRequest for CreateIntegratedTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_dir`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteDirRequest {
    /// `dirId`: a query parameter.
    pub dir_id: Option<String>,
    /// `operateUserId`: a query parameter.
    pub operate_user_id: String,
}
/// The required fields of [`DeleteDirRequest`], each named where it is set: `DeleteDirRequest::new(DeleteDirRequired { .. })`.
pub struct DeleteDirRequired {
    /// `operateUserId`: see [`DeleteDirRequest::operate_user_id`].
    pub operate_user_id: String,
}
impl DeleteDirRequest {
    /// A `DeleteDirRequest` with its required fields (`operateUserId`); set the others with the methods named after them.
    pub fn new(required: DeleteDirRequired) -> Self {
        let DeleteDirRequired { operate_user_id } = required;
        Self {
            dir_id: None,
            operate_user_id,
        }
    }
    /// Sets `dirId`.
    pub fn dir_id(mut self, value: impl Into<String>) -> Self {
        self.dir_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteDirRequest { "dirId" => read_field(dir_id), "operateUserId" =>
    read_field(operate_user_id) }
}
impl rt::WriteRequest for DeleteDirRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dirId", &self.dir_id);
        writer.query("operateUserId", &self.operate_user_id);
    }
}
/// The request of [`Api::delete_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteProcessRequest {
    /// `cleanRunningTask`: a query parameter.
    pub clean_running_task: Option<bool>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
/// The required fields of [`DeleteProcessRequest`], each named where it is set: `DeleteProcessRequest::new(DeleteProcessRequired { .. })`.
pub struct DeleteProcessRequired {
    /// `processCode`: see [`DeleteProcessRequest::process_code`].
    pub process_code: String,
}
impl DeleteProcessRequest {
    /// A `DeleteProcessRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(required: DeleteProcessRequired) -> Self {
        let DeleteProcessRequired { process_code } = required;
        Self {
            clean_running_task: None,
            process_code,
        }
    }
    /// Sets `cleanRunningTask`.
    pub fn clean_running_task(mut self, value: bool) -> Self {
        self.clean_running_task = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteProcessRequest { "cleanRunningTask" => read_field(clean_running_task),
    "processCode" => read_field(process_code) }
}
impl rt::WriteRequest for DeleteProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cleanRunningTask", &self.clean_running_task);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::execute_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ExecuteProcessInstanceRequest`], each named where it is set: `ExecuteProcessInstanceRequest::new(ExecuteProcessInstanceRequired { .. })`.
pub struct ExecuteProcessInstanceRequired {
    /// `actionerUserId`: see [`ExecuteProcessInstanceRequest::actioner_user_id`].
    pub actioner_user_id: String,
    /// `processInstanceId`: see [`ExecuteProcessInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `result`: see [`ExecuteProcessInstanceRequest::result`].
    pub result: String,
    /// `taskId`: see [`ExecuteProcessInstanceRequest::task_id`].
    pub task_id: i64,
}
impl ExecuteProcessInstanceRequest {
    /// A `ExecuteProcessInstanceRequest` with its required fields (`actionerUserId`, `processInstanceId`, `result`, `taskId`); set the others with the methods named after them.
    pub fn new(required: ExecuteProcessInstanceRequired) -> Self {
        let ExecuteProcessInstanceRequired {
            actioner_user_id,
            process_instance_id,
            result,
            task_id,
        } = required;
        Self {
            actioner_user_id,
            file: None,
            process_instance_id,
            remark: None,
            result,
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
rt::impl_serialize! {
    ExecuteProcessInstanceRequest { "actionerUserId" => field(actioner_user_id), "file"
    => optional(file), "processInstanceId" => field(process_instance_id), "remark" =>
    optional(remark), "result" => field(result), "taskId" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteProcessInstanceRequest { "actionerUserId" => read_field(actioner_user_id),
    "file" => read_field(file), "processInstanceId" => read_field(process_instance_id),
    "remark" => read_field(remark), "result" => read_field(result), "taskId" =>
    read_field(task_id) }
}
impl rt::WriteRequest for ExecuteProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::form_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`FormCreateRequest`], each named where it is set: `FormCreateRequest::new(FormCreateRequired { .. })`.
pub struct FormCreateRequired {
    /// `formComponents`: see [`FormCreateRequest::form_components`].
    pub form_components: Vec<FormComponent>,
    /// `name`: see [`FormCreateRequest::name`].
    pub name: String,
}
impl FormCreateRequest {
    /// A `FormCreateRequest` with its required fields (`formComponents`, `name`); set the others with the methods named after them.
    pub fn new(required: FormCreateRequired) -> Self {
        let FormCreateRequired { form_components, name } = required;
        Self {
            description: None,
            form_components,
            name,
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
rt::impl_serialize! {
    FormCreateRequest { "description" => optional(description), "formComponents" =>
    field(form_components), "name" => field(name), "processCode" =>
    optional(process_code), "templateConfig" => optional(template_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FormCreateRequest { "description" => read_field(description), "formComponents" =>
    read_field(form_components), "name" => read_field(name), "processCode" =>
    read_field(process_code), "templateConfig" => read_field(template_config) }
}
impl rt::WriteRequest for FormCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_attachment_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAttachmentSpaceRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GetAttachmentSpaceRequest`], each named where it is set: `GetAttachmentSpaceRequest::new(GetAttachmentSpaceRequired { .. })`.
pub struct GetAttachmentSpaceRequired {
    /// `userId`: see [`GetAttachmentSpaceRequest::user_id`].
    pub user_id: String,
}
impl GetAttachmentSpaceRequest {
    /// A `GetAttachmentSpaceRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetAttachmentSpaceRequired) -> Self {
        let GetAttachmentSpaceRequired { user_id } = required;
        Self { agent_id: None, user_id }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetAttachmentSpaceRequest { "agentId" => optional(agent_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAttachmentSpaceRequest { "agentId" => read_field(agent_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetAttachmentSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_condition_form_component`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetConditionFormComponentRequest {
    /// `agentId`: a query parameter.
    pub agent_id: Option<i64>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
/// The required fields of [`GetConditionFormComponentRequest`], each named where it is set: `GetConditionFormComponentRequest::new(GetConditionFormComponentRequired { .. })`.
pub struct GetConditionFormComponentRequired {
    /// `processCode`: see [`GetConditionFormComponentRequest::process_code`].
    pub process_code: String,
}
impl GetConditionFormComponentRequest {
    /// A `GetConditionFormComponentRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(required: GetConditionFormComponentRequired) -> Self {
        let GetConditionFormComponentRequired { process_code } = required;
        Self {
            agent_id: None,
            process_code,
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConditionFormComponentRequest { "agentId" => read_field(agent_id), "processCode"
    => read_field(process_code) }
}
impl rt::WriteRequest for GetConditionFormComponentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentId", &self.agent_id);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::get_field_modified_history`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFieldModifiedHistoryRequest {
    /// `fieldId`.
    pub field_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
/// The required fields of [`GetFieldModifiedHistoryRequest`], each named where it is set: `GetFieldModifiedHistoryRequest::new(GetFieldModifiedHistoryRequired { .. })`.
pub struct GetFieldModifiedHistoryRequired {
    /// `fieldId`: see [`GetFieldModifiedHistoryRequest::field_id`].
    pub field_id: String,
    /// `processInstanceId`: see [`GetFieldModifiedHistoryRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl GetFieldModifiedHistoryRequest {
    /// A `GetFieldModifiedHistoryRequest` with its required fields (`fieldId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(required: GetFieldModifiedHistoryRequired) -> Self {
        let GetFieldModifiedHistoryRequired { field_id, process_instance_id } = required;
        Self {
            field_id,
            process_instance_id,
        }
    }
}
rt::impl_serialize! {
    GetFieldModifiedHistoryRequest { "fieldId" => field(field_id), "processInstanceId" =>
    field(process_instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFieldModifiedHistoryRequest { "fieldId" => read_field(field_id),
    "processInstanceId" => read_field(process_instance_id) }
}
impl rt::WriteRequest for GetFieldModifiedHistoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_hand_sign_download_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetHandSignDownloadUrlRequest {
    /// `handSignToken`.
    pub hand_sign_token: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
/// The required fields of [`GetHandSignDownloadUrlRequest`], each named where it is set: `GetHandSignDownloadUrlRequest::new(GetHandSignDownloadUrlRequired { .. })`.
pub struct GetHandSignDownloadUrlRequired {
    /// `handSignToken`: see [`GetHandSignDownloadUrlRequest::hand_sign_token`].
    pub hand_sign_token: String,
    /// `processInstanceId`: see [`GetHandSignDownloadUrlRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl GetHandSignDownloadUrlRequest {
    /// A `GetHandSignDownloadUrlRequest` with its required fields (`handSignToken`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(required: GetHandSignDownloadUrlRequired) -> Self {
        let GetHandSignDownloadUrlRequired { hand_sign_token, process_instance_id } = required;
        Self {
            hand_sign_token,
            process_instance_id,
        }
    }
}
rt::impl_serialize! {
    GetHandSignDownloadUrlRequest { "handSignToken" => field(hand_sign_token),
    "processInstanceId" => field(process_instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetHandSignDownloadUrlRequest { "handSignToken" => read_field(hand_sign_token),
    "processInstanceId" => read_field(process_instance_id) }
}
impl rt::WriteRequest for GetHandSignDownloadUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_manage_process_by_staff_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetManageProcessByStaffIdRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetManageProcessByStaffIdRequest`], each named where it is set: `GetManageProcessByStaffIdRequest::new(GetManageProcessByStaffIdRequired { .. })`.
pub struct GetManageProcessByStaffIdRequired {
    /// `userId`: see [`GetManageProcessByStaffIdRequest::user_id`].
    pub user_id: String,
}
impl GetManageProcessByStaffIdRequest {
    /// A `GetManageProcessByStaffIdRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetManageProcessByStaffIdRequired) -> Self {
        let GetManageProcessByStaffIdRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetManageProcessByStaffIdRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetManageProcessByStaffIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_process_code_by_name`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetProcessCodeByNameRequest {
    /// `name`: a query parameter.
    pub name: String,
}
/// The required fields of [`GetProcessCodeByNameRequest`], each named where it is set: `GetProcessCodeByNameRequest::new(GetProcessCodeByNameRequired { .. })`.
pub struct GetProcessCodeByNameRequired {
    /// `name`: see [`GetProcessCodeByNameRequest::name`].
    pub name: String,
}
impl GetProcessCodeByNameRequest {
    /// A `GetProcessCodeByNameRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(required: GetProcessCodeByNameRequired) -> Self {
        let GetProcessCodeByNameRequired { name } = required;
        Self { name }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessCodeByNameRequest { "name" => read_field(name) }
}
impl rt::WriteRequest for GetProcessCodeByNameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("name", &self.name);
    }
}
/// The request of [`Api::get_process_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetProcessConfigRequest {
    /// `procCode`: a query parameter.
    pub proc_code: String,
}
/// The required fields of [`GetProcessConfigRequest`], each named where it is set: `GetProcessConfigRequest::new(GetProcessConfigRequired { .. })`.
pub struct GetProcessConfigRequired {
    /// `procCode`: see [`GetProcessConfigRequest::proc_code`].
    pub proc_code: String,
}
impl GetProcessConfigRequest {
    /// A `GetProcessConfigRequest` with its required fields (`procCode`); set the others with the methods named after them.
    pub fn new(required: GetProcessConfigRequired) -> Self {
        let GetProcessConfigRequired { proc_code } = required;
        Self { proc_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessConfigRequest { "procCode" => read_field(proc_code) }
}
impl rt::WriteRequest for GetProcessConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("procCode", &self.proc_code);
    }
}
/// The request of [`Api::get_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetProcessInstanceRequest {
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
/// The required fields of [`GetProcessInstanceRequest`], each named where it is set: `GetProcessInstanceRequest::new(GetProcessInstanceRequired { .. })`.
pub struct GetProcessInstanceRequired {
    /// `processInstanceId`: see [`GetProcessInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl GetProcessInstanceRequest {
    /// A `GetProcessInstanceRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(required: GetProcessInstanceRequired) -> Self {
        let GetProcessInstanceRequired { process_instance_id } = required;
        Self { process_instance_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessInstanceRequest { "processInstanceId" => read_field(process_instance_id) }
}
impl rt::WriteRequest for GetProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("processInstanceId", &self.process_instance_id);
    }
}
/// The request of [`Api::get_process_instance_with_extra`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetProcessInstanceWithExtraRequest {
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
/// The required fields of [`GetProcessInstanceWithExtraRequest`], each named where it is set: `GetProcessInstanceWithExtraRequest::new(GetProcessInstanceWithExtraRequired { .. })`.
pub struct GetProcessInstanceWithExtraRequired {
    /// `processInstanceId`: see [`GetProcessInstanceWithExtraRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl GetProcessInstanceWithExtraRequest {
    /// A `GetProcessInstanceWithExtraRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(required: GetProcessInstanceWithExtraRequired) -> Self {
        let GetProcessInstanceWithExtraRequired { process_instance_id } = required;
        Self { process_instance_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessInstanceWithExtraRequest { "processInstanceId" =>
    read_field(process_instance_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSchemaAndProcessconfigBatchllyRequest { "processCodes" =>
    read_field(process_codes) }
}
impl rt::WriteRequest for GetSchemaAndProcessconfigBatchllyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("processCodes", &self.process_codes);
    }
}
/// The request of [`Api::get_space_with_download_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetSpaceWithDownloadAuthRequest`], each named where it is set: `GetSpaceWithDownloadAuthRequest::new(GetSpaceWithDownloadAuthRequired { .. })`.
pub struct GetSpaceWithDownloadAuthRequired {
    /// `fileId`: see [`GetSpaceWithDownloadAuthRequest::file_id`].
    pub file_id: String,
    /// `processInstanceId`: see [`GetSpaceWithDownloadAuthRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `userId`: see [`GetSpaceWithDownloadAuthRequest::user_id`].
    pub user_id: String,
}
impl GetSpaceWithDownloadAuthRequest {
    /// A `GetSpaceWithDownloadAuthRequest` with its required fields (`fileId`, `processInstanceId`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetSpaceWithDownloadAuthRequired) -> Self {
        let GetSpaceWithDownloadAuthRequired { file_id, process_instance_id, user_id } = required;
        Self {
            agent_id: None,
            file_id,
            file_id_list: None,
            process_instance_id,
            user_id,
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
rt::impl_serialize! {
    GetSpaceWithDownloadAuthRequest { "agentId" => optional(agent_id), "fileId" =>
    field(file_id), "fileIdList" => optional(file_id_list), "processInstanceId" =>
    field(process_instance_id), "userId" => field(user_id), "withCommentAttatchment" =>
    optional(with_comment_attatchment) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSpaceWithDownloadAuthRequest { "agentId" => read_field(agent_id), "fileId" =>
    read_field(file_id), "fileIdList" => read_field(file_id_list), "processInstanceId" =>
    read_field(process_instance_id), "userId" => read_field(user_id),
    "withCommentAttatchment" => read_field(with_comment_attatchment) }
}
impl rt::WriteRequest for GetSpaceWithDownloadAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_todo_task_sum`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserTodoTaskSumRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetUserTodoTaskSumRequest`], each named where it is set: `GetUserTodoTaskSumRequest::new(GetUserTodoTaskSumRequired { .. })`.
pub struct GetUserTodoTaskSumRequired {
    /// `userId`: see [`GetUserTodoTaskSumRequest::user_id`].
    pub user_id: String,
}
impl GetUserTodoTaskSumRequest {
    /// A `GetUserTodoTaskSumRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetUserTodoTaskSumRequired) -> Self {
        let GetUserTodoTaskSumRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserTodoTaskSumRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetUserTodoTaskSumRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::grant_cspace_authorization`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GrantCspaceAuthorizationRequest`], each named where it is set: `GrantCspaceAuthorizationRequest::new(GrantCspaceAuthorizationRequired { .. })`.
pub struct GrantCspaceAuthorizationRequired {
    /// `spaceId`: see [`GrantCspaceAuthorizationRequest::space_id`].
    pub space_id: String,
    /// `type`: see [`GrantCspaceAuthorizationRequest::r#type`](GrantCspaceAuthorizationRequest::type).
    pub r#type: String,
    /// `userId`: see [`GrantCspaceAuthorizationRequest::user_id`].
    pub user_id: String,
}
impl GrantCspaceAuthorizationRequest {
    /// A `GrantCspaceAuthorizationRequest` with its required fields (`spaceId`, `type`, `userId`); set the others with the methods named after them.
    pub fn new(required: GrantCspaceAuthorizationRequired) -> Self {
        let GrantCspaceAuthorizationRequired { space_id, r#type, user_id } = required;
        Self {
            duration_seconds: None,
            space_id,
            r#type,
            user_id,
        }
    }
    /// Sets `durationSeconds`.
    pub fn duration_seconds(mut self, value: i64) -> Self {
        self.duration_seconds = Some(value);
        self
    }
}
rt::impl_serialize! {
    GrantCspaceAuthorizationRequest { "durationSeconds" => optional(duration_seconds),
    "spaceId" => field(space_id), "type" => field(r#type), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GrantCspaceAuthorizationRequest { "durationSeconds" => read_field(duration_seconds),
    "spaceId" => read_field(space_id), "type" => read_field(r#type), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GrantCspaceAuthorizationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::grant_process_instance_for_download_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GrantProcessInstanceForDownloadFileRequest {
    /// `fileId`.
    pub file_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `withCommentAttatchment`.
    pub with_comment_attatchment: Option<bool>,
}
/// The required fields of [`GrantProcessInstanceForDownloadFileRequest`], each named where it is set: `GrantProcessInstanceForDownloadFileRequest::new(GrantProcessInstanceForDownloadFileRequired { .. })`.
pub struct GrantProcessInstanceForDownloadFileRequired {
    /// `fileId`: see [`GrantProcessInstanceForDownloadFileRequest::file_id`].
    pub file_id: String,
    /// `processInstanceId`: see [`GrantProcessInstanceForDownloadFileRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl GrantProcessInstanceForDownloadFileRequest {
    /// A `GrantProcessInstanceForDownloadFileRequest` with its required fields (`fileId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(required: GrantProcessInstanceForDownloadFileRequired) -> Self {
        let GrantProcessInstanceForDownloadFileRequired {
            file_id,
            process_instance_id,
        } = required;
        Self {
            file_id,
            process_instance_id,
            with_comment_attatchment: None,
        }
    }
    /// Sets `withCommentAttatchment`.
    pub fn with_comment_attatchment(mut self, value: bool) -> Self {
        self.with_comment_attatchment = Some(value);
        self
    }
}
rt::impl_serialize! {
    GrantProcessInstanceForDownloadFileRequest { "fileId" => field(file_id),
    "processInstanceId" => field(process_instance_id), "withCommentAttatchment" =>
    optional(with_comment_attatchment) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GrantProcessInstanceForDownloadFileRequest { "fileId" => read_field(file_id),
    "processInstanceId" => read_field(process_instance_id), "withCommentAttatchment" =>
    read_field(with_comment_attatchment) }
}
impl rt::WriteRequest for GrantProcessInstanceForDownloadFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_or_update_dir`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`InsertOrUpdateDirRequest`], each named where it is set: `InsertOrUpdateDirRequest::new(InsertOrUpdateDirRequired { .. })`.
pub struct InsertOrUpdateDirRequired {
    /// `name18n`: see [`InsertOrUpdateDirRequest::name18n`].
    pub name18n: String,
    /// `operateUserId`: see [`InsertOrUpdateDirRequest::operate_user_id`].
    pub operate_user_id: String,
}
impl InsertOrUpdateDirRequest {
    /// A `InsertOrUpdateDirRequest` with its required fields (`name18n`, `operateUserId`); set the others with the methods named after them.
    pub fn new(required: InsertOrUpdateDirRequired) -> Self {
        let InsertOrUpdateDirRequired { name18n, operate_user_id } = required;
        Self {
            biz_group: None,
            description: None,
            name: None,
            name18n,
            operate_user_id,
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
rt::impl_serialize! {
    InsertOrUpdateDirRequest { "bizGroup" => optional(biz_group), "description" =>
    optional(description), "name" => optional(name), "name18n" => field(name18n),
    "operateUserId" => field(operate_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertOrUpdateDirRequest { "bizGroup" => read_field(biz_group), "description" =>
    read_field(description), "name" => read_field(name), "name18n" =>
    read_field(name18n), "operateUserId" => read_field(operate_user_id) }
}
impl rt::WriteRequest for InsertOrUpdateDirRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::install_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InstallAppRequest {
    /// `bizGroup`.
    pub biz_group: Option<String>,
    /// `installOption`.
    pub install_option: InstallAppRequestInstallOption,
    /// `sourceDirName`.
    pub source_dir_name: String,
}
/// The required fields of [`InstallAppRequest`], each named where it is set: `InstallAppRequest::new(InstallAppRequired { .. })`.
pub struct InstallAppRequired {
    /// `installOption`: see [`InstallAppRequest::install_option`].
    pub install_option: InstallAppRequestInstallOption,
    /// `sourceDirName`: see [`InstallAppRequest::source_dir_name`].
    pub source_dir_name: String,
}
impl InstallAppRequest {
    /// A `InstallAppRequest` with its required fields (`installOption`, `sourceDirName`); set the others with the methods named after them.
    pub fn new(required: InstallAppRequired) -> Self {
        let InstallAppRequired { install_option, source_dir_name } = required;
        Self {
            biz_group: None,
            install_option,
            source_dir_name,
        }
    }
    /// Sets `bizGroup`.
    pub fn biz_group(mut self, value: impl Into<String>) -> Self {
        self.biz_group = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InstallAppRequest { "bizGroup" => optional(biz_group), "installOption" =>
    field(install_option), "sourceDirName" => field(source_dir_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InstallAppRequest { "bizGroup" => read_field(biz_group), "installOption" =>
    read_field(install_option), "sourceDirName" => read_field(source_dir_name) }
}
impl rt::WriteRequest for InstallAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_process_instance_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ListProcessInstanceIdsRequest`], each named where it is set: `ListProcessInstanceIdsRequest::new(ListProcessInstanceIdsRequired { .. })`.
pub struct ListProcessInstanceIdsRequired {
    /// `maxResults`: see [`ListProcessInstanceIdsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`ListProcessInstanceIdsRequest::next_token`].
    pub next_token: i64,
    /// `processCode`: see [`ListProcessInstanceIdsRequest::process_code`].
    pub process_code: String,
    /// `startTime`: see [`ListProcessInstanceIdsRequest::start_time`].
    pub start_time: i64,
}
impl ListProcessInstanceIdsRequest {
    /// A `ListProcessInstanceIdsRequest` with its required fields (`maxResults`, `nextToken`, `processCode`, `startTime`); set the others with the methods named after them.
    pub fn new(required: ListProcessInstanceIdsRequired) -> Self {
        let ListProcessInstanceIdsRequired {
            max_results,
            next_token,
            process_code,
            start_time,
        } = required;
        Self {
            end_time: None,
            max_results,
            next_token,
            process_code,
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
rt::impl_serialize! {
    ListProcessInstanceIdsRequest { "endTime" => optional(end_time), "maxResults" =>
    field(max_results), "nextToken" => field(next_token), "processCode" =>
    field(process_code), "startTime" => field(start_time), "statuses" =>
    optional(statuses), "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListProcessInstanceIdsRequest { "endTime" => read_field(end_time), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "processCode" =>
    read_field(process_code), "startTime" => read_field(start_time), "statuses" =>
    read_field(statuses), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for ListProcessInstanceIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_todo_work_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ListTodoWorkRecordsRequest`], each named where it is set: `ListTodoWorkRecordsRequest::new(ListTodoWorkRecordsRequired { .. })`.
pub struct ListTodoWorkRecordsRequired {
    /// `maxResults`: see [`ListTodoWorkRecordsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`ListTodoWorkRecordsRequest::next_token`].
    pub next_token: i64,
    /// `status`: see [`ListTodoWorkRecordsRequest::status`].
    pub status: i64,
    /// `userId`: see [`ListTodoWorkRecordsRequest::user_id`].
    pub user_id: String,
}
impl ListTodoWorkRecordsRequest {
    /// A `ListTodoWorkRecordsRequest` with its required fields (`maxResults`, `nextToken`, `status`, `userId`); set the others with the methods named after them.
    pub fn new(required: ListTodoWorkRecordsRequired) -> Self {
        let ListTodoWorkRecordsRequired { max_results, next_token, status, user_id } = required;
        Self {
            max_results,
            next_token,
            status,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListTodoWorkRecordsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "status" => read_field(status), "userId" =>
    read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListUserVisibleBpmsProcessesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
/// The required fields of [`ListUserVisibleBpmsProcessesRequest`], each named where it is set: `ListUserVisibleBpmsProcessesRequest::new(ListUserVisibleBpmsProcessesRequired { .. })`.
pub struct ListUserVisibleBpmsProcessesRequired {
    /// `maxResults`: see [`ListUserVisibleBpmsProcessesRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`ListUserVisibleBpmsProcessesRequest::next_token`].
    pub next_token: i64,
}
impl ListUserVisibleBpmsProcessesRequest {
    /// A `ListUserVisibleBpmsProcessesRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: ListUserVisibleBpmsProcessesRequired) -> Self {
        let ListUserVisibleBpmsProcessesRequired { max_results, next_token } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListUserVisibleBpmsProcessesRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PagesExportInstancesRequest`], each named where it is set: `PagesExportInstancesRequest::new(PagesExportInstancesRequired { .. })`.
pub struct PagesExportInstancesRequired {
    /// `maxResults`: see [`PagesExportInstancesRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`PagesExportInstancesRequest::next_token`].
    pub next_token: String,
    /// `processCode`: see [`PagesExportInstancesRequest::process_code`].
    pub process_code: String,
    /// `startTimeInMills`: see [`PagesExportInstancesRequest::start_time_in_mills`].
    pub start_time_in_mills: i64,
}
impl PagesExportInstancesRequest {
    /// A `PagesExportInstancesRequest` with its required fields (`maxResults`, `nextToken`, `processCode`, `startTimeInMills`); set the others with the methods named after them.
    pub fn new(required: PagesExportInstancesRequired) -> Self {
        let PagesExportInstancesRequired {
            max_results,
            next_token,
            process_code,
            start_time_in_mills,
        } = required;
        Self {
            end_time_in_mills: None,
            max_results,
            next_token,
            order_by: None,
            process_code,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PagesExportInstancesRequest { "endTimeInMills" => read_field(end_time_in_mills),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "orderBy" => read_field(order_by), "processCode" => read_field(process_code),
    "startTimeInMills" => read_field(start_time_in_mills), "status" => read_field(status)
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumAddApproveDentryAuthRequest {
    /// `fileInfos`.
    pub file_infos: Vec<PremiumAddApproveDentryAuthRequestFileInfos>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PremiumAddApproveDentryAuthRequest`], each named where it is set: `PremiumAddApproveDentryAuthRequest::new(PremiumAddApproveDentryAuthRequired { .. })`.
pub struct PremiumAddApproveDentryAuthRequired {
    /// `fileInfos`: see [`PremiumAddApproveDentryAuthRequest::file_infos`].
    pub file_infos: Vec<PremiumAddApproveDentryAuthRequestFileInfos>,
    /// `userId`: see [`PremiumAddApproveDentryAuthRequest::user_id`].
    pub user_id: String,
}
impl PremiumAddApproveDentryAuthRequest {
    /// A `PremiumAddApproveDentryAuthRequest` with its required fields (`fileInfos`, `userId`); set the others with the methods named after them.
    pub fn new(required: PremiumAddApproveDentryAuthRequired) -> Self {
        let PremiumAddApproveDentryAuthRequired { file_infos, user_id } = required;
        Self { file_infos, user_id }
    }
}
rt::impl_serialize! {
    PremiumAddApproveDentryAuthRequest { "fileInfos" => field(file_infos), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumAddApproveDentryAuthRequest { "fileInfos" => read_field(file_infos), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for PremiumAddApproveDentryAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_append_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumAppendTaskRequest`], each named where it is set: `PremiumAppendTaskRequest::new(PremiumAppendTaskRequired { .. })`.
pub struct PremiumAppendTaskRequired {
    /// `activateType`: see [`PremiumAppendTaskRequest::activate_type`].
    pub activate_type: String,
    /// `appenderUserIds`: see [`PremiumAppendTaskRequest::appender_user_ids`].
    pub appender_user_ids: Vec<String>,
    /// `operateUserId`: see [`PremiumAppendTaskRequest::operate_user_id`].
    pub operate_user_id: String,
    /// `processInstanceId`: see [`PremiumAppendTaskRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `taskId`: see [`PremiumAppendTaskRequest::task_id`].
    pub task_id: i64,
    /// `type`: see [`PremiumAppendTaskRequest::r#type`](PremiumAppendTaskRequest::type).
    pub r#type: String,
}
impl PremiumAppendTaskRequest {
    /// A `PremiumAppendTaskRequest` with its required fields (`activateType`, `appenderUserIds`, `operateUserId`, `processInstanceId`, `taskId`, `type`); set the others with the methods named after them.
    pub fn new(required: PremiumAppendTaskRequired) -> Self {
        let PremiumAppendTaskRequired {
            activate_type,
            appender_user_ids,
            operate_user_id,
            process_instance_id,
            task_id,
            r#type,
        } = required;
        Self {
            activate_type,
            agree_all: None,
            appender_user_ids,
            operate_user_id,
            process_instance_id,
            remark: None,
            task_id,
            r#type,
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
rt::impl_serialize! {
    PremiumAppendTaskRequest { "activateType" => field(activate_type), "agreeAll" =>
    optional(agree_all), "appenderUserIds" => field(appender_user_ids), "operateUserId"
    => field(operate_user_id), "processInstanceId" => field(process_instance_id),
    "remark" => optional(remark), "taskId" => field(task_id), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumAppendTaskRequest { "activateType" => read_field(activate_type), "agreeAll" =>
    read_field(agree_all), "appenderUserIds" => read_field(appender_user_ids),
    "operateUserId" => read_field(operate_user_id), "processInstanceId" =>
    read_field(process_instance_id), "remark" => read_field(remark), "taskId" =>
    read_field(task_id), "type" => read_field(r#type) }
}
impl rt::WriteRequest for PremiumAppendTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_batch_execute_process_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumBatchExecuteProcessInstancesRequest`], each named where it is set: `PremiumBatchExecuteProcessInstancesRequest::new(PremiumBatchExecuteProcessInstancesRequired { .. })`.
pub struct PremiumBatchExecuteProcessInstancesRequired {
    /// `actionerUserId`: see [`PremiumBatchExecuteProcessInstancesRequest::actioner_user_id`].
    pub actioner_user_id: String,
    /// `result`: see [`PremiumBatchExecuteProcessInstancesRequest::result`].
    pub result: String,
    /// `taskInfoList`: see [`PremiumBatchExecuteProcessInstancesRequest::task_info_list`].
    pub task_info_list: Vec<PremiumBatchExecuteProcessInstancesRequestTaskInfoList>,
}
impl PremiumBatchExecuteProcessInstancesRequest {
    /// A `PremiumBatchExecuteProcessInstancesRequest` with its required fields (`actionerUserId`, `result`, `taskInfoList`); set the others with the methods named after them.
    pub fn new(required: PremiumBatchExecuteProcessInstancesRequired) -> Self {
        let PremiumBatchExecuteProcessInstancesRequired {
            actioner_user_id,
            result,
            task_info_list,
        } = required;
        Self {
            actioner_user_id,
            remark: None,
            result,
            task_info_list,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PremiumBatchExecuteProcessInstancesRequest { "actionerUserId" =>
    field(actioner_user_id), "remark" => optional(remark), "result" => field(result),
    "taskInfoList" => field(task_info_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumBatchExecuteProcessInstancesRequest { "actionerUserId" =>
    read_field(actioner_user_id), "remark" => read_field(remark), "result" =>
    read_field(result), "taskInfoList" => read_field(task_info_list) }
}
impl rt::WriteRequest for PremiumBatchExecuteProcessInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_del_dir`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumDelDirRequest {
    /// `dirId`: a query parameter.
    pub dir_id: String,
    /// `operateUserId`: a query parameter.
    pub operate_user_id: String,
}
/// The required fields of [`PremiumDelDirRequest`], each named where it is set: `PremiumDelDirRequest::new(PremiumDelDirRequired { .. })`.
pub struct PremiumDelDirRequired {
    /// `dirId`: see [`PremiumDelDirRequest::dir_id`].
    pub dir_id: String,
    /// `operateUserId`: see [`PremiumDelDirRequest::operate_user_id`].
    pub operate_user_id: String,
}
impl PremiumDelDirRequest {
    /// A `PremiumDelDirRequest` with its required fields (`dirId`, `operateUserId`); set the others with the methods named after them.
    pub fn new(required: PremiumDelDirRequired) -> Self {
        let PremiumDelDirRequired { dir_id, operate_user_id } = required;
        Self { dir_id, operate_user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumDelDirRequest { "dirId" => read_field(dir_id), "operateUserId" =>
    read_field(operate_user_id) }
}
impl rt::WriteRequest for PremiumDelDirRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dirId", &self.dir_id);
        writer.query("operateUserId", &self.operate_user_id);
    }
}
/// The request of [`Api::premium_delete_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumDeleteFormInstanceRequest {
    /// `formInstanceIds`.
    pub form_instance_ids: Option<Vec<String>>,
    /// `processCode`.
    pub process_code: String,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`PremiumDeleteFormInstanceRequest`], each named where it is set: `PremiumDeleteFormInstanceRequest::new(PremiumDeleteFormInstanceRequired { .. })`.
pub struct PremiumDeleteFormInstanceRequired {
    /// `processCode`: see [`PremiumDeleteFormInstanceRequest::process_code`].
    pub process_code: String,
}
impl PremiumDeleteFormInstanceRequest {
    /// A `PremiumDeleteFormInstanceRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(required: PremiumDeleteFormInstanceRequired) -> Self {
        let PremiumDeleteFormInstanceRequired { process_code } = required;
        Self {
            form_instance_ids: None,
            process_code,
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
rt::impl_serialize! {
    PremiumDeleteFormInstanceRequest { "formInstanceIds" => optional(form_instance_ids),
    "processCode" => field(process_code), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumDeleteFormInstanceRequest { "formInstanceIds" =>
    read_field(form_instance_ids), "processCode" => read_field(process_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for PremiumDeleteFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_attachment_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetAttachmentSpaceRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PremiumGetAttachmentSpaceRequest`], each named where it is set: `PremiumGetAttachmentSpaceRequest::new(PremiumGetAttachmentSpaceRequired { .. })`.
pub struct PremiumGetAttachmentSpaceRequired {
    /// `userId`: see [`PremiumGetAttachmentSpaceRequest::user_id`].
    pub user_id: String,
}
impl PremiumGetAttachmentSpaceRequest {
    /// A `PremiumGetAttachmentSpaceRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: PremiumGetAttachmentSpaceRequired) -> Self {
        let PremiumGetAttachmentSpaceRequired { user_id } = required;
        Self { agent_id: None, user_id }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    PremiumGetAttachmentSpaceRequest { "agentId" => optional(agent_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetAttachmentSpaceRequest { "agentId" => read_field(agent_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for PremiumGetAttachmentSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_done_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetDoneTasksRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`PremiumGetDoneTasksRequest`], each named where it is set: `PremiumGetDoneTasksRequest::new(PremiumGetDoneTasksRequired { .. })`.
pub struct PremiumGetDoneTasksRequired {
    /// `pageNumber`: see [`PremiumGetDoneTasksRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`PremiumGetDoneTasksRequest::page_size`].
    pub page_size: i64,
    /// `userId`: see [`PremiumGetDoneTasksRequest::user_id`].
    pub user_id: String,
}
impl PremiumGetDoneTasksRequest {
    /// A `PremiumGetDoneTasksRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(required: PremiumGetDoneTasksRequired) -> Self {
        let PremiumGetDoneTasksRequired { page_number, page_size, user_id } = required;
        Self {
            page_number,
            page_size,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetDoneTasksRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetFieldModifiedHistoryRequest {
    /// `fieldId`.
    pub field_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
}
/// The required fields of [`PremiumGetFieldModifiedHistoryRequest`], each named where it is set: `PremiumGetFieldModifiedHistoryRequest::new(PremiumGetFieldModifiedHistoryRequired { .. })`.
pub struct PremiumGetFieldModifiedHistoryRequired {
    /// `fieldId`: see [`PremiumGetFieldModifiedHistoryRequest::field_id`].
    pub field_id: String,
    /// `processInstanceId`: see [`PremiumGetFieldModifiedHistoryRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl PremiumGetFieldModifiedHistoryRequest {
    /// A `PremiumGetFieldModifiedHistoryRequest` with its required fields (`fieldId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(required: PremiumGetFieldModifiedHistoryRequired) -> Self {
        let PremiumGetFieldModifiedHistoryRequired { field_id, process_instance_id } = required;
        Self {
            field_id,
            process_instance_id,
        }
    }
}
rt::impl_serialize! {
    PremiumGetFieldModifiedHistoryRequest { "fieldId" => field(field_id),
    "processInstanceId" => field(process_instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetFieldModifiedHistoryRequest { "fieldId" => read_field(field_id),
    "processInstanceId" => read_field(process_instance_id) }
}
impl rt::WriteRequest for PremiumGetFieldModifiedHistoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetFormInstanceRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `formCode`: a query parameter.
    pub form_code: String,
    /// `formInstanceId`: a query parameter.
    pub form_instance_id: String,
}
/// The required fields of [`PremiumGetFormInstanceRequest`], each named where it is set: `PremiumGetFormInstanceRequest::new(PremiumGetFormInstanceRequired { .. })`.
pub struct PremiumGetFormInstanceRequired {
    /// `formCode`: see [`PremiumGetFormInstanceRequest::form_code`].
    pub form_code: String,
    /// `formInstanceId`: see [`PremiumGetFormInstanceRequest::form_instance_id`].
    pub form_instance_id: String,
}
impl PremiumGetFormInstanceRequest {
    /// A `PremiumGetFormInstanceRequest` with its required fields (`formCode`, `formInstanceId`); set the others with the methods named after them.
    pub fn new(required: PremiumGetFormInstanceRequired) -> Self {
        let PremiumGetFormInstanceRequired { form_code, form_instance_id } = required;
        Self {
            app_uuid: None,
            form_code,
            form_instance_id,
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetFormInstanceRequest { "appUuid" => read_field(app_uuid), "formCode" =>
    read_field(form_code), "formInstanceId" => read_field(form_instance_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumGetFormInstancesRequest`], each named where it is set: `PremiumGetFormInstancesRequest::new(PremiumGetFormInstancesRequired { .. })`.
pub struct PremiumGetFormInstancesRequired {
    /// `formCode`: see [`PremiumGetFormInstancesRequest::form_code`].
    pub form_code: String,
    /// `maxResults`: see [`PremiumGetFormInstancesRequest::max_results`].
    pub max_results: i64,
}
impl PremiumGetFormInstancesRequest {
    /// A `PremiumGetFormInstancesRequest` with its required fields (`formCode`, `maxResults`); set the others with the methods named after them.
    pub fn new(required: PremiumGetFormInstancesRequired) -> Self {
        let PremiumGetFormInstancesRequired { form_code, max_results } = required;
        Self {
            app_uuid: None,
            form_code,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetFormInstancesRequest { "appUuid" => read_field(app_uuid), "formCode" =>
    read_field(form_code), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetFormSchemaRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
/// The required fields of [`PremiumGetFormSchemaRequest`], each named where it is set: `PremiumGetFormSchemaRequest::new(PremiumGetFormSchemaRequired { .. })`.
pub struct PremiumGetFormSchemaRequired {
    /// `processCode`: see [`PremiumGetFormSchemaRequest::process_code`].
    pub process_code: String,
}
impl PremiumGetFormSchemaRequest {
    /// A `PremiumGetFormSchemaRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(required: PremiumGetFormSchemaRequired) -> Self {
        let PremiumGetFormSchemaRequired { process_code } = required;
        Self {
            app_uuid: None,
            process_code,
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetFormSchemaRequest { "appUuid" => read_field(app_uuid), "processCode" =>
    read_field(process_code) }
}
impl rt::WriteRequest for PremiumGetFormSchemaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::premium_get_inst_field_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetInstFieldSettingRequest {
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PremiumGetInstFieldSettingRequest`], each named where it is set: `PremiumGetInstFieldSettingRequest::new(PremiumGetInstFieldSettingRequired { .. })`.
pub struct PremiumGetInstFieldSettingRequired {
    /// `processInstanceId`: see [`PremiumGetInstFieldSettingRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `userId`: see [`PremiumGetInstFieldSettingRequest::user_id`].
    pub user_id: String,
}
impl PremiumGetInstFieldSettingRequest {
    /// A `PremiumGetInstFieldSettingRequest` with its required fields (`processInstanceId`, `userId`); set the others with the methods named after them.
    pub fn new(required: PremiumGetInstFieldSettingRequired) -> Self {
        let PremiumGetInstFieldSettingRequired { process_instance_id, user_id } = required;
        Self {
            process_instance_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    PremiumGetInstFieldSettingRequest { "processInstanceId" =>
    field(process_instance_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetInstFieldSettingRequest { "processInstanceId" =>
    read_field(process_instance_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for PremiumGetInstFieldSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_noticed_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetNoticedInstancesRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`PremiumGetNoticedInstancesRequest`], each named where it is set: `PremiumGetNoticedInstancesRequest::new(PremiumGetNoticedInstancesRequired { .. })`.
pub struct PremiumGetNoticedInstancesRequired {
    /// `pageNumber`: see [`PremiumGetNoticedInstancesRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`PremiumGetNoticedInstancesRequest::page_size`].
    pub page_size: i64,
    /// `userId`: see [`PremiumGetNoticedInstancesRequest::user_id`].
    pub user_id: String,
}
impl PremiumGetNoticedInstancesRequest {
    /// A `PremiumGetNoticedInstancesRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(required: PremiumGetNoticedInstancesRequired) -> Self {
        let PremiumGetNoticedInstancesRequired { page_number, page_size, user_id } = required;
        Self {
            page_number,
            page_size,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetNoticedInstancesRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumGetProcessInstancesRequest`], each named where it is set: `PremiumGetProcessInstancesRequest::new(PremiumGetProcessInstancesRequired { .. })`.
pub struct PremiumGetProcessInstancesRequired {
    /// `maxResults`: see [`PremiumGetProcessInstancesRequest::max_results`].
    pub max_results: i64,
    /// `processCode`: see [`PremiumGetProcessInstancesRequest::process_code`].
    pub process_code: String,
    /// `startTimeInMills`: see [`PremiumGetProcessInstancesRequest::start_time_in_mills`].
    pub start_time_in_mills: i64,
}
impl PremiumGetProcessInstancesRequest {
    /// A `PremiumGetProcessInstancesRequest` with its required fields (`maxResults`, `processCode`, `startTimeInMills`); set the others with the methods named after them.
    pub fn new(required: PremiumGetProcessInstancesRequired) -> Self {
        let PremiumGetProcessInstancesRequired {
            max_results,
            process_code,
            start_time_in_mills,
        } = required;
        Self {
            app_uuid: None,
            end_time_in_mills: None,
            max_results,
            next_token: None,
            process_code,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetProcessInstancesRequest { "appUuid" => read_field(app_uuid),
    "endTimeInMills" => read_field(end_time_in_mills), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "processCode" =>
    read_field(process_code), "startTimeInMills" => read_field(start_time_in_mills) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumGetSpaceWithDownloadAuthRequest`], each named where it is set: `PremiumGetSpaceWithDownloadAuthRequest::new(PremiumGetSpaceWithDownloadAuthRequired { .. })`.
pub struct PremiumGetSpaceWithDownloadAuthRequired {
    /// `fileId`: see [`PremiumGetSpaceWithDownloadAuthRequest::file_id`].
    pub file_id: String,
    /// `processInstanceId`: see [`PremiumGetSpaceWithDownloadAuthRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `userId`: see [`PremiumGetSpaceWithDownloadAuthRequest::user_id`].
    pub user_id: String,
}
impl PremiumGetSpaceWithDownloadAuthRequest {
    /// A `PremiumGetSpaceWithDownloadAuthRequest` with its required fields (`fileId`, `processInstanceId`, `userId`); set the others with the methods named after them.
    pub fn new(required: PremiumGetSpaceWithDownloadAuthRequired) -> Self {
        let PremiumGetSpaceWithDownloadAuthRequired {
            file_id,
            process_instance_id,
            user_id,
        } = required;
        Self {
            agent_id: None,
            file_id,
            file_id_list: None,
            process_instance_id,
            user_id,
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
rt::impl_serialize! {
    PremiumGetSpaceWithDownloadAuthRequest { "agentId" => optional(agent_id), "fileId" =>
    field(file_id), "fileIdList" => optional(file_id_list), "processInstanceId" =>
    field(process_instance_id), "userId" => field(user_id), "withCommentAttatchment" =>
    optional(with_comment_attatchment) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetSpaceWithDownloadAuthRequest { "agentId" => read_field(agent_id), "fileId"
    => read_field(file_id), "fileIdList" => read_field(file_id_list), "processInstanceId"
    => read_field(process_instance_id), "userId" => read_field(user_id),
    "withCommentAttatchment" => read_field(with_comment_attatchment) }
}
impl rt::WriteRequest for PremiumGetSpaceWithDownloadAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_get_submitted_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumGetSubmittedInstancesRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`PremiumGetSubmittedInstancesRequest`], each named where it is set: `PremiumGetSubmittedInstancesRequest::new(PremiumGetSubmittedInstancesRequired { .. })`.
pub struct PremiumGetSubmittedInstancesRequired {
    /// `pageNumber`: see [`PremiumGetSubmittedInstancesRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`PremiumGetSubmittedInstancesRequest::page_size`].
    pub page_size: i64,
    /// `userId`: see [`PremiumGetSubmittedInstancesRequest::user_id`].
    pub user_id: String,
}
impl PremiumGetSubmittedInstancesRequest {
    /// A `PremiumGetSubmittedInstancesRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(required: PremiumGetSubmittedInstancesRequired) -> Self {
        let PremiumGetSubmittedInstancesRequired { page_number, page_size, user_id } = required;
        Self {
            page_number,
            page_size,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetSubmittedInstancesRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumGetTodoTasksRequest`], each named where it is set: `PremiumGetTodoTasksRequest::new(PremiumGetTodoTasksRequired { .. })`.
pub struct PremiumGetTodoTasksRequired {
    /// `pageNumber`: see [`PremiumGetTodoTasksRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`PremiumGetTodoTasksRequest::page_size`].
    pub page_size: i64,
    /// `userId`: see [`PremiumGetTodoTasksRequest::user_id`].
    pub user_id: String,
}
impl PremiumGetTodoTasksRequest {
    /// A `PremiumGetTodoTasksRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(required: PremiumGetTodoTasksRequired) -> Self {
        let PremiumGetTodoTasksRequired { page_number, page_size, user_id } = required;
        Self {
            create_before: None,
            page_number,
            page_size,
            user_id,
        }
    }
    /// Sets `createBefore`.
    pub fn create_before(mut self, value: impl Into<String>) -> Self {
        self.create_before = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGetTodoTasksRequest { "createBefore" => read_field(create_before),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumGrantProcessInstanceForDownloadFileRequest {
    /// `fileId`.
    pub file_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `withCommentAttatchment`.
    pub with_comment_attatchment: Option<bool>,
}
/// The required fields of [`PremiumGrantProcessInstanceForDownloadFileRequest`], each named where it is set: `PremiumGrantProcessInstanceForDownloadFileRequest::new(PremiumGrantProcessInstanceForDownloadFileRequired { .. })`.
pub struct PremiumGrantProcessInstanceForDownloadFileRequired {
    /// `fileId`: see [`PremiumGrantProcessInstanceForDownloadFileRequest::file_id`].
    pub file_id: String,
    /// `processInstanceId`: see [`PremiumGrantProcessInstanceForDownloadFileRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl PremiumGrantProcessInstanceForDownloadFileRequest {
    /// A `PremiumGrantProcessInstanceForDownloadFileRequest` with its required fields (`fileId`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(required: PremiumGrantProcessInstanceForDownloadFileRequired) -> Self {
        let PremiumGrantProcessInstanceForDownloadFileRequired {
            file_id,
            process_instance_id,
        } = required;
        Self {
            file_id,
            process_instance_id,
            with_comment_attatchment: None,
        }
    }
    /// Sets `withCommentAttatchment`.
    pub fn with_comment_attatchment(mut self, value: bool) -> Self {
        self.with_comment_attatchment = Some(value);
        self
    }
}
rt::impl_serialize! {
    PremiumGrantProcessInstanceForDownloadFileRequest { "fileId" => field(file_id),
    "processInstanceId" => field(process_instance_id), "withCommentAttatchment" =>
    optional(with_comment_attatchment) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumGrantProcessInstanceForDownloadFileRequest { "fileId" => read_field(file_id),
    "processInstanceId" => read_field(process_instance_id), "withCommentAttatchment" =>
    read_field(with_comment_attatchment) }
}
impl rt::WriteRequest for PremiumGrantProcessInstanceForDownloadFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_insert_or_update_dir`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumInsertOrUpdateDirRequest`], each named where it is set: `PremiumInsertOrUpdateDirRequest::new(PremiumInsertOrUpdateDirRequired { .. })`.
pub struct PremiumInsertOrUpdateDirRequired {
    /// `bizGroup`: see [`PremiumInsertOrUpdateDirRequest::biz_group`].
    pub biz_group: String,
    /// `name`: see [`PremiumInsertOrUpdateDirRequest::name`].
    pub name: String,
    /// `name18n`: see [`PremiumInsertOrUpdateDirRequest::name18n`].
    pub name18n: String,
    /// `operateUserId`: see [`PremiumInsertOrUpdateDirRequest::operate_user_id`].
    pub operate_user_id: String,
}
impl PremiumInsertOrUpdateDirRequest {
    /// A `PremiumInsertOrUpdateDirRequest` with its required fields (`bizGroup`, `name`, `name18n`, `operateUserId`); set the others with the methods named after them.
    pub fn new(required: PremiumInsertOrUpdateDirRequired) -> Self {
        let PremiumInsertOrUpdateDirRequired {
            biz_group,
            name,
            name18n,
            operate_user_id,
        } = required;
        Self {
            biz_group,
            description: None,
            name,
            name18n,
            operate_user_id,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PremiumInsertOrUpdateDirRequest { "bizGroup" => field(biz_group), "description" =>
    optional(description), "name" => field(name), "name18n" => field(name18n),
    "operateUserId" => field(operate_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumInsertOrUpdateDirRequest { "bizGroup" => read_field(biz_group), "description"
    => read_field(description), "name" => read_field(name), "name18n" =>
    read_field(name18n), "operateUserId" => read_field(operate_user_id) }
}
impl rt::WriteRequest for PremiumInsertOrUpdateDirRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_query_schema_and_process_by_code_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PremiumQuerySchemaAndProcessByCodeListRequest {
    /// `processCodes`.
    pub process_codes: Vec<String>,
}
/// The required fields of [`PremiumQuerySchemaAndProcessByCodeListRequest`], each named where it is set: `PremiumQuerySchemaAndProcessByCodeListRequest::new(PremiumQuerySchemaAndProcessByCodeListRequired { .. })`.
pub struct PremiumQuerySchemaAndProcessByCodeListRequired {
    /// `processCodes`: see [`PremiumQuerySchemaAndProcessByCodeListRequest::process_codes`].
    pub process_codes: Vec<String>,
}
impl PremiumQuerySchemaAndProcessByCodeListRequest {
    /// A `PremiumQuerySchemaAndProcessByCodeListRequest` with its required fields (`processCodes`); set the others with the methods named after them.
    pub fn new(required: PremiumQuerySchemaAndProcessByCodeListRequired) -> Self {
        let PremiumQuerySchemaAndProcessByCodeListRequired { process_codes } = required;
        Self { process_codes }
    }
}
rt::impl_serialize! {
    PremiumQuerySchemaAndProcessByCodeListRequest { "processCodes" =>
    field(process_codes) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumQuerySchemaAndProcessByCodeListRequest { "processCodes" =>
    read_field(process_codes) }
}
impl rt::WriteRequest for PremiumQuerySchemaAndProcessByCodeListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_query_todo_tasks_by_manager`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumQueryTodoTasksByManagerRequest`], each named where it is set: `PremiumQueryTodoTasksByManagerRequest::new(PremiumQueryTodoTasksByManagerRequired { .. })`.
pub struct PremiumQueryTodoTasksByManagerRequired {
    /// `actionerUserId`: see [`PremiumQueryTodoTasksByManagerRequest::actioner_user_id`].
    pub actioner_user_id: String,
    /// `managerUserId`: see [`PremiumQueryTodoTasksByManagerRequest::manager_user_id`].
    pub manager_user_id: String,
    /// `maxResults`: see [`PremiumQueryTodoTasksByManagerRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`PremiumQueryTodoTasksByManagerRequest::next_token`].
    pub next_token: i64,
}
impl PremiumQueryTodoTasksByManagerRequest {
    /// A `PremiumQueryTodoTasksByManagerRequest` with its required fields (`actionerUserId`, `managerUserId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: PremiumQueryTodoTasksByManagerRequired) -> Self {
        let PremiumQueryTodoTasksByManagerRequired {
            actioner_user_id,
            manager_user_id,
            max_results,
            next_token,
        } = required;
        Self {
            actioner_user_id,
            manager_user_id,
            max_results,
            next_token,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumQueryTodoTasksByManagerRequest { "actionerUserId" =>
    read_field(actioner_user_id), "managerUserId" => read_field(manager_user_id),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumRedirectTasksByManagerRequest`], each named where it is set: `PremiumRedirectTasksByManagerRequest::new(PremiumRedirectTasksByManagerRequired { .. })`.
pub struct PremiumRedirectTasksByManagerRequired {
    /// `handoverUserId`: see [`PremiumRedirectTasksByManagerRequest::handover_user_id`].
    pub handover_user_id: String,
    /// `managerUserId`: see [`PremiumRedirectTasksByManagerRequest::manager_user_id`].
    pub manager_user_id: String,
    /// `taskIds`: see [`PremiumRedirectTasksByManagerRequest::task_ids`].
    pub task_ids: Vec<i64>,
    /// `transfereeUserId`: see [`PremiumRedirectTasksByManagerRequest::transferee_user_id`].
    pub transferee_user_id: String,
}
impl PremiumRedirectTasksByManagerRequest {
    /// A `PremiumRedirectTasksByManagerRequest` with its required fields (`handoverUserId`, `managerUserId`, `taskIds`, `transfereeUserId`); set the others with the methods named after them.
    pub fn new(required: PremiumRedirectTasksByManagerRequired) -> Self {
        let PremiumRedirectTasksByManagerRequired {
            handover_user_id,
            manager_user_id,
            task_ids,
            transferee_user_id,
        } = required;
        Self {
            handover_user_id,
            manager_user_id,
            task_ids,
            transferee_user_id,
        }
    }
}
rt::impl_serialize! {
    PremiumRedirectTasksByManagerRequest { "handoverUserId" => field(handover_user_id),
    "managerUserId" => field(manager_user_id), "taskIds" => field(task_ids),
    "transfereeUserId" => field(transferee_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumRedirectTasksByManagerRequest { "handoverUserId" =>
    read_field(handover_user_id), "managerUserId" => read_field(manager_user_id),
    "taskIds" => read_field(task_ids), "transfereeUserId" =>
    read_field(transferee_user_id) }
}
impl rt::WriteRequest for PremiumRedirectTasksByManagerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_revert_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumRevertTaskRequest`], each named where it is set: `PremiumRevertTaskRequest::new(PremiumRevertTaskRequired { .. })`.
pub struct PremiumRevertTaskRequired {
    /// `operateUserId`: see [`PremiumRevertTaskRequest::operate_user_id`].
    pub operate_user_id: String,
    /// `processInstanceId`: see [`PremiumRevertTaskRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `revertAction`: see [`PremiumRevertTaskRequest::revert_action`].
    pub revert_action: String,
    /// `targetActivityId`: see [`PremiumRevertTaskRequest::target_activity_id`].
    pub target_activity_id: String,
    /// `taskId`: see [`PremiumRevertTaskRequest::task_id`].
    pub task_id: i64,
}
impl PremiumRevertTaskRequest {
    /// A `PremiumRevertTaskRequest` with its required fields (`operateUserId`, `processInstanceId`, `revertAction`, `targetActivityId`, `taskId`); set the others with the methods named after them.
    pub fn new(required: PremiumRevertTaskRequired) -> Self {
        let PremiumRevertTaskRequired {
            operate_user_id,
            process_instance_id,
            revert_action,
            target_activity_id,
            task_id,
        } = required;
        Self {
            operate_user_id,
            process_instance_id,
            remark: None,
            revert_action,
            target_activity_id,
            task_id,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PremiumRevertTaskRequest { "operateUserId" => field(operate_user_id),
    "processInstanceId" => field(process_instance_id), "remark" => optional(remark),
    "revertAction" => field(revert_action), "targetActivityId" =>
    field(target_activity_id), "taskId" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumRevertTaskRequest { "operateUserId" => read_field(operate_user_id),
    "processInstanceId" => read_field(process_instance_id), "remark" =>
    read_field(remark), "revertAction" => read_field(revert_action), "targetActivityId"
    => read_field(target_activity_id), "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for PremiumRevertTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumSaveFormRequest`], each named where it is set: `PremiumSaveFormRequest::new(PremiumSaveFormRequired { .. })`.
pub struct PremiumSaveFormRequired {
    /// `formComponents`: see [`PremiumSaveFormRequest::form_components`].
    pub form_components: Vec<FormComponent>,
    /// `name`: see [`PremiumSaveFormRequest::name`].
    pub name: String,
    /// `userId`: see [`PremiumSaveFormRequest::user_id`].
    pub user_id: String,
}
impl PremiumSaveFormRequest {
    /// A `PremiumSaveFormRequest` with its required fields (`formComponents`, `name`, `userId`); set the others with the methods named after them.
    pub fn new(required: PremiumSaveFormRequired) -> Self {
        let PremiumSaveFormRequired { form_components, name, user_id } = required;
        Self {
            description: None,
            form_components,
            name,
            process_code: None,
            user_id,
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
rt::impl_serialize! {
    PremiumSaveFormRequest { "description" => optional(description), "formComponents" =>
    field(form_components), "name" => field(name), "processCode" =>
    optional(process_code), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveFormRequest { "description" => read_field(description), "formComponents"
    => read_field(form_components), "name" => read_field(name), "processCode" =>
    read_field(process_code), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for PremiumSaveFormRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumSaveFormInstanceRequest`], each named where it is set: `PremiumSaveFormInstanceRequest::new(PremiumSaveFormInstanceRequired { .. })`.
pub struct PremiumSaveFormInstanceRequired {
    /// `formComponentValueList`: see [`PremiumSaveFormInstanceRequest::form_component_value_list`].
    pub form_component_value_list: Vec<
        PremiumSaveFormInstanceRequestFormComponentValueList,
    >,
    /// `originatorUserId`: see [`PremiumSaveFormInstanceRequest::originator_user_id`].
    pub originator_user_id: String,
    /// `processCode`: see [`PremiumSaveFormInstanceRequest::process_code`].
    pub process_code: String,
}
impl PremiumSaveFormInstanceRequest {
    /// A `PremiumSaveFormInstanceRequest` with its required fields (`formComponentValueList`, `originatorUserId`, `processCode`); set the others with the methods named after them.
    pub fn new(required: PremiumSaveFormInstanceRequired) -> Self {
        let PremiumSaveFormInstanceRequired {
            form_component_value_list,
            originator_user_id,
            process_code,
        } = required;
        Self {
            form_component_value_list,
            originator_user_id,
            process_code,
        }
    }
}
rt::impl_serialize! {
    PremiumSaveFormInstanceRequest { "formComponentValueList" =>
    field(form_component_value_list), "originatorUserId" => field(originator_user_id),
    "processCode" => field(process_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveFormInstanceRequest { "formComponentValueList" =>
    read_field(form_component_value_list), "originatorUserId" =>
    read_field(originator_user_id), "processCode" => read_field(process_code) }
}
impl rt::WriteRequest for PremiumSaveFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_integrated_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumSaveIntegratedProcessRequest`], each named where it is set: `PremiumSaveIntegratedProcessRequest::new(PremiumSaveIntegratedProcessRequired { .. })`.
pub struct PremiumSaveIntegratedProcessRequired {
    /// `formComponents`: see [`PremiumSaveIntegratedProcessRequest::form_components`].
    pub form_components: Vec<FormComponent>,
    /// `name`: see [`PremiumSaveIntegratedProcessRequest::name`].
    pub name: String,
}
impl PremiumSaveIntegratedProcessRequest {
    /// A `PremiumSaveIntegratedProcessRequest` with its required fields (`formComponents`, `name`); set the others with the methods named after them.
    pub fn new(required: PremiumSaveIntegratedProcessRequired) -> Self {
        let PremiumSaveIntegratedProcessRequired { form_components, name } = required;
        Self {
            description: None,
            form_components,
            name,
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
rt::impl_serialize! {
    PremiumSaveIntegratedProcessRequest { "description" => optional(description),
    "formComponents" => field(form_components), "name" => field(name), "processCode" =>
    optional(process_code), "processFeatureConfig" => optional(process_feature_config),
    "templateConfig" => optional(template_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveIntegratedProcessRequest { "description" => read_field(description),
    "formComponents" => read_field(form_components), "name" => read_field(name),
    "processCode" => read_field(process_code), "processFeatureConfig" =>
    read_field(process_feature_config), "templateConfig" => read_field(template_config) }
}
impl rt::WriteRequest for PremiumSaveIntegratedProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_integrated_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumSaveIntegratedProcessInstanceRequest`], each named where it is set: `PremiumSaveIntegratedProcessInstanceRequest::new(PremiumSaveIntegratedProcessInstanceRequired { .. })`.
pub struct PremiumSaveIntegratedProcessInstanceRequired {
    /// `originatorUserId`: see [`PremiumSaveIntegratedProcessInstanceRequest::originator_user_id`].
    pub originator_user_id: String,
    /// `processCode`: see [`PremiumSaveIntegratedProcessInstanceRequest::process_code`].
    pub process_code: String,
    /// `url`: see [`PremiumSaveIntegratedProcessInstanceRequest::url`].
    pub url: String,
}
impl PremiumSaveIntegratedProcessInstanceRequest {
    /// A `PremiumSaveIntegratedProcessInstanceRequest` with its required fields (`originatorUserId`, `processCode`, `url`); set the others with the methods named after them.
    pub fn new(required: PremiumSaveIntegratedProcessInstanceRequired) -> Self {
        let PremiumSaveIntegratedProcessInstanceRequired {
            originator_user_id,
            process_code,
            url,
        } = required;
        Self {
            biz_data: None,
            feature_config: None,
            form_component_value_list: None,
            notifiers: None,
            originator_user_id,
            process_code,
            title: None,
            url,
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
rt::impl_serialize! {
    PremiumSaveIntegratedProcessInstanceRequest { "bizData" => optional(biz_data),
    "featureConfig" => optional(feature_config), "formComponentValueList" =>
    optional(form_component_value_list), "notifiers" => optional(notifiers),
    "originatorUserId" => field(originator_user_id), "processCode" =>
    field(process_code), "title" => optional(title), "url" => field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveIntegratedProcessInstanceRequest { "bizData" => read_field(biz_data),
    "featureConfig" => read_field(feature_config), "formComponentValueList" =>
    read_field(form_component_value_list), "notifiers" => read_field(notifiers),
    "originatorUserId" => read_field(originator_user_id), "processCode" =>
    read_field(process_code), "title" => read_field(title), "url" => read_field(url) }
}
impl rt::WriteRequest for PremiumSaveIntegratedProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_save_integrated_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumSaveIntegratedTaskRequest`], each named where it is set: `PremiumSaveIntegratedTaskRequest::new(PremiumSaveIntegratedTaskRequired { .. })`.
pub struct PremiumSaveIntegratedTaskRequired {
    /// `processInstanceId`: see [`PremiumSaveIntegratedTaskRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `tasks`: see [`PremiumSaveIntegratedTaskRequest::tasks`].
    pub tasks: Vec<PremiumSaveIntegratedTaskRequestTasks>,
}
impl PremiumSaveIntegratedTaskRequest {
    /// A `PremiumSaveIntegratedTaskRequest` with its required fields (`processInstanceId`, `tasks`); set the others with the methods named after them.
    pub fn new(required: PremiumSaveIntegratedTaskRequired) -> Self {
        let PremiumSaveIntegratedTaskRequired { process_instance_id, tasks } = required;
        Self {
            activity_id: None,
            feature_config: None,
            process_instance_id,
            task_config: None,
            tasks,
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
rt::impl_serialize! {
    PremiumSaveIntegratedTaskRequest { "activityId" => optional(activity_id),
    "featureConfig" => optional(feature_config), "processInstanceId" =>
    field(process_instance_id), "taskConfig" => optional(task_config), "tasks" =>
    field(tasks) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumSaveIntegratedTaskRequest { "activityId" => read_field(activity_id),
    "featureConfig" => read_field(feature_config), "processInstanceId" =>
    read_field(process_instance_id), "taskConfig" => read_field(task_config), "tasks" =>
    read_field(tasks) }
}
impl rt::WriteRequest for PremiumSaveIntegratedTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_update_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumUpdateFormInstanceRequest`], each named where it is set: `PremiumUpdateFormInstanceRequest::new(PremiumUpdateFormInstanceRequired { .. })`.
pub struct PremiumUpdateFormInstanceRequired {
    /// `formComponentValueList`: see [`PremiumUpdateFormInstanceRequest::form_component_value_list`].
    pub form_component_value_list: Vec<
        PremiumUpdateFormInstanceRequestFormComponentValueList,
    >,
    /// `originatorUserId`: see [`PremiumUpdateFormInstanceRequest::originator_user_id`].
    pub originator_user_id: String,
    /// `processCode`: see [`PremiumUpdateFormInstanceRequest::process_code`].
    pub process_code: String,
}
impl PremiumUpdateFormInstanceRequest {
    /// A `PremiumUpdateFormInstanceRequest` with its required fields (`formComponentValueList`, `originatorUserId`, `processCode`); set the others with the methods named after them.
    pub fn new(required: PremiumUpdateFormInstanceRequired) -> Self {
        let PremiumUpdateFormInstanceRequired {
            form_component_value_list,
            originator_user_id,
            process_code,
        } = required;
        Self {
            form_component_value_list,
            form_instance_ids: None,
            originator_user_id,
            process_code,
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
rt::impl_serialize! {
    PremiumUpdateFormInstanceRequest { "formComponentValueList" =>
    field(form_component_value_list), "formInstanceIds" => optional(form_instance_ids),
    "originatorUserId" => field(originator_user_id), "processCode" => field(process_code)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumUpdateFormInstanceRequest { "formComponentValueList" =>
    read_field(form_component_value_list), "formInstanceIds" =>
    read_field(form_instance_ids), "originatorUserId" => read_field(originator_user_id),
    "processCode" => read_field(process_code) }
}
impl rt::WriteRequest for PremiumUpdateFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::premium_update_process_instance_variables`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PremiumUpdateProcessInstanceVariablesRequest`], each named where it is set: `PremiumUpdateProcessInstanceVariablesRequest::new(PremiumUpdateProcessInstanceVariablesRequired { .. })`.
pub struct PremiumUpdateProcessInstanceVariablesRequired {
    /// `opUserId`: see [`PremiumUpdateProcessInstanceVariablesRequest::op_user_id`].
    pub op_user_id: String,
    /// `processInstanceId`: see [`PremiumUpdateProcessInstanceVariablesRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `variables`: see [`PremiumUpdateProcessInstanceVariablesRequest::variables`].
    pub variables: Vec<PremiumUpdateProcessInstanceVariablesRequestVariables>,
}
impl PremiumUpdateProcessInstanceVariablesRequest {
    /// A `PremiumUpdateProcessInstanceVariablesRequest` with its required fields (`opUserId`, `processInstanceId`, `variables`); set the others with the methods named after them.
    pub fn new(required: PremiumUpdateProcessInstanceVariablesRequired) -> Self {
        let PremiumUpdateProcessInstanceVariablesRequired {
            op_user_id,
            process_instance_id,
            variables,
        } = required;
        Self {
            op_user_id,
            process_code: None,
            process_instance_id,
            remark: None,
            variables,
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
rt::impl_serialize! {
    PremiumUpdateProcessInstanceVariablesRequest { "opUserId" => field(op_user_id),
    "processCode" => optional(process_code), "processInstanceId" =>
    field(process_instance_id), "remark" => optional(remark), "variables" =>
    field(variables) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PremiumUpdateProcessInstanceVariablesRequest { "opUserId" => read_field(op_user_id),
    "processCode" => read_field(process_code), "processInstanceId" =>
    read_field(process_instance_id), "remark" => read_field(remark), "variables" =>
    read_field(variables) }
}
impl rt::WriteRequest for PremiumUpdateProcessInstanceVariablesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::process_forecast`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ProcessForecastRequest`], each named where it is set: `ProcessForecastRequest::new(ProcessForecastRequired { .. })`.
pub struct ProcessForecastRequired {
    /// `deptId`: see [`ProcessForecastRequest::dept_id`].
    pub dept_id: i64,
    /// `formComponentValues`: see [`ProcessForecastRequest::form_component_values`].
    pub form_component_values: Vec<ProcessForecastRequestFormComponentValues>,
    /// `processCode`: see [`ProcessForecastRequest::process_code`].
    pub process_code: String,
    /// `userId`: see [`ProcessForecastRequest::user_id`].
    pub user_id: String,
}
impl ProcessForecastRequest {
    /// A `ProcessForecastRequest` with its required fields (`deptId`, `formComponentValues`, `processCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: ProcessForecastRequired) -> Self {
        let ProcessForecastRequired {
            dept_id,
            form_component_values,
            process_code,
            user_id,
        } = required;
        Self {
            dept_id,
            form_component_values,
            process_code,
            user_id,
        }
    }
}
rt::impl_serialize! {
    ProcessForecastRequest { "deptId" => field(dept_id), "formComponentValues" =>
    field(form_component_values), "processCode" => field(process_code), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProcessForecastRequest { "deptId" => read_field(dept_id), "formComponentValues" =>
    read_field(form_component_values), "processCode" => read_field(process_code),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ProcessForecastRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_all_form_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryAllFormInstancesRequest`], each named where it is set: `QueryAllFormInstancesRequest::new(QueryAllFormInstancesRequired { .. })`.
pub struct QueryAllFormInstancesRequired {
    /// `formCode`: see [`QueryAllFormInstancesRequest::form_code`].
    pub form_code: String,
    /// `maxResults`: see [`QueryAllFormInstancesRequest::max_results`].
    pub max_results: i64,
}
impl QueryAllFormInstancesRequest {
    /// A `QueryAllFormInstancesRequest` with its required fields (`formCode`, `maxResults`); set the others with the methods named after them.
    pub fn new(required: QueryAllFormInstancesRequired) -> Self {
        let QueryAllFormInstancesRequired { form_code, max_results } = required;
        Self {
            app_uuid: None,
            form_code,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAllFormInstancesRequest { "appUuid" => read_field(app_uuid), "formCode" =>
    read_field(form_code), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryAllProcessInstancesRequest`], each named where it is set: `QueryAllProcessInstancesRequest::new(QueryAllProcessInstancesRequired { .. })`.
pub struct QueryAllProcessInstancesRequired {
    /// `maxResults`: see [`QueryAllProcessInstancesRequest::max_results`].
    pub max_results: i64,
    /// `processCode`: see [`QueryAllProcessInstancesRequest::process_code`].
    pub process_code: String,
    /// `startTimeInMills`: see [`QueryAllProcessInstancesRequest::start_time_in_mills`].
    pub start_time_in_mills: i64,
}
impl QueryAllProcessInstancesRequest {
    /// A `QueryAllProcessInstancesRequest` with its required fields (`maxResults`, `processCode`, `startTimeInMills`); set the others with the methods named after them.
    pub fn new(required: QueryAllProcessInstancesRequired) -> Self {
        let QueryAllProcessInstancesRequired {
            max_results,
            process_code,
            start_time_in_mills,
        } = required;
        Self {
            app_uuid: None,
            end_time_in_mills: None,
            max_results,
            next_token: None,
            process_code,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAllProcessInstancesRequest { "appUuid" => read_field(app_uuid), "endTimeInMills"
    => read_field(end_time_in_mills), "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "processCode" => read_field(process_code),
    "startTimeInMills" => read_field(start_time_in_mills) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryFormByBizTypeRequest {
    /// `appUuid`.
    pub app_uuid: String,
    /// `bizTypes`.
    pub biz_types: Vec<String>,
}
/// The required fields of [`QueryFormByBizTypeRequest`], each named where it is set: `QueryFormByBizTypeRequest::new(QueryFormByBizTypeRequired { .. })`.
pub struct QueryFormByBizTypeRequired {
    /// `appUuid`: see [`QueryFormByBizTypeRequest::app_uuid`].
    pub app_uuid: String,
    /// `bizTypes`: see [`QueryFormByBizTypeRequest::biz_types`].
    pub biz_types: Vec<String>,
}
impl QueryFormByBizTypeRequest {
    /// A `QueryFormByBizTypeRequest` with its required fields (`appUuid`, `bizTypes`); set the others with the methods named after them.
    pub fn new(required: QueryFormByBizTypeRequired) -> Self {
        let QueryFormByBizTypeRequired { app_uuid, biz_types } = required;
        Self { app_uuid, biz_types }
    }
}
rt::impl_serialize! {
    QueryFormByBizTypeRequest { "appUuid" => field(app_uuid), "bizTypes" =>
    field(biz_types) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryFormByBizTypeRequest { "appUuid" => read_field(app_uuid), "bizTypes" =>
    read_field(biz_types) }
}
impl rt::WriteRequest for QueryFormByBizTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryFormInstanceRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `formCode`: a query parameter.
    pub form_code: String,
    /// `formInstanceId`: a query parameter.
    pub form_instance_id: String,
}
/// The required fields of [`QueryFormInstanceRequest`], each named where it is set: `QueryFormInstanceRequest::new(QueryFormInstanceRequired { .. })`.
pub struct QueryFormInstanceRequired {
    /// `formCode`: see [`QueryFormInstanceRequest::form_code`].
    pub form_code: String,
    /// `formInstanceId`: see [`QueryFormInstanceRequest::form_instance_id`].
    pub form_instance_id: String,
}
impl QueryFormInstanceRequest {
    /// A `QueryFormInstanceRequest` with its required fields (`formCode`, `formInstanceId`); set the others with the methods named after them.
    pub fn new(required: QueryFormInstanceRequired) -> Self {
        let QueryFormInstanceRequired { form_code, form_instance_id } = required;
        Self {
            app_uuid: None,
            form_code,
            form_instance_id,
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryFormInstanceRequest { "appUuid" => read_field(app_uuid), "formCode" =>
    read_field(form_code), "formInstanceId" => read_field(form_instance_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryIntegratedTodoTaskRequest`], each named where it is set: `QueryIntegratedTodoTaskRequest::new(QueryIntegratedTodoTaskRequired { .. })`.
pub struct QueryIntegratedTodoTaskRequired {
    /// `pageNumber`: see [`QueryIntegratedTodoTaskRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryIntegratedTodoTaskRequest::page_size`].
    pub page_size: i64,
    /// `userId`: see [`QueryIntegratedTodoTaskRequest::user_id`].
    pub user_id: String,
}
impl QueryIntegratedTodoTaskRequest {
    /// A `QueryIntegratedTodoTaskRequest` with its required fields (`pageNumber`, `pageSize`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryIntegratedTodoTaskRequired) -> Self {
        let QueryIntegratedTodoTaskRequired { page_number, page_size, user_id } = required;
        Self {
            create_before: None,
            page_number,
            page_size,
            user_id,
        }
    }
    /// Sets `createBefore`.
    pub fn create_before(mut self, value: i64) -> Self {
        self.create_before = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryIntegratedTodoTaskRequest { "createBefore" => read_field(create_before),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryProcessByBizCategoryIdRequest {
    /// `bizType`: a query parameter.
    pub biz_type: String,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
/// The required fields of [`QueryProcessByBizCategoryIdRequest`], each named where it is set: `QueryProcessByBizCategoryIdRequest::new(QueryProcessByBizCategoryIdRequired { .. })`.
pub struct QueryProcessByBizCategoryIdRequired {
    /// `bizType`: see [`QueryProcessByBizCategoryIdRequest::biz_type`].
    pub biz_type: String,
}
impl QueryProcessByBizCategoryIdRequest {
    /// A `QueryProcessByBizCategoryIdRequest` with its required fields (`bizType`); set the others with the methods named after them.
    pub fn new(required: QueryProcessByBizCategoryIdRequired) -> Self {
        let QueryProcessByBizCategoryIdRequired { biz_type } = required;
        Self { biz_type, user_id: None }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryProcessByBizCategoryIdRequest { "bizType" => read_field(biz_type), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for QueryProcessByBizCategoryIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_schema_and_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QuerySchemaAndProcessRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
/// The required fields of [`QuerySchemaAndProcessRequest`], each named where it is set: `QuerySchemaAndProcessRequest::new(QuerySchemaAndProcessRequired { .. })`.
pub struct QuerySchemaAndProcessRequired {
    /// `processCode`: see [`QuerySchemaAndProcessRequest::process_code`].
    pub process_code: String,
}
impl QuerySchemaAndProcessRequest {
    /// A `QuerySchemaAndProcessRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(required: QuerySchemaAndProcessRequired) -> Self {
        let QuerySchemaAndProcessRequired { process_code } = required;
        Self {
            app_uuid: None,
            process_code,
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySchemaAndProcessRequest { "appUuid" => read_field(app_uuid), "processCode" =>
    read_field(process_code) }
}
impl rt::WriteRequest for QuerySchemaAndProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::query_schema_by_process_code`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QuerySchemaByProcessCodeRequest {
    /// `appUuid`: a query parameter.
    pub app_uuid: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
}
/// The required fields of [`QuerySchemaByProcessCodeRequest`], each named where it is set: `QuerySchemaByProcessCodeRequest::new(QuerySchemaByProcessCodeRequired { .. })`.
pub struct QuerySchemaByProcessCodeRequired {
    /// `processCode`: see [`QuerySchemaByProcessCodeRequest::process_code`].
    pub process_code: String,
}
impl QuerySchemaByProcessCodeRequest {
    /// A `QuerySchemaByProcessCodeRequest` with its required fields (`processCode`); set the others with the methods named after them.
    pub fn new(required: QuerySchemaByProcessCodeRequired) -> Self {
        let QuerySchemaByProcessCodeRequired { process_code } = required;
        Self {
            app_uuid: None,
            process_code,
        }
    }
    /// Sets `appUuid`.
    pub fn app_uuid(mut self, value: impl Into<String>) -> Self {
        self.app_uuid = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySchemaByProcessCodeRequest { "appUuid" => read_field(app_uuid), "processCode" =>
    read_field(process_code) }
}
impl rt::WriteRequest for QuerySchemaByProcessCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appUuid", &self.app_uuid);
        writer.query("processCode", &self.process_code);
    }
}
/// The request of [`Api::redirect_workflow_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RedirectWorkflowTaskRequest`], each named where it is set: `RedirectWorkflowTaskRequest::new(RedirectWorkflowTaskRequired { .. })`.
pub struct RedirectWorkflowTaskRequired {
    /// `operateUserId`: see [`RedirectWorkflowTaskRequest::operate_user_id`].
    pub operate_user_id: String,
    /// `taskId`: see [`RedirectWorkflowTaskRequest::task_id`].
    pub task_id: i64,
    /// `toUserId`: see [`RedirectWorkflowTaskRequest::to_user_id`].
    pub to_user_id: String,
}
impl RedirectWorkflowTaskRequest {
    /// A `RedirectWorkflowTaskRequest` with its required fields (`operateUserId`, `taskId`, `toUserId`); set the others with the methods named after them.
    pub fn new(required: RedirectWorkflowTaskRequired) -> Self {
        let RedirectWorkflowTaskRequired { operate_user_id, task_id, to_user_id } = required;
        Self {
            action_name: None,
            file: None,
            operate_user_id,
            remark: None,
            task_id,
            to_user_id,
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
rt::impl_serialize! {
    RedirectWorkflowTaskRequest { "actionName" => optional(action_name), "file" =>
    optional(file), "operateUserId" => field(operate_user_id), "remark" =>
    optional(remark), "taskId" => field(task_id), "toUserId" => field(to_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RedirectWorkflowTaskRequest { "actionName" => read_field(action_name), "file" =>
    read_field(file), "operateUserId" => read_field(operate_user_id), "remark" =>
    read_field(remark), "taskId" => read_field(task_id), "toUserId" =>
    read_field(to_user_id) }
}
impl rt::WriteRequest for RedirectWorkflowTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_integrated_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SaveIntegratedInstanceRequest`], each named where it is set: `SaveIntegratedInstanceRequest::new(SaveIntegratedInstanceRequired { .. })`.
pub struct SaveIntegratedInstanceRequired {
    /// `originatorUserId`: see [`SaveIntegratedInstanceRequest::originator_user_id`].
    pub originator_user_id: String,
    /// `processCode`: see [`SaveIntegratedInstanceRequest::process_code`].
    pub process_code: String,
    /// `url`: see [`SaveIntegratedInstanceRequest::url`].
    pub url: String,
}
impl SaveIntegratedInstanceRequest {
    /// A `SaveIntegratedInstanceRequest` with its required fields (`originatorUserId`, `processCode`, `url`); set the others with the methods named after them.
    pub fn new(required: SaveIntegratedInstanceRequired) -> Self {
        let SaveIntegratedInstanceRequired { originator_user_id, process_code, url } = required;
        Self {
            biz_data: None,
            feature_config: None,
            form_component_value_list: None,
            notifiers: None,
            originator_user_id,
            process_code,
            title: None,
            url,
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
rt::impl_serialize! {
    SaveIntegratedInstanceRequest { "bizData" => optional(biz_data), "featureConfig" =>
    optional(feature_config), "formComponentValueList" =>
    optional(form_component_value_list), "notifiers" => optional(notifiers),
    "originatorUserId" => field(originator_user_id), "processCode" =>
    field(process_code), "title" => optional(title), "url" => field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveIntegratedInstanceRequest { "bizData" => read_field(biz_data), "featureConfig" =>
    read_field(feature_config), "formComponentValueList" =>
    read_field(form_component_value_list), "notifiers" => read_field(notifiers),
    "originatorUserId" => read_field(originator_user_id), "processCode" =>
    read_field(process_code), "title" => read_field(title), "url" => read_field(url) }
}
impl rt::WriteRequest for SaveIntegratedInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SaveProcessRequest`], each named where it is set: `SaveProcessRequest::new(SaveProcessRequired { .. })`.
pub struct SaveProcessRequired {
    /// `formComponents`: see [`SaveProcessRequest::form_components`].
    pub form_components: Vec<FormComponent>,
    /// `name`: see [`SaveProcessRequest::name`].
    pub name: String,
}
impl SaveProcessRequest {
    /// A `SaveProcessRequest` with its required fields (`formComponents`, `name`); set the others with the methods named after them.
    pub fn new(required: SaveProcessRequired) -> Self {
        let SaveProcessRequired { form_components, name } = required;
        Self {
            description: None,
            form_components,
            name,
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
rt::impl_serialize! {
    SaveProcessRequest { "description" => optional(description), "formComponents" =>
    field(form_components), "name" => field(name), "processCode" =>
    optional(process_code), "processFeatureConfig" => optional(process_feature_config),
    "templateConfig" => optional(template_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveProcessRequest { "description" => read_field(description), "formComponents" =>
    read_field(form_components), "name" => read_field(name), "processCode" =>
    read_field(process_code), "processFeatureConfig" =>
    read_field(process_feature_config), "templateConfig" => read_field(template_config) }
}
impl rt::WriteRequest for SaveProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_workflow_task_agent`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SetWorkflowTaskAgentRequest`], each named where it is set: `SetWorkflowTaskAgentRequest::new(SetWorkflowTaskAgentRequired { .. })`.
pub struct SetWorkflowTaskAgentRequired {
    /// `agentStaffId`: see [`SetWorkflowTaskAgentRequest::agent_staff_id`].
    pub agent_staff_id: String,
    /// `all`: see [`SetWorkflowTaskAgentRequest::all`].
    pub all: bool,
    /// `endDate`: see [`SetWorkflowTaskAgentRequest::end_date`].
    pub end_date: String,
    /// `fromStaffId`: see [`SetWorkflowTaskAgentRequest::from_staff_id`].
    pub from_staff_id: String,
    /// `managerStaffId`: see [`SetWorkflowTaskAgentRequest::manager_staff_id`].
    pub manager_staff_id: String,
    /// `startDate`: see [`SetWorkflowTaskAgentRequest::start_date`].
    pub start_date: String,
}
impl SetWorkflowTaskAgentRequest {
    /// A `SetWorkflowTaskAgentRequest` with its required fields (`agentStaffId`, `all`, `endDate`, `fromStaffId`, `managerStaffId`, `startDate`); set the others with the methods named after them.
    pub fn new(required: SetWorkflowTaskAgentRequired) -> Self {
        let SetWorkflowTaskAgentRequired {
            agent_staff_id,
            all,
            end_date,
            from_staff_id,
            manager_staff_id,
            start_date,
        } = required;
        Self {
            agent_staff_id,
            all,
            end_date,
            from_staff_id,
            manager_staff_id,
            process_codes: None,
            request_id: None,
            start_date,
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
rt::impl_serialize! {
    SetWorkflowTaskAgentRequest { "agentStaffId" => field(agent_staff_id), "all" =>
    field(all), "endDate" => field(end_date), "fromStaffId" => field(from_staff_id),
    "managerStaffId" => field(manager_staff_id), "processCodes" =>
    optional(process_codes), "requestId" => optional(request_id), "startDate" =>
    field(start_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetWorkflowTaskAgentRequest { "agentStaffId" => read_field(agent_staff_id), "all" =>
    read_field(all), "endDate" => read_field(end_date), "fromStaffId" =>
    read_field(from_staff_id), "managerStaffId" => read_field(manager_staff_id),
    "processCodes" => read_field(process_codes), "requestId" => read_field(request_id),
    "startDate" => read_field(start_date) }
}
impl rt::WriteRequest for SetWorkflowTaskAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::start_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`StartProcessInstanceRequest`], each named where it is set: `StartProcessInstanceRequest::new(StartProcessInstanceRequired { .. })`.
pub struct StartProcessInstanceRequired {
    /// `formComponentValues`: see [`StartProcessInstanceRequest::form_component_values`].
    pub form_component_values: Vec<StartProcessInstanceRequestFormComponentValues>,
    /// `originatorUserId`: see [`StartProcessInstanceRequest::originator_user_id`].
    pub originator_user_id: String,
    /// `processCode`: see [`StartProcessInstanceRequest::process_code`].
    pub process_code: String,
}
impl StartProcessInstanceRequest {
    /// A `StartProcessInstanceRequest` with its required fields (`formComponentValues`, `originatorUserId`, `processCode`); set the others with the methods named after them.
    pub fn new(required: StartProcessInstanceRequired) -> Self {
        let StartProcessInstanceRequired {
            form_component_values,
            originator_user_id,
            process_code,
        } = required;
        Self {
            approvers: None,
            biz_detail_page_url: None,
            cc_list: None,
            cc_position: None,
            dept_id: None,
            form_component_values,
            microapp_agent_id: None,
            originator_user_id,
            process_code,
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
rt::impl_serialize! {
    StartProcessInstanceRequest { "approvers" => optional(approvers), "bizDetailPageUrl"
    => optional(biz_detail_page_url), "ccList" => optional(cc_list), "ccPosition" =>
    optional(cc_position), "deptId" => optional(dept_id), "formComponentValues" =>
    field(form_component_values), "microappAgentId" => optional(microapp_agent_id),
    "originatorUserId" => field(originator_user_id), "processCode" =>
    field(process_code), "targetSelectActioners" => optional(target_select_actioners) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StartProcessInstanceRequest { "approvers" => read_field(approvers),
    "bizDetailPageUrl" => read_field(biz_detail_page_url), "ccList" =>
    read_field(cc_list), "ccPosition" => read_field(cc_position), "deptId" =>
    read_field(dept_id), "formComponentValues" => read_field(form_component_values),
    "microappAgentId" => read_field(microapp_agent_id), "originatorUserId" =>
    read_field(originator_user_id), "processCode" => read_field(process_code),
    "targetSelectActioners" => read_field(target_select_actioners) }
}
impl rt::WriteRequest for StartProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::terminate_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TerminateProcessInstanceRequest`], each named where it is set: `TerminateProcessInstanceRequest::new(TerminateProcessInstanceRequired { .. })`.
pub struct TerminateProcessInstanceRequired {
    /// `processInstanceId`: see [`TerminateProcessInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl TerminateProcessInstanceRequest {
    /// A `TerminateProcessInstanceRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(required: TerminateProcessInstanceRequired) -> Self {
        let TerminateProcessInstanceRequired { process_instance_id } = required;
        Self {
            is_system: None,
            operating_user_id: None,
            process_instance_id,
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
rt::impl_serialize! {
    TerminateProcessInstanceRequest { "isSystem" => optional(is_system),
    "operatingUserId" => optional(operating_user_id), "processInstanceId" =>
    field(process_instance_id), "remark" => optional(remark) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TerminateProcessInstanceRequest { "isSystem" => read_field(is_system),
    "operatingUserId" => read_field(operating_user_id), "processInstanceId" =>
    read_field(process_instance_id), "remark" => read_field(remark) }
}
impl rt::WriteRequest for TerminateProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::todo_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TodoTasksRequest`], each named where it is set: `TodoTasksRequest::new(TodoTasksRequired { .. })`.
pub struct TodoTasksRequired {
    /// `actionerUserId`: see [`TodoTasksRequest::actioner_user_id`].
    pub actioner_user_id: String,
    /// `managerUserId`: see [`TodoTasksRequest::manager_user_id`].
    pub manager_user_id: String,
    /// `maxResults`: see [`TodoTasksRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`TodoTasksRequest::next_token`].
    pub next_token: i64,
}
impl TodoTasksRequest {
    /// A `TodoTasksRequest` with its required fields (`actionerUserId`, `managerUserId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: TodoTasksRequired) -> Self {
        let TodoTasksRequired {
            actioner_user_id,
            manager_user_id,
            max_results,
            next_token,
        } = required;
        Self {
            actioner_user_id,
            manager_user_id,
            max_results,
            next_token,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TodoTasksRequest { "actionerUserId" => read_field(actioner_user_id), "managerUserId"
    => read_field(manager_user_id), "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateIntegratedTaskRequest {
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `tasks`.
    pub tasks: Vec<UpdateIntegratedTaskRequestTasks>,
}
/// The required fields of [`UpdateIntegratedTaskRequest`], each named where it is set: `UpdateIntegratedTaskRequest::new(UpdateIntegratedTaskRequired { .. })`.
pub struct UpdateIntegratedTaskRequired {
    /// `tasks`: see [`UpdateIntegratedTaskRequest::tasks`].
    pub tasks: Vec<UpdateIntegratedTaskRequestTasks>,
}
impl UpdateIntegratedTaskRequest {
    /// A `UpdateIntegratedTaskRequest` with its required fields (`tasks`); set the others with the methods named after them.
    pub fn new(required: UpdateIntegratedTaskRequired) -> Self {
        let UpdateIntegratedTaskRequired { tasks } = required;
        Self {
            process_instance_id: None,
            tasks,
        }
    }
    /// Sets `processInstanceId`.
    pub fn process_instance_id(mut self, value: impl Into<String>) -> Self {
        self.process_instance_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateIntegratedTaskRequest { "processInstanceId" => optional(process_instance_id),
    "tasks" => field(tasks) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateIntegratedTaskRequest { "processInstanceId" => read_field(process_instance_id),
    "tasks" => read_field(tasks) }
}
impl rt::WriteRequest for UpdateIntegratedTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateProcessInstanceRequest`], each named where it is set: `UpdateProcessInstanceRequest::new(UpdateProcessInstanceRequired { .. })`.
pub struct UpdateProcessInstanceRequired {
    /// `processInstanceId`: see [`UpdateProcessInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `status`: see [`UpdateProcessInstanceRequest::status`].
    pub status: String,
}
impl UpdateProcessInstanceRequest {
    /// A `UpdateProcessInstanceRequest` with its required fields (`processInstanceId`, `status`); set the others with the methods named after them.
    pub fn new(required: UpdateProcessInstanceRequired) -> Self {
        let UpdateProcessInstanceRequired { process_instance_id, status } = required;
        Self {
            notifiers: None,
            process_instance_id,
            result: None,
            status,
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
rt::impl_serialize! {
    UpdateProcessInstanceRequest { "notifiers" => optional(notifiers),
    "processInstanceId" => field(process_instance_id), "result" => optional(result),
    "status" => field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateProcessInstanceRequest { "notifiers" => read_field(notifiers),
    "processInstanceId" => read_field(process_instance_id), "result" =>
    read_field(result), "status" => read_field(status) }
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
