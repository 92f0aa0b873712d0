// @generated from api-spec/yida_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 宜搭 (Yida)：宜搭应用的表单、流程与数据。
//!
//! 100 operations, methods of [`Api`] (`client.yida_1_0()`), behind the cargo feature `yida_1_0`; its paths start with `/v1.0/yida/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `yida_1_0`. Get it with `client.yida_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 生成登录态传递用的code
    ///
    /// `POST /v1.0/yida/authorizations/appLoginCodes`: DingTalk's `AppLoginCodeGen` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppLoginCodeGen")]
    #[doc(alias = "/v1.0/yida/authorizations/appLoginCodes")]
    #[doc(alias = "POST /v1.0/yida/authorizations/appLoginCodes")]
    pub fn app_login_code_gen(
        &self,
        request: &AppLoginCodeGenRequest,
    ) -> rt::Call<AppLoginCodeGenResponseBody, AppLoginCodeGenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppLoginCodeGen",
            rt::Method::Post,
            "/v1.0/yida/authorizations/appLoginCodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取指定表单实例ID列表对应的表单实例数据
    ///
    /// `POST /v1.0/yida/forms/instances/ids/query`: DingTalk's `BatchGetFormDataByIdList` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchGetFormDataByIdList")]
    #[doc(alias = "/v1.0/yida/forms/instances/ids/query")]
    #[doc(alias = "POST /v1.0/yida/forms/instances/ids/query")]
    pub fn batch_get_form_data_by_id_list(
        &self,
        request: &BatchGetFormDataByIdListRequest,
    ) -> rt::Call<BatchGetFormDataByIdListResponseBody, BatchGetFormDataByIdListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchGetFormDataByIdList",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/ids/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量删除指定的表单实例
    ///
    /// `POST /v1.0/yida/forms/instances/batchRemove`: DingTalk's `BatchRemovalByFormInstanceIdList` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchRemovalByFormInstanceIdList")]
    #[doc(alias = "/v1.0/yida/forms/instances/batchRemove")]
    #[doc(alias = "POST /v1.0/yida/forms/instances/batchRemove")]
    pub fn batch_removal_by_form_instance_id_list(
        &self,
        request: &BatchRemovalByFormInstanceIdListRequest,
    ) -> rt::Call<(), BatchRemovalByFormInstanceIdListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchRemovalByFormInstanceIdList",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量保存表单实例数据
    ///
    /// `POST /v1.0/yida/forms/instances/batchSave`: DingTalk's `BatchSaveFormData` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchSaveFormData")]
    #[doc(alias = "/v1.0/yida/forms/instances/batchSave")]
    #[doc(alias = "POST /v1.0/yida/forms/instances/batchSave")]
    pub fn batch_save_form_data(
        &self,
        request: &BatchSaveFormDataRequest,
    ) -> rt::Call<BatchSaveFormDataResponseBody, BatchSaveFormDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchSaveFormData",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/batchSave",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 将多条表单实例的指定表单组件更新成指定值
    ///
    /// `PUT /v1.0/yida/forms/instances/components`: DingTalk's `BatchUpdateFormDataByInstanceId` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateFormDataByInstanceId")]
    #[doc(alias = "/v1.0/yida/forms/instances/components")]
    #[doc(alias = "PUT /v1.0/yida/forms/instances/components")]
    pub fn batch_update_form_data_by_instance_id(
        &self,
        request: &BatchUpdateFormDataByInstanceIdRequest,
    ) -> rt::Call<
        BatchUpdateFormDataByInstanceIdResponseBody,
        BatchUpdateFormDataByInstanceIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateFormDataByInstanceId",
            rt::Method::Put,
            "/v1.0/yida/forms/instances/components",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过表单实例数据批量更新表单实例
    ///
    /// `PUT /v1.0/yida/forms/instances/datas`: DingTalk's `BatchUpdateFormDataByInstanceMap` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateFormDataByInstanceMap")]
    #[doc(alias = "/v1.0/yida/forms/instances/datas")]
    #[doc(alias = "PUT /v1.0/yida/forms/instances/datas")]
    pub fn batch_update_form_data_by_instance_map(
        &self,
        request: &BatchUpdateFormDataByInstanceMapRequest,
    ) -> rt::Call<
        BatchUpdateFormDataByInstanceMapResponseBody,
        BatchUpdateFormDataByInstanceMapError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateFormDataByInstanceMap",
            rt::Method::Put,
            "/v1.0/yida/forms/instances/datas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道新购(通过应用授权服务)
    ///
    /// `POST /v1.0/yida/appAuthorizations/order`: DingTalk's `BuyAuthorizationOrder` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BuyAuthorizationOrder")]
    #[doc(alias = "/v1.0/yida/appAuthorizations/order")]
    #[doc(alias = "POST /v1.0/yida/appAuthorizations/order")]
    pub fn buy_authorization_order(
        &self,
        request: &BuyAuthorizationOrderRequest,
    ) -> rt::Call<BuyAuthorizationOrderResponseBody, BuyAuthorizationOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BuyAuthorizationOrder",
            rt::Method::Post,
            "/v1.0/yida/appAuthorizations/order",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新购宜搭产品
    ///
    /// `POST /v1.0/yida/apps/freshOrders`: DingTalk's `BuyFreshOrder` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BuyFreshOrder")]
    #[doc(alias = "/v1.0/yida/apps/freshOrders")]
    #[doc(alias = "POST /v1.0/yida/apps/freshOrders")]
    pub fn buy_fresh_order(
        &self,
        request: &BuyFreshOrderRequest,
    ) -> rt::Call<BuyFreshOrderResponseBody, BuyFreshOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BuyFreshOrder",
            rt::Method::Post,
            "/v1.0/yida/apps/freshOrders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据阿里云账号验证激活结果
    ///
    /// `GET /v1.0/yida/apps/cloudAccountStatus/{callerUid}`: DingTalk's `CheckCloudAccountStatus` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `caller_uid`: `{callerUid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckCloudAccountStatus")]
    #[doc(alias = "/v1.0/yida/apps/cloudAccountStatus/{callerUid}")]
    #[doc(alias = "GET /v1.0/yida/apps/cloudAccountStatus/{callerUid}")]
    pub fn check_cloud_account_status(
        &self,
        caller_uid: &str,
        request: &CheckCloudAccountStatusRequest,
    ) -> rt::Call<CheckCloudAccountStatusResponseBody, CheckCloudAccountStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckCloudAccountStatus",
            rt::Method::Get,
            "/v1.0/yida/apps/cloudAccountStatus/{callerUid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_uid], request)
    }
    /// 新增或更新表单实例
    ///
    /// `POST /v1.0/yida/forms/instances/insertOrUpdate`: DingTalk's `CreateOrUpdateFormData` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateOrUpdateFormData")]
    #[doc(alias = "/v1.0/yida/forms/instances/insertOrUpdate")]
    #[doc(alias = "POST /v1.0/yida/forms/instances/insertOrUpdate")]
    pub fn create_or_update_form_data(
        &self,
        request: &CreateOrUpdateFormDataRequest,
    ) -> rt::Call<CreateOrUpdateFormDataResponseBody, CreateOrUpdateFormDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateOrUpdateFormData",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/insertOrUpdate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除表单实例
    ///
    /// `DELETE /v1.0/yida/forms/instances`: DingTalk's `DeleteFormData` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteFormData")]
    #[doc(alias = "/v1.0/yida/forms/instances")]
    #[doc(alias = "DELETE /v1.0/yida/forms/instances")]
    pub fn delete_form_data(
        &self,
        request: &DeleteFormDataRequest,
    ) -> rt::Call<(), DeleteFormDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFormData",
            rt::Method::Delete,
            "/v1.0/yida/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除流程实例
    ///
    /// `DELETE /v1.0/yida/processes/instances`: DingTalk's `DeleteInstance` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteInstance")]
    #[doc(alias = "/v1.0/yida/processes/instances")]
    #[doc(alias = "DELETE /v1.0/yida/processes/instances")]
    pub fn delete_instance(
        &self,
        request: &DeleteInstanceRequest,
    ) -> rt::Call<(), DeleteInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteInstance",
            rt::Method::Delete,
            "/v1.0/yida/processes/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// deleteSequence
    ///
    /// `DELETE /v1.0/yida/forms/deleteSequence`: DingTalk's `DeleteSequence` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteSequence")]
    #[doc(alias = "/v1.0/yida/forms/deleteSequence")]
    #[doc(alias = "DELETE /v1.0/yida/forms/deleteSequence")]
    pub fn delete_sequence(
        &self,
        request: &DeleteSequenceRequest,
    ) -> rt::Call<rt::serde_json::Value, DeleteSequenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSequence",
            rt::Method::Delete,
            "/v1.0/yida/forms/deleteSequence",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 云开发平台函数计算部署完成回调宜搭
    ///
    /// `POST /v1.0/yida/functionComputeConnectors/completeDeployments/notify`: DingTalk's `DeployFunctionCallback` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeployFunctionCallback")]
    #[doc(alias = "/v1.0/yida/functionComputeConnectors/completeDeployments/notify")]
    #[doc(
        alias = "POST /v1.0/yida/functionComputeConnectors/completeDeployments/notify"
    )]
    pub fn deploy_function_callback(
        &self,
        request: &DeployFunctionCallbackRequest,
    ) -> rt::Call<DeployFunctionCallbackResponseBody, DeployFunctionCallbackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeployFunctionCallback",
            rt::Method::Post,
            "/v1.0/yida/functionComputeConnectors/completeDeployments/notify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量审批
    ///
    /// `POST /v1.0/yida/tasks/batches/execute`: DingTalk's `ExecuteBatchTask` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExecuteBatchTask")]
    #[doc(alias = "/v1.0/yida/tasks/batches/execute")]
    #[doc(alias = "POST /v1.0/yida/tasks/batches/execute")]
    pub fn execute_batch_task(
        &self,
        request: &ExecuteBatchTaskRequest,
    ) -> rt::Call<ExecuteBatchTaskResponseBody, ExecuteBatchTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteBatchTask",
            rt::Method::Post,
            "/v1.0/yida/tasks/batches/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 执行用户自定义的API接口
    ///
    /// `POST /v1.0/yida/apps/customApi/execute`: DingTalk's `ExecuteCustomApi` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExecuteCustomApi")]
    #[doc(alias = "/v1.0/yida/apps/customApi/execute")]
    #[doc(alias = "POST /v1.0/yida/apps/customApi/execute")]
    pub fn execute_custom_api(
        &self,
        request: &ExecuteCustomApiRequest,
    ) -> rt::Call<ExecuteCustomApiResponseBody, ExecuteCustomApiError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteCustomApi",
            rt::Method::Post,
            "/v1.0/yida/apps/customApi/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 执行宜搭平台的审批任务
    ///
    /// `POST /v1.0/yida/tasks/platformTasks/execute`: DingTalk's `ExecutePlatformTask` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExecutePlatformTask")]
    #[doc(alias = "/v1.0/yida/tasks/platformTasks/execute")]
    #[doc(alias = "POST /v1.0/yida/tasks/platformTasks/execute")]
    pub fn execute_platform_task(
        &self,
        request: &ExecutePlatformTaskRequest,
    ) -> rt::Call<(), ExecutePlatformTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecutePlatformTask",
            rt::Method::Post,
            "/v1.0/yida/tasks/platformTasks/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 执行审批任务
    ///
    /// `POST /v1.0/yida/tasks/execute`: DingTalk's `ExecuteTask` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExecuteTask")]
    #[doc(alias = "/v1.0/yida/tasks/execute")]
    #[doc(alias = "POST /v1.0/yida/tasks/execute")]
    pub fn execute_task(
        &self,
        request: &ExecuteTaskRequest,
    ) -> rt::Call<(), ExecuteTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteTask",
            rt::Method::Post,
            "/v1.0/yida/tasks/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道到期
    ///
    /// `PUT /v1.0/yida/appAuth/commodities/expire`: DingTalk's `ExpireCommodity` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExpireCommodity")]
    #[doc(alias = "/v1.0/yida/appAuth/commodities/expire")]
    #[doc(alias = "PUT /v1.0/yida/appAuth/commodities/expire")]
    pub fn expire_commodity(
        &self,
        request: &ExpireCommodityRequest,
    ) -> rt::Call<ExpireCommodityResponseBody, ExpireCommodityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExpireCommodity",
            rt::Method::Put,
            "/v1.0/yida/appAuth/commodities/expire",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据阿里云账号获取激活码
    ///
    /// `GET /v1.0/yida/applications/activationCodes/{callerUid}`: DingTalk's `GetActivationCodeByCallerUnionId` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `caller_uid`: `{callerUid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetActivationCodeByCallerUnionId")]
    #[doc(alias = "/v1.0/yida/applications/activationCodes/{callerUid}")]
    #[doc(alias = "GET /v1.0/yida/applications/activationCodes/{callerUid}")]
    pub fn get_activation_code_by_caller_union_id(
        &self,
        caller_uid: &str,
        request: &GetActivationCodeByCallerUnionIdRequest,
    ) -> rt::Call<
        GetActivationCodeByCallerUnionIdResponseBody,
        GetActivationCodeByCallerUnionIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetActivationCodeByCallerUnionId",
            rt::Method::Get,
            "/v1.0/yida/applications/activationCodes/{callerUid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_uid], request)
    }
    /// 获取流程实例可操作功能列表
    ///
    /// `GET /v1.0/yida/processDefinitions/buttons/{appType}/{processCode}/{activityId}`: DingTalk's `GetActivityButtonList` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `app_type`: `{appType}` in the path.
    /// - `process_code`: `{processCode}` in the path.
    /// - `activity_id`: `{activityId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetActivityButtonList")]
    #[doc(
        alias = "/v1.0/yida/processDefinitions/buttons/{appType}/{processCode}/{activityId}"
    )]
    #[doc(
        alias = "GET /v1.0/yida/processDefinitions/buttons/{appType}/{processCode}/{activityId}"
    )]
    pub fn get_activity_button_list(
        &self,
        app_type: &str,
        process_code: &str,
        activity_id: &str,
        request: &GetActivityButtonListRequest,
    ) -> rt::Call<GetActivityButtonListResponseBody, GetActivityButtonListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetActivityButtonList",
            rt::Method::Get,
            "/v1.0/yida/processDefinitions/buttons/{appType}/{processCode}/{activityId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[app_type, process_code, activity_id],
            request,
        )
    }
    /// 获取流程设计的节点信息
    ///
    /// `GET /v1.0/yida/processes/activities`: DingTalk's `GetActivityList` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetActivityList")]
    #[doc(alias = "/v1.0/yida/processes/activities")]
    #[doc(alias = "GET /v1.0/yida/processes/activities")]
    pub fn get_activity_list(
        &self,
        request: &GetActivityListRequest,
    ) -> rt::Call<GetActivityListResponseBody, GetActivityListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetActivityList",
            rt::Method::Get,
            "/v1.0/yida/processes/activities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询表单的接口，支持分页、表单名称模糊查询
    ///
    /// `POST /v1.0/yida/metadata/allAuthCubes/query`: DingTalk's `GetAllAuthCubes` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_all_auth_cubes_pages`].
    #[doc(alias = "GetAllAuthCubes")]
    #[doc(alias = "/v1.0/yida/metadata/allAuthCubes/query")]
    #[doc(alias = "POST /v1.0/yida/metadata/allAuthCubes/query")]
    pub fn get_all_auth_cubes(
        &self,
        request: &GetAllAuthCubesRequest,
    ) -> rt::Call<GetAllAuthCubesResponseBody, GetAllAuthCubesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllAuthCubes",
            rt::Method::Post,
            "/v1.0/yida/metadata/allAuthCubes/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道平台概览接口
    ///
    /// `GET /v1.0/yida/authorization/platformResources`: DingTalk's `GetApplicationAuthorizationServicePlatformResource` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetApplicationAuthorizationServicePlatformResource")]
    #[doc(alias = "/v1.0/yida/authorization/platformResources")]
    #[doc(alias = "GET /v1.0/yida/authorization/platformResources")]
    pub fn get_application_authorization_service_platform_resource(
        &self,
        request: &GetApplicationAuthorizationServicePlatformResourceRequest,
    ) -> rt::Call<
        GetApplicationAuthorizationServicePlatformResourceResponseBody,
        GetApplicationAuthorizationServicePlatformResourceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetApplicationAuthorizationServicePlatformResource",
            rt::Method::Get,
            "/v1.0/yida/authorization/platformResources",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取自动化流日志详情
    ///
    /// `GET /v1.0/yida/logs/automations`: DingTalk's `GetAutoFlowLogDetail` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_auto_flow_log_detail_pages`].
    #[doc(alias = "GetAutoFlowLogDetail")]
    #[doc(alias = "/v1.0/yida/logs/automations")]
    #[doc(alias = "GET /v1.0/yida/logs/automations")]
    pub fn get_auto_flow_log_detail(
        &self,
        request: &GetAutoFlowLogDetailRequest,
    ) -> rt::Call<GetAutoFlowLogDetailResponseBody, GetAutoFlowLogDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAutoFlowLogDetail",
            rt::Method::Get,
            "/v1.0/yida/logs/automations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询已完成任务列表
    ///
    /// `GET /v1.0/yida/tasks/completedTasks/{corpId}/{userId}`: DingTalk's `GetCorpAccomplishmentTasks` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `corp_id`: `{corpId}` in the path.
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_corp_accomplishment_tasks_pages`].
    #[doc(alias = "GetCorpAccomplishmentTasks")]
    #[doc(alias = "/v1.0/yida/tasks/completedTasks/{corpId}/{userId}")]
    #[doc(alias = "GET /v1.0/yida/tasks/completedTasks/{corpId}/{userId}")]
    pub fn get_corp_accomplishment_tasks(
        &self,
        corp_id: &str,
        user_id: &str,
        request: &GetCorpAccomplishmentTasksRequest,
    ) -> rt::Call<
        GetCorpAccomplishmentTasksResponseBody,
        GetCorpAccomplishmentTasksError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCorpAccomplishmentTasks",
            rt::Method::Get,
            "/v1.0/yida/tasks/completedTasks/{corpId}/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[corp_id, user_id], request)
    }
    /// 根据accountId获取企业等级
    ///
    /// `GET /v1.0/yida/apps/corpLevel`: DingTalk's `GetCorpLevelByAccountId` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCorpLevelByAccountId")]
    #[doc(alias = "/v1.0/yida/apps/corpLevel")]
    #[doc(alias = "GET /v1.0/yida/apps/corpLevel")]
    pub fn get_corp_level_by_account_id(
        &self,
        request: &GetCorpLevelByAccountIdRequest,
    ) -> rt::Call<GetCorpLevelByAccountIdResponseBody, GetCorpLevelByAccountIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCorpLevelByAccountId",
            rt::Method::Get,
            "/v1.0/yida/apps/corpLevel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询待办任务列表
    ///
    /// `GET /v1.0/yida/corpTasks`: DingTalk's `GetCorpTasks` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_corp_tasks_pages`].
    #[doc(alias = "GetCorpTasks")]
    #[doc(alias = "/v1.0/yida/corpTasks")]
    #[doc(alias = "GET /v1.0/yida/corpTasks")]
    pub fn get_corp_tasks(
        &self,
        request: &GetCorpTasksRequest,
    ) -> rt::Call<GetCorpTasksResponseBody, GetCorpTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCorpTasks",
            rt::Method::Get,
            "/v1.0/yida/corpTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取数据库连接串信息
    ///
    /// `GET /v1.0/yida/metadata/dbConfigs`: DingTalk's `GetDbConfig` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDbConfig")]
    #[doc(alias = "/v1.0/yida/metadata/dbConfigs")]
    #[doc(alias = "GET /v1.0/yida/metadata/dbConfigs")]
    pub fn get_db_config(
        &self,
        request: &GetDbConfigRequest,
    ) -> rt::Call<GetDbConfigResponseBody, GetDbConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDbConfig",
            rt::Method::Get,
            "/v1.0/yida/metadata/dbConfigs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据表单ID获取字段信息
    ///
    /// `GET /v1.0/yida/forms/formFields`: DingTalk's `GetFieldDefByUuid` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFieldDefByUuid")]
    #[doc(alias = "/v1.0/yida/forms/formFields")]
    #[doc(alias = "GET /v1.0/yida/forms/formFields")]
    pub fn get_field_def_by_uuid(
        &self,
        request: &GetFieldDefByUuidRequest,
    ) -> rt::Call<GetFieldDefByUuidResponseBody, GetFieldDefByUuidError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFieldDefByUuid",
            rt::Method::Get,
            "/v1.0/yida/forms/formFields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取表单定义
    ///
    /// `GET /v1.0/yida/forms/definitions/{appType}/{formUuid}`: DingTalk's `GetFormComponentDefinitionList` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `app_type`: `{appType}` in the path.
    /// - `form_uuid`: `{formUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFormComponentDefinitionList")]
    #[doc(alias = "/v1.0/yida/forms/definitions/{appType}/{formUuid}")]
    #[doc(alias = "GET /v1.0/yida/forms/definitions/{appType}/{formUuid}")]
    pub fn get_form_component_definition_list(
        &self,
        app_type: &str,
        form_uuid: &str,
        request: &GetFormComponentDefinitionListRequest,
    ) -> rt::Call<
        GetFormComponentDefinitionListResponseBody,
        GetFormComponentDefinitionListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFormComponentDefinitionList",
            rt::Method::Get,
            "/v1.0/yida/forms/definitions/{appType}/{formUuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type, form_uuid], request)
    }
    /// 根据表单 ID 查询实例详情
    ///
    /// `GET /v1.0/yida/forms/instances/{id}`: DingTalk's `GetFormDataByID` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFormDataByID")]
    #[doc(alias = "/v1.0/yida/forms/instances/{id}")]
    #[doc(alias = "GET /v1.0/yida/forms/instances/{id}")]
    pub fn get_form_data_by_id(
        &self,
        id: &str,
        request: &GetFormDataByIDRequest,
    ) -> rt::Call<GetFormDataByIDResponseBody, GetFormDataByIDError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFormDataByID",
            rt::Method::Get,
            "/v1.0/yida/forms/instances/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[id], request)
    }
    /// 获取应用内表单列表信息
    ///
    /// `GET /v1.0/yida/forms`: DingTalk's `GetFormListInApp` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_form_list_in_app_pages`].
    #[doc(alias = "GetFormListInApp")]
    #[doc(alias = "/v1.0/yida/forms")]
    #[doc(alias = "GET /v1.0/yida/forms")]
    pub fn get_form_list_in_app(
        &self,
        request: &GetFormListInAppRequest,
    ) -> rt::Call<GetFormListInAppResponseBody, GetFormListInAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFormListInApp",
            rt::Method::Get,
            "/v1.0/yida/forms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据实例 ID 获取流程实例详情
    ///
    /// `GET /v1.0/yida/processes/instancesInfos/{id}`: DingTalk's `GetInstanceById` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInstanceById")]
    #[doc(alias = "/v1.0/yida/processes/instancesInfos/{id}")]
    #[doc(alias = "GET /v1.0/yida/processes/instancesInfos/{id}")]
    pub fn get_instance_by_id(
        &self,
        id: &str,
        request: &GetInstanceByIdRequest,
    ) -> rt::Call<GetInstanceByIdResponseBody, GetInstanceByIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInstanceById",
            rt::Method::Get,
            "/v1.0/yida/processes/instancesInfos/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[id], request)
    }
    /// 根据条件搜索流程实例 ID
    ///
    /// `POST /v1.0/yida/processes/instanceIds`: DingTalk's `GetInstanceIdList` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_instance_id_list_pages`].
    #[doc(alias = "GetInstanceIdList")]
    #[doc(alias = "/v1.0/yida/processes/instanceIds")]
    #[doc(alias = "POST /v1.0/yida/processes/instanceIds")]
    pub fn get_instance_id_list(
        &self,
        request: &GetInstanceIdListRequest,
    ) -> rt::Call<GetInstanceIdListResponseBody, GetInstanceIdListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInstanceIdList",
            rt::Method::Post,
            "/v1.0/yida/processes/instanceIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据搜索条件获取流程表单实例详情
    ///
    /// `POST /v1.0/yida/processes/instances`: DingTalk's `GetInstances` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_instances_pages`].
    #[doc(alias = "GetInstances")]
    #[doc(alias = "/v1.0/yida/processes/instances")]
    #[doc(alias = "POST /v1.0/yida/processes/instances")]
    pub fn get_instances(
        &self,
        request: &GetInstancesRequest,
    ) -> rt::Call<GetInstancesResponseBody, GetInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInstances",
            rt::Method::Post,
            "/v1.0/yida/processes/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据实例 ID 列表批量获取流程实例详情
    ///
    /// `GET /v1.0/yida/processes/instances/searchWithIds`: DingTalk's `GetInstancesByIdList` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInstancesByIdList")]
    #[doc(alias = "/v1.0/yida/processes/instances/searchWithIds")]
    #[doc(alias = "GET /v1.0/yida/processes/instances/searchWithIds")]
    pub fn get_instances_by_id_list(
        &self,
        request: &GetInstancesByIdListRequest,
    ) -> rt::Call<GetInstancesByIdListResponseBody, GetInstancesByIdListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInstancesByIdList",
            rt::Method::Get,
            "/v1.0/yida/processes/instances/searchWithIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询已提交任务列表
    ///
    /// `GET /v1.0/yida/tasks/myCorpSubmission/{userId}`: DingTalk's `GetMeCorpSubmission` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_me_corp_submission_pages`].
    #[doc(alias = "GetMeCorpSubmission")]
    #[doc(alias = "/v1.0/yida/tasks/myCorpSubmission/{userId}")]
    #[doc(alias = "GET /v1.0/yida/tasks/myCorpSubmission/{userId}")]
    pub fn get_me_corp_submission(
        &self,
        user_id: &str,
        request: &GetMeCorpSubmissionRequest,
    ) -> rt::Call<GetMeCorpSubmissionResponseBody, GetMeCorpSubmissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMeCorpSubmission",
            rt::Method::Get,
            "/v1.0/yida/tasks/myCorpSubmission/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询抄送我的任务列表（企业维度）
    ///
    /// `GET /v1.0/yida/corpNotifications/{userId}`: DingTalk's `GetNotifyMe` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_notify_me_pages`].
    #[doc(alias = "GetNotifyMe")]
    #[doc(alias = "/v1.0/yida/corpNotifications/{userId}")]
    #[doc(alias = "GET /v1.0/yida/corpNotifications/{userId}")]
    pub fn get_notify_me(
        &self,
        user_id: &str,
        request: &GetNotifyMeRequest,
    ) -> rt::Call<GetNotifyMeResponseBody, GetNotifyMeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetNotifyMe",
            rt::Method::Get,
            "/v1.0/yida/corpNotifications/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 附件地址转临时免登地址
    ///
    /// `GET /v1.0/yida/apps/temporaryUrls/{appType}`: DingTalk's `GetOpenUrl` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `app_type`: `{appType}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOpenUrl")]
    #[doc(alias = "/v1.0/yida/apps/temporaryUrls/{appType}")]
    #[doc(alias = "GET /v1.0/yida/apps/temporaryUrls/{appType}")]
    pub fn get_open_url(
        &self,
        app_type: &str,
        request: &GetOpenUrlRequest,
    ) -> rt::Call<GetOpenUrlResponseBody, GetOpenUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOpenUrl",
            rt::Method::Get,
            "/v1.0/yida/apps/temporaryUrls/{appType}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type], request)
    }
    /// 获取审批记录
    ///
    /// `GET /v1.0/yida/processes/operationRecords`: DingTalk's `GetOperationRecords` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOperationRecords")]
    #[doc(alias = "/v1.0/yida/processes/operationRecords")]
    #[doc(alias = "GET /v1.0/yida/processes/operationRecords")]
    pub fn get_operation_records(
        &self,
        request: &GetOperationRecordsRequest,
    ) -> rt::Call<GetOperationRecordsResponseBody, GetOperationRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOperationRecords",
            rt::Method::Get,
            "/v1.0/yida/processes/operationRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道平台概览接口
    ///
    /// `GET /v1.0/yida/apps/platformResources`: DingTalk's `GetPlatformResource` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPlatformResource")]
    #[doc(alias = "/v1.0/yida/apps/platformResources")]
    #[doc(alias = "GET /v1.0/yida/apps/platformResources")]
    pub fn get_platform_resource(
        &self,
        request: &GetPlatformResourceRequest,
    ) -> rt::Call<GetPlatformResourceResponseBody, GetPlatformResourceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPlatformResource",
            rt::Method::Get,
            "/v1.0/yida/apps/platformResources",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户开通打印模板的应用信息
    ///
    /// `GET /v1.0/yida/printTemplates/printAppInfos`: DingTalk's `GetPrintAppInfo` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPrintAppInfo")]
    #[doc(alias = "/v1.0/yida/printTemplates/printAppInfos")]
    #[doc(alias = "GET /v1.0/yida/printTemplates/printAppInfos")]
    pub fn get_print_app_info(
        &self,
        request: &GetPrintAppInfoRequest,
    ) -> rt::Call<GetPrintAppInfoResponseBody, GetPrintAppInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrintAppInfo",
            rt::Method::Get,
            "/v1.0/yida/printTemplates/printAppInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取打印所需的表单与流程节点
    ///
    /// `GET /v1.0/yida/printTemplates/printDictionaries`: DingTalk's `GetPrintDictionary` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPrintDictionary")]
    #[doc(alias = "/v1.0/yida/printTemplates/printDictionaries")]
    #[doc(alias = "GET /v1.0/yida/printTemplates/printDictionaries")]
    pub fn get_print_dictionary(
        &self,
        request: &GetPrintDictionaryRequest,
    ) -> rt::Call<GetPrintDictionaryResponseBody, GetPrintDictionaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrintDictionary",
            rt::Method::Get,
            "/v1.0/yida/printTemplates/printDictionaries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程定义
    ///
    /// `GET /v1.0/yida/processes/definitions/{processInstanceId}`: DingTalk's `GetProcessDefinition` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `process_instance_id`: `{processInstanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProcessDefinition")]
    #[doc(alias = "/v1.0/yida/processes/definitions/{processInstanceId}")]
    #[doc(alias = "GET /v1.0/yida/processes/definitions/{processInstanceId}")]
    pub fn get_process_definition(
        &self,
        process_instance_id: &str,
        request: &GetProcessDefinitionRequest,
    ) -> rt::Call<GetProcessDefinitionResponseBody, GetProcessDefinitionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessDefinition",
            rt::Method::Get,
            "/v1.0/yida/processes/definitions/{processInstanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[process_instance_id], request)
    }
    /// 根据流程ID获取流程设计结构
    ///
    /// `GET /v1.0/yida/processes/{processId}definitions/designs`: DingTalk's `GetProcessDesign` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `process_id`: `{processId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProcessDesign")]
    #[doc(alias = "/v1.0/yida/processes/{processId}definitions/designs")]
    #[doc(alias = "GET /v1.0/yida/processes/{processId}definitions/designs")]
    pub fn get_process_design(
        &self,
        process_id: &str,
        request: &GetProcessDesignRequest,
    ) -> rt::Call<GetProcessDesignResponseBody, GetProcessDesignError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessDesign",
            rt::Method::Get,
            "/v1.0/yida/processes/{processId}definitions/designs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[process_id], request)
    }
    /// 根据流程ID获取流程设计结构
    ///
    /// `GET /v1.0/yida/processes/designStructures`: DingTalk's `GetProcessDesignByCode` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProcessDesignByCode")]
    #[doc(alias = "/v1.0/yida/processes/designStructures")]
    #[doc(alias = "GET /v1.0/yida/processes/designStructures")]
    pub fn get_process_design_by_code(
        &self,
        request: &GetProcessDesignByCodeRequest,
    ) -> rt::Call<GetProcessDesignByCodeResponseBody, GetProcessDesignByCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessDesignByCode",
            rt::Method::Get,
            "/v1.0/yida/processes/designStructures",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过实例id批量获取待办任务
    ///
    /// `POST /v1.0/yida/tasks/runningTasks/query`: DingTalk's `GetRunningTaskList` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRunningTaskList")]
    #[doc(alias = "/v1.0/yida/tasks/runningTasks/query")]
    #[doc(alias = "POST /v1.0/yida/tasks/runningTasks/query")]
    pub fn get_running_task_list(
        &self,
        request: &GetRunningTaskListRequest,
    ) -> rt::Call<GetRunningTaskListResponseBody, GetRunningTaskListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRunningTaskList",
            rt::Method::Post,
            "/v1.0/yida/tasks/runningTasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询流程运行任务（vpc）
    ///
    /// `GET /v1.0/yida/processes/tasks/getRunningTasks`: DingTalk's `GetRunningTasks` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRunningTasks")]
    #[doc(alias = "/v1.0/yida/processes/tasks/getRunningTasks")]
    #[doc(alias = "GET /v1.0/yida/processes/tasks/getRunningTasks")]
    pub fn get_running_tasks(
        &self,
        request: &GetRunningTasksRequest,
    ) -> rt::Call<GetRunningTasksResponseBody, GetRunningTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRunningTasks",
            rt::Method::Get,
            "/v1.0/yida/processes/tasks/getRunningTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据用户employeeCode获取所在企业信息(包含售卖版本)
    ///
    /// `GET /v1.0/yida/apps/saleUserInfo`: DingTalk's `GetSaleUserInfoByUserId` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSaleUserInfoByUserId")]
    #[doc(alias = "/v1.0/yida/apps/saleUserInfo")]
    #[doc(alias = "GET /v1.0/yida/apps/saleUserInfo")]
    pub fn get_sale_user_info_by_user_id(
        &self,
        request: &GetSaleUserInfoByUserIdRequest,
    ) -> rt::Call<GetSaleUserInfoByUserIdResponseBody, GetSaleUserInfoByUserIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSaleUserInfoByUserId",
            rt::Method::Get,
            "/v1.0/yida/apps/saleUserInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 表单的元数据(字段)查询接口
    ///
    /// `GET /v1.0/yida/metadata/simpleCubeModelLists`: DingTalk's `GetSimpleCubeModelList` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSimpleCubeModelList")]
    #[doc(alias = "/v1.0/yida/metadata/simpleCubeModelLists")]
    #[doc(alias = "GET /v1.0/yida/metadata/simpleCubeModelLists")]
    pub fn get_simple_cube_model_list(
        &self,
        request: &GetSimpleCubeModelListRequest,
    ) -> rt::Call<GetSimpleCubeModelListResponseBody, GetSimpleCubeModelListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSimpleCubeModelList",
            rt::Method::Get,
            "/v1.0/yida/metadata/simpleCubeModelLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询抄送我的任务列表（应用维度）
    ///
    /// `GET /v1.0/yida/tasks/taskCopies`: DingTalk's `GetTaskCopies` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_task_copies_pages`].
    #[doc(alias = "GetTaskCopies")]
    #[doc(alias = "/v1.0/yida/tasks/taskCopies")]
    #[doc(alias = "GET /v1.0/yida/tasks/taskCopies")]
    pub fn get_task_copies(
        &self,
        request: &GetTaskCopiesRequest,
    ) -> rt::Call<GetTaskCopiesResponseBody, GetTaskCopiesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTaskCopies",
            rt::Method::Get,
            "/v1.0/yida/tasks/taskCopies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取组织下的宜搭应用列表
    ///
    /// `GET /v1.0/yida/organizations/applications`: DingTalk's `ListApplication` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_application_pages`].
    #[doc(alias = "ListApplication")]
    #[doc(alias = "/v1.0/yida/organizations/applications")]
    #[doc(alias = "GET /v1.0/yida/organizations/applications")]
    pub fn list_application(
        &self,
        request: &ListApplicationRequest,
    ) -> rt::Call<ListApplicationResponseBody, ListApplicationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListApplication",
            rt::Method::Get,
            "/v1.0/yida/organizations/applications",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道应用概览
    ///
    /// `GET /v1.0/yida/authorizations/applicationInfos/{instanceId}`: DingTalk's `ListApplicationAuthorizationServiceApplicationInformation` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_application_authorization_service_application_information_pages`].
    #[doc(alias = "ListApplicationAuthorizationServiceApplicationInformation")]
    #[doc(alias = "/v1.0/yida/authorizations/applicationInfos/{instanceId}")]
    #[doc(alias = "GET /v1.0/yida/authorizations/applicationInfos/{instanceId}")]
    pub fn list_application_authorization_service_application_information(
        &self,
        instance_id: &str,
        request: &ListApplicationAuthorizationServiceApplicationInformationRequest,
    ) -> rt::Call<
        ListApplicationAuthorizationServiceApplicationInformationResponseBody,
        ListApplicationAuthorizationServiceApplicationInformationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListApplicationAuthorizationServiceApplicationInformation",
            rt::Method::Get,
            "/v1.0/yida/authorizations/applicationInfos/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道插件概览
    ///
    /// `GET /v1.0/yida/applicationAuthorizations/plugs/{instanceId}`: DingTalk's `ListApplicationAuthorizationServiceConnectorInformation` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_application_authorization_service_connector_information_pages`].
    #[doc(alias = "ListApplicationAuthorizationServiceConnectorInformation")]
    #[doc(alias = "/v1.0/yida/applicationAuthorizations/plugs/{instanceId}")]
    #[doc(alias = "GET /v1.0/yida/applicationAuthorizations/plugs/{instanceId}")]
    pub fn list_application_authorization_service_connector_information(
        &self,
        instance_id: &str,
        request: &ListApplicationAuthorizationServiceConnectorInformationRequest,
    ) -> rt::Call<
        ListApplicationAuthorizationServiceConnectorInformationResponseBody,
        ListApplicationAuthorizationServiceConnectorInformationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListApplicationAuthorizationServiceConnectorInformation",
            rt::Method::Get,
            "/v1.0/yida/applicationAuthorizations/plugs/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道应用概览
    ///
    /// `GET /v1.0/yida/apps/infos/{instanceId}`: DingTalk's `ListApplicationInformation` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_application_information_pages`].
    #[doc(alias = "ListApplicationInformation")]
    #[doc(alias = "/v1.0/yida/apps/infos/{instanceId}")]
    #[doc(alias = "GET /v1.0/yida/apps/infos/{instanceId}")]
    pub fn list_application_information(
        &self,
        instance_id: &str,
        request: &ListApplicationInformationRequest,
    ) -> rt::Call<
        ListApplicationInformationResponseBody,
        ListApplicationInformationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListApplicationInformation",
            rt::Method::Get,
            "/v1.0/yida/apps/infos/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道列出商品列表
    ///
    /// `GET /v1.0/yida/appAuth/commodities`: DingTalk's `ListCommodity` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_commodity_pages`].
    #[doc(alias = "ListCommodity")]
    #[doc(alias = "/v1.0/yida/appAuth/commodities")]
    #[doc(alias = "GET /v1.0/yida/appAuth/commodities")]
    pub fn list_commodity(
        &self,
        request: &ListCommodityRequest,
    ) -> rt::Call<ListCommodityResponseBody, ListCommodityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListCommodity",
            rt::Method::Get,
            "/v1.0/yida/appAuth/commodities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道插件概览
    ///
    /// `GET /v1.0/yida/plugins/infos/{instanceId}`: DingTalk's `ListConnectorInformation` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_connector_information_pages`].
    #[doc(alias = "ListConnectorInformation")]
    #[doc(alias = "/v1.0/yida/plugins/infos/{instanceId}")]
    #[doc(alias = "GET /v1.0/yida/plugins/infos/{instanceId}")]
    pub fn list_connector_information(
        &self,
        instance_id: &str,
        request: &ListConnectorInformationRequest,
    ) -> rt::Call<ListConnectorInformationResponseBody, ListConnectorInformationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListConnectorInformation",
            rt::Method::Get,
            "/v1.0/yida/plugins/infos/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 查询表单实例评论列表
    ///
    /// `POST /v1.0/yida/forms/remarks/query`: DingTalk's `ListFormRemarks` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListFormRemarks")]
    #[doc(alias = "/v1.0/yida/forms/remarks/query")]
    #[doc(alias = "POST /v1.0/yida/forms/remarks/query")]
    pub fn list_form_remarks(
        &self,
        request: &ListFormRemarksRequest,
    ) -> rt::Call<ListFormRemarksResponseBody, ListFormRemarksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFormRemarks",
            rt::Method::Post,
            "/v1.0/yida/forms/remarks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取应用下的页面列表
    ///
    /// `GET /v1.0/yida/apps/navigations`: DingTalk's `ListNavigationByFormType` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListNavigationByFormType")]
    #[doc(alias = "/v1.0/yida/apps/navigations")]
    #[doc(alias = "GET /v1.0/yida/apps/navigations")]
    pub fn list_navigation_by_form_type(
        &self,
        request: &ListNavigationByFormTypeRequest,
    ) -> rt::Call<ListNavigationByFormTypeResponseBody, ListNavigationByFormTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListNavigationByFormType",
            rt::Method::Get,
            "/v1.0/yida/apps/navigations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询表单的变更记录
    ///
    /// `POST /v1.0/yida/forms/operationsLogs/query`: DingTalk's `ListOperationLogs` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListOperationLogs")]
    #[doc(alias = "/v1.0/yida/forms/operationsLogs/query")]
    #[doc(alias = "POST /v1.0/yida/forms/operationsLogs/query")]
    pub fn list_operation_logs(
        &self,
        request: &ListOperationLogsRequest,
    ) -> rt::Call<ListOperationLogsResponseBody, ListOperationLogsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListOperationLogs",
            rt::Method::Post,
            "/v1.0/yida/forms/operationsLogs/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取子表单数据
    ///
    /// `GET /v1.0/yida/forms/innerTables/{formInstanceId}`: DingTalk's `ListTableDataByFormInstanceIdTableId` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `form_instance_id`: `{formInstanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_table_data_by_form_instance_id_table_id_pages`].
    #[doc(alias = "ListTableDataByFormInstanceIdTableId")]
    #[doc(alias = "/v1.0/yida/forms/innerTables/{formInstanceId}")]
    #[doc(alias = "GET /v1.0/yida/forms/innerTables/{formInstanceId}")]
    pub fn list_table_data_by_form_instance_id_table_id(
        &self,
        form_instance_id: &str,
        request: &ListTableDataByFormInstanceIdTableIdRequest,
    ) -> rt::Call<
        ListTableDataByFormInstanceIdTableIdResponseBody,
        ListTableDataByFormInstanceIdTableIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListTableDataByFormInstanceIdTableId",
            rt::Method::Get,
            "/v1.0/yida/forms/innerTables/{formInstanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[form_instance_id], request)
    }
    /// 生成宜搭登录态穿透用的code
    ///
    /// `POST /v1.0/yida/authorizations/loginCodes`: DingTalk's `LoginCodeGen` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LoginCodeGen")]
    #[doc(alias = "/v1.0/yida/authorizations/loginCodes")]
    #[doc(alias = "POST /v1.0/yida/authorizations/loginCodes")]
    pub fn login_code_gen(
        &self,
        request: &LoginCodeGenRequest,
    ) -> rt::Call<LoginCodeGenResponseBody, LoginCodeGenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LoginCodeGen",
            rt::Method::Post,
            "/v1.0/yida/authorizations/loginCodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通知宜搭授权(购买)结果
    ///
    /// `POST /v1.0/yida/apps/authorizationResults/notify`: DingTalk's `NotifyAuthorizationResult` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NotifyAuthorizationResult")]
    #[doc(alias = "/v1.0/yida/apps/authorizationResults/notify")]
    #[doc(alias = "POST /v1.0/yida/apps/authorizationResults/notify")]
    pub fn notify_authorization_result(
        &self,
        request: &NotifyAuthorizationResultRequest,
    ) -> rt::Call<
        NotifyAuthorizationResultResponseBody,
        NotifyAuthorizationResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NotifyAuthorizationResult",
            rt::Method::Post,
            "/v1.0/yida/apps/authorizationResults/notify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询宜搭流程自动化运行记录
    ///
    /// `POST /v1.0/yida/logs/automations/paginationQuery`: DingTalk's `PageAutoFlowLog` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_auto_flow_log_pages`].
    #[doc(alias = "PageAutoFlowLog")]
    #[doc(alias = "/v1.0/yida/logs/automations/paginationQuery")]
    #[doc(alias = "POST /v1.0/yida/logs/automations/paginationQuery")]
    pub fn page_auto_flow_log(
        &self,
        request: &PageAutoFlowLogRequest,
    ) -> rt::Call<PageAutoFlowLogResponseBody, PageAutoFlowLogError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageAutoFlowLog",
            rt::Method::Post,
            "/v1.0/yida/logs/automations/paginationQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取应用下表单列表
    ///
    /// `POST /v1.0/yida/apps/forms/query`: DingTalk's `PageFormBaseInfos` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PageFormBaseInfos")]
    #[doc(alias = "/v1.0/yida/apps/forms/query")]
    #[doc(alias = "POST /v1.0/yida/apps/forms/query")]
    pub fn page_form_base_infos(
        &self,
        request: &PageFormBaseInfosRequest,
    ) -> rt::Call<PageFormBaseInfosResponseBody, PageFormBaseInfosError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageFormBaseInfos",
            rt::Method::Post,
            "/v1.0/yida/apps/forms/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 预览审批流程
    ///
    /// `POST /v1.0/yida/processes/preview`: DingTalk's `PreviewPublishedProcess` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PreviewPublishedProcess")]
    #[doc(alias = "/v1.0/yida/processes/preview")]
    #[doc(alias = "POST /v1.0/yida/processes/preview")]
    pub fn preview_published_process(
        &self,
        request: &PreviewPublishedProcessRequest,
    ) -> rt::Call<PreviewPublishedProcessResponseBody, PreviewPublishedProcessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PreviewPublishedProcess",
            rt::Method::Post,
            "/v1.0/yida/processes/preview",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询服务调用记录
    ///
    /// `GET /v1.0/yida/services/invocationRecords`: DingTalk's `QueryServiceRecord` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_service_record_pages`].
    #[doc(alias = "QueryServiceRecord")]
    #[doc(alias = "/v1.0/yida/services/invocationRecords")]
    #[doc(alias = "GET /v1.0/yida/services/invocationRecords")]
    pub fn query_service_record(
        &self,
        request: &QueryServiceRecordRequest,
    ) -> rt::Call<QueryServiceRecordResponseBody, QueryServiceRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryServiceRecord",
            rt::Method::Get,
            "/v1.0/yida/services/invocationRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 执行转交任务
    ///
    /// `POST /v1.0/yida/tasks/redirect`: DingTalk's `RedirectTask` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RedirectTask")]
    #[doc(alias = "/v1.0/yida/tasks/redirect")]
    #[doc(alias = "POST /v1.0/yida/tasks/redirect")]
    pub fn redirect_task(
        &self,
        request: &RedirectTaskRequest,
    ) -> rt::Call<(), RedirectTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RedirectTask",
            rt::Method::Post,
            "/v1.0/yida/tasks/redirect",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道退款
    ///
    /// `POST /v1.0/yida/appAuth/commodities/refund`: DingTalk's `RefundCommodity` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RefundCommodity")]
    #[doc(alias = "/v1.0/yida/appAuth/commodities/refund")]
    #[doc(alias = "POST /v1.0/yida/appAuth/commodities/refund")]
    pub fn refund_commodity(
        &self,
        request: &RefundCommodityRequest,
    ) -> rt::Call<RefundCommodityResponseBody, RefundCommodityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RefundCommodity",
            rt::Method::Post,
            "/v1.0/yida/appAuth/commodities/refund",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道注册
    ///
    /// `POST /v1.0/yida/applicationAuthorizations/accounts/register`: DingTalk's `RegisterAccounts` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterAccounts")]
    #[doc(alias = "/v1.0/yida/applicationAuthorizations/accounts/register")]
    #[doc(alias = "POST /v1.0/yida/applicationAuthorizations/accounts/register")]
    pub fn register_accounts(
        &self,
        request: &RegisterAccountsRequest,
    ) -> rt::Call<RegisterAccountsResponseBody, RegisterAccountsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterAccounts",
            rt::Method::Post,
            "/v1.0/yida/applicationAuthorizations/accounts/register",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道释放
    ///
    /// `DELETE /v1.0/yida/appAuth/commodities/release`: DingTalk's `ReleaseCommodity` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReleaseCommodity")]
    #[doc(alias = "/v1.0/yida/appAuth/commodities/release")]
    #[doc(alias = "DELETE /v1.0/yida/appAuth/commodities/release")]
    pub fn release_commodity(
        &self,
        request: &ReleaseCommodityRequest,
    ) -> rt::Call<ReleaseCommodityResponseBody, ReleaseCommodityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReleaseCommodity",
            rt::Method::Delete,
            "/v1.0/yida/appAuth/commodities/release",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 租户到期30天后, 删除租户关联的资源
    ///
    /// `DELETE /v1.0/yida/applications/tenantRelatedResources/{callerUid}`: DingTalk's `RemoveTenantResource` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `caller_uid`: `{callerUid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveTenantResource")]
    #[doc(alias = "/v1.0/yida/applications/tenantRelatedResources/{callerUid}")]
    #[doc(alias = "DELETE /v1.0/yida/applications/tenantRelatedResources/{callerUid}")]
    pub fn remove_tenant_resource(
        &self,
        caller_uid: &str,
        request: &RemoveTenantResourceRequest,
    ) -> rt::Call<RemoveTenantResourceResponseBody, RemoveTenantResourceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveTenantResource",
            rt::Method::Delete,
            "/v1.0/yida/applications/tenantRelatedResources/{callerUid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_uid], request)
    }
    /// 宜搭vpc批量打印回调
    ///
    /// `POST /v1.0/yida/printings/callbacks/batch`: DingTalk's `RenderBatchCallback` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RenderBatchCallback")]
    #[doc(alias = "/v1.0/yida/printings/callbacks/batch")]
    #[doc(alias = "POST /v1.0/yida/printings/callbacks/batch")]
    pub fn render_batch_callback(
        &self,
        request: &RenderBatchCallbackRequest,
    ) -> rt::Call<rt::serde_json::Value, RenderBatchCallbackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RenderBatchCallback",
            rt::Method::Post,
            "/v1.0/yida/printings/callbacks/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道续费
    ///
    /// `POST /v1.0/yida/applicationAuthorizations/orders/renew`: DingTalk's `RenewApplicationAuthorizationServiceOrder` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RenewApplicationAuthorizationServiceOrder")]
    #[doc(alias = "/v1.0/yida/applicationAuthorizations/orders/renew")]
    #[doc(alias = "POST /v1.0/yida/applicationAuthorizations/orders/renew")]
    pub fn renew_application_authorization_service_order(
        &self,
        request: &RenewApplicationAuthorizationServiceOrderRequest,
    ) -> rt::Call<
        RenewApplicationAuthorizationServiceOrderResponseBody,
        RenewApplicationAuthorizationServiceOrderError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RenewApplicationAuthorizationServiceOrder",
            rt::Method::Post,
            "/v1.0/yida/applicationAuthorizations/orders/renew",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 续费租户
    ///
    /// `POST /v1.0/yida/apps/tenants/reorder`: DingTalk's `RenewTenantOrder` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RenewTenantOrder")]
    #[doc(alias = "/v1.0/yida/apps/tenants/reorder")]
    #[doc(alias = "POST /v1.0/yida/apps/tenants/reorder")]
    pub fn renew_tenant_order(
        &self,
        request: &RenewTenantOrderRequest,
    ) -> rt::Call<RenewTenantOrderResponseBody, RenewTenantOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RenewTenantOrder",
            rt::Method::Post,
            "/v1.0/yida/apps/tenants/reorder",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增表单实例
    ///
    /// `POST /v1.0/yida/forms/instances`: DingTalk's `SaveFormData` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveFormData")]
    #[doc(alias = "/v1.0/yida/forms/instances")]
    #[doc(alias = "POST /v1.0/yida/forms/instances")]
    pub fn save_form_data(
        &self,
        request: &SaveFormDataRequest,
    ) -> rt::Call<SaveFormDataResponseBody, SaveFormDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveFormData",
            rt::Method::Post,
            "/v1.0/yida/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交表单/流程实例下的评论
    ///
    /// `POST /v1.0/yida/forms/remarks`: DingTalk's `SaveFormRemark` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveFormRemark")]
    #[doc(alias = "/v1.0/yida/forms/remarks")]
    #[doc(alias = "POST /v1.0/yida/forms/remarks")]
    pub fn save_form_remark(
        &self,
        request: &SaveFormRemarkRequest,
    ) -> rt::Call<SaveFormRemarkResponseBody, SaveFormRemarkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveFormRemark",
            rt::Method::Post,
            "/v1.0/yida/forms/remarks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存用户设计的模板结构
    ///
    /// `POST /v1.0/yida/printTemplates/printTplDetailInfos`: DingTalk's `SavePrintTplDetailInfo` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SavePrintTplDetailInfo")]
    #[doc(alias = "/v1.0/yida/printTemplates/printTplDetailInfos")]
    #[doc(alias = "POST /v1.0/yida/printTemplates/printTplDetailInfos")]
    pub fn save_print_tpl_detail_info(
        &self,
        request: &SavePrintTplDetailInfoRequest,
    ) -> rt::Call<SavePrintTplDetailInfoResponseBody, SavePrintTplDetailInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SavePrintTplDetailInfo",
            rt::Method::Post,
            "/v1.0/yida/printTemplates/printTplDetailInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取阿里云账号购买宜搭的账号信息
    ///
    /// `GET /v1.0/yida/apps/activationCode/information`: DingTalk's `SearchActivationCode` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchActivationCode")]
    #[doc(alias = "/v1.0/yida/apps/activationCode/information")]
    #[doc(alias = "GET /v1.0/yida/apps/activationCode/information")]
    pub fn search_activation_code(
        &self,
        request: &SearchActivationCodeRequest,
    ) -> rt::Call<SearchActivationCodeResponseBody, SearchActivationCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchActivationCode",
            rt::Method::Get,
            "/v1.0/yida/apps/activationCode/information",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索表单中指定人员组件的值
    ///
    /// `POST /v1.0/yida/forms/employeeFields`: DingTalk's `SearchEmployeeFieldValues` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchEmployeeFieldValues")]
    #[doc(alias = "/v1.0/yida/forms/employeeFields")]
    #[doc(alias = "POST /v1.0/yida/forms/employeeFields")]
    pub fn search_employee_field_values(
        &self,
        request: &SearchEmployeeFieldValuesRequest,
    ) -> rt::Call<
        SearchEmployeeFieldValuesResponseBody,
        SearchEmployeeFieldValuesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchEmployeeFieldValues",
            rt::Method::Post,
            "/v1.0/yida/forms/employeeFields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据条件搜索表单实例 ID 列表
    ///
    /// `POST /v1.0/yida/forms/instances/ids/{appType}/{formUuid}`: DingTalk's `SearchFormDataIdList` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `app_type`: `{appType}` in the path.
    /// - `form_uuid`: `{formUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_form_data_id_list_pages`].
    #[doc(alias = "SearchFormDataIdList")]
    #[doc(alias = "/v1.0/yida/forms/instances/ids/{appType}/{formUuid}")]
    #[doc(alias = "POST /v1.0/yida/forms/instances/ids/{appType}/{formUuid}")]
    pub fn search_form_data_id_list(
        &self,
        app_type: &str,
        form_uuid: &str,
        request: &SearchFormDataIdListRequest,
    ) -> rt::Call<SearchFormDataIdListResponseBody, SearchFormDataIdListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFormDataIdList",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/ids/{appType}/{formUuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type, form_uuid], request)
    }
    /// 查询表单实例数据(不返回表单的子表单组件数据)
    ///
    /// `POST /v1.0/yida/forms/instances/query`: DingTalk's `SearchFormDataRemovalTableData` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_form_data_removal_table_data_pages`].
    #[doc(alias = "SearchFormDataRemovalTableData")]
    #[doc(alias = "/v1.0/yida/forms/instances/query")]
    #[doc(alias = "POST /v1.0/yida/forms/instances/query")]
    pub fn search_form_data_removal_table_data(
        &self,
        request: &SearchFormDataRemovalTableDataRequest,
    ) -> rt::Call<
        SearchFormDataRemovalTableDataResponseBody,
        SearchFormDataRemovalTableDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFormDataRemovalTableData",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过高级检索条件查询表单实例
    ///
    /// `POST /v1.0/yida/forms/instances/advances/queryAll`: DingTalk's `SearchFormDataSecondGeneration` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_form_data_second_generation_pages`].
    #[doc(alias = "SearchFormDataSecondGeneration")]
    #[doc(alias = "/v1.0/yida/forms/instances/advances/queryAll")]
    #[doc(alias = "POST /v1.0/yida/forms/instances/advances/queryAll")]
    pub fn search_form_data_second_generation(
        &self,
        request: &SearchFormDataSecondGenerationRequest,
    ) -> rt::Call<
        SearchFormDataSecondGenerationResponseBody,
        SearchFormDataSecondGenerationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFormDataSecondGeneration",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/advances/queryAll",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过高级查询条件查询表单实例数据(不返回子表单组件数据)
    ///
    /// `POST /v1.0/yida/forms/instances/advances/query`: DingTalk's `SearchFormDataSecondGenerationNoTableField` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_form_data_second_generation_no_table_field_pages`].
    #[doc(alias = "SearchFormDataSecondGenerationNoTableField")]
    #[doc(alias = "/v1.0/yida/forms/instances/advances/query")]
    #[doc(alias = "POST /v1.0/yida/forms/instances/advances/query")]
    pub fn search_form_data_second_generation_no_table_field(
        &self,
        request: &SearchFormDataSecondGenerationNoTableFieldRequest,
    ) -> rt::Call<
        SearchFormDataSecondGenerationNoTableFieldResponseBody,
        SearchFormDataSecondGenerationNoTableFieldError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFormDataSecondGenerationNoTableField",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/advances/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据条件搜索表单实例详情列表,对应原searchFormDatas
    ///
    /// `POST /v1.0/yida/forms/instances/search`: DingTalk's `SearchFormDatas` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchFormDatas")]
    #[doc(alias = "/v1.0/yida/forms/instances/search")]
    #[doc(alias = "POST /v1.0/yida/forms/instances/search")]
    pub fn search_form_datas(
        &self,
        request: &SearchFormDatasRequest,
    ) -> rt::Call<SearchFormDatasResponseBody, SearchFormDatasError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFormDatas",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发起新的流程实例
    ///
    /// `POST /v1.0/yida/processes/instances/start`: DingTalk's `StartInstance` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StartInstance")]
    #[doc(alias = "/v1.0/yida/processes/instances/start")]
    #[doc(alias = "POST /v1.0/yida/processes/instances/start")]
    pub fn start_instance(
        &self,
        request: &StartInstanceRequest,
    ) -> rt::Call<StartInstanceResponseBody, StartInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartInstance",
            rt::Method::Post,
            "/v1.0/yida/processes/instances/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 阿里云合同到期终止
    ///
    /// `POST /v1.0/yida/apps/cloudAuthorizations/terminate`: DingTalk's `TerminateCloudAuthorization` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TerminateCloudAuthorization")]
    #[doc(alias = "/v1.0/yida/apps/cloudAuthorizations/terminate")]
    #[doc(alias = "POST /v1.0/yida/apps/cloudAuthorizations/terminate")]
    pub fn terminate_cloud_authorization(
        &self,
        request: &TerminateCloudAuthorizationRequest,
    ) -> rt::Call<
        TerminateCloudAuthorizationResponseBody,
        TerminateCloudAuthorizationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TerminateCloudAuthorization",
            rt::Method::Post,
            "/v1.0/yida/apps/cloudAuthorizations/terminate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 终止流程实例
    ///
    /// `PUT /v1.0/yida/processes/instances/terminate`: DingTalk's `TerminateInstance` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TerminateInstance")]
    #[doc(alias = "/v1.0/yida/processes/instances/terminate")]
    #[doc(alias = "PUT /v1.0/yida/processes/instances/terminate")]
    pub fn terminate_instance(
        &self,
        request: &TerminateInstanceRequest,
    ) -> rt::Call<(), TerminateInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TerminateInstance",
            rt::Method::Put,
            "/v1.0/yida/processes/instances/terminate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 变配阿里云账号对应的租户信息
    ///
    /// `PUT /v1.0/yida/apps/cloudAccountInfos`: DingTalk's `UpdateCloudAccountInformation` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCloudAccountInformation")]
    #[doc(alias = "/v1.0/yida/apps/cloudAccountInfos")]
    #[doc(alias = "PUT /v1.0/yida/apps/cloudAccountInfos")]
    pub fn update_cloud_account_information(
        &self,
        request: &UpdateCloudAccountInformationRequest,
    ) -> rt::Call<
        UpdateCloudAccountInformationResponseBody,
        UpdateCloudAccountInformationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCloudAccountInformation",
            rt::Method::Put,
            "/v1.0/yida/apps/cloudAccountInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新表单实例
    ///
    /// `PUT /v1.0/yida/forms/instances`: DingTalk's `UpdateFormData` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFormData")]
    #[doc(alias = "/v1.0/yida/forms/instances")]
    #[doc(alias = "PUT /v1.0/yida/forms/instances")]
    pub fn update_form_data(
        &self,
        request: &UpdateFormDataRequest,
    ) -> rt::Call<(), UpdateFormDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFormData",
            rt::Method::Put,
            "/v1.0/yida/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新流程实例
    ///
    /// `PUT /v1.0/yida/processes/instances`: DingTalk's `UpdateInstance` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInstance")]
    #[doc(alias = "/v1.0/yida/processes/instances")]
    #[doc(alias = "PUT /v1.0/yida/processes/instances")]
    pub fn update_instance(
        &self,
        request: &UpdateInstanceRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInstance",
            rt::Method::Put,
            "/v1.0/yida/processes/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 未知
    ///
    /// `PUT /v1.0/yida/forms/status`: DingTalk's `UpdateStatus` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateStatus")]
    #[doc(alias = "/v1.0/yida/forms/status")]
    #[doc(alias = "PUT /v1.0/yida/forms/status")]
    pub fn update_status(
        &self,
        request: &UpdateStatusRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateStatus",
            rt::Method::Put,
            "/v1.0/yida/forms/status",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 变配阿里云账号对应的租户信息
    ///
    /// `PUT /v1.0/yida/apps/tenantInfos`: DingTalk's `UpgradeTenantInformation` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpgradeTenantInformation")]
    #[doc(alias = "/v1.0/yida/apps/tenantInfos")]
    #[doc(alias = "PUT /v1.0/yida/apps/tenantInfos")]
    pub fn upgrade_tenant_information(
        &self,
        request: &UpgradeTenantInformationRequest,
    ) -> rt::Call<UpgradeTenantInformationResponseBody, UpgradeTenantInformationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpgradeTenantInformation",
            rt::Method::Put,
            "/v1.0/yida/apps/tenantInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道续费前校验
    ///
    /// `GET /v1.0/yida/applicationOrderUpdateAuthorizations/{instanceId}`: DingTalk's `ValidateApplicationAuthorizationOrder` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ValidateApplicationAuthorizationOrder")]
    #[doc(alias = "/v1.0/yida/applicationOrderUpdateAuthorizations/{instanceId}")]
    #[doc(alias = "GET /v1.0/yida/applicationOrderUpdateAuthorizations/{instanceId}")]
    pub fn validate_application_authorization_order(
        &self,
        instance_id: &str,
        request: &ValidateApplicationAuthorizationOrderRequest,
    ) -> rt::Call<
        ValidateApplicationAuthorizationOrderResponseBody,
        ValidateApplicationAuthorizationOrderError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ValidateApplicationAuthorizationOrder",
            rt::Method::Get,
            "/v1.0/yida/applicationOrderUpdateAuthorizations/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道新购校验
    ///
    /// `GET /v1.0/yida/appsAuthorizations/freshOrderInfoReviews/{callerUid}`: DingTalk's `ValidateApplicationAuthorizationServiceOrder` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `caller_uid`: `{callerUid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ValidateApplicationAuthorizationServiceOrder")]
    #[doc(alias = "/v1.0/yida/appsAuthorizations/freshOrderInfoReviews/{callerUid}")]
    #[doc(alias = "GET /v1.0/yida/appsAuthorizations/freshOrderInfoReviews/{callerUid}")]
    pub fn validate_application_authorization_service_order(
        &self,
        caller_uid: &str,
        request: &ValidateApplicationAuthorizationServiceOrderRequest,
    ) -> rt::Call<
        ValidateApplicationAuthorizationServiceOrderResponseBody,
        ValidateApplicationAuthorizationServiceOrderError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ValidateApplicationAuthorizationServiceOrder",
            rt::Method::Get,
            "/v1.0/yida/appsAuthorizations/freshOrderInfoReviews/{callerUid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_uid], request)
    }
    /// 校验变配
    ///
    /// `GET /v1.0/yida/applications/orderValidations/{callerUnionid}`: DingTalk's `ValidateApplicationServiceOrderUpgrade` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `caller_unionid`: `{callerUnionid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ValidateApplicationServiceOrderUpgrade")]
    #[doc(alias = "/v1.0/yida/applications/orderValidations/{callerUnionid}")]
    #[doc(alias = "GET /v1.0/yida/applications/orderValidations/{callerUnionid}")]
    pub fn validate_application_service_order_upgrade(
        &self,
        caller_unionid: &str,
        request: &ValidateApplicationServiceOrderUpgradeRequest,
    ) -> rt::Call<
        ValidateApplicationServiceOrderUpgradeResponseBody,
        ValidateApplicationServiceOrderUpgradeError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ValidateApplicationServiceOrderUpgrade",
            rt::Method::Get,
            "/v1.0/yida/applications/orderValidations/{callerUnionid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_unionid], request)
    }
    /// 多渠道新购校验
    ///
    /// `GET /v1.0/yida/apps/orderBuy/validate`: DingTalk's `ValidateOrderBuy` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ValidateOrderBuy")]
    #[doc(alias = "/v1.0/yida/apps/orderBuy/validate")]
    #[doc(alias = "GET /v1.0/yida/apps/orderBuy/validate")]
    pub fn validate_order_buy(
        &self,
        request: &ValidateOrderBuyRequest,
    ) -> rt::Call<ValidateOrderBuyResponseBody, ValidateOrderBuyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ValidateOrderBuy",
            rt::Method::Get,
            "/v1.0/yida/apps/orderBuy/validate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多渠道续费前校验
    ///
    /// `GET /v1.0/yida/orders/renewalReviews/{instanceId}`: DingTalk's `ValidateOrderUpdate` (module feature `yida_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ValidateOrderUpdate")]
    #[doc(alias = "/v1.0/yida/orders/renewalReviews/{instanceId}")]
    #[doc(alias = "GET /v1.0/yida/orders/renewalReviews/{instanceId}")]
    pub fn validate_order_update(
        &self,
        instance_id: &str,
        request: &ValidateOrderUpdateRequest,
    ) -> rt::Call<ValidateOrderUpdateResponseBody, ValidateOrderUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ValidateOrderUpdate",
            rt::Method::Get,
            "/v1.0/yida/orders/renewalReviews/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道升配前校验
    ///
    /// `GET /v1.0/yida/apps/orderUpgrade/validate`: DingTalk's `ValidateOrderUpgrade` (module feature `yida_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ValidateOrderUpgrade")]
    #[doc(alias = "/v1.0/yida/apps/orderUpgrade/validate")]
    #[doc(alias = "GET /v1.0/yida/apps/orderUpgrade/validate")]
    pub fn validate_order_upgrade(
        &self,
        request: &ValidateOrderUpgradeRequest,
    ) -> rt::Call<ValidateOrderUpgradeResponseBody, ValidateOrderUpgradeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ValidateOrderUpgrade",
            rt::Method::Get,
            "/v1.0/yida/apps/orderUpgrade/validate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_all_auth_cubes`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `result` of each page.
    pub fn get_all_auth_cubes_pages(
        &self,
        request: &GetAllAuthCubesRequest,
    ) -> rt::Paginator<
        GetAllAuthCubesResponseBody,
        GetAllAuthCubesError,
        GetAllAuthCubesResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["result"],
            &[],
            &[],
        );
        rt::Paginator::new(self.get_all_auth_cubes(request), &PAGING)
    }
    /// Every page of [`Api::get_auto_flow_log_detail`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_auto_flow_log_detail_pages(
        &self,
        request: &GetAutoFlowLogDetailRequest,
    ) -> rt::Paginator<
        GetAutoFlowLogDetailResponseBody,
        GetAutoFlowLogDetailError,
        GetAutoFlowLogDetailResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_auto_flow_log_detail(request), &PAGING)
    }
    /// Every page of [`Api::get_corp_accomplishment_tasks`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_corp_accomplishment_tasks_pages(
        &self,
        corp_id: &str,
        user_id: &str,
        request: &GetCorpAccomplishmentTasksRequest,
    ) -> rt::Paginator<
        GetCorpAccomplishmentTasksResponseBody,
        GetCorpAccomplishmentTasksError,
        GetCorpAccomplishmentTasksResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self.get_corp_accomplishment_tasks(corp_id, user_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::get_corp_tasks`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_corp_tasks_pages(
        &self,
        request: &GetCorpTasksRequest,
    ) -> rt::Paginator<
        GetCorpTasksResponseBody,
        GetCorpTasksError,
        GetCorpTasksResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_corp_tasks(request), &PAGING)
    }
    /// Every page of [`Api::get_form_list_in_app`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.totalCount` items are read. Items: `result.data` of each page.
    pub fn get_form_list_in_app_pages(
        &self,
        request: &GetFormListInAppRequest,
    ) -> rt::Paginator<
        GetFormListInAppResponseBody,
        GetFormListInAppError,
        GetFormListInAppResponseBodyResultData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "data"],
            &[],
            &["result", "totalCount"],
        );
        rt::Paginator::new(self.get_form_list_in_app(request), &PAGING)
    }
    /// Every page of [`Api::get_instance_id_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_instance_id_list_pages(
        &self,
        request: &GetInstanceIdListRequest,
    ) -> rt::Paginator<GetInstanceIdListResponseBody, GetInstanceIdListError, String> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_instance_id_list(request), &PAGING)
    }
    /// Every page of [`Api::get_instances`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_instances_pages(
        &self,
        request: &GetInstancesRequest,
    ) -> rt::Paginator<
        GetInstancesResponseBody,
        GetInstancesError,
        GetInstancesResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_instances(request), &PAGING)
    }
    /// Every page of [`Api::get_me_corp_submission`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_me_corp_submission_pages(
        &self,
        user_id: &str,
        request: &GetMeCorpSubmissionRequest,
    ) -> rt::Paginator<
        GetMeCorpSubmissionResponseBody,
        GetMeCorpSubmissionError,
        GetMeCorpSubmissionResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_me_corp_submission(user_id, request), &PAGING)
    }
    /// Every page of [`Api::get_notify_me`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_notify_me_pages(
        &self,
        user_id: &str,
        request: &GetNotifyMeRequest,
    ) -> rt::Paginator<
        GetNotifyMeResponseBody,
        GetNotifyMeError,
        GetNotifyMeResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_notify_me(user_id, request), &PAGING)
    }
    /// Every page of [`Api::get_task_copies`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_task_copies_pages(
        &self,
        request: &GetTaskCopiesRequest,
    ) -> rt::Paginator<
        GetTaskCopiesResponseBody,
        GetTaskCopiesError,
        GetTaskCopiesResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_task_copies(request), &PAGING)
    }
    /// Every page of [`Api::list_application`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn list_application_pages(
        &self,
        request: &ListApplicationRequest,
    ) -> rt::Paginator<
        ListApplicationResponseBody,
        ListApplicationError,
        ListApplicationResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.list_application(request), &PAGING)
    }
    /// Every page of [`Api::list_application_authorization_service_application_information`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `applicationInformation` of each page.
    pub fn list_application_authorization_service_application_information_pages(
        &self,
        instance_id: &str,
        request: &ListApplicationAuthorizationServiceApplicationInformationRequest,
    ) -> rt::Paginator<
        ListApplicationAuthorizationServiceApplicationInformationResponseBody,
        ListApplicationAuthorizationServiceApplicationInformationError,
        ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["applicationInformation"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self
                .list_application_authorization_service_application_information(
                    instance_id,
                    request,
                ),
            &PAGING,
        )
    }
    /// Every page of [`Api::list_application_authorization_service_connector_information`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `plugInformation` of each page.
    pub fn list_application_authorization_service_connector_information_pages(
        &self,
        instance_id: &str,
        request: &ListApplicationAuthorizationServiceConnectorInformationRequest,
    ) -> rt::Paginator<
        ListApplicationAuthorizationServiceConnectorInformationResponseBody,
        ListApplicationAuthorizationServiceConnectorInformationError,
        ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["plugInformation"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self
                .list_application_authorization_service_connector_information(
                    instance_id,
                    request,
                ),
            &PAGING,
        )
    }
    /// Every page of [`Api::list_application_information`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `applicationInformation` of each page.
    pub fn list_application_information_pages(
        &self,
        instance_id: &str,
        request: &ListApplicationInformationRequest,
    ) -> rt::Paginator<
        ListApplicationInformationResponseBody,
        ListApplicationInformationError,
        ListApplicationInformationResponseBodyApplicationInformation,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["applicationInformation"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self.list_application_information(instance_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::list_commodity`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `commodityVOList` of each page.
    pub fn list_commodity_pages(
        &self,
        request: &ListCommodityRequest,
    ) -> rt::Paginator<
        ListCommodityResponseBody,
        ListCommodityError,
        ListCommodityResponseBodyCommodityVOList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["commodityVOList"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.list_commodity(request), &PAGING)
    }
    /// Every page of [`Api::list_connector_information`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `pluginInfos` of each page.
    pub fn list_connector_information_pages(
        &self,
        instance_id: &str,
        request: &ListConnectorInformationRequest,
    ) -> rt::Paginator<
        ListConnectorInformationResponseBody,
        ListConnectorInformationError,
        ListConnectorInformationResponseBodyPluginInfos,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["pluginInfos"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self.list_connector_information(instance_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::list_table_data_by_form_instance_id_table_id`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn list_table_data_by_form_instance_id_table_id_pages(
        &self,
        form_instance_id: &str,
        request: &ListTableDataByFormInstanceIdTableIdRequest,
    ) -> rt::Paginator<
        ListTableDataByFormInstanceIdTableIdResponseBody,
        ListTableDataByFormInstanceIdTableIdError,
        rt::BTreeMap<String, rt::serde_json::Value>,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self.list_table_data_by_form_instance_id_table_id(form_instance_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::page_auto_flow_log`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn page_auto_flow_log_pages(
        &self,
        request: &PageAutoFlowLogRequest,
    ) -> rt::Paginator<
        PageAutoFlowLogResponseBody,
        PageAutoFlowLogError,
        PageAutoFlowLogResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.page_auto_flow_log(request), &PAGING)
    }
    /// Every page of [`Api::query_service_record`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `values` of each page.
    pub fn query_service_record_pages(
        &self,
        request: &QueryServiceRecordRequest,
    ) -> rt::Paginator<
        QueryServiceRecordResponseBody,
        QueryServiceRecordError,
        QueryServiceRecordResponseBodyValues,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["values"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_service_record(request), &PAGING)
    }
    /// Every page of [`Api::search_form_data_id_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn search_form_data_id_list_pages(
        &self,
        app_type: &str,
        form_uuid: &str,
        request: &SearchFormDataIdListRequest,
    ) -> rt::Paginator<
        SearchFormDataIdListResponseBody,
        SearchFormDataIdListError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self.search_form_data_id_list(app_type, form_uuid, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::search_form_data_removal_table_data`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn search_form_data_removal_table_data_pages(
        &self,
        request: &SearchFormDataRemovalTableDataRequest,
    ) -> rt::Paginator<
        SearchFormDataRemovalTableDataResponseBody,
        SearchFormDataRemovalTableDataError,
        SearchFormDataRemovalTableDataResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.search_form_data_removal_table_data(request), &PAGING)
    }
    /// Every page of [`Api::search_form_data_second_generation`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn search_form_data_second_generation_pages(
        &self,
        request: &SearchFormDataSecondGenerationRequest,
    ) -> rt::Paginator<
        SearchFormDataSecondGenerationResponseBody,
        SearchFormDataSecondGenerationError,
        SearchFormDataSecondGenerationResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.search_form_data_second_generation(request), &PAGING)
    }
    /// Every page of [`Api::search_form_data_second_generation_no_table_field`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn search_form_data_second_generation_no_table_field_pages(
        &self,
        request: &SearchFormDataSecondGenerationNoTableFieldRequest,
    ) -> rt::Paginator<
        SearchFormDataSecondGenerationNoTableFieldResponseBody,
        SearchFormDataSecondGenerationNoTableFieldError,
        SearchFormDataSecondGenerationNoTableFieldResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self.search_form_data_second_generation_no_table_field(request),
            &PAGING,
        )
    }
}
/// `AppLoginCodeGenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppLoginCodeGenResponseBody {
    /// `loginCode`.
    pub login_code: Option<String>,
}
rt::impl_deserialize! {
    AppLoginCodeGenResponseBody { "loginCode" => read_field(login_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppLoginCodeGenResponseBody { "loginCode" => optional(login_code) }
}
/// `BatchGetFormDataByIdListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetFormDataByIdListResponseBody {
    /// `result`.
    pub result: Option<Vec<BatchGetFormDataByIdListResponseBodyResult>>,
}
rt::impl_deserialize! {
    BatchGetFormDataByIdListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetFormDataByIdListResponseBody { "result" => optional(result) }
}
/// `BatchSaveFormDataResponseBody`, a model several operations share: also named [`BatchUpdateFormDataByInstanceIdResponseBody`], [`BatchUpdateFormDataByInstanceMapResponseBody`], [`CreateOrUpdateFormDataResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchSaveFormDataResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    BatchSaveFormDataResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchSaveFormDataResponseBody { "result" => optional(result) }
}
/// `BatchUpdateFormDataByInstanceIdResponseBody`: the same model as [`BatchSaveFormDataResponseBody`].
pub type BatchUpdateFormDataByInstanceIdResponseBody = BatchSaveFormDataResponseBody;
/// `BatchUpdateFormDataByInstanceMapResponseBody`: the same model as [`BatchSaveFormDataResponseBody`].
pub type BatchUpdateFormDataByInstanceMapResponseBody = BatchSaveFormDataResponseBody;
/// `BuyAuthorizationOrderResponseBody`, a model several operations share: also named [`BuyFreshOrderResponseBody`], [`CheckCloudAccountStatusResponseBody`], [`DeployFunctionCallbackResponseBody`], [`NotifyAuthorizationResultResponseBody`], [`RemoveTenantResourceResponseBody`], [`RenewApplicationAuthorizationServiceOrderResponseBody`], [`RenewTenantOrderResponseBody`], [`TerminateCloudAuthorizationResponseBody`], [`UpdateCloudAccountInformationResponseBody`], [`UpgradeTenantInformationResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BuyAuthorizationOrderResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    BuyAuthorizationOrderResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BuyAuthorizationOrderResponseBody { "result" => optional(result) }
}
/// `BuyFreshOrderResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type BuyFreshOrderResponseBody = BuyAuthorizationOrderResponseBody;
/// `CheckCloudAccountStatusResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type CheckCloudAccountStatusResponseBody = BuyAuthorizationOrderResponseBody;
/// `CreateOrUpdateFormDataResponseBody`: the same model as [`BatchSaveFormDataResponseBody`].
pub type CreateOrUpdateFormDataResponseBody = BatchSaveFormDataResponseBody;
/// `DeployFunctionCallbackResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type DeployFunctionCallbackResponseBody = BuyAuthorizationOrderResponseBody;
/// `ExecuteBatchTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExecuteBatchTaskResponseBody {
    /// `failNumber`.
    pub fail_number: Option<i64>,
    /// `successNumber`.
    pub success_number: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    ExecuteBatchTaskResponseBody { "failNumber" => read_field(fail_number),
    "successNumber" => read_field(success_number), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExecuteBatchTaskResponseBody { "failNumber" => optional(fail_number), "successNumber"
    => optional(success_number), "total" => optional(total) }
}
/// `ExecuteCustomApiResponseBody`, a model several operations share: also named [`GetActivationCodeByCallerUnionIdResponseBody`], [`GetCorpLevelByAccountIdResponseBody`], [`GetOpenUrlResponseBody`], [`GetPrintDictionaryResponseBody`], [`LoginCodeGenResponseBody`], [`SaveFormDataResponseBody`], [`SearchEmployeeFieldValuesResponseBody`], [`StartInstanceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExecuteCustomApiResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    ExecuteCustomApiResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExecuteCustomApiResponseBody { "result" => optional(result) }
}
/// `ExpireCommodityResponseBody`, a model several operations share: also named [`RefundCommodityResponseBody`], [`ReleaseCommodityResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExpireCommodityResponseBody {
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ExpireCommodityResponseBody { "message" => read_field(message), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExpireCommodityResponseBody { "message" => optional(message), "success" =>
    optional(success) }
}
/// `GetActivationCodeByCallerUnionIdResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type GetActivationCodeByCallerUnionIdResponseBody = ExecuteCustomApiResponseBody;
/// `GetActivityButtonListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActivityButtonListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetActivityButtonListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetActivityButtonListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetActivityButtonListResponseBody { "result" => optional(result) }
}
/// `GetActivityListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActivityListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetActivityListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetActivityListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetActivityListResponseBody { "result" => optional(result) }
}
/// `GetAllAuthCubesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllAuthCubesResponseBody {
    /// `count`.
    pub count: Option<i64>,
    /// `result`.
    pub result: Option<Vec<GetAllAuthCubesResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetAllAuthCubesResponseBody { "count" => read_field(count), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllAuthCubesResponseBody { "count" => optional(count), "result" =>
    optional(result) }
}
/// `GetApplicationAuthorizationServicePlatformResourceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetApplicationAuthorizationServicePlatformResourceResponseBody {
    /// `accountTotalAmount`.
    pub account_total_amount: Option<i64>,
    /// `accountUsageAmount`.
    pub account_usage_amount: Option<i64>,
    /// `appTotalAmount`.
    pub app_total_amount: Option<i64>,
    /// `attachmentTotalAmount`.
    pub attachment_total_amount: Option<i64>,
    /// `attachmentUsageAmount`.
    pub attachment_usage_amount: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `instanceTotalAmount`.
    pub instance_total_amount: Option<i64>,
    /// `instanceUsageAmount`.
    pub instance_usage_amount: Option<i64>,
    /// `pluginUsageAmount`.
    pub plugin_usage_amount: Option<i64>,
}
rt::impl_deserialize! {
    GetApplicationAuthorizationServicePlatformResourceResponseBody { "accountTotalAmount"
    => read_field(account_total_amount), "accountUsageAmount" =>
    read_field(account_usage_amount), "appTotalAmount" => read_field(app_total_amount),
    "attachmentTotalAmount" => read_field(attachment_total_amount),
    "attachmentUsageAmount" => read_field(attachment_usage_amount), "instanceId" =>
    read_field(instance_id), "instanceTotalAmount" => read_field(instance_total_amount),
    "instanceUsageAmount" => read_field(instance_usage_amount), "pluginUsageAmount" =>
    read_field(plugin_usage_amount) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetApplicationAuthorizationServicePlatformResourceResponseBody { "accountTotalAmount"
    => optional(account_total_amount), "accountUsageAmount" =>
    optional(account_usage_amount), "appTotalAmount" => optional(app_total_amount),
    "attachmentTotalAmount" => optional(attachment_total_amount), "attachmentUsageAmount"
    => optional(attachment_usage_amount), "instanceId" => optional(instance_id),
    "instanceTotalAmount" => optional(instance_total_amount), "instanceUsageAmount" =>
    optional(instance_usage_amount), "pluginUsageAmount" => optional(plugin_usage_amount)
    }
}
/// `GetAutoFlowLogDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAutoFlowLogDetailResponseBody {
    /// `data`.
    pub data: Option<Vec<GetAutoFlowLogDetailResponseBodyData>>,
    /// `hasMoreData`.
    pub has_more_data: Option<bool>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetAutoFlowLogDetailResponseBody { "data" => read_field(data), "hasMoreData" =>
    read_field(has_more_data), "pageNumber" => read_field(page_number), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAutoFlowLogDetailResponseBody { "data" => optional(data), "hasMoreData" =>
    optional(has_more_data), "pageNumber" => optional(page_number), "totalCount" =>
    optional(total_count) }
}
/// `GetCorpAccomplishmentTasksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCorpAccomplishmentTasksResponseBody {
    /// `data`.
    pub data: Option<Vec<GetCorpAccomplishmentTasksResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetCorpAccomplishmentTasksResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCorpAccomplishmentTasksResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "totalCount" => optional(total_count) }
}
/// `GetCorpLevelByAccountIdResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type GetCorpLevelByAccountIdResponseBody = ExecuteCustomApiResponseBody;
/// `GetCorpTasksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCorpTasksResponseBody {
    /// `data`.
    pub data: Option<Vec<GetCorpTasksResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetCorpTasksResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCorpTasksResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "totalCount" => optional(total_count) }
}
/// `GetDbConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDbConfigResponseBody {
    /// `config`.
    pub config: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `creator`.
    pub creator: Option<String>,
    /// `exclusive`.
    pub exclusive: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetDbConfigResponseBody { "config" => read_field(config), "corpId" =>
    read_field(corp_id), "createTimeGMT" => read_field(create_time_gmt), "creator" =>
    read_field(creator), "exclusive" => read_field(exclusive), "id" => read_field(id),
    "modifiedTimeGMT" => read_field(modified_time_gmt), "modifier" =>
    read_field(modifier), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDbConfigResponseBody { "config" => optional(config), "corpId" =>
    optional(corp_id), "createTimeGMT" => optional(create_time_gmt), "creator" =>
    optional(creator), "exclusive" => optional(exclusive), "id" => optional(id),
    "modifiedTimeGMT" => optional(modified_time_gmt), "modifier" => optional(modifier),
    "type" => optional(r#type) }
}
/// `GetFieldDefByUuidResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFieldDefByUuidResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFieldDefByUuidResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetFieldDefByUuidResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFieldDefByUuidResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetFormComponentDefinitionListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormComponentDefinitionListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFormComponentDefinitionListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetFormComponentDefinitionListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormComponentDefinitionListResponseBody { "result" => optional(result) }
}
/// `GetFormDataByIDResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormDataByIDResponseBody {
    /// `formData`.
    pub form_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `formInstId`.
    pub form_inst_id: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `originator`.
    pub originator: Option<GetFormDataByIDResponseBodyOriginator>,
}
rt::impl_deserialize! {
    GetFormDataByIDResponseBody { "formData" => read_field(form_data), "formInstId" =>
    read_field(form_inst_id), "modifiedTimeGMT" => read_field(modified_time_gmt),
    "originator" => read_field(originator) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormDataByIDResponseBody { "formData" => optional(form_data), "formInstId" =>
    optional(form_inst_id), "modifiedTimeGMT" => optional(modified_time_gmt),
    "originator" => optional(originator) }
}
/// `GetFormListInAppResponseBody`, a model several operations share: also named [`PageFormBaseInfosResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormListInAppResponseBody {
    /// `result`.
    pub result: Option<GetFormListInAppResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetFormListInAppResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormListInAppResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetInstanceByIdResponseBody`, a model several operations share: also named [`GetInstancesResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInstanceByIdResponseBody {
    /// `actionExecutor`.
    pub action_executor: Option<Vec<GetInstanceByIdResponseBodyActionExecutor>>,
    /// `approvedResult`.
    pub approved_result: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `instanceStatus`.
    pub instance_status: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `originator`.
    pub originator: Option<GetInstanceByIdResponseBodyOriginator>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    GetInstanceByIdResponseBody { "actionExecutor" => read_field(action_executor),
    "approvedResult" => read_field(approved_result), "createTimeGMT" =>
    read_field(create_time_gmt), "data" => read_field(data), "formUuid" =>
    read_field(form_uuid), "instanceStatus" => read_field(instance_status),
    "modifiedTimeGMT" => read_field(modified_time_gmt), "originator" =>
    read_field(originator), "processCode" => read_field(process_code),
    "processInstanceId" => read_field(process_instance_id), "title" => read_field(title),
    "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInstanceByIdResponseBody { "actionExecutor" => optional(action_executor),
    "approvedResult" => optional(approved_result), "createTimeGMT" =>
    optional(create_time_gmt), "data" => optional(data), "formUuid" =>
    optional(form_uuid), "instanceStatus" => optional(instance_status), "modifiedTimeGMT"
    => optional(modified_time_gmt), "originator" => optional(originator), "processCode"
    => optional(process_code), "processInstanceId" => optional(process_instance_id),
    "title" => optional(title), "version" => optional(version) }
}
/// `GetInstanceIdListResponseBody`, a model several operations share: also named [`SearchFormDataIdListResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInstanceIdListResponseBody {
    /// `data`.
    pub data: Option<Vec<String>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetInstanceIdListResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInstanceIdListResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "totalCount" => optional(total_count) }
}
/// `GetInstancesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInstancesResponseBody {
    /// `data`.
    pub data: Option<Vec<GetInstancesResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetInstancesResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInstancesResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "totalCount" => optional(total_count) }
}
/// `GetInstancesByIdListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInstancesByIdListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetInstancesByIdListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetInstancesByIdListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInstancesByIdListResponseBody { "result" => optional(result) }
}
/// `GetMeCorpSubmissionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMeCorpSubmissionResponseBody {
    /// `data`.
    pub data: Option<Vec<GetMeCorpSubmissionResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetMeCorpSubmissionResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMeCorpSubmissionResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "totalCount" => optional(total_count) }
}
/// `GetNotifyMeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNotifyMeResponseBody {
    /// `data`.
    pub data: Option<Vec<GetNotifyMeResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetNotifyMeResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNotifyMeResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "totalCount" => optional(total_count) }
}
/// `GetOpenUrlResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type GetOpenUrlResponseBody = ExecuteCustomApiResponseBody;
/// `GetOperationRecordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOperationRecordsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetOperationRecordsResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetOperationRecordsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOperationRecordsResponseBody { "result" => optional(result) }
}
/// `GetPlatformResourceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPlatformResourceResponseBody {
    /// `accountTotalAmount`.
    pub account_total_amount: Option<i64>,
    /// `accountUsageAmount`.
    pub account_usage_amount: Option<i64>,
    /// `appTotalAmount`.
    pub app_total_amount: Option<i64>,
    /// `attachmentTotalAmount`.
    pub attachment_total_amount: Option<i64>,
    /// `attachmentUsageAmount`.
    pub attachment_usage_amount: Option<i64>,
    /// `instanceTotalAmount`.
    pub instance_total_amount: Option<i64>,
    /// `instanceUsageAmount`.
    pub instance_usage_amount: Option<i64>,
    /// `pluginUsageAmount`.
    pub plugin_usage_amount: Option<i64>,
}
rt::impl_deserialize! {
    GetPlatformResourceResponseBody { "accountTotalAmount" =>
    read_field(account_total_amount), "accountUsageAmount" =>
    read_field(account_usage_amount), "appTotalAmount" => read_field(app_total_amount),
    "attachmentTotalAmount" => read_field(attachment_total_amount),
    "attachmentUsageAmount" => read_field(attachment_usage_amount), "instanceTotalAmount"
    => read_field(instance_total_amount), "instanceUsageAmount" =>
    read_field(instance_usage_amount), "pluginUsageAmount" =>
    read_field(plugin_usage_amount) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPlatformResourceResponseBody { "accountTotalAmount" =>
    optional(account_total_amount), "accountUsageAmount" =>
    optional(account_usage_amount), "appTotalAmount" => optional(app_total_amount),
    "attachmentTotalAmount" => optional(attachment_total_amount), "attachmentUsageAmount"
    => optional(attachment_usage_amount), "instanceTotalAmount" =>
    optional(instance_total_amount), "instanceUsageAmount" =>
    optional(instance_usage_amount), "pluginUsageAmount" => optional(plugin_usage_amount)
    }
}
/// `GetPrintAppInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrintAppInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<GetPrintAppInfoResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetPrintAppInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrintAppInfoResponseBody { "result" => optional(result) }
}
/// `GetPrintDictionaryResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type GetPrintDictionaryResponseBody = ExecuteCustomApiResponseBody;
/// `GetProcessDefinitionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDefinitionResponseBody {
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `originator`.
    pub originator: Option<GetProcessDefinitionResponseBodyOriginator>,
    /// `outResult`.
    pub out_result: Option<String>,
    /// `owners`.
    pub owners: Option<Vec<GetProcessDefinitionResponseBodyOwners>>,
    /// `processId`.
    pub process_id: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `tasks`.
    pub tasks: Option<Vec<GetProcessDefinitionResponseBodyTasks>>,
    /// `title`.
    pub title: Option<String>,
    /// `variables`.
    pub variables: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    GetProcessDefinitionResponseBody { "formUuid" => read_field(form_uuid), "originator"
    => read_field(originator), "outResult" => read_field(out_result), "owners" =>
    read_field(owners), "processId" => read_field(process_id), "processInstanceId" =>
    read_field(process_instance_id), "status" => read_field(status), "tasks" =>
    read_field(tasks), "title" => read_field(title), "variables" => read_field(variables)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDefinitionResponseBody { "formUuid" => optional(form_uuid), "originator" =>
    optional(originator), "outResult" => optional(out_result), "owners" =>
    optional(owners), "processId" => optional(process_id), "processInstanceId" =>
    optional(process_instance_id), "status" => optional(status), "tasks" =>
    optional(tasks), "title" => optional(title), "variables" => optional(variables) }
}
/// `GetProcessDesignResponseBody`, a model several operations share: also named [`GetProcessDesignByCodeResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBody {
    /// `approvalSummary`.
    pub approval_summary: Option<Vec<GetProcessDesignResponseBodyApprovalSummary>>,
    /// `flowConfig`.
    pub flow_config: Option<GetProcessDesignResponseBodyFlowConfig>,
    /// `formulaRules`.
    pub formula_rules: Option<Vec<GetProcessDesignResponseBodyFormulaRules>>,
    /// `nodes`.
    pub nodes: Option<Vec<GetProcessDesignResponseBodyNodes>>,
    /// `props`.
    pub props: Option<GetProcessDesignResponseBodyProps>,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBody { "approvalSummary" => read_field(approval_summary),
    "flowConfig" => read_field(flow_config), "formulaRules" => read_field(formula_rules),
    "nodes" => read_field(nodes), "props" => read_field(props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBody { "approvalSummary" => optional(approval_summary),
    "flowConfig" => optional(flow_config), "formulaRules" => optional(formula_rules),
    "nodes" => optional(nodes), "props" => optional(props) }
}
/// `GetProcessDesignByCodeResponseBody`: the same model as [`GetProcessDesignResponseBody`].
pub type GetProcessDesignByCodeResponseBody = GetProcessDesignResponseBody;
/// `GetRunningTaskListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRunningTaskListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetRunningTaskListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetRunningTaskListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRunningTaskListResponseBody { "result" => optional(result) }
}
/// `GetRunningTasksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRunningTasksResponseBody {
    /// `result`.
    pub result: Option<Vec<GetRunningTasksResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetRunningTasksResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRunningTasksResponseBody { "result" => optional(result) }
}
/// `GetSaleUserInfoByUserIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSaleUserInfoByUserIdResponseBody {
    /// `accountId`.
    pub account_id: Option<i64>,
    /// `corpList`.
    pub corp_list: Option<Vec<GetSaleUserInfoByUserIdResponseBodyCorpList>>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    GetSaleUserInfoByUserIdResponseBody { "accountId" => read_field(account_id),
    "corpList" => read_field(corp_list), "userId" => read_field(user_id), "userName" =>
    read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSaleUserInfoByUserIdResponseBody { "accountId" => optional(account_id), "corpList"
    => optional(corp_list), "userId" => optional(user_id), "userName" =>
    optional(user_name) }
}
/// `GetSimpleCubeModelListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleCubeModelListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSimpleCubeModelListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetSimpleCubeModelListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleCubeModelListResponseBody { "result" => optional(result) }
}
/// `GetTaskCopiesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskCopiesResponseBody {
    /// `data`.
    pub data: Option<Vec<GetTaskCopiesResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetTaskCopiesResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskCopiesResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "totalCount" => optional(total_count) }
}
/// `ListApplicationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApplicationResponseBody {
    /// `data`.
    pub data: Option<Vec<ListApplicationResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListApplicationResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApplicationResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "totalCount" => optional(total_count) }
}
/// `ListApplicationAuthorizationServiceApplicationInformationResponseBody`, a model several operations share: also named [`ListApplicationInformationResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceApplicationInformationResponseBody {
    /// `applicationInformation`.
    pub application_information: Option<
        Vec<
            ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation,
        >,
    >,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListApplicationAuthorizationServiceApplicationInformationResponseBody {
    "applicationInformation" => read_field(application_information), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApplicationAuthorizationServiceApplicationInformationResponseBody {
    "applicationInformation" => optional(application_information), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count) }
}
/// `ListApplicationAuthorizationServiceConnectorInformationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceConnectorInformationResponseBody {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `plugInformation`.
    pub plug_information: Option<
        Vec<
            ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation,
        >,
    >,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListApplicationAuthorizationServiceConnectorInformationResponseBody { "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "plugInformation" =>
    read_field(plug_information), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApplicationAuthorizationServiceConnectorInformationResponseBody { "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "plugInformation" =>
    optional(plug_information), "totalCount" => optional(total_count) }
}
/// `ListApplicationInformationResponseBody`: the same model as [`ListApplicationAuthorizationServiceApplicationInformationResponseBody`].
pub type ListApplicationInformationResponseBody = ListApplicationAuthorizationServiceApplicationInformationResponseBody;
/// `ListCommodityResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCommodityResponseBody {
    /// `commodityVOList`.
    pub commodity_vo_list: Option<Vec<ListCommodityResponseBodyCommodityVOList>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListCommodityResponseBody { "commodityVOList" => read_field(commodity_vo_list),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCommodityResponseBody { "commodityVOList" => optional(commodity_vo_list),
    "pageNumber" => optional(page_number), "pageSize" => optional(page_size),
    "totalCount" => optional(total_count) }
}
/// `ListConnectorInformationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListConnectorInformationResponseBody {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `pluginInfos`.
    pub plugin_infos: Option<Vec<ListConnectorInformationResponseBodyPluginInfos>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListConnectorInformationResponseBody { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "pluginInfos" => read_field(plugin_infos),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListConnectorInformationResponseBody { "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "pluginInfos" => optional(plugin_infos),
    "totalCount" => optional(total_count) }
}
/// `ListFormRemarksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFormRemarksResponseBody {
    /// `formRemarkVoMap`.
    pub form_remark_vo_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    ListFormRemarksResponseBody { "formRemarkVoMap" => read_field(form_remark_vo_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFormRemarksResponseBody { "formRemarkVoMap" => optional(form_remark_vo_map) }
}
/// `ListNavigationByFormTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListNavigationByFormTypeResponseBody {
    /// `result`.
    pub result: Option<Vec<ListNavigationByFormTypeResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListNavigationByFormTypeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListNavigationByFormTypeResponseBody { "result" => optional(result) }
}
/// `ListOperationLogsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOperationLogsResponseBody {
    /// `operationLogMap`.
    pub operation_log_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    ListOperationLogsResponseBody { "operationLogMap" => read_field(operation_log_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOperationLogsResponseBody { "operationLogMap" => optional(operation_log_map) }
}
/// `ListTableDataByFormInstanceIdTableIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTableDataByFormInstanceIdTableIdResponseBody {
    /// `data`.
    pub data: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListTableDataByFormInstanceIdTableIdResponseBody { "data" => read_field(data),
    "pageNumber" => read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTableDataByFormInstanceIdTableIdResponseBody { "data" => optional(data),
    "pageNumber" => optional(page_number), "totalCount" => optional(total_count) }
}
/// `LoginCodeGenResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type LoginCodeGenResponseBody = ExecuteCustomApiResponseBody;
/// `NotifyAuthorizationResultResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type NotifyAuthorizationResultResponseBody = BuyAuthorizationOrderResponseBody;
/// `PageAutoFlowLogResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageAutoFlowLogResponseBody {
    /// `data`.
    pub data: Option<Vec<PageAutoFlowLogResponseBodyData>>,
    /// `hasMoreData`.
    pub has_more_data: Option<bool>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    PageAutoFlowLogResponseBody { "data" => read_field(data), "hasMoreData" =>
    read_field(has_more_data), "pageNumber" => read_field(page_number), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageAutoFlowLogResponseBody { "data" => optional(data), "hasMoreData" =>
    optional(has_more_data), "pageNumber" => optional(page_number), "totalCount" =>
    optional(total_count) }
}
/// `PageFormBaseInfosResponseBody`: the same model as [`GetFormListInAppResponseBody`].
pub type PageFormBaseInfosResponseBody = GetFormListInAppResponseBody;
/// `PreviewPublishedProcessResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PreviewPublishedProcessResponseBody {
    /// `result`.
    pub result: Option<Vec<PreviewPublishedProcessResponseBodyResult>>,
}
rt::impl_deserialize! {
    PreviewPublishedProcessResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PreviewPublishedProcessResponseBody { "result" => optional(result) }
}
/// `QueryServiceRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryServiceRecordResponseBody {
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `values`.
    pub values: Option<Vec<QueryServiceRecordResponseBodyValues>>,
}
rt::impl_deserialize! {
    QueryServiceRecordResponseBody { "totalCount" => read_field(total_count), "values" =>
    read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryServiceRecordResponseBody { "totalCount" => optional(total_count), "values" =>
    optional(values) }
}
/// `RefundCommodityResponseBody`: the same model as [`ExpireCommodityResponseBody`].
pub type RefundCommodityResponseBody = ExpireCommodityResponseBody;
/// `RegisterAccountsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterAccountsResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
rt::impl_deserialize! {
    RegisterAccountsResponseBody { "instanceId" => read_field(instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterAccountsResponseBody { "instanceId" => optional(instance_id) }
}
/// `ReleaseCommodityResponseBody`: the same model as [`ExpireCommodityResponseBody`].
pub type ReleaseCommodityResponseBody = ExpireCommodityResponseBody;
/// `RemoveTenantResourceResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type RemoveTenantResourceResponseBody = BuyAuthorizationOrderResponseBody;
/// `RenewApplicationAuthorizationServiceOrderResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type RenewApplicationAuthorizationServiceOrderResponseBody = BuyAuthorizationOrderResponseBody;
/// `RenewTenantOrderResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type RenewTenantOrderResponseBody = BuyAuthorizationOrderResponseBody;
/// `SaveFormDataResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type SaveFormDataResponseBody = ExecuteCustomApiResponseBody;
/// `SaveFormRemarkResponseBody`, a model several operations share: also named [`SavePrintTplDetailInfoResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveFormRemarkResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
rt::impl_deserialize! {
    SaveFormRemarkResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveFormRemarkResponseBody { "result" => optional(result) }
}
/// `SavePrintTplDetailInfoResponseBody`: the same model as [`SaveFormRemarkResponseBody`].
pub type SavePrintTplDetailInfoResponseBody = SaveFormRemarkResponseBody;
/// `SearchActivationCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchActivationCodeResponseBody {
    /// `activationCode`.
    pub activation_code: Option<String>,
    /// `authType`.
    pub auth_type: Option<String>,
    /// `expireTimeGMT`.
    pub expire_time_gmt: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    SearchActivationCodeResponseBody { "activationCode" => read_field(activation_code),
    "authType" => read_field(auth_type), "expireTimeGMT" => read_field(expire_time_gmt),
    "instanceId" => read_field(instance_id), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchActivationCodeResponseBody { "activationCode" => optional(activation_code),
    "authType" => optional(auth_type), "expireTimeGMT" => optional(expire_time_gmt),
    "instanceId" => optional(instance_id), "status" => optional(status) }
}
/// `SearchEmployeeFieldValuesResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type SearchEmployeeFieldValuesResponseBody = ExecuteCustomApiResponseBody;
/// `SearchFormDataIdListResponseBody`: the same model as [`GetInstanceIdListResponseBody`].
pub type SearchFormDataIdListResponseBody = GetInstanceIdListResponseBody;
/// `SearchFormDataRemovalTableDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDataRemovalTableDataResponseBody {
    /// `data`.
    pub data: Option<Vec<SearchFormDataRemovalTableDataResponseBodyData>>,
    /// `hasMoreData`.
    pub has_more_data: Option<bool>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    SearchFormDataRemovalTableDataResponseBody { "data" => read_field(data),
    "hasMoreData" => read_field(has_more_data), "pageNumber" => read_field(page_number),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFormDataRemovalTableDataResponseBody { "data" => optional(data), "hasMoreData"
    => optional(has_more_data), "pageNumber" => optional(page_number), "totalCount" =>
    optional(total_count) }
}
/// `SearchFormDataSecondGenerationResponseBody`, a model several operations share: also named [`SearchFormDataSecondGenerationNoTableFieldResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDataSecondGenerationResponseBody {
    /// `data`.
    pub data: Option<Vec<SearchFormDataSecondGenerationResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    SearchFormDataSecondGenerationResponseBody { "data" => read_field(data), "pageNumber"
    => read_field(page_number), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFormDataSecondGenerationResponseBody { "data" => optional(data), "pageNumber"
    => optional(page_number), "totalCount" => optional(total_count) }
}
/// `SearchFormDataSecondGenerationNoTableFieldResponseBody`: the same model as [`SearchFormDataSecondGenerationResponseBody`].
pub type SearchFormDataSecondGenerationNoTableFieldResponseBody = SearchFormDataSecondGenerationResponseBody;
/// `SearchFormDatasResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDatasResponseBody {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `data`.
    pub data: Option<Vec<SearchFormDatasResponseBodyData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    SearchFormDatasResponseBody { "currentPage" => read_field(current_page), "data" =>
    read_field(data), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFormDatasResponseBody { "currentPage" => optional(current_page), "data" =>
    optional(data), "totalCount" => optional(total_count) }
}
/// `StartInstanceResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type StartInstanceResponseBody = ExecuteCustomApiResponseBody;
/// `TerminateCloudAuthorizationResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type TerminateCloudAuthorizationResponseBody = BuyAuthorizationOrderResponseBody;
/// `UpdateCloudAccountInformationResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type UpdateCloudAccountInformationResponseBody = BuyAuthorizationOrderResponseBody;
/// `UpgradeTenantInformationResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type UpgradeTenantInformationResponseBody = BuyAuthorizationOrderResponseBody;
/// `ValidateApplicationAuthorizationOrderResponseBody`, a model several operations share: also named [`ValidateApplicationAuthorizationServiceOrderResponseBody`], [`ValidateApplicationServiceOrderUpgradeResponseBody`], [`ValidateOrderBuyResponseBody`], [`ValidateOrderUpdateResponseBody`], [`ValidateOrderUpgradeResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ValidateApplicationAuthorizationOrderResponseBody {
    /// `message`.
    pub message: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    ValidateApplicationAuthorizationOrderResponseBody { "message" => read_field(message),
    "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ValidateApplicationAuthorizationOrderResponseBody { "message" => optional(message),
    "status" => optional(status) }
}
/// `ValidateApplicationAuthorizationServiceOrderResponseBody`: the same model as [`ValidateApplicationAuthorizationOrderResponseBody`].
pub type ValidateApplicationAuthorizationServiceOrderResponseBody = ValidateApplicationAuthorizationOrderResponseBody;
/// `ValidateApplicationServiceOrderUpgradeResponseBody`: the same model as [`ValidateApplicationAuthorizationOrderResponseBody`].
pub type ValidateApplicationServiceOrderUpgradeResponseBody = ValidateApplicationAuthorizationOrderResponseBody;
/// `ValidateOrderBuyResponseBody`: the same model as [`ValidateApplicationAuthorizationOrderResponseBody`].
pub type ValidateOrderBuyResponseBody = ValidateApplicationAuthorizationOrderResponseBody;
/// `ValidateOrderUpdateResponseBody`: the same model as [`ValidateApplicationAuthorizationOrderResponseBody`].
pub type ValidateOrderUpdateResponseBody = ValidateApplicationAuthorizationOrderResponseBody;
/// `ValidateOrderUpgradeResponseBody`: the same model as [`ValidateApplicationAuthorizationOrderResponseBody`].
pub type ValidateOrderUpgradeResponseBody = ValidateApplicationAuthorizationOrderResponseBody;
/// `BatchGetFormDataByIdListResponseBodyResult`, a model several operations share: also named [`SearchFormDataSecondGenerationResponseBodyData`], [`SearchFormDataSecondGenerationNoTableFieldResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetFormDataByIdListResponseBodyResult {
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `formData`.
    pub form_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `instanceValue`.
    pub instance_value: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `modifyUser`.
    pub modify_user: Option<BatchGetFormDataByIdListResponseBodyResultModifyUser>,
    /// `originator`.
    pub originator: Option<BatchGetFormDataByIdListResponseBodyResultOriginator>,
    /// `sequence`.
    pub sequence: Option<String>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    BatchGetFormDataByIdListResponseBodyResult { "createTimeGMT" =>
    read_field(create_time_gmt), "creatorUserId" => read_field(creator_user_id),
    "formData" => read_field(form_data), "formInstanceId" =>
    read_field(form_instance_id), "formUuid" => read_field(form_uuid), "id" =>
    read_field(id), "instanceValue" => read_field(instance_value), "modifiedTimeGMT" =>
    read_field(modified_time_gmt), "modifier" => read_field(modifier), "modifyUser" =>
    read_field(modify_user), "originator" => read_field(originator), "sequence" =>
    read_field(sequence), "serialNumber" => read_field(serial_number), "title" =>
    read_field(title), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetFormDataByIdListResponseBodyResult { "createTimeGMT" =>
    optional(create_time_gmt), "creatorUserId" => optional(creator_user_id), "formData"
    => optional(form_data), "formInstanceId" => optional(form_instance_id), "formUuid" =>
    optional(form_uuid), "id" => optional(id), "instanceValue" =>
    optional(instance_value), "modifiedTimeGMT" => optional(modified_time_gmt),
    "modifier" => optional(modifier), "modifyUser" => optional(modify_user), "originator"
    => optional(originator), "sequence" => optional(sequence), "serialNumber" =>
    optional(serial_number), "title" => optional(title), "version" => optional(version) }
}
/// `GetActivityButtonListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActivityButtonListResponseBodyResult {
    /// `aliasInChinese`.
    pub alias_in_chinese: Option<String>,
    /// `aliasInEnglish`.
    pub alias_in_english: Option<String>,
}
rt::impl_deserialize! {
    GetActivityButtonListResponseBodyResult { "aliasInChinese" =>
    read_field(alias_in_chinese), "aliasInEnglish" => read_field(alias_in_english) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetActivityButtonListResponseBodyResult { "aliasInChinese" =>
    optional(alias_in_chinese), "aliasInEnglish" => optional(alias_in_english) }
}
/// `GetActivityListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActivityListResponseBodyResult {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `activityName`.
    pub activity_name: Option<String>,
    /// `activityNameInEnglish`.
    pub activity_name_in_english: Option<String>,
}
rt::impl_deserialize! {
    GetActivityListResponseBodyResult { "activityId" => read_field(activity_id),
    "activityName" => read_field(activity_name), "activityNameInEnglish" =>
    read_field(activity_name_in_english) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetActivityListResponseBodyResult { "activityId" => optional(activity_id),
    "activityName" => optional(activity_name), "activityNameInEnglish" =>
    optional(activity_name_in_english) }
}
/// `GetAllAuthCubesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllAuthCubesResponseBodyResult {
    /// `apappliedCount`.
    pub apapplied_count: Option<i64>,
    /// `appCode`.
    pub app_code: Option<String>,
    /// `appInstanceCode`.
    pub app_instance_code: Option<String>,
    /// `appStoreCode`.
    pub app_store_code: Option<String>,
    /// `authMode`.
    pub auth_mode: Option<String>,
    /// `authorizationType`.
    pub authorization_type: Option<i64>,
    /// `businessProcessCode`.
    pub business_process_code: Option<String>,
    /// `categoriesFirst`.
    pub categories_first: Option<String>,
    /// `categoriesSecond`.
    pub categories_second: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `cubeAuthType`.
    pub cube_auth_type: Option<String>,
    /// `cubeCode`.
    pub cube_code: Option<String>,
    /// `cubeDataRange`.
    pub cube_data_range: Option<String>,
    /// `cubeDataRanges`.
    pub cube_data_ranges: Option<Vec<GetAllAuthCubesResponseBodyResultCubeDataRanges>>,
    /// `cubeSource`.
    pub cube_source: Option<String>,
    /// `dataCacheTimeConfiguration`.
    pub data_cache_time_configuration: Option<String>,
    /// `dataflowCode`.
    pub dataflow_code: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `domainCode`.
    pub domain_code: Option<String>,
    /// `enableCache`.
    pub enable_cache: Option<bool>,
    /// `id`.
    pub id: Option<i64>,
    /// `isNeedApplication`.
    pub is_need_application: Option<String>,
    /// `isTrend`.
    pub is_trend: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `namespaceCode`.
    pub namespace_code: Option<String>,
    /// `owner`.
    pub owner: Option<String>,
    /// `sharedDataSet`.
    pub shared_data_set: Option<bool>,
    /// `tenantCorpId`.
    pub tenant_corp_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `userInformation`.
    pub user_information: Option<GetAllAuthCubesResponseBodyResultUserInformation>,
}
rt::impl_deserialize! {
    GetAllAuthCubesResponseBodyResult { "apappliedCount" => read_field(apapplied_count),
    "appCode" => read_field(app_code), "appInstanceCode" =>
    read_field(app_instance_code), "appStoreCode" => read_field(app_store_code),
    "authMode" => read_field(auth_mode), "authorizationType" =>
    read_field(authorization_type), "businessProcessCode" =>
    read_field(business_process_code), "categoriesFirst" => read_field(categories_first),
    "categoriesSecond" => read_field(categories_second), "createTimeGMT" =>
    read_field(create_time_gmt), "creatorUserId" => read_field(creator_user_id),
    "cubeAuthType" => read_field(cube_auth_type), "cubeCode" => read_field(cube_code),
    "cubeDataRange" => read_field(cube_data_range), "cubeDataRanges" =>
    read_field(cube_data_ranges), "cubeSource" => read_field(cube_source),
    "dataCacheTimeConfiguration" => read_field(data_cache_time_configuration),
    "dataflowCode" => read_field(dataflow_code), "description" =>
    read_field(description), "domainCode" => read_field(domain_code), "enableCache" =>
    read_field(enable_cache), "id" => read_field(id), "isNeedApplication" =>
    read_field(is_need_application), "isTrend" => read_field(is_trend), "modifiedTimeGMT"
    => read_field(modified_time_gmt), "modifier" => read_field(modifier), "name" =>
    read_field(name), "namespaceCode" => read_field(namespace_code), "owner" =>
    read_field(owner), "sharedDataSet" => read_field(shared_data_set), "tenantCorpId" =>
    read_field(tenant_corp_id), "type" => read_field(r#type), "userInformation" =>
    read_field(user_information) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllAuthCubesResponseBodyResult { "apappliedCount" => optional(apapplied_count),
    "appCode" => optional(app_code), "appInstanceCode" => optional(app_instance_code),
    "appStoreCode" => optional(app_store_code), "authMode" => optional(auth_mode),
    "authorizationType" => optional(authorization_type), "businessProcessCode" =>
    optional(business_process_code), "categoriesFirst" => optional(categories_first),
    "categoriesSecond" => optional(categories_second), "createTimeGMT" =>
    optional(create_time_gmt), "creatorUserId" => optional(creator_user_id),
    "cubeAuthType" => optional(cube_auth_type), "cubeCode" => optional(cube_code),
    "cubeDataRange" => optional(cube_data_range), "cubeDataRanges" =>
    optional(cube_data_ranges), "cubeSource" => optional(cube_source),
    "dataCacheTimeConfiguration" => optional(data_cache_time_configuration),
    "dataflowCode" => optional(dataflow_code), "description" => optional(description),
    "domainCode" => optional(domain_code), "enableCache" => optional(enable_cache), "id"
    => optional(id), "isNeedApplication" => optional(is_need_application), "isTrend" =>
    optional(is_trend), "modifiedTimeGMT" => optional(modified_time_gmt), "modifier" =>
    optional(modifier), "name" => optional(name), "namespaceCode" =>
    optional(namespace_code), "owner" => optional(owner), "sharedDataSet" =>
    optional(shared_data_set), "tenantCorpId" => optional(tenant_corp_id), "type" =>
    optional(r#type), "userInformation" => optional(user_information) }
}
/// `GetAutoFlowLogDetailResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAutoFlowLogDetailResponseBodyData {
    /// `activityKey`.
    pub activity_key: Option<String>,
    /// `elapsedTimeGMT`.
    pub elapsed_time_gmt: Option<i64>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `flag`.
    pub flag: Option<String>,
    /// `inputParams`.
    pub input_params: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `name`.
    pub name: Option<String>,
    /// `others`.
    pub others: Option<String>,
    /// `outputParams`.
    pub output_params: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `status`.
    pub status: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
rt::impl_deserialize! {
    GetAutoFlowLogDetailResponseBodyData { "activityKey" => read_field(activity_key),
    "elapsedTimeGMT" => read_field(elapsed_time_gmt), "finishTimeGMT" =>
    read_field(finish_time_gmt), "flag" => read_field(flag), "inputParams" =>
    read_field(input_params), "name" => read_field(name), "others" => read_field(others),
    "outputParams" => read_field(output_params), "status" => read_field(status), "uuid"
    => read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAutoFlowLogDetailResponseBodyData { "activityKey" => optional(activity_key),
    "elapsedTimeGMT" => optional(elapsed_time_gmt), "finishTimeGMT" =>
    optional(finish_time_gmt), "flag" => optional(flag), "inputParams" =>
    optional(input_params), "name" => optional(name), "others" => optional(others),
    "outputParams" => optional(output_params), "status" => optional(status), "uuid" =>
    optional(uuid) }
}
/// `GetCorpAccomplishmentTasksResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCorpAccomplishmentTasksResponseBodyData {
    /// `activeTimeGMT`.
    pub active_time_gmt: Option<String>,
    /// `actualActionerId`.
    pub actual_actioner_id: Option<String>,
    /// `appType`.
    pub app_type: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `originatorEmail`.
    pub originator_email: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `originatorName`.
    pub originator_name: Option<String>,
    /// `originatorNameInEnglish`.
    pub originator_name_in_english: Option<String>,
    /// `originatorNickName`.
    pub originator_nick_name: Option<String>,
    /// `originatorNickNameInEnglish`.
    pub originator_nick_name_in_english: Option<String>,
    /// `originatorPhoto`.
    pub originator_photo: Option<String>,
    /// `outResult`.
    pub out_result: Option<String>,
    /// `outResultName`.
    pub out_result_name: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `titleInEnglish`.
    pub title_in_english: Option<String>,
}
rt::impl_deserialize! {
    GetCorpAccomplishmentTasksResponseBodyData { "activeTimeGMT" =>
    read_field(active_time_gmt), "actualActionerId" => read_field(actual_actioner_id),
    "appType" => read_field(app_type), "createTimeGMT" => read_field(create_time_gmt),
    "finishTimeGMT" => read_field(finish_time_gmt), "originatorEmail" =>
    read_field(originator_email), "originatorId" => read_field(originator_id),
    "originatorName" => read_field(originator_name), "originatorNameInEnglish" =>
    read_field(originator_name_in_english), "originatorNickName" =>
    read_field(originator_nick_name), "originatorNickNameInEnglish" =>
    read_field(originator_nick_name_in_english), "originatorPhoto" =>
    read_field(originator_photo), "outResult" => read_field(out_result), "outResultName"
    => read_field(out_result_name), "processInstanceId" =>
    read_field(process_instance_id), "status" => read_field(status), "taskId" =>
    read_field(task_id), "taskType" => read_field(task_type), "title" =>
    read_field(title), "titleInEnglish" => read_field(title_in_english) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCorpAccomplishmentTasksResponseBodyData { "activeTimeGMT" =>
    optional(active_time_gmt), "actualActionerId" => optional(actual_actioner_id),
    "appType" => optional(app_type), "createTimeGMT" => optional(create_time_gmt),
    "finishTimeGMT" => optional(finish_time_gmt), "originatorEmail" =>
    optional(originator_email), "originatorId" => optional(originator_id),
    "originatorName" => optional(originator_name), "originatorNameInEnglish" =>
    optional(originator_name_in_english), "originatorNickName" =>
    optional(originator_nick_name), "originatorNickNameInEnglish" =>
    optional(originator_nick_name_in_english), "originatorPhoto" =>
    optional(originator_photo), "outResult" => optional(out_result), "outResultName" =>
    optional(out_result_name), "processInstanceId" => optional(process_instance_id),
    "status" => optional(status), "taskId" => optional(task_id), "taskType" =>
    optional(task_type), "title" => optional(title), "titleInEnglish" =>
    optional(title_in_english) }
}
/// `GetCorpTasksResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCorpTasksResponseBodyData {
    /// `activeTimeGMT`.
    pub active_time_gmt: Option<String>,
    /// `actualActionerId`.
    pub actual_actioner_id: Option<String>,
    /// `appType`.
    pub app_type: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `originatorEmail`.
    pub originator_email: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `originatorName`.
    pub originator_name: Option<String>,
    /// `originatorNameInEnglish`.
    pub originator_name_in_english: Option<String>,
    /// `originatorNickName`.
    pub originator_nick_name: Option<String>,
    /// `originatorNickNameEn`.
    pub originator_nick_name_en: Option<String>,
    /// `originatorPhoto`.
    pub originator_photo: Option<String>,
    /// `outResult`.
    pub out_result: Option<String>,
    /// `outResultName`.
    pub out_result_name: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `titleInEnglish`.
    pub title_in_english: Option<String>,
}
rt::impl_deserialize! {
    GetCorpTasksResponseBodyData { "activeTimeGMT" => read_field(active_time_gmt),
    "actualActionerId" => read_field(actual_actioner_id), "appType" =>
    read_field(app_type), "createTimeGMT" => read_field(create_time_gmt), "finishTimeGMT"
    => read_field(finish_time_gmt), "originatorEmail" => read_field(originator_email),
    "originatorId" => read_field(originator_id), "originatorName" =>
    read_field(originator_name), "originatorNameInEnglish" =>
    read_field(originator_name_in_english), "originatorNickName" =>
    read_field(originator_nick_name), "originatorNickNameEn" =>
    read_field(originator_nick_name_en), "originatorPhoto" =>
    read_field(originator_photo), "outResult" => read_field(out_result), "outResultName"
    => read_field(out_result_name), "processInstanceId" =>
    read_field(process_instance_id), "status" => read_field(status), "taskId" =>
    read_field(task_id), "taskType" => read_field(task_type), "title" =>
    read_field(title), "titleInEnglish" => read_field(title_in_english) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCorpTasksResponseBodyData { "activeTimeGMT" => optional(active_time_gmt),
    "actualActionerId" => optional(actual_actioner_id), "appType" => optional(app_type),
    "createTimeGMT" => optional(create_time_gmt), "finishTimeGMT" =>
    optional(finish_time_gmt), "originatorEmail" => optional(originator_email),
    "originatorId" => optional(originator_id), "originatorName" =>
    optional(originator_name), "originatorNameInEnglish" =>
    optional(originator_name_in_english), "originatorNickName" =>
    optional(originator_nick_name), "originatorNickNameEn" =>
    optional(originator_nick_name_en), "originatorPhoto" => optional(originator_photo),
    "outResult" => optional(out_result), "outResultName" => optional(out_result_name),
    "processInstanceId" => optional(process_instance_id), "status" => optional(status),
    "taskId" => optional(task_id), "taskType" => optional(task_type), "title" =>
    optional(title), "titleInEnglish" => optional(title_in_english) }
}
/// `GetFieldDefByUuidResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFieldDefByUuidResponseBodyResult {
    /// `behavior`.
    pub behavior: Option<String>,
    /// `children`.
    pub children: Option<String>,
    /// `componentName`.
    pub component_name: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `label`.
    pub label: Option<rt::serde_json::Value>,
    /// `props`.
    pub props: Option<rt::serde_json::Value>,
}
rt::impl_deserialize! {
    GetFieldDefByUuidResponseBodyResult { "behavior" => read_field(behavior), "children"
    => read_field(children), "componentName" => read_field(component_name), "fieldId" =>
    read_field(field_id), "label" => read_field(label), "props" => read_field(props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFieldDefByUuidResponseBodyResult { "behavior" => optional(behavior), "children" =>
    optional(children), "componentName" => optional(component_name), "fieldId" =>
    optional(field_id), "label" => optional(label), "props" => optional(props) }
}
/// `GetFormComponentDefinitionListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormComponentDefinitionListResponseBodyResult {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
}
rt::impl_deserialize! {
    GetFormComponentDefinitionListResponseBodyResult { "componentName" =>
    read_field(component_name), "fieldId" => read_field(field_id), "label" =>
    read_field(label), "parentId" => read_field(parent_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormComponentDefinitionListResponseBodyResult { "componentName" =>
    optional(component_name), "fieldId" => optional(field_id), "label" =>
    optional(label), "parentId" => optional(parent_id) }
}
/// `GetFormDataByIDResponseBodyOriginator`, a model several operations share: also named [`GetInstancesByIdListResponseBodyResultActionExecutor`], [`GetInstancesByIdListResponseBodyResultOriginator`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormDataByIDResponseBodyOriginator {
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `name`.
    pub name: Option<GetFormDataByIDResponseBodyOriginatorName>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetFormDataByIDResponseBodyOriginator { "departmentName" =>
    read_field(department_name), "email" => read_field(email), "name" =>
    read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormDataByIDResponseBodyOriginator { "departmentName" =>
    optional(department_name), "email" => optional(email), "name" => optional(name),
    "userId" => optional(user_id) }
}
/// `GetFormListInAppResponseBodyResult`, a model several operations share: also named [`PageFormBaseInfosResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormListInAppResponseBodyResult {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `data`.
    pub data: Option<Vec<GetFormListInAppResponseBodyResultData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetFormListInAppResponseBodyResult { "currentPage" => read_field(current_page),
    "data" => read_field(data), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormListInAppResponseBodyResult { "currentPage" => optional(current_page), "data"
    => optional(data), "totalCount" => optional(total_count) }
}
/// `GetInstanceByIdResponseBodyActionExecutor`, a model several operations share: also named [`GetInstanceByIdResponseBodyOriginator`], [`GetInstancesResponseBodyDataActionExecutor`], [`GetInstancesResponseBodyDataOriginator`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInstanceByIdResponseBodyActionExecutor {
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `name`.
    pub name: Option<GetInstanceByIdResponseBodyActionExecutorName>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetInstanceByIdResponseBodyActionExecutor { "deptName" => read_field(dept_name),
    "email" => read_field(email), "name" => read_field(name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInstanceByIdResponseBodyActionExecutor { "deptName" => optional(dept_name),
    "email" => optional(email), "name" => optional(name), "userId" => optional(user_id) }
}
/// `GetInstanceByIdResponseBodyOriginator`: the same model as [`GetInstanceByIdResponseBodyActionExecutor`].
pub type GetInstanceByIdResponseBodyOriginator = GetInstanceByIdResponseBodyActionExecutor;
/// `GetInstancesResponseBodyData`: the same model as [`GetInstanceByIdResponseBody`].
pub type GetInstancesResponseBodyData = GetInstanceByIdResponseBody;
/// `GetInstancesByIdListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInstancesByIdListResponseBodyResult {
    /// `actionExecutor`.
    pub action_executor: Option<
        Vec<GetInstancesByIdListResponseBodyResultActionExecutor>,
    >,
    /// `approvedResult`.
    pub approved_result: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `instanceStatus`.
    pub instance_status: Option<String>,
    /// `originator`.
    pub originator: Option<GetInstancesByIdListResponseBodyResultOriginator>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetInstancesByIdListResponseBodyResult { "actionExecutor" =>
    read_field(action_executor), "approvedResult" => read_field(approved_result), "data"
    => read_field(data), "formUuid" => read_field(form_uuid), "instanceStatus" =>
    read_field(instance_status), "originator" => read_field(originator), "processCode" =>
    read_field(process_code), "processInstanceId" => read_field(process_instance_id),
    "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInstancesByIdListResponseBodyResult { "actionExecutor" =>
    optional(action_executor), "approvedResult" => optional(approved_result), "data" =>
    optional(data), "formUuid" => optional(form_uuid), "instanceStatus" =>
    optional(instance_status), "originator" => optional(originator), "processCode" =>
    optional(process_code), "processInstanceId" => optional(process_instance_id), "title"
    => optional(title) }
}
/// `GetMeCorpSubmissionResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMeCorpSubmissionResponseBodyData {
    /// `actioner`.
    pub actioner: Option<Vec<GetMeCorpSubmissionResponseBodyDataActioner>>,
    /// `actionerId`.
    pub actioner_id: Option<Vec<String>>,
    /// `actionerName`.
    pub actioner_name: Option<Vec<String>>,
    /// `appType`.
    pub app_type: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `currentActivityInstances`.
    pub current_activity_instances: Option<
        Vec<GetMeCorpSubmissionResponseBodyDataCurrentActivityInstances>,
    >,
    /// `dataMap`.
    pub data_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `dataType`.
    pub data_type: Option<String>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `instanceValue`.
    pub instance_value: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `originatorAvatar`.
    pub originator_avatar: Option<String>,
    /// `originatorDisplayName`.
    pub originator_display_name: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `processApprovedResult`.
    pub process_approved_result: Option<String>,
    /// `processApprovedResultText`.
    pub process_approved_result_text: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processId`.
    pub process_id: Option<i64>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `processInstanceStatus`.
    pub process_instance_status: Option<String>,
    /// `processInstanceStatusText`.
    pub process_instance_status_text: Option<String>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    GetMeCorpSubmissionResponseBodyData { "actioner" => read_field(actioner),
    "actionerId" => read_field(actioner_id), "actionerName" => read_field(actioner_name),
    "appType" => read_field(app_type), "createTimeGMT" => read_field(create_time_gmt),
    "currentActivityInstances" => read_field(current_activity_instances), "dataMap" =>
    read_field(data_map), "dataType" => read_field(data_type), "finishTimeGMT" =>
    read_field(finish_time_gmt), "formInstanceId" => read_field(form_instance_id),
    "formUuid" => read_field(form_uuid), "instanceValue" => read_field(instance_value),
    "modifiedTimeGMT" => read_field(modified_time_gmt), "originatorAvatar" =>
    read_field(originator_avatar), "originatorDisplayName" =>
    read_field(originator_display_name), "originatorId" => read_field(originator_id),
    "processApprovedResult" => read_field(process_approved_result),
    "processApprovedResultText" => read_field(process_approved_result_text),
    "processCode" => read_field(process_code), "processId" => read_field(process_id),
    "processInstanceId" => read_field(process_instance_id), "processInstanceStatus" =>
    read_field(process_instance_status), "processInstanceStatusText" =>
    read_field(process_instance_status_text), "processName" => read_field(process_name),
    "title" => read_field(title), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMeCorpSubmissionResponseBodyData { "actioner" => optional(actioner), "actionerId"
    => optional(actioner_id), "actionerName" => optional(actioner_name), "appType" =>
    optional(app_type), "createTimeGMT" => optional(create_time_gmt),
    "currentActivityInstances" => optional(current_activity_instances), "dataMap" =>
    optional(data_map), "dataType" => optional(data_type), "finishTimeGMT" =>
    optional(finish_time_gmt), "formInstanceId" => optional(form_instance_id), "formUuid"
    => optional(form_uuid), "instanceValue" => optional(instance_value),
    "modifiedTimeGMT" => optional(modified_time_gmt), "originatorAvatar" =>
    optional(originator_avatar), "originatorDisplayName" =>
    optional(originator_display_name), "originatorId" => optional(originator_id),
    "processApprovedResult" => optional(process_approved_result),
    "processApprovedResultText" => optional(process_approved_result_text), "processCode"
    => optional(process_code), "processId" => optional(process_id), "processInstanceId"
    => optional(process_instance_id), "processInstanceStatus" =>
    optional(process_instance_status), "processInstanceStatusText" =>
    optional(process_instance_status_text), "processName" => optional(process_name),
    "title" => optional(title), "version" => optional(version) }
}
/// `GetNotifyMeResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNotifyMeResponseBodyData {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `appType`.
    pub app_type: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `instStatus`.
    pub inst_status: Option<String>,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `titleInEnglish`.
    pub title_in_english: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetNotifyMeResponseBodyData { "activityId" => read_field(activity_id), "appType" =>
    read_field(app_type), "corpId" => read_field(corp_id), "createTimeGMT" =>
    read_field(create_time_gmt), "creatorUserId" => read_field(creator_user_id),
    "formInstanceId" => read_field(form_instance_id), "instStatus" =>
    read_field(inst_status), "mobileUrl" => read_field(mobile_url), "modifiedTimeGMT" =>
    read_field(modified_time_gmt), "processCode" => read_field(process_code), "title" =>
    read_field(title), "titleInEnglish" => read_field(title_in_english), "url" =>
    read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNotifyMeResponseBodyData { "activityId" => optional(activity_id), "appType" =>
    optional(app_type), "corpId" => optional(corp_id), "createTimeGMT" =>
    optional(create_time_gmt), "creatorUserId" => optional(creator_user_id),
    "formInstanceId" => optional(form_instance_id), "instStatus" =>
    optional(inst_status), "mobileUrl" => optional(mobile_url), "modifiedTimeGMT" =>
    optional(modified_time_gmt), "processCode" => optional(process_code), "title" =>
    optional(title), "titleInEnglish" => optional(title_in_english), "url" =>
    optional(url) }
}
/// `GetOperationRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOperationRecordsResponseBodyResult {
    /// `action`.
    pub action: Option<String>,
    /// `actionExit`.
    pub action_exit: Option<String>,
    /// `activeTimeGMT`.
    pub active_time_gmt: Option<String>,
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `dataId`.
    pub data_id: Option<i64>,
    /// `digitalSign`.
    pub digital_sign: Option<String>,
    /// `domainList`.
    pub domain_list: Option<Vec<GetOperationRecordsResponseBodyResultDomainList>>,
    /// `files`.
    pub files: Option<String>,
    /// `operateTimeGMT`.
    pub operate_time_gmt: Option<String>,
    /// `operateType`.
    pub operate_type: Option<String>,
    /// `operatorDisplayName`.
    pub operator_display_name: Option<String>,
    /// `operatorName`.
    pub operator_name: Option<String>,
    /// `operatorNickName`.
    pub operator_nick_name: Option<String>,
    /// `operatorPhotoUrl`.
    pub operator_photo_url: Option<String>,
    /// `operatorStatus`.
    pub operator_status: Option<String>,
    /// `operatorUserId`.
    pub operator_user_id: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `showName`.
    pub show_name: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `taskExecuteType`.
    pub task_execute_type: Option<String>,
    /// `taskHoldTimeGMT`.
    pub task_hold_time_gmt: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetOperationRecordsResponseBodyResult { "action" => read_field(action), "actionExit"
    => read_field(action_exit), "activeTimeGMT" => read_field(active_time_gmt),
    "activityId" => read_field(activity_id), "dataId" => read_field(data_id),
    "digitalSign" => read_field(digital_sign), "domainList" => read_field(domain_list),
    "files" => read_field(files), "operateTimeGMT" => read_field(operate_time_gmt),
    "operateType" => read_field(operate_type), "operatorDisplayName" =>
    read_field(operator_display_name), "operatorName" => read_field(operator_name),
    "operatorNickName" => read_field(operator_nick_name), "operatorPhotoUrl" =>
    read_field(operator_photo_url), "operatorStatus" => read_field(operator_status),
    "operatorUserId" => read_field(operator_user_id), "processInstanceId" =>
    read_field(process_instance_id), "remark" => read_field(remark), "showName" =>
    read_field(show_name), "size" => read_field(size), "taskExecuteType" =>
    read_field(task_execute_type), "taskHoldTimeGMT" => read_field(task_hold_time_gmt),
    "taskId" => read_field(task_id), "taskType" => read_field(task_type), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOperationRecordsResponseBodyResult { "action" => optional(action), "actionExit" =>
    optional(action_exit), "activeTimeGMT" => optional(active_time_gmt), "activityId" =>
    optional(activity_id), "dataId" => optional(data_id), "digitalSign" =>
    optional(digital_sign), "domainList" => optional(domain_list), "files" =>
    optional(files), "operateTimeGMT" => optional(operate_time_gmt), "operateType" =>
    optional(operate_type), "operatorDisplayName" => optional(operator_display_name),
    "operatorName" => optional(operator_name), "operatorNickName" =>
    optional(operator_nick_name), "operatorPhotoUrl" => optional(operator_photo_url),
    "operatorStatus" => optional(operator_status), "operatorUserId" =>
    optional(operator_user_id), "processInstanceId" => optional(process_instance_id),
    "remark" => optional(remark), "showName" => optional(show_name), "size" =>
    optional(size), "taskExecuteType" => optional(task_execute_type), "taskHoldTimeGMT"
    => optional(task_hold_time_gmt), "taskId" => optional(task_id), "taskType" =>
    optional(task_type), "type" => optional(r#type) }
}
/// `GetPrintAppInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrintAppInfoResponseBodyResult {
    /// `appName`.
    pub app_name: Option<String>,
    /// `appType`.
    pub app_type: Option<String>,
    /// `formInfoList`.
    pub form_info_list: Option<Vec<GetPrintAppInfoResponseBodyResultFormInfoList>>,
    /// `iconUrl`.
    pub icon_url: Option<String>,
}
rt::impl_deserialize! {
    GetPrintAppInfoResponseBodyResult { "appName" => read_field(app_name), "appType" =>
    read_field(app_type), "formInfoList" => read_field(form_info_list), "iconUrl" =>
    read_field(icon_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrintAppInfoResponseBodyResult { "appName" => optional(app_name), "appType" =>
    optional(app_type), "formInfoList" => optional(form_info_list), "iconUrl" =>
    optional(icon_url) }
}
/// `GetProcessDefinitionResponseBodyOriginator`, a model several operations share: also named [`GetProcessDefinitionResponseBodyOwners`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDefinitionResponseBodyOriginator {
    /// `departmentDescription`.
    pub department_description: Option<String>,
    /// `displayEnName`.
    pub display_en_name: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `masterDataDepartments`.
    pub master_data_departments: Option<
        Vec<GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments>,
    >,
    /// `orderNumber`.
    pub order_number: Option<String>,
    /// `personalPhoto`.
    pub personal_photo: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `tbWang`.
    pub tb_wang: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userInfo`.
    pub user_info: Option<String>,
}
rt::impl_deserialize! {
    GetProcessDefinitionResponseBodyOriginator { "departmentDescription" =>
    read_field(department_description), "displayEnName" => read_field(display_en_name),
    "displayName" => read_field(display_name), "masterDataDepartments" =>
    read_field(master_data_departments), "orderNumber" => read_field(order_number),
    "personalPhoto" => read_field(personal_photo), "status" => read_field(status),
    "tbWang" => read_field(tb_wang), "userId" => read_field(user_id), "userInfo" =>
    read_field(user_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDefinitionResponseBodyOriginator { "departmentDescription" =>
    optional(department_description), "displayEnName" => optional(display_en_name),
    "displayName" => optional(display_name), "masterDataDepartments" =>
    optional(master_data_departments), "orderNumber" => optional(order_number),
    "personalPhoto" => optional(personal_photo), "status" => optional(status), "tbWang"
    => optional(tb_wang), "userId" => optional(user_id), "userInfo" =>
    optional(user_info) }
}
/// `GetProcessDefinitionResponseBodyOwners`: the same model as [`GetProcessDefinitionResponseBodyOriginator`].
pub type GetProcessDefinitionResponseBodyOwners = GetProcessDefinitionResponseBodyOriginator;
/// `GetProcessDefinitionResponseBodyTasks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDefinitionResponseBodyTasks {
    /// `actionerId`.
    pub actioner_id: Option<String>,
    /// `activity`.
    pub activity: Option<GetProcessDefinitionResponseBodyTasksActivity>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
}
rt::impl_deserialize! {
    GetProcessDefinitionResponseBodyTasks { "actionerId" => read_field(actioner_id),
    "activity" => read_field(activity), "status" => read_field(status), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDefinitionResponseBodyTasks { "actionerId" => optional(actioner_id),
    "activity" => optional(activity), "status" => optional(status), "taskId" =>
    optional(task_id) }
}
/// `GetProcessDesignResponseBodyApprovalSummary`, a model several operations share: also named [`GetProcessDesignByCodeResponseBodyApprovalSummary`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyApprovalSummary {
    /// `title`.
    pub title: Option<GetProcessDesignResponseBodyApprovalSummaryTitle>,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBodyApprovalSummary { "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBodyApprovalSummary { "title" => optional(title) }
}
/// `GetProcessDesignResponseBodyFlowConfig`, a model several operations share: also named [`GetProcessDesignByCodeResponseBodyFlowConfig`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyFlowConfig {
    /// `sid_instDetail`.
    pub sid_inst_detail: Option<
        Vec<GetProcessDesignResponseBodyFlowConfigSidInstDetail>,
    >,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBodyFlowConfig { "sid_instDetail" =>
    read_field(sid_inst_detail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBodyFlowConfig { "sid_instDetail" =>
    optional(sid_inst_detail) }
}
/// `GetProcessDesignResponseBodyFormulaRules`, a model several operations share: also named [`GetProcessDesignByCodeResponseBodyFormulaRules`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyFormulaRules {
    /// `activityAction`.
    pub activity_action: Option<Vec<String>>,
    /// `activityId`.
    pub activity_id: Option<Vec<String>>,
    /// `block`.
    pub block: Option<String>,
    /// `message`.
    pub message: Option<String>,
    /// `name`.
    pub name: Option<GetProcessDesignResponseBodyFormulaRulesName>,
    /// `nodeType`.
    pub node_type: Option<String>,
    /// `rule`.
    pub rule: Option<GetProcessDesignResponseBodyFormulaRulesRule>,
    /// `ruleType`.
    pub rule_type: Option<String>,
    /// `triggerMode`.
    pub trigger_mode: Option<String>,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBodyFormulaRules { "activityAction" =>
    read_field(activity_action), "activityId" => read_field(activity_id), "block" =>
    read_field(block), "message" => read_field(message), "name" => read_field(name),
    "nodeType" => read_field(node_type), "rule" => read_field(rule), "ruleType" =>
    read_field(rule_type), "triggerMode" => read_field(trigger_mode) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBodyFormulaRules { "activityAction" =>
    optional(activity_action), "activityId" => optional(activity_id), "block" =>
    optional(block), "message" => optional(message), "name" => optional(name), "nodeType"
    => optional(node_type), "rule" => optional(rule), "ruleType" => optional(rule_type),
    "triggerMode" => optional(trigger_mode) }
}
/// `GetProcessDesignResponseBodyNodes`, a model several operations share: also named [`GetProcessDesignByCodeResponseBodyNodes`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyNodes {
    /// `childNodes`.
    pub child_nodes: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<GetProcessDesignResponseBodyNodesName>,
    /// `nextId`.
    pub next_id: Option<Vec<String>>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `prevId`.
    pub prev_id: Option<String>,
    /// `props`.
    pub props: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBodyNodes { "childNodes" => read_field(child_nodes),
    "description" => read_field(description), "name" => read_field(name), "nextId" =>
    read_field(next_id), "nodeId" => read_field(node_id), "prevId" =>
    read_field(prev_id), "props" => read_field(props), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBodyNodes { "childNodes" => optional(child_nodes),
    "description" => optional(description), "name" => optional(name), "nextId" =>
    optional(next_id), "nodeId" => optional(node_id), "prevId" => optional(prev_id),
    "props" => optional(props), "type" => optional(r#type) }
}
/// `GetProcessDesignResponseBodyProps`, a model several operations share: also named [`GetProcessDesignByCodeResponseBodyProps`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyProps {
    /// `allowCollaboration`.
    pub allow_collaboration: Option<bool>,
    /// `allowTemporaryStorage`.
    pub allow_temporary_storage: Option<bool>,
    /// `allowWithdraw`.
    pub allow_withdraw: Option<bool>,
    /// `bindingForm`.
    pub binding_form: Option<String>,
    /// `noRecordRecall`.
    pub no_record_recall: Option<bool>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processDetailUrl`.
    pub process_detail_url: Option<String>,
    /// `processInitUrl`.
    pub process_init_url: Option<String>,
    /// `processMobileDetailUrl`.
    pub process_mobile_detail_url: Option<String>,
    /// `stopAssociationRulesIfFailed`.
    pub stop_association_rules_if_failed: Option<bool>,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBodyProps { "allowCollaboration" =>
    read_field(allow_collaboration), "allowTemporaryStorage" =>
    read_field(allow_temporary_storage), "allowWithdraw" => read_field(allow_withdraw),
    "bindingForm" => read_field(binding_form), "noRecordRecall" =>
    read_field(no_record_recall), "processCode" => read_field(process_code),
    "processDetailUrl" => read_field(process_detail_url), "processInitUrl" =>
    read_field(process_init_url), "processMobileDetailUrl" =>
    read_field(process_mobile_detail_url), "stopAssociationRulesIfFailed" =>
    read_field(stop_association_rules_if_failed) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBodyProps { "allowCollaboration" =>
    optional(allow_collaboration), "allowTemporaryStorage" =>
    optional(allow_temporary_storage), "allowWithdraw" => optional(allow_withdraw),
    "bindingForm" => optional(binding_form), "noRecordRecall" =>
    optional(no_record_recall), "processCode" => optional(process_code),
    "processDetailUrl" => optional(process_detail_url), "processInitUrl" =>
    optional(process_init_url), "processMobileDetailUrl" =>
    optional(process_mobile_detail_url), "stopAssociationRulesIfFailed" =>
    optional(stop_association_rules_if_failed) }
}
/// `GetProcessDesignByCodeResponseBodyApprovalSummary`: the same model as [`GetProcessDesignResponseBodyApprovalSummary`].
pub type GetProcessDesignByCodeResponseBodyApprovalSummary = GetProcessDesignResponseBodyApprovalSummary;
/// `GetProcessDesignByCodeResponseBodyFlowConfig`: the same model as [`GetProcessDesignResponseBodyFlowConfig`].
pub type GetProcessDesignByCodeResponseBodyFlowConfig = GetProcessDesignResponseBodyFlowConfig;
/// `GetProcessDesignByCodeResponseBodyFormulaRules`: the same model as [`GetProcessDesignResponseBodyFormulaRules`].
pub type GetProcessDesignByCodeResponseBodyFormulaRules = GetProcessDesignResponseBodyFormulaRules;
/// `GetProcessDesignByCodeResponseBodyNodes`: the same model as [`GetProcessDesignResponseBodyNodes`].
pub type GetProcessDesignByCodeResponseBodyNodes = GetProcessDesignResponseBodyNodes;
/// `GetProcessDesignByCodeResponseBodyProps`: the same model as [`GetProcessDesignResponseBodyProps`].
pub type GetProcessDesignByCodeResponseBodyProps = GetProcessDesignResponseBodyProps;
/// `GetRunningTaskListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRunningTaskListResponseBodyResult {
    /// `activeTimeGMT`.
    pub active_time_gmt: Option<String>,
    /// `actualActionExecutorId`.
    pub actual_action_executor_id: Option<String>,
    /// `appType`.
    pub app_type: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `originatorEmail`.
    pub originator_email: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `originatorName`.
    pub originator_name: Option<String>,
    /// `originatorNameInEnglish`.
    pub originator_name_in_english: Option<String>,
    /// `originatorNickName`.
    pub originator_nick_name: Option<String>,
    /// `originatorNickNameInEnglish`.
    pub originator_nick_name_in_english: Option<String>,
    /// `originatorPhoto`.
    pub originator_photo: Option<String>,
    /// `outResult`.
    pub out_result: Option<String>,
    /// `outResultName`.
    pub out_result_name: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `titleInEnglish`.
    pub title_in_english: Option<String>,
}
rt::impl_deserialize! {
    GetRunningTaskListResponseBodyResult { "activeTimeGMT" =>
    read_field(active_time_gmt), "actualActionExecutorId" =>
    read_field(actual_action_executor_id), "appType" => read_field(app_type),
    "createTimeGMT" => read_field(create_time_gmt), "finishTimeGMT" =>
    read_field(finish_time_gmt), "originatorEmail" => read_field(originator_email),
    "originatorId" => read_field(originator_id), "originatorName" =>
    read_field(originator_name), "originatorNameInEnglish" =>
    read_field(originator_name_in_english), "originatorNickName" =>
    read_field(originator_nick_name), "originatorNickNameInEnglish" =>
    read_field(originator_nick_name_in_english), "originatorPhoto" =>
    read_field(originator_photo), "outResult" => read_field(out_result), "outResultName"
    => read_field(out_result_name), "processInstanceId" =>
    read_field(process_instance_id), "status" => read_field(status), "taskId" =>
    read_field(task_id), "taskType" => read_field(task_type), "title" =>
    read_field(title), "titleInEnglish" => read_field(title_in_english) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRunningTaskListResponseBodyResult { "activeTimeGMT" => optional(active_time_gmt),
    "actualActionExecutorId" => optional(actual_action_executor_id), "appType" =>
    optional(app_type), "createTimeGMT" => optional(create_time_gmt), "finishTimeGMT" =>
    optional(finish_time_gmt), "originatorEmail" => optional(originator_email),
    "originatorId" => optional(originator_id), "originatorName" =>
    optional(originator_name), "originatorNameInEnglish" =>
    optional(originator_name_in_english), "originatorNickName" =>
    optional(originator_nick_name), "originatorNickNameInEnglish" =>
    optional(originator_nick_name_in_english), "originatorPhoto" =>
    optional(originator_photo), "outResult" => optional(out_result), "outResultName" =>
    optional(out_result_name), "processInstanceId" => optional(process_instance_id),
    "status" => optional(status), "taskId" => optional(task_id), "taskType" =>
    optional(task_type), "title" => optional(title), "titleInEnglish" =>
    optional(title_in_english) }
}
/// `GetRunningTasksResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRunningTasksResponseBodyResult {
    /// `activeTimeGMT`.
    pub active_time_gmt: Option<String>,
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `actualActionerId`.
    pub actual_actioner_id: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `titleInEnglish`.
    pub title_in_english: Option<String>,
}
rt::impl_deserialize! {
    GetRunningTasksResponseBodyResult { "activeTimeGMT" => read_field(active_time_gmt),
    "activityId" => read_field(activity_id), "actualActionerId" =>
    read_field(actual_actioner_id), "createTimeGMT" => read_field(create_time_gmt),
    "finishTimeGMT" => read_field(finish_time_gmt), "originatorId" =>
    read_field(originator_id), "processInstanceId" => read_field(process_instance_id),
    "status" => read_field(status), "taskId" => read_field(task_id), "taskType" =>
    read_field(task_type), "title" => read_field(title), "titleInEnglish" =>
    read_field(title_in_english) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRunningTasksResponseBodyResult { "activeTimeGMT" => optional(active_time_gmt),
    "activityId" => optional(activity_id), "actualActionerId" =>
    optional(actual_actioner_id), "createTimeGMT" => optional(create_time_gmt),
    "finishTimeGMT" => optional(finish_time_gmt), "originatorId" =>
    optional(originator_id), "processInstanceId" => optional(process_instance_id),
    "status" => optional(status), "taskId" => optional(task_id), "taskType" =>
    optional(task_type), "title" => optional(title), "titleInEnglish" =>
    optional(title_in_english) }
}
/// `GetSaleUserInfoByUserIdResponseBodyCorpList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSaleUserInfoByUserIdResponseBodyCorpList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `corpName`.
    pub corp_name: Option<String>,
    /// `namespace`.
    pub namespace: Option<String>,
}
rt::impl_deserialize! {
    GetSaleUserInfoByUserIdResponseBodyCorpList { "corpId" => read_field(corp_id),
    "corpName" => read_field(corp_name), "namespace" => read_field(namespace) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSaleUserInfoByUserIdResponseBodyCorpList { "corpId" => optional(corp_id),
    "corpName" => optional(corp_name), "namespace" => optional(namespace) }
}
/// `GetSimpleCubeModelListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleCubeModelListResponseBodyResult {
    /// `children`.
    pub children: Option<Vec<GetSimpleCubeModelListResponseBodyResultChildren>>,
    /// `id`.
    pub id: Option<String>,
    /// `isDimension`.
    pub is_dimension: Option<String>,
    /// `text`.
    pub text: Option<String>,
}
rt::impl_deserialize! {
    GetSimpleCubeModelListResponseBodyResult { "children" => read_field(children), "id"
    => read_field(id), "isDimension" => read_field(is_dimension), "text" =>
    read_field(text) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleCubeModelListResponseBodyResult { "children" => optional(children), "id" =>
    optional(id), "isDimension" => optional(is_dimension), "text" => optional(text) }
}
/// `GetTaskCopiesResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskCopiesResponseBodyData {
    /// `actionExecutorId`.
    pub action_executor_id: Option<Vec<String>>,
    /// `actionExecutorName`.
    pub action_executor_name: Option<Vec<String>>,
    /// `appType`.
    pub app_type: Option<String>,
    /// `carbonActivityId`.
    pub carbon_activity_id: Option<String>,
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `currentActivityInstances`.
    pub current_activity_instances: Option<
        Vec<GetTaskCopiesResponseBodyDataCurrentActivityInstances>,
    >,
    /// `dataMap`.
    pub data_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `dataType`.
    pub data_type: Option<String>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `instanceValue`.
    pub instance_value: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `originatorAvatar`.
    pub originator_avatar: Option<String>,
    /// `originatorDisplayName`.
    pub originator_display_name: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `processApprovedResult`.
    pub process_approved_result: Option<String>,
    /// `processApprovedResultText`.
    pub process_approved_result_text: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processId`.
    pub process_id: Option<i64>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `processInstanceStatus`.
    pub process_instance_status: Option<String>,
    /// `processInstanceStatusText`.
    pub process_instance_status_text: Option<String>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    GetTaskCopiesResponseBodyData { "actionExecutorId" => read_field(action_executor_id),
    "actionExecutorName" => read_field(action_executor_name), "appType" =>
    read_field(app_type), "carbonActivityId" => read_field(carbon_activity_id),
    "createTimeGMT" => read_field(create_time_gmt), "currentActivityInstances" =>
    read_field(current_activity_instances), "dataMap" => read_field(data_map), "dataType"
    => read_field(data_type), "finishTimeGMT" => read_field(finish_time_gmt),
    "formInstanceId" => read_field(form_instance_id), "formUuid" =>
    read_field(form_uuid), "instanceValue" => read_field(instance_value),
    "modifiedTimeGMT" => read_field(modified_time_gmt), "originatorAvatar" =>
    read_field(originator_avatar), "originatorDisplayName" =>
    read_field(originator_display_name), "originatorId" => read_field(originator_id),
    "processApprovedResult" => read_field(process_approved_result),
    "processApprovedResultText" => read_field(process_approved_result_text),
    "processCode" => read_field(process_code), "processId" => read_field(process_id),
    "processInstanceId" => read_field(process_instance_id), "processInstanceStatus" =>
    read_field(process_instance_status), "processInstanceStatusText" =>
    read_field(process_instance_status_text), "processName" => read_field(process_name),
    "serialNumber" => read_field(serial_number), "title" => read_field(title), "version"
    => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskCopiesResponseBodyData { "actionExecutorId" => optional(action_executor_id),
    "actionExecutorName" => optional(action_executor_name), "appType" =>
    optional(app_type), "carbonActivityId" => optional(carbon_activity_id),
    "createTimeGMT" => optional(create_time_gmt), "currentActivityInstances" =>
    optional(current_activity_instances), "dataMap" => optional(data_map), "dataType" =>
    optional(data_type), "finishTimeGMT" => optional(finish_time_gmt), "formInstanceId"
    => optional(form_instance_id), "formUuid" => optional(form_uuid), "instanceValue" =>
    optional(instance_value), "modifiedTimeGMT" => optional(modified_time_gmt),
    "originatorAvatar" => optional(originator_avatar), "originatorDisplayName" =>
    optional(originator_display_name), "originatorId" => optional(originator_id),
    "processApprovedResult" => optional(process_approved_result),
    "processApprovedResultText" => optional(process_approved_result_text), "processCode"
    => optional(process_code), "processId" => optional(process_id), "processInstanceId"
    => optional(process_instance_id), "processInstanceStatus" =>
    optional(process_instance_status), "processInstanceStatusText" =>
    optional(process_instance_status_text), "processName" => optional(process_name),
    "serialNumber" => optional(serial_number), "title" => optional(title), "version" =>
    optional(version) }
}
/// `ListApplicationResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApplicationResponseBodyData {
    /// `appConfig`.
    pub app_config: Option<String>,
    /// `appType`.
    pub app_type: Option<String>,
    /// `applicationStatus`.
    pub application_status: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `inexistence`.
    pub inexistence: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `releaseToDingStatus`.
    pub release_to_ding_status: Option<String>,
    /// `subCorpId`.
    pub sub_corp_id: Option<String>,
    /// `systemToken`.
    pub system_token: Option<String>,
}
rt::impl_deserialize! {
    ListApplicationResponseBodyData { "appConfig" => read_field(app_config), "appType" =>
    read_field(app_type), "applicationStatus" => read_field(application_status), "corpId"
    => read_field(corp_id), "creatorUserId" => read_field(creator_user_id), "description"
    => read_field(description), "icon" => read_field(icon), "inexistence" =>
    read_field(inexistence), "name" => read_field(name), "releaseToDingStatus" =>
    read_field(release_to_ding_status), "subCorpId" => read_field(sub_corp_id),
    "systemToken" => read_field(system_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApplicationResponseBodyData { "appConfig" => optional(app_config), "appType" =>
    optional(app_type), "applicationStatus" => optional(application_status), "corpId" =>
    optional(corp_id), "creatorUserId" => optional(creator_user_id), "description" =>
    optional(description), "icon" => optional(icon), "inexistence" =>
    optional(inexistence), "name" => optional(name), "releaseToDingStatus" =>
    optional(release_to_ding_status), "subCorpId" => optional(sub_corp_id), "systemToken"
    => optional(system_token) }
}
/// `ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation`, a model several operations share: also named [`ListApplicationInformationResponseBodyApplicationInformation`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation {
    /// `appName`.
    pub app_name: Option<String>,
    /// `appType`.
    pub app_type: Option<String>,
    /// `attachmentUsageAmount`.
    pub attachment_usage_amount: Option<i64>,
    /// `instanceUsageAmount`.
    pub instance_usage_amount: Option<i64>,
    /// `usagePlugins`.
    pub usage_plugins: Option<
        Vec<
            ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins,
        >,
    >,
}
rt::impl_deserialize! {
    ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation
    { "appName" => read_field(app_name), "appType" => read_field(app_type),
    "attachmentUsageAmount" => read_field(attachment_usage_amount), "instanceUsageAmount"
    => read_field(instance_usage_amount), "usagePlugins" => read_field(usage_plugins) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation
    { "appName" => optional(app_name), "appType" => optional(app_type),
    "attachmentUsageAmount" => optional(attachment_usage_amount), "instanceUsageAmount"
    => optional(instance_usage_amount), "usagePlugins" => optional(usage_plugins) }
}
/// `ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation {
    /// `applications`.
    pub applications: Option<
        Vec<
            ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications,
        >,
    >,
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `plugName`.
    pub plug_name: Option<String>,
    /// `plugPayType`.
    pub plug_pay_type: Option<i64>,
    /// `plugStatus`.
    pub plug_status: Option<i64>,
    /// `plugTotalAmount`.
    pub plug_total_amount: Option<i64>,
    /// `plugUsageAmount`.
    pub plug_usage_amount: Option<i64>,
    /// `plugUuid`.
    pub plug_uuid: Option<String>,
}
rt::impl_deserialize! {
    ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation {
    "applications" => read_field(applications), "iconUrl" => read_field(icon_url),
    "plugName" => read_field(plug_name), "plugPayType" => read_field(plug_pay_type),
    "plugStatus" => read_field(plug_status), "plugTotalAmount" =>
    read_field(plug_total_amount), "plugUsageAmount" => read_field(plug_usage_amount),
    "plugUuid" => read_field(plug_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation {
    "applications" => optional(applications), "iconUrl" => optional(icon_url), "plugName"
    => optional(plug_name), "plugPayType" => optional(plug_pay_type), "plugStatus" =>
    optional(plug_status), "plugTotalAmount" => optional(plug_total_amount),
    "plugUsageAmount" => optional(plug_usage_amount), "plugUuid" => optional(plug_uuid) }
}
/// `ListApplicationInformationResponseBodyApplicationInformation`: the same model as [`ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation`].
pub type ListApplicationInformationResponseBodyApplicationInformation = ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation;
/// `ListCommodityResponseBodyCommodityVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCommodityResponseBodyCommodityVOList {
    /// `accountDistributionNumber`.
    pub account_distribution_number: Option<i64>,
    /// `accountNumber`.
    pub account_number: Option<i64>,
    /// `activationCode`.
    pub activation_code: Option<String>,
    /// `buyDateGMT`.
    pub buy_date_gmt: Option<String>,
    /// `expireDateGMT`.
    pub expire_date_gmt: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    ListCommodityResponseBodyCommodityVOList { "accountDistributionNumber" =>
    read_field(account_distribution_number), "accountNumber" =>
    read_field(account_number), "activationCode" => read_field(activation_code),
    "buyDateGMT" => read_field(buy_date_gmt), "expireDateGMT" =>
    read_field(expire_date_gmt), "instanceId" => read_field(instance_id), "status" =>
    read_field(status), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCommodityResponseBodyCommodityVOList { "accountDistributionNumber" =>
    optional(account_distribution_number), "accountNumber" => optional(account_number),
    "activationCode" => optional(activation_code), "buyDateGMT" =>
    optional(buy_date_gmt), "expireDateGMT" => optional(expire_date_gmt), "instanceId" =>
    optional(instance_id), "status" => optional(status), "version" => optional(version) }
}
/// `ListConnectorInformationResponseBodyPluginInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListConnectorInformationResponseBodyPluginInfos {
    /// `apps`.
    pub apps: Option<Vec<ListConnectorInformationResponseBodyPluginInfosApps>>,
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `pluginName`.
    pub plugin_name: Option<String>,
    /// `pluginPayType`.
    pub plugin_pay_type: Option<i64>,
    /// `pluginStatus`.
    pub plugin_status: Option<i64>,
    /// `pluginTotalAmount`.
    pub plugin_total_amount: Option<i64>,
    /// `pluginUsageAmount`.
    pub plugin_usage_amount: Option<i64>,
    /// `pluginUuid`.
    pub plugin_uuid: Option<String>,
}
rt::impl_deserialize! {
    ListConnectorInformationResponseBodyPluginInfos { "apps" => read_field(apps),
    "iconUrl" => read_field(icon_url), "pluginName" => read_field(plugin_name),
    "pluginPayType" => read_field(plugin_pay_type), "pluginStatus" =>
    read_field(plugin_status), "pluginTotalAmount" => read_field(plugin_total_amount),
    "pluginUsageAmount" => read_field(plugin_usage_amount), "pluginUuid" =>
    read_field(plugin_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListConnectorInformationResponseBodyPluginInfos { "apps" => optional(apps), "iconUrl"
    => optional(icon_url), "pluginName" => optional(plugin_name), "pluginPayType" =>
    optional(plugin_pay_type), "pluginStatus" => optional(plugin_status),
    "pluginTotalAmount" => optional(plugin_total_amount), "pluginUsageAmount" =>
    optional(plugin_usage_amount), "pluginUuid" => optional(plugin_uuid) }
}
/// `ListNavigationByFormTypeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListNavigationByFormTypeResponseBodyResult {
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `title`.
    pub title: Option<ListNavigationByFormTypeResponseBodyResultTitle>,
}
rt::impl_deserialize! {
    ListNavigationByFormTypeResponseBodyResult { "formUuid" => read_field(form_uuid),
    "processCode" => read_field(process_code), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListNavigationByFormTypeResponseBodyResult { "formUuid" => optional(form_uuid),
    "processCode" => optional(process_code), "title" => optional(title) }
}
/// `PageAutoFlowLogResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageAutoFlowLogResponseBodyData {
    /// `appType`.
    pub app_type: Option<String>,
    /// `elapsedTimeGMT`.
    pub elapsed_time_gmt: Option<i64>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `flag`.
    pub flag: Option<String>,
    /// `procInstanceId`.
    pub proc_instance_id: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `srcProcInstanceFinishTimeGMT`.
    pub src_proc_instance_finish_time_gmt: Option<String>,
    /// `srcProcInstanceId`.
    pub src_proc_instance_id: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    PageAutoFlowLogResponseBodyData { "appType" => read_field(app_type), "elapsedTimeGMT"
    => read_field(elapsed_time_gmt), "finishTimeGMT" => read_field(finish_time_gmt),
    "flag" => read_field(flag), "procInstanceId" => read_field(proc_instance_id),
    "processCode" => read_field(process_code), "srcProcInstanceFinishTimeGMT" =>
    read_field(src_proc_instance_finish_time_gmt), "srcProcInstanceId" =>
    read_field(src_proc_instance_id), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageAutoFlowLogResponseBodyData { "appType" => optional(app_type), "elapsedTimeGMT"
    => optional(elapsed_time_gmt), "finishTimeGMT" => optional(finish_time_gmt), "flag"
    => optional(flag), "procInstanceId" => optional(proc_instance_id), "processCode" =>
    optional(process_code), "srcProcInstanceFinishTimeGMT" =>
    optional(src_proc_instance_finish_time_gmt), "srcProcInstanceId" =>
    optional(src_proc_instance_id), "status" => optional(status) }
}
/// `PageFormBaseInfosResponseBodyResult`: the same model as [`GetFormListInAppResponseBodyResult`].
pub type PageFormBaseInfosResponseBodyResult = GetFormListInAppResponseBodyResult;
/// `PreviewPublishedProcessResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PreviewPublishedProcessResponseBodyResult {
    /// `action`.
    pub action: Option<String>,
    /// `actionExit`.
    pub action_exit: Option<String>,
    /// `activeTimeGMT`.
    pub active_time_gmt: Option<String>,
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `dataId`.
    pub data_id: Option<i64>,
    /// `digitalSign`.
    pub digital_sign: Option<String>,
    /// `domains`.
    pub domains: Option<Vec<rt::serde_json::Value>>,
    /// `files`.
    pub files: Option<String>,
    /// `operateTimeGMT`.
    pub operate_time_gmt: Option<String>,
    /// `operateType`.
    pub operate_type: Option<String>,
    /// `operatorDisplayName`.
    pub operator_display_name: Option<String>,
    /// `operatorName`.
    pub operator_name: Option<String>,
    /// `operatorNickName`.
    pub operator_nick_name: Option<String>,
    /// `operatorPhotoUrl`.
    pub operator_photo_url: Option<String>,
    /// `operatorStatus`.
    pub operator_status: Option<String>,
    /// `operatorUserId`.
    pub operator_user_id: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `showName`.
    pub show_name: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `taskExecuteType`.
    pub task_execute_type: Option<String>,
    /// `taskHoldTimeGMT`.
    pub task_hold_time_gmt: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    PreviewPublishedProcessResponseBodyResult { "action" => read_field(action),
    "actionExit" => read_field(action_exit), "activeTimeGMT" =>
    read_field(active_time_gmt), "activityId" => read_field(activity_id), "dataId" =>
    read_field(data_id), "digitalSign" => read_field(digital_sign), "domains" =>
    read_field(domains), "files" => read_field(files), "operateTimeGMT" =>
    read_field(operate_time_gmt), "operateType" => read_field(operate_type),
    "operatorDisplayName" => read_field(operator_display_name), "operatorName" =>
    read_field(operator_name), "operatorNickName" => read_field(operator_nick_name),
    "operatorPhotoUrl" => read_field(operator_photo_url), "operatorStatus" =>
    read_field(operator_status), "operatorUserId" => read_field(operator_user_id),
    "processInstanceId" => read_field(process_instance_id), "remark" =>
    read_field(remark), "showName" => read_field(show_name), "size" => read_field(size),
    "taskExecuteType" => read_field(task_execute_type), "taskHoldTimeGMT" =>
    read_field(task_hold_time_gmt), "taskId" => read_field(task_id), "taskType" =>
    read_field(task_type), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PreviewPublishedProcessResponseBodyResult { "action" => optional(action),
    "actionExit" => optional(action_exit), "activeTimeGMT" => optional(active_time_gmt),
    "activityId" => optional(activity_id), "dataId" => optional(data_id), "digitalSign"
    => optional(digital_sign), "domains" => optional(domains), "files" =>
    optional(files), "operateTimeGMT" => optional(operate_time_gmt), "operateType" =>
    optional(operate_type), "operatorDisplayName" => optional(operator_display_name),
    "operatorName" => optional(operator_name), "operatorNickName" =>
    optional(operator_nick_name), "operatorPhotoUrl" => optional(operator_photo_url),
    "operatorStatus" => optional(operator_status), "operatorUserId" =>
    optional(operator_user_id), "processInstanceId" => optional(process_instance_id),
    "remark" => optional(remark), "showName" => optional(show_name), "size" =>
    optional(size), "taskExecuteType" => optional(task_execute_type), "taskHoldTimeGMT"
    => optional(task_hold_time_gmt), "taskId" => optional(task_id), "taskType" =>
    optional(task_type), "type" => optional(r#type) }
}
/// `QueryServiceRecordResponseBodyValues`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryServiceRecordResponseBodyValues {
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `hookType`.
    pub hook_type: Option<String>,
    /// `hookUuid`.
    pub hook_uuid: Option<String>,
    /// `invokeParameter`.
    pub invoke_parameter: Option<String>,
    /// `invokeResult`.
    pub invoke_result: Option<String>,
    /// `invokeStatus`.
    pub invoke_status: Option<String>,
    /// `invokeSuccess`.
    pub invoke_success: Option<String>,
    /// `invokeUrl`.
    pub invoke_url: Option<String>,
    /// `serviceContent`.
    pub service_content: Option<String>,
    /// `serviceName`.
    pub service_name: Option<String>,
    /// `serviceParameter`.
    pub service_parameter: Option<String>,
    /// `sourceUuid`.
    pub source_uuid: Option<String>,
}
rt::impl_deserialize! {
    QueryServiceRecordResponseBodyValues { "formInstanceId" =>
    read_field(form_instance_id), "formUuid" => read_field(form_uuid), "hookType" =>
    read_field(hook_type), "hookUuid" => read_field(hook_uuid), "invokeParameter" =>
    read_field(invoke_parameter), "invokeResult" => read_field(invoke_result),
    "invokeStatus" => read_field(invoke_status), "invokeSuccess" =>
    read_field(invoke_success), "invokeUrl" => read_field(invoke_url), "serviceContent"
    => read_field(service_content), "serviceName" => read_field(service_name),
    "serviceParameter" => read_field(service_parameter), "sourceUuid" =>
    read_field(source_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryServiceRecordResponseBodyValues { "formInstanceId" =>
    optional(form_instance_id), "formUuid" => optional(form_uuid), "hookType" =>
    optional(hook_type), "hookUuid" => optional(hook_uuid), "invokeParameter" =>
    optional(invoke_parameter), "invokeResult" => optional(invoke_result), "invokeStatus"
    => optional(invoke_status), "invokeSuccess" => optional(invoke_success), "invokeUrl"
    => optional(invoke_url), "serviceContent" => optional(service_content), "serviceName"
    => optional(service_name), "serviceParameter" => optional(service_parameter),
    "sourceUuid" => optional(source_uuid) }
}
/// `SearchFormDataRemovalTableDataResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDataRemovalTableDataResponseBodyData {
    /// `createTimeGMT`.
    pub create_time_gmt: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `formData`.
    pub form_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `instanceValue`.
    pub instance_value: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `modifyUser`.
    pub modify_user: Option<SearchFormDataRemovalTableDataResponseBodyDataModifyUser>,
    /// `originator`.
    pub originator: Option<SearchFormDataRemovalTableDataResponseBodyDataOriginator>,
    /// `sequence`.
    pub sequence: Option<String>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    SearchFormDataRemovalTableDataResponseBodyData { "createTimeGMT" =>
    read_field(create_time_gmt), "creatorUserId" => read_field(creator_user_id),
    "formData" => read_field(form_data), "formInstanceId" =>
    read_field(form_instance_id), "formUuid" => read_field(form_uuid), "id" =>
    read_field(id), "instanceValue" => read_field(instance_value), "modifiedTimeGMT" =>
    read_field(modified_time_gmt), "modifier" => read_field(modifier), "modifyUser" =>
    read_field(modify_user), "originator" => read_field(originator), "sequence" =>
    read_field(sequence), "serialNumber" => read_field(serial_number), "title" =>
    read_field(title), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFormDataRemovalTableDataResponseBodyData { "createTimeGMT" =>
    optional(create_time_gmt), "creatorUserId" => optional(creator_user_id), "formData"
    => optional(form_data), "formInstanceId" => optional(form_instance_id), "formUuid" =>
    optional(form_uuid), "id" => optional(id), "instanceValue" =>
    optional(instance_value), "modifiedTimeGMT" => optional(modified_time_gmt),
    "modifier" => optional(modifier), "modifyUser" => optional(modify_user), "originator"
    => optional(originator), "sequence" => optional(sequence), "serialNumber" =>
    optional(serial_number), "title" => optional(title), "version" => optional(version) }
}
/// `SearchFormDataSecondGenerationResponseBodyData`: the same model as [`BatchGetFormDataByIdListResponseBodyResult`].
pub type SearchFormDataSecondGenerationResponseBodyData = BatchGetFormDataByIdListResponseBodyResult;
/// `SearchFormDataSecondGenerationNoTableFieldResponseBodyData`: the same model as [`BatchGetFormDataByIdListResponseBodyResult`].
pub type SearchFormDataSecondGenerationNoTableFieldResponseBodyData = BatchGetFormDataByIdListResponseBodyResult;
/// `SearchFormDatasResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDatasResponseBodyData {
    /// `createdTimeGMT`.
    pub created_time_gmt: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `dataId`.
    pub data_id: Option<i64>,
    /// `formData`.
    pub form_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `instanceValue`.
    pub instance_value: Option<String>,
    /// `modelUuid`.
    pub model_uuid: Option<String>,
    /// `modifiedTimeGMT`.
    pub modified_time_gmt: Option<String>,
    /// `modifierUserId`.
    pub modifier_user_id: Option<String>,
    /// `modifyUser`.
    pub modify_user: Option<SearchFormDatasResponseBodyDataModifyUser>,
    /// `originator`.
    pub originator: Option<SearchFormDatasResponseBodyDataOriginator>,
    /// `sequence`.
    pub sequence: Option<String>,
    /// `serialNo`.
    pub serial_no: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    SearchFormDatasResponseBodyData { "createdTimeGMT" => read_field(created_time_gmt),
    "creatorUserId" => read_field(creator_user_id), "dataId" => read_field(data_id),
    "formData" => read_field(form_data), "formInstanceId" =>
    read_field(form_instance_id), "formUuid" => read_field(form_uuid), "instanceValue" =>
    read_field(instance_value), "modelUuid" => read_field(model_uuid), "modifiedTimeGMT"
    => read_field(modified_time_gmt), "modifierUserId" => read_field(modifier_user_id),
    "modifyUser" => read_field(modify_user), "originator" => read_field(originator),
    "sequence" => read_field(sequence), "serialNo" => read_field(serial_no), "title" =>
    read_field(title), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFormDatasResponseBodyData { "createdTimeGMT" => optional(created_time_gmt),
    "creatorUserId" => optional(creator_user_id), "dataId" => optional(data_id),
    "formData" => optional(form_data), "formInstanceId" => optional(form_instance_id),
    "formUuid" => optional(form_uuid), "instanceValue" => optional(instance_value),
    "modelUuid" => optional(model_uuid), "modifiedTimeGMT" =>
    optional(modified_time_gmt), "modifierUserId" => optional(modifier_user_id),
    "modifyUser" => optional(modify_user), "originator" => optional(originator),
    "sequence" => optional(sequence), "serialNo" => optional(serial_no), "title" =>
    optional(title), "version" => optional(version) }
}
/// `BatchGetFormDataByIdListResponseBodyResultModifyUser`, a model several operations share: also named [`BatchGetFormDataByIdListResponseBodyResultOriginator`], [`SearchFormDataSecondGenerationResponseBodyDataModifyUser`], [`SearchFormDataSecondGenerationResponseBodyDataOriginator`], [`SearchFormDataSecondGenerationNoTableFieldResponseBodyDataModifyUser`], [`SearchFormDataSecondGenerationNoTableFieldResponseBodyDataOriginator`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetFormDataByIdListResponseBodyResultModifyUser {
    /// `name`.
    pub name: Option<BatchGetFormDataByIdListResponseBodyResultModifyUserName>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    BatchGetFormDataByIdListResponseBodyResultModifyUser { "name" => read_field(name),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetFormDataByIdListResponseBodyResultModifyUser { "name" => optional(name),
    "userId" => optional(user_id) }
}
/// `BatchGetFormDataByIdListResponseBodyResultOriginator`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUser`].
pub type BatchGetFormDataByIdListResponseBodyResultOriginator = BatchGetFormDataByIdListResponseBodyResultModifyUser;
/// `GetAllAuthCubesResponseBodyResultCubeDataRanges`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllAuthCubesResponseBodyResultCubeDataRanges {
    /// `classifiedCode`.
    pub classified_code: Option<String>,
    /// `conditionKey`.
    pub condition_key: Option<String>,
    /// `conditionValue`.
    pub condition_value: Option<Vec<rt::serde_json::Value>>,
    /// `elementCode`.
    pub element_code: Option<String>,
    /// `elementType`.
    pub element_type: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
}
rt::impl_deserialize! {
    GetAllAuthCubesResponseBodyResultCubeDataRanges { "classifiedCode" =>
    read_field(classified_code), "conditionKey" => read_field(condition_key),
    "conditionValue" => read_field(condition_value), "elementCode" =>
    read_field(element_code), "elementType" => read_field(element_type), "operator" =>
    read_field(operator) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllAuthCubesResponseBodyResultCubeDataRanges { "classifiedCode" =>
    optional(classified_code), "conditionKey" => optional(condition_key),
    "conditionValue" => optional(condition_value), "elementCode" =>
    optional(element_code), "elementType" => optional(element_type), "operator" =>
    optional(operator) }
}
/// `GetAllAuthCubesResponseBodyResultUserInformation`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllAuthCubesResponseBodyResultUserInformation {
    /// `authProvider`.
    pub auth_provider: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `realmId`.
    pub realm_id: Option<i64>,
    /// `refererNamespaceCode`.
    pub referer_namespace_code: Option<String>,
    /// `showName`.
    pub show_name: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
rt::impl_deserialize! {
    GetAllAuthCubesResponseBodyResultUserInformation { "authProvider" =>
    read_field(auth_provider), "corpId" => read_field(corp_id), "departmentName" =>
    read_field(department_name), "name" => read_field(name), "nickName" =>
    read_field(nick_name), "realmId" => read_field(realm_id), "refererNamespaceCode" =>
    read_field(referer_namespace_code), "showName" => read_field(show_name), "workNo" =>
    read_field(work_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllAuthCubesResponseBodyResultUserInformation { "authProvider" =>
    optional(auth_provider), "corpId" => optional(corp_id), "departmentName" =>
    optional(department_name), "name" => optional(name), "nickName" =>
    optional(nick_name), "realmId" => optional(realm_id), "refererNamespaceCode" =>
    optional(referer_namespace_code), "showName" => optional(show_name), "workNo" =>
    optional(work_no) }
}
/// `GetFormDataByIDResponseBodyOriginatorName`, a model several operations share: also named [`GetInstanceByIdResponseBodyActionExecutorName`], [`GetInstanceByIdResponseBodyOriginatorName`], [`ListNavigationByFormTypeResponseBodyResultTitle`], [`GetInstancesResponseBodyDataActionExecutorName`], [`GetInstancesResponseBodyDataOriginatorName`], [`GetInstancesByIdListResponseBodyResultActionExecutorName`], [`GetInstancesByIdListResponseBodyResultOriginatorName`], [`SearchFormDatasResponseBodyDataModifyUserUserName`], [`SearchFormDatasResponseBodyDataOriginatorUserName`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormDataByIDResponseBodyOriginatorName {
    /// `nameInChinese`.
    pub name_in_chinese: Option<String>,
    /// `nameInEnglish`.
    pub name_in_english: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetFormDataByIDResponseBodyOriginatorName { "nameInChinese" =>
    read_field(name_in_chinese), "nameInEnglish" => read_field(name_in_english), "type"
    => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormDataByIDResponseBodyOriginatorName { "nameInChinese" =>
    optional(name_in_chinese), "nameInEnglish" => optional(name_in_english), "type" =>
    optional(r#type) }
}
/// `GetFormListInAppResponseBodyResultData`, a model several operations share: also named [`PageFormBaseInfosResponseBodyResultData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormListInAppResponseBodyResultData {
    /// `creator`.
    pub creator: Option<String>,
    /// `formType`.
    pub form_type: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `title`.
    pub title: Option<GetFormListInAppResponseBodyResultDataTitle>,
}
rt::impl_deserialize! {
    GetFormListInAppResponseBodyResultData { "creator" => read_field(creator), "formType"
    => read_field(form_type), "formUuid" => read_field(form_uuid), "gmtCreate" =>
    read_field(gmt_create), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormListInAppResponseBodyResultData { "creator" => optional(creator), "formType"
    => optional(form_type), "formUuid" => optional(form_uuid), "gmtCreate" =>
    optional(gmt_create), "title" => optional(title) }
}
/// `GetInstanceByIdResponseBodyActionExecutorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstanceByIdResponseBodyActionExecutorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstanceByIdResponseBodyOriginatorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstanceByIdResponseBodyOriginatorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstancesResponseBodyDataActionExecutor`: the same model as [`GetInstanceByIdResponseBodyActionExecutor`].
pub type GetInstancesResponseBodyDataActionExecutor = GetInstanceByIdResponseBodyActionExecutor;
/// `GetInstancesResponseBodyDataOriginator`: the same model as [`GetInstanceByIdResponseBodyActionExecutor`].
pub type GetInstancesResponseBodyDataOriginator = GetInstanceByIdResponseBodyActionExecutor;
/// `GetInstancesByIdListResponseBodyResultActionExecutor`: the same model as [`GetFormDataByIDResponseBodyOriginator`].
pub type GetInstancesByIdListResponseBodyResultActionExecutor = GetFormDataByIDResponseBodyOriginator;
/// `GetInstancesByIdListResponseBodyResultOriginator`: the same model as [`GetFormDataByIDResponseBodyOriginator`].
pub type GetInstancesByIdListResponseBodyResultOriginator = GetFormDataByIDResponseBodyOriginator;
/// `GetMeCorpSubmissionResponseBodyDataActioner`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMeCorpSubmissionResponseBodyDataActioner {
    /// `buName`.
    pub bu_name: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `employeeType`.
    pub employee_type: Option<String>,
    /// `employeeTypeInformation`.
    pub employee_type_information: Option<String>,
    /// `humanResourceGroupWorkNumber`.
    pub human_resource_group_work_number: Option<String>,
    /// `isSystemAdmin`.
    pub is_system_admin: Option<bool>,
    /// `level`.
    pub level: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `orderNumber`.
    pub order_number: Option<String>,
    /// `personalPhoto`.
    pub personal_photo: Option<String>,
    /// `personalPhotoUrl`.
    pub personal_photo_url: Option<String>,
    /// `pinyinNameAll`.
    pub pinyin_name_all: Option<String>,
    /// `pinyinNickName`.
    pub pinyin_nick_name: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `superUserId`.
    pub super_user_id: Option<String>,
    /// `tbWang`.
    pub tb_wang: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetMeCorpSubmissionResponseBodyDataActioner { "buName" => read_field(bu_name),
    "email" => read_field(email), "employeeType" => read_field(employee_type),
    "employeeTypeInformation" => read_field(employee_type_information),
    "humanResourceGroupWorkNumber" => read_field(human_resource_group_work_number),
    "isSystemAdmin" => read_field(is_system_admin), "level" => read_field(level), "name"
    => read_field(name), "nickName" => read_field(nick_name), "orderNumber" =>
    read_field(order_number), "personalPhoto" => read_field(personal_photo),
    "personalPhotoUrl" => read_field(personal_photo_url), "pinyinNameAll" =>
    read_field(pinyin_name_all), "pinyinNickName" => read_field(pinyin_nick_name),
    "state" => read_field(state), "superUserId" => read_field(super_user_id), "tbWang" =>
    read_field(tb_wang), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMeCorpSubmissionResponseBodyDataActioner { "buName" => optional(bu_name), "email"
    => optional(email), "employeeType" => optional(employee_type),
    "employeeTypeInformation" => optional(employee_type_information),
    "humanResourceGroupWorkNumber" => optional(human_resource_group_work_number),
    "isSystemAdmin" => optional(is_system_admin), "level" => optional(level), "name" =>
    optional(name), "nickName" => optional(nick_name), "orderNumber" =>
    optional(order_number), "personalPhoto" => optional(personal_photo),
    "personalPhotoUrl" => optional(personal_photo_url), "pinyinNameAll" =>
    optional(pinyin_name_all), "pinyinNickName" => optional(pinyin_nick_name), "state" =>
    optional(state), "superUserId" => optional(super_user_id), "tbWang" =>
    optional(tb_wang), "userId" => optional(user_id) }
}
/// `GetMeCorpSubmissionResponseBodyDataCurrentActivityInstances`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMeCorpSubmissionResponseBodyDataCurrentActivityInstances {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `activityInstanceStatus`.
    pub activity_instance_status: Option<String>,
    /// `activityName`.
    pub activity_name: Option<String>,
    /// `activityNameEn`.
    pub activity_name_en: Option<String>,
    /// `id`.
    pub id: Option<i64>,
}
rt::impl_deserialize! {
    GetMeCorpSubmissionResponseBodyDataCurrentActivityInstances { "activityId" =>
    read_field(activity_id), "activityInstanceStatus" =>
    read_field(activity_instance_status), "activityName" => read_field(activity_name),
    "activityNameEn" => read_field(activity_name_en), "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMeCorpSubmissionResponseBodyDataCurrentActivityInstances { "activityId" =>
    optional(activity_id), "activityInstanceStatus" =>
    optional(activity_instance_status), "activityName" => optional(activity_name),
    "activityNameEn" => optional(activity_name_en), "id" => optional(id) }
}
/// `GetOperationRecordsResponseBodyResultDomainList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOperationRecordsResponseBodyResultDomainList {
    /// `action`.
    pub action: Option<String>,
    /// `activeTimeGMT`.
    pub active_time_gmt: Option<String>,
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `digitalSignature`.
    pub digital_signature: Option<String>,
    /// `files`.
    pub files: Option<String>,
    /// `formatAction`.
    pub format_action: Option<String>,
    /// `operateTimeGMT`.
    pub operate_time_gmt: Option<String>,
    /// `operateType`.
    pub operate_type: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `operatorAgentIdList`.
    pub operator_agent_id_list: Option<
        Vec<GetOperationRecordsResponseBodyResultDomainListOperatorAgentIdList>,
    >,
    /// `operatorDisplayName`.
    pub operator_display_name: Option<String>,
    /// `operatorName`.
    pub operator_name: Option<String>,
    /// `operatorNickName`.
    pub operator_nick_name: Option<String>,
    /// `operatorPhotoUrl`.
    pub operator_photo_url: Option<String>,
    /// `operatorStatus`.
    pub operator_status: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `showName`.
    pub show_name: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `taskExecuteType`.
    pub task_execute_type: Option<String>,
    /// `taskHoldTimeGMT`.
    pub task_hold_time_gmt: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetOperationRecordsResponseBodyResultDomainList { "action" => read_field(action),
    "activeTimeGMT" => read_field(active_time_gmt), "activityId" =>
    read_field(activity_id), "digitalSignature" => read_field(digital_signature), "files"
    => read_field(files), "formatAction" => read_field(format_action), "operateTimeGMT"
    => read_field(operate_time_gmt), "operateType" => read_field(operate_type),
    "operator" => read_field(operator), "operatorAgentIdList" =>
    read_field(operator_agent_id_list), "operatorDisplayName" =>
    read_field(operator_display_name), "operatorName" => read_field(operator_name),
    "operatorNickName" => read_field(operator_nick_name), "operatorPhotoUrl" =>
    read_field(operator_photo_url), "operatorStatus" => read_field(operator_status),
    "processInstanceId" => read_field(process_instance_id), "remark" =>
    read_field(remark), "showName" => read_field(show_name), "size" => read_field(size),
    "taskExecuteType" => read_field(task_execute_type), "taskHoldTimeGMT" =>
    read_field(task_hold_time_gmt), "taskId" => read_field(task_id), "taskType" =>
    read_field(task_type), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOperationRecordsResponseBodyResultDomainList { "action" => optional(action),
    "activeTimeGMT" => optional(active_time_gmt), "activityId" => optional(activity_id),
    "digitalSignature" => optional(digital_signature), "files" => optional(files),
    "formatAction" => optional(format_action), "operateTimeGMT" =>
    optional(operate_time_gmt), "operateType" => optional(operate_type), "operator" =>
    optional(operator), "operatorAgentIdList" => optional(operator_agent_id_list),
    "operatorDisplayName" => optional(operator_display_name), "operatorName" =>
    optional(operator_name), "operatorNickName" => optional(operator_nick_name),
    "operatorPhotoUrl" => optional(operator_photo_url), "operatorStatus" =>
    optional(operator_status), "processInstanceId" => optional(process_instance_id),
    "remark" => optional(remark), "showName" => optional(show_name), "size" =>
    optional(size), "taskExecuteType" => optional(task_execute_type), "taskHoldTimeGMT"
    => optional(task_hold_time_gmt), "taskId" => optional(task_id), "taskType" =>
    optional(task_type), "type" => optional(r#type) }
}
/// `GetPrintAppInfoResponseBodyResultFormInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrintAppInfoResponseBodyResultFormInfoList {
    /// `formName`.
    pub form_name: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
}
rt::impl_deserialize! {
    GetPrintAppInfoResponseBodyResultFormInfoList { "formName" => read_field(form_name),
    "formUuid" => read_field(form_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrintAppInfoResponseBodyResultFormInfoList { "formName" => optional(form_name),
    "formUuid" => optional(form_uuid) }
}
/// `GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments`, a model several operations share: also named [`GetProcessDefinitionResponseBodyOwnersMasterDataDepartments`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments {
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptNameInEnglish`.
    pub dept_name_in_english: Option<String>,
    /// `deptNo`.
    pub dept_no: Option<String>,
    /// `deptPath`.
    pub dept_path: Option<String>,
    /// `humanSourceGroupOrderNumber`.
    pub human_source_group_order_number: Option<String>,
    /// `humanSourceGroupWorkNo`.
    pub human_source_group_work_no: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `masterWorkNo`.
    pub master_work_no: Option<String>,
}
rt::impl_deserialize! {
    GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments { "deptName" =>
    read_field(dept_name), "deptNameInEnglish" => read_field(dept_name_in_english),
    "deptNo" => read_field(dept_no), "deptPath" => read_field(dept_path),
    "humanSourceGroupOrderNumber" => read_field(human_source_group_order_number),
    "humanSourceGroupWorkNo" => read_field(human_source_group_work_no), "id" =>
    read_field(id), "masterWorkNo" => read_field(master_work_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments { "deptName" =>
    optional(dept_name), "deptNameInEnglish" => optional(dept_name_in_english), "deptNo"
    => optional(dept_no), "deptPath" => optional(dept_path),
    "humanSourceGroupOrderNumber" => optional(human_source_group_order_number),
    "humanSourceGroupWorkNo" => optional(human_source_group_work_no), "id" =>
    optional(id), "masterWorkNo" => optional(master_work_no) }
}
/// `GetProcessDefinitionResponseBodyOwnersMasterDataDepartments`: the same model as [`GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments`].
pub type GetProcessDefinitionResponseBodyOwnersMasterDataDepartments = GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments;
/// `GetProcessDefinitionResponseBodyTasksActivity`, a model several operations share: also named [`GetTaskCopiesResponseBodyDataCurrentActivityInstances`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDefinitionResponseBodyTasksActivity {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `activityInstanceStatus`.
    pub activity_instance_status: Option<String>,
    /// `activityName`.
    pub activity_name: Option<String>,
    /// `activityNameInEnglish`.
    pub activity_name_in_english: Option<String>,
    /// `id`.
    pub id: Option<i64>,
}
rt::impl_deserialize! {
    GetProcessDefinitionResponseBodyTasksActivity { "activityId" =>
    read_field(activity_id), "activityInstanceStatus" =>
    read_field(activity_instance_status), "activityName" => read_field(activity_name),
    "activityNameInEnglish" => read_field(activity_name_in_english), "id" =>
    read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDefinitionResponseBodyTasksActivity { "activityId" =>
    optional(activity_id), "activityInstanceStatus" =>
    optional(activity_instance_status), "activityName" => optional(activity_name),
    "activityNameInEnglish" => optional(activity_name_in_english), "id" => optional(id) }
}
/// `GetProcessDesignResponseBodyApprovalSummaryTitle`, a model several operations share: also named [`GetProcessDesignByCodeResponseBodyApprovalSummaryTitle`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyApprovalSummaryTitle {
    /// `en_US`.
    pub en_us: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `zh_CN`.
    pub zh_cn: Option<String>,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBodyApprovalSummaryTitle { "en_US" => read_field(en_us),
    "type" => read_field(r#type), "zh_CN" => read_field(zh_cn) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBodyApprovalSummaryTitle { "en_US" => optional(en_us), "type"
    => optional(r#type), "zh_CN" => optional(zh_cn) }
}
/// `GetProcessDesignResponseBodyFlowConfigSidInstDetail`, a model several operations share: also named [`GetProcessDesignByCodeResponseBodyFlowConfigSidInstDetail`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyFlowConfigSidInstDetail {
    /// `fieldBehavior`.
    pub field_behavior: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBodyFlowConfigSidInstDetail { "fieldBehavior" =>
    read_field(field_behavior), "fieldId" => read_field(field_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBodyFlowConfigSidInstDetail { "fieldBehavior" =>
    optional(field_behavior), "fieldId" => optional(field_id) }
}
/// `GetProcessDesignResponseBodyFormulaRulesName`, a model several operations share: also named [`GetProcessDesignResponseBodyNodesName`], [`GetProcessDesignByCodeResponseBodyFormulaRulesName`], [`GetProcessDesignByCodeResponseBodyNodesName`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyFormulaRulesName {
    /// `en_US`.
    pub en_us: Option<String>,
    /// `zh_CN`.
    pub zh_cn: Option<String>,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBodyFormulaRulesName { "en_US" => read_field(en_us), "zh_CN"
    => read_field(zh_cn) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBodyFormulaRulesName { "en_US" => optional(en_us), "zh_CN" =>
    optional(zh_cn) }
}
/// `GetProcessDesignResponseBodyFormulaRulesRule`, a model several operations share: also named [`GetProcessDesignByCodeResponseBodyFormulaRulesRule`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyFormulaRulesRule {
    /// `content`.
    pub content: Option<String>,
    /// `displayRule`.
    pub display_rule: Option<String>,
    /// `source`.
    pub source: Option<String>,
}
rt::impl_deserialize! {
    GetProcessDesignResponseBodyFormulaRulesRule { "content" => read_field(content),
    "displayRule" => read_field(display_rule), "source" => read_field(source) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProcessDesignResponseBodyFormulaRulesRule { "content" => optional(content),
    "displayRule" => optional(display_rule), "source" => optional(source) }
}
/// `GetProcessDesignResponseBodyNodesName`: the same model as [`GetProcessDesignResponseBodyFormulaRulesName`].
pub type GetProcessDesignResponseBodyNodesName = GetProcessDesignResponseBodyFormulaRulesName;
/// `GetProcessDesignByCodeResponseBodyApprovalSummaryTitle`: the same model as [`GetProcessDesignResponseBodyApprovalSummaryTitle`].
pub type GetProcessDesignByCodeResponseBodyApprovalSummaryTitle = GetProcessDesignResponseBodyApprovalSummaryTitle;
/// `GetProcessDesignByCodeResponseBodyFlowConfigSidInstDetail`: the same model as [`GetProcessDesignResponseBodyFlowConfigSidInstDetail`].
pub type GetProcessDesignByCodeResponseBodyFlowConfigSidInstDetail = GetProcessDesignResponseBodyFlowConfigSidInstDetail;
/// `GetProcessDesignByCodeResponseBodyFormulaRulesName`: the same model as [`GetProcessDesignResponseBodyFormulaRulesName`].
pub type GetProcessDesignByCodeResponseBodyFormulaRulesName = GetProcessDesignResponseBodyFormulaRulesName;
/// `GetProcessDesignByCodeResponseBodyFormulaRulesRule`: the same model as [`GetProcessDesignResponseBodyFormulaRulesRule`].
pub type GetProcessDesignByCodeResponseBodyFormulaRulesRule = GetProcessDesignResponseBodyFormulaRulesRule;
/// `GetProcessDesignByCodeResponseBodyNodesName`: the same model as [`GetProcessDesignResponseBodyFormulaRulesName`].
pub type GetProcessDesignByCodeResponseBodyNodesName = GetProcessDesignResponseBodyFormulaRulesName;
/// `GetSimpleCubeModelListResponseBodyResultChildren`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleCubeModelListResponseBodyResultChildren {
    /// `classifiedCode`.
    pub classified_code: Option<String>,
    /// `cubeCode`.
    pub cube_code: Option<String>,
    /// `dataType`.
    pub data_type: Option<String>,
    /// `dimensionType`.
    pub dimension_type: Option<String>,
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isDimension`.
    pub is_dimension: Option<String>,
    /// `isVisible`.
    pub is_visible: Option<String>,
    /// `measureType`.
    pub measure_type: Option<String>,
    /// `text`.
    pub text: Option<String>,
    /// `timeFormat`.
    pub time_format: Option<String>,
    /// `timeGranularityType`.
    pub time_granularity_type: Option<String>,
}
rt::impl_deserialize! {
    GetSimpleCubeModelListResponseBodyResultChildren { "classifiedCode" =>
    read_field(classified_code), "cubeCode" => read_field(cube_code), "dataType" =>
    read_field(data_type), "dimensionType" => read_field(dimension_type), "fieldCode" =>
    read_field(field_code), "id" => read_field(id), "isDimension" =>
    read_field(is_dimension), "isVisible" => read_field(is_visible), "measureType" =>
    read_field(measure_type), "text" => read_field(text), "timeFormat" =>
    read_field(time_format), "timeGranularityType" => read_field(time_granularity_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleCubeModelListResponseBodyResultChildren { "classifiedCode" =>
    optional(classified_code), "cubeCode" => optional(cube_code), "dataType" =>
    optional(data_type), "dimensionType" => optional(dimension_type), "fieldCode" =>
    optional(field_code), "id" => optional(id), "isDimension" => optional(is_dimension),
    "isVisible" => optional(is_visible), "measureType" => optional(measure_type), "text"
    => optional(text), "timeFormat" => optional(time_format), "timeGranularityType" =>
    optional(time_granularity_type) }
}
/// `GetTaskCopiesResponseBodyDataCurrentActivityInstances`: the same model as [`GetProcessDefinitionResponseBodyTasksActivity`].
pub type GetTaskCopiesResponseBodyDataCurrentActivityInstances = GetProcessDefinitionResponseBodyTasksActivity;
/// `ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins`, a model several operations share: also named [`ListApplicationInformationResponseBodyApplicationInformationUsagePlugins`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins {
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `pluginName`.
    pub plugin_name: Option<String>,
}
rt::impl_deserialize! {
    ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins
    { "iconUrl" => read_field(icon_url), "pluginName" => read_field(plugin_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins
    { "iconUrl" => optional(icon_url), "pluginName" => optional(plugin_name) }
}
/// `ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications`, a model several operations share: also named [`ListConnectorInformationResponseBodyPluginInfosApps`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications {
    /// `appName`.
    pub app_name: Option<String>,
}
rt::impl_deserialize! {
    ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications
    { "appName" => read_field(app_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications
    { "appName" => optional(app_name) }
}
/// `ListApplicationInformationResponseBodyApplicationInformationUsagePlugins`: the same model as [`ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins`].
pub type ListApplicationInformationResponseBodyApplicationInformationUsagePlugins = ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins;
/// `ListConnectorInformationResponseBodyPluginInfosApps`: the same model as [`ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications`].
pub type ListConnectorInformationResponseBodyPluginInfosApps = ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications;
/// `ListNavigationByFormTypeResponseBodyResultTitle`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type ListNavigationByFormTypeResponseBodyResultTitle = GetFormDataByIDResponseBodyOriginatorName;
/// `PageFormBaseInfosResponseBodyResultData`: the same model as [`GetFormListInAppResponseBodyResultData`].
pub type PageFormBaseInfosResponseBodyResultData = GetFormListInAppResponseBodyResultData;
/// `SearchFormDataRemovalTableDataResponseBodyDataModifyUser`, a model several operations share: also named [`SearchFormDataRemovalTableDataResponseBodyDataOriginator`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDataRemovalTableDataResponseBodyDataModifyUser {
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `name`.
    pub name: Option<SearchFormDataRemovalTableDataResponseBodyDataModifyUserName>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    SearchFormDataRemovalTableDataResponseBodyDataModifyUser { "departmentName" =>
    read_field(department_name), "email" => read_field(email), "name" =>
    read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFormDataRemovalTableDataResponseBodyDataModifyUser { "departmentName" =>
    optional(department_name), "email" => optional(email), "name" => optional(name),
    "userId" => optional(user_id) }
}
/// `SearchFormDataRemovalTableDataResponseBodyDataOriginator`: the same model as [`SearchFormDataRemovalTableDataResponseBodyDataModifyUser`].
pub type SearchFormDataRemovalTableDataResponseBodyDataOriginator = SearchFormDataRemovalTableDataResponseBodyDataModifyUser;
/// `SearchFormDataSecondGenerationResponseBodyDataModifyUser`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUser`].
pub type SearchFormDataSecondGenerationResponseBodyDataModifyUser = BatchGetFormDataByIdListResponseBodyResultModifyUser;
/// `SearchFormDataSecondGenerationResponseBodyDataOriginator`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUser`].
pub type SearchFormDataSecondGenerationResponseBodyDataOriginator = BatchGetFormDataByIdListResponseBodyResultModifyUser;
/// `SearchFormDataSecondGenerationNoTableFieldResponseBodyDataModifyUser`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUser`].
pub type SearchFormDataSecondGenerationNoTableFieldResponseBodyDataModifyUser = BatchGetFormDataByIdListResponseBodyResultModifyUser;
/// `SearchFormDataSecondGenerationNoTableFieldResponseBodyDataOriginator`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUser`].
pub type SearchFormDataSecondGenerationNoTableFieldResponseBodyDataOriginator = BatchGetFormDataByIdListResponseBodyResultModifyUser;
/// `SearchFormDatasResponseBodyDataModifyUser`, a model several operations share: also named [`SearchFormDatasResponseBodyDataOriginator`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDatasResponseBodyDataModifyUser {
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<SearchFormDatasResponseBodyDataModifyUserUserName>,
}
rt::impl_deserialize! {
    SearchFormDatasResponseBodyDataModifyUser { "userId" => read_field(user_id),
    "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFormDatasResponseBodyDataModifyUser { "userId" => optional(user_id), "userName"
    => optional(user_name) }
}
/// `SearchFormDatasResponseBodyDataOriginator`: the same model as [`SearchFormDatasResponseBodyDataModifyUser`].
pub type SearchFormDatasResponseBodyDataOriginator = SearchFormDatasResponseBodyDataModifyUser;
/// `BatchGetFormDataByIdListResponseBodyResultModifyUserName`, a model several operations share: also named [`BatchGetFormDataByIdListResponseBodyResultOriginatorName`], [`SearchFormDataRemovalTableDataResponseBodyDataModifyUserName`], [`SearchFormDataRemovalTableDataResponseBodyDataOriginatorName`], [`SearchFormDataSecondGenerationResponseBodyDataModifyUserName`], [`SearchFormDataSecondGenerationResponseBodyDataOriginatorName`], [`SearchFormDataSecondGenerationNoTableFieldResponseBodyDataModifyUserName`], [`SearchFormDataSecondGenerationNoTableFieldResponseBodyDataOriginatorName`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetFormDataByIdListResponseBodyResultModifyUserName {
    /// `nameInChinese`.
    pub name_in_chinese: Option<String>,
    /// `nameInEnglish`.
    pub name_in_english: Option<String>,
}
rt::impl_deserialize! {
    BatchGetFormDataByIdListResponseBodyResultModifyUserName { "nameInChinese" =>
    read_field(name_in_chinese), "nameInEnglish" => read_field(name_in_english) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetFormDataByIdListResponseBodyResultModifyUserName { "nameInChinese" =>
    optional(name_in_chinese), "nameInEnglish" => optional(name_in_english) }
}
/// `BatchGetFormDataByIdListResponseBodyResultOriginatorName`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUserName`].
pub type BatchGetFormDataByIdListResponseBodyResultOriginatorName = BatchGetFormDataByIdListResponseBodyResultModifyUserName;
/// `GetFormListInAppResponseBodyResultDataTitle`, a model several operations share: also named [`PageFormBaseInfosResponseBodyResultDataTitle`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormListInAppResponseBodyResultDataTitle {
    /// `enUS`.
    pub en_us: Option<String>,
    /// `zhCN`.
    pub zh_cn: Option<String>,
}
rt::impl_deserialize! {
    GetFormListInAppResponseBodyResultDataTitle { "enUS" => read_field(en_us), "zhCN" =>
    read_field(zh_cn) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormListInAppResponseBodyResultDataTitle { "enUS" => optional(en_us), "zhCN" =>
    optional(zh_cn) }
}
/// `GetInstancesResponseBodyDataActionExecutorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstancesResponseBodyDataActionExecutorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstancesResponseBodyDataOriginatorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstancesResponseBodyDataOriginatorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstancesByIdListResponseBodyResultActionExecutorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstancesByIdListResponseBodyResultActionExecutorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstancesByIdListResponseBodyResultOriginatorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstancesByIdListResponseBodyResultOriginatorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetOperationRecordsResponseBodyResultDomainListOperatorAgentIdList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOperationRecordsResponseBodyResultDomainListOperatorAgentIdList {
    /// `departmentDescription`.
    pub department_description: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `displayNameInEnglish`.
    pub display_name_in_english: Option<String>,
    /// `orderNumber`.
    pub order_number: Option<String>,
    /// `personalPhoto`.
    pub personal_photo: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userInformation`.
    pub user_information: Option<String>,
}
rt::impl_deserialize! {
    GetOperationRecordsResponseBodyResultDomainListOperatorAgentIdList {
    "departmentDescription" => read_field(department_description), "displayName" =>
    read_field(display_name), "displayNameInEnglish" =>
    read_field(display_name_in_english), "orderNumber" => read_field(order_number),
    "personalPhoto" => read_field(personal_photo), "status" => read_field(status),
    "userId" => read_field(user_id), "userInformation" => read_field(user_information) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOperationRecordsResponseBodyResultDomainListOperatorAgentIdList {
    "departmentDescription" => optional(department_description), "displayName" =>
    optional(display_name), "displayNameInEnglish" => optional(display_name_in_english),
    "orderNumber" => optional(order_number), "personalPhoto" => optional(personal_photo),
    "status" => optional(status), "userId" => optional(user_id), "userInformation" =>
    optional(user_information) }
}
/// `PageFormBaseInfosResponseBodyResultDataTitle`: the same model as [`GetFormListInAppResponseBodyResultDataTitle`].
pub type PageFormBaseInfosResponseBodyResultDataTitle = GetFormListInAppResponseBodyResultDataTitle;
/// `SearchFormDataRemovalTableDataResponseBodyDataModifyUserName`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUserName`].
pub type SearchFormDataRemovalTableDataResponseBodyDataModifyUserName = BatchGetFormDataByIdListResponseBodyResultModifyUserName;
/// `SearchFormDataRemovalTableDataResponseBodyDataOriginatorName`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUserName`].
pub type SearchFormDataRemovalTableDataResponseBodyDataOriginatorName = BatchGetFormDataByIdListResponseBodyResultModifyUserName;
/// `SearchFormDataSecondGenerationResponseBodyDataModifyUserName`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUserName`].
pub type SearchFormDataSecondGenerationResponseBodyDataModifyUserName = BatchGetFormDataByIdListResponseBodyResultModifyUserName;
/// `SearchFormDataSecondGenerationResponseBodyDataOriginatorName`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUserName`].
pub type SearchFormDataSecondGenerationResponseBodyDataOriginatorName = BatchGetFormDataByIdListResponseBodyResultModifyUserName;
/// `SearchFormDataSecondGenerationNoTableFieldResponseBodyDataModifyUserName`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUserName`].
pub type SearchFormDataSecondGenerationNoTableFieldResponseBodyDataModifyUserName = BatchGetFormDataByIdListResponseBodyResultModifyUserName;
/// `SearchFormDataSecondGenerationNoTableFieldResponseBodyDataOriginatorName`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUserName`].
pub type SearchFormDataSecondGenerationNoTableFieldResponseBodyDataOriginatorName = BatchGetFormDataByIdListResponseBodyResultModifyUserName;
/// `SearchFormDatasResponseBodyDataModifyUserUserName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type SearchFormDatasResponseBodyDataModifyUserUserName = GetFormDataByIDResponseBodyOriginatorName;
/// `SearchFormDatasResponseBodyDataOriginatorUserName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type SearchFormDatasResponseBodyDataOriginatorUserName = GetFormDataByIDResponseBodyOriginatorName;
/// The request of [`Api::app_login_code_gen`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AppLoginCodeGenRequest {
    /// `fullUrl`: a query parameter.
    pub full_url: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `appKey`.
    pub app_key: String,
    /// `signTimestampStr`.
    pub sign_timestamp_str: String,
    /// `signature`.
    pub signature: String,
}
/// The required fields of [`AppLoginCodeGenRequest`], each named where it is set: `AppLoginCodeGenRequest::new(AppLoginCodeGenRequired { .. })`.
pub struct AppLoginCodeGenRequired {
    /// `fullUrl`: see [`AppLoginCodeGenRequest::full_url`].
    pub full_url: String,
    /// `userId`: see [`AppLoginCodeGenRequest::user_id`].
    pub user_id: String,
    /// `appKey`: see [`AppLoginCodeGenRequest::app_key`].
    pub app_key: String,
    /// `signTimestampStr`: see [`AppLoginCodeGenRequest::sign_timestamp_str`].
    pub sign_timestamp_str: String,
    /// `signature`: see [`AppLoginCodeGenRequest::signature`].
    pub signature: String,
}
impl AppLoginCodeGenRequest {
    /// A `AppLoginCodeGenRequest` with its required fields (`fullUrl`, `userId`, `appKey`, `signTimestampStr`, `signature`); set the others with the methods named after them.
    pub fn new(required: AppLoginCodeGenRequired) -> Self {
        let AppLoginCodeGenRequired {
            full_url,
            user_id,
            app_key,
            sign_timestamp_str,
            signature,
        } = required;
        Self {
            full_url,
            user_id,
            app_key,
            sign_timestamp_str,
            signature,
        }
    }
}
rt::impl_serialize! {
    AppLoginCodeGenRequest { "appKey" => field(app_key), "signTimestampStr" =>
    field(sign_timestamp_str), "signature" => field(signature) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppLoginCodeGenRequest { "fullUrl" => read_field(full_url), "userId" =>
    read_field(user_id), "appKey" => read_field(app_key), "signTimestampStr" =>
    read_field(sign_timestamp_str), "signature" => read_field(signature) }
}
impl rt::WriteRequest for AppLoginCodeGenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("fullUrl", &self.full_url);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_form_data_by_id_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchGetFormDataByIdListRequest {
    /// `appType`.
    pub app_type: String,
    /// `formInstanceIdList`.
    pub form_instance_id_list: Vec<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `needFormInstanceValue`.
    pub need_form_instance_value: Option<bool>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BatchGetFormDataByIdListRequest`], each named where it is set: `BatchGetFormDataByIdListRequest::new(BatchGetFormDataByIdListRequired { .. })`.
pub struct BatchGetFormDataByIdListRequired {
    /// `appType`: see [`BatchGetFormDataByIdListRequest::app_type`].
    pub app_type: String,
    /// `formInstanceIdList`: see [`BatchGetFormDataByIdListRequest::form_instance_id_list`].
    pub form_instance_id_list: Vec<String>,
    /// `formUuid`: see [`BatchGetFormDataByIdListRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`BatchGetFormDataByIdListRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`BatchGetFormDataByIdListRequest::user_id`].
    pub user_id: String,
}
impl BatchGetFormDataByIdListRequest {
    /// A `BatchGetFormDataByIdListRequest` with its required fields (`appType`, `formInstanceIdList`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: BatchGetFormDataByIdListRequired) -> Self {
        let BatchGetFormDataByIdListRequired {
            app_type,
            form_instance_id_list,
            form_uuid,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            form_instance_id_list,
            form_uuid,
            need_form_instance_value: None,
            system_token,
            user_id,
        }
    }
    /// Sets `needFormInstanceValue`.
    pub fn need_form_instance_value(mut self, value: bool) -> Self {
        self.need_form_instance_value = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchGetFormDataByIdListRequest { "appType" => field(app_type), "formInstanceIdList"
    => field(form_instance_id_list), "formUuid" => field(form_uuid),
    "needFormInstanceValue" => optional(need_form_instance_value), "systemToken" =>
    field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetFormDataByIdListRequest { "appType" => read_field(app_type),
    "formInstanceIdList" => read_field(form_instance_id_list), "formUuid" =>
    read_field(form_uuid), "needFormInstanceValue" =>
    read_field(need_form_instance_value), "systemToken" => read_field(system_token),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for BatchGetFormDataByIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_removal_by_form_instance_id_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRemovalByFormInstanceIdListRequest {
    /// `appType`.
    pub app_type: String,
    /// `asynchronousExecution`.
    pub asynchronous_execution: Option<bool>,
    /// `executeExpression`.
    pub execute_expression: Option<bool>,
    /// `formInstanceIdList`.
    pub form_instance_id_list: Vec<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BatchRemovalByFormInstanceIdListRequest`], each named where it is set: `BatchRemovalByFormInstanceIdListRequest::new(BatchRemovalByFormInstanceIdListRequired { .. })`.
pub struct BatchRemovalByFormInstanceIdListRequired {
    /// `appType`: see [`BatchRemovalByFormInstanceIdListRequest::app_type`].
    pub app_type: String,
    /// `formInstanceIdList`: see [`BatchRemovalByFormInstanceIdListRequest::form_instance_id_list`].
    pub form_instance_id_list: Vec<String>,
    /// `formUuid`: see [`BatchRemovalByFormInstanceIdListRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`BatchRemovalByFormInstanceIdListRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`BatchRemovalByFormInstanceIdListRequest::user_id`].
    pub user_id: String,
}
impl BatchRemovalByFormInstanceIdListRequest {
    /// A `BatchRemovalByFormInstanceIdListRequest` with its required fields (`appType`, `formInstanceIdList`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: BatchRemovalByFormInstanceIdListRequired) -> Self {
        let BatchRemovalByFormInstanceIdListRequired {
            app_type,
            form_instance_id_list,
            form_uuid,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            asynchronous_execution: None,
            execute_expression: None,
            form_instance_id_list,
            form_uuid,
            system_token,
            user_id,
        }
    }
    /// Sets `asynchronousExecution`.
    pub fn asynchronous_execution(mut self, value: bool) -> Self {
        self.asynchronous_execution = Some(value);
        self
    }
    /// Sets `executeExpression`.
    pub fn execute_expression(mut self, value: bool) -> Self {
        self.execute_expression = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchRemovalByFormInstanceIdListRequest { "appType" => field(app_type),
    "asynchronousExecution" => optional(asynchronous_execution), "executeExpression" =>
    optional(execute_expression), "formInstanceIdList" => field(form_instance_id_list),
    "formUuid" => field(form_uuid), "systemToken" => field(system_token), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRemovalByFormInstanceIdListRequest { "appType" => read_field(app_type),
    "asynchronousExecution" => read_field(asynchronous_execution), "executeExpression" =>
    read_field(execute_expression), "formInstanceIdList" =>
    read_field(form_instance_id_list), "formUuid" => read_field(form_uuid), "systemToken"
    => read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for BatchRemovalByFormInstanceIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_save_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchSaveFormDataRequest {
    /// `appType`.
    pub app_type: String,
    /// `asynchronousExecution`.
    pub asynchronous_execution: Option<bool>,
    /// `env`.
    pub env: Option<String>,
    /// `formDataJsonList`.
    pub form_data_json_list: Vec<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `keepRunningAfterException`.
    pub keep_running_after_exception: Option<bool>,
    /// `noExecuteExpression`.
    pub no_execute_expression: Option<bool>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BatchSaveFormDataRequest`], each named where it is set: `BatchSaveFormDataRequest::new(BatchSaveFormDataRequired { .. })`.
pub struct BatchSaveFormDataRequired {
    /// `appType`: see [`BatchSaveFormDataRequest::app_type`].
    pub app_type: String,
    /// `formDataJsonList`: see [`BatchSaveFormDataRequest::form_data_json_list`].
    pub form_data_json_list: Vec<String>,
    /// `formUuid`: see [`BatchSaveFormDataRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`BatchSaveFormDataRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`BatchSaveFormDataRequest::user_id`].
    pub user_id: String,
}
impl BatchSaveFormDataRequest {
    /// A `BatchSaveFormDataRequest` with its required fields (`appType`, `formDataJsonList`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: BatchSaveFormDataRequired) -> Self {
        let BatchSaveFormDataRequired {
            app_type,
            form_data_json_list,
            form_uuid,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            asynchronous_execution: None,
            env: None,
            form_data_json_list,
            form_uuid,
            keep_running_after_exception: None,
            no_execute_expression: None,
            system_token,
            user_id,
        }
    }
    /// Sets `asynchronousExecution`.
    pub fn asynchronous_execution(mut self, value: bool) -> Self {
        self.asynchronous_execution = Some(value);
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `keepRunningAfterException`.
    pub fn keep_running_after_exception(mut self, value: bool) -> Self {
        self.keep_running_after_exception = Some(value);
        self
    }
    /// Sets `noExecuteExpression`.
    pub fn no_execute_expression(mut self, value: bool) -> Self {
        self.no_execute_expression = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchSaveFormDataRequest { "appType" => field(app_type), "asynchronousExecution" =>
    optional(asynchronous_execution), "env" => optional(env), "formDataJsonList" =>
    field(form_data_json_list), "formUuid" => field(form_uuid),
    "keepRunningAfterException" => optional(keep_running_after_exception),
    "noExecuteExpression" => optional(no_execute_expression), "systemToken" =>
    field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSaveFormDataRequest { "appType" => read_field(app_type), "asynchronousExecution"
    => read_field(asynchronous_execution), "env" => read_field(env), "formDataJsonList"
    => read_field(form_data_json_list), "formUuid" => read_field(form_uuid),
    "keepRunningAfterException" => read_field(keep_running_after_exception),
    "noExecuteExpression" => read_field(no_execute_expression), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for BatchSaveFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_form_data_by_instance_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateFormDataByInstanceIdRequest {
    /// `appType`.
    pub app_type: String,
    /// `asynchronousExecution`.
    pub asynchronous_execution: Option<bool>,
    /// `env`.
    pub env: Option<String>,
    /// `formInstanceIdList`.
    pub form_instance_id_list: Vec<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `ignoreEmpty`.
    pub ignore_empty: Option<bool>,
    /// `noExecuteExpression`.
    pub no_execute_expression: Option<bool>,
    /// `systemToken`.
    pub system_token: String,
    /// `updateFormDataJson`.
    pub update_form_data_json: String,
    /// `useLatestFormSchemaVersion`.
    pub use_latest_form_schema_version: Option<bool>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BatchUpdateFormDataByInstanceIdRequest`], each named where it is set: `BatchUpdateFormDataByInstanceIdRequest::new(BatchUpdateFormDataByInstanceIdRequired { .. })`.
pub struct BatchUpdateFormDataByInstanceIdRequired {
    /// `appType`: see [`BatchUpdateFormDataByInstanceIdRequest::app_type`].
    pub app_type: String,
    /// `formInstanceIdList`: see [`BatchUpdateFormDataByInstanceIdRequest::form_instance_id_list`].
    pub form_instance_id_list: Vec<String>,
    /// `formUuid`: see [`BatchUpdateFormDataByInstanceIdRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`BatchUpdateFormDataByInstanceIdRequest::system_token`].
    pub system_token: String,
    /// `updateFormDataJson`: see [`BatchUpdateFormDataByInstanceIdRequest::update_form_data_json`].
    pub update_form_data_json: String,
    /// `userId`: see [`BatchUpdateFormDataByInstanceIdRequest::user_id`].
    pub user_id: String,
}
impl BatchUpdateFormDataByInstanceIdRequest {
    /// A `BatchUpdateFormDataByInstanceIdRequest` with its required fields (`appType`, `formInstanceIdList`, `formUuid`, `systemToken`, `updateFormDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateFormDataByInstanceIdRequired) -> Self {
        let BatchUpdateFormDataByInstanceIdRequired {
            app_type,
            form_instance_id_list,
            form_uuid,
            system_token,
            update_form_data_json,
            user_id,
        } = required;
        Self {
            app_type,
            asynchronous_execution: None,
            env: None,
            form_instance_id_list,
            form_uuid,
            ignore_empty: None,
            no_execute_expression: None,
            system_token,
            update_form_data_json,
            use_latest_form_schema_version: None,
            user_id,
        }
    }
    /// Sets `asynchronousExecution`.
    pub fn asynchronous_execution(mut self, value: bool) -> Self {
        self.asynchronous_execution = Some(value);
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `ignoreEmpty`.
    pub fn ignore_empty(mut self, value: bool) -> Self {
        self.ignore_empty = Some(value);
        self
    }
    /// Sets `noExecuteExpression`.
    pub fn no_execute_expression(mut self, value: bool) -> Self {
        self.no_execute_expression = Some(value);
        self
    }
    /// Sets `useLatestFormSchemaVersion`.
    pub fn use_latest_form_schema_version(mut self, value: bool) -> Self {
        self.use_latest_form_schema_version = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchUpdateFormDataByInstanceIdRequest { "appType" => field(app_type),
    "asynchronousExecution" => optional(asynchronous_execution), "env" => optional(env),
    "formInstanceIdList" => field(form_instance_id_list), "formUuid" => field(form_uuid),
    "ignoreEmpty" => optional(ignore_empty), "noExecuteExpression" =>
    optional(no_execute_expression), "systemToken" => field(system_token),
    "updateFormDataJson" => field(update_form_data_json), "useLatestFormSchemaVersion" =>
    optional(use_latest_form_schema_version), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateFormDataByInstanceIdRequest { "appType" => read_field(app_type),
    "asynchronousExecution" => read_field(asynchronous_execution), "env" =>
    read_field(env), "formInstanceIdList" => read_field(form_instance_id_list),
    "formUuid" => read_field(form_uuid), "ignoreEmpty" => read_field(ignore_empty),
    "noExecuteExpression" => read_field(no_execute_expression), "systemToken" =>
    read_field(system_token), "updateFormDataJson" => read_field(update_form_data_json),
    "useLatestFormSchemaVersion" => read_field(use_latest_form_schema_version), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for BatchUpdateFormDataByInstanceIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_form_data_by_instance_map`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateFormDataByInstanceMapRequest {
    /// `appType`.
    pub app_type: String,
    /// `asynchronousExecution`.
    pub asynchronous_execution: Option<bool>,
    /// `env`.
    pub env: Option<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `ignoreEmpty`.
    pub ignore_empty: Option<bool>,
    /// `noExecuteExpression`.
    pub no_execute_expression: Option<bool>,
    /// `systemToken`.
    pub system_token: String,
    /// `updateFormDataJsonMap`.
    pub update_form_data_json_map: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `useLatestFormSchemaVersion`.
    pub use_latest_form_schema_version: Option<bool>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BatchUpdateFormDataByInstanceMapRequest`], each named where it is set: `BatchUpdateFormDataByInstanceMapRequest::new(BatchUpdateFormDataByInstanceMapRequired { .. })`.
pub struct BatchUpdateFormDataByInstanceMapRequired {
    /// `appType`: see [`BatchUpdateFormDataByInstanceMapRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`BatchUpdateFormDataByInstanceMapRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`BatchUpdateFormDataByInstanceMapRequest::system_token`].
    pub system_token: String,
    /// `updateFormDataJsonMap`: see [`BatchUpdateFormDataByInstanceMapRequest::update_form_data_json_map`].
    pub update_form_data_json_map: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `userId`: see [`BatchUpdateFormDataByInstanceMapRequest::user_id`].
    pub user_id: String,
}
impl BatchUpdateFormDataByInstanceMapRequest {
    /// A `BatchUpdateFormDataByInstanceMapRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `updateFormDataJsonMap`, `userId`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateFormDataByInstanceMapRequired) -> Self {
        let BatchUpdateFormDataByInstanceMapRequired {
            app_type,
            form_uuid,
            system_token,
            update_form_data_json_map,
            user_id,
        } = required;
        Self {
            app_type,
            asynchronous_execution: None,
            env: None,
            form_uuid,
            ignore_empty: None,
            no_execute_expression: None,
            system_token,
            update_form_data_json_map,
            use_latest_form_schema_version: None,
            user_id,
        }
    }
    /// Sets `asynchronousExecution`.
    pub fn asynchronous_execution(mut self, value: bool) -> Self {
        self.asynchronous_execution = Some(value);
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `ignoreEmpty`.
    pub fn ignore_empty(mut self, value: bool) -> Self {
        self.ignore_empty = Some(value);
        self
    }
    /// Sets `noExecuteExpression`.
    pub fn no_execute_expression(mut self, value: bool) -> Self {
        self.no_execute_expression = Some(value);
        self
    }
    /// Sets `useLatestFormSchemaVersion`.
    pub fn use_latest_form_schema_version(mut self, value: bool) -> Self {
        self.use_latest_form_schema_version = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchUpdateFormDataByInstanceMapRequest { "appType" => field(app_type),
    "asynchronousExecution" => optional(asynchronous_execution), "env" => optional(env),
    "formUuid" => field(form_uuid), "ignoreEmpty" => optional(ignore_empty),
    "noExecuteExpression" => optional(no_execute_expression), "systemToken" =>
    field(system_token), "updateFormDataJsonMap" => field(update_form_data_json_map),
    "useLatestFormSchemaVersion" => optional(use_latest_form_schema_version), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateFormDataByInstanceMapRequest { "appType" => read_field(app_type),
    "asynchronousExecution" => read_field(asynchronous_execution), "env" =>
    read_field(env), "formUuid" => read_field(form_uuid), "ignoreEmpty" =>
    read_field(ignore_empty), "noExecuteExpression" => read_field(no_execute_expression),
    "systemToken" => read_field(system_token), "updateFormDataJsonMap" =>
    read_field(update_form_data_json_map), "useLatestFormSchemaVersion" =>
    read_field(use_latest_form_schema_version), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for BatchUpdateFormDataByInstanceMapRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::buy_authorization_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BuyAuthorizationOrderRequest {
    /// `accessKey`.
    pub access_key: Option<String>,
    /// `accountNumber`.
    pub account_number: Option<String>,
    /// `beginTimeGMT`.
    pub begin_time_gmt: Option<i64>,
    /// `callerUnionId`.
    pub caller_union_id: Option<String>,
    /// `chargeType`.
    pub charge_type: Option<String>,
    /// `commerceType`.
    pub commerce_type: Option<String>,
    /// `commodityType`.
    pub commodity_type: Option<String>,
    /// `endTimeGMT`.
    pub end_time_gmt: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `instanceName`.
    pub instance_name: Option<String>,
    /// `produceCode`.
    pub produce_code: Option<String>,
}
impl BuyAuthorizationOrderRequest {
    /// An empty `BuyAuthorizationOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `accountNumber`.
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }
    /// Sets `beginTimeGMT`.
    pub fn begin_time_gmt(mut self, value: i64) -> Self {
        self.begin_time_gmt = Some(value);
        self
    }
    /// Sets `callerUnionId`.
    pub fn caller_union_id(mut self, value: impl Into<String>) -> Self {
        self.caller_union_id = Some(value.into());
        self
    }
    /// Sets `chargeType`.
    pub fn charge_type(mut self, value: impl Into<String>) -> Self {
        self.charge_type = Some(value.into());
        self
    }
    /// Sets `commerceType`.
    pub fn commerce_type(mut self, value: impl Into<String>) -> Self {
        self.commerce_type = Some(value.into());
        self
    }
    /// Sets `commodityType`.
    pub fn commodity_type(mut self, value: impl Into<String>) -> Self {
        self.commodity_type = Some(value.into());
        self
    }
    /// Sets `endTimeGMT`.
    pub fn end_time_gmt(mut self, value: i64) -> Self {
        self.end_time_gmt = Some(value);
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `instanceName`.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.instance_name = Some(value.into());
        self
    }
    /// Sets `produceCode`.
    pub fn produce_code(mut self, value: impl Into<String>) -> Self {
        self.produce_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BuyAuthorizationOrderRequest { "accessKey" => optional(access_key), "accountNumber"
    => optional(account_number), "beginTimeGMT" => optional(begin_time_gmt),
    "callerUnionId" => optional(caller_union_id), "chargeType" => optional(charge_type),
    "commerceType" => optional(commerce_type), "commodityType" =>
    optional(commodity_type), "endTimeGMT" => optional(end_time_gmt), "instanceId" =>
    optional(instance_id), "instanceName" => optional(instance_name), "produceCode" =>
    optional(produce_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BuyAuthorizationOrderRequest { "accessKey" => read_field(access_key), "accountNumber"
    => read_field(account_number), "beginTimeGMT" => read_field(begin_time_gmt),
    "callerUnionId" => read_field(caller_union_id), "chargeType" =>
    read_field(charge_type), "commerceType" => read_field(commerce_type), "commodityType"
    => read_field(commodity_type), "endTimeGMT" => read_field(end_time_gmt), "instanceId"
    => read_field(instance_id), "instanceName" => read_field(instance_name),
    "produceCode" => read_field(produce_code) }
}
impl rt::WriteRequest for BuyAuthorizationOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::buy_fresh_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BuyFreshOrderRequest {
    /// `accessKey`.
    pub access_key: Option<String>,
    /// `accountNumber`.
    pub account_number: Option<String>,
    /// `beginTimeGMT`.
    pub begin_time_gmt: Option<i64>,
    /// `callerUnionId`.
    pub caller_union_id: Option<String>,
    /// `chargeType`.
    pub charge_type: Option<String>,
    /// `commerceType`.
    pub commerce_type: Option<String>,
    /// `commodityType`.
    pub commodity_type: Option<String>,
    /// `endTimeGMT`.
    pub end_time_gmt: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `instanceName`.
    pub instance_name: Option<String>,
    /// `produceCode`.
    pub produce_code: Option<String>,
}
impl BuyFreshOrderRequest {
    /// An empty `BuyFreshOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `accountNumber`.
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }
    /// Sets `beginTimeGMT`.
    pub fn begin_time_gmt(mut self, value: i64) -> Self {
        self.begin_time_gmt = Some(value);
        self
    }
    /// Sets `callerUnionId`.
    pub fn caller_union_id(mut self, value: impl Into<String>) -> Self {
        self.caller_union_id = Some(value.into());
        self
    }
    /// Sets `chargeType`.
    pub fn charge_type(mut self, value: impl Into<String>) -> Self {
        self.charge_type = Some(value.into());
        self
    }
    /// Sets `commerceType`.
    pub fn commerce_type(mut self, value: impl Into<String>) -> Self {
        self.commerce_type = Some(value.into());
        self
    }
    /// Sets `commodityType`.
    pub fn commodity_type(mut self, value: impl Into<String>) -> Self {
        self.commodity_type = Some(value.into());
        self
    }
    /// Sets `endTimeGMT`.
    pub fn end_time_gmt(mut self, value: i64) -> Self {
        self.end_time_gmt = Some(value);
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `instanceName`.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.instance_name = Some(value.into());
        self
    }
    /// Sets `produceCode`.
    pub fn produce_code(mut self, value: impl Into<String>) -> Self {
        self.produce_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BuyFreshOrderRequest { "accessKey" => optional(access_key), "accountNumber" =>
    optional(account_number), "beginTimeGMT" => optional(begin_time_gmt), "callerUnionId"
    => optional(caller_union_id), "chargeType" => optional(charge_type), "commerceType"
    => optional(commerce_type), "commodityType" => optional(commodity_type), "endTimeGMT"
    => optional(end_time_gmt), "instanceId" => optional(instance_id), "instanceName" =>
    optional(instance_name), "produceCode" => optional(produce_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BuyFreshOrderRequest { "accessKey" => read_field(access_key), "accountNumber" =>
    read_field(account_number), "beginTimeGMT" => read_field(begin_time_gmt),
    "callerUnionId" => read_field(caller_union_id), "chargeType" =>
    read_field(charge_type), "commerceType" => read_field(commerce_type), "commodityType"
    => read_field(commodity_type), "endTimeGMT" => read_field(end_time_gmt), "instanceId"
    => read_field(instance_id), "instanceName" => read_field(instance_name),
    "produceCode" => read_field(produce_code) }
}
impl rt::WriteRequest for BuyFreshOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_cloud_account_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckCloudAccountStatusRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
}
impl CheckCloudAccountStatusRequest {
    /// An empty `CheckCloudAccountStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckCloudAccountStatusRequest { "accessKey" => read_field(access_key) }
}
impl rt::WriteRequest for CheckCloudAccountStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
    }
}
/// The request of [`Api::create_or_update_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateOrUpdateFormDataRequest {
    /// `appType`.
    pub app_type: String,
    /// `formDataJson`.
    pub form_data_json: String,
    /// `formUuid`.
    pub form_uuid: String,
    /// `noExecuteExpression`.
    pub no_execute_expression: Option<bool>,
    /// `searchCondition`.
    pub search_condition: String,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CreateOrUpdateFormDataRequest`], each named where it is set: `CreateOrUpdateFormDataRequest::new(CreateOrUpdateFormDataRequired { .. })`.
pub struct CreateOrUpdateFormDataRequired {
    /// `appType`: see [`CreateOrUpdateFormDataRequest::app_type`].
    pub app_type: String,
    /// `formDataJson`: see [`CreateOrUpdateFormDataRequest::form_data_json`].
    pub form_data_json: String,
    /// `formUuid`: see [`CreateOrUpdateFormDataRequest::form_uuid`].
    pub form_uuid: String,
    /// `searchCondition`: see [`CreateOrUpdateFormDataRequest::search_condition`].
    pub search_condition: String,
    /// `systemToken`: see [`CreateOrUpdateFormDataRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`CreateOrUpdateFormDataRequest::user_id`].
    pub user_id: String,
}
impl CreateOrUpdateFormDataRequest {
    /// A `CreateOrUpdateFormDataRequest` with its required fields (`appType`, `formDataJson`, `formUuid`, `searchCondition`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateOrUpdateFormDataRequired) -> Self {
        let CreateOrUpdateFormDataRequired {
            app_type,
            form_data_json,
            form_uuid,
            search_condition,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            form_data_json,
            form_uuid,
            no_execute_expression: None,
            search_condition,
            system_token,
            user_id,
        }
    }
    /// Sets `noExecuteExpression`.
    pub fn no_execute_expression(mut self, value: bool) -> Self {
        self.no_execute_expression = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateOrUpdateFormDataRequest { "appType" => field(app_type), "formDataJson" =>
    field(form_data_json), "formUuid" => field(form_uuid), "noExecuteExpression" =>
    optional(no_execute_expression), "searchCondition" => field(search_condition),
    "systemToken" => field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateOrUpdateFormDataRequest { "appType" => read_field(app_type), "formDataJson" =>
    read_field(form_data_json), "formUuid" => read_field(form_uuid),
    "noExecuteExpression" => read_field(no_execute_expression), "searchCondition" =>
    read_field(search_condition), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CreateOrUpdateFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteFormDataRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `formInstanceId`: a query parameter.
    pub form_instance_id: String,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DeleteFormDataRequest`], each named where it is set: `DeleteFormDataRequest::new(DeleteFormDataRequired { .. })`.
pub struct DeleteFormDataRequired {
    /// `appType`: see [`DeleteFormDataRequest::app_type`].
    pub app_type: String,
    /// `formInstanceId`: see [`DeleteFormDataRequest::form_instance_id`].
    pub form_instance_id: String,
    /// `systemToken`: see [`DeleteFormDataRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`DeleteFormDataRequest::user_id`].
    pub user_id: String,
}
impl DeleteFormDataRequest {
    /// A `DeleteFormDataRequest` with its required fields (`appType`, `formInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeleteFormDataRequired) -> Self {
        let DeleteFormDataRequired {
            app_type,
            form_instance_id,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            env: None,
            form_instance_id,
            language: None,
            system_token,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteFormDataRequest { "appType" => read_field(app_type), "env" => read_field(env),
    "formInstanceId" => read_field(form_instance_id), "language" => read_field(language),
    "systemToken" => read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DeleteFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("env", &self.env);
        writer.query("formInstanceId", &self.form_instance_id);
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::delete_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteInstanceRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DeleteInstanceRequest`], each named where it is set: `DeleteInstanceRequest::new(DeleteInstanceRequired { .. })`.
pub struct DeleteInstanceRequired {
    /// `appType`: see [`DeleteInstanceRequest::app_type`].
    pub app_type: String,
    /// `processInstanceId`: see [`DeleteInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `systemToken`: see [`DeleteInstanceRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`DeleteInstanceRequest::user_id`].
    pub user_id: String,
}
impl DeleteInstanceRequest {
    /// A `DeleteInstanceRequest` with its required fields (`appType`, `processInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeleteInstanceRequired) -> Self {
        let DeleteInstanceRequired {
            app_type,
            process_instance_id,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            env: None,
            language: None,
            process_instance_id,
            system_token,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteInstanceRequest { "appType" => read_field(app_type), "env" => read_field(env),
    "language" => read_field(language), "processInstanceId" =>
    read_field(process_instance_id), "systemToken" => read_field(system_token), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for DeleteInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("env", &self.env);
        writer.query("language", &self.language);
        writer.query("processInstanceId", &self.process_instance_id);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::delete_sequence`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteSequenceRequest {
    /// `appType`: a query parameter.
    pub app_type: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `sequence`: a query parameter.
    pub sequence: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl DeleteSequenceRequest {
    /// An empty `DeleteSequenceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `sequence`.
    pub fn sequence(mut self, value: impl Into<String>) -> Self {
        self.sequence = Some(value.into());
        self
    }
    /// Sets `systemToken`.
    pub fn system_token(mut self, value: impl Into<String>) -> Self {
        self.system_token = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteSequenceRequest { "appType" => read_field(app_type), "language" =>
    read_field(language), "sequence" => read_field(sequence), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DeleteSequenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("language", &self.language);
        writer.query("sequence", &self.sequence);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::deploy_function_callback`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeployFunctionCallbackRequest {
    /// `appId`.
    pub app_id: Option<String>,
    /// `customDomain`.
    pub custom_domain: Option<String>,
    /// `deployStage`.
    pub deploy_stage: Option<String>,
    /// `gateWayAppKey`.
    pub gate_way_app_key: Option<String>,
    /// `gateWayAppSecret`.
    pub gate_way_app_secret: Option<String>,
    /// `gateWayDomain`.
    pub gate_way_domain: Option<String>,
}
impl DeployFunctionCallbackRequest {
    /// An empty `DeployFunctionCallbackRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }
    /// Sets `customDomain`.
    pub fn custom_domain(mut self, value: impl Into<String>) -> Self {
        self.custom_domain = Some(value.into());
        self
    }
    /// Sets `deployStage`.
    pub fn deploy_stage(mut self, value: impl Into<String>) -> Self {
        self.deploy_stage = Some(value.into());
        self
    }
    /// Sets `gateWayAppKey`.
    pub fn gate_way_app_key(mut self, value: impl Into<String>) -> Self {
        self.gate_way_app_key = Some(value.into());
        self
    }
    /// Sets `gateWayAppSecret`.
    pub fn gate_way_app_secret(mut self, value: impl Into<String>) -> Self {
        self.gate_way_app_secret = Some(value.into());
        self
    }
    /// Sets `gateWayDomain`.
    pub fn gate_way_domain(mut self, value: impl Into<String>) -> Self {
        self.gate_way_domain = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeployFunctionCallbackRequest { "appId" => optional(app_id), "customDomain" =>
    optional(custom_domain), "deployStage" => optional(deploy_stage), "gateWayAppKey" =>
    optional(gate_way_app_key), "gateWayAppSecret" => optional(gate_way_app_secret),
    "gateWayDomain" => optional(gate_way_domain) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeployFunctionCallbackRequest { "appId" => read_field(app_id), "customDomain" =>
    read_field(custom_domain), "deployStage" => read_field(deploy_stage), "gateWayAppKey"
    => read_field(gate_way_app_key), "gateWayAppSecret" =>
    read_field(gate_way_app_secret), "gateWayDomain" => read_field(gate_way_domain) }
}
impl rt::WriteRequest for DeployFunctionCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_batch_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExecuteBatchTaskRequest {
    /// `appType`.
    pub app_type: String,
    /// `env`.
    pub env: Option<String>,
    /// `outResult`.
    pub out_result: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `taskInformationList`.
    pub task_information_list: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ExecuteBatchTaskRequest`], each named where it is set: `ExecuteBatchTaskRequest::new(ExecuteBatchTaskRequired { .. })`.
pub struct ExecuteBatchTaskRequired {
    /// `appType`: see [`ExecuteBatchTaskRequest::app_type`].
    pub app_type: String,
    /// `outResult`: see [`ExecuteBatchTaskRequest::out_result`].
    pub out_result: String,
    /// `systemToken`: see [`ExecuteBatchTaskRequest::system_token`].
    pub system_token: String,
    /// `taskInformationList`: see [`ExecuteBatchTaskRequest::task_information_list`].
    pub task_information_list: String,
    /// `userId`: see [`ExecuteBatchTaskRequest::user_id`].
    pub user_id: String,
}
impl ExecuteBatchTaskRequest {
    /// A `ExecuteBatchTaskRequest` with its required fields (`appType`, `outResult`, `systemToken`, `taskInformationList`, `userId`); set the others with the methods named after them.
    pub fn new(required: ExecuteBatchTaskRequired) -> Self {
        let ExecuteBatchTaskRequired {
            app_type,
            out_result,
            system_token,
            task_information_list,
            user_id,
        } = required;
        Self {
            app_type,
            env: None,
            out_result,
            remark: None,
            system_token,
            task_information_list,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExecuteBatchTaskRequest { "appType" => field(app_type), "env" => optional(env),
    "outResult" => field(out_result), "remark" => optional(remark), "systemToken" =>
    field(system_token), "taskInformationList" => field(task_information_list), "userId"
    => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteBatchTaskRequest { "appType" => read_field(app_type), "env" =>
    read_field(env), "outResult" => read_field(out_result), "remark" =>
    read_field(remark), "systemToken" => read_field(system_token), "taskInformationList"
    => read_field(task_information_list), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ExecuteBatchTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_custom_api`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExecuteCustomApiRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `data`: a query parameter.
    pub data: String,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `serviceId`: a query parameter.
    pub service_id: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`ExecuteCustomApiRequest`], each named where it is set: `ExecuteCustomApiRequest::new(ExecuteCustomApiRequired { .. })`.
pub struct ExecuteCustomApiRequired {
    /// `appType`: see [`ExecuteCustomApiRequest::app_type`].
    pub app_type: String,
    /// `data`: see [`ExecuteCustomApiRequest::data`].
    pub data: String,
    /// `serviceId`: see [`ExecuteCustomApiRequest::service_id`].
    pub service_id: String,
    /// `systemToken`: see [`ExecuteCustomApiRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`ExecuteCustomApiRequest::user_id`].
    pub user_id: String,
}
impl ExecuteCustomApiRequest {
    /// A `ExecuteCustomApiRequest` with its required fields (`appType`, `data`, `serviceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: ExecuteCustomApiRequired) -> Self {
        let ExecuteCustomApiRequired {
            app_type,
            data,
            service_id,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            data,
            language: None,
            service_id,
            system_token,
            user_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteCustomApiRequest { "appType" => read_field(app_type), "data" =>
    read_field(data), "language" => read_field(language), "serviceId" =>
    read_field(service_id), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for ExecuteCustomApiRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("data", &self.data);
        writer.query("language", &self.language);
        writer.query("serviceId", &self.service_id);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::execute_platform_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExecutePlatformTaskRequest {
    /// `appType`.
    pub app_type: String,
    /// `formDataJson`.
    pub form_data_json: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `noExecuteExpressions`.
    pub no_execute_expressions: Option<String>,
    /// `outResult`.
    pub out_result: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `remark`.
    pub remark: String,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ExecutePlatformTaskRequest`], each named where it is set: `ExecutePlatformTaskRequest::new(ExecutePlatformTaskRequired { .. })`.
pub struct ExecutePlatformTaskRequired {
    /// `appType`: see [`ExecutePlatformTaskRequest::app_type`].
    pub app_type: String,
    /// `outResult`: see [`ExecutePlatformTaskRequest::out_result`].
    pub out_result: String,
    /// `processInstanceId`: see [`ExecutePlatformTaskRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `remark`: see [`ExecutePlatformTaskRequest::remark`].
    pub remark: String,
    /// `systemToken`: see [`ExecutePlatformTaskRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`ExecutePlatformTaskRequest::user_id`].
    pub user_id: String,
}
impl ExecutePlatformTaskRequest {
    /// A `ExecutePlatformTaskRequest` with its required fields (`appType`, `outResult`, `processInstanceId`, `remark`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: ExecutePlatformTaskRequired) -> Self {
        let ExecutePlatformTaskRequired {
            app_type,
            out_result,
            process_instance_id,
            remark,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            form_data_json: None,
            language: None,
            no_execute_expressions: None,
            out_result,
            process_instance_id,
            remark,
            system_token,
            user_id,
        }
    }
    /// Sets `formDataJson`.
    pub fn form_data_json(mut self, value: impl Into<String>) -> Self {
        self.form_data_json = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `noExecuteExpressions`.
    pub fn no_execute_expressions(mut self, value: impl Into<String>) -> Self {
        self.no_execute_expressions = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExecutePlatformTaskRequest { "appType" => field(app_type), "formDataJson" =>
    optional(form_data_json), "language" => optional(language), "noExecuteExpressions" =>
    optional(no_execute_expressions), "outResult" => field(out_result),
    "processInstanceId" => field(process_instance_id), "remark" => field(remark),
    "systemToken" => field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecutePlatformTaskRequest { "appType" => read_field(app_type), "formDataJson" =>
    read_field(form_data_json), "language" => read_field(language),
    "noExecuteExpressions" => read_field(no_execute_expressions), "outResult" =>
    read_field(out_result), "processInstanceId" => read_field(process_instance_id),
    "remark" => read_field(remark), "systemToken" => read_field(system_token), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for ExecutePlatformTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExecuteTaskRequest {
    /// `appType`.
    pub app_type: String,
    /// `digitalSignUrl`.
    pub digital_sign_url: Option<String>,
    /// `env`.
    pub env: Option<String>,
    /// `formDataJson`.
    pub form_data_json: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `noExecuteExpressions`.
    pub no_execute_expressions: Option<String>,
    /// `outResult`.
    pub out_result: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `remark`.
    pub remark: String,
    /// `systemToken`.
    pub system_token: String,
    /// `taskId`.
    pub task_id: i64,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ExecuteTaskRequest`], each named where it is set: `ExecuteTaskRequest::new(ExecuteTaskRequired { .. })`.
pub struct ExecuteTaskRequired {
    /// `appType`: see [`ExecuteTaskRequest::app_type`].
    pub app_type: String,
    /// `outResult`: see [`ExecuteTaskRequest::out_result`].
    pub out_result: String,
    /// `processInstanceId`: see [`ExecuteTaskRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `remark`: see [`ExecuteTaskRequest::remark`].
    pub remark: String,
    /// `systemToken`: see [`ExecuteTaskRequest::system_token`].
    pub system_token: String,
    /// `taskId`: see [`ExecuteTaskRequest::task_id`].
    pub task_id: i64,
    /// `userId`: see [`ExecuteTaskRequest::user_id`].
    pub user_id: String,
}
impl ExecuteTaskRequest {
    /// A `ExecuteTaskRequest` with its required fields (`appType`, `outResult`, `processInstanceId`, `remark`, `systemToken`, `taskId`, `userId`); set the others with the methods named after them.
    pub fn new(required: ExecuteTaskRequired) -> Self {
        let ExecuteTaskRequired {
            app_type,
            out_result,
            process_instance_id,
            remark,
            system_token,
            task_id,
            user_id,
        } = required;
        Self {
            app_type,
            digital_sign_url: None,
            env: None,
            form_data_json: None,
            language: None,
            no_execute_expressions: None,
            out_result,
            process_instance_id,
            remark,
            system_token,
            task_id,
            user_id,
        }
    }
    /// Sets `digitalSignUrl`.
    pub fn digital_sign_url(mut self, value: impl Into<String>) -> Self {
        self.digital_sign_url = Some(value.into());
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `formDataJson`.
    pub fn form_data_json(mut self, value: impl Into<String>) -> Self {
        self.form_data_json = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `noExecuteExpressions`.
    pub fn no_execute_expressions(mut self, value: impl Into<String>) -> Self {
        self.no_execute_expressions = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExecuteTaskRequest { "appType" => field(app_type), "digitalSignUrl" =>
    optional(digital_sign_url), "env" => optional(env), "formDataJson" =>
    optional(form_data_json), "language" => optional(language), "noExecuteExpressions" =>
    optional(no_execute_expressions), "outResult" => field(out_result),
    "processInstanceId" => field(process_instance_id), "remark" => field(remark),
    "systemToken" => field(system_token), "taskId" => field(task_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteTaskRequest { "appType" => read_field(app_type), "digitalSignUrl" =>
    read_field(digital_sign_url), "env" => read_field(env), "formDataJson" =>
    read_field(form_data_json), "language" => read_field(language),
    "noExecuteExpressions" => read_field(no_execute_expressions), "outResult" =>
    read_field(out_result), "processInstanceId" => read_field(process_instance_id),
    "remark" => read_field(remark), "systemToken" => read_field(system_token), "taskId"
    => read_field(task_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ExecuteTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::expire_commodity`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExpireCommodityRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
}
impl ExpireCommodityRequest {
    /// An empty `ExpireCommodityRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExpireCommodityRequest { "accessKey" => read_field(access_key), "callerUid" =>
    read_field(caller_uid), "instanceId" => read_field(instance_id) }
}
impl rt::WriteRequest for ExpireCommodityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("instanceId", &self.instance_id);
    }
}
/// The request of [`Api::get_activation_code_by_caller_union_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetActivationCodeByCallerUnionIdRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
}
impl GetActivationCodeByCallerUnionIdRequest {
    /// An empty `GetActivationCodeByCallerUnionIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetActivationCodeByCallerUnionIdRequest { "accessKey" => read_field(access_key) }
}
impl rt::WriteRequest for GetActivationCodeByCallerUnionIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
    }
}
/// The request of [`Api::get_activity_button_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetActivityButtonListRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetActivityButtonListRequest`], each named where it is set: `GetActivityButtonListRequest::new(GetActivityButtonListRequired { .. })`.
pub struct GetActivityButtonListRequired {
    /// `systemToken`: see [`GetActivityButtonListRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetActivityButtonListRequest::user_id`].
    pub user_id: String,
}
impl GetActivityButtonListRequest {
    /// A `GetActivityButtonListRequest` with its required fields (`systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetActivityButtonListRequired) -> Self {
        let GetActivityButtonListRequired { system_token, user_id } = required;
        Self {
            language: None,
            system_token,
            user_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetActivityButtonListRequest { "language" => read_field(language), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetActivityButtonListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_activity_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetActivityListRequest {
    /// `appType`: a query parameter.
    pub app_type: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetActivityListRequest {
    /// An empty `GetActivityListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
    /// Sets `systemToken`.
    pub fn system_token(mut self, value: impl Into<String>) -> Self {
        self.system_token = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetActivityListRequest { "appType" => read_field(app_type), "language" =>
    read_field(language), "processCode" => read_field(process_code), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetActivityListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("language", &self.language);
        writer.query("processCode", &self.process_code);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_all_auth_cubes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAllAuthCubesRequest {
    /// `appType`.
    pub app_type: String,
    /// `corpId`.
    pub corp_id: String,
    /// `keywords`.
    pub keywords: Option<String>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GetAllAuthCubesRequest`], each named where it is set: `GetAllAuthCubesRequest::new(GetAllAuthCubesRequired { .. })`.
pub struct GetAllAuthCubesRequired {
    /// `appType`: see [`GetAllAuthCubesRequest::app_type`].
    pub app_type: String,
    /// `corpId`: see [`GetAllAuthCubesRequest::corp_id`].
    pub corp_id: String,
    /// `pageNumber`: see [`GetAllAuthCubesRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetAllAuthCubesRequest::page_size`].
    pub page_size: i64,
    /// `systemToken`: see [`GetAllAuthCubesRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetAllAuthCubesRequest::user_id`].
    pub user_id: String,
}
impl GetAllAuthCubesRequest {
    /// A `GetAllAuthCubesRequest` with its required fields (`appType`, `corpId`, `pageNumber`, `pageSize`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetAllAuthCubesRequired) -> Self {
        let GetAllAuthCubesRequired {
            app_type,
            corp_id,
            page_number,
            page_size,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            corp_id,
            keywords: None,
            page_number,
            page_size,
            system_token,
            user_id,
        }
    }
    /// Sets `keywords`.
    pub fn keywords(mut self, value: impl Into<String>) -> Self {
        self.keywords = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetAllAuthCubesRequest { "appType" => field(app_type), "corpId" => field(corp_id),
    "keywords" => optional(keywords), "pageNumber" => field(page_number), "pageSize" =>
    field(page_size), "systemToken" => field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAllAuthCubesRequest { "appType" => read_field(app_type), "corpId" =>
    read_field(corp_id), "keywords" => read_field(keywords), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetAllAuthCubesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_application_authorization_service_platform_resource`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetApplicationAuthorizationServicePlatformResourceRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
}
impl GetApplicationAuthorizationServicePlatformResourceRequest {
    /// An empty `GetApplicationAuthorizationServicePlatformResourceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetApplicationAuthorizationServicePlatformResourceRequest { "accessKey" =>
    read_field(access_key), "callerUid" => read_field(caller_uid), "instanceId" =>
    read_field(instance_id) }
}
impl rt::WriteRequest for GetApplicationAuthorizationServicePlatformResourceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("instanceId", &self.instance_id);
    }
}
/// The request of [`Api::get_auto_flow_log_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAutoFlowLogDetailRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `procInstanceId`: a query parameter.
    pub proc_instance_id: String,
    /// `token`: a query parameter.
    pub token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetAutoFlowLogDetailRequest`], each named where it is set: `GetAutoFlowLogDetailRequest::new(GetAutoFlowLogDetailRequired { .. })`.
pub struct GetAutoFlowLogDetailRequired {
    /// `corpId`: see [`GetAutoFlowLogDetailRequest::corp_id`].
    pub corp_id: String,
    /// `pageNumber`: see [`GetAutoFlowLogDetailRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetAutoFlowLogDetailRequest::page_size`].
    pub page_size: i64,
    /// `procInstanceId`: see [`GetAutoFlowLogDetailRequest::proc_instance_id`].
    pub proc_instance_id: String,
    /// `token`: see [`GetAutoFlowLogDetailRequest::token`].
    pub token: String,
    /// `userId`: see [`GetAutoFlowLogDetailRequest::user_id`].
    pub user_id: String,
}
impl GetAutoFlowLogDetailRequest {
    /// A `GetAutoFlowLogDetailRequest` with its required fields (`corpId`, `pageNumber`, `pageSize`, `procInstanceId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetAutoFlowLogDetailRequired) -> Self {
        let GetAutoFlowLogDetailRequired {
            corp_id,
            page_number,
            page_size,
            proc_instance_id,
            token,
            user_id,
        } = required;
        Self {
            corp_id,
            env: None,
            page_number,
            page_size,
            proc_instance_id,
            token,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAutoFlowLogDetailRequest { "corpId" => read_field(corp_id), "env" =>
    read_field(env), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "procInstanceId" => read_field(proc_instance_id), "token" =>
    read_field(token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetAutoFlowLogDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("env", &self.env);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("procInstanceId", &self.proc_instance_id);
        writer.query("token", &self.token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_corp_accomplishment_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCorpAccomplishmentTasksRequest {
    /// `appTypes`: a query parameter.
    pub app_types: Option<String>,
    /// `createFromTimeGMT`: a query parameter.
    pub create_from_time_gmt: Option<i64>,
    /// `createToTimeGMT`: a query parameter.
    pub create_to_time_gmt: Option<i64>,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `keyword`: a query parameter.
    pub keyword: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `processCodes`: a query parameter.
    pub process_codes: Option<String>,
    /// `token`: a query parameter.
    pub token: String,
}
/// The required fields of [`GetCorpAccomplishmentTasksRequest`], each named where it is set: `GetCorpAccomplishmentTasksRequest::new(GetCorpAccomplishmentTasksRequired { .. })`.
pub struct GetCorpAccomplishmentTasksRequired {
    /// `token`: see [`GetCorpAccomplishmentTasksRequest::token`].
    pub token: String,
}
impl GetCorpAccomplishmentTasksRequest {
    /// A `GetCorpAccomplishmentTasksRequest` with its required fields (`token`); set the others with the methods named after them.
    pub fn new(required: GetCorpAccomplishmentTasksRequired) -> Self {
        let GetCorpAccomplishmentTasksRequired { token } = required;
        Self {
            app_types: None,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            keyword: None,
            language: None,
            page_number: None,
            page_size: None,
            process_codes: None,
            token,
        }
    }
    /// Sets `appTypes`.
    pub fn app_types(mut self, value: impl Into<String>) -> Self {
        self.app_types = Some(value.into());
        self
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: i64) -> Self {
        self.create_from_time_gmt = Some(value);
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: i64) -> Self {
        self.create_to_time_gmt = Some(value);
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `processCodes`.
    pub fn process_codes(mut self, value: impl Into<String>) -> Self {
        self.process_codes = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCorpAccomplishmentTasksRequest { "appTypes" => read_field(app_types),
    "createFromTimeGMT" => read_field(create_from_time_gmt), "createToTimeGMT" =>
    read_field(create_to_time_gmt), "env" => read_field(env), "keyword" =>
    read_field(keyword), "language" => read_field(language), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "processCodes" =>
    read_field(process_codes), "token" => read_field(token) }
}
impl rt::WriteRequest for GetCorpAccomplishmentTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appTypes", &self.app_types);
        writer.query("createFromTimeGMT", &self.create_from_time_gmt);
        writer.query("createToTimeGMT", &self.create_to_time_gmt);
        writer.query("env", &self.env);
        writer.query("keyword", &self.keyword);
        writer.query("language", &self.language);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("processCodes", &self.process_codes);
        writer.query("token", &self.token);
    }
}
/// The request of [`Api::get_corp_level_by_account_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCorpLevelByAccountIdRequest {
    /// `accountId`: a query parameter.
    pub account_id: Option<String>,
}
impl GetCorpLevelByAccountIdRequest {
    /// An empty `GetCorpLevelByAccountIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCorpLevelByAccountIdRequest { "accountId" => read_field(account_id) }
}
impl rt::WriteRequest for GetCorpLevelByAccountIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountId", &self.account_id);
    }
}
/// The request of [`Api::get_corp_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCorpTasksRequest {
    /// `appTypes`: a query parameter.
    pub app_types: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `createFromTimeGMT`: a query parameter.
    pub create_from_time_gmt: Option<i64>,
    /// `createToTimeGMT`: a query parameter.
    pub create_to_time_gmt: Option<i64>,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `keyword`: a query parameter.
    pub keyword: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `processCodes`: a query parameter.
    pub process_codes: Option<String>,
    /// `token`: a query parameter.
    pub token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetCorpTasksRequest`], each named where it is set: `GetCorpTasksRequest::new(GetCorpTasksRequired { .. })`.
pub struct GetCorpTasksRequired {
    /// `corpId`: see [`GetCorpTasksRequest::corp_id`].
    pub corp_id: String,
    /// `token`: see [`GetCorpTasksRequest::token`].
    pub token: String,
    /// `userId`: see [`GetCorpTasksRequest::user_id`].
    pub user_id: String,
}
impl GetCorpTasksRequest {
    /// A `GetCorpTasksRequest` with its required fields (`corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetCorpTasksRequired) -> Self {
        let GetCorpTasksRequired { corp_id, token, user_id } = required;
        Self {
            app_types: None,
            corp_id,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            keyword: None,
            language: None,
            page_number: None,
            page_size: None,
            process_codes: None,
            token,
            user_id,
        }
    }
    /// Sets `appTypes`.
    pub fn app_types(mut self, value: impl Into<String>) -> Self {
        self.app_types = Some(value.into());
        self
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: i64) -> Self {
        self.create_from_time_gmt = Some(value);
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: i64) -> Self {
        self.create_to_time_gmt = Some(value);
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `processCodes`.
    pub fn process_codes(mut self, value: impl Into<String>) -> Self {
        self.process_codes = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCorpTasksRequest { "appTypes" => read_field(app_types), "corpId" =>
    read_field(corp_id), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "env" => read_field(env),
    "keyword" => read_field(keyword), "language" => read_field(language), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "processCodes" =>
    read_field(process_codes), "token" => read_field(token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetCorpTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appTypes", &self.app_types);
        writer.query("corpId", &self.corp_id);
        writer.query("createFromTimeGMT", &self.create_from_time_gmt);
        writer.query("createToTimeGMT", &self.create_to_time_gmt);
        writer.query("env", &self.env);
        writer.query("keyword", &self.keyword);
        writer.query("language", &self.language);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("processCodes", &self.process_codes);
        writer.query("token", &self.token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_db_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDbConfigRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetDbConfigRequest`], each named where it is set: `GetDbConfigRequest::new(GetDbConfigRequired { .. })`.
pub struct GetDbConfigRequired {
    /// `appType`: see [`GetDbConfigRequest::app_type`].
    pub app_type: String,
    /// `corpId`: see [`GetDbConfigRequest::corp_id`].
    pub corp_id: String,
    /// `systemToken`: see [`GetDbConfigRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetDbConfigRequest::user_id`].
    pub user_id: String,
}
impl GetDbConfigRequest {
    /// A `GetDbConfigRequest` with its required fields (`appType`, `corpId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetDbConfigRequired) -> Self {
        let GetDbConfigRequired { app_type, corp_id, system_token, user_id } = required;
        Self {
            app_type,
            corp_id,
            system_token,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDbConfigRequest { "appType" => read_field(app_type), "corpId" =>
    read_field(corp_id), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetDbConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("corpId", &self.corp_id);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_field_def_by_uuid`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFieldDefByUuidRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `formUuid`: a query parameter.
    pub form_uuid: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetFieldDefByUuidRequest`], each named where it is set: `GetFieldDefByUuidRequest::new(GetFieldDefByUuidRequired { .. })`.
pub struct GetFieldDefByUuidRequired {
    /// `appType`: see [`GetFieldDefByUuidRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`GetFieldDefByUuidRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`GetFieldDefByUuidRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetFieldDefByUuidRequest::user_id`].
    pub user_id: String,
}
impl GetFieldDefByUuidRequest {
    /// A `GetFieldDefByUuidRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetFieldDefByUuidRequired) -> Self {
        let GetFieldDefByUuidRequired { app_type, form_uuid, system_token, user_id } = required;
        Self {
            app_type,
            form_uuid,
            system_token,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFieldDefByUuidRequest { "appType" => read_field(app_type), "formUuid" =>
    read_field(form_uuid), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetFieldDefByUuidRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("formUuid", &self.form_uuid);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_form_component_definition_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFormComponentDefinitionListRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `version`: a query parameter.
    pub version: Option<i64>,
}
/// The required fields of [`GetFormComponentDefinitionListRequest`], each named where it is set: `GetFormComponentDefinitionListRequest::new(GetFormComponentDefinitionListRequired { .. })`.
pub struct GetFormComponentDefinitionListRequired {
    /// `systemToken`: see [`GetFormComponentDefinitionListRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetFormComponentDefinitionListRequest::user_id`].
    pub user_id: String,
}
impl GetFormComponentDefinitionListRequest {
    /// A `GetFormComponentDefinitionListRequest` with its required fields (`systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetFormComponentDefinitionListRequired) -> Self {
        let GetFormComponentDefinitionListRequired { system_token, user_id } = required;
        Self {
            language: None,
            system_token,
            user_id,
            version: None,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFormComponentDefinitionListRequest { "language" => read_field(language),
    "systemToken" => read_field(system_token), "userId" => read_field(user_id), "version"
    => read_field(version) }
}
impl rt::WriteRequest for GetFormComponentDefinitionListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
        writer.query("version", &self.version);
    }
}
/// The request of [`Api::get_form_data_by_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormDataByIDRequest {
    /// `appType`: a query parameter.
    pub app_type: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetFormDataByIDRequest {
    /// An empty `GetFormDataByIDRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `systemToken`.
    pub fn system_token(mut self, value: impl Into<String>) -> Self {
        self.system_token = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFormDataByIDRequest { "appType" => read_field(app_type), "language" =>
    read_field(language), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetFormDataByIDRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_form_list_in_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFormListInAppRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `formTypes`: a query parameter.
    pub form_types: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetFormListInAppRequest`], each named where it is set: `GetFormListInAppRequest::new(GetFormListInAppRequired { .. })`.
pub struct GetFormListInAppRequired {
    /// `appType`: see [`GetFormListInAppRequest::app_type`].
    pub app_type: String,
    /// `systemToken`: see [`GetFormListInAppRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetFormListInAppRequest::user_id`].
    pub user_id: String,
}
impl GetFormListInAppRequest {
    /// A `GetFormListInAppRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetFormListInAppRequired) -> Self {
        let GetFormListInAppRequired { app_type, system_token, user_id } = required;
        Self {
            app_type,
            form_types: None,
            page_number: None,
            page_size: None,
            system_token,
            user_id,
        }
    }
    /// Sets `formTypes`.
    pub fn form_types(mut self, value: impl Into<String>) -> Self {
        self.form_types = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
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
    GetFormListInAppRequest { "appType" => read_field(app_type), "formTypes" =>
    read_field(form_types), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetFormListInAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("formTypes", &self.form_types);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_instance_by_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetInstanceByIdRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetInstanceByIdRequest`], each named where it is set: `GetInstanceByIdRequest::new(GetInstanceByIdRequired { .. })`.
pub struct GetInstanceByIdRequired {
    /// `appType`: see [`GetInstanceByIdRequest::app_type`].
    pub app_type: String,
    /// `systemToken`: see [`GetInstanceByIdRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetInstanceByIdRequest::user_id`].
    pub user_id: String,
}
impl GetInstanceByIdRequest {
    /// A `GetInstanceByIdRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetInstanceByIdRequired) -> Self {
        let GetInstanceByIdRequired { app_type, system_token, user_id } = required;
        Self {
            app_type,
            language: None,
            system_token,
            user_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInstanceByIdRequest { "appType" => read_field(app_type), "language" =>
    read_field(language), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetInstanceByIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_instance_id_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetInstanceIdListRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `appType`.
    pub app_type: String,
    /// `approvedResult`.
    pub approved_result: Option<String>,
    /// `createFromTimeGMT`.
    pub create_from_time_gmt: Option<String>,
    /// `createToTimeGMT`.
    pub create_to_time_gmt: Option<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `instanceStatus`.
    pub instance_status: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `modifiedFromTimeGMT`.
    pub modified_from_time_gmt: Option<String>,
    /// `modifiedToTimeGMT`.
    pub modified_to_time_gmt: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `searchFieldJson`.
    pub search_field_json: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GetInstanceIdListRequest`], each named where it is set: `GetInstanceIdListRequest::new(GetInstanceIdListRequired { .. })`.
pub struct GetInstanceIdListRequired {
    /// `appType`: see [`GetInstanceIdListRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`GetInstanceIdListRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`GetInstanceIdListRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetInstanceIdListRequest::user_id`].
    pub user_id: String,
}
impl GetInstanceIdListRequest {
    /// A `GetInstanceIdListRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetInstanceIdListRequired) -> Self {
        let GetInstanceIdListRequired { app_type, form_uuid, system_token, user_id } = required;
        Self {
            page_number: None,
            page_size: None,
            app_type,
            approved_result: None,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            form_uuid,
            instance_status: None,
            language: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            originator_id: None,
            search_field_json: None,
            system_token,
            task_id: None,
            user_id,
        }
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `approvedResult`.
    pub fn approved_result(mut self, value: impl Into<String>) -> Self {
        self.approved_result = Some(value.into());
        self
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `instanceStatus`.
    pub fn instance_status(mut self, value: impl Into<String>) -> Self {
        self.instance_status = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `modifiedFromTimeGMT`.
    pub fn modified_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedToTimeGMT`.
    pub fn modified_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `originatorId`.
    pub fn originator_id(mut self, value: impl Into<String>) -> Self {
        self.originator_id = Some(value.into());
        self
    }
    /// Sets `searchFieldJson`.
    pub fn search_field_json(mut self, value: impl Into<String>) -> Self {
        self.search_field_json = Some(value.into());
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetInstanceIdListRequest { "appType" => field(app_type), "approvedResult" =>
    optional(approved_result), "createFromTimeGMT" => optional(create_from_time_gmt),
    "createToTimeGMT" => optional(create_to_time_gmt), "formUuid" => field(form_uuid),
    "instanceStatus" => optional(instance_status), "language" => optional(language),
    "modifiedFromTimeGMT" => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "originatorId" => optional(originator_id),
    "searchFieldJson" => optional(search_field_json), "systemToken" =>
    field(system_token), "taskId" => optional(task_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInstanceIdListRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "appType" => read_field(app_type), "approvedResult" =>
    read_field(approved_result), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "formUuid" =>
    read_field(form_uuid), "instanceStatus" => read_field(instance_status), "language" =>
    read_field(language), "modifiedFromTimeGMT" => read_field(modified_from_time_gmt),
    "modifiedToTimeGMT" => read_field(modified_to_time_gmt), "originatorId" =>
    read_field(originator_id), "searchFieldJson" => read_field(search_field_json),
    "systemToken" => read_field(system_token), "taskId" => read_field(task_id), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for GetInstanceIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetInstancesRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `appType`.
    pub app_type: String,
    /// `approvedResult`.
    pub approved_result: Option<String>,
    /// `createFromTimeGMT`.
    pub create_from_time_gmt: Option<String>,
    /// `createToTimeGMT`.
    pub create_to_time_gmt: Option<String>,
    /// `env`.
    pub env: Option<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `instanceStatus`.
    pub instance_status: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `modifiedFromTimeGMT`.
    pub modified_from_time_gmt: Option<String>,
    /// `modifiedToTimeGMT`.
    pub modified_to_time_gmt: Option<String>,
    /// `orderConfigJson`.
    pub order_config_json: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `searchFieldJson`.
    pub search_field_json: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GetInstancesRequest`], each named where it is set: `GetInstancesRequest::new(GetInstancesRequired { .. })`.
pub struct GetInstancesRequired {
    /// `appType`: see [`GetInstancesRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`GetInstancesRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`GetInstancesRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetInstancesRequest::user_id`].
    pub user_id: String,
}
impl GetInstancesRequest {
    /// A `GetInstancesRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetInstancesRequired) -> Self {
        let GetInstancesRequired { app_type, form_uuid, system_token, user_id } = required;
        Self {
            page_number: None,
            page_size: None,
            app_type,
            approved_result: None,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            form_uuid,
            instance_status: None,
            language: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            search_field_json: None,
            system_token,
            task_id: None,
            user_id,
        }
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `approvedResult`.
    pub fn approved_result(mut self, value: impl Into<String>) -> Self {
        self.approved_result = Some(value.into());
        self
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `instanceStatus`.
    pub fn instance_status(mut self, value: impl Into<String>) -> Self {
        self.instance_status = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `modifiedFromTimeGMT`.
    pub fn modified_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedToTimeGMT`.
    pub fn modified_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `orderConfigJson`.
    pub fn order_config_json(mut self, value: impl Into<String>) -> Self {
        self.order_config_json = Some(value.into());
        self
    }
    /// Sets `originatorId`.
    pub fn originator_id(mut self, value: impl Into<String>) -> Self {
        self.originator_id = Some(value.into());
        self
    }
    /// Sets `searchFieldJson`.
    pub fn search_field_json(mut self, value: impl Into<String>) -> Self {
        self.search_field_json = Some(value.into());
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetInstancesRequest { "appType" => field(app_type), "approvedResult" =>
    optional(approved_result), "createFromTimeGMT" => optional(create_from_time_gmt),
    "createToTimeGMT" => optional(create_to_time_gmt), "env" => optional(env), "formUuid"
    => field(form_uuid), "instanceStatus" => optional(instance_status), "language" =>
    optional(language), "modifiedFromTimeGMT" => optional(modified_from_time_gmt),
    "modifiedToTimeGMT" => optional(modified_to_time_gmt), "orderConfigJson" =>
    optional(order_config_json), "originatorId" => optional(originator_id),
    "searchFieldJson" => optional(search_field_json), "systemToken" =>
    field(system_token), "taskId" => optional(task_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInstancesRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "appType" => read_field(app_type), "approvedResult" =>
    read_field(approved_result), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "env" => read_field(env),
    "formUuid" => read_field(form_uuid), "instanceStatus" => read_field(instance_status),
    "language" => read_field(language), "modifiedFromTimeGMT" =>
    read_field(modified_from_time_gmt), "modifiedToTimeGMT" =>
    read_field(modified_to_time_gmt), "orderConfigJson" => read_field(order_config_json),
    "originatorId" => read_field(originator_id), "searchFieldJson" =>
    read_field(search_field_json), "systemToken" => read_field(system_token), "taskId" =>
    read_field(task_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_instances_by_id_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetInstancesByIdListRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `formUuid`: a query parameter.
    pub form_uuid: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `processInstanceIds`: a query parameter.
    pub process_instance_ids: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetInstancesByIdListRequest`], each named where it is set: `GetInstancesByIdListRequest::new(GetInstancesByIdListRequired { .. })`.
pub struct GetInstancesByIdListRequired {
    /// `appType`: see [`GetInstancesByIdListRequest::app_type`].
    pub app_type: String,
    /// `processInstanceIds`: see [`GetInstancesByIdListRequest::process_instance_ids`].
    pub process_instance_ids: String,
    /// `systemToken`: see [`GetInstancesByIdListRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetInstancesByIdListRequest::user_id`].
    pub user_id: String,
}
impl GetInstancesByIdListRequest {
    /// A `GetInstancesByIdListRequest` with its required fields (`appType`, `processInstanceIds`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetInstancesByIdListRequired) -> Self {
        let GetInstancesByIdListRequired {
            app_type,
            process_instance_ids,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            env: None,
            form_uuid: None,
            language: None,
            process_instance_ids,
            system_token,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `formUuid`.
    pub fn form_uuid(mut self, value: impl Into<String>) -> Self {
        self.form_uuid = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInstancesByIdListRequest { "appType" => read_field(app_type), "env" =>
    read_field(env), "formUuid" => read_field(form_uuid), "language" =>
    read_field(language), "processInstanceIds" => read_field(process_instance_ids),
    "systemToken" => read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetInstancesByIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("env", &self.env);
        writer.query("formUuid", &self.form_uuid);
        writer.query("language", &self.language);
        writer.query("processInstanceIds", &self.process_instance_ids);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_me_corp_submission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMeCorpSubmissionRequest {
    /// `appTypes`: a query parameter.
    pub app_types: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `createFromTimeGMT`: a query parameter.
    pub create_from_time_gmt: Option<i64>,
    /// `createToTimeGMT`: a query parameter.
    pub create_to_time_gmt: Option<i64>,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `keyword`: a query parameter.
    pub keyword: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `processCodes`: a query parameter.
    pub process_codes: Option<String>,
    /// `token`: a query parameter.
    pub token: String,
}
/// The required fields of [`GetMeCorpSubmissionRequest`], each named where it is set: `GetMeCorpSubmissionRequest::new(GetMeCorpSubmissionRequired { .. })`.
pub struct GetMeCorpSubmissionRequired {
    /// `corpId`: see [`GetMeCorpSubmissionRequest::corp_id`].
    pub corp_id: String,
    /// `token`: see [`GetMeCorpSubmissionRequest::token`].
    pub token: String,
}
impl GetMeCorpSubmissionRequest {
    /// A `GetMeCorpSubmissionRequest` with its required fields (`corpId`, `token`); set the others with the methods named after them.
    pub fn new(required: GetMeCorpSubmissionRequired) -> Self {
        let GetMeCorpSubmissionRequired { corp_id, token } = required;
        Self {
            app_types: None,
            corp_id,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            keyword: None,
            language: None,
            page_number: None,
            page_size: None,
            process_codes: None,
            token,
        }
    }
    /// Sets `appTypes`.
    pub fn app_types(mut self, value: impl Into<String>) -> Self {
        self.app_types = Some(value.into());
        self
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: i64) -> Self {
        self.create_from_time_gmt = Some(value);
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: i64) -> Self {
        self.create_to_time_gmt = Some(value);
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `processCodes`.
    pub fn process_codes(mut self, value: impl Into<String>) -> Self {
        self.process_codes = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMeCorpSubmissionRequest { "appTypes" => read_field(app_types), "corpId" =>
    read_field(corp_id), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "env" => read_field(env),
    "keyword" => read_field(keyword), "language" => read_field(language), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "processCodes" =>
    read_field(process_codes), "token" => read_field(token) }
}
impl rt::WriteRequest for GetMeCorpSubmissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appTypes", &self.app_types);
        writer.query("corpId", &self.corp_id);
        writer.query("createFromTimeGMT", &self.create_from_time_gmt);
        writer.query("createToTimeGMT", &self.create_to_time_gmt);
        writer.query("env", &self.env);
        writer.query("keyword", &self.keyword);
        writer.query("language", &self.language);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("processCodes", &self.process_codes);
        writer.query("token", &self.token);
    }
}
/// The request of [`Api::get_notify_me`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetNotifyMeRequest {
    /// `appTypes`: a query parameter.
    pub app_types: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `createFromTimeGMT`: a query parameter.
    pub create_from_time_gmt: Option<i64>,
    /// `createToTimeGMT`: a query parameter.
    pub create_to_time_gmt: Option<i64>,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `instanceCreateFromTimeGMT`: a query parameter.
    pub instance_create_from_time_gmt: Option<i64>,
    /// `instanceCreateToTimeGMT`: a query parameter.
    pub instance_create_to_time_gmt: Option<i64>,
    /// `keyword`: a query parameter.
    pub keyword: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `processCodes`: a query parameter.
    pub process_codes: Option<String>,
    /// `token`: a query parameter.
    pub token: String,
}
/// The required fields of [`GetNotifyMeRequest`], each named where it is set: `GetNotifyMeRequest::new(GetNotifyMeRequired { .. })`.
pub struct GetNotifyMeRequired {
    /// `corpId`: see [`GetNotifyMeRequest::corp_id`].
    pub corp_id: String,
    /// `token`: see [`GetNotifyMeRequest::token`].
    pub token: String,
}
impl GetNotifyMeRequest {
    /// A `GetNotifyMeRequest` with its required fields (`corpId`, `token`); set the others with the methods named after them.
    pub fn new(required: GetNotifyMeRequired) -> Self {
        let GetNotifyMeRequired { corp_id, token } = required;
        Self {
            app_types: None,
            corp_id,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            instance_create_from_time_gmt: None,
            instance_create_to_time_gmt: None,
            keyword: None,
            language: None,
            page_number: None,
            page_size: None,
            process_codes: None,
            token,
        }
    }
    /// Sets `appTypes`.
    pub fn app_types(mut self, value: impl Into<String>) -> Self {
        self.app_types = Some(value.into());
        self
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: i64) -> Self {
        self.create_from_time_gmt = Some(value);
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: i64) -> Self {
        self.create_to_time_gmt = Some(value);
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `instanceCreateFromTimeGMT`.
    pub fn instance_create_from_time_gmt(mut self, value: i64) -> Self {
        self.instance_create_from_time_gmt = Some(value);
        self
    }
    /// Sets `instanceCreateToTimeGMT`.
    pub fn instance_create_to_time_gmt(mut self, value: i64) -> Self {
        self.instance_create_to_time_gmt = Some(value);
        self
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `processCodes`.
    pub fn process_codes(mut self, value: impl Into<String>) -> Self {
        self.process_codes = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetNotifyMeRequest { "appTypes" => read_field(app_types), "corpId" =>
    read_field(corp_id), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "env" => read_field(env),
    "instanceCreateFromTimeGMT" => read_field(instance_create_from_time_gmt),
    "instanceCreateToTimeGMT" => read_field(instance_create_to_time_gmt), "keyword" =>
    read_field(keyword), "language" => read_field(language), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "processCodes" =>
    read_field(process_codes), "token" => read_field(token) }
}
impl rt::WriteRequest for GetNotifyMeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appTypes", &self.app_types);
        writer.query("corpId", &self.corp_id);
        writer.query("createFromTimeGMT", &self.create_from_time_gmt);
        writer.query("createToTimeGMT", &self.create_to_time_gmt);
        writer.query("env", &self.env);
        writer.query("instanceCreateFromTimeGMT", &self.instance_create_from_time_gmt);
        writer.query("instanceCreateToTimeGMT", &self.instance_create_to_time_gmt);
        writer.query("keyword", &self.keyword);
        writer.query("language", &self.language);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("processCodes", &self.process_codes);
        writer.query("token", &self.token);
    }
}
/// The request of [`Api::get_open_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOpenUrlRequest {
    /// `fileUrl`: a query parameter.
    pub file_url: String,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `timeout`: a query parameter.
    pub timeout: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetOpenUrlRequest`], each named where it is set: `GetOpenUrlRequest::new(GetOpenUrlRequired { .. })`.
pub struct GetOpenUrlRequired {
    /// `fileUrl`: see [`GetOpenUrlRequest::file_url`].
    pub file_url: String,
    /// `systemToken`: see [`GetOpenUrlRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetOpenUrlRequest::user_id`].
    pub user_id: String,
}
impl GetOpenUrlRequest {
    /// A `GetOpenUrlRequest` with its required fields (`fileUrl`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetOpenUrlRequired) -> Self {
        let GetOpenUrlRequired { file_url, system_token, user_id } = required;
        Self {
            file_url,
            language: None,
            system_token,
            timeout: None,
            user_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `timeout`.
    pub fn timeout(mut self, value: i64) -> Self {
        self.timeout = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOpenUrlRequest { "fileUrl" => read_field(file_url), "language" =>
    read_field(language), "systemToken" => read_field(system_token), "timeout" =>
    read_field(timeout), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetOpenUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("fileUrl", &self.file_url);
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("timeout", &self.timeout);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_operation_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOperationRecordsRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetOperationRecordsRequest`], each named where it is set: `GetOperationRecordsRequest::new(GetOperationRecordsRequired { .. })`.
pub struct GetOperationRecordsRequired {
    /// `appType`: see [`GetOperationRecordsRequest::app_type`].
    pub app_type: String,
    /// `processInstanceId`: see [`GetOperationRecordsRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `systemToken`: see [`GetOperationRecordsRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetOperationRecordsRequest::user_id`].
    pub user_id: String,
}
impl GetOperationRecordsRequest {
    /// A `GetOperationRecordsRequest` with its required fields (`appType`, `processInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetOperationRecordsRequired) -> Self {
        let GetOperationRecordsRequired {
            app_type,
            process_instance_id,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            env: None,
            language: None,
            process_instance_id,
            system_token,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOperationRecordsRequest { "appType" => read_field(app_type), "env" =>
    read_field(env), "language" => read_field(language), "processInstanceId" =>
    read_field(process_instance_id), "systemToken" => read_field(system_token), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for GetOperationRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("env", &self.env);
        writer.query("language", &self.language);
        writer.query("processInstanceId", &self.process_instance_id);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_platform_resource`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPlatformResourceRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
}
impl GetPlatformResourceRequest {
    /// An empty `GetPlatformResourceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPlatformResourceRequest { "accessKey" => read_field(access_key), "callerUid" =>
    read_field(caller_uid), "instanceId" => read_field(instance_id) }
}
impl rt::WriteRequest for GetPlatformResourceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("instanceId", &self.instance_id);
    }
}
/// The request of [`Api::get_print_app_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPrintAppInfoRequest {
    /// `nameLike`: a query parameter.
    pub name_like: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetPrintAppInfoRequest`], each named where it is set: `GetPrintAppInfoRequest::new(GetPrintAppInfoRequired { .. })`.
pub struct GetPrintAppInfoRequired {
    /// `userId`: see [`GetPrintAppInfoRequest::user_id`].
    pub user_id: String,
}
impl GetPrintAppInfoRequest {
    /// A `GetPrintAppInfoRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetPrintAppInfoRequired) -> Self {
        let GetPrintAppInfoRequired { user_id } = required;
        Self { name_like: None, user_id }
    }
    /// Sets `nameLike`.
    pub fn name_like(mut self, value: impl Into<String>) -> Self {
        self.name_like = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPrintAppInfoRequest { "nameLike" => read_field(name_like), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetPrintAppInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("nameLike", &self.name_like);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_print_dictionary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPrintDictionaryRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `formUuid`: a query parameter.
    pub form_uuid: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `version`: a query parameter.
    pub version: Option<i64>,
}
/// The required fields of [`GetPrintDictionaryRequest`], each named where it is set: `GetPrintDictionaryRequest::new(GetPrintDictionaryRequired { .. })`.
pub struct GetPrintDictionaryRequired {
    /// `appType`: see [`GetPrintDictionaryRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`GetPrintDictionaryRequest::form_uuid`].
    pub form_uuid: String,
    /// `userId`: see [`GetPrintDictionaryRequest::user_id`].
    pub user_id: String,
}
impl GetPrintDictionaryRequest {
    /// A `GetPrintDictionaryRequest` with its required fields (`appType`, `formUuid`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetPrintDictionaryRequired) -> Self {
        let GetPrintDictionaryRequired { app_type, form_uuid, user_id } = required;
        Self {
            app_type,
            form_uuid,
            user_id,
            version: None,
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPrintDictionaryRequest { "appType" => read_field(app_type), "formUuid" =>
    read_field(form_uuid), "userId" => read_field(user_id), "version" =>
    read_field(version) }
}
impl rt::WriteRequest for GetPrintDictionaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("formUuid", &self.form_uuid);
        writer.query("userId", &self.user_id);
        writer.query("version", &self.version);
    }
}
/// The request of [`Api::get_process_definition`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessDefinitionRequest {
    /// `appType`: a query parameter.
    pub app_type: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `groupId`: a query parameter.
    pub group_id: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `nameSpace`: a query parameter.
    pub name_space: Option<String>,
    /// `orderNumber`: a query parameter.
    pub order_number: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: Option<String>,
    /// `systemType`: a query parameter.
    pub system_type: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetProcessDefinitionRequest {
    /// An empty `GetProcessDefinitionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `nameSpace`.
    pub fn name_space(mut self, value: impl Into<String>) -> Self {
        self.name_space = Some(value.into());
        self
    }
    /// Sets `orderNumber`.
    pub fn order_number(mut self, value: impl Into<String>) -> Self {
        self.order_number = Some(value.into());
        self
    }
    /// Sets `systemToken`.
    pub fn system_token(mut self, value: impl Into<String>) -> Self {
        self.system_token = Some(value.into());
        self
    }
    /// Sets `systemType`.
    pub fn system_type(mut self, value: impl Into<String>) -> Self {
        self.system_type = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessDefinitionRequest { "appType" => read_field(app_type), "corpId" =>
    read_field(corp_id), "groupId" => read_field(group_id), "language" =>
    read_field(language), "nameSpace" => read_field(name_space), "orderNumber" =>
    read_field(order_number), "systemToken" => read_field(system_token), "systemType" =>
    read_field(system_type), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetProcessDefinitionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("corpId", &self.corp_id);
        writer.query("groupId", &self.group_id);
        writer.query("language", &self.language);
        writer.query("nameSpace", &self.name_space);
        writer.query("orderNumber", &self.order_number);
        writer.query("systemToken", &self.system_token);
        writer.query("systemType", &self.system_type);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_process_design`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetProcessDesignRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetProcessDesignRequest`], each named where it is set: `GetProcessDesignRequest::new(GetProcessDesignRequired { .. })`.
pub struct GetProcessDesignRequired {
    /// `appType`: see [`GetProcessDesignRequest::app_type`].
    pub app_type: String,
    /// `systemToken`: see [`GetProcessDesignRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetProcessDesignRequest::user_id`].
    pub user_id: String,
}
impl GetProcessDesignRequest {
    /// A `GetProcessDesignRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetProcessDesignRequired) -> Self {
        let GetProcessDesignRequired { app_type, system_token, user_id } = required;
        Self {
            app_type,
            system_token,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessDesignRequest { "appType" => read_field(app_type), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetProcessDesignRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_process_design_by_code`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetProcessDesignByCodeRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `processCode`: a query parameter.
    pub process_code: String,
    /// `processId`: a query parameter.
    pub process_id: Option<i64>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetProcessDesignByCodeRequest`], each named where it is set: `GetProcessDesignByCodeRequest::new(GetProcessDesignByCodeRequired { .. })`.
pub struct GetProcessDesignByCodeRequired {
    /// `appType`: see [`GetProcessDesignByCodeRequest::app_type`].
    pub app_type: String,
    /// `processCode`: see [`GetProcessDesignByCodeRequest::process_code`].
    pub process_code: String,
    /// `systemToken`: see [`GetProcessDesignByCodeRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetProcessDesignByCodeRequest::user_id`].
    pub user_id: String,
}
impl GetProcessDesignByCodeRequest {
    /// A `GetProcessDesignByCodeRequest` with its required fields (`appType`, `processCode`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetProcessDesignByCodeRequired) -> Self {
        let GetProcessDesignByCodeRequired {
            app_type,
            process_code,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            env: None,
            process_code,
            process_id: None,
            system_token,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `processId`.
    pub fn process_id(mut self, value: i64) -> Self {
        self.process_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessDesignByCodeRequest { "appType" => read_field(app_type), "env" =>
    read_field(env), "processCode" => read_field(process_code), "processId" =>
    read_field(process_id), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetProcessDesignByCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("env", &self.env);
        writer.query("processCode", &self.process_code);
        writer.query("processId", &self.process_id);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_running_task_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRunningTaskListRequest {
    /// `appType`.
    pub app_type: String,
    /// `processInstanceIdList`.
    pub process_instance_id_list: String,
    /// `systemToken`.
    pub system_token: String,
    /// `userCorpId`.
    pub user_corp_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GetRunningTaskListRequest`], each named where it is set: `GetRunningTaskListRequest::new(GetRunningTaskListRequired { .. })`.
pub struct GetRunningTaskListRequired {
    /// `appType`: see [`GetRunningTaskListRequest::app_type`].
    pub app_type: String,
    /// `processInstanceIdList`: see [`GetRunningTaskListRequest::process_instance_id_list`].
    pub process_instance_id_list: String,
    /// `systemToken`: see [`GetRunningTaskListRequest::system_token`].
    pub system_token: String,
    /// `userCorpId`: see [`GetRunningTaskListRequest::user_corp_id`].
    pub user_corp_id: String,
    /// `userId`: see [`GetRunningTaskListRequest::user_id`].
    pub user_id: String,
}
impl GetRunningTaskListRequest {
    /// A `GetRunningTaskListRequest` with its required fields (`appType`, `processInstanceIdList`, `systemToken`, `userCorpId`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetRunningTaskListRequired) -> Self {
        let GetRunningTaskListRequired {
            app_type,
            process_instance_id_list,
            system_token,
            user_corp_id,
            user_id,
        } = required;
        Self {
            app_type,
            process_instance_id_list,
            system_token,
            user_corp_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    GetRunningTaskListRequest { "appType" => field(app_type), "processInstanceIdList" =>
    field(process_instance_id_list), "systemToken" => field(system_token), "userCorpId"
    => field(user_corp_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRunningTaskListRequest { "appType" => read_field(app_type),
    "processInstanceIdList" => read_field(process_instance_id_list), "systemToken" =>
    read_field(system_token), "userCorpId" => read_field(user_corp_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetRunningTaskListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_running_tasks`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRunningTasksRequest {
    /// `appType`: a query parameter.
    pub app_type: Option<String>,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetRunningTasksRequest {
    /// An empty `GetRunningTasksRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `processInstanceId`.
    pub fn process_instance_id(mut self, value: impl Into<String>) -> Self {
        self.process_instance_id = Some(value.into());
        self
    }
    /// Sets `systemToken`.
    pub fn system_token(mut self, value: impl Into<String>) -> Self {
        self.system_token = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRunningTasksRequest { "appType" => read_field(app_type), "env" => read_field(env),
    "language" => read_field(language), "processInstanceId" =>
    read_field(process_instance_id), "systemToken" => read_field(system_token), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for GetRunningTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("env", &self.env);
        writer.query("language", &self.language);
        writer.query("processInstanceId", &self.process_instance_id);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_sale_user_info_by_user_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSaleUserInfoByUserIdRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `namespace`: a query parameter.
    pub namespace: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetSaleUserInfoByUserIdRequest`], each named where it is set: `GetSaleUserInfoByUserIdRequest::new(GetSaleUserInfoByUserIdRequired { .. })`.
pub struct GetSaleUserInfoByUserIdRequired {
    /// `corpId`: see [`GetSaleUserInfoByUserIdRequest::corp_id`].
    pub corp_id: String,
    /// `namespace`: see [`GetSaleUserInfoByUserIdRequest::namespace`].
    pub namespace: String,
    /// `userId`: see [`GetSaleUserInfoByUserIdRequest::user_id`].
    pub user_id: String,
}
impl GetSaleUserInfoByUserIdRequest {
    /// A `GetSaleUserInfoByUserIdRequest` with its required fields (`corpId`, `namespace`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetSaleUserInfoByUserIdRequired) -> Self {
        let GetSaleUserInfoByUserIdRequired { corp_id, namespace, user_id } = required;
        Self {
            corp_id,
            namespace,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSaleUserInfoByUserIdRequest { "corpId" => read_field(corp_id), "namespace" =>
    read_field(namespace), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetSaleUserInfoByUserIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("namespace", &self.namespace);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_simple_cube_model_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSimpleCubeModelListRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `cubeCode`: a query parameter.
    pub cube_code: String,
    /// `cubeTenantId`: a query parameter.
    pub cube_tenant_id: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetSimpleCubeModelListRequest`], each named where it is set: `GetSimpleCubeModelListRequest::new(GetSimpleCubeModelListRequired { .. })`.
pub struct GetSimpleCubeModelListRequired {
    /// `appType`: see [`GetSimpleCubeModelListRequest::app_type`].
    pub app_type: String,
    /// `corpId`: see [`GetSimpleCubeModelListRequest::corp_id`].
    pub corp_id: String,
    /// `cubeCode`: see [`GetSimpleCubeModelListRequest::cube_code`].
    pub cube_code: String,
    /// `cubeTenantId`: see [`GetSimpleCubeModelListRequest::cube_tenant_id`].
    pub cube_tenant_id: String,
    /// `systemToken`: see [`GetSimpleCubeModelListRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetSimpleCubeModelListRequest::user_id`].
    pub user_id: String,
}
impl GetSimpleCubeModelListRequest {
    /// A `GetSimpleCubeModelListRequest` with its required fields (`appType`, `corpId`, `cubeCode`, `cubeTenantId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetSimpleCubeModelListRequired) -> Self {
        let GetSimpleCubeModelListRequired {
            app_type,
            corp_id,
            cube_code,
            cube_tenant_id,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            corp_id,
            cube_code,
            cube_tenant_id,
            system_token,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSimpleCubeModelListRequest { "appType" => read_field(app_type), "corpId" =>
    read_field(corp_id), "cubeCode" => read_field(cube_code), "cubeTenantId" =>
    read_field(cube_tenant_id), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetSimpleCubeModelListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("corpId", &self.corp_id);
        writer.query("cubeCode", &self.cube_code);
        writer.query("cubeTenantId", &self.cube_tenant_id);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_task_copies`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTaskCopiesRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `createFromTimeGMT`: a query parameter.
    pub create_from_time_gmt: Option<i64>,
    /// `createToTimeGMT`: a query parameter.
    pub create_to_time_gmt: Option<i64>,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `keyword`: a query parameter.
    pub keyword: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `processCodes`: a query parameter.
    pub process_codes: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetTaskCopiesRequest`], each named where it is set: `GetTaskCopiesRequest::new(GetTaskCopiesRequired { .. })`.
pub struct GetTaskCopiesRequired {
    /// `appType`: see [`GetTaskCopiesRequest::app_type`].
    pub app_type: String,
    /// `systemToken`: see [`GetTaskCopiesRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetTaskCopiesRequest::user_id`].
    pub user_id: String,
}
impl GetTaskCopiesRequest {
    /// A `GetTaskCopiesRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetTaskCopiesRequired) -> Self {
        let GetTaskCopiesRequired { app_type, system_token, user_id } = required;
        Self {
            app_type,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            keyword: None,
            language: None,
            page_number: None,
            page_size: None,
            process_codes: None,
            system_token,
            user_id,
        }
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: i64) -> Self {
        self.create_from_time_gmt = Some(value);
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: i64) -> Self {
        self.create_to_time_gmt = Some(value);
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `processCodes`.
    pub fn process_codes(mut self, value: impl Into<String>) -> Self {
        self.process_codes = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTaskCopiesRequest { "appType" => read_field(app_type), "createFromTimeGMT" =>
    read_field(create_from_time_gmt), "createToTimeGMT" =>
    read_field(create_to_time_gmt), "env" => read_field(env), "keyword" =>
    read_field(keyword), "language" => read_field(language), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "processCodes" =>
    read_field(process_codes), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetTaskCopiesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("createFromTimeGMT", &self.create_from_time_gmt);
        writer.query("createToTimeGMT", &self.create_to_time_gmt);
        writer.query("env", &self.env);
        writer.query("keyword", &self.keyword);
        writer.query("language", &self.language);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("processCodes", &self.process_codes);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_application`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListApplicationRequest {
    /// `appFilter`: a query parameter.
    pub app_filter: Option<String>,
    /// `appNameSearchKeyword`: a query parameter.
    pub app_name_search_keyword: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `token`: a query parameter.
    pub token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`ListApplicationRequest`], each named where it is set: `ListApplicationRequest::new(ListApplicationRequired { .. })`.
pub struct ListApplicationRequired {
    /// `corpId`: see [`ListApplicationRequest::corp_id`].
    pub corp_id: String,
    /// `token`: see [`ListApplicationRequest::token`].
    pub token: String,
    /// `userId`: see [`ListApplicationRequest::user_id`].
    pub user_id: String,
}
impl ListApplicationRequest {
    /// A `ListApplicationRequest` with its required fields (`corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: ListApplicationRequired) -> Self {
        let ListApplicationRequired { corp_id, token, user_id } = required;
        Self {
            app_filter: None,
            app_name_search_keyword: None,
            corp_id,
            env: None,
            page_number: None,
            page_size: None,
            token,
            user_id,
        }
    }
    /// Sets `appFilter`.
    pub fn app_filter(mut self, value: impl Into<String>) -> Self {
        self.app_filter = Some(value.into());
        self
    }
    /// Sets `appNameSearchKeyword`.
    pub fn app_name_search_keyword(mut self, value: impl Into<String>) -> Self {
        self.app_name_search_keyword = Some(value.into());
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
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
    ListApplicationRequest { "appFilter" => read_field(app_filter),
    "appNameSearchKeyword" => read_field(app_name_search_keyword), "corpId" =>
    read_field(corp_id), "env" => read_field(env), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "token" =>
    read_field(token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ListApplicationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appFilter", &self.app_filter);
        writer.query("appNameSearchKeyword", &self.app_name_search_keyword);
        writer.query("corpId", &self.corp_id);
        writer.query("env", &self.env);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("token", &self.token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_application_authorization_service_application_information`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceApplicationInformationRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUnionId`: a query parameter.
    pub caller_union_id: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListApplicationAuthorizationServiceApplicationInformationRequest {
    /// An empty `ListApplicationAuthorizationServiceApplicationInformationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUnionId`.
    pub fn caller_union_id(mut self, value: impl Into<String>) -> Self {
        self.caller_union_id = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
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
    ListApplicationAuthorizationServiceApplicationInformationRequest { "accessKey" =>
    read_field(access_key), "callerUnionId" => read_field(caller_union_id), "pageNumber"
    => read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest
for ListApplicationAuthorizationServiceApplicationInformationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUnionId", &self.caller_union_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_application_authorization_service_connector_information`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceConnectorInformationRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListApplicationAuthorizationServiceConnectorInformationRequest {
    /// An empty `ListApplicationAuthorizationServiceConnectorInformationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
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
    ListApplicationAuthorizationServiceConnectorInformationRequest { "accessKey" =>
    read_field(access_key), "callerUid" => read_field(caller_uid), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest
for ListApplicationAuthorizationServiceConnectorInformationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_application_information`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListApplicationInformationRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListApplicationInformationRequest {
    /// An empty `ListApplicationInformationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
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
    ListApplicationInformationRequest { "accessKey" => read_field(access_key),
    "callerUid" => read_field(caller_uid), "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ListApplicationInformationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_commodity`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCommodityRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListCommodityRequest {
    /// An empty `ListCommodityRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
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
    ListCommodityRequest { "accessKey" => read_field(access_key), "callerUid" =>
    read_field(caller_uid), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for ListCommodityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_connector_information`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListConnectorInformationRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListConnectorInformationRequest {
    /// An empty `ListConnectorInformationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
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
    ListConnectorInformationRequest { "accessKey" => read_field(access_key), "callerUid"
    => read_field(caller_uid), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for ListConnectorInformationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_form_remarks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListFormRemarksRequest {
    /// `appType`.
    pub app_type: String,
    /// `env`.
    pub env: Option<String>,
    /// `formInstanceIdList`.
    pub form_instance_id_list: Option<Vec<String>>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ListFormRemarksRequest`], each named where it is set: `ListFormRemarksRequest::new(ListFormRemarksRequired { .. })`.
pub struct ListFormRemarksRequired {
    /// `appType`: see [`ListFormRemarksRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`ListFormRemarksRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`ListFormRemarksRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`ListFormRemarksRequest::user_id`].
    pub user_id: String,
}
impl ListFormRemarksRequest {
    /// A `ListFormRemarksRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: ListFormRemarksRequired) -> Self {
        let ListFormRemarksRequired { app_type, form_uuid, system_token, user_id } = required;
        Self {
            app_type,
            env: None,
            form_instance_id_list: None,
            form_uuid,
            system_token,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `formInstanceIdList`.
    pub fn form_instance_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.form_instance_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    ListFormRemarksRequest { "appType" => field(app_type), "env" => optional(env),
    "formInstanceIdList" => optional(form_instance_id_list), "formUuid" =>
    field(form_uuid), "systemToken" => field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListFormRemarksRequest { "appType" => read_field(app_type), "env" => read_field(env),
    "formInstanceIdList" => read_field(form_instance_id_list), "formUuid" =>
    read_field(form_uuid), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for ListFormRemarksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_navigation_by_form_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListNavigationByFormTypeRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `formType`: a query parameter.
    pub form_type: String,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`ListNavigationByFormTypeRequest`], each named where it is set: `ListNavigationByFormTypeRequest::new(ListNavigationByFormTypeRequired { .. })`.
pub struct ListNavigationByFormTypeRequired {
    /// `appType`: see [`ListNavigationByFormTypeRequest::app_type`].
    pub app_type: String,
    /// `formType`: see [`ListNavigationByFormTypeRequest::form_type`].
    pub form_type: String,
    /// `systemToken`: see [`ListNavigationByFormTypeRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`ListNavigationByFormTypeRequest::user_id`].
    pub user_id: String,
}
impl ListNavigationByFormTypeRequest {
    /// A `ListNavigationByFormTypeRequest` with its required fields (`appType`, `formType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: ListNavigationByFormTypeRequired) -> Self {
        let ListNavigationByFormTypeRequired {
            app_type,
            form_type,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            form_type,
            language: None,
            system_token,
            user_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListNavigationByFormTypeRequest { "appType" => read_field(app_type), "formType" =>
    read_field(form_type), "language" => read_field(language), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ListNavigationByFormTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("formType", &self.form_type);
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_operation_logs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListOperationLogsRequest {
    /// `appType`.
    pub app_type: String,
    /// `formInstanceIdList`.
    pub form_instance_id_list: Option<Vec<String>>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ListOperationLogsRequest`], each named where it is set: `ListOperationLogsRequest::new(ListOperationLogsRequired { .. })`.
pub struct ListOperationLogsRequired {
    /// `appType`: see [`ListOperationLogsRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`ListOperationLogsRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`ListOperationLogsRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`ListOperationLogsRequest::user_id`].
    pub user_id: String,
}
impl ListOperationLogsRequest {
    /// A `ListOperationLogsRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: ListOperationLogsRequired) -> Self {
        let ListOperationLogsRequired { app_type, form_uuid, system_token, user_id } = required;
        Self {
            app_type,
            form_instance_id_list: None,
            form_uuid,
            system_token,
            user_id,
        }
    }
    /// Sets `formInstanceIdList`.
    pub fn form_instance_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.form_instance_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    ListOperationLogsRequest { "appType" => field(app_type), "formInstanceIdList" =>
    optional(form_instance_id_list), "formUuid" => field(form_uuid), "systemToken" =>
    field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListOperationLogsRequest { "appType" => read_field(app_type), "formInstanceIdList" =>
    read_field(form_instance_id_list), "formUuid" => read_field(form_uuid), "systemToken"
    => read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ListOperationLogsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_table_data_by_form_instance_id_table_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListTableDataByFormInstanceIdTableIdRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `formUuid`: a query parameter.
    pub form_uuid: String,
    /// `needRowId`: a query parameter.
    pub need_row_id: Option<bool>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `tableFieldId`: a query parameter.
    pub table_field_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`ListTableDataByFormInstanceIdTableIdRequest`], each named where it is set: `ListTableDataByFormInstanceIdTableIdRequest::new(ListTableDataByFormInstanceIdTableIdRequired { .. })`.
pub struct ListTableDataByFormInstanceIdTableIdRequired {
    /// `appType`: see [`ListTableDataByFormInstanceIdTableIdRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`ListTableDataByFormInstanceIdTableIdRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`ListTableDataByFormInstanceIdTableIdRequest::system_token`].
    pub system_token: String,
    /// `tableFieldId`: see [`ListTableDataByFormInstanceIdTableIdRequest::table_field_id`].
    pub table_field_id: String,
    /// `userId`: see [`ListTableDataByFormInstanceIdTableIdRequest::user_id`].
    pub user_id: String,
}
impl ListTableDataByFormInstanceIdTableIdRequest {
    /// A `ListTableDataByFormInstanceIdTableIdRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `tableFieldId`, `userId`); set the others with the methods named after them.
    pub fn new(required: ListTableDataByFormInstanceIdTableIdRequired) -> Self {
        let ListTableDataByFormInstanceIdTableIdRequired {
            app_type,
            form_uuid,
            system_token,
            table_field_id,
            user_id,
        } = required;
        Self {
            app_type,
            form_uuid,
            need_row_id: None,
            page_number: None,
            page_size: None,
            system_token,
            table_field_id,
            user_id,
        }
    }
    /// Sets `needRowId`.
    pub fn need_row_id(mut self, value: bool) -> Self {
        self.need_row_id = Some(value);
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
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
    ListTableDataByFormInstanceIdTableIdRequest { "appType" => read_field(app_type),
    "formUuid" => read_field(form_uuid), "needRowId" => read_field(need_row_id),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "systemToken" => read_field(system_token), "tableFieldId" =>
    read_field(table_field_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ListTableDataByFormInstanceIdTableIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("formUuid", &self.form_uuid);
        writer.query("needRowId", &self.need_row_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("systemToken", &self.system_token);
        writer.query("tableFieldId", &self.table_field_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::login_code_gen`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LoginCodeGenRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`LoginCodeGenRequest`], each named where it is set: `LoginCodeGenRequest::new(LoginCodeGenRequired { .. })`.
pub struct LoginCodeGenRequired {
    /// `userId`: see [`LoginCodeGenRequest::user_id`].
    pub user_id: String,
}
impl LoginCodeGenRequest {
    /// A `LoginCodeGenRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: LoginCodeGenRequired) -> Self {
        let LoginCodeGenRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LoginCodeGenRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for LoginCodeGenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::notify_authorization_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct NotifyAuthorizationResultRequest {
    /// `accessKey`.
    pub access_key: Option<String>,
    /// `accountNumber`.
    pub account_number: Option<String>,
    /// `beginTimeGMT`.
    pub begin_time_gmt: Option<i64>,
    /// `callerUid`.
    pub caller_uid: Option<String>,
    /// `chargeType`.
    pub charge_type: Option<String>,
    /// `commerceType`.
    pub commerce_type: Option<String>,
    /// `commodityType`.
    pub commodity_type: Option<String>,
    /// `endTimeGMT`.
    pub end_time_gmt: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `instanceName`.
    pub instance_name: Option<String>,
    /// `produceCode`.
    pub produce_code: Option<String>,
}
impl NotifyAuthorizationResultRequest {
    /// An empty `NotifyAuthorizationResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `accountNumber`.
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }
    /// Sets `beginTimeGMT`.
    pub fn begin_time_gmt(mut self, value: i64) -> Self {
        self.begin_time_gmt = Some(value);
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `chargeType`.
    pub fn charge_type(mut self, value: impl Into<String>) -> Self {
        self.charge_type = Some(value.into());
        self
    }
    /// Sets `commerceType`.
    pub fn commerce_type(mut self, value: impl Into<String>) -> Self {
        self.commerce_type = Some(value.into());
        self
    }
    /// Sets `commodityType`.
    pub fn commodity_type(mut self, value: impl Into<String>) -> Self {
        self.commodity_type = Some(value.into());
        self
    }
    /// Sets `endTimeGMT`.
    pub fn end_time_gmt(mut self, value: i64) -> Self {
        self.end_time_gmt = Some(value);
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `instanceName`.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.instance_name = Some(value.into());
        self
    }
    /// Sets `produceCode`.
    pub fn produce_code(mut self, value: impl Into<String>) -> Self {
        self.produce_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    NotifyAuthorizationResultRequest { "accessKey" => optional(access_key),
    "accountNumber" => optional(account_number), "beginTimeGMT" =>
    optional(begin_time_gmt), "callerUid" => optional(caller_uid), "chargeType" =>
    optional(charge_type), "commerceType" => optional(commerce_type), "commodityType" =>
    optional(commodity_type), "endTimeGMT" => optional(end_time_gmt), "instanceId" =>
    optional(instance_id), "instanceName" => optional(instance_name), "produceCode" =>
    optional(produce_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NotifyAuthorizationResultRequest { "accessKey" => read_field(access_key),
    "accountNumber" => read_field(account_number), "beginTimeGMT" =>
    read_field(begin_time_gmt), "callerUid" => read_field(caller_uid), "chargeType" =>
    read_field(charge_type), "commerceType" => read_field(commerce_type), "commodityType"
    => read_field(commodity_type), "endTimeGMT" => read_field(end_time_gmt), "instanceId"
    => read_field(instance_id), "instanceName" => read_field(instance_name),
    "produceCode" => read_field(produce_code) }
}
impl rt::WriteRequest for NotifyAuthorizationResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::page_auto_flow_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PageAutoFlowLogRequest {
    /// `appType`.
    pub app_type: Option<String>,
    /// `corpId`.
    pub corp_id: String,
    /// `endTimeGMT`.
    pub end_time_gmt: Option<i64>,
    /// `env`.
    pub env: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `startTimeGMT`.
    pub start_time_gmt: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `token`.
    pub token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PageAutoFlowLogRequest`], each named where it is set: `PageAutoFlowLogRequest::new(PageAutoFlowLogRequired { .. })`.
pub struct PageAutoFlowLogRequired {
    /// `corpId`: see [`PageAutoFlowLogRequest::corp_id`].
    pub corp_id: String,
    /// `pageNumber`: see [`PageAutoFlowLogRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`PageAutoFlowLogRequest::page_size`].
    pub page_size: i64,
    /// `token`: see [`PageAutoFlowLogRequest::token`].
    pub token: String,
    /// `userId`: see [`PageAutoFlowLogRequest::user_id`].
    pub user_id: String,
}
impl PageAutoFlowLogRequest {
    /// A `PageAutoFlowLogRequest` with its required fields (`corpId`, `pageNumber`, `pageSize`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: PageAutoFlowLogRequired) -> Self {
        let PageAutoFlowLogRequired {
            corp_id,
            page_number,
            page_size,
            token,
            user_id,
        } = required;
        Self {
            app_type: None,
            corp_id,
            end_time_gmt: None,
            env: None,
            form_uuid: None,
            page_number,
            page_size,
            process_code: None,
            start_time_gmt: None,
            status: None,
            token,
            user_id,
        }
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `endTimeGMT`.
    pub fn end_time_gmt(mut self, value: i64) -> Self {
        self.end_time_gmt = Some(value);
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `formUuid`.
    pub fn form_uuid(mut self, value: impl Into<String>) -> Self {
        self.form_uuid = Some(value.into());
        self
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
    /// Sets `startTimeGMT`.
    pub fn start_time_gmt(mut self, value: i64) -> Self {
        self.start_time_gmt = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
rt::impl_serialize! {
    PageAutoFlowLogRequest { "appType" => optional(app_type), "corpId" => field(corp_id),
    "endTimeGMT" => optional(end_time_gmt), "env" => optional(env), "formUuid" =>
    optional(form_uuid), "pageNumber" => field(page_number), "pageSize" =>
    field(page_size), "processCode" => optional(process_code), "startTimeGMT" =>
    optional(start_time_gmt), "status" => optional(status), "token" => field(token),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageAutoFlowLogRequest { "appType" => read_field(app_type), "corpId" =>
    read_field(corp_id), "endTimeGMT" => read_field(end_time_gmt), "env" =>
    read_field(env), "formUuid" => read_field(form_uuid), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "processCode" =>
    read_field(process_code), "startTimeGMT" => read_field(start_time_gmt), "status" =>
    read_field(status), "token" => read_field(token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for PageAutoFlowLogRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::page_form_base_infos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PageFormBaseInfosRequest {
    /// `appKey`.
    pub app_key: String,
    /// `formTypeList`.
    pub form_type_list: Option<Vec<String>>,
    /// `language`.
    pub language: Option<String>,
    /// `pageIndex`.
    pub page_index: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PageFormBaseInfosRequest`], each named where it is set: `PageFormBaseInfosRequest::new(PageFormBaseInfosRequired { .. })`.
pub struct PageFormBaseInfosRequired {
    /// `appKey`: see [`PageFormBaseInfosRequest::app_key`].
    pub app_key: String,
    /// `pageIndex`: see [`PageFormBaseInfosRequest::page_index`].
    pub page_index: i64,
    /// `pageSize`: see [`PageFormBaseInfosRequest::page_size`].
    pub page_size: i64,
    /// `systemToken`: see [`PageFormBaseInfosRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`PageFormBaseInfosRequest::user_id`].
    pub user_id: String,
}
impl PageFormBaseInfosRequest {
    /// A `PageFormBaseInfosRequest` with its required fields (`appKey`, `pageIndex`, `pageSize`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: PageFormBaseInfosRequired) -> Self {
        let PageFormBaseInfosRequired {
            app_key,
            page_index,
            page_size,
            system_token,
            user_id,
        } = required;
        Self {
            app_key,
            form_type_list: None,
            language: None,
            page_index,
            page_size,
            system_token,
            user_id,
        }
    }
    /// Sets `formTypeList`.
    pub fn form_type_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.form_type_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PageFormBaseInfosRequest { "appKey" => field(app_key), "formTypeList" =>
    optional(form_type_list), "language" => optional(language), "pageIndex" =>
    field(page_index), "pageSize" => field(page_size), "systemToken" =>
    field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageFormBaseInfosRequest { "appKey" => read_field(app_key), "formTypeList" =>
    read_field(form_type_list), "language" => read_field(language), "pageIndex" =>
    read_field(page_index), "pageSize" => read_field(page_size), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for PageFormBaseInfosRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::preview_published_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PreviewPublishedProcessRequest {
    /// `appType`.
    pub app_type: String,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `env`.
    pub env: Option<String>,
    /// `formDataJson`.
    pub form_data_json: String,
    /// `formUuid`.
    pub form_uuid: String,
    /// `language`.
    pub language: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PreviewPublishedProcessRequest`], each named where it is set: `PreviewPublishedProcessRequest::new(PreviewPublishedProcessRequired { .. })`.
pub struct PreviewPublishedProcessRequired {
    /// `appType`: see [`PreviewPublishedProcessRequest::app_type`].
    pub app_type: String,
    /// `formDataJson`: see [`PreviewPublishedProcessRequest::form_data_json`].
    pub form_data_json: String,
    /// `formUuid`: see [`PreviewPublishedProcessRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`PreviewPublishedProcessRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`PreviewPublishedProcessRequest::user_id`].
    pub user_id: String,
}
impl PreviewPublishedProcessRequest {
    /// A `PreviewPublishedProcessRequest` with its required fields (`appType`, `formDataJson`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: PreviewPublishedProcessRequired) -> Self {
        let PreviewPublishedProcessRequired {
            app_type,
            form_data_json,
            form_uuid,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            department_id: None,
            env: None,
            form_data_json,
            form_uuid,
            language: None,
            process_code: None,
            system_token,
            user_id,
        }
    }
    /// Sets `departmentId`.
    pub fn department_id(mut self, value: impl Into<String>) -> Self {
        self.department_id = Some(value.into());
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PreviewPublishedProcessRequest { "appType" => field(app_type), "departmentId" =>
    optional(department_id), "env" => optional(env), "formDataJson" =>
    field(form_data_json), "formUuid" => field(form_uuid), "language" =>
    optional(language), "processCode" => optional(process_code), "systemToken" =>
    field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PreviewPublishedProcessRequest { "appType" => read_field(app_type), "departmentId" =>
    read_field(department_id), "env" => read_field(env), "formDataJson" =>
    read_field(form_data_json), "formUuid" => read_field(form_uuid), "language" =>
    read_field(language), "processCode" => read_field(process_code), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for PreviewPublishedProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_service_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryServiceRecordRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `formUuid`: a query parameter.
    pub form_uuid: String,
    /// `hookType`: a query parameter.
    pub hook_type: Option<String>,
    /// `hookUuid`: a query parameter.
    pub hook_uuid: Option<String>,
    /// `instanceId`: a query parameter.
    pub instance_id: String,
    /// `invokeAfterDateGMT`: a query parameter.
    pub invoke_after_date_gmt: Option<String>,
    /// `invokeBeforeDateGMT`: a query parameter.
    pub invoke_before_date_gmt: Option<String>,
    /// `invokeStatus`: a query parameter.
    pub invoke_status: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `requestUrl`: a query parameter.
    pub request_url: Option<String>,
    /// `sourceUuid`: a query parameter.
    pub source_uuid: Option<String>,
    /// `success`: a query parameter.
    pub success: Option<bool>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryServiceRecordRequest`], each named where it is set: `QueryServiceRecordRequest::new(QueryServiceRecordRequired { .. })`.
pub struct QueryServiceRecordRequired {
    /// `appType`: see [`QueryServiceRecordRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`QueryServiceRecordRequest::form_uuid`].
    pub form_uuid: String,
    /// `instanceId`: see [`QueryServiceRecordRequest::instance_id`].
    pub instance_id: String,
    /// `systemToken`: see [`QueryServiceRecordRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`QueryServiceRecordRequest::user_id`].
    pub user_id: String,
}
impl QueryServiceRecordRequest {
    /// A `QueryServiceRecordRequest` with its required fields (`appType`, `formUuid`, `instanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryServiceRecordRequired) -> Self {
        let QueryServiceRecordRequired {
            app_type,
            form_uuid,
            instance_id,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            form_uuid,
            hook_type: None,
            hook_uuid: None,
            instance_id,
            invoke_after_date_gmt: None,
            invoke_before_date_gmt: None,
            invoke_status: None,
            page_number: None,
            page_size: None,
            request_url: None,
            source_uuid: None,
            success: None,
            system_token,
            user_id,
        }
    }
    /// Sets `hookType`.
    pub fn hook_type(mut self, value: impl Into<String>) -> Self {
        self.hook_type = Some(value.into());
        self
    }
    /// Sets `hookUuid`.
    pub fn hook_uuid(mut self, value: impl Into<String>) -> Self {
        self.hook_uuid = Some(value.into());
        self
    }
    /// Sets `invokeAfterDateGMT`.
    pub fn invoke_after_date_gmt(mut self, value: impl Into<String>) -> Self {
        self.invoke_after_date_gmt = Some(value.into());
        self
    }
    /// Sets `invokeBeforeDateGMT`.
    pub fn invoke_before_date_gmt(mut self, value: impl Into<String>) -> Self {
        self.invoke_before_date_gmt = Some(value.into());
        self
    }
    /// Sets `invokeStatus`.
    pub fn invoke_status(mut self, value: impl Into<String>) -> Self {
        self.invoke_status = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `requestUrl`.
    pub fn request_url(mut self, value: impl Into<String>) -> Self {
        self.request_url = Some(value.into());
        self
    }
    /// Sets `sourceUuid`.
    pub fn source_uuid(mut self, value: impl Into<String>) -> Self {
        self.source_uuid = Some(value.into());
        self
    }
    /// Sets `success`.
    pub fn success(mut self, value: bool) -> Self {
        self.success = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryServiceRecordRequest { "appType" => read_field(app_type), "formUuid" =>
    read_field(form_uuid), "hookType" => read_field(hook_type), "hookUuid" =>
    read_field(hook_uuid), "instanceId" => read_field(instance_id), "invokeAfterDateGMT"
    => read_field(invoke_after_date_gmt), "invokeBeforeDateGMT" =>
    read_field(invoke_before_date_gmt), "invokeStatus" => read_field(invoke_status),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "requestUrl" => read_field(request_url), "sourceUuid" => read_field(source_uuid),
    "success" => read_field(success), "systemToken" => read_field(system_token), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for QueryServiceRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("formUuid", &self.form_uuid);
        writer.query("hookType", &self.hook_type);
        writer.query("hookUuid", &self.hook_uuid);
        writer.query("instanceId", &self.instance_id);
        writer.query("invokeAfterDateGMT", &self.invoke_after_date_gmt);
        writer.query("invokeBeforeDateGMT", &self.invoke_before_date_gmt);
        writer.query("invokeStatus", &self.invoke_status);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("requestUrl", &self.request_url);
        writer.query("sourceUuid", &self.source_uuid);
        writer.query("success", &self.success);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::redirect_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RedirectTaskRequest {
    /// `appType`.
    pub app_type: String,
    /// `byManager`.
    pub by_manager: Option<String>,
    /// `env`.
    pub env: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `nowActionExecutorId`.
    pub now_action_executor_id: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `remark`.
    pub remark: String,
    /// `systemToken`.
    pub system_token: String,
    /// `taskId`.
    pub task_id: i64,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`RedirectTaskRequest`], each named where it is set: `RedirectTaskRequest::new(RedirectTaskRequired { .. })`.
pub struct RedirectTaskRequired {
    /// `appType`: see [`RedirectTaskRequest::app_type`].
    pub app_type: String,
    /// `nowActionExecutorId`: see [`RedirectTaskRequest::now_action_executor_id`].
    pub now_action_executor_id: String,
    /// `processInstanceId`: see [`RedirectTaskRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `remark`: see [`RedirectTaskRequest::remark`].
    pub remark: String,
    /// `systemToken`: see [`RedirectTaskRequest::system_token`].
    pub system_token: String,
    /// `taskId`: see [`RedirectTaskRequest::task_id`].
    pub task_id: i64,
    /// `userId`: see [`RedirectTaskRequest::user_id`].
    pub user_id: String,
}
impl RedirectTaskRequest {
    /// A `RedirectTaskRequest` with its required fields (`appType`, `nowActionExecutorId`, `processInstanceId`, `remark`, `systemToken`, `taskId`, `userId`); set the others with the methods named after them.
    pub fn new(required: RedirectTaskRequired) -> Self {
        let RedirectTaskRequired {
            app_type,
            now_action_executor_id,
            process_instance_id,
            remark,
            system_token,
            task_id,
            user_id,
        } = required;
        Self {
            app_type,
            by_manager: None,
            env: None,
            language: None,
            now_action_executor_id,
            process_instance_id,
            remark,
            system_token,
            task_id,
            user_id,
        }
    }
    /// Sets `byManager`.
    pub fn by_manager(mut self, value: impl Into<String>) -> Self {
        self.by_manager = Some(value.into());
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RedirectTaskRequest { "appType" => field(app_type), "byManager" =>
    optional(by_manager), "env" => optional(env), "language" => optional(language),
    "nowActionExecutorId" => field(now_action_executor_id), "processInstanceId" =>
    field(process_instance_id), "remark" => field(remark), "systemToken" =>
    field(system_token), "taskId" => field(task_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RedirectTaskRequest { "appType" => read_field(app_type), "byManager" =>
    read_field(by_manager), "env" => read_field(env), "language" => read_field(language),
    "nowActionExecutorId" => read_field(now_action_executor_id), "processInstanceId" =>
    read_field(process_instance_id), "remark" => read_field(remark), "systemToken" =>
    read_field(system_token), "taskId" => read_field(task_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for RedirectTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::refund_commodity`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RefundCommodityRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
}
impl RefundCommodityRequest {
    /// An empty `RefundCommodityRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RefundCommodityRequest { "accessKey" => read_field(access_key), "callerUid" =>
    read_field(caller_uid), "instanceId" => read_field(instance_id) }
}
impl rt::WriteRequest for RefundCommodityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("instanceId", &self.instance_id);
    }
}
/// The request of [`Api::register_accounts`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterAccountsRequest {
    /// `accessKey`.
    pub access_key: Option<String>,
    /// `activeCode`.
    pub active_code: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
}
impl RegisterAccountsRequest {
    /// An empty `RegisterAccountsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `activeCode`.
    pub fn active_code(mut self, value: impl Into<String>) -> Self {
        self.active_code = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RegisterAccountsRequest { "accessKey" => optional(access_key), "activeCode" =>
    optional(active_code), "corpId" => optional(corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterAccountsRequest { "accessKey" => read_field(access_key), "activeCode" =>
    read_field(active_code), "corpId" => read_field(corp_id) }
}
impl rt::WriteRequest for RegisterAccountsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::release_commodity`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReleaseCommodityRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
}
impl ReleaseCommodityRequest {
    /// An empty `ReleaseCommodityRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReleaseCommodityRequest { "accessKey" => read_field(access_key), "callerUid" =>
    read_field(caller_uid), "instanceId" => read_field(instance_id) }
}
impl rt::WriteRequest for ReleaseCommodityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("instanceId", &self.instance_id);
    }
}
/// The request of [`Api::remove_tenant_resource`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemoveTenantResourceRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
}
impl RemoveTenantResourceRequest {
    /// An empty `RemoveTenantResourceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveTenantResourceRequest { "accessKey" => read_field(access_key) }
}
impl rt::WriteRequest for RemoveTenantResourceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
    }
}
/// The request of [`Api::render_batch_callback`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RenderBatchCallbackRequest {
    /// `appType`.
    pub app_type: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `language`.
    pub language: Option<String>,
    /// `namespace`.
    pub namespace: Option<String>,
    /// `ossUrl`.
    pub oss_url: Option<String>,
    /// `sequenceId`.
    pub sequence_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `systemToken`.
    pub system_token: Option<String>,
    /// `timeZone`.
    pub time_zone: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl RenderBatchCallbackRequest {
    /// An empty `RenderBatchCallbackRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `ossUrl`.
    pub fn oss_url(mut self, value: impl Into<String>) -> Self {
        self.oss_url = Some(value.into());
        self
    }
    /// Sets `sequenceId`.
    pub fn sequence_id(mut self, value: impl Into<String>) -> Self {
        self.sequence_id = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `systemToken`.
    pub fn system_token(mut self, value: impl Into<String>) -> Self {
        self.system_token = Some(value.into());
        self
    }
    /// Sets `timeZone`.
    pub fn time_zone(mut self, value: impl Into<String>) -> Self {
        self.time_zone = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RenderBatchCallbackRequest { "appType" => optional(app_type), "corpId" =>
    optional(corp_id), "fileSize" => optional(file_size), "language" =>
    optional(language), "namespace" => optional(namespace), "ossUrl" =>
    optional(oss_url), "sequenceId" => optional(sequence_id), "source" =>
    optional(source), "status" => optional(status), "systemToken" =>
    optional(system_token), "timeZone" => optional(time_zone), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RenderBatchCallbackRequest { "appType" => read_field(app_type), "corpId" =>
    read_field(corp_id), "fileSize" => read_field(file_size), "language" =>
    read_field(language), "namespace" => read_field(namespace), "ossUrl" =>
    read_field(oss_url), "sequenceId" => read_field(sequence_id), "source" =>
    read_field(source), "status" => read_field(status), "systemToken" =>
    read_field(system_token), "timeZone" => read_field(time_zone), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for RenderBatchCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::renew_application_authorization_service_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RenewApplicationAuthorizationServiceOrderRequest {
    /// `accessKey`.
    pub access_key: Option<String>,
    /// `callerUnionId`.
    pub caller_union_id: Option<String>,
    /// `endTimeGMT`.
    pub end_time_gmt: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
}
impl RenewApplicationAuthorizationServiceOrderRequest {
    /// An empty `RenewApplicationAuthorizationServiceOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUnionId`.
    pub fn caller_union_id(mut self, value: impl Into<String>) -> Self {
        self.caller_union_id = Some(value.into());
        self
    }
    /// Sets `endTimeGMT`.
    pub fn end_time_gmt(mut self, value: i64) -> Self {
        self.end_time_gmt = Some(value);
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RenewApplicationAuthorizationServiceOrderRequest { "accessKey" =>
    optional(access_key), "callerUnionId" => optional(caller_union_id), "endTimeGMT" =>
    optional(end_time_gmt), "instanceId" => optional(instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RenewApplicationAuthorizationServiceOrderRequest { "accessKey" =>
    read_field(access_key), "callerUnionId" => read_field(caller_union_id), "endTimeGMT"
    => read_field(end_time_gmt), "instanceId" => read_field(instance_id) }
}
impl rt::WriteRequest for RenewApplicationAuthorizationServiceOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::renew_tenant_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RenewTenantOrderRequest {
    /// `accessKey`.
    pub access_key: Option<String>,
    /// `callerUnionId`.
    pub caller_union_id: Option<String>,
    /// `endTimeGMT`.
    pub end_time_gmt: Option<i64>,
}
impl RenewTenantOrderRequest {
    /// An empty `RenewTenantOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUnionId`.
    pub fn caller_union_id(mut self, value: impl Into<String>) -> Self {
        self.caller_union_id = Some(value.into());
        self
    }
    /// Sets `endTimeGMT`.
    pub fn end_time_gmt(mut self, value: i64) -> Self {
        self.end_time_gmt = Some(value);
        self
    }
}
rt::impl_serialize! {
    RenewTenantOrderRequest { "accessKey" => optional(access_key), "callerUnionId" =>
    optional(caller_union_id), "endTimeGMT" => optional(end_time_gmt) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RenewTenantOrderRequest { "accessKey" => read_field(access_key), "callerUnionId" =>
    read_field(caller_union_id), "endTimeGMT" => read_field(end_time_gmt) }
}
impl rt::WriteRequest for RenewTenantOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveFormDataRequest {
    /// `appType`.
    pub app_type: String,
    /// `formDataJson`.
    pub form_data_json: String,
    /// `formUuid`.
    pub form_uuid: String,
    /// `language`.
    pub language: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SaveFormDataRequest`], each named where it is set: `SaveFormDataRequest::new(SaveFormDataRequired { .. })`.
pub struct SaveFormDataRequired {
    /// `appType`: see [`SaveFormDataRequest::app_type`].
    pub app_type: String,
    /// `formDataJson`: see [`SaveFormDataRequest::form_data_json`].
    pub form_data_json: String,
    /// `formUuid`: see [`SaveFormDataRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`SaveFormDataRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`SaveFormDataRequest::user_id`].
    pub user_id: String,
}
impl SaveFormDataRequest {
    /// A `SaveFormDataRequest` with its required fields (`appType`, `formDataJson`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: SaveFormDataRequired) -> Self {
        let SaveFormDataRequired {
            app_type,
            form_data_json,
            form_uuid,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            form_data_json,
            form_uuid,
            language: None,
            system_token,
            user_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SaveFormDataRequest { "appType" => field(app_type), "formDataJson" =>
    field(form_data_json), "formUuid" => field(form_uuid), "language" =>
    optional(language), "systemToken" => field(system_token), "userId" => field(user_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveFormDataRequest { "appType" => read_field(app_type), "formDataJson" =>
    read_field(form_data_json), "formUuid" => read_field(form_uuid), "language" =>
    read_field(language), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SaveFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_form_remark`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveFormRemarkRequest {
    /// `appType`.
    pub app_type: String,
    /// `atUserId`.
    pub at_user_id: Option<String>,
    /// `content`.
    pub content: String,
    /// `env`.
    pub env: Option<String>,
    /// `formInstanceId`.
    pub form_instance_id: String,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `replyId`.
    pub reply_id: Option<i64>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SaveFormRemarkRequest`], each named where it is set: `SaveFormRemarkRequest::new(SaveFormRemarkRequired { .. })`.
pub struct SaveFormRemarkRequired {
    /// `appType`: see [`SaveFormRemarkRequest::app_type`].
    pub app_type: String,
    /// `content`: see [`SaveFormRemarkRequest::content`].
    pub content: String,
    /// `formInstanceId`: see [`SaveFormRemarkRequest::form_instance_id`].
    pub form_instance_id: String,
    /// `systemToken`: see [`SaveFormRemarkRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`SaveFormRemarkRequest::user_id`].
    pub user_id: String,
}
impl SaveFormRemarkRequest {
    /// A `SaveFormRemarkRequest` with its required fields (`appType`, `content`, `formInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: SaveFormRemarkRequired) -> Self {
        let SaveFormRemarkRequired {
            app_type,
            content,
            form_instance_id,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            at_user_id: None,
            content,
            env: None,
            form_instance_id,
            form_uuid: None,
            language: None,
            reply_id: None,
            system_token,
            user_id,
        }
    }
    /// Sets `atUserId`.
    pub fn at_user_id(mut self, value: impl Into<String>) -> Self {
        self.at_user_id = Some(value.into());
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `formUuid`.
    pub fn form_uuid(mut self, value: impl Into<String>) -> Self {
        self.form_uuid = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `replyId`.
    pub fn reply_id(mut self, value: i64) -> Self {
        self.reply_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    SaveFormRemarkRequest { "appType" => field(app_type), "atUserId" =>
    optional(at_user_id), "content" => field(content), "env" => optional(env),
    "formInstanceId" => field(form_instance_id), "formUuid" => optional(form_uuid),
    "language" => optional(language), "replyId" => optional(reply_id), "systemToken" =>
    field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveFormRemarkRequest { "appType" => read_field(app_type), "atUserId" =>
    read_field(at_user_id), "content" => read_field(content), "env" => read_field(env),
    "formInstanceId" => read_field(form_instance_id), "formUuid" =>
    read_field(form_uuid), "language" => read_field(language), "replyId" =>
    read_field(reply_id), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SaveFormRemarkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_print_tpl_detail_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SavePrintTplDetailInfoRequest {
    /// `appType`.
    pub app_type: String,
    /// `description`.
    pub description: Option<String>,
    /// `fileNameConfig`.
    pub file_name_config: Option<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `formVersion`.
    pub form_version: Option<i64>,
    /// `setting`.
    pub setting: Option<String>,
    /// `templateId`.
    pub template_id: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: String,
    /// `vm`.
    pub vm: Option<String>,
}
/// The required fields of [`SavePrintTplDetailInfoRequest`], each named where it is set: `SavePrintTplDetailInfoRequest::new(SavePrintTplDetailInfoRequired { .. })`.
pub struct SavePrintTplDetailInfoRequired {
    /// `appType`: see [`SavePrintTplDetailInfoRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`SavePrintTplDetailInfoRequest::form_uuid`].
    pub form_uuid: String,
    /// `userId`: see [`SavePrintTplDetailInfoRequest::user_id`].
    pub user_id: String,
}
impl SavePrintTplDetailInfoRequest {
    /// A `SavePrintTplDetailInfoRequest` with its required fields (`appType`, `formUuid`, `userId`); set the others with the methods named after them.
    pub fn new(required: SavePrintTplDetailInfoRequired) -> Self {
        let SavePrintTplDetailInfoRequired { app_type, form_uuid, user_id } = required;
        Self {
            app_type,
            description: None,
            file_name_config: None,
            form_uuid,
            form_version: None,
            setting: None,
            template_id: None,
            title: None,
            user_id,
            vm: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `fileNameConfig`.
    pub fn file_name_config(mut self, value: impl Into<String>) -> Self {
        self.file_name_config = Some(value.into());
        self
    }
    /// Sets `formVersion`.
    pub fn form_version(mut self, value: i64) -> Self {
        self.form_version = Some(value);
        self
    }
    /// Sets `setting`.
    pub fn setting(mut self, value: impl Into<String>) -> Self {
        self.setting = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: i64) -> Self {
        self.template_id = Some(value);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `vm`.
    pub fn vm(mut self, value: impl Into<String>) -> Self {
        self.vm = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SavePrintTplDetailInfoRequest { "appType" => field(app_type), "description" =>
    optional(description), "fileNameConfig" => optional(file_name_config), "formUuid" =>
    field(form_uuid), "formVersion" => optional(form_version), "setting" =>
    optional(setting), "templateId" => optional(template_id), "title" => optional(title),
    "userId" => field(user_id), "vm" => optional(vm) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SavePrintTplDetailInfoRequest { "appType" => read_field(app_type), "description" =>
    read_field(description), "fileNameConfig" => read_field(file_name_config), "formUuid"
    => read_field(form_uuid), "formVersion" => read_field(form_version), "setting" =>
    read_field(setting), "templateId" => read_field(template_id), "title" =>
    read_field(title), "userId" => read_field(user_id), "vm" => read_field(vm) }
}
impl rt::WriteRequest for SavePrintTplDetailInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_activation_code`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchActivationCodeRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: String,
}
/// The required fields of [`SearchActivationCodeRequest`], each named where it is set: `SearchActivationCodeRequest::new(SearchActivationCodeRequired { .. })`.
pub struct SearchActivationCodeRequired {
    /// `callerUid`: see [`SearchActivationCodeRequest::caller_uid`].
    pub caller_uid: String,
}
impl SearchActivationCodeRequest {
    /// A `SearchActivationCodeRequest` with its required fields (`callerUid`); set the others with the methods named after them.
    pub fn new(required: SearchActivationCodeRequired) -> Self {
        let SearchActivationCodeRequired { caller_uid } = required;
        Self {
            access_key: None,
            caller_uid,
        }
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchActivationCodeRequest { "accessKey" => read_field(access_key), "callerUid" =>
    read_field(caller_uid) }
}
impl rt::WriteRequest for SearchActivationCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
    }
}
/// The request of [`Api::search_employee_field_values`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchEmployeeFieldValuesRequest {
    /// `appType`.
    pub app_type: Option<String>,
    /// `createFromTimeGMT`.
    pub create_from_time_gmt: Option<String>,
    /// `createToTimeGMT`.
    pub create_to_time_gmt: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `modifiedFromTimeGMT`.
    pub modified_from_time_gmt: Option<String>,
    /// `modifiedToTimeGMT`.
    pub modified_to_time_gmt: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `searchFieldJson`.
    pub search_field_json: Option<String>,
    /// `systemToken`.
    pub system_token: Option<String>,
    /// `targetFieldJson`.
    pub target_field_json: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl SearchEmployeeFieldValuesRequest {
    /// An empty `SearchEmployeeFieldValuesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `formUuid`.
    pub fn form_uuid(mut self, value: impl Into<String>) -> Self {
        self.form_uuid = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `modifiedFromTimeGMT`.
    pub fn modified_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedToTimeGMT`.
    pub fn modified_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `originatorId`.
    pub fn originator_id(mut self, value: impl Into<String>) -> Self {
        self.originator_id = Some(value.into());
        self
    }
    /// Sets `searchFieldJson`.
    pub fn search_field_json(mut self, value: impl Into<String>) -> Self {
        self.search_field_json = Some(value.into());
        self
    }
    /// Sets `systemToken`.
    pub fn system_token(mut self, value: impl Into<String>) -> Self {
        self.system_token = Some(value.into());
        self
    }
    /// Sets `targetFieldJson`.
    pub fn target_field_json(mut self, value: impl Into<String>) -> Self {
        self.target_field_json = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SearchEmployeeFieldValuesRequest { "appType" => optional(app_type),
    "createFromTimeGMT" => optional(create_from_time_gmt), "createToTimeGMT" =>
    optional(create_to_time_gmt), "formUuid" => optional(form_uuid), "language" =>
    optional(language), "modifiedFromTimeGMT" => optional(modified_from_time_gmt),
    "modifiedToTimeGMT" => optional(modified_to_time_gmt), "originatorId" =>
    optional(originator_id), "searchFieldJson" => optional(search_field_json),
    "systemToken" => optional(system_token), "targetFieldJson" =>
    optional(target_field_json), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchEmployeeFieldValuesRequest { "appType" => read_field(app_type),
    "createFromTimeGMT" => read_field(create_from_time_gmt), "createToTimeGMT" =>
    read_field(create_to_time_gmt), "formUuid" => read_field(form_uuid), "language" =>
    read_field(language), "modifiedFromTimeGMT" => read_field(modified_from_time_gmt),
    "modifiedToTimeGMT" => read_field(modified_to_time_gmt), "originatorId" =>
    read_field(originator_id), "searchFieldJson" => read_field(search_field_json),
    "systemToken" => read_field(system_token), "targetFieldJson" =>
    read_field(target_field_json), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SearchEmployeeFieldValuesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_form_data_id_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchFormDataIdListRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `createFromTimeGMT`.
    pub create_from_time_gmt: Option<String>,
    /// `createToTimeGMT`.
    pub create_to_time_gmt: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `modifiedFromTimeGMT`.
    pub modified_from_time_gmt: Option<String>,
    /// `modifiedToTimeGMT`.
    pub modified_to_time_gmt: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `searchFieldJson`.
    pub search_field_json: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SearchFormDataIdListRequest`], each named where it is set: `SearchFormDataIdListRequest::new(SearchFormDataIdListRequired { .. })`.
pub struct SearchFormDataIdListRequired {
    /// `systemToken`: see [`SearchFormDataIdListRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`SearchFormDataIdListRequest::user_id`].
    pub user_id: String,
}
impl SearchFormDataIdListRequest {
    /// A `SearchFormDataIdListRequest` with its required fields (`systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: SearchFormDataIdListRequired) -> Self {
        let SearchFormDataIdListRequired { system_token, user_id } = required;
        Self {
            page_number: None,
            page_size: None,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            language: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            originator_id: None,
            search_field_json: None,
            system_token,
            user_id,
        }
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `modifiedFromTimeGMT`.
    pub fn modified_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedToTimeGMT`.
    pub fn modified_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `originatorId`.
    pub fn originator_id(mut self, value: impl Into<String>) -> Self {
        self.originator_id = Some(value.into());
        self
    }
    /// Sets `searchFieldJson`.
    pub fn search_field_json(mut self, value: impl Into<String>) -> Self {
        self.search_field_json = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SearchFormDataIdListRequest { "createFromTimeGMT" => optional(create_from_time_gmt),
    "createToTimeGMT" => optional(create_to_time_gmt), "language" => optional(language),
    "modifiedFromTimeGMT" => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "originatorId" => optional(originator_id),
    "searchFieldJson" => optional(search_field_json), "systemToken" =>
    field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFormDataIdListRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "language" =>
    read_field(language), "modifiedFromTimeGMT" => read_field(modified_from_time_gmt),
    "modifiedToTimeGMT" => read_field(modified_to_time_gmt), "originatorId" =>
    read_field(originator_id), "searchFieldJson" => read_field(search_field_json),
    "systemToken" => read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SearchFormDataIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.json_body(self);
    }
}
/// The request of [`Api::search_form_data_removal_table_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchFormDataRemovalTableDataRequest {
    /// `appType`.
    pub app_type: String,
    /// `createFromTimeGMT`.
    pub create_from_time_gmt: Option<String>,
    /// `createToTimeGMT`.
    pub create_to_time_gmt: Option<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `modifiedFromTimeGMT`.
    pub modified_from_time_gmt: Option<String>,
    /// `modifiedToTimeGMT`.
    pub modified_to_time_gmt: Option<String>,
    /// `orderConfigJson`.
    pub order_config_json: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `searchFieldJson`.
    pub search_field_json: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SearchFormDataRemovalTableDataRequest`], each named where it is set: `SearchFormDataRemovalTableDataRequest::new(SearchFormDataRemovalTableDataRequired { .. })`.
pub struct SearchFormDataRemovalTableDataRequired {
    /// `appType`: see [`SearchFormDataRemovalTableDataRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`SearchFormDataRemovalTableDataRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`SearchFormDataRemovalTableDataRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`SearchFormDataRemovalTableDataRequest::user_id`].
    pub user_id: String,
}
impl SearchFormDataRemovalTableDataRequest {
    /// A `SearchFormDataRemovalTableDataRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: SearchFormDataRemovalTableDataRequired) -> Self {
        let SearchFormDataRemovalTableDataRequired {
            app_type,
            form_uuid,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            form_uuid,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            page_number: None,
            page_size: None,
            search_field_json: None,
            system_token,
            user_id,
        }
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedFromTimeGMT`.
    pub fn modified_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedToTimeGMT`.
    pub fn modified_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `orderConfigJson`.
    pub fn order_config_json(mut self, value: impl Into<String>) -> Self {
        self.order_config_json = Some(value.into());
        self
    }
    /// Sets `originatorId`.
    pub fn originator_id(mut self, value: impl Into<String>) -> Self {
        self.originator_id = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `searchFieldJson`.
    pub fn search_field_json(mut self, value: impl Into<String>) -> Self {
        self.search_field_json = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SearchFormDataRemovalTableDataRequest { "appType" => field(app_type),
    "createFromTimeGMT" => optional(create_from_time_gmt), "createToTimeGMT" =>
    optional(create_to_time_gmt), "formUuid" => field(form_uuid), "modifiedFromTimeGMT"
    => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "orderConfigJson" => optional(order_config_json),
    "originatorId" => optional(originator_id), "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "searchFieldJson" => optional(search_field_json),
    "systemToken" => field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFormDataRemovalTableDataRequest { "appType" => read_field(app_type),
    "createFromTimeGMT" => read_field(create_from_time_gmt), "createToTimeGMT" =>
    read_field(create_to_time_gmt), "formUuid" => read_field(form_uuid),
    "modifiedFromTimeGMT" => read_field(modified_from_time_gmt), "modifiedToTimeGMT" =>
    read_field(modified_to_time_gmt), "orderConfigJson" => read_field(order_config_json),
    "originatorId" => read_field(originator_id), "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "searchFieldJson" =>
    read_field(search_field_json), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SearchFormDataRemovalTableDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_form_data_second_generation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchFormDataSecondGenerationRequest {
    /// `appType`.
    pub app_type: String,
    /// `createFromTimeGMT`.
    pub create_from_time_gmt: Option<String>,
    /// `createToTimeGMT`.
    pub create_to_time_gmt: Option<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `modifiedFromTimeGMT`.
    pub modified_from_time_gmt: Option<String>,
    /// `modifiedToTimeGMT`.
    pub modified_to_time_gmt: Option<String>,
    /// `orderConfigJson`.
    pub order_config_json: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `searchCondition`.
    pub search_condition: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SearchFormDataSecondGenerationRequest`], each named where it is set: `SearchFormDataSecondGenerationRequest::new(SearchFormDataSecondGenerationRequired { .. })`.
pub struct SearchFormDataSecondGenerationRequired {
    /// `appType`: see [`SearchFormDataSecondGenerationRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`SearchFormDataSecondGenerationRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`SearchFormDataSecondGenerationRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`SearchFormDataSecondGenerationRequest::user_id`].
    pub user_id: String,
}
impl SearchFormDataSecondGenerationRequest {
    /// A `SearchFormDataSecondGenerationRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: SearchFormDataSecondGenerationRequired) -> Self {
        let SearchFormDataSecondGenerationRequired {
            app_type,
            form_uuid,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            form_uuid,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            page_number: None,
            page_size: None,
            search_condition: None,
            system_token,
            user_id,
        }
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedFromTimeGMT`.
    pub fn modified_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedToTimeGMT`.
    pub fn modified_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `orderConfigJson`.
    pub fn order_config_json(mut self, value: impl Into<String>) -> Self {
        self.order_config_json = Some(value.into());
        self
    }
    /// Sets `originatorId`.
    pub fn originator_id(mut self, value: impl Into<String>) -> Self {
        self.originator_id = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `searchCondition`.
    pub fn search_condition(mut self, value: impl Into<String>) -> Self {
        self.search_condition = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SearchFormDataSecondGenerationRequest { "appType" => field(app_type),
    "createFromTimeGMT" => optional(create_from_time_gmt), "createToTimeGMT" =>
    optional(create_to_time_gmt), "formUuid" => field(form_uuid), "modifiedFromTimeGMT"
    => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "orderConfigJson" => optional(order_config_json),
    "originatorId" => optional(originator_id), "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "searchCondition" => optional(search_condition),
    "systemToken" => field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFormDataSecondGenerationRequest { "appType" => read_field(app_type),
    "createFromTimeGMT" => read_field(create_from_time_gmt), "createToTimeGMT" =>
    read_field(create_to_time_gmt), "formUuid" => read_field(form_uuid),
    "modifiedFromTimeGMT" => read_field(modified_from_time_gmt), "modifiedToTimeGMT" =>
    read_field(modified_to_time_gmt), "orderConfigJson" => read_field(order_config_json),
    "originatorId" => read_field(originator_id), "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "searchCondition" =>
    read_field(search_condition), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SearchFormDataSecondGenerationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_form_data_second_generation_no_table_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchFormDataSecondGenerationNoTableFieldRequest {
    /// `appType`.
    pub app_type: String,
    /// `createFromTimeGMT`.
    pub create_from_time_gmt: Option<String>,
    /// `createToTimeGMT`.
    pub create_to_time_gmt: Option<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `modifiedFromTimeGMT`.
    pub modified_from_time_gmt: Option<String>,
    /// `modifiedToTimeGMT`.
    pub modified_to_time_gmt: Option<String>,
    /// `orderConfigJson`.
    pub order_config_json: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `searchCondition`.
    pub search_condition: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SearchFormDataSecondGenerationNoTableFieldRequest`], each named where it is set: `SearchFormDataSecondGenerationNoTableFieldRequest::new(SearchFormDataSecondGenerationNoTableFieldRequired { .. })`.
pub struct SearchFormDataSecondGenerationNoTableFieldRequired {
    /// `appType`: see [`SearchFormDataSecondGenerationNoTableFieldRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`SearchFormDataSecondGenerationNoTableFieldRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`SearchFormDataSecondGenerationNoTableFieldRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`SearchFormDataSecondGenerationNoTableFieldRequest::user_id`].
    pub user_id: String,
}
impl SearchFormDataSecondGenerationNoTableFieldRequest {
    /// A `SearchFormDataSecondGenerationNoTableFieldRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: SearchFormDataSecondGenerationNoTableFieldRequired) -> Self {
        let SearchFormDataSecondGenerationNoTableFieldRequired {
            app_type,
            form_uuid,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            form_uuid,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            page_number: None,
            page_size: None,
            search_condition: None,
            system_token,
            user_id,
        }
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedFromTimeGMT`.
    pub fn modified_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedToTimeGMT`.
    pub fn modified_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `orderConfigJson`.
    pub fn order_config_json(mut self, value: impl Into<String>) -> Self {
        self.order_config_json = Some(value.into());
        self
    }
    /// Sets `originatorId`.
    pub fn originator_id(mut self, value: impl Into<String>) -> Self {
        self.originator_id = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `searchCondition`.
    pub fn search_condition(mut self, value: impl Into<String>) -> Self {
        self.search_condition = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SearchFormDataSecondGenerationNoTableFieldRequest { "appType" => field(app_type),
    "createFromTimeGMT" => optional(create_from_time_gmt), "createToTimeGMT" =>
    optional(create_to_time_gmt), "formUuid" => field(form_uuid), "modifiedFromTimeGMT"
    => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "orderConfigJson" => optional(order_config_json),
    "originatorId" => optional(originator_id), "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "searchCondition" => optional(search_condition),
    "systemToken" => field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFormDataSecondGenerationNoTableFieldRequest { "appType" =>
    read_field(app_type), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "formUuid" =>
    read_field(form_uuid), "modifiedFromTimeGMT" => read_field(modified_from_time_gmt),
    "modifiedToTimeGMT" => read_field(modified_to_time_gmt), "orderConfigJson" =>
    read_field(order_config_json), "originatorId" => read_field(originator_id),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "searchCondition" => read_field(search_condition), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SearchFormDataSecondGenerationNoTableFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_form_datas`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchFormDatasRequest {
    /// `appType`.
    pub app_type: String,
    /// `createFromTimeGMT`.
    pub create_from_time_gmt: Option<String>,
    /// `createToTimeGMT`.
    pub create_to_time_gmt: Option<String>,
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `dynamicOrder`.
    pub dynamic_order: Option<String>,
    /// `env`.
    pub env: Option<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `language`.
    pub language: Option<String>,
    /// `logicOperator`.
    pub logic_operator: Option<String>,
    /// `modifiedFromTimeGMT`.
    pub modified_from_time_gmt: Option<String>,
    /// `modifiedToTimeGMT`.
    pub modified_to_time_gmt: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `searchFieldJson`.
    pub search_field_json: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SearchFormDatasRequest`], each named where it is set: `SearchFormDatasRequest::new(SearchFormDatasRequired { .. })`.
pub struct SearchFormDatasRequired {
    /// `appType`: see [`SearchFormDatasRequest::app_type`].
    pub app_type: String,
    /// `formUuid`: see [`SearchFormDatasRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`SearchFormDatasRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`SearchFormDatasRequest::user_id`].
    pub user_id: String,
}
impl SearchFormDatasRequest {
    /// A `SearchFormDatasRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: SearchFormDatasRequired) -> Self {
        let SearchFormDatasRequired { app_type, form_uuid, system_token, user_id } = required;
        Self {
            app_type,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            current_page: None,
            dynamic_order: None,
            env: None,
            form_uuid,
            language: None,
            logic_operator: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            originator_id: None,
            page_size: None,
            search_field_json: None,
            system_token,
            user_id,
        }
    }
    /// Sets `createFromTimeGMT`.
    pub fn create_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `createToTimeGMT`.
    pub fn create_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.create_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `currentPage`.
    pub fn current_page(mut self, value: i64) -> Self {
        self.current_page = Some(value);
        self
    }
    /// Sets `dynamicOrder`.
    pub fn dynamic_order(mut self, value: impl Into<String>) -> Self {
        self.dynamic_order = Some(value.into());
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `logicOperator`.
    pub fn logic_operator(mut self, value: impl Into<String>) -> Self {
        self.logic_operator = Some(value.into());
        self
    }
    /// Sets `modifiedFromTimeGMT`.
    pub fn modified_from_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_from_time_gmt = Some(value.into());
        self
    }
    /// Sets `modifiedToTimeGMT`.
    pub fn modified_to_time_gmt(mut self, value: impl Into<String>) -> Self {
        self.modified_to_time_gmt = Some(value.into());
        self
    }
    /// Sets `originatorId`.
    pub fn originator_id(mut self, value: impl Into<String>) -> Self {
        self.originator_id = Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `searchFieldJson`.
    pub fn search_field_json(mut self, value: impl Into<String>) -> Self {
        self.search_field_json = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SearchFormDatasRequest { "appType" => field(app_type), "createFromTimeGMT" =>
    optional(create_from_time_gmt), "createToTimeGMT" => optional(create_to_time_gmt),
    "currentPage" => optional(current_page), "dynamicOrder" => optional(dynamic_order),
    "env" => optional(env), "formUuid" => field(form_uuid), "language" =>
    optional(language), "logicOperator" => optional(logic_operator),
    "modifiedFromTimeGMT" => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "originatorId" => optional(originator_id), "pageSize"
    => optional(page_size), "searchFieldJson" => optional(search_field_json),
    "systemToken" => field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFormDatasRequest { "appType" => read_field(app_type), "createFromTimeGMT" =>
    read_field(create_from_time_gmt), "createToTimeGMT" =>
    read_field(create_to_time_gmt), "currentPage" => read_field(current_page),
    "dynamicOrder" => read_field(dynamic_order), "env" => read_field(env), "formUuid" =>
    read_field(form_uuid), "language" => read_field(language), "logicOperator" =>
    read_field(logic_operator), "modifiedFromTimeGMT" =>
    read_field(modified_from_time_gmt), "modifiedToTimeGMT" =>
    read_field(modified_to_time_gmt), "originatorId" => read_field(originator_id),
    "pageSize" => read_field(page_size), "searchFieldJson" =>
    read_field(search_field_json), "systemToken" => read_field(system_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SearchFormDatasRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::start_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct StartInstanceRequest {
    /// `appType`.
    pub app_type: String,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `formDataJson`.
    pub form_data_json: String,
    /// `formUuid`.
    pub form_uuid: String,
    /// `language`.
    pub language: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processData`.
    pub process_data: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`StartInstanceRequest`], each named where it is set: `StartInstanceRequest::new(StartInstanceRequired { .. })`.
pub struct StartInstanceRequired {
    /// `appType`: see [`StartInstanceRequest::app_type`].
    pub app_type: String,
    /// `formDataJson`: see [`StartInstanceRequest::form_data_json`].
    pub form_data_json: String,
    /// `formUuid`: see [`StartInstanceRequest::form_uuid`].
    pub form_uuid: String,
    /// `systemToken`: see [`StartInstanceRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`StartInstanceRequest::user_id`].
    pub user_id: String,
}
impl StartInstanceRequest {
    /// A `StartInstanceRequest` with its required fields (`appType`, `formDataJson`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: StartInstanceRequired) -> Self {
        let StartInstanceRequired {
            app_type,
            form_data_json,
            form_uuid,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            department_id: None,
            form_data_json,
            form_uuid,
            language: None,
            process_code: None,
            process_data: None,
            system_token,
            user_id,
        }
    }
    /// Sets `departmentId`.
    pub fn department_id(mut self, value: impl Into<String>) -> Self {
        self.department_id = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
    /// Sets `processData`.
    pub fn process_data(mut self, value: impl Into<String>) -> Self {
        self.process_data = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    StartInstanceRequest { "appType" => field(app_type), "departmentId" =>
    optional(department_id), "formDataJson" => field(form_data_json), "formUuid" =>
    field(form_uuid), "language" => optional(language), "processCode" =>
    optional(process_code), "processData" => optional(process_data), "systemToken" =>
    field(system_token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StartInstanceRequest { "appType" => read_field(app_type), "departmentId" =>
    read_field(department_id), "formDataJson" => read_field(form_data_json), "formUuid"
    => read_field(form_uuid), "language" => read_field(language), "processCode" =>
    read_field(process_code), "processData" => read_field(process_data), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for StartInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::terminate_cloud_authorization`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TerminateCloudAuthorizationRequest {
    /// `accessKey`.
    pub access_key: Option<String>,
    /// `callerUnionId`.
    pub caller_union_id: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
}
impl TerminateCloudAuthorizationRequest {
    /// An empty `TerminateCloudAuthorizationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUnionId`.
    pub fn caller_union_id(mut self, value: impl Into<String>) -> Self {
        self.caller_union_id = Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TerminateCloudAuthorizationRequest { "accessKey" => optional(access_key),
    "callerUnionId" => optional(caller_union_id), "instanceId" => optional(instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TerminateCloudAuthorizationRequest { "accessKey" => read_field(access_key),
    "callerUnionId" => read_field(caller_union_id), "instanceId" =>
    read_field(instance_id) }
}
impl rt::WriteRequest for TerminateCloudAuthorizationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::terminate_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TerminateInstanceRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`TerminateInstanceRequest`], each named where it is set: `TerminateInstanceRequest::new(TerminateInstanceRequired { .. })`.
pub struct TerminateInstanceRequired {
    /// `appType`: see [`TerminateInstanceRequest::app_type`].
    pub app_type: String,
    /// `processInstanceId`: see [`TerminateInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `systemToken`: see [`TerminateInstanceRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`TerminateInstanceRequest::user_id`].
    pub user_id: String,
}
impl TerminateInstanceRequest {
    /// A `TerminateInstanceRequest` with its required fields (`appType`, `processInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: TerminateInstanceRequired) -> Self {
        let TerminateInstanceRequired {
            app_type,
            process_instance_id,
            system_token,
            user_id,
        } = required;
        Self {
            app_type,
            env: None,
            language: None,
            process_instance_id,
            system_token,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TerminateInstanceRequest { "appType" => read_field(app_type), "env" =>
    read_field(env), "language" => read_field(language), "processInstanceId" =>
    read_field(process_instance_id), "systemToken" => read_field(system_token), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for TerminateInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("env", &self.env);
        writer.query("language", &self.language);
        writer.query("processInstanceId", &self.process_instance_id);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_cloud_account_information`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCloudAccountInformationRequest {
    /// `accessKey`.
    pub access_key: Option<String>,
    /// `accountNumber`.
    pub account_number: Option<String>,
    /// `callerUnionId`.
    pub caller_union_id: Option<String>,
    /// `commodityType`.
    pub commodity_type: Option<String>,
}
impl UpdateCloudAccountInformationRequest {
    /// An empty `UpdateCloudAccountInformationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `accountNumber`.
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }
    /// Sets `callerUnionId`.
    pub fn caller_union_id(mut self, value: impl Into<String>) -> Self {
        self.caller_union_id = Some(value.into());
        self
    }
    /// Sets `commodityType`.
    pub fn commodity_type(mut self, value: impl Into<String>) -> Self {
        self.commodity_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateCloudAccountInformationRequest { "accessKey" => optional(access_key),
    "accountNumber" => optional(account_number), "callerUnionId" =>
    optional(caller_union_id), "commodityType" => optional(commodity_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCloudAccountInformationRequest { "accessKey" => read_field(access_key),
    "accountNumber" => read_field(account_number), "callerUnionId" =>
    read_field(caller_union_id), "commodityType" => read_field(commodity_type) }
}
impl rt::WriteRequest for UpdateCloudAccountInformationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFormDataRequest {
    /// `appType`.
    pub app_type: Option<String>,
    /// `env`.
    pub env: Option<String>,
    /// `formInstanceId`.
    pub form_instance_id: String,
    /// `language`.
    pub language: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `updateFormDataJson`.
    pub update_form_data_json: String,
    /// `useLatestVersion`.
    pub use_latest_version: Option<bool>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateFormDataRequest`], each named where it is set: `UpdateFormDataRequest::new(UpdateFormDataRequired { .. })`.
pub struct UpdateFormDataRequired {
    /// `formInstanceId`: see [`UpdateFormDataRequest::form_instance_id`].
    pub form_instance_id: String,
    /// `systemToken`: see [`UpdateFormDataRequest::system_token`].
    pub system_token: String,
    /// `updateFormDataJson`: see [`UpdateFormDataRequest::update_form_data_json`].
    pub update_form_data_json: String,
    /// `userId`: see [`UpdateFormDataRequest::user_id`].
    pub user_id: String,
}
impl UpdateFormDataRequest {
    /// A `UpdateFormDataRequest` with its required fields (`formInstanceId`, `systemToken`, `updateFormDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateFormDataRequired) -> Self {
        let UpdateFormDataRequired {
            form_instance_id,
            system_token,
            update_form_data_json,
            user_id,
        } = required;
        Self {
            app_type: None,
            env: None,
            form_instance_id,
            language: None,
            system_token,
            update_form_data_json,
            use_latest_version: None,
            user_id,
        }
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `useLatestVersion`.
    pub fn use_latest_version(mut self, value: bool) -> Self {
        self.use_latest_version = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateFormDataRequest { "appType" => optional(app_type), "env" => optional(env),
    "formInstanceId" => field(form_instance_id), "language" => optional(language),
    "systemToken" => field(system_token), "updateFormDataJson" =>
    field(update_form_data_json), "useLatestVersion" => optional(use_latest_version),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFormDataRequest { "appType" => read_field(app_type), "env" => read_field(env),
    "formInstanceId" => read_field(form_instance_id), "language" => read_field(language),
    "systemToken" => read_field(system_token), "updateFormDataJson" =>
    read_field(update_form_data_json), "useLatestVersion" =>
    read_field(use_latest_version), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateInstanceRequest {
    /// `appType`.
    pub app_type: String,
    /// `language`.
    pub language: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `systemToken`.
    pub system_token: String,
    /// `updateFormDataJson`.
    pub update_form_data_json: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateInstanceRequest`], each named where it is set: `UpdateInstanceRequest::new(UpdateInstanceRequired { .. })`.
pub struct UpdateInstanceRequired {
    /// `appType`: see [`UpdateInstanceRequest::app_type`].
    pub app_type: String,
    /// `processInstanceId`: see [`UpdateInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `systemToken`: see [`UpdateInstanceRequest::system_token`].
    pub system_token: String,
    /// `updateFormDataJson`: see [`UpdateInstanceRequest::update_form_data_json`].
    pub update_form_data_json: String,
    /// `userId`: see [`UpdateInstanceRequest::user_id`].
    pub user_id: String,
}
impl UpdateInstanceRequest {
    /// A `UpdateInstanceRequest` with its required fields (`appType`, `processInstanceId`, `systemToken`, `updateFormDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateInstanceRequired) -> Self {
        let UpdateInstanceRequired {
            app_type,
            process_instance_id,
            system_token,
            update_form_data_json,
            user_id,
        } = required;
        Self {
            app_type,
            language: None,
            process_instance_id,
            system_token,
            update_form_data_json,
            user_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInstanceRequest { "appType" => field(app_type), "language" =>
    optional(language), "processInstanceId" => field(process_instance_id), "systemToken"
    => field(system_token), "updateFormDataJson" => field(update_form_data_json),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInstanceRequest { "appType" => read_field(app_type), "language" =>
    read_field(language), "processInstanceId" => read_field(process_instance_id),
    "systemToken" => read_field(system_token), "updateFormDataJson" =>
    read_field(update_form_data_json), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateStatusRequest {
    /// `appType`.
    pub app_type: Option<String>,
    /// `errorLines`.
    pub error_lines: Option<Vec<i64>>,
    /// `importSequence`.
    pub import_sequence: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `systemToken`.
    pub system_token: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl UpdateStatusRequest {
    /// An empty `UpdateStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
        self
    }
    /// Sets `errorLines`.
    pub fn error_lines(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.error_lines = Some(value.into_iter().collect());
        self
    }
    /// Sets `importSequence`.
    pub fn import_sequence(mut self, value: impl Into<String>) -> Self {
        self.import_sequence = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `systemToken`.
    pub fn system_token(mut self, value: impl Into<String>) -> Self {
        self.system_token = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateStatusRequest { "appType" => optional(app_type), "errorLines" =>
    optional(error_lines), "importSequence" => optional(import_sequence), "language" =>
    optional(language), "status" => optional(status), "systemToken" =>
    optional(system_token), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateStatusRequest { "appType" => read_field(app_type), "errorLines" =>
    read_field(error_lines), "importSequence" => read_field(import_sequence), "language"
    => read_field(language), "status" => read_field(status), "systemToken" =>
    read_field(system_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_tenant_information`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpgradeTenantInformationRequest {
    /// `accessKey`.
    pub access_key: Option<String>,
    /// `accountNumber`.
    pub account_number: Option<String>,
    /// `callerUnionId`.
    pub caller_union_id: Option<String>,
    /// `commodityType`.
    pub commodity_type: Option<String>,
}
impl UpgradeTenantInformationRequest {
    /// An empty `UpgradeTenantInformationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `accountNumber`.
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }
    /// Sets `callerUnionId`.
    pub fn caller_union_id(mut self, value: impl Into<String>) -> Self {
        self.caller_union_id = Some(value.into());
        self
    }
    /// Sets `commodityType`.
    pub fn commodity_type(mut self, value: impl Into<String>) -> Self {
        self.commodity_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpgradeTenantInformationRequest { "accessKey" => optional(access_key),
    "accountNumber" => optional(account_number), "callerUnionId" =>
    optional(caller_union_id), "commodityType" => optional(commodity_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpgradeTenantInformationRequest { "accessKey" => read_field(access_key),
    "accountNumber" => read_field(account_number), "callerUnionId" =>
    read_field(caller_union_id), "commodityType" => read_field(commodity_type) }
}
impl rt::WriteRequest for UpgradeTenantInformationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::validate_application_authorization_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ValidateApplicationAuthorizationOrderRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUnionId`: a query parameter.
    pub caller_union_id: Option<String>,
}
impl ValidateApplicationAuthorizationOrderRequest {
    /// An empty `ValidateApplicationAuthorizationOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUnionId`.
    pub fn caller_union_id(mut self, value: impl Into<String>) -> Self {
        self.caller_union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ValidateApplicationAuthorizationOrderRequest { "accessKey" => read_field(access_key),
    "callerUnionId" => read_field(caller_union_id) }
}
impl rt::WriteRequest for ValidateApplicationAuthorizationOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUnionId", &self.caller_union_id);
    }
}
/// The request of [`Api::validate_application_authorization_service_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ValidateApplicationAuthorizationServiceOrderRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
}
impl ValidateApplicationAuthorizationServiceOrderRequest {
    /// An empty `ValidateApplicationAuthorizationServiceOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ValidateApplicationAuthorizationServiceOrderRequest { "accessKey" =>
    read_field(access_key) }
}
impl rt::WriteRequest for ValidateApplicationAuthorizationServiceOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
    }
}
/// The request of [`Api::validate_application_service_order_upgrade`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ValidateApplicationServiceOrderUpgradeRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
}
impl ValidateApplicationServiceOrderUpgradeRequest {
    /// An empty `ValidateApplicationServiceOrderUpgradeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ValidateApplicationServiceOrderUpgradeRequest { "accessKey" => read_field(access_key)
    }
}
impl rt::WriteRequest for ValidateApplicationServiceOrderUpgradeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
    }
}
/// The request of [`Api::validate_order_buy`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ValidateOrderBuyRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
}
impl ValidateOrderBuyRequest {
    /// An empty `ValidateOrderBuyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ValidateOrderBuyRequest { "accessKey" => read_field(access_key), "callerUid" =>
    read_field(caller_uid) }
}
impl rt::WriteRequest for ValidateOrderBuyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
    }
}
/// The request of [`Api::validate_order_update`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ValidateOrderUpdateRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
}
impl ValidateOrderUpdateRequest {
    /// An empty `ValidateOrderUpdateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ValidateOrderUpdateRequest { "accessKey" => read_field(access_key), "callerUid" =>
    read_field(caller_uid) }
}
impl rt::WriteRequest for ValidateOrderUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
    }
}
/// The request of [`Api::validate_order_upgrade`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ValidateOrderUpgradeRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: Option<String>,
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
}
impl ValidateOrderUpgradeRequest {
    /// An empty `ValidateOrderUpgradeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `callerUid`.
    pub fn caller_uid(mut self, value: impl Into<String>) -> Self {
        self.caller_uid = Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ValidateOrderUpgradeRequest { "accessKey" => read_field(access_key), "callerUid" =>
    read_field(caller_uid), "instanceId" => read_field(instance_id) }
}
impl rt::WriteRequest for ValidateOrderUpgradeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
        writer.query("callerUid", &self.caller_uid);
        writer.query("instanceId", &self.instance_id);
    }
}
/// An error reply of [`Api::app_login_code_gen`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppLoginCodeGenError = rt::ServiceError;
/// An error reply of [`Api::batch_get_form_data_by_id_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchGetFormDataByIdListError = rt::ServiceError;
/// An error reply of [`Api::batch_removal_by_form_instance_id_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchRemovalByFormInstanceIdListError = rt::ServiceError;
/// An error reply of [`Api::batch_save_form_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchSaveFormDataError = rt::ServiceError;
/// An error reply of [`Api::batch_update_form_data_by_instance_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateFormDataByInstanceIdError = rt::ServiceError;
/// An error reply of [`Api::batch_update_form_data_by_instance_map`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateFormDataByInstanceMapError = rt::ServiceError;
/// An error reply of [`Api::buy_authorization_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BuyAuthorizationOrderError = rt::ServiceError;
/// An error reply of [`Api::buy_fresh_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BuyFreshOrderError = rt::ServiceError;
/// An error reply of [`Api::check_cloud_account_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckCloudAccountStatusError = rt::ServiceError;
/// An error reply of [`Api::create_or_update_form_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateOrUpdateFormDataError = rt::ServiceError;
/// An error reply of [`Api::delete_form_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteFormDataError = rt::ServiceError;
/// An error reply of [`Api::delete_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteInstanceError = rt::ServiceError;
/// An error reply of [`Api::delete_sequence`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteSequenceError = rt::ServiceError;
/// An error reply of [`Api::deploy_function_callback`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeployFunctionCallbackError = rt::ServiceError;
/// An error reply of [`Api::execute_batch_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExecuteBatchTaskError = rt::ServiceError;
/// An error reply of [`Api::execute_custom_api`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExecuteCustomApiError = rt::ServiceError;
/// An error reply of [`Api::execute_platform_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExecutePlatformTaskError = rt::ServiceError;
/// An error reply of [`Api::execute_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExecuteTaskError = rt::ServiceError;
/// An error reply of [`Api::expire_commodity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExpireCommodityError = rt::ServiceError;
/// An error reply of [`Api::get_activation_code_by_caller_union_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetActivationCodeByCallerUnionIdError = rt::ServiceError;
/// An error reply of [`Api::get_activity_button_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetActivityButtonListError = rt::ServiceError;
/// An error reply of [`Api::get_activity_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetActivityListError = rt::ServiceError;
/// An error reply of [`Api::get_all_auth_cubes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllAuthCubesError = rt::ServiceError;
/// An error reply of [`Api::get_application_authorization_service_platform_resource`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetApplicationAuthorizationServicePlatformResourceError = rt::ServiceError;
/// An error reply of [`Api::get_auto_flow_log_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAutoFlowLogDetailError = rt::ServiceError;
/// An error reply of [`Api::get_corp_accomplishment_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCorpAccomplishmentTasksError = rt::ServiceError;
/// An error reply of [`Api::get_corp_level_by_account_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCorpLevelByAccountIdError = rt::ServiceError;
/// An error reply of [`Api::get_corp_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCorpTasksError = rt::ServiceError;
/// An error reply of [`Api::get_db_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDbConfigError = rt::ServiceError;
/// An error reply of [`Api::get_field_def_by_uuid`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFieldDefByUuidError = rt::ServiceError;
/// An error reply of [`Api::get_form_component_definition_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFormComponentDefinitionListError = rt::ServiceError;
/// An error reply of [`Api::get_form_data_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFormDataByIDError = rt::ServiceError;
/// An error reply of [`Api::get_form_list_in_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFormListInAppError = rt::ServiceError;
/// An error reply of [`Api::get_instance_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInstanceByIdError = rt::ServiceError;
/// An error reply of [`Api::get_instance_id_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInstanceIdListError = rt::ServiceError;
/// An error reply of [`Api::get_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInstancesError = rt::ServiceError;
/// An error reply of [`Api::get_instances_by_id_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInstancesByIdListError = rt::ServiceError;
/// An error reply of [`Api::get_me_corp_submission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMeCorpSubmissionError = rt::ServiceError;
/// An error reply of [`Api::get_notify_me`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetNotifyMeError = rt::ServiceError;
/// An error reply of [`Api::get_open_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOpenUrlError = rt::ServiceError;
/// An error reply of [`Api::get_operation_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOperationRecordsError = rt::ServiceError;
/// An error reply of [`Api::get_platform_resource`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPlatformResourceError = rt::ServiceError;
/// An error reply of [`Api::get_print_app_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPrintAppInfoError = rt::ServiceError;
/// An error reply of [`Api::get_print_dictionary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPrintDictionaryError = rt::ServiceError;
/// An error reply of [`Api::get_process_definition`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProcessDefinitionError = rt::ServiceError;
/// An error reply of [`Api::get_process_design`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProcessDesignError = rt::ServiceError;
/// An error reply of [`Api::get_process_design_by_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProcessDesignByCodeError = rt::ServiceError;
/// An error reply of [`Api::get_running_task_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRunningTaskListError = rt::ServiceError;
/// An error reply of [`Api::get_running_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRunningTasksError = rt::ServiceError;
/// An error reply of [`Api::get_sale_user_info_by_user_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSaleUserInfoByUserIdError = rt::ServiceError;
/// An error reply of [`Api::get_simple_cube_model_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSimpleCubeModelListError = rt::ServiceError;
/// An error reply of [`Api::get_task_copies`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTaskCopiesError = rt::ServiceError;
/// An error reply of [`Api::list_application`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListApplicationError = rt::ServiceError;
/// An error reply of [`Api::list_application_authorization_service_application_information`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListApplicationAuthorizationServiceApplicationInformationError = rt::ServiceError;
/// An error reply of [`Api::list_application_authorization_service_connector_information`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListApplicationAuthorizationServiceConnectorInformationError = rt::ServiceError;
/// An error reply of [`Api::list_application_information`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListApplicationInformationError = rt::ServiceError;
/// An error reply of [`Api::list_commodity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListCommodityError = rt::ServiceError;
/// An error reply of [`Api::list_connector_information`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListConnectorInformationError = rt::ServiceError;
/// An error reply of [`Api::list_form_remarks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListFormRemarksError = rt::ServiceError;
/// An error reply of [`Api::list_navigation_by_form_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListNavigationByFormTypeError = rt::ServiceError;
/// An error reply of [`Api::list_operation_logs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListOperationLogsError = rt::ServiceError;
/// An error reply of [`Api::list_table_data_by_form_instance_id_table_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListTableDataByFormInstanceIdTableIdError = rt::ServiceError;
/// An error reply of [`Api::login_code_gen`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LoginCodeGenError = rt::ServiceError;
/// An error reply of [`Api::notify_authorization_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NotifyAuthorizationResultError = rt::ServiceError;
/// An error reply of [`Api::page_auto_flow_log`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageAutoFlowLogError = rt::ServiceError;
/// An error reply of [`Api::page_form_base_infos`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageFormBaseInfosError = rt::ServiceError;
/// An error reply of [`Api::preview_published_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PreviewPublishedProcessError = rt::ServiceError;
/// An error reply of [`Api::query_service_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryServiceRecordError = rt::ServiceError;
/// An error reply of [`Api::redirect_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RedirectTaskError = rt::ServiceError;
/// An error reply of [`Api::refund_commodity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RefundCommodityError = rt::ServiceError;
/// An error reply of [`Api::register_accounts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterAccountsError = rt::ServiceError;
/// An error reply of [`Api::release_commodity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReleaseCommodityError = rt::ServiceError;
/// An error reply of [`Api::remove_tenant_resource`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveTenantResourceError = rt::ServiceError;
/// An error reply of [`Api::render_batch_callback`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RenderBatchCallbackError = rt::ServiceError;
/// An error reply of [`Api::renew_application_authorization_service_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RenewApplicationAuthorizationServiceOrderError = rt::ServiceError;
/// An error reply of [`Api::renew_tenant_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RenewTenantOrderError = rt::ServiceError;
/// An error reply of [`Api::save_form_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveFormDataError = rt::ServiceError;
/// An error reply of [`Api::save_form_remark`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveFormRemarkError = rt::ServiceError;
/// An error reply of [`Api::save_print_tpl_detail_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SavePrintTplDetailInfoError = rt::ServiceError;
/// An error reply of [`Api::search_activation_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchActivationCodeError = rt::ServiceError;
/// An error reply of [`Api::search_employee_field_values`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchEmployeeFieldValuesError = rt::ServiceError;
/// An error reply of [`Api::search_form_data_id_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFormDataIdListError = rt::ServiceError;
/// An error reply of [`Api::search_form_data_removal_table_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFormDataRemovalTableDataError = rt::ServiceError;
/// An error reply of [`Api::search_form_data_second_generation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFormDataSecondGenerationError = rt::ServiceError;
/// An error reply of [`Api::search_form_data_second_generation_no_table_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFormDataSecondGenerationNoTableFieldError = rt::ServiceError;
/// An error reply of [`Api::search_form_datas`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFormDatasError = rt::ServiceError;
/// An error reply of [`Api::start_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StartInstanceError = rt::ServiceError;
/// An error reply of [`Api::terminate_cloud_authorization`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TerminateCloudAuthorizationError = rt::ServiceError;
/// An error reply of [`Api::terminate_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TerminateInstanceError = rt::ServiceError;
/// An error reply of [`Api::update_cloud_account_information`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCloudAccountInformationError = rt::ServiceError;
/// An error reply of [`Api::update_form_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFormDataError = rt::ServiceError;
/// An error reply of [`Api::update_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInstanceError = rt::ServiceError;
/// An error reply of [`Api::update_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateStatusError = rt::ServiceError;
/// An error reply of [`Api::upgrade_tenant_information`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpgradeTenantInformationError = rt::ServiceError;
/// An error reply of [`Api::validate_application_authorization_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ValidateApplicationAuthorizationOrderError = rt::ServiceError;
/// An error reply of [`Api::validate_application_authorization_service_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ValidateApplicationAuthorizationServiceOrderError = rt::ServiceError;
/// An error reply of [`Api::validate_application_service_order_upgrade`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ValidateApplicationServiceOrderUpgradeError = rt::ServiceError;
/// An error reply of [`Api::validate_order_buy`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ValidateOrderBuyError = rt::ServiceError;
/// An error reply of [`Api::validate_order_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ValidateOrderUpdateError = rt::ServiceError;
/// An error reply of [`Api::validate_order_upgrade`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ValidateOrderUpgradeError = rt::ServiceError;
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
        "AppLoginCodeGen" => {
            rt::conformance::reply(api.app_login_code_gen(&inputs.request(true)?)).await
        }
        "BatchGetFormDataByIdList" => {
            rt::conformance::reply(
                    api.batch_get_form_data_by_id_list(&inputs.request(true)?),
                )
                .await
        }
        "BatchRemovalByFormInstanceIdList" => {
            rt::conformance::reply(
                    api.batch_removal_by_form_instance_id_list(&inputs.request(true)?),
                )
                .await
        }
        "BatchSaveFormData" => {
            rt::conformance::reply(api.batch_save_form_data(&inputs.request(true)?))
                .await
        }
        "BatchUpdateFormDataByInstanceId" => {
            rt::conformance::reply(
                    api.batch_update_form_data_by_instance_id(&inputs.request(true)?),
                )
                .await
        }
        "BatchUpdateFormDataByInstanceMap" => {
            rt::conformance::reply(
                    api.batch_update_form_data_by_instance_map(&inputs.request(true)?),
                )
                .await
        }
        "BuyAuthorizationOrder" => {
            rt::conformance::reply(api.buy_authorization_order(&inputs.request(true)?))
                .await
        }
        "BuyFreshOrder" => {
            rt::conformance::reply(api.buy_fresh_order(&inputs.request(true)?)).await
        }
        "CheckCloudAccountStatus" => {
            rt::conformance::reply(
                    api
                        .check_cloud_account_status(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "CreateOrUpdateFormData" => {
            rt::conformance::reply(
                    api.create_or_update_form_data(&inputs.request(true)?),
                )
                .await
        }
        "DeleteFormData" => {
            rt::conformance::reply(api.delete_form_data(&inputs.request(false)?)).await
        }
        "DeleteInstance" => {
            rt::conformance::reply(api.delete_instance(&inputs.request(false)?)).await
        }
        "DeleteSequence" => {
            rt::conformance::reply(api.delete_sequence(&inputs.request(false)?)).await
        }
        "DeployFunctionCallback" => {
            rt::conformance::reply(api.deploy_function_callback(&inputs.request(true)?))
                .await
        }
        "ExecuteBatchTask" => {
            rt::conformance::reply(api.execute_batch_task(&inputs.request(true)?)).await
        }
        "ExecuteCustomApi" => {
            rt::conformance::reply(api.execute_custom_api(&inputs.request(false)?)).await
        }
        "ExecutePlatformTask" => {
            rt::conformance::reply(api.execute_platform_task(&inputs.request(true)?))
                .await
        }
        "ExecuteTask" => {
            rt::conformance::reply(api.execute_task(&inputs.request(true)?)).await
        }
        "ExpireCommodity" => {
            rt::conformance::reply(api.expire_commodity(&inputs.request(false)?)).await
        }
        "GetActivationCodeByCallerUnionId" => {
            rt::conformance::reply(
                    api
                        .get_activation_code_by_caller_union_id(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetActivityButtonList" => {
            rt::conformance::reply(
                    api
                        .get_activity_button_list(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetActivityList" => {
            rt::conformance::reply(api.get_activity_list(&inputs.request(false)?)).await
        }
        "GetAllAuthCubes" => {
            rt::conformance::reply(api.get_all_auth_cubes(&inputs.request(true)?)).await
        }
        "GetApplicationAuthorizationServicePlatformResource" => {
            rt::conformance::reply(
                    api
                        .get_application_authorization_service_platform_resource(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetAutoFlowLogDetail" => {
            rt::conformance::reply(api.get_auto_flow_log_detail(&inputs.request(false)?))
                .await
        }
        "GetCorpAccomplishmentTasks" => {
            rt::conformance::reply(
                    api
                        .get_corp_accomplishment_tasks(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetCorpLevelByAccountId" => {
            rt::conformance::reply(
                    api.get_corp_level_by_account_id(&inputs.request(false)?),
                )
                .await
        }
        "GetCorpTasks" => {
            rt::conformance::reply(api.get_corp_tasks(&inputs.request(false)?)).await
        }
        "GetDbConfig" => {
            rt::conformance::reply(api.get_db_config(&inputs.request(false)?)).await
        }
        "GetFieldDefByUuid" => {
            rt::conformance::reply(api.get_field_def_by_uuid(&inputs.request(false)?))
                .await
        }
        "GetFormComponentDefinitionList" => {
            rt::conformance::reply(
                    api
                        .get_form_component_definition_list(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetFormDataByID" => {
            rt::conformance::reply(
                    api
                        .get_form_data_by_id(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetFormListInApp" => {
            rt::conformance::reply(api.get_form_list_in_app(&inputs.request(false)?))
                .await
        }
        "GetInstanceById" => {
            rt::conformance::reply(
                    api.get_instance_by_id(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetInstanceIdList" => {
            rt::conformance::reply(api.get_instance_id_list(&inputs.request(true)?))
                .await
        }
        "GetInstances" => {
            rt::conformance::reply(api.get_instances(&inputs.request(true)?)).await
        }
        "GetInstancesByIdList" => {
            rt::conformance::reply(api.get_instances_by_id_list(&inputs.request(false)?))
                .await
        }
        "GetMeCorpSubmission" => {
            rt::conformance::reply(
                    api
                        .get_me_corp_submission(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetNotifyMe" => {
            rt::conformance::reply(
                    api.get_notify_me(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetOpenUrl" => {
            rt::conformance::reply(
                    api.get_open_url(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetOperationRecords" => {
            rt::conformance::reply(api.get_operation_records(&inputs.request(false)?))
                .await
        }
        "GetPlatformResource" => {
            rt::conformance::reply(api.get_platform_resource(&inputs.request(false)?))
                .await
        }
        "GetPrintAppInfo" => {
            rt::conformance::reply(api.get_print_app_info(&inputs.request(false)?)).await
        }
        "GetPrintDictionary" => {
            rt::conformance::reply(api.get_print_dictionary(&inputs.request(false)?))
                .await
        }
        "GetProcessDefinition" => {
            rt::conformance::reply(
                    api
                        .get_process_definition(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetProcessDesign" => {
            rt::conformance::reply(
                    api.get_process_design(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetProcessDesignByCode" => {
            rt::conformance::reply(
                    api.get_process_design_by_code(&inputs.request(false)?),
                )
                .await
        }
        "GetRunningTaskList" => {
            rt::conformance::reply(api.get_running_task_list(&inputs.request(true)?))
                .await
        }
        "GetRunningTasks" => {
            rt::conformance::reply(api.get_running_tasks(&inputs.request(false)?)).await
        }
        "GetSaleUserInfoByUserId" => {
            rt::conformance::reply(
                    api.get_sale_user_info_by_user_id(&inputs.request(false)?),
                )
                .await
        }
        "GetSimpleCubeModelList" => {
            rt::conformance::reply(
                    api.get_simple_cube_model_list(&inputs.request(false)?),
                )
                .await
        }
        "GetTaskCopies" => {
            rt::conformance::reply(api.get_task_copies(&inputs.request(false)?)).await
        }
        "ListApplication" => {
            rt::conformance::reply(api.list_application(&inputs.request(false)?)).await
        }
        "ListApplicationAuthorizationServiceApplicationInformation" => {
            rt::conformance::reply(
                    api
                        .list_application_authorization_service_application_information(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListApplicationAuthorizationServiceConnectorInformation" => {
            rt::conformance::reply(
                    api
                        .list_application_authorization_service_connector_information(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListApplicationInformation" => {
            rt::conformance::reply(
                    api
                        .list_application_information(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListCommodity" => {
            rt::conformance::reply(api.list_commodity(&inputs.request(false)?)).await
        }
        "ListConnectorInformation" => {
            rt::conformance::reply(
                    api
                        .list_connector_information(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListFormRemarks" => {
            rt::conformance::reply(api.list_form_remarks(&inputs.request(true)?)).await
        }
        "ListNavigationByFormType" => {
            rt::conformance::reply(
                    api.list_navigation_by_form_type(&inputs.request(false)?),
                )
                .await
        }
        "ListOperationLogs" => {
            rt::conformance::reply(api.list_operation_logs(&inputs.request(true)?)).await
        }
        "ListTableDataByFormInstanceIdTableId" => {
            rt::conformance::reply(
                    api
                        .list_table_data_by_form_instance_id_table_id(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "LoginCodeGen" => {
            rt::conformance::reply(api.login_code_gen(&inputs.request(false)?)).await
        }
        "NotifyAuthorizationResult" => {
            rt::conformance::reply(
                    api.notify_authorization_result(&inputs.request(true)?),
                )
                .await
        }
        "PageAutoFlowLog" => {
            rt::conformance::reply(api.page_auto_flow_log(&inputs.request(true)?)).await
        }
        "PageFormBaseInfos" => {
            rt::conformance::reply(api.page_form_base_infos(&inputs.request(true)?))
                .await
        }
        "PreviewPublishedProcess" => {
            rt::conformance::reply(api.preview_published_process(&inputs.request(true)?))
                .await
        }
        "QueryServiceRecord" => {
            rt::conformance::reply(api.query_service_record(&inputs.request(false)?))
                .await
        }
        "RedirectTask" => {
            rt::conformance::reply(api.redirect_task(&inputs.request(true)?)).await
        }
        "RefundCommodity" => {
            rt::conformance::reply(api.refund_commodity(&inputs.request(false)?)).await
        }
        "RegisterAccounts" => {
            rt::conformance::reply(api.register_accounts(&inputs.request(true)?)).await
        }
        "ReleaseCommodity" => {
            rt::conformance::reply(api.release_commodity(&inputs.request(false)?)).await
        }
        "RemoveTenantResource" => {
            rt::conformance::reply(
                    api
                        .remove_tenant_resource(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "RenderBatchCallback" => {
            rt::conformance::reply(api.render_batch_callback(&inputs.request(true)?))
                .await
        }
        "RenewApplicationAuthorizationServiceOrder" => {
            rt::conformance::reply(
                    api
                        .renew_application_authorization_service_order(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RenewTenantOrder" => {
            rt::conformance::reply(api.renew_tenant_order(&inputs.request(true)?)).await
        }
        "SaveFormData" => {
            rt::conformance::reply(api.save_form_data(&inputs.request(true)?)).await
        }
        "SaveFormRemark" => {
            rt::conformance::reply(api.save_form_remark(&inputs.request(true)?)).await
        }
        "SavePrintTplDetailInfo" => {
            rt::conformance::reply(
                    api.save_print_tpl_detail_info(&inputs.request(true)?),
                )
                .await
        }
        "SearchActivationCode" => {
            rt::conformance::reply(api.search_activation_code(&inputs.request(false)?))
                .await
        }
        "SearchEmployeeFieldValues" => {
            rt::conformance::reply(
                    api.search_employee_field_values(&inputs.request(true)?),
                )
                .await
        }
        "SearchFormDataIdList" => {
            rt::conformance::reply(
                    api
                        .search_form_data_id_list(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SearchFormDataRemovalTableData" => {
            rt::conformance::reply(
                    api.search_form_data_removal_table_data(&inputs.request(true)?),
                )
                .await
        }
        "SearchFormDataSecondGeneration" => {
            rt::conformance::reply(
                    api.search_form_data_second_generation(&inputs.request(true)?),
                )
                .await
        }
        "SearchFormDataSecondGenerationNoTableField" => {
            rt::conformance::reply(
                    api
                        .search_form_data_second_generation_no_table_field(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SearchFormDatas" => {
            rt::conformance::reply(api.search_form_datas(&inputs.request(true)?)).await
        }
        "StartInstance" => {
            rt::conformance::reply(api.start_instance(&inputs.request(true)?)).await
        }
        "TerminateCloudAuthorization" => {
            rt::conformance::reply(
                    api.terminate_cloud_authorization(&inputs.request(true)?),
                )
                .await
        }
        "TerminateInstance" => {
            rt::conformance::reply(api.terminate_instance(&inputs.request(false)?)).await
        }
        "UpdateCloudAccountInformation" => {
            rt::conformance::reply(
                    api.update_cloud_account_information(&inputs.request(true)?),
                )
                .await
        }
        "UpdateFormData" => {
            rt::conformance::reply(api.update_form_data(&inputs.request(true)?)).await
        }
        "UpdateInstance" => {
            rt::conformance::reply(api.update_instance(&inputs.request(true)?)).await
        }
        "UpdateStatus" => {
            rt::conformance::reply(api.update_status(&inputs.request(true)?)).await
        }
        "UpgradeTenantInformation" => {
            rt::conformance::reply(
                    api.upgrade_tenant_information(&inputs.request(true)?),
                )
                .await
        }
        "ValidateApplicationAuthorizationOrder" => {
            rt::conformance::reply(
                    api
                        .validate_application_authorization_order(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ValidateApplicationAuthorizationServiceOrder" => {
            rt::conformance::reply(
                    api
                        .validate_application_authorization_service_order(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ValidateApplicationServiceOrderUpgrade" => {
            rt::conformance::reply(
                    api
                        .validate_application_service_order_upgrade(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ValidateOrderBuy" => {
            rt::conformance::reply(api.validate_order_buy(&inputs.request(false)?)).await
        }
        "ValidateOrderUpdate" => {
            rt::conformance::reply(
                    api
                        .validate_order_update(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ValidateOrderUpgrade" => {
            rt::conformance::reply(api.validate_order_upgrade(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
