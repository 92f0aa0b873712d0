// @generated from api-spec/yida_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.yida_1_0()`. Generated from `api-spec/yida_1_0.yaml`.
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
    /// `POST /v1.0/yida/authorizations/appLoginCodes` (operation `AppLoginCodeGen`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AppLoginCodeGenError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/instances/ids/query` (operation `BatchGetFormDataByIdList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchGetFormDataByIdListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/instances/batchRemove` (operation `BatchRemovalByFormInstanceIdList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchRemovalByFormInstanceIdListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/instances/batchSave` (operation `BatchSaveFormData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchSaveFormDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/yida/forms/instances/components` (operation `BatchUpdateFormDataByInstanceId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchUpdateFormDataByInstanceIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/yida/forms/instances/datas` (operation `BatchUpdateFormDataByInstanceMap`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchUpdateFormDataByInstanceMapError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/appAuthorizations/order` (operation `BuyAuthorizationOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BuyAuthorizationOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/apps/freshOrders` (operation `BuyFreshOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BuyFreshOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/apps/cloudAccountStatus/{caller_uid}` (operation `CheckCloudAccountStatus`).
    ///
    /// # Path parameters
    ///
    /// - `caller_uid` (`caller_uid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckCloudAccountStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn check_cloud_account_status(
        &self,
        caller_uid: &str,
        request: &CheckCloudAccountStatusRequest,
    ) -> rt::Call<CheckCloudAccountStatusResponseBody, CheckCloudAccountStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckCloudAccountStatus",
            rt::Method::Get,
            "/v1.0/yida/apps/cloudAccountStatus/{caller_uid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_uid], request)
    }
    /// 新增或更新表单实例
    ///
    /// `POST /v1.0/yida/forms/instances/insertOrUpdate` (operation `CreateOrUpdateFormData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateOrUpdateFormDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/yida/forms/instances` (operation `DeleteFormData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteFormDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/yida/processes/instances` (operation `DeleteInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/yida/forms/deleteSequence` (operation `DeleteSequence`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteSequenceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/functionComputeConnectors/completeDeployments/notify` (operation `DeployFunctionCallback`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeployFunctionCallbackError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/tasks/batches/execute` (operation `ExecuteBatchTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExecuteBatchTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/apps/customApi/execute` (operation `ExecuteCustomApi`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExecuteCustomApiError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/tasks/platformTasks/execute` (operation `ExecutePlatformTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExecutePlatformTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/tasks/execute` (operation `ExecuteTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExecuteTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/yida/appAuth/commodities/expire` (operation `ExpireCommodity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExpireCommodityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/applications/activationCodes/{caller_uid}` (operation `GetActivationCodeByCallerUnionId`).
    ///
    /// # Path parameters
    ///
    /// - `caller_uid` (`caller_uid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetActivationCodeByCallerUnionIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/applications/activationCodes/{caller_uid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_uid], request)
    }
    /// 获取流程实例可操作功能列表
    ///
    /// `GET /v1.0/yida/processDefinitions/buttons/{app_type}/{process_code}/{activity_id}` (operation `GetActivityButtonList`).
    ///
    /// # Path parameters
    ///
    /// - `app_type` (`app_type`)
    /// - `process_code` (`process_code`)
    /// - `activity_id` (`activity_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetActivityButtonListError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/processDefinitions/buttons/{app_type}/{process_code}/{activity_id}",
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
    /// `GET /v1.0/yida/processes/activities` (operation `GetActivityList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetActivityListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/metadata/allAuthCubes/query` (operation `GetAllAuthCubes`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllAuthCubesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/authorization/platformResources` (operation `GetApplicationAuthorizationServicePlatformResource`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetApplicationAuthorizationServicePlatformResourceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/logs/automations` (operation `GetAutoFlowLogDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAutoFlowLogDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/tasks/completedTasks/{corp_id}/{user_id}` (operation `GetCorpAccomplishmentTasks`).
    ///
    /// # Path parameters
    ///
    /// - `corp_id` (`corp_id`)
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCorpAccomplishmentTasksError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/tasks/completedTasks/{corp_id}/{user_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[corp_id, user_id], request)
    }
    /// 根据accountId获取企业等级
    ///
    /// `GET /v1.0/yida/apps/corpLevel` (operation `GetCorpLevelByAccountId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCorpLevelByAccountIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/corpTasks` (operation `GetCorpTasks`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCorpTasksError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/metadata/dbConfigs` (operation `GetDbConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDbConfigError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/forms/formFields` (operation `GetFieldDefByUuid`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFieldDefByUuidError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/forms/definitions/{app_type}/{form_uuid}` (operation `GetFormComponentDefinitionList`).
    ///
    /// # Path parameters
    ///
    /// - `app_type` (`app_type`)
    /// - `form_uuid` (`form_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFormComponentDefinitionListError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/forms/definitions/{app_type}/{form_uuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type, form_uuid], request)
    }
    /// 根据表单 ID 查询实例详情
    ///
    /// `GET /v1.0/yida/forms/instances/{id}` (operation `GetFormDataByID`).
    ///
    /// # Path parameters
    ///
    /// - `id` (`id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFormDataByIDError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/forms` (operation `GetFormListInApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFormListInAppError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/processes/instancesInfos/{id}` (operation `GetInstanceById`).
    ///
    /// # Path parameters
    ///
    /// - `id` (`id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInstanceByIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/processes/instanceIds` (operation `GetInstanceIdList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInstanceIdListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/processes/instances` (operation `GetInstances`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/processes/instances/searchWithIds` (operation `GetInstancesByIdList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInstancesByIdListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/tasks/myCorpSubmission/{user_id}` (operation `GetMeCorpSubmission`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMeCorpSubmissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_me_corp_submission(
        &self,
        user_id: &str,
        request: &GetMeCorpSubmissionRequest,
    ) -> rt::Call<GetMeCorpSubmissionResponseBody, GetMeCorpSubmissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMeCorpSubmission",
            rt::Method::Get,
            "/v1.0/yida/tasks/myCorpSubmission/{user_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询抄送我的任务列表（企业维度）
    ///
    /// `GET /v1.0/yida/corpNotifications/{user_id}` (operation `GetNotifyMe`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetNotifyMeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_notify_me(
        &self,
        user_id: &str,
        request: &GetNotifyMeRequest,
    ) -> rt::Call<GetNotifyMeResponseBody, GetNotifyMeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetNotifyMe",
            rt::Method::Get,
            "/v1.0/yida/corpNotifications/{user_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 附件地址转临时免登地址
    ///
    /// `GET /v1.0/yida/apps/temporaryUrls/{app_type}` (operation `GetOpenUrl`).
    ///
    /// # Path parameters
    ///
    /// - `app_type` (`app_type`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOpenUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_open_url(
        &self,
        app_type: &str,
        request: &GetOpenUrlRequest,
    ) -> rt::Call<GetOpenUrlResponseBody, GetOpenUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOpenUrl",
            rt::Method::Get,
            "/v1.0/yida/apps/temporaryUrls/{app_type}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type], request)
    }
    /// 获取审批记录
    ///
    /// `GET /v1.0/yida/processes/operationRecords` (operation `GetOperationRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOperationRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/apps/platformResources` (operation `GetPlatformResource`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPlatformResourceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/printTemplates/printAppInfos` (operation `GetPrintAppInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPrintAppInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/printTemplates/printDictionaries` (operation `GetPrintDictionary`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPrintDictionaryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/processes/definitions/{process_instance_id}` (operation `GetProcessDefinition`).
    ///
    /// # Path parameters
    ///
    /// - `process_instance_id` (`process_instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProcessDefinitionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_process_definition(
        &self,
        process_instance_id: &str,
        request: &GetProcessDefinitionRequest,
    ) -> rt::Call<GetProcessDefinitionResponseBody, GetProcessDefinitionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessDefinition",
            rt::Method::Get,
            "/v1.0/yida/processes/definitions/{process_instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[process_instance_id], request)
    }
    /// 根据流程ID获取流程设计结构
    ///
    /// `GET /v1.0/yida/processes/{process_id}definitions/designs` (operation `GetProcessDesign`).
    ///
    /// # Path parameters
    ///
    /// - `process_id` (`process_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProcessDesignError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_process_design(
        &self,
        process_id: &str,
        request: &GetProcessDesignRequest,
    ) -> rt::Call<GetProcessDesignResponseBody, GetProcessDesignError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessDesign",
            rt::Method::Get,
            "/v1.0/yida/processes/{process_id}definitions/designs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[process_id], request)
    }
    /// 根据流程ID获取流程设计结构
    ///
    /// `GET /v1.0/yida/processes/designStructures` (operation `GetProcessDesignByCode`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProcessDesignByCodeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/tasks/runningTasks/query` (operation `GetRunningTaskList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRunningTaskListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/processes/tasks/getRunningTasks` (operation `GetRunningTasks`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRunningTasksError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/apps/saleUserInfo` (operation `GetSaleUserInfoByUserId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSaleUserInfoByUserIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/metadata/simpleCubeModelLists` (operation `GetSimpleCubeModelList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSimpleCubeModelListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/tasks/taskCopies` (operation `GetTaskCopies`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTaskCopiesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/organizations/applications` (operation `ListApplication`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListApplicationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/authorizations/applicationInfos/{instance_id}` (operation `ListApplicationAuthorizationServiceApplicationInformation`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListApplicationAuthorizationServiceApplicationInformationError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/authorizations/applicationInfos/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道插件概览
    ///
    /// `GET /v1.0/yida/applicationAuthorizations/plugs/{instance_id}` (operation `ListApplicationAuthorizationServiceConnectorInformation`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListApplicationAuthorizationServiceConnectorInformationError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/applicationAuthorizations/plugs/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道应用概览
    ///
    /// `GET /v1.0/yida/apps/infos/{instance_id}` (operation `ListApplicationInformation`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListApplicationInformationError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/apps/infos/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道列出商品列表
    ///
    /// `GET /v1.0/yida/appAuth/commodities` (operation `ListCommodity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListCommodityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/plugins/infos/{instance_id}` (operation `ListConnectorInformation`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListConnectorInformationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_connector_information(
        &self,
        instance_id: &str,
        request: &ListConnectorInformationRequest,
    ) -> rt::Call<ListConnectorInformationResponseBody, ListConnectorInformationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListConnectorInformation",
            rt::Method::Get,
            "/v1.0/yida/plugins/infos/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 查询表单实例评论列表
    ///
    /// `POST /v1.0/yida/forms/remarks/query` (operation `ListFormRemarks`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListFormRemarksError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/apps/navigations` (operation `ListNavigationByFormType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListNavigationByFormTypeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/operationsLogs/query` (operation `ListOperationLogs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListOperationLogsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/forms/innerTables/{form_instance_id}` (operation `ListTableDataByFormInstanceIdTableId`).
    ///
    /// # Path parameters
    ///
    /// - `form_instance_id` (`form_instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListTableDataByFormInstanceIdTableIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/forms/innerTables/{form_instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[form_instance_id], request)
    }
    /// 生成宜搭登录态穿透用的code
    ///
    /// `POST /v1.0/yida/authorizations/loginCodes` (operation `LoginCodeGen`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LoginCodeGenError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/apps/authorizationResults/notify` (operation `NotifyAuthorizationResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`NotifyAuthorizationResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/logs/automations/paginationQuery` (operation `PageAutoFlowLog`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageAutoFlowLogError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/apps/forms/query` (operation `PageFormBaseInfos`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageFormBaseInfosError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/processes/preview` (operation `PreviewPublishedProcess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PreviewPublishedProcessError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/services/invocationRecords` (operation `QueryServiceRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryServiceRecordError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/tasks/redirect` (operation `RedirectTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RedirectTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/appAuth/commodities/refund` (operation `RefundCommodity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RefundCommodityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/applicationAuthorizations/accounts/register` (operation `RegisterAccounts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RegisterAccountsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/yida/appAuth/commodities/release` (operation `ReleaseCommodity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReleaseCommodityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/yida/applications/tenantRelatedResources/{caller_uid}` (operation `RemoveTenantResource`).
    ///
    /// # Path parameters
    ///
    /// - `caller_uid` (`caller_uid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveTenantResourceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_tenant_resource(
        &self,
        caller_uid: &str,
        request: &RemoveTenantResourceRequest,
    ) -> rt::Call<RemoveTenantResourceResponseBody, RemoveTenantResourceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveTenantResource",
            rt::Method::Delete,
            "/v1.0/yida/applications/tenantRelatedResources/{caller_uid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_uid], request)
    }
    /// 宜搭vpc批量打印回调
    ///
    /// `POST /v1.0/yida/printings/callbacks/batch` (operation `RenderBatchCallback`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RenderBatchCallbackError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/applicationAuthorizations/orders/renew` (operation `RenewApplicationAuthorizationServiceOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RenewApplicationAuthorizationServiceOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/apps/tenants/reorder` (operation `RenewTenantOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RenewTenantOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/instances` (operation `SaveFormData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveFormDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/remarks` (operation `SaveFormRemark`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveFormRemarkError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/printTemplates/printTplDetailInfos` (operation `SavePrintTplDetailInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SavePrintTplDetailInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/apps/activationCode/information` (operation `SearchActivationCode`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchActivationCodeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/employeeFields` (operation `SearchEmployeeFieldValues`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchEmployeeFieldValuesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/instances/ids/{app_type}/{form_uuid}` (operation `SearchFormDataIdList`).
    ///
    /// # Path parameters
    ///
    /// - `app_type` (`app_type`)
    /// - `form_uuid` (`form_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchFormDataIdListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_form_data_id_list(
        &self,
        app_type: &str,
        form_uuid: &str,
        request: &SearchFormDataIdListRequest,
    ) -> rt::Call<SearchFormDataIdListResponseBody, SearchFormDataIdListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFormDataIdList",
            rt::Method::Post,
            "/v1.0/yida/forms/instances/ids/{app_type}/{form_uuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type, form_uuid], request)
    }
    /// 查询表单实例数据(不返回表单的子表单组件数据)
    ///
    /// `POST /v1.0/yida/forms/instances/query` (operation `SearchFormDataRemovalTableData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchFormDataRemovalTableDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/instances/advances/queryAll` (operation `SearchFormDataSecondGeneration`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchFormDataSecondGenerationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/instances/advances/query` (operation `SearchFormDataSecondGenerationNoTableField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchFormDataSecondGenerationNoTableFieldError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/forms/instances/search` (operation `SearchFormDatas`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchFormDatasError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/processes/instances/start` (operation `StartInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StartInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/yida/apps/cloudAuthorizations/terminate` (operation `TerminateCloudAuthorization`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TerminateCloudAuthorizationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/yida/processes/instances/terminate` (operation `TerminateInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TerminateInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/yida/apps/cloudAccountInfos` (operation `UpdateCloudAccountInformation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCloudAccountInformationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/yida/forms/instances` (operation `UpdateFormData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFormDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/yida/processes/instances` (operation `UpdateInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/yida/forms/status` (operation `UpdateStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/yida/apps/tenantInfos` (operation `UpgradeTenantInformation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpgradeTenantInformationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/applicationOrderUpdateAuthorizations/{instance_id}` (operation `ValidateApplicationAuthorizationOrder`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ValidateApplicationAuthorizationOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/applicationOrderUpdateAuthorizations/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道新购校验
    ///
    /// `GET /v1.0/yida/appsAuthorizations/freshOrderInfoReviews/{caller_uid}` (operation `ValidateApplicationAuthorizationServiceOrder`).
    ///
    /// # Path parameters
    ///
    /// - `caller_uid` (`caller_uid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ValidateApplicationAuthorizationServiceOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/appsAuthorizations/freshOrderInfoReviews/{caller_uid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_uid], request)
    }
    /// 校验变配
    ///
    /// `GET /v1.0/yida/applications/orderValidations/{caller_unionid}` (operation `ValidateApplicationServiceOrderUpgrade`).
    ///
    /// # Path parameters
    ///
    /// - `caller_unionid` (`caller_unionid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ValidateApplicationServiceOrderUpgradeError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/yida/applications/orderValidations/{caller_unionid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[caller_unionid], request)
    }
    /// 多渠道新购校验
    ///
    /// `GET /v1.0/yida/apps/orderBuy/validate` (operation `ValidateOrderBuy`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ValidateOrderBuyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/yida/orders/renewalReviews/{instance_id}` (operation `ValidateOrderUpdate`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ValidateOrderUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn validate_order_update(
        &self,
        instance_id: &str,
        request: &ValidateOrderUpdateRequest,
    ) -> rt::Call<ValidateOrderUpdateResponseBody, ValidateOrderUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ValidateOrderUpdate",
            rt::Method::Get,
            "/v1.0/yida/orders/renewalReviews/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 多渠道升配前校验
    ///
    /// `GET /v1.0/yida/apps/orderUpgrade/validate` (operation `ValidateOrderUpgrade`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ValidateOrderUpgradeError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `AppLoginCodeGenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppLoginCodeGenResponseBody {
    /// `loginCode`.
    pub login_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AppLoginCodeGenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AppLoginCodeGenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "loginCode" => rt::read_field(map, &mut self.login_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AppLoginCodeGenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("loginCode", &self.login_code)?;
        object.end()
    }
}
/// `BatchGetFormDataByIdListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetFormDataByIdListResponseBody {
    /// `result`.
    pub result: Option<Vec<BatchGetFormDataByIdListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetFormDataByIdListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetFormDataByIdListResponseBody {
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
impl rt::serde::Serialize for BatchGetFormDataByIdListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchSaveFormDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchSaveFormDataResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchSaveFormDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchSaveFormDataResponseBody {
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
impl rt::serde::Serialize for BatchSaveFormDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchUpdateFormDataByInstanceIdResponseBody`: the same model as [`BatchSaveFormDataResponseBody`].
pub type BatchUpdateFormDataByInstanceIdResponseBody = BatchSaveFormDataResponseBody;
/// `BatchUpdateFormDataByInstanceMapResponseBody`: the same model as [`BatchSaveFormDataResponseBody`].
pub type BatchUpdateFormDataByInstanceMapResponseBody = BatchSaveFormDataResponseBody;
/// `BuyAuthorizationOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BuyAuthorizationOrderResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BuyAuthorizationOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BuyAuthorizationOrderResponseBody {
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
impl rt::serde::Serialize for BuyAuthorizationOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExecuteBatchTaskResponseBody {
    /// `failNumber`.
    pub fail_number: Option<i64>,
    /// `successNumber`.
    pub success_number: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ExecuteBatchTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExecuteBatchTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failNumber" => rt::read_field(map, &mut self.fail_number),
            "successNumber" => rt::read_field(map, &mut self.success_number),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExecuteBatchTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failNumber", &self.fail_number)?;
        object.optional("successNumber", &self.success_number)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `ExecuteCustomApiResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExecuteCustomApiResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ExecuteCustomApiResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExecuteCustomApiResponseBody {
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
impl rt::serde::Serialize for ExecuteCustomApiResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ExpireCommodityResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExpireCommodityResponseBody {
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ExpireCommodityResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExpireCommodityResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExpireCommodityResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetActivationCodeByCallerUnionIdResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type GetActivationCodeByCallerUnionIdResponseBody = ExecuteCustomApiResponseBody;
/// `GetActivityButtonListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetActivityButtonListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetActivityButtonListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetActivityButtonListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetActivityButtonListResponseBody {
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
impl rt::serde::Serialize for GetActivityButtonListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetActivityListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetActivityListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetActivityListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetActivityListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetActivityListResponseBody {
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
impl rt::serde::Serialize for GetActivityListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetAllAuthCubesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllAuthCubesResponseBody {
    /// `count`.
    pub count: Option<i64>,
    /// `result`.
    pub result: Option<Vec<GetAllAuthCubesResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllAuthCubesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllAuthCubesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllAuthCubesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetApplicationAuthorizationServicePlatformResourceResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetApplicationAuthorizationServicePlatformResourceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetApplicationAuthorizationServicePlatformResourceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountTotalAmount" => rt::read_field(map, &mut self.account_total_amount),
            "accountUsageAmount" => rt::read_field(map, &mut self.account_usage_amount),
            "appTotalAmount" => rt::read_field(map, &mut self.app_total_amount),
            "attachmentTotalAmount" => {
                rt::read_field(map, &mut self.attachment_total_amount)
            }
            "attachmentUsageAmount" => {
                rt::read_field(map, &mut self.attachment_usage_amount)
            }
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "instanceTotalAmount" => rt::read_field(map, &mut self.instance_total_amount),
            "instanceUsageAmount" => rt::read_field(map, &mut self.instance_usage_amount),
            "pluginUsageAmount" => rt::read_field(map, &mut self.plugin_usage_amount),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetApplicationAuthorizationServicePlatformResourceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountTotalAmount", &self.account_total_amount)?;
        object.optional("accountUsageAmount", &self.account_usage_amount)?;
        object.optional("appTotalAmount", &self.app_total_amount)?;
        object.optional("attachmentTotalAmount", &self.attachment_total_amount)?;
        object.optional("attachmentUsageAmount", &self.attachment_usage_amount)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("instanceTotalAmount", &self.instance_total_amount)?;
        object.optional("instanceUsageAmount", &self.instance_usage_amount)?;
        object.optional("pluginUsageAmount", &self.plugin_usage_amount)?;
        object.end()
    }
}
/// `GetAutoFlowLogDetailResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAutoFlowLogDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAutoFlowLogDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMoreData" => rt::read_field(map, &mut self.has_more_data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAutoFlowLogDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMoreData", &self.has_more_data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetCorpAccomplishmentTasksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCorpAccomplishmentTasksResponseBody {
    /// `data`.
    pub data: Option<Vec<GetCorpAccomplishmentTasksResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCorpAccomplishmentTasksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCorpAccomplishmentTasksResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCorpAccomplishmentTasksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetCorpLevelByAccountIdResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type GetCorpLevelByAccountIdResponseBody = ExecuteCustomApiResponseBody;
/// `GetCorpTasksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCorpTasksResponseBody {
    /// `data`.
    pub data: Option<Vec<GetCorpTasksResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCorpTasksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCorpTasksResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCorpTasksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetDbConfigResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDbConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDbConfigResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "config" => rt::read_field(map, &mut self.config),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "creator" => rt::read_field(map, &mut self.creator),
            "exclusive" => rt::read_field(map, &mut self.exclusive),
            "id" => rt::read_field(map, &mut self.id),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDbConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("config", &self.config)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("creator", &self.creator)?;
        object.optional("exclusive", &self.exclusive)?;
        object.optional("id", &self.id)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetFieldDefByUuidResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFieldDefByUuidResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFieldDefByUuidResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFieldDefByUuidResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFieldDefByUuidResponseBody {
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
impl rt::serde::Serialize for GetFieldDefByUuidResponseBody {
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
/// `GetFormComponentDefinitionListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormComponentDefinitionListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFormComponentDefinitionListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormComponentDefinitionListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormComponentDefinitionListResponseBody {
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
impl rt::serde::Serialize for GetFormComponentDefinitionListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetFormDataByIDResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFormDataByIDResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormDataByIDResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formData" => rt::read_field(map, &mut self.form_data),
            "formInstId" => rt::read_field(map, &mut self.form_inst_id),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "originator" => rt::read_field(map, &mut self.originator),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormDataByIDResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formData", &self.form_data)?;
        object.optional("formInstId", &self.form_inst_id)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("originator", &self.originator)?;
        object.end()
    }
}
/// `GetFormListInAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormListInAppResponseBody {
    /// `result`.
    pub result: Option<GetFormListInAppResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormListInAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormListInAppResponseBody {
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
impl rt::serde::Serialize for GetFormListInAppResponseBody {
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
/// `GetInstanceByIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetInstanceByIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInstanceByIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionExecutor" => rt::read_field(map, &mut self.action_executor),
            "approvedResult" => rt::read_field(map, &mut self.approved_result),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "data" => rt::read_field(map, &mut self.data),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "instanceStatus" => rt::read_field(map, &mut self.instance_status),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "originator" => rt::read_field(map, &mut self.originator),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "title" => rt::read_field(map, &mut self.title),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInstanceByIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionExecutor", &self.action_executor)?;
        object.optional("approvedResult", &self.approved_result)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("data", &self.data)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("instanceStatus", &self.instance_status)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("originator", &self.originator)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("title", &self.title)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetInstanceIdListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInstanceIdListResponseBody {
    /// `data`.
    pub data: Option<Vec<String>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetInstanceIdListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInstanceIdListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInstanceIdListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInstancesResponseBody {
    /// `data`.
    pub data: Option<Vec<GetInstancesResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInstancesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInstancesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetInstancesByIdListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInstancesByIdListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetInstancesByIdListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetInstancesByIdListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInstancesByIdListResponseBody {
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
impl rt::serde::Serialize for GetInstancesByIdListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetMeCorpSubmissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMeCorpSubmissionResponseBody {
    /// `data`.
    pub data: Option<Vec<GetMeCorpSubmissionResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMeCorpSubmissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMeCorpSubmissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMeCorpSubmissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetNotifyMeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetNotifyMeResponseBody {
    /// `data`.
    pub data: Option<Vec<GetNotifyMeResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetNotifyMeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetNotifyMeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetNotifyMeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetOpenUrlResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type GetOpenUrlResponseBody = ExecuteCustomApiResponseBody;
/// `GetOperationRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOperationRecordsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetOperationRecordsResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOperationRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOperationRecordsResponseBody {
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
impl rt::serde::Serialize for GetOperationRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetPlatformResourceResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetPlatformResourceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPlatformResourceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountTotalAmount" => rt::read_field(map, &mut self.account_total_amount),
            "accountUsageAmount" => rt::read_field(map, &mut self.account_usage_amount),
            "appTotalAmount" => rt::read_field(map, &mut self.app_total_amount),
            "attachmentTotalAmount" => {
                rt::read_field(map, &mut self.attachment_total_amount)
            }
            "attachmentUsageAmount" => {
                rt::read_field(map, &mut self.attachment_usage_amount)
            }
            "instanceTotalAmount" => rt::read_field(map, &mut self.instance_total_amount),
            "instanceUsageAmount" => rt::read_field(map, &mut self.instance_usage_amount),
            "pluginUsageAmount" => rt::read_field(map, &mut self.plugin_usage_amount),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPlatformResourceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountTotalAmount", &self.account_total_amount)?;
        object.optional("accountUsageAmount", &self.account_usage_amount)?;
        object.optional("appTotalAmount", &self.app_total_amount)?;
        object.optional("attachmentTotalAmount", &self.attachment_total_amount)?;
        object.optional("attachmentUsageAmount", &self.attachment_usage_amount)?;
        object.optional("instanceTotalAmount", &self.instance_total_amount)?;
        object.optional("instanceUsageAmount", &self.instance_usage_amount)?;
        object.optional("pluginUsageAmount", &self.plugin_usage_amount)?;
        object.end()
    }
}
/// `GetPrintAppInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPrintAppInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<GetPrintAppInfoResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPrintAppInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrintAppInfoResponseBody {
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
impl rt::serde::Serialize for GetPrintAppInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetPrintDictionaryResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type GetPrintDictionaryResponseBody = ExecuteCustomApiResponseBody;
/// `GetProcessDefinitionResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProcessDefinitionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDefinitionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "originator" => rt::read_field(map, &mut self.originator),
            "outResult" => rt::read_field(map, &mut self.out_result),
            "owners" => rt::read_field(map, &mut self.owners),
            "processId" => rt::read_field(map, &mut self.process_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "status" => rt::read_field(map, &mut self.status),
            "tasks" => rt::read_field(map, &mut self.tasks),
            "title" => rt::read_field(map, &mut self.title),
            "variables" => rt::read_field(map, &mut self.variables),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDefinitionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("originator", &self.originator)?;
        object.optional("outResult", &self.out_result)?;
        object.optional("owners", &self.owners)?;
        object.optional("processId", &self.process_id)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("status", &self.status)?;
        object.optional("tasks", &self.tasks)?;
        object.optional("title", &self.title)?;
        object.optional("variables", &self.variables)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approvalSummary" => rt::read_field(map, &mut self.approval_summary),
            "flowConfig" => rt::read_field(map, &mut self.flow_config),
            "formulaRules" => rt::read_field(map, &mut self.formula_rules),
            "nodes" => rt::read_field(map, &mut self.nodes),
            "props" => rt::read_field(map, &mut self.props),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDesignResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approvalSummary", &self.approval_summary)?;
        object.optional("flowConfig", &self.flow_config)?;
        object.optional("formulaRules", &self.formula_rules)?;
        object.optional("nodes", &self.nodes)?;
        object.optional("props", &self.props)?;
        object.end()
    }
}
/// `GetProcessDesignByCodeResponseBody`: the same model as [`GetProcessDesignResponseBody`].
pub type GetProcessDesignByCodeResponseBody = GetProcessDesignResponseBody;
/// `GetRunningTaskListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRunningTaskListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetRunningTaskListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRunningTaskListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRunningTaskListResponseBody {
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
impl rt::serde::Serialize for GetRunningTaskListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetRunningTasksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRunningTasksResponseBody {
    /// `result`.
    pub result: Option<Vec<GetRunningTasksResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRunningTasksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRunningTasksResponseBody {
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
impl rt::serde::Serialize for GetRunningTasksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetSaleUserInfoByUserIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSaleUserInfoByUserIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSaleUserInfoByUserIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "corpList" => rt::read_field(map, &mut self.corp_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSaleUserInfoByUserIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountId", &self.account_id)?;
        object.optional("corpList", &self.corp_list)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `GetSimpleCubeModelListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSimpleCubeModelListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSimpleCubeModelListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSimpleCubeModelListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleCubeModelListResponseBody {
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
impl rt::serde::Serialize for GetSimpleCubeModelListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTaskCopiesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTaskCopiesResponseBody {
    /// `data`.
    pub data: Option<Vec<GetTaskCopiesResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTaskCopiesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskCopiesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTaskCopiesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListApplicationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListApplicationResponseBody {
    /// `data`.
    pub data: Option<Vec<ListApplicationResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListApplicationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListApplicationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListApplicationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListApplicationAuthorizationServiceApplicationInformationResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for ListApplicationAuthorizationServiceApplicationInformationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ListApplicationAuthorizationServiceApplicationInformationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applicationInformation" => {
                rt::read_field(map, &mut self.application_information)
            }
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListApplicationAuthorizationServiceApplicationInformationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applicationInformation", &self.application_information)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListApplicationAuthorizationServiceConnectorInformationResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for ListApplicationAuthorizationServiceConnectorInformationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListApplicationAuthorizationServiceConnectorInformationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "plugInformation" => rt::read_field(map, &mut self.plug_information),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListApplicationAuthorizationServiceConnectorInformationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("plugInformation", &self.plug_information)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListApplicationInformationResponseBody`: the same model as [`ListApplicationAuthorizationServiceApplicationInformationResponseBody`].
pub type ListApplicationInformationResponseBody = ListApplicationAuthorizationServiceApplicationInformationResponseBody;
/// `ListCommodityResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListCommodityResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCommodityResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commodityVOList" => rt::read_field(map, &mut self.commodity_vo_list),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCommodityResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commodityVOList", &self.commodity_vo_list)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListConnectorInformationResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListConnectorInformationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListConnectorInformationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "pluginInfos" => rt::read_field(map, &mut self.plugin_infos),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListConnectorInformationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("pluginInfos", &self.plugin_infos)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListFormRemarksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFormRemarksResponseBody {
    /// `formRemarkVoMap`.
    pub form_remark_vo_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFormRemarksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFormRemarksResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formRemarkVoMap" => rt::read_field(map, &mut self.form_remark_vo_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFormRemarksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formRemarkVoMap", &self.form_remark_vo_map)?;
        object.end()
    }
}
/// `ListNavigationByFormTypeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListNavigationByFormTypeResponseBody {
    /// `result`.
    pub result: Option<Vec<ListNavigationByFormTypeResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListNavigationByFormTypeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListNavigationByFormTypeResponseBody {
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
impl rt::serde::Serialize for ListNavigationByFormTypeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListOperationLogsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOperationLogsResponseBody {
    /// `operationLogMap`.
    pub operation_log_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOperationLogsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOperationLogsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationLogMap" => rt::read_field(map, &mut self.operation_log_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOperationLogsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operationLogMap", &self.operation_log_map)?;
        object.end()
    }
}
/// `ListTableDataByFormInstanceIdTableIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTableDataByFormInstanceIdTableIdResponseBody {
    /// `data`.
    pub data: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListTableDataByFormInstanceIdTableIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTableDataByFormInstanceIdTableIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTableDataByFormInstanceIdTableIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `LoginCodeGenResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type LoginCodeGenResponseBody = ExecuteCustomApiResponseBody;
/// `NotifyAuthorizationResultResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type NotifyAuthorizationResultResponseBody = BuyAuthorizationOrderResponseBody;
/// `PageAutoFlowLogResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PageAutoFlowLogResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageAutoFlowLogResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMoreData" => rt::read_field(map, &mut self.has_more_data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageAutoFlowLogResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMoreData", &self.has_more_data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `PageFormBaseInfosResponseBody`: the same model as [`GetFormListInAppResponseBody`].
pub type PageFormBaseInfosResponseBody = GetFormListInAppResponseBody;
/// `PreviewPublishedProcessResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PreviewPublishedProcessResponseBody {
    /// `result`.
    pub result: Option<Vec<PreviewPublishedProcessResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for PreviewPublishedProcessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PreviewPublishedProcessResponseBody {
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
impl rt::serde::Serialize for PreviewPublishedProcessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryServiceRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryServiceRecordResponseBody {
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `values`.
    pub values: Option<Vec<QueryServiceRecordResponseBodyValues>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryServiceRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryServiceRecordResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "totalCount" => rt::read_field(map, &mut self.total_count),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryServiceRecordResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("totalCount", &self.total_count)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `RefundCommodityResponseBody`: the same model as [`ExpireCommodityResponseBody`].
pub type RefundCommodityResponseBody = ExpireCommodityResponseBody;
/// `RegisterAccountsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterAccountsResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RegisterAccountsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterAccountsResponseBody {
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
impl rt::serde::Serialize for RegisterAccountsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceId", &self.instance_id)?;
        object.end()
    }
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
/// `SaveFormRemarkResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveFormRemarkResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveFormRemarkResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveFormRemarkResponseBody {
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
impl rt::serde::Serialize for SaveFormRemarkResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SavePrintTplDetailInfoResponseBody`: the same model as [`SaveFormRemarkResponseBody`].
pub type SavePrintTplDetailInfoResponseBody = SaveFormRemarkResponseBody;
/// `SearchActivationCodeResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchActivationCodeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchActivationCodeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activationCode" => rt::read_field(map, &mut self.activation_code),
            "authType" => rt::read_field(map, &mut self.auth_type),
            "expireTimeGMT" => rt::read_field(map, &mut self.expire_time_gmt),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchActivationCodeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activationCode", &self.activation_code)?;
        object.optional("authType", &self.auth_type)?;
        object.optional("expireTimeGMT", &self.expire_time_gmt)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `SearchEmployeeFieldValuesResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type SearchEmployeeFieldValuesResponseBody = ExecuteCustomApiResponseBody;
/// `SearchFormDataIdListResponseBody`: the same model as [`GetInstanceIdListResponseBody`].
pub type SearchFormDataIdListResponseBody = GetInstanceIdListResponseBody;
/// `SearchFormDataRemovalTableDataResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchFormDataRemovalTableDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDataRemovalTableDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMoreData" => rt::read_field(map, &mut self.has_more_data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFormDataRemovalTableDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMoreData", &self.has_more_data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `SearchFormDataSecondGenerationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchFormDataSecondGenerationResponseBody {
    /// `data`.
    pub data: Option<Vec<SearchFormDataSecondGenerationResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchFormDataSecondGenerationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDataSecondGenerationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFormDataSecondGenerationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `SearchFormDataSecondGenerationNoTableFieldResponseBody`: the same model as [`SearchFormDataSecondGenerationResponseBody`].
pub type SearchFormDataSecondGenerationNoTableFieldResponseBody = SearchFormDataSecondGenerationResponseBody;
/// `SearchFormDatasResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchFormDatasResponseBody {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `data`.
    pub data: Option<Vec<SearchFormDatasResponseBodyData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchFormDatasResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDatasResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "data" => rt::read_field(map, &mut self.data),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFormDatasResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("data", &self.data)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `StartInstanceResponseBody`: the same model as [`ExecuteCustomApiResponseBody`].
pub type StartInstanceResponseBody = ExecuteCustomApiResponseBody;
/// `TerminateCloudAuthorizationResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type TerminateCloudAuthorizationResponseBody = BuyAuthorizationOrderResponseBody;
/// `UpdateCloudAccountInformationResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type UpdateCloudAccountInformationResponseBody = BuyAuthorizationOrderResponseBody;
/// `UpgradeTenantInformationResponseBody`: the same model as [`BuyAuthorizationOrderResponseBody`].
pub type UpgradeTenantInformationResponseBody = BuyAuthorizationOrderResponseBody;
/// `ValidateApplicationAuthorizationOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ValidateApplicationAuthorizationOrderResponseBody {
    /// `message`.
    pub message: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for ValidateApplicationAuthorizationOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ValidateApplicationAuthorizationOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ValidateApplicationAuthorizationOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.optional("status", &self.status)?;
        object.end()
    }
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
/// `BatchGetFormDataByIdListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BatchGetFormDataByIdListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetFormDataByIdListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "formData" => rt::read_field(map, &mut self.form_data),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "id" => rt::read_field(map, &mut self.id),
            "instanceValue" => rt::read_field(map, &mut self.instance_value),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "modifyUser" => rt::read_field(map, &mut self.modify_user),
            "originator" => rt::read_field(map, &mut self.originator),
            "sequence" => rt::read_field(map, &mut self.sequence),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "title" => rt::read_field(map, &mut self.title),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetFormDataByIdListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("formData", &self.form_data)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("id", &self.id)?;
        object.optional("instanceValue", &self.instance_value)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("modifyUser", &self.modify_user)?;
        object.optional("originator", &self.originator)?;
        object.optional("sequence", &self.sequence)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.optional("title", &self.title)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetActivityButtonListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetActivityButtonListResponseBodyResult {
    /// `aliasInChinese`.
    pub alias_in_chinese: Option<String>,
    /// `aliasInEnglish`.
    pub alias_in_english: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetActivityButtonListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetActivityButtonListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aliasInChinese" => rt::read_field(map, &mut self.alias_in_chinese),
            "aliasInEnglish" => rt::read_field(map, &mut self.alias_in_english),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetActivityButtonListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aliasInChinese", &self.alias_in_chinese)?;
        object.optional("aliasInEnglish", &self.alias_in_english)?;
        object.end()
    }
}
/// `GetActivityListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetActivityListResponseBodyResult {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `activityName`.
    pub activity_name: Option<String>,
    /// `activityNameInEnglish`.
    pub activity_name_in_english: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetActivityListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetActivityListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "activityName" => rt::read_field(map, &mut self.activity_name),
            "activityNameInEnglish" => {
                rt::read_field(map, &mut self.activity_name_in_english)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetActivityListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("activityName", &self.activity_name)?;
        object.optional("activityNameInEnglish", &self.activity_name_in_english)?;
        object.end()
    }
}
/// `GetAllAuthCubesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAllAuthCubesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllAuthCubesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apappliedCount" => rt::read_field(map, &mut self.apapplied_count),
            "appCode" => rt::read_field(map, &mut self.app_code),
            "appInstanceCode" => rt::read_field(map, &mut self.app_instance_code),
            "appStoreCode" => rt::read_field(map, &mut self.app_store_code),
            "authMode" => rt::read_field(map, &mut self.auth_mode),
            "authorizationType" => rt::read_field(map, &mut self.authorization_type),
            "businessProcessCode" => rt::read_field(map, &mut self.business_process_code),
            "categoriesFirst" => rt::read_field(map, &mut self.categories_first),
            "categoriesSecond" => rt::read_field(map, &mut self.categories_second),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "cubeAuthType" => rt::read_field(map, &mut self.cube_auth_type),
            "cubeCode" => rt::read_field(map, &mut self.cube_code),
            "cubeDataRange" => rt::read_field(map, &mut self.cube_data_range),
            "cubeDataRanges" => rt::read_field(map, &mut self.cube_data_ranges),
            "cubeSource" => rt::read_field(map, &mut self.cube_source),
            "dataCacheTimeConfiguration" => {
                rt::read_field(map, &mut self.data_cache_time_configuration)
            }
            "dataflowCode" => rt::read_field(map, &mut self.dataflow_code),
            "description" => rt::read_field(map, &mut self.description),
            "domainCode" => rt::read_field(map, &mut self.domain_code),
            "enableCache" => rt::read_field(map, &mut self.enable_cache),
            "id" => rt::read_field(map, &mut self.id),
            "isNeedApplication" => rt::read_field(map, &mut self.is_need_application),
            "isTrend" => rt::read_field(map, &mut self.is_trend),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "name" => rt::read_field(map, &mut self.name),
            "namespaceCode" => rt::read_field(map, &mut self.namespace_code),
            "owner" => rt::read_field(map, &mut self.owner),
            "sharedDataSet" => rt::read_field(map, &mut self.shared_data_set),
            "tenantCorpId" => rt::read_field(map, &mut self.tenant_corp_id),
            "type" => rt::read_field(map, &mut self.r#type),
            "userInformation" => rt::read_field(map, &mut self.user_information),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllAuthCubesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("apappliedCount", &self.apapplied_count)?;
        object.optional("appCode", &self.app_code)?;
        object.optional("appInstanceCode", &self.app_instance_code)?;
        object.optional("appStoreCode", &self.app_store_code)?;
        object.optional("authMode", &self.auth_mode)?;
        object.optional("authorizationType", &self.authorization_type)?;
        object.optional("businessProcessCode", &self.business_process_code)?;
        object.optional("categoriesFirst", &self.categories_first)?;
        object.optional("categoriesSecond", &self.categories_second)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("cubeAuthType", &self.cube_auth_type)?;
        object.optional("cubeCode", &self.cube_code)?;
        object.optional("cubeDataRange", &self.cube_data_range)?;
        object.optional("cubeDataRanges", &self.cube_data_ranges)?;
        object.optional("cubeSource", &self.cube_source)?;
        object
            .optional(
                "dataCacheTimeConfiguration",
                &self.data_cache_time_configuration,
            )?;
        object.optional("dataflowCode", &self.dataflow_code)?;
        object.optional("description", &self.description)?;
        object.optional("domainCode", &self.domain_code)?;
        object.optional("enableCache", &self.enable_cache)?;
        object.optional("id", &self.id)?;
        object.optional("isNeedApplication", &self.is_need_application)?;
        object.optional("isTrend", &self.is_trend)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("name", &self.name)?;
        object.optional("namespaceCode", &self.namespace_code)?;
        object.optional("owner", &self.owner)?;
        object.optional("sharedDataSet", &self.shared_data_set)?;
        object.optional("tenantCorpId", &self.tenant_corp_id)?;
        object.optional("type", &self.r#type)?;
        object.optional("userInformation", &self.user_information)?;
        object.end()
    }
}
/// `GetAutoFlowLogDetailResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAutoFlowLogDetailResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAutoFlowLogDetailResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityKey" => rt::read_field(map, &mut self.activity_key),
            "elapsedTimeGMT" => rt::read_field(map, &mut self.elapsed_time_gmt),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "flag" => rt::read_field(map, &mut self.flag),
            "inputParams" => rt::read_field(map, &mut self.input_params),
            "name" => rt::read_field(map, &mut self.name),
            "others" => rt::read_field(map, &mut self.others),
            "outputParams" => rt::read_field(map, &mut self.output_params),
            "status" => rt::read_field(map, &mut self.status),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAutoFlowLogDetailResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityKey", &self.activity_key)?;
        object.optional("elapsedTimeGMT", &self.elapsed_time_gmt)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("flag", &self.flag)?;
        object.optional("inputParams", &self.input_params)?;
        object.optional("name", &self.name)?;
        object.optional("others", &self.others)?;
        object.optional("outputParams", &self.output_params)?;
        object.optional("status", &self.status)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// `GetCorpAccomplishmentTasksResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetCorpAccomplishmentTasksResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCorpAccomplishmentTasksResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activeTimeGMT" => rt::read_field(map, &mut self.active_time_gmt),
            "actualActionerId" => rt::read_field(map, &mut self.actual_actioner_id),
            "appType" => rt::read_field(map, &mut self.app_type),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "originatorEmail" => rt::read_field(map, &mut self.originator_email),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "originatorName" => rt::read_field(map, &mut self.originator_name),
            "originatorNameInEnglish" => {
                rt::read_field(map, &mut self.originator_name_in_english)
            }
            "originatorNickName" => rt::read_field(map, &mut self.originator_nick_name),
            "originatorNickNameInEnglish" => {
                rt::read_field(map, &mut self.originator_nick_name_in_english)
            }
            "originatorPhoto" => rt::read_field(map, &mut self.originator_photo),
            "outResult" => rt::read_field(map, &mut self.out_result),
            "outResultName" => rt::read_field(map, &mut self.out_result_name),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "title" => rt::read_field(map, &mut self.title),
            "titleInEnglish" => rt::read_field(map, &mut self.title_in_english),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCorpAccomplishmentTasksResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activeTimeGMT", &self.active_time_gmt)?;
        object.optional("actualActionerId", &self.actual_actioner_id)?;
        object.optional("appType", &self.app_type)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("originatorEmail", &self.originator_email)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("originatorName", &self.originator_name)?;
        object.optional("originatorNameInEnglish", &self.originator_name_in_english)?;
        object.optional("originatorNickName", &self.originator_nick_name)?;
        object
            .optional(
                "originatorNickNameInEnglish",
                &self.originator_nick_name_in_english,
            )?;
        object.optional("originatorPhoto", &self.originator_photo)?;
        object.optional("outResult", &self.out_result)?;
        object.optional("outResultName", &self.out_result_name)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskType", &self.task_type)?;
        object.optional("title", &self.title)?;
        object.optional("titleInEnglish", &self.title_in_english)?;
        object.end()
    }
}
/// `GetCorpTasksResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetCorpTasksResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCorpTasksResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activeTimeGMT" => rt::read_field(map, &mut self.active_time_gmt),
            "actualActionerId" => rt::read_field(map, &mut self.actual_actioner_id),
            "appType" => rt::read_field(map, &mut self.app_type),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "originatorEmail" => rt::read_field(map, &mut self.originator_email),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "originatorName" => rt::read_field(map, &mut self.originator_name),
            "originatorNameInEnglish" => {
                rt::read_field(map, &mut self.originator_name_in_english)
            }
            "originatorNickName" => rt::read_field(map, &mut self.originator_nick_name),
            "originatorNickNameEn" => {
                rt::read_field(map, &mut self.originator_nick_name_en)
            }
            "originatorPhoto" => rt::read_field(map, &mut self.originator_photo),
            "outResult" => rt::read_field(map, &mut self.out_result),
            "outResultName" => rt::read_field(map, &mut self.out_result_name),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "title" => rt::read_field(map, &mut self.title),
            "titleInEnglish" => rt::read_field(map, &mut self.title_in_english),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCorpTasksResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activeTimeGMT", &self.active_time_gmt)?;
        object.optional("actualActionerId", &self.actual_actioner_id)?;
        object.optional("appType", &self.app_type)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("originatorEmail", &self.originator_email)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("originatorName", &self.originator_name)?;
        object.optional("originatorNameInEnglish", &self.originator_name_in_english)?;
        object.optional("originatorNickName", &self.originator_nick_name)?;
        object.optional("originatorNickNameEn", &self.originator_nick_name_en)?;
        object.optional("originatorPhoto", &self.originator_photo)?;
        object.optional("outResult", &self.out_result)?;
        object.optional("outResultName", &self.out_result_name)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskType", &self.task_type)?;
        object.optional("title", &self.title)?;
        object.optional("titleInEnglish", &self.title_in_english)?;
        object.end()
    }
}
/// `GetFieldDefByUuidResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFieldDefByUuidResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFieldDefByUuidResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "behavior" => rt::read_field(map, &mut self.behavior),
            "children" => rt::read_field(map, &mut self.children),
            "componentName" => rt::read_field(map, &mut self.component_name),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "label" => rt::read_field(map, &mut self.label),
            "props" => rt::read_field(map, &mut self.props),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFieldDefByUuidResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("behavior", &self.behavior)?;
        object.optional("children", &self.children)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("label", &self.label)?;
        object.optional("props", &self.props)?;
        object.end()
    }
}
/// `GetFormComponentDefinitionListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetFormComponentDefinitionListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormComponentDefinitionListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentName" => rt::read_field(map, &mut self.component_name),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "label" => rt::read_field(map, &mut self.label),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormComponentDefinitionListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("label", &self.label)?;
        object.optional("parentId", &self.parent_id)?;
        object.end()
    }
}
/// `GetFormDataByIDResponseBodyOriginator`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFormDataByIDResponseBodyOriginator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormDataByIDResponseBodyOriginator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "email" => rt::read_field(map, &mut self.email),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormDataByIDResponseBodyOriginator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("email", &self.email)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetFormListInAppResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormListInAppResponseBodyResult {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `data`.
    pub data: Option<Vec<GetFormListInAppResponseBodyResultData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormListInAppResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormListInAppResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "data" => rt::read_field(map, &mut self.data),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormListInAppResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("data", &self.data)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetInstanceByIdResponseBodyActionExecutor`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetInstanceByIdResponseBodyActionExecutor {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInstanceByIdResponseBodyActionExecutor {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "email" => rt::read_field(map, &mut self.email),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInstanceByIdResponseBodyActionExecutor {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("email", &self.email)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetInstanceByIdResponseBodyOriginator`: the same model as [`GetInstanceByIdResponseBodyActionExecutor`].
pub type GetInstanceByIdResponseBodyOriginator = GetInstanceByIdResponseBodyActionExecutor;
/// `GetInstancesResponseBodyData`: the same model as [`GetInstanceByIdResponseBody`].
pub type GetInstancesResponseBodyData = GetInstanceByIdResponseBody;
/// `GetInstancesByIdListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetInstancesByIdListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInstancesByIdListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionExecutor" => rt::read_field(map, &mut self.action_executor),
            "approvedResult" => rt::read_field(map, &mut self.approved_result),
            "data" => rt::read_field(map, &mut self.data),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "instanceStatus" => rt::read_field(map, &mut self.instance_status),
            "originator" => rt::read_field(map, &mut self.originator),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInstancesByIdListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionExecutor", &self.action_executor)?;
        object.optional("approvedResult", &self.approved_result)?;
        object.optional("data", &self.data)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("instanceStatus", &self.instance_status)?;
        object.optional("originator", &self.originator)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetMeCorpSubmissionResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMeCorpSubmissionResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMeCorpSubmissionResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actioner" => rt::read_field(map, &mut self.actioner),
            "actionerId" => rt::read_field(map, &mut self.actioner_id),
            "actionerName" => rt::read_field(map, &mut self.actioner_name),
            "appType" => rt::read_field(map, &mut self.app_type),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "currentActivityInstances" => {
                rt::read_field(map, &mut self.current_activity_instances)
            }
            "dataMap" => rt::read_field(map, &mut self.data_map),
            "dataType" => rt::read_field(map, &mut self.data_type),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "instanceValue" => rt::read_field(map, &mut self.instance_value),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "originatorAvatar" => rt::read_field(map, &mut self.originator_avatar),
            "originatorDisplayName" => {
                rt::read_field(map, &mut self.originator_display_name)
            }
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "processApprovedResult" => {
                rt::read_field(map, &mut self.process_approved_result)
            }
            "processApprovedResultText" => {
                rt::read_field(map, &mut self.process_approved_result_text)
            }
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processId" => rt::read_field(map, &mut self.process_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "processInstanceStatus" => {
                rt::read_field(map, &mut self.process_instance_status)
            }
            "processInstanceStatusText" => {
                rt::read_field(map, &mut self.process_instance_status_text)
            }
            "processName" => rt::read_field(map, &mut self.process_name),
            "title" => rt::read_field(map, &mut self.title),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMeCorpSubmissionResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actioner", &self.actioner)?;
        object.optional("actionerId", &self.actioner_id)?;
        object.optional("actionerName", &self.actioner_name)?;
        object.optional("appType", &self.app_type)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("currentActivityInstances", &self.current_activity_instances)?;
        object.optional("dataMap", &self.data_map)?;
        object.optional("dataType", &self.data_type)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("instanceValue", &self.instance_value)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("originatorAvatar", &self.originator_avatar)?;
        object.optional("originatorDisplayName", &self.originator_display_name)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("processApprovedResult", &self.process_approved_result)?;
        object
            .optional("processApprovedResultText", &self.process_approved_result_text)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processId", &self.process_id)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("processInstanceStatus", &self.process_instance_status)?;
        object
            .optional("processInstanceStatusText", &self.process_instance_status_text)?;
        object.optional("processName", &self.process_name)?;
        object.optional("title", &self.title)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetNotifyMeResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetNotifyMeResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetNotifyMeResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "appType" => rt::read_field(map, &mut self.app_type),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "instStatus" => rt::read_field(map, &mut self.inst_status),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "title" => rt::read_field(map, &mut self.title),
            "titleInEnglish" => rt::read_field(map, &mut self.title_in_english),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetNotifyMeResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("appType", &self.app_type)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("instStatus", &self.inst_status)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("title", &self.title)?;
        object.optional("titleInEnglish", &self.title_in_english)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetOperationRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetOperationRecordsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOperationRecordsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "actionExit" => rt::read_field(map, &mut self.action_exit),
            "activeTimeGMT" => rt::read_field(map, &mut self.active_time_gmt),
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "dataId" => rt::read_field(map, &mut self.data_id),
            "digitalSign" => rt::read_field(map, &mut self.digital_sign),
            "domainList" => rt::read_field(map, &mut self.domain_list),
            "files" => rt::read_field(map, &mut self.files),
            "operateTimeGMT" => rt::read_field(map, &mut self.operate_time_gmt),
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "operatorDisplayName" => rt::read_field(map, &mut self.operator_display_name),
            "operatorName" => rt::read_field(map, &mut self.operator_name),
            "operatorNickName" => rt::read_field(map, &mut self.operator_nick_name),
            "operatorPhotoUrl" => rt::read_field(map, &mut self.operator_photo_url),
            "operatorStatus" => rt::read_field(map, &mut self.operator_status),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "showName" => rt::read_field(map, &mut self.show_name),
            "size" => rt::read_field(map, &mut self.size),
            "taskExecuteType" => rt::read_field(map, &mut self.task_execute_type),
            "taskHoldTimeGMT" => rt::read_field(map, &mut self.task_hold_time_gmt),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOperationRecordsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("actionExit", &self.action_exit)?;
        object.optional("activeTimeGMT", &self.active_time_gmt)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("digitalSign", &self.digital_sign)?;
        object.optional("domainList", &self.domain_list)?;
        object.optional("files", &self.files)?;
        object.optional("operateTimeGMT", &self.operate_time_gmt)?;
        object.optional("operateType", &self.operate_type)?;
        object.optional("operatorDisplayName", &self.operator_display_name)?;
        object.optional("operatorName", &self.operator_name)?;
        object.optional("operatorNickName", &self.operator_nick_name)?;
        object.optional("operatorPhotoUrl", &self.operator_photo_url)?;
        object.optional("operatorStatus", &self.operator_status)?;
        object.optional("operatorUserId", &self.operator_user_id)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("showName", &self.show_name)?;
        object.optional("size", &self.size)?;
        object.optional("taskExecuteType", &self.task_execute_type)?;
        object.optional("taskHoldTimeGMT", &self.task_hold_time_gmt)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskType", &self.task_type)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetPrintAppInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetPrintAppInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrintAppInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appName" => rt::read_field(map, &mut self.app_name),
            "appType" => rt::read_field(map, &mut self.app_type),
            "formInfoList" => rt::read_field(map, &mut self.form_info_list),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrintAppInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appName", &self.app_name)?;
        object.optional("appType", &self.app_type)?;
        object.optional("formInfoList", &self.form_info_list)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.end()
    }
}
/// `GetProcessDefinitionResponseBodyOriginator`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProcessDefinitionResponseBodyOriginator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDefinitionResponseBodyOriginator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentDescription" => {
                rt::read_field(map, &mut self.department_description)
            }
            "displayEnName" => rt::read_field(map, &mut self.display_en_name),
            "displayName" => rt::read_field(map, &mut self.display_name),
            "masterDataDepartments" => {
                rt::read_field(map, &mut self.master_data_departments)
            }
            "orderNumber" => rt::read_field(map, &mut self.order_number),
            "personalPhoto" => rt::read_field(map, &mut self.personal_photo),
            "status" => rt::read_field(map, &mut self.status),
            "tbWang" => rt::read_field(map, &mut self.tb_wang),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userInfo" => rt::read_field(map, &mut self.user_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDefinitionResponseBodyOriginator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentDescription", &self.department_description)?;
        object.optional("displayEnName", &self.display_en_name)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("masterDataDepartments", &self.master_data_departments)?;
        object.optional("orderNumber", &self.order_number)?;
        object.optional("personalPhoto", &self.personal_photo)?;
        object.optional("status", &self.status)?;
        object.optional("tbWang", &self.tb_wang)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userInfo", &self.user_info)?;
        object.end()
    }
}
/// `GetProcessDefinitionResponseBodyOwners`: the same model as [`GetProcessDefinitionResponseBodyOriginator`].
pub type GetProcessDefinitionResponseBodyOwners = GetProcessDefinitionResponseBodyOriginator;
/// `GetProcessDefinitionResponseBodyTasks`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProcessDefinitionResponseBodyTasks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDefinitionResponseBodyTasks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionerId" => rt::read_field(map, &mut self.actioner_id),
            "activity" => rt::read_field(map, &mut self.activity),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDefinitionResponseBodyTasks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionerId", &self.actioner_id)?;
        object.optional("activity", &self.activity)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBodyApprovalSummary`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyApprovalSummary {
    /// `title`.
    pub title: Option<GetProcessDesignResponseBodyApprovalSummaryTitle>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignResponseBodyApprovalSummary {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBodyApprovalSummary {
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
impl rt::serde::Serialize for GetProcessDesignResponseBodyApprovalSummary {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBodyFlowConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyFlowConfig {
    /// `sid_instDetail`.
    pub sid_inst_detail: Option<
        Vec<GetProcessDesignResponseBodyFlowConfigSidInstDetail>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignResponseBodyFlowConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBodyFlowConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sid_instDetail" => rt::read_field(map, &mut self.sid_inst_detail),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDesignResponseBodyFlowConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sid_instDetail", &self.sid_inst_detail)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBodyFormulaRules`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignResponseBodyFormulaRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBodyFormulaRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityAction" => rt::read_field(map, &mut self.activity_action),
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "block" => rt::read_field(map, &mut self.block),
            "message" => rt::read_field(map, &mut self.message),
            "name" => rt::read_field(map, &mut self.name),
            "nodeType" => rt::read_field(map, &mut self.node_type),
            "rule" => rt::read_field(map, &mut self.rule),
            "ruleType" => rt::read_field(map, &mut self.rule_type),
            "triggerMode" => rt::read_field(map, &mut self.trigger_mode),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDesignResponseBodyFormulaRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityAction", &self.activity_action)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("block", &self.block)?;
        object.optional("message", &self.message)?;
        object.optional("name", &self.name)?;
        object.optional("nodeType", &self.node_type)?;
        object.optional("rule", &self.rule)?;
        object.optional("ruleType", &self.rule_type)?;
        object.optional("triggerMode", &self.trigger_mode)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBodyNodes`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignResponseBodyNodes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBodyNodes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "childNodes" => rt::read_field(map, &mut self.child_nodes),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "nextId" => rt::read_field(map, &mut self.next_id),
            "nodeId" => rt::read_field(map, &mut self.node_id),
            "prevId" => rt::read_field(map, &mut self.prev_id),
            "props" => rt::read_field(map, &mut self.props),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDesignResponseBodyNodes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("childNodes", &self.child_nodes)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("nextId", &self.next_id)?;
        object.optional("nodeId", &self.node_id)?;
        object.optional("prevId", &self.prev_id)?;
        object.optional("props", &self.props)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBodyProps`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignResponseBodyProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBodyProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allowCollaboration" => rt::read_field(map, &mut self.allow_collaboration),
            "allowTemporaryStorage" => {
                rt::read_field(map, &mut self.allow_temporary_storage)
            }
            "allowWithdraw" => rt::read_field(map, &mut self.allow_withdraw),
            "bindingForm" => rt::read_field(map, &mut self.binding_form),
            "noRecordRecall" => rt::read_field(map, &mut self.no_record_recall),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processDetailUrl" => rt::read_field(map, &mut self.process_detail_url),
            "processInitUrl" => rt::read_field(map, &mut self.process_init_url),
            "processMobileDetailUrl" => {
                rt::read_field(map, &mut self.process_mobile_detail_url)
            }
            "stopAssociationRulesIfFailed" => {
                rt::read_field(map, &mut self.stop_association_rules_if_failed)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDesignResponseBodyProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allowCollaboration", &self.allow_collaboration)?;
        object.optional("allowTemporaryStorage", &self.allow_temporary_storage)?;
        object.optional("allowWithdraw", &self.allow_withdraw)?;
        object.optional("bindingForm", &self.binding_form)?;
        object.optional("noRecordRecall", &self.no_record_recall)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processDetailUrl", &self.process_detail_url)?;
        object.optional("processInitUrl", &self.process_init_url)?;
        object.optional("processMobileDetailUrl", &self.process_mobile_detail_url)?;
        object
            .optional(
                "stopAssociationRulesIfFailed",
                &self.stop_association_rules_if_failed,
            )?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRunningTaskListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRunningTaskListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activeTimeGMT" => rt::read_field(map, &mut self.active_time_gmt),
            "actualActionExecutorId" => {
                rt::read_field(map, &mut self.actual_action_executor_id)
            }
            "appType" => rt::read_field(map, &mut self.app_type),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "originatorEmail" => rt::read_field(map, &mut self.originator_email),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "originatorName" => rt::read_field(map, &mut self.originator_name),
            "originatorNameInEnglish" => {
                rt::read_field(map, &mut self.originator_name_in_english)
            }
            "originatorNickName" => rt::read_field(map, &mut self.originator_nick_name),
            "originatorNickNameInEnglish" => {
                rt::read_field(map, &mut self.originator_nick_name_in_english)
            }
            "originatorPhoto" => rt::read_field(map, &mut self.originator_photo),
            "outResult" => rt::read_field(map, &mut self.out_result),
            "outResultName" => rt::read_field(map, &mut self.out_result_name),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "title" => rt::read_field(map, &mut self.title),
            "titleInEnglish" => rt::read_field(map, &mut self.title_in_english),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRunningTaskListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activeTimeGMT", &self.active_time_gmt)?;
        object.optional("actualActionExecutorId", &self.actual_action_executor_id)?;
        object.optional("appType", &self.app_type)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("originatorEmail", &self.originator_email)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("originatorName", &self.originator_name)?;
        object.optional("originatorNameInEnglish", &self.originator_name_in_english)?;
        object.optional("originatorNickName", &self.originator_nick_name)?;
        object
            .optional(
                "originatorNickNameInEnglish",
                &self.originator_nick_name_in_english,
            )?;
        object.optional("originatorPhoto", &self.originator_photo)?;
        object.optional("outResult", &self.out_result)?;
        object.optional("outResultName", &self.out_result_name)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskType", &self.task_type)?;
        object.optional("title", &self.title)?;
        object.optional("titleInEnglish", &self.title_in_english)?;
        object.end()
    }
}
/// `GetRunningTasksResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRunningTasksResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRunningTasksResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activeTimeGMT" => rt::read_field(map, &mut self.active_time_gmt),
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "actualActionerId" => rt::read_field(map, &mut self.actual_actioner_id),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "title" => rt::read_field(map, &mut self.title),
            "titleInEnglish" => rt::read_field(map, &mut self.title_in_english),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRunningTasksResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activeTimeGMT", &self.active_time_gmt)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("actualActionerId", &self.actual_actioner_id)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskType", &self.task_type)?;
        object.optional("title", &self.title)?;
        object.optional("titleInEnglish", &self.title_in_english)?;
        object.end()
    }
}
/// `GetSaleUserInfoByUserIdResponseBodyCorpList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSaleUserInfoByUserIdResponseBodyCorpList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `corpName`.
    pub corp_name: Option<String>,
    /// `namespace`.
    pub namespace: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSaleUserInfoByUserIdResponseBodyCorpList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSaleUserInfoByUserIdResponseBodyCorpList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "corpName" => rt::read_field(map, &mut self.corp_name),
            "namespace" => rt::read_field(map, &mut self.namespace),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSaleUserInfoByUserIdResponseBodyCorpList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("corpName", &self.corp_name)?;
        object.optional("namespace", &self.namespace)?;
        object.end()
    }
}
/// `GetSimpleCubeModelListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSimpleCubeModelListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleCubeModelListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "id" => rt::read_field(map, &mut self.id),
            "isDimension" => rt::read_field(map, &mut self.is_dimension),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSimpleCubeModelListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.optional("id", &self.id)?;
        object.optional("isDimension", &self.is_dimension)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
/// `GetTaskCopiesResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTaskCopiesResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskCopiesResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionExecutorId" => rt::read_field(map, &mut self.action_executor_id),
            "actionExecutorName" => rt::read_field(map, &mut self.action_executor_name),
            "appType" => rt::read_field(map, &mut self.app_type),
            "carbonActivityId" => rt::read_field(map, &mut self.carbon_activity_id),
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "currentActivityInstances" => {
                rt::read_field(map, &mut self.current_activity_instances)
            }
            "dataMap" => rt::read_field(map, &mut self.data_map),
            "dataType" => rt::read_field(map, &mut self.data_type),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "instanceValue" => rt::read_field(map, &mut self.instance_value),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "originatorAvatar" => rt::read_field(map, &mut self.originator_avatar),
            "originatorDisplayName" => {
                rt::read_field(map, &mut self.originator_display_name)
            }
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "processApprovedResult" => {
                rt::read_field(map, &mut self.process_approved_result)
            }
            "processApprovedResultText" => {
                rt::read_field(map, &mut self.process_approved_result_text)
            }
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processId" => rt::read_field(map, &mut self.process_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "processInstanceStatus" => {
                rt::read_field(map, &mut self.process_instance_status)
            }
            "processInstanceStatusText" => {
                rt::read_field(map, &mut self.process_instance_status_text)
            }
            "processName" => rt::read_field(map, &mut self.process_name),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "title" => rt::read_field(map, &mut self.title),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTaskCopiesResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionExecutorId", &self.action_executor_id)?;
        object.optional("actionExecutorName", &self.action_executor_name)?;
        object.optional("appType", &self.app_type)?;
        object.optional("carbonActivityId", &self.carbon_activity_id)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("currentActivityInstances", &self.current_activity_instances)?;
        object.optional("dataMap", &self.data_map)?;
        object.optional("dataType", &self.data_type)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("instanceValue", &self.instance_value)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("originatorAvatar", &self.originator_avatar)?;
        object.optional("originatorDisplayName", &self.originator_display_name)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("processApprovedResult", &self.process_approved_result)?;
        object
            .optional("processApprovedResultText", &self.process_approved_result_text)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processId", &self.process_id)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("processInstanceStatus", &self.process_instance_status)?;
        object
            .optional("processInstanceStatusText", &self.process_instance_status_text)?;
        object.optional("processName", &self.process_name)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.optional("title", &self.title)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `ListApplicationResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListApplicationResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListApplicationResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appConfig" => rt::read_field(map, &mut self.app_config),
            "appType" => rt::read_field(map, &mut self.app_type),
            "applicationStatus" => rt::read_field(map, &mut self.application_status),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "inexistence" => rt::read_field(map, &mut self.inexistence),
            "name" => rt::read_field(map, &mut self.name),
            "releaseToDingStatus" => {
                rt::read_field(map, &mut self.release_to_ding_status)
            }
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListApplicationResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appConfig", &self.app_config)?;
        object.optional("appType", &self.app_type)?;
        object.optional("applicationStatus", &self.application_status)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("inexistence", &self.inexistence)?;
        object.optional("name", &self.name)?;
        object.optional("releaseToDingStatus", &self.release_to_ding_status)?;
        object.optional("subCorpId", &self.sub_corp_id)?;
        object.optional("systemToken", &self.system_token)?;
        object.end()
    }
}
/// `ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appName" => rt::read_field(map, &mut self.app_name),
            "appType" => rt::read_field(map, &mut self.app_type),
            "attachmentUsageAmount" => {
                rt::read_field(map, &mut self.attachment_usage_amount)
            }
            "instanceUsageAmount" => rt::read_field(map, &mut self.instance_usage_amount),
            "usagePlugins" => rt::read_field(map, &mut self.usage_plugins),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appName", &self.app_name)?;
        object.optional("appType", &self.app_type)?;
        object.optional("attachmentUsageAmount", &self.attachment_usage_amount)?;
        object.optional("instanceUsageAmount", &self.instance_usage_amount)?;
        object.optional("usagePlugins", &self.usage_plugins)?;
        object.end()
    }
}
/// `ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applications" => rt::read_field(map, &mut self.applications),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "plugName" => rt::read_field(map, &mut self.plug_name),
            "plugPayType" => rt::read_field(map, &mut self.plug_pay_type),
            "plugStatus" => rt::read_field(map, &mut self.plug_status),
            "plugTotalAmount" => rt::read_field(map, &mut self.plug_total_amount),
            "plugUsageAmount" => rt::read_field(map, &mut self.plug_usage_amount),
            "plugUuid" => rt::read_field(map, &mut self.plug_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applications", &self.applications)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("plugName", &self.plug_name)?;
        object.optional("plugPayType", &self.plug_pay_type)?;
        object.optional("plugStatus", &self.plug_status)?;
        object.optional("plugTotalAmount", &self.plug_total_amount)?;
        object.optional("plugUsageAmount", &self.plug_usage_amount)?;
        object.optional("plugUuid", &self.plug_uuid)?;
        object.end()
    }
}
/// `ListApplicationInformationResponseBodyApplicationInformation`: the same model as [`ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation`].
pub type ListApplicationInformationResponseBodyApplicationInformation = ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformation;
/// `ListCommodityResponseBodyCommodityVOList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListCommodityResponseBodyCommodityVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCommodityResponseBodyCommodityVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountDistributionNumber" => {
                rt::read_field(map, &mut self.account_distribution_number)
            }
            "accountNumber" => rt::read_field(map, &mut self.account_number),
            "activationCode" => rt::read_field(map, &mut self.activation_code),
            "buyDateGMT" => rt::read_field(map, &mut self.buy_date_gmt),
            "expireDateGMT" => rt::read_field(map, &mut self.expire_date_gmt),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "status" => rt::read_field(map, &mut self.status),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCommodityResponseBodyCommodityVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountDistributionNumber", &self.account_distribution_number)?;
        object.optional("accountNumber", &self.account_number)?;
        object.optional("activationCode", &self.activation_code)?;
        object.optional("buyDateGMT", &self.buy_date_gmt)?;
        object.optional("expireDateGMT", &self.expire_date_gmt)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("status", &self.status)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `ListConnectorInformationResponseBodyPluginInfos`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for ListConnectorInformationResponseBodyPluginInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListConnectorInformationResponseBodyPluginInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apps" => rt::read_field(map, &mut self.apps),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "pluginName" => rt::read_field(map, &mut self.plugin_name),
            "pluginPayType" => rt::read_field(map, &mut self.plugin_pay_type),
            "pluginStatus" => rt::read_field(map, &mut self.plugin_status),
            "pluginTotalAmount" => rt::read_field(map, &mut self.plugin_total_amount),
            "pluginUsageAmount" => rt::read_field(map, &mut self.plugin_usage_amount),
            "pluginUuid" => rt::read_field(map, &mut self.plugin_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListConnectorInformationResponseBodyPluginInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("apps", &self.apps)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("pluginName", &self.plugin_name)?;
        object.optional("pluginPayType", &self.plugin_pay_type)?;
        object.optional("pluginStatus", &self.plugin_status)?;
        object.optional("pluginTotalAmount", &self.plugin_total_amount)?;
        object.optional("pluginUsageAmount", &self.plugin_usage_amount)?;
        object.optional("pluginUuid", &self.plugin_uuid)?;
        object.end()
    }
}
/// `ListNavigationByFormTypeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListNavigationByFormTypeResponseBodyResult {
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `title`.
    pub title: Option<ListNavigationByFormTypeResponseBodyResultTitle>,
}
impl<'de> rt::serde::Deserialize<'de> for ListNavigationByFormTypeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListNavigationByFormTypeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListNavigationByFormTypeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `PageAutoFlowLogResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PageAutoFlowLogResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageAutoFlowLogResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "elapsedTimeGMT" => rt::read_field(map, &mut self.elapsed_time_gmt),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "flag" => rt::read_field(map, &mut self.flag),
            "procInstanceId" => rt::read_field(map, &mut self.proc_instance_id),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "srcProcInstanceFinishTimeGMT" => {
                rt::read_field(map, &mut self.src_proc_instance_finish_time_gmt)
            }
            "srcProcInstanceId" => rt::read_field(map, &mut self.src_proc_instance_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageAutoFlowLogResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("elapsedTimeGMT", &self.elapsed_time_gmt)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("flag", &self.flag)?;
        object.optional("procInstanceId", &self.proc_instance_id)?;
        object.optional("processCode", &self.process_code)?;
        object
            .optional(
                "srcProcInstanceFinishTimeGMT",
                &self.src_proc_instance_finish_time_gmt,
            )?;
        object.optional("srcProcInstanceId", &self.src_proc_instance_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `PageFormBaseInfosResponseBodyResult`: the same model as [`GetFormListInAppResponseBodyResult`].
pub type PageFormBaseInfosResponseBodyResult = GetFormListInAppResponseBodyResult;
/// `PreviewPublishedProcessResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PreviewPublishedProcessResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PreviewPublishedProcessResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "actionExit" => rt::read_field(map, &mut self.action_exit),
            "activeTimeGMT" => rt::read_field(map, &mut self.active_time_gmt),
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "dataId" => rt::read_field(map, &mut self.data_id),
            "digitalSign" => rt::read_field(map, &mut self.digital_sign),
            "domains" => rt::read_field(map, &mut self.domains),
            "files" => rt::read_field(map, &mut self.files),
            "operateTimeGMT" => rt::read_field(map, &mut self.operate_time_gmt),
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "operatorDisplayName" => rt::read_field(map, &mut self.operator_display_name),
            "operatorName" => rt::read_field(map, &mut self.operator_name),
            "operatorNickName" => rt::read_field(map, &mut self.operator_nick_name),
            "operatorPhotoUrl" => rt::read_field(map, &mut self.operator_photo_url),
            "operatorStatus" => rt::read_field(map, &mut self.operator_status),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "showName" => rt::read_field(map, &mut self.show_name),
            "size" => rt::read_field(map, &mut self.size),
            "taskExecuteType" => rt::read_field(map, &mut self.task_execute_type),
            "taskHoldTimeGMT" => rt::read_field(map, &mut self.task_hold_time_gmt),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PreviewPublishedProcessResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("actionExit", &self.action_exit)?;
        object.optional("activeTimeGMT", &self.active_time_gmt)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("digitalSign", &self.digital_sign)?;
        object.optional("domains", &self.domains)?;
        object.optional("files", &self.files)?;
        object.optional("operateTimeGMT", &self.operate_time_gmt)?;
        object.optional("operateType", &self.operate_type)?;
        object.optional("operatorDisplayName", &self.operator_display_name)?;
        object.optional("operatorName", &self.operator_name)?;
        object.optional("operatorNickName", &self.operator_nick_name)?;
        object.optional("operatorPhotoUrl", &self.operator_photo_url)?;
        object.optional("operatorStatus", &self.operator_status)?;
        object.optional("operatorUserId", &self.operator_user_id)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("showName", &self.show_name)?;
        object.optional("size", &self.size)?;
        object.optional("taskExecuteType", &self.task_execute_type)?;
        object.optional("taskHoldTimeGMT", &self.task_hold_time_gmt)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskType", &self.task_type)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `QueryServiceRecordResponseBodyValues`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryServiceRecordResponseBodyValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryServiceRecordResponseBodyValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "hookType" => rt::read_field(map, &mut self.hook_type),
            "hookUuid" => rt::read_field(map, &mut self.hook_uuid),
            "invokeParameter" => rt::read_field(map, &mut self.invoke_parameter),
            "invokeResult" => rt::read_field(map, &mut self.invoke_result),
            "invokeStatus" => rt::read_field(map, &mut self.invoke_status),
            "invokeSuccess" => rt::read_field(map, &mut self.invoke_success),
            "invokeUrl" => rt::read_field(map, &mut self.invoke_url),
            "serviceContent" => rt::read_field(map, &mut self.service_content),
            "serviceName" => rt::read_field(map, &mut self.service_name),
            "serviceParameter" => rt::read_field(map, &mut self.service_parameter),
            "sourceUuid" => rt::read_field(map, &mut self.source_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryServiceRecordResponseBodyValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("hookType", &self.hook_type)?;
        object.optional("hookUuid", &self.hook_uuid)?;
        object.optional("invokeParameter", &self.invoke_parameter)?;
        object.optional("invokeResult", &self.invoke_result)?;
        object.optional("invokeStatus", &self.invoke_status)?;
        object.optional("invokeSuccess", &self.invoke_success)?;
        object.optional("invokeUrl", &self.invoke_url)?;
        object.optional("serviceContent", &self.service_content)?;
        object.optional("serviceName", &self.service_name)?;
        object.optional("serviceParameter", &self.service_parameter)?;
        object.optional("sourceUuid", &self.source_uuid)?;
        object.end()
    }
}
/// `SearchFormDataRemovalTableDataResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for SearchFormDataRemovalTableDataResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDataRemovalTableDataResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTimeGMT" => rt::read_field(map, &mut self.create_time_gmt),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "formData" => rt::read_field(map, &mut self.form_data),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "id" => rt::read_field(map, &mut self.id),
            "instanceValue" => rt::read_field(map, &mut self.instance_value),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "modifyUser" => rt::read_field(map, &mut self.modify_user),
            "originator" => rt::read_field(map, &mut self.originator),
            "sequence" => rt::read_field(map, &mut self.sequence),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "title" => rt::read_field(map, &mut self.title),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFormDataRemovalTableDataResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTimeGMT", &self.create_time_gmt)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("formData", &self.form_data)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("id", &self.id)?;
        object.optional("instanceValue", &self.instance_value)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("modifyUser", &self.modify_user)?;
        object.optional("originator", &self.originator)?;
        object.optional("sequence", &self.sequence)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.optional("title", &self.title)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `SearchFormDataSecondGenerationResponseBodyData`: the same model as [`BatchGetFormDataByIdListResponseBodyResult`].
pub type SearchFormDataSecondGenerationResponseBodyData = BatchGetFormDataByIdListResponseBodyResult;
/// `SearchFormDataSecondGenerationNoTableFieldResponseBodyData`: the same model as [`BatchGetFormDataByIdListResponseBodyResult`].
pub type SearchFormDataSecondGenerationNoTableFieldResponseBodyData = BatchGetFormDataByIdListResponseBodyResult;
/// `SearchFormDatasResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchFormDatasResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDatasResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createdTimeGMT" => rt::read_field(map, &mut self.created_time_gmt),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "dataId" => rt::read_field(map, &mut self.data_id),
            "formData" => rt::read_field(map, &mut self.form_data),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "instanceValue" => rt::read_field(map, &mut self.instance_value),
            "modelUuid" => rt::read_field(map, &mut self.model_uuid),
            "modifiedTimeGMT" => rt::read_field(map, &mut self.modified_time_gmt),
            "modifierUserId" => rt::read_field(map, &mut self.modifier_user_id),
            "modifyUser" => rt::read_field(map, &mut self.modify_user),
            "originator" => rt::read_field(map, &mut self.originator),
            "sequence" => rt::read_field(map, &mut self.sequence),
            "serialNo" => rt::read_field(map, &mut self.serial_no),
            "title" => rt::read_field(map, &mut self.title),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFormDatasResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createdTimeGMT", &self.created_time_gmt)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("formData", &self.form_data)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("instanceValue", &self.instance_value)?;
        object.optional("modelUuid", &self.model_uuid)?;
        object.optional("modifiedTimeGMT", &self.modified_time_gmt)?;
        object.optional("modifierUserId", &self.modifier_user_id)?;
        object.optional("modifyUser", &self.modify_user)?;
        object.optional("originator", &self.originator)?;
        object.optional("sequence", &self.sequence)?;
        object.optional("serialNo", &self.serial_no)?;
        object.optional("title", &self.title)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `BatchGetFormDataByIdListResponseBodyResultModifyUser`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetFormDataByIdListResponseBodyResultModifyUser {
    /// `name`.
    pub name: Option<BatchGetFormDataByIdListResponseBodyResultModifyUserName>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchGetFormDataByIdListResponseBodyResultModifyUser {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetFormDataByIdListResponseBodyResultModifyUser {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetFormDataByIdListResponseBodyResultModifyUser {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `BatchGetFormDataByIdListResponseBodyResultOriginator`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUser`].
pub type BatchGetFormDataByIdListResponseBodyResultOriginator = BatchGetFormDataByIdListResponseBodyResultModifyUser;
/// `GetAllAuthCubesResponseBodyResultCubeDataRanges`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetAllAuthCubesResponseBodyResultCubeDataRanges {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllAuthCubesResponseBodyResultCubeDataRanges {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "classifiedCode" => rt::read_field(map, &mut self.classified_code),
            "conditionKey" => rt::read_field(map, &mut self.condition_key),
            "conditionValue" => rt::read_field(map, &mut self.condition_value),
            "elementCode" => rt::read_field(map, &mut self.element_code),
            "elementType" => rt::read_field(map, &mut self.element_type),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllAuthCubesResponseBodyResultCubeDataRanges {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("classifiedCode", &self.classified_code)?;
        object.optional("conditionKey", &self.condition_key)?;
        object.optional("conditionValue", &self.condition_value)?;
        object.optional("elementCode", &self.element_code)?;
        object.optional("elementType", &self.element_type)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
/// `GetAllAuthCubesResponseBodyResultUserInformation`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetAllAuthCubesResponseBodyResultUserInformation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllAuthCubesResponseBodyResultUserInformation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authProvider" => rt::read_field(map, &mut self.auth_provider),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "name" => rt::read_field(map, &mut self.name),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "realmId" => rt::read_field(map, &mut self.realm_id),
            "refererNamespaceCode" => {
                rt::read_field(map, &mut self.referer_namespace_code)
            }
            "showName" => rt::read_field(map, &mut self.show_name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllAuthCubesResponseBodyResultUserInformation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authProvider", &self.auth_provider)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("name", &self.name)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("realmId", &self.realm_id)?;
        object.optional("refererNamespaceCode", &self.referer_namespace_code)?;
        object.optional("showName", &self.show_name)?;
        object.optional("workNo", &self.work_no)?;
        object.end()
    }
}
/// `GetFormDataByIDResponseBodyOriginatorName`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormDataByIDResponseBodyOriginatorName {
    /// `nameInChinese`.
    pub name_in_chinese: Option<String>,
    /// `nameInEnglish`.
    pub name_in_english: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormDataByIDResponseBodyOriginatorName {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormDataByIDResponseBodyOriginatorName {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nameInChinese" => rt::read_field(map, &mut self.name_in_chinese),
            "nameInEnglish" => rt::read_field(map, &mut self.name_in_english),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormDataByIDResponseBodyOriginatorName {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nameInChinese", &self.name_in_chinese)?;
        object.optional("nameInEnglish", &self.name_in_english)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetFormListInAppResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFormListInAppResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormListInAppResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creator" => rt::read_field(map, &mut self.creator),
            "formType" => rt::read_field(map, &mut self.form_type),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormListInAppResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creator", &self.creator)?;
        object.optional("formType", &self.form_type)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("title", &self.title)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMeCorpSubmissionResponseBodyDataActioner {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMeCorpSubmissionResponseBodyDataActioner {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "buName" => rt::read_field(map, &mut self.bu_name),
            "email" => rt::read_field(map, &mut self.email),
            "employeeType" => rt::read_field(map, &mut self.employee_type),
            "employeeTypeInformation" => {
                rt::read_field(map, &mut self.employee_type_information)
            }
            "humanResourceGroupWorkNumber" => {
                rt::read_field(map, &mut self.human_resource_group_work_number)
            }
            "isSystemAdmin" => rt::read_field(map, &mut self.is_system_admin),
            "level" => rt::read_field(map, &mut self.level),
            "name" => rt::read_field(map, &mut self.name),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "orderNumber" => rt::read_field(map, &mut self.order_number),
            "personalPhoto" => rt::read_field(map, &mut self.personal_photo),
            "personalPhotoUrl" => rt::read_field(map, &mut self.personal_photo_url),
            "pinyinNameAll" => rt::read_field(map, &mut self.pinyin_name_all),
            "pinyinNickName" => rt::read_field(map, &mut self.pinyin_nick_name),
            "state" => rt::read_field(map, &mut self.state),
            "superUserId" => rt::read_field(map, &mut self.super_user_id),
            "tbWang" => rt::read_field(map, &mut self.tb_wang),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMeCorpSubmissionResponseBodyDataActioner {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("buName", &self.bu_name)?;
        object.optional("email", &self.email)?;
        object.optional("employeeType", &self.employee_type)?;
        object.optional("employeeTypeInformation", &self.employee_type_information)?;
        object
            .optional(
                "humanResourceGroupWorkNumber",
                &self.human_resource_group_work_number,
            )?;
        object.optional("isSystemAdmin", &self.is_system_admin)?;
        object.optional("level", &self.level)?;
        object.optional("name", &self.name)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("orderNumber", &self.order_number)?;
        object.optional("personalPhoto", &self.personal_photo)?;
        object.optional("personalPhotoUrl", &self.personal_photo_url)?;
        object.optional("pinyinNameAll", &self.pinyin_name_all)?;
        object.optional("pinyinNickName", &self.pinyin_nick_name)?;
        object.optional("state", &self.state)?;
        object.optional("superUserId", &self.super_user_id)?;
        object.optional("tbWang", &self.tb_wang)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetMeCorpSubmissionResponseBodyDataCurrentActivityInstances`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetMeCorpSubmissionResponseBodyDataCurrentActivityInstances {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMeCorpSubmissionResponseBodyDataCurrentActivityInstances {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "activityInstanceStatus" => {
                rt::read_field(map, &mut self.activity_instance_status)
            }
            "activityName" => rt::read_field(map, &mut self.activity_name),
            "activityNameEn" => rt::read_field(map, &mut self.activity_name_en),
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetMeCorpSubmissionResponseBodyDataCurrentActivityInstances {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("activityInstanceStatus", &self.activity_instance_status)?;
        object.optional("activityName", &self.activity_name)?;
        object.optional("activityNameEn", &self.activity_name_en)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `GetOperationRecordsResponseBodyResultDomainList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetOperationRecordsResponseBodyResultDomainList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOperationRecordsResponseBodyResultDomainList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "activeTimeGMT" => rt::read_field(map, &mut self.active_time_gmt),
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "digitalSignature" => rt::read_field(map, &mut self.digital_signature),
            "files" => rt::read_field(map, &mut self.files),
            "formatAction" => rt::read_field(map, &mut self.format_action),
            "operateTimeGMT" => rt::read_field(map, &mut self.operate_time_gmt),
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "operator" => rt::read_field(map, &mut self.operator),
            "operatorAgentIdList" => {
                rt::read_field(map, &mut self.operator_agent_id_list)
            }
            "operatorDisplayName" => rt::read_field(map, &mut self.operator_display_name),
            "operatorName" => rt::read_field(map, &mut self.operator_name),
            "operatorNickName" => rt::read_field(map, &mut self.operator_nick_name),
            "operatorPhotoUrl" => rt::read_field(map, &mut self.operator_photo_url),
            "operatorStatus" => rt::read_field(map, &mut self.operator_status),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "showName" => rt::read_field(map, &mut self.show_name),
            "size" => rt::read_field(map, &mut self.size),
            "taskExecuteType" => rt::read_field(map, &mut self.task_execute_type),
            "taskHoldTimeGMT" => rt::read_field(map, &mut self.task_hold_time_gmt),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOperationRecordsResponseBodyResultDomainList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("activeTimeGMT", &self.active_time_gmt)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("digitalSignature", &self.digital_signature)?;
        object.optional("files", &self.files)?;
        object.optional("formatAction", &self.format_action)?;
        object.optional("operateTimeGMT", &self.operate_time_gmt)?;
        object.optional("operateType", &self.operate_type)?;
        object.optional("operator", &self.operator)?;
        object.optional("operatorAgentIdList", &self.operator_agent_id_list)?;
        object.optional("operatorDisplayName", &self.operator_display_name)?;
        object.optional("operatorName", &self.operator_name)?;
        object.optional("operatorNickName", &self.operator_nick_name)?;
        object.optional("operatorPhotoUrl", &self.operator_photo_url)?;
        object.optional("operatorStatus", &self.operator_status)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("showName", &self.show_name)?;
        object.optional("size", &self.size)?;
        object.optional("taskExecuteType", &self.task_execute_type)?;
        object.optional("taskHoldTimeGMT", &self.task_hold_time_gmt)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskType", &self.task_type)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetPrintAppInfoResponseBodyResultFormInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPrintAppInfoResponseBodyResultFormInfoList {
    /// `formName`.
    pub form_name: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPrintAppInfoResponseBodyResultFormInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrintAppInfoResponseBodyResultFormInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formName" => rt::read_field(map, &mut self.form_name),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrintAppInfoResponseBodyResultFormInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formName", &self.form_name)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.end()
    }
}
/// `GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNameInEnglish" => rt::read_field(map, &mut self.dept_name_in_english),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "deptPath" => rt::read_field(map, &mut self.dept_path),
            "humanSourceGroupOrderNumber" => {
                rt::read_field(map, &mut self.human_source_group_order_number)
            }
            "humanSourceGroupWorkNo" => {
                rt::read_field(map, &mut self.human_source_group_work_no)
            }
            "id" => rt::read_field(map, &mut self.id),
            "masterWorkNo" => rt::read_field(map, &mut self.master_work_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("deptNameInEnglish", &self.dept_name_in_english)?;
        object.optional("deptNo", &self.dept_no)?;
        object.optional("deptPath", &self.dept_path)?;
        object
            .optional(
                "humanSourceGroupOrderNumber",
                &self.human_source_group_order_number,
            )?;
        object.optional("humanSourceGroupWorkNo", &self.human_source_group_work_no)?;
        object.optional("id", &self.id)?;
        object.optional("masterWorkNo", &self.master_work_no)?;
        object.end()
    }
}
/// `GetProcessDefinitionResponseBodyOwnersMasterDataDepartments`: the same model as [`GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments`].
pub type GetProcessDefinitionResponseBodyOwnersMasterDataDepartments = GetProcessDefinitionResponseBodyOriginatorMasterDataDepartments;
/// `GetProcessDefinitionResponseBodyTasksActivity`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProcessDefinitionResponseBodyTasksActivity {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDefinitionResponseBodyTasksActivity {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "activityInstanceStatus" => {
                rt::read_field(map, &mut self.activity_instance_status)
            }
            "activityName" => rt::read_field(map, &mut self.activity_name),
            "activityNameInEnglish" => {
                rt::read_field(map, &mut self.activity_name_in_english)
            }
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDefinitionResponseBodyTasksActivity {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("activityInstanceStatus", &self.activity_instance_status)?;
        object.optional("activityName", &self.activity_name)?;
        object.optional("activityNameInEnglish", &self.activity_name_in_english)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBodyApprovalSummaryTitle`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyApprovalSummaryTitle {
    /// `en_US`.
    pub en_us: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `zh_CN`.
    pub zh_cn: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessDesignResponseBodyApprovalSummaryTitle {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBodyApprovalSummaryTitle {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "en_US" => rt::read_field(map, &mut self.en_us),
            "type" => rt::read_field(map, &mut self.r#type),
            "zh_CN" => rt::read_field(map, &mut self.zh_cn),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDesignResponseBodyApprovalSummaryTitle {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("en_US", &self.en_us)?;
        object.optional("type", &self.r#type)?;
        object.optional("zh_CN", &self.zh_cn)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBodyFlowConfigSidInstDetail`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyFlowConfigSidInstDetail {
    /// `fieldBehavior`.
    pub field_behavior: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetProcessDesignResponseBodyFlowConfigSidInstDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBodyFlowConfigSidInstDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldBehavior" => rt::read_field(map, &mut self.field_behavior),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDesignResponseBodyFlowConfigSidInstDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldBehavior", &self.field_behavior)?;
        object.optional("fieldId", &self.field_id)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBodyFormulaRulesName`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyFormulaRulesName {
    /// `en_US`.
    pub en_us: Option<String>,
    /// `zh_CN`.
    pub zh_cn: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignResponseBodyFormulaRulesName {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBodyFormulaRulesName {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "en_US" => rt::read_field(map, &mut self.en_us),
            "zh_CN" => rt::read_field(map, &mut self.zh_cn),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDesignResponseBodyFormulaRulesName {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("en_US", &self.en_us)?;
        object.optional("zh_CN", &self.zh_cn)?;
        object.end()
    }
}
/// `GetProcessDesignResponseBodyFormulaRulesRule`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessDesignResponseBodyFormulaRulesRule {
    /// `content`.
    pub content: Option<String>,
    /// `displayRule`.
    pub display_rule: Option<String>,
    /// `source`.
    pub source: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignResponseBodyFormulaRulesRule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProcessDesignResponseBodyFormulaRulesRule {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "displayRule" => rt::read_field(map, &mut self.display_rule),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProcessDesignResponseBodyFormulaRulesRule {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("displayRule", &self.display_rule)?;
        object.optional("source", &self.source)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetSimpleCubeModelListResponseBodyResultChildren {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleCubeModelListResponseBodyResultChildren {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "classifiedCode" => rt::read_field(map, &mut self.classified_code),
            "cubeCode" => rt::read_field(map, &mut self.cube_code),
            "dataType" => rt::read_field(map, &mut self.data_type),
            "dimensionType" => rt::read_field(map, &mut self.dimension_type),
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "id" => rt::read_field(map, &mut self.id),
            "isDimension" => rt::read_field(map, &mut self.is_dimension),
            "isVisible" => rt::read_field(map, &mut self.is_visible),
            "measureType" => rt::read_field(map, &mut self.measure_type),
            "text" => rt::read_field(map, &mut self.text),
            "timeFormat" => rt::read_field(map, &mut self.time_format),
            "timeGranularityType" => rt::read_field(map, &mut self.time_granularity_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSimpleCubeModelListResponseBodyResultChildren {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("classifiedCode", &self.classified_code)?;
        object.optional("cubeCode", &self.cube_code)?;
        object.optional("dataType", &self.data_type)?;
        object.optional("dimensionType", &self.dimension_type)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("id", &self.id)?;
        object.optional("isDimension", &self.is_dimension)?;
        object.optional("isVisible", &self.is_visible)?;
        object.optional("measureType", &self.measure_type)?;
        object.optional("text", &self.text)?;
        object.optional("timeFormat", &self.time_format)?;
        object.optional("timeGranularityType", &self.time_granularity_type)?;
        object.end()
    }
}
/// `GetTaskCopiesResponseBodyDataCurrentActivityInstances`: the same model as [`GetProcessDefinitionResponseBodyTasksActivity`].
pub type GetTaskCopiesResponseBodyDataCurrentActivityInstances = GetProcessDefinitionResponseBodyTasksActivity;
/// `ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins {
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `pluginName`.
    pub plugin_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "pluginName" => rt::read_field(map, &mut self.plugin_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("pluginName", &self.plugin_name)?;
        object.end()
    }
}
/// `ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications {
    /// `appName`.
    pub app_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appName" => rt::read_field(map, &mut self.app_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appName", &self.app_name)?;
        object.end()
    }
}
/// `ListApplicationInformationResponseBodyApplicationInformationUsagePlugins`: the same model as [`ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins`].
pub type ListApplicationInformationResponseBodyApplicationInformationUsagePlugins = ListApplicationAuthorizationServiceApplicationInformationResponseBodyApplicationInformationUsagePlugins;
/// `ListConnectorInformationResponseBodyPluginInfosApps`: the same model as [`ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications`].
pub type ListConnectorInformationResponseBodyPluginInfosApps = ListApplicationAuthorizationServiceConnectorInformationResponseBodyPlugInformationApplications;
/// `ListNavigationByFormTypeResponseBodyResultTitle`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type ListNavigationByFormTypeResponseBodyResultTitle = GetFormDataByIDResponseBodyOriginatorName;
/// `PageFormBaseInfosResponseBodyResultData`: the same model as [`GetFormListInAppResponseBodyResultData`].
pub type PageFormBaseInfosResponseBodyResultData = GetFormListInAppResponseBodyResultData;
/// `SearchFormDataRemovalTableDataResponseBodyDataModifyUser`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for SearchFormDataRemovalTableDataResponseBodyDataModifyUser {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDataRemovalTableDataResponseBodyDataModifyUser {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "email" => rt::read_field(map, &mut self.email),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFormDataRemovalTableDataResponseBodyDataModifyUser {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("email", &self.email)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
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
/// `SearchFormDatasResponseBodyDataModifyUser`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchFormDatasResponseBodyDataModifyUser {
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<SearchFormDatasResponseBodyDataModifyUserUserName>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchFormDatasResponseBodyDataModifyUser {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDatasResponseBodyDataModifyUser {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFormDatasResponseBodyDataModifyUser {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `SearchFormDatasResponseBodyDataOriginator`: the same model as [`SearchFormDatasResponseBodyDataModifyUser`].
pub type SearchFormDatasResponseBodyDataOriginator = SearchFormDatasResponseBodyDataModifyUser;
/// `BatchGetFormDataByIdListResponseBodyResultModifyUserName`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetFormDataByIdListResponseBodyResultModifyUserName {
    /// `nameInChinese`.
    pub name_in_chinese: Option<String>,
    /// `nameInEnglish`.
    pub name_in_english: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchGetFormDataByIdListResponseBodyResultModifyUserName {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetFormDataByIdListResponseBodyResultModifyUserName {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nameInChinese" => rt::read_field(map, &mut self.name_in_chinese),
            "nameInEnglish" => rt::read_field(map, &mut self.name_in_english),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetFormDataByIdListResponseBodyResultModifyUserName {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nameInChinese", &self.name_in_chinese)?;
        object.optional("nameInEnglish", &self.name_in_english)?;
        object.end()
    }
}
/// `BatchGetFormDataByIdListResponseBodyResultOriginatorName`: the same model as [`BatchGetFormDataByIdListResponseBodyResultModifyUserName`].
pub type BatchGetFormDataByIdListResponseBodyResultOriginatorName = BatchGetFormDataByIdListResponseBodyResultModifyUserName;
/// `GetFormListInAppResponseBodyResultDataTitle`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormListInAppResponseBodyResultDataTitle {
    /// `enUS`.
    pub en_us: Option<String>,
    /// `zhCN`.
    pub zh_cn: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormListInAppResponseBodyResultDataTitle {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormListInAppResponseBodyResultDataTitle {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enUS" => rt::read_field(map, &mut self.en_us),
            "zhCN" => rt::read_field(map, &mut self.zh_cn),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormListInAppResponseBodyResultDataTitle {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enUS", &self.en_us)?;
        object.optional("zhCN", &self.zh_cn)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetOperationRecordsResponseBodyResultDomainListOperatorAgentIdList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOperationRecordsResponseBodyResultDomainListOperatorAgentIdList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentDescription" => {
                rt::read_field(map, &mut self.department_description)
            }
            "displayName" => rt::read_field(map, &mut self.display_name),
            "displayNameInEnglish" => {
                rt::read_field(map, &mut self.display_name_in_english)
            }
            "orderNumber" => rt::read_field(map, &mut self.order_number),
            "personalPhoto" => rt::read_field(map, &mut self.personal_photo),
            "status" => rt::read_field(map, &mut self.status),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userInformation" => rt::read_field(map, &mut self.user_information),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetOperationRecordsResponseBodyResultDomainListOperatorAgentIdList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentDescription", &self.department_description)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("displayNameInEnglish", &self.display_name_in_english)?;
        object.optional("orderNumber", &self.order_number)?;
        object.optional("personalPhoto", &self.personal_photo)?;
        object.optional("status", &self.status)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userInformation", &self.user_information)?;
        object.end()
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AppLoginCodeGenRequest {
    /// A `AppLoginCodeGenRequest` with its required fields (`fullUrl`, `userId`, `appKey`, `signTimestampStr`, `signature`); set the others with the methods named after them.
    pub fn new(
        full_url: impl Into<String>,
        user_id: impl Into<String>,
        app_key: impl Into<String>,
        sign_timestamp_str: impl Into<String>,
        signature: impl Into<String>,
    ) -> Self {
        Self {
            full_url: full_url.into(),
            user_id: user_id.into(),
            app_key: app_key.into(),
            sign_timestamp_str: sign_timestamp_str.into(),
            signature: signature.into(),
        }
    }
}
impl rt::serde::Serialize for AppLoginCodeGenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appKey", &self.app_key)?;
        object.field("signTimestampStr", &self.sign_timestamp_str)?;
        object.field("signature", &self.signature)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AppLoginCodeGenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AppLoginCodeGenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fullUrl" => rt::read_field(map, &mut self.full_url),
            "userId" => rt::read_field(map, &mut self.user_id),
            "appKey" => rt::read_field(map, &mut self.app_key),
            "signTimestampStr" => rt::read_field(map, &mut self.sign_timestamp_str),
            "signature" => rt::read_field(map, &mut self.signature),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchGetFormDataByIdListRequest {
    /// A `BatchGetFormDataByIdListRequest` with its required fields (`appType`, `formInstanceIdList`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_instance_id_list: impl IntoIterator<Item = impl Into<String>>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_instance_id_list: form_instance_id_list
                .into_iter()
                .map(Into::into)
                .collect(),
            form_uuid: form_uuid.into(),
            need_form_instance_value: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `needFormInstanceValue`.
    pub fn need_form_instance_value(mut self, value: bool) -> Self {
        self.need_form_instance_value = Some(value);
        self
    }
}
impl rt::serde::Serialize for BatchGetFormDataByIdListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.field("formInstanceIdList", &self.form_instance_id_list)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("needFormInstanceValue", &self.need_form_instance_value)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchGetFormDataByIdListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchGetFormDataByIdListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formInstanceIdList" => rt::read_field(map, &mut self.form_instance_id_list),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "needFormInstanceValue" => {
                rt::read_field(map, &mut self.need_form_instance_value)
            }
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchGetFormDataByIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_removal_by_form_instance_id_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchRemovalByFormInstanceIdListRequest {
    /// A `BatchRemovalByFormInstanceIdListRequest` with its required fields (`appType`, `formInstanceIdList`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_instance_id_list: impl IntoIterator<Item = impl Into<String>>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            asynchronous_execution: None,
            execute_expression: None,
            form_instance_id_list: form_instance_id_list
                .into_iter()
                .map(Into::into)
                .collect(),
            form_uuid: form_uuid.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for BatchRemovalByFormInstanceIdListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("asynchronousExecution", &self.asynchronous_execution)?;
        object.optional("executeExpression", &self.execute_expression)?;
        object.field("formInstanceIdList", &self.form_instance_id_list)?;
        object.field("formUuid", &self.form_uuid)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchRemovalByFormInstanceIdListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchRemovalByFormInstanceIdListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "asynchronousExecution" => {
                rt::read_field(map, &mut self.asynchronous_execution)
            }
            "executeExpression" => rt::read_field(map, &mut self.execute_expression),
            "formInstanceIdList" => rt::read_field(map, &mut self.form_instance_id_list),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchRemovalByFormInstanceIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_save_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchSaveFormDataRequest {
    /// A `BatchSaveFormDataRequest` with its required fields (`appType`, `formDataJsonList`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_data_json_list: impl IntoIterator<Item = impl Into<String>>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            asynchronous_execution: None,
            env: None,
            form_data_json_list: form_data_json_list
                .into_iter()
                .map(Into::into)
                .collect(),
            form_uuid: form_uuid.into(),
            keep_running_after_exception: None,
            no_execute_expression: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for BatchSaveFormDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("asynchronousExecution", &self.asynchronous_execution)?;
        object.optional("env", &self.env)?;
        object.field("formDataJsonList", &self.form_data_json_list)?;
        object.field("formUuid", &self.form_uuid)?;
        object
            .optional("keepRunningAfterException", &self.keep_running_after_exception)?;
        object.optional("noExecuteExpression", &self.no_execute_expression)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchSaveFormDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSaveFormDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "asynchronousExecution" => {
                rt::read_field(map, &mut self.asynchronous_execution)
            }
            "env" => rt::read_field(map, &mut self.env),
            "formDataJsonList" => rt::read_field(map, &mut self.form_data_json_list),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "keepRunningAfterException" => {
                rt::read_field(map, &mut self.keep_running_after_exception)
            }
            "noExecuteExpression" => rt::read_field(map, &mut self.no_execute_expression),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchSaveFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_form_data_by_instance_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchUpdateFormDataByInstanceIdRequest {
    /// A `BatchUpdateFormDataByInstanceIdRequest` with its required fields (`appType`, `formInstanceIdList`, `formUuid`, `systemToken`, `updateFormDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_instance_id_list: impl IntoIterator<Item = impl Into<String>>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        update_form_data_json: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            asynchronous_execution: None,
            env: None,
            form_instance_id_list: form_instance_id_list
                .into_iter()
                .map(Into::into)
                .collect(),
            form_uuid: form_uuid.into(),
            ignore_empty: None,
            no_execute_expression: None,
            system_token: system_token.into(),
            update_form_data_json: update_form_data_json.into(),
            use_latest_form_schema_version: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for BatchUpdateFormDataByInstanceIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("asynchronousExecution", &self.asynchronous_execution)?;
        object.optional("env", &self.env)?;
        object.field("formInstanceIdList", &self.form_instance_id_list)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("ignoreEmpty", &self.ignore_empty)?;
        object.optional("noExecuteExpression", &self.no_execute_expression)?;
        object.field("systemToken", &self.system_token)?;
        object.field("updateFormDataJson", &self.update_form_data_json)?;
        object
            .optional(
                "useLatestFormSchemaVersion",
                &self.use_latest_form_schema_version,
            )?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateFormDataByInstanceIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateFormDataByInstanceIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "asynchronousExecution" => {
                rt::read_field(map, &mut self.asynchronous_execution)
            }
            "env" => rt::read_field(map, &mut self.env),
            "formInstanceIdList" => rt::read_field(map, &mut self.form_instance_id_list),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "ignoreEmpty" => rt::read_field(map, &mut self.ignore_empty),
            "noExecuteExpression" => rt::read_field(map, &mut self.no_execute_expression),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "updateFormDataJson" => rt::read_field(map, &mut self.update_form_data_json),
            "useLatestFormSchemaVersion" => {
                rt::read_field(map, &mut self.use_latest_form_schema_version)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchUpdateFormDataByInstanceIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_form_data_by_instance_map`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchUpdateFormDataByInstanceMapRequest {
    /// A `BatchUpdateFormDataByInstanceMapRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `updateFormDataJsonMap`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        update_form_data_json_map: impl IntoIterator<
            Item = (impl Into<String>, rt::serde_json::Value),
        >,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            asynchronous_execution: None,
            env: None,
            form_uuid: form_uuid.into(),
            ignore_empty: None,
            no_execute_expression: None,
            system_token: system_token.into(),
            update_form_data_json_map: update_form_data_json_map
                .into_iter()
                .map(|(k, v)| (k.into(), v))
                .collect(),
            use_latest_form_schema_version: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for BatchUpdateFormDataByInstanceMapRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("asynchronousExecution", &self.asynchronous_execution)?;
        object.optional("env", &self.env)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("ignoreEmpty", &self.ignore_empty)?;
        object.optional("noExecuteExpression", &self.no_execute_expression)?;
        object.field("systemToken", &self.system_token)?;
        object.field("updateFormDataJsonMap", &self.update_form_data_json_map)?;
        object
            .optional(
                "useLatestFormSchemaVersion",
                &self.use_latest_form_schema_version,
            )?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateFormDataByInstanceMapRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateFormDataByInstanceMapRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "asynchronousExecution" => {
                rt::read_field(map, &mut self.asynchronous_execution)
            }
            "env" => rt::read_field(map, &mut self.env),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "ignoreEmpty" => rt::read_field(map, &mut self.ignore_empty),
            "noExecuteExpression" => rt::read_field(map, &mut self.no_execute_expression),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "updateFormDataJsonMap" => {
                rt::read_field(map, &mut self.update_form_data_json_map)
            }
            "useLatestFormSchemaVersion" => {
                rt::read_field(map, &mut self.use_latest_form_schema_version)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for BuyAuthorizationOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKey", &self.access_key)?;
        object.optional("accountNumber", &self.account_number)?;
        object.optional("beginTimeGMT", &self.begin_time_gmt)?;
        object.optional("callerUnionId", &self.caller_union_id)?;
        object.optional("chargeType", &self.charge_type)?;
        object.optional("commerceType", &self.commerce_type)?;
        object.optional("commodityType", &self.commodity_type)?;
        object.optional("endTimeGMT", &self.end_time_gmt)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("instanceName", &self.instance_name)?;
        object.optional("produceCode", &self.produce_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BuyAuthorizationOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BuyAuthorizationOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "accountNumber" => rt::read_field(map, &mut self.account_number),
            "beginTimeGMT" => rt::read_field(map, &mut self.begin_time_gmt),
            "callerUnionId" => rt::read_field(map, &mut self.caller_union_id),
            "chargeType" => rt::read_field(map, &mut self.charge_type),
            "commerceType" => rt::read_field(map, &mut self.commerce_type),
            "commodityType" => rt::read_field(map, &mut self.commodity_type),
            "endTimeGMT" => rt::read_field(map, &mut self.end_time_gmt),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "instanceName" => rt::read_field(map, &mut self.instance_name),
            "produceCode" => rt::read_field(map, &mut self.produce_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for BuyFreshOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKey", &self.access_key)?;
        object.optional("accountNumber", &self.account_number)?;
        object.optional("beginTimeGMT", &self.begin_time_gmt)?;
        object.optional("callerUnionId", &self.caller_union_id)?;
        object.optional("chargeType", &self.charge_type)?;
        object.optional("commerceType", &self.commerce_type)?;
        object.optional("commodityType", &self.commodity_type)?;
        object.optional("endTimeGMT", &self.end_time_gmt)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("instanceName", &self.instance_name)?;
        object.optional("produceCode", &self.produce_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BuyFreshOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BuyFreshOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "accountNumber" => rt::read_field(map, &mut self.account_number),
            "beginTimeGMT" => rt::read_field(map, &mut self.begin_time_gmt),
            "callerUnionId" => rt::read_field(map, &mut self.caller_union_id),
            "chargeType" => rt::read_field(map, &mut self.charge_type),
            "commerceType" => rt::read_field(map, &mut self.commerce_type),
            "commodityType" => rt::read_field(map, &mut self.commodity_type),
            "endTimeGMT" => rt::read_field(map, &mut self.end_time_gmt),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "instanceName" => rt::read_field(map, &mut self.instance_name),
            "produceCode" => rt::read_field(map, &mut self.produce_code),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckCloudAccountStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckCloudAccountStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CheckCloudAccountStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
    }
}
/// The request of [`Api::create_or_update_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateOrUpdateFormDataRequest {
    /// A `CreateOrUpdateFormDataRequest` with its required fields (`appType`, `formDataJson`, `formUuid`, `searchCondition`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_data_json: impl Into<String>,
        form_uuid: impl Into<String>,
        search_condition: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_data_json: form_data_json.into(),
            form_uuid: form_uuid.into(),
            no_execute_expression: None,
            search_condition: search_condition.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `noExecuteExpression`.
    pub fn no_execute_expression(mut self, value: bool) -> Self {
        self.no_execute_expression = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateOrUpdateFormDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.field("formDataJson", &self.form_data_json)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("noExecuteExpression", &self.no_execute_expression)?;
        object.field("searchCondition", &self.search_condition)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateOrUpdateFormDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateOrUpdateFormDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formDataJson" => rt::read_field(map, &mut self.form_data_json),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "noExecuteExpression" => rt::read_field(map, &mut self.no_execute_expression),
            "searchCondition" => rt::read_field(map, &mut self.search_condition),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateOrUpdateFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DeleteFormDataRequest {
    /// A `DeleteFormDataRequest` with its required fields (`appType`, `formInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            form_instance_id: form_instance_id.into(),
            language: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteFormDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteFormDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DeleteInstanceRequest {
    /// A `DeleteInstanceRequest` with its required fields (`appType`, `processInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        process_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            language: None,
            process_instance_id: process_instance_id.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "language" => rt::read_field(map, &mut self.language),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteSequenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteSequenceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "language" => rt::read_field(map, &mut self.language),
            "sequence" => rt::read_field(map, &mut self.sequence),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeployFunctionCallbackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appId", &self.app_id)?;
        object.optional("customDomain", &self.custom_domain)?;
        object.optional("deployStage", &self.deploy_stage)?;
        object.optional("gateWayAppKey", &self.gate_way_app_key)?;
        object.optional("gateWayAppSecret", &self.gate_way_app_secret)?;
        object.optional("gateWayDomain", &self.gate_way_domain)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeployFunctionCallbackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeployFunctionCallbackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "customDomain" => rt::read_field(map, &mut self.custom_domain),
            "deployStage" => rt::read_field(map, &mut self.deploy_stage),
            "gateWayAppKey" => rt::read_field(map, &mut self.gate_way_app_key),
            "gateWayAppSecret" => rt::read_field(map, &mut self.gate_way_app_secret),
            "gateWayDomain" => rt::read_field(map, &mut self.gate_way_domain),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeployFunctionCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_batch_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExecuteBatchTaskRequest {
    /// A `ExecuteBatchTaskRequest` with its required fields (`appType`, `outResult`, `systemToken`, `taskInformationList`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        out_result: impl Into<String>,
        system_token: impl Into<String>,
        task_information_list: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            out_result: out_result.into(),
            remark: None,
            system_token: system_token.into(),
            task_information_list: task_information_list.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for ExecuteBatchTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("env", &self.env)?;
        object.field("outResult", &self.out_result)?;
        object.optional("remark", &self.remark)?;
        object.field("systemToken", &self.system_token)?;
        object.field("taskInformationList", &self.task_information_list)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteBatchTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteBatchTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "outResult" => rt::read_field(map, &mut self.out_result),
            "remark" => rt::read_field(map, &mut self.remark),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "taskInformationList" => rt::read_field(map, &mut self.task_information_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExecuteBatchTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_custom_api`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExecuteCustomApiRequest {
    /// A `ExecuteCustomApiRequest` with its required fields (`appType`, `data`, `serviceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        data: impl Into<String>,
        service_id: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            data: data.into(),
            language: None,
            service_id: service_id.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteCustomApiRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteCustomApiRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "data" => rt::read_field(map, &mut self.data),
            "language" => rt::read_field(map, &mut self.language),
            "serviceId" => rt::read_field(map, &mut self.service_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExecutePlatformTaskRequest {
    /// A `ExecutePlatformTaskRequest` with its required fields (`appType`, `outResult`, `processInstanceId`, `remark`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        out_result: impl Into<String>,
        process_instance_id: impl Into<String>,
        remark: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_data_json: None,
            language: None,
            no_execute_expressions: None,
            out_result: out_result.into(),
            process_instance_id: process_instance_id.into(),
            remark: remark.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for ExecutePlatformTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("formDataJson", &self.form_data_json)?;
        object.optional("language", &self.language)?;
        object.optional("noExecuteExpressions", &self.no_execute_expressions)?;
        object.field("outResult", &self.out_result)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("remark", &self.remark)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecutePlatformTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecutePlatformTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formDataJson" => rt::read_field(map, &mut self.form_data_json),
            "language" => rt::read_field(map, &mut self.language),
            "noExecuteExpressions" => {
                rt::read_field(map, &mut self.no_execute_expressions)
            }
            "outResult" => rt::read_field(map, &mut self.out_result),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExecutePlatformTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExecuteTaskRequest {
    /// A `ExecuteTaskRequest` with its required fields (`appType`, `outResult`, `processInstanceId`, `remark`, `systemToken`, `taskId`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        out_result: impl Into<String>,
        process_instance_id: impl Into<String>,
        remark: impl Into<String>,
        system_token: impl Into<String>,
        task_id: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            digital_sign_url: None,
            env: None,
            form_data_json: None,
            language: None,
            no_execute_expressions: None,
            out_result: out_result.into(),
            process_instance_id: process_instance_id.into(),
            remark: remark.into(),
            system_token: system_token.into(),
            task_id,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for ExecuteTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("digitalSignUrl", &self.digital_sign_url)?;
        object.optional("env", &self.env)?;
        object.optional("formDataJson", &self.form_data_json)?;
        object.optional("language", &self.language)?;
        object.optional("noExecuteExpressions", &self.no_execute_expressions)?;
        object.field("outResult", &self.out_result)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("remark", &self.remark)?;
        object.field("systemToken", &self.system_token)?;
        object.field("taskId", &self.task_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "digitalSignUrl" => rt::read_field(map, &mut self.digital_sign_url),
            "env" => rt::read_field(map, &mut self.env),
            "formDataJson" => rt::read_field(map, &mut self.form_data_json),
            "language" => rt::read_field(map, &mut self.language),
            "noExecuteExpressions" => {
                rt::read_field(map, &mut self.no_execute_expressions)
            }
            "outResult" => rt::read_field(map, &mut self.out_result),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExpireCommodityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExpireCommodityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetActivationCodeByCallerUnionIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetActivationCodeByCallerUnionIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetActivationCodeByCallerUnionIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accessKey", &self.access_key);
    }
}
/// The request of [`Api::get_activity_button_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetActivityButtonListRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetActivityButtonListRequest {
    /// A `GetActivityButtonListRequest` with its required fields (`systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(system_token: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            language: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetActivityButtonListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetActivityButtonListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetActivityListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetActivityListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "language" => rt::read_field(map, &mut self.language),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetAllAuthCubesRequest {
    /// A `GetAllAuthCubesRequest` with its required fields (`appType`, `corpId`, `pageNumber`, `pageSize`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        corp_id: impl Into<String>,
        page_number: i64,
        page_size: i64,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            corp_id: corp_id.into(),
            keywords: None,
            page_number,
            page_size,
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `keywords`.
    pub fn keywords(mut self, value: impl Into<String>) -> Self {
        self.keywords = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetAllAuthCubesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("keywords", &self.keywords)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAllAuthCubesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAllAuthCubesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "keywords" => rt::read_field(map, &mut self.keywords),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for GetApplicationAuthorizationServicePlatformResourceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetApplicationAuthorizationServicePlatformResourceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetAutoFlowLogDetailRequest {
    /// A `GetAutoFlowLogDetailRequest` with its required fields (`corpId`, `pageNumber`, `pageSize`, `procInstanceId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        page_number: i64,
        page_size: i64,
        proc_instance_id: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            env: None,
            page_number,
            page_size,
            proc_instance_id: proc_instance_id.into(),
            token: token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAutoFlowLogDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAutoFlowLogDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "env" => rt::read_field(map, &mut self.env),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "procInstanceId" => rt::read_field(map, &mut self.proc_instance_id),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetCorpAccomplishmentTasksRequest {
    /// A `GetCorpAccomplishmentTasksRequest` with its required fields (`token`); set the others with the methods named after them.
    pub fn new(token: impl Into<String>) -> Self {
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
            token: token.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCorpAccomplishmentTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCorpAccomplishmentTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appTypes" => rt::read_field(map, &mut self.app_types),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "env" => rt::read_field(map, &mut self.env),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "language" => rt::read_field(map, &mut self.language),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "processCodes" => rt::read_field(map, &mut self.process_codes),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCorpLevelByAccountIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCorpLevelByAccountIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCorpLevelByAccountIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountId", &self.account_id);
    }
}
/// The request of [`Api::get_corp_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetCorpTasksRequest {
    /// A `GetCorpTasksRequest` with its required fields (`corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_types: None,
            corp_id: corp_id.into(),
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            keyword: None,
            language: None,
            page_number: None,
            page_size: None,
            process_codes: None,
            token: token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCorpTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCorpTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appTypes" => rt::read_field(map, &mut self.app_types),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "env" => rt::read_field(map, &mut self.env),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "language" => rt::read_field(map, &mut self.language),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "processCodes" => rt::read_field(map, &mut self.process_codes),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetDbConfigRequest {
    /// A `GetDbConfigRequest` with its required fields (`appType`, `corpId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        corp_id: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            corp_id: corp_id.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDbConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDbConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetFieldDefByUuidRequest {
    /// A `GetFieldDefByUuidRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_uuid: form_uuid.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFieldDefByUuidRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFieldDefByUuidRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetFormComponentDefinitionListRequest {
    /// A `GetFormComponentDefinitionListRequest` with its required fields (`systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(system_token: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            language: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFormComponentDefinitionListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFormComponentDefinitionListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFormDataByIDRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFormDataByIDRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetFormListInAppRequest {
    /// A `GetFormListInAppRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_types: None,
            page_number: None,
            page_size: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFormListInAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFormListInAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formTypes" => rt::read_field(map, &mut self.form_types),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetInstanceByIdRequest {
    /// A `GetInstanceByIdRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            language: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInstanceByIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInstanceByIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetInstanceIdListRequest {
    /// A `GetInstanceIdListRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            page_number: None,
            page_size: None,
            app_type: app_type.into(),
            approved_result: None,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            form_uuid: form_uuid.into(),
            instance_status: None,
            language: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            originator_id: None,
            search_field_json: None,
            system_token: system_token.into(),
            task_id: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for GetInstanceIdListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("approvedResult", &self.approved_result)?;
        object.optional("createFromTimeGMT", &self.create_from_time_gmt)?;
        object.optional("createToTimeGMT", &self.create_to_time_gmt)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("instanceStatus", &self.instance_status)?;
        object.optional("language", &self.language)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("searchFieldJson", &self.search_field_json)?;
        object.field("systemToken", &self.system_token)?;
        object.optional("taskId", &self.task_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInstanceIdListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInstanceIdListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "appType" => rt::read_field(map, &mut self.app_type),
            "approvedResult" => rt::read_field(map, &mut self.approved_result),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "instanceStatus" => rt::read_field(map, &mut self.instance_status),
            "language" => rt::read_field(map, &mut self.language),
            "modifiedFromTimeGMT" => {
                rt::read_field(map, &mut self.modified_from_time_gmt)
            }
            "modifiedToTimeGMT" => rt::read_field(map, &mut self.modified_to_time_gmt),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "searchFieldJson" => rt::read_field(map, &mut self.search_field_json),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetInstancesRequest {
    /// A `GetInstancesRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            page_number: None,
            page_size: None,
            app_type: app_type.into(),
            approved_result: None,
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            form_uuid: form_uuid.into(),
            instance_status: None,
            language: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            search_field_json: None,
            system_token: system_token.into(),
            task_id: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for GetInstancesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("approvedResult", &self.approved_result)?;
        object.optional("createFromTimeGMT", &self.create_from_time_gmt)?;
        object.optional("createToTimeGMT", &self.create_to_time_gmt)?;
        object.optional("env", &self.env)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("instanceStatus", &self.instance_status)?;
        object.optional("language", &self.language)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("orderConfigJson", &self.order_config_json)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("searchFieldJson", &self.search_field_json)?;
        object.field("systemToken", &self.system_token)?;
        object.optional("taskId", &self.task_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "appType" => rt::read_field(map, &mut self.app_type),
            "approvedResult" => rt::read_field(map, &mut self.approved_result),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "env" => rt::read_field(map, &mut self.env),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "instanceStatus" => rt::read_field(map, &mut self.instance_status),
            "language" => rt::read_field(map, &mut self.language),
            "modifiedFromTimeGMT" => {
                rt::read_field(map, &mut self.modified_from_time_gmt)
            }
            "modifiedToTimeGMT" => rt::read_field(map, &mut self.modified_to_time_gmt),
            "orderConfigJson" => rt::read_field(map, &mut self.order_config_json),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "searchFieldJson" => rt::read_field(map, &mut self.search_field_json),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetInstancesByIdListRequest {
    /// A `GetInstancesByIdListRequest` with its required fields (`appType`, `processInstanceIds`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        process_instance_ids: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            form_uuid: None,
            language: None,
            process_instance_ids: process_instance_ids.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInstancesByIdListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInstancesByIdListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "processInstanceIds" => rt::read_field(map, &mut self.process_instance_ids),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetMeCorpSubmissionRequest {
    /// A `GetMeCorpSubmissionRequest` with its required fields (`corpId`, `token`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>, token: impl Into<String>) -> Self {
        Self {
            app_types: None,
            corp_id: corp_id.into(),
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            keyword: None,
            language: None,
            page_number: None,
            page_size: None,
            process_codes: None,
            token: token.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMeCorpSubmissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMeCorpSubmissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appTypes" => rt::read_field(map, &mut self.app_types),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "env" => rt::read_field(map, &mut self.env),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "language" => rt::read_field(map, &mut self.language),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "processCodes" => rt::read_field(map, &mut self.process_codes),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetNotifyMeRequest {
    /// A `GetNotifyMeRequest` with its required fields (`corpId`, `token`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>, token: impl Into<String>) -> Self {
        Self {
            app_types: None,
            corp_id: corp_id.into(),
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
            token: token.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetNotifyMeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetNotifyMeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appTypes" => rt::read_field(map, &mut self.app_types),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "env" => rt::read_field(map, &mut self.env),
            "instanceCreateFromTimeGMT" => {
                rt::read_field(map, &mut self.instance_create_from_time_gmt)
            }
            "instanceCreateToTimeGMT" => {
                rt::read_field(map, &mut self.instance_create_to_time_gmt)
            }
            "keyword" => rt::read_field(map, &mut self.keyword),
            "language" => rt::read_field(map, &mut self.language),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "processCodes" => rt::read_field(map, &mut self.process_codes),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetOpenUrlRequest {
    /// A `GetOpenUrlRequest` with its required fields (`fileUrl`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        file_url: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            file_url: file_url.into(),
            language: None,
            system_token: system_token.into(),
            timeout: None,
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOpenUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOpenUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileUrl" => rt::read_field(map, &mut self.file_url),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "timeout" => rt::read_field(map, &mut self.timeout),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetOperationRecordsRequest {
    /// A `GetOperationRecordsRequest` with its required fields (`appType`, `processInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        process_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            language: None,
            process_instance_id: process_instance_id.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOperationRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOperationRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "language" => rt::read_field(map, &mut self.language),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPlatformResourceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPlatformResourceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPrintAppInfoRequest {
    /// `nameLike`: a query parameter.
    pub name_like: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetPrintAppInfoRequest {
    /// A `GetPrintAppInfoRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            name_like: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `nameLike`.
    pub fn name_like(mut self, value: impl Into<String>) -> Self {
        self.name_like = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPrintAppInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPrintAppInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nameLike" => rt::read_field(map, &mut self.name_like),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetPrintAppInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("nameLike", &self.name_like);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_print_dictionary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetPrintDictionaryRequest {
    /// A `GetPrintDictionaryRequest` with its required fields (`appType`, `formUuid`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_uuid: form_uuid.into(),
            user_id: user_id.into(),
            version: None,
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPrintDictionaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPrintDictionaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "userId" => rt::read_field(map, &mut self.user_id),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessDefinitionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessDefinitionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "language" => rt::read_field(map, &mut self.language),
            "nameSpace" => rt::read_field(map, &mut self.name_space),
            "orderNumber" => rt::read_field(map, &mut self.order_number),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "systemType" => rt::read_field(map, &mut self.system_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetProcessDesignRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetProcessDesignRequest {
    /// A `GetProcessDesignRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessDesignRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetProcessDesignByCodeRequest {
    /// A `GetProcessDesignByCodeRequest` with its required fields (`appType`, `processCode`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        process_code: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            process_code: process_code.into(),
            process_id: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessDesignByCodeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessDesignByCodeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processId" => rt::read_field(map, &mut self.process_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetRunningTaskListRequest {
    /// A `GetRunningTaskListRequest` with its required fields (`appType`, `processInstanceIdList`, `systemToken`, `userCorpId`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        process_instance_id_list: impl Into<String>,
        system_token: impl Into<String>,
        user_corp_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            process_instance_id_list: process_instance_id_list.into(),
            system_token: system_token.into(),
            user_corp_id: user_corp_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetRunningTaskListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.field("processInstanceIdList", &self.process_instance_id_list)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userCorpId", &self.user_corp_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRunningTaskListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRunningTaskListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "processInstanceIdList" => {
                rt::read_field(map, &mut self.process_instance_id_list)
            }
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userCorpId" => rt::read_field(map, &mut self.user_corp_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRunningTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRunningTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "language" => rt::read_field(map, &mut self.language),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSaleUserInfoByUserIdRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `namespace`: a query parameter.
    pub namespace: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetSaleUserInfoByUserIdRequest {
    /// A `GetSaleUserInfoByUserIdRequest` with its required fields (`corpId`, `namespace`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        namespace: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            namespace: namespace.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSaleUserInfoByUserIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSaleUserInfoByUserIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "namespace" => rt::read_field(map, &mut self.namespace),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetSimpleCubeModelListRequest {
    /// A `GetSimpleCubeModelListRequest` with its required fields (`appType`, `corpId`, `cubeCode`, `cubeTenantId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        corp_id: impl Into<String>,
        cube_code: impl Into<String>,
        cube_tenant_id: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            corp_id: corp_id.into(),
            cube_code: cube_code.into(),
            cube_tenant_id: cube_tenant_id.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSimpleCubeModelListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSimpleCubeModelListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "cubeCode" => rt::read_field(map, &mut self.cube_code),
            "cubeTenantId" => rt::read_field(map, &mut self.cube_tenant_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetTaskCopiesRequest {
    /// A `GetTaskCopiesRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            env: None,
            keyword: None,
            language: None,
            page_number: None,
            page_size: None,
            process_codes: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTaskCopiesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTaskCopiesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "env" => rt::read_field(map, &mut self.env),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "language" => rt::read_field(map, &mut self.language),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "processCodes" => rt::read_field(map, &mut self.process_codes),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListApplicationRequest {
    /// A `ListApplicationRequest` with its required fields (`corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_filter: None,
            app_name_search_keyword: None,
            corp_id: corp_id.into(),
            env: None,
            page_number: None,
            page_size: None,
            token: token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListApplicationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListApplicationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appFilter" => rt::read_field(map, &mut self.app_filter),
            "appNameSearchKeyword" => {
                rt::read_field(map, &mut self.app_name_search_keyword)
            }
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "env" => rt::read_field(map, &mut self.env),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ListApplicationAuthorizationServiceApplicationInformationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListApplicationAuthorizationServiceApplicationInformationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUnionId" => rt::read_field(map, &mut self.caller_union_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ListApplicationAuthorizationServiceConnectorInformationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListApplicationAuthorizationServiceConnectorInformationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListApplicationInformationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListApplicationInformationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListCommodityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListCommodityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListConnectorInformationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListConnectorInformationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListFormRemarksRequest {
    /// A `ListFormRemarksRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            form_instance_id_list: None,
            form_uuid: form_uuid.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for ListFormRemarksRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("env", &self.env)?;
        object.optional("formInstanceIdList", &self.form_instance_id_list)?;
        object.field("formUuid", &self.form_uuid)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListFormRemarksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListFormRemarksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "formInstanceIdList" => rt::read_field(map, &mut self.form_instance_id_list),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListFormRemarksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_navigation_by_form_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListNavigationByFormTypeRequest {
    /// A `ListNavigationByFormTypeRequest` with its required fields (`appType`, `formType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_type: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_type: form_type.into(),
            language: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListNavigationByFormTypeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListNavigationByFormTypeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formType" => rt::read_field(map, &mut self.form_type),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListOperationLogsRequest {
    /// A `ListOperationLogsRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_instance_id_list: None,
            form_uuid: form_uuid.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for ListOperationLogsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("formInstanceIdList", &self.form_instance_id_list)?;
        object.field("formUuid", &self.form_uuid)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListOperationLogsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListOperationLogsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formInstanceIdList" => rt::read_field(map, &mut self.form_instance_id_list),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListOperationLogsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_table_data_by_form_instance_id_table_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListTableDataByFormInstanceIdTableIdRequest {
    /// A `ListTableDataByFormInstanceIdTableIdRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `tableFieldId`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        table_field_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_uuid: form_uuid.into(),
            need_row_id: None,
            page_number: None,
            page_size: None,
            system_token: system_token.into(),
            table_field_id: table_field_id.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListTableDataByFormInstanceIdTableIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListTableDataByFormInstanceIdTableIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "needRowId" => rt::read_field(map, &mut self.need_row_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "tableFieldId" => rt::read_field(map, &mut self.table_field_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LoginCodeGenRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl LoginCodeGenRequest {
    /// A `LoginCodeGenRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LoginCodeGenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LoginCodeGenRequest {
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
impl rt::serde::Serialize for NotifyAuthorizationResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKey", &self.access_key)?;
        object.optional("accountNumber", &self.account_number)?;
        object.optional("beginTimeGMT", &self.begin_time_gmt)?;
        object.optional("callerUid", &self.caller_uid)?;
        object.optional("chargeType", &self.charge_type)?;
        object.optional("commerceType", &self.commerce_type)?;
        object.optional("commodityType", &self.commodity_type)?;
        object.optional("endTimeGMT", &self.end_time_gmt)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("instanceName", &self.instance_name)?;
        object.optional("produceCode", &self.produce_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for NotifyAuthorizationResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for NotifyAuthorizationResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "accountNumber" => rt::read_field(map, &mut self.account_number),
            "beginTimeGMT" => rt::read_field(map, &mut self.begin_time_gmt),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "chargeType" => rt::read_field(map, &mut self.charge_type),
            "commerceType" => rt::read_field(map, &mut self.commerce_type),
            "commodityType" => rt::read_field(map, &mut self.commodity_type),
            "endTimeGMT" => rt::read_field(map, &mut self.end_time_gmt),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "instanceName" => rt::read_field(map, &mut self.instance_name),
            "produceCode" => rt::read_field(map, &mut self.produce_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for NotifyAuthorizationResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::page_auto_flow_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PageAutoFlowLogRequest {
    /// A `PageAutoFlowLogRequest` with its required fields (`corpId`, `pageNumber`, `pageSize`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        page_number: i64,
        page_size: i64,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: None,
            corp_id: corp_id.into(),
            end_time_gmt: None,
            env: None,
            form_uuid: None,
            page_number,
            page_size,
            process_code: None,
            start_time_gmt: None,
            status: None,
            token: token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for PageAutoFlowLogRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("endTimeGMT", &self.end_time_gmt)?;
        object.optional("env", &self.env)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("startTimeGMT", &self.start_time_gmt)?;
        object.optional("status", &self.status)?;
        object.field("token", &self.token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageAutoFlowLogRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageAutoFlowLogRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "endTimeGMT" => rt::read_field(map, &mut self.end_time_gmt),
            "env" => rt::read_field(map, &mut self.env),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "startTimeGMT" => rt::read_field(map, &mut self.start_time_gmt),
            "status" => rt::read_field(map, &mut self.status),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PageAutoFlowLogRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::page_form_base_infos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PageFormBaseInfosRequest {
    /// A `PageFormBaseInfosRequest` with its required fields (`appKey`, `pageIndex`, `pageSize`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_key: impl Into<String>,
        page_index: i64,
        page_size: i64,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_key: app_key.into(),
            form_type_list: None,
            language: None,
            page_index,
            page_size,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for PageFormBaseInfosRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appKey", &self.app_key)?;
        object.optional("formTypeList", &self.form_type_list)?;
        object.optional("language", &self.language)?;
        object.field("pageIndex", &self.page_index)?;
        object.field("pageSize", &self.page_size)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageFormBaseInfosRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageFormBaseInfosRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appKey" => rt::read_field(map, &mut self.app_key),
            "formTypeList" => rt::read_field(map, &mut self.form_type_list),
            "language" => rt::read_field(map, &mut self.language),
            "pageIndex" => rt::read_field(map, &mut self.page_index),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PageFormBaseInfosRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::preview_published_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PreviewPublishedProcessRequest {
    /// A `PreviewPublishedProcessRequest` with its required fields (`appType`, `formDataJson`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_data_json: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            department_id: None,
            env: None,
            form_data_json: form_data_json.into(),
            form_uuid: form_uuid.into(),
            language: None,
            process_code: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for PreviewPublishedProcessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("env", &self.env)?;
        object.field("formDataJson", &self.form_data_json)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("language", &self.language)?;
        object.optional("processCode", &self.process_code)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PreviewPublishedProcessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PreviewPublishedProcessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "env" => rt::read_field(map, &mut self.env),
            "formDataJson" => rt::read_field(map, &mut self.form_data_json),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PreviewPublishedProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_service_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryServiceRecordRequest {
    /// A `QueryServiceRecordRequest` with its required fields (`appType`, `formUuid`, `instanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        instance_id: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_uuid: form_uuid.into(),
            hook_type: None,
            hook_uuid: None,
            instance_id: instance_id.into(),
            invoke_after_date_gmt: None,
            invoke_before_date_gmt: None,
            invoke_status: None,
            page_number: None,
            page_size: None,
            request_url: None,
            source_uuid: None,
            success: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryServiceRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryServiceRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "hookType" => rt::read_field(map, &mut self.hook_type),
            "hookUuid" => rt::read_field(map, &mut self.hook_uuid),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "invokeAfterDateGMT" => rt::read_field(map, &mut self.invoke_after_date_gmt),
            "invokeBeforeDateGMT" => {
                rt::read_field(map, &mut self.invoke_before_date_gmt)
            }
            "invokeStatus" => rt::read_field(map, &mut self.invoke_status),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "requestUrl" => rt::read_field(map, &mut self.request_url),
            "sourceUuid" => rt::read_field(map, &mut self.source_uuid),
            "success" => rt::read_field(map, &mut self.success),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RedirectTaskRequest {
    /// A `RedirectTaskRequest` with its required fields (`appType`, `nowActionExecutorId`, `processInstanceId`, `remark`, `systemToken`, `taskId`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        now_action_executor_id: impl Into<String>,
        process_instance_id: impl Into<String>,
        remark: impl Into<String>,
        system_token: impl Into<String>,
        task_id: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            by_manager: None,
            env: None,
            language: None,
            now_action_executor_id: now_action_executor_id.into(),
            process_instance_id: process_instance_id.into(),
            remark: remark.into(),
            system_token: system_token.into(),
            task_id,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for RedirectTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("byManager", &self.by_manager)?;
        object.optional("env", &self.env)?;
        object.optional("language", &self.language)?;
        object.field("nowActionExecutorId", &self.now_action_executor_id)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("remark", &self.remark)?;
        object.field("systemToken", &self.system_token)?;
        object.field("taskId", &self.task_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RedirectTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RedirectTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "byManager" => rt::read_field(map, &mut self.by_manager),
            "env" => rt::read_field(map, &mut self.env),
            "language" => rt::read_field(map, &mut self.language),
            "nowActionExecutorId" => {
                rt::read_field(map, &mut self.now_action_executor_id)
            }
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RefundCommodityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RefundCommodityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RegisterAccountsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKey", &self.access_key)?;
        object.optional("activeCode", &self.active_code)?;
        object.optional("corpId", &self.corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RegisterAccountsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RegisterAccountsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "activeCode" => rt::read_field(map, &mut self.active_code),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ReleaseCommodityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReleaseCommodityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveTenantResourceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveTenantResourceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RenderBatchCallbackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("language", &self.language)?;
        object.optional("namespace", &self.namespace)?;
        object.optional("ossUrl", &self.oss_url)?;
        object.optional("sequenceId", &self.sequence_id)?;
        object.optional("source", &self.source)?;
        object.optional("status", &self.status)?;
        object.optional("systemToken", &self.system_token)?;
        object.optional("timeZone", &self.time_zone)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RenderBatchCallbackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RenderBatchCallbackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "language" => rt::read_field(map, &mut self.language),
            "namespace" => rt::read_field(map, &mut self.namespace),
            "ossUrl" => rt::read_field(map, &mut self.oss_url),
            "sequenceId" => rt::read_field(map, &mut self.sequence_id),
            "source" => rt::read_field(map, &mut self.source),
            "status" => rt::read_field(map, &mut self.status),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "timeZone" => rt::read_field(map, &mut self.time_zone),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RenewApplicationAuthorizationServiceOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKey", &self.access_key)?;
        object.optional("callerUnionId", &self.caller_union_id)?;
        object.optional("endTimeGMT", &self.end_time_gmt)?;
        object.optional("instanceId", &self.instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for RenewApplicationAuthorizationServiceOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RenewApplicationAuthorizationServiceOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUnionId" => rt::read_field(map, &mut self.caller_union_id),
            "endTimeGMT" => rt::read_field(map, &mut self.end_time_gmt),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RenewTenantOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKey", &self.access_key)?;
        object.optional("callerUnionId", &self.caller_union_id)?;
        object.optional("endTimeGMT", &self.end_time_gmt)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RenewTenantOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RenewTenantOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUnionId" => rt::read_field(map, &mut self.caller_union_id),
            "endTimeGMT" => rt::read_field(map, &mut self.end_time_gmt),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RenewTenantOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SaveFormDataRequest {
    /// A `SaveFormDataRequest` with its required fields (`appType`, `formDataJson`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_data_json: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_data_json: form_data_json.into(),
            form_uuid: form_uuid.into(),
            language: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SaveFormDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.field("formDataJson", &self.form_data_json)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("language", &self.language)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveFormDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveFormDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formDataJson" => rt::read_field(map, &mut self.form_data_json),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_form_remark`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SaveFormRemarkRequest {
    /// A `SaveFormRemarkRequest` with its required fields (`appType`, `content`, `formInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        content: impl Into<String>,
        form_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            at_user_id: None,
            content: content.into(),
            env: None,
            form_instance_id: form_instance_id.into(),
            form_uuid: None,
            language: None,
            reply_id: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SaveFormRemarkRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("atUserId", &self.at_user_id)?;
        object.field("content", &self.content)?;
        object.optional("env", &self.env)?;
        object.field("formInstanceId", &self.form_instance_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("language", &self.language)?;
        object.optional("replyId", &self.reply_id)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveFormRemarkRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveFormRemarkRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "atUserId" => rt::read_field(map, &mut self.at_user_id),
            "content" => rt::read_field(map, &mut self.content),
            "env" => rt::read_field(map, &mut self.env),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "replyId" => rt::read_field(map, &mut self.reply_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveFormRemarkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_print_tpl_detail_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SavePrintTplDetailInfoRequest {
    /// A `SavePrintTplDetailInfoRequest` with its required fields (`appType`, `formUuid`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            description: None,
            file_name_config: None,
            form_uuid: form_uuid.into(),
            form_version: None,
            setting: None,
            template_id: None,
            title: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SavePrintTplDetailInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("description", &self.description)?;
        object.optional("fileNameConfig", &self.file_name_config)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("formVersion", &self.form_version)?;
        object.optional("setting", &self.setting)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.field("userId", &self.user_id)?;
        object.optional("vm", &self.vm)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SavePrintTplDetailInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SavePrintTplDetailInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "description" => rt::read_field(map, &mut self.description),
            "fileNameConfig" => rt::read_field(map, &mut self.file_name_config),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "formVersion" => rt::read_field(map, &mut self.form_version),
            "setting" => rt::read_field(map, &mut self.setting),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            "vm" => rt::read_field(map, &mut self.vm),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SavePrintTplDetailInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_activation_code`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchActivationCodeRequest {
    /// `accessKey`: a query parameter.
    pub access_key: Option<String>,
    /// `callerUid`: a query parameter.
    pub caller_uid: String,
}
impl SearchActivationCodeRequest {
    /// A `SearchActivationCodeRequest` with its required fields (`callerUid`); set the others with the methods named after them.
    pub fn new(caller_uid: impl Into<String>) -> Self {
        Self {
            access_key: None,
            caller_uid: caller_uid.into(),
        }
    }
    /// Sets `accessKey`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchActivationCodeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchActivationCodeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SearchEmployeeFieldValuesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("createFromTimeGMT", &self.create_from_time_gmt)?;
        object.optional("createToTimeGMT", &self.create_to_time_gmt)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("language", &self.language)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("searchFieldJson", &self.search_field_json)?;
        object.optional("systemToken", &self.system_token)?;
        object.optional("targetFieldJson", &self.target_field_json)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchEmployeeFieldValuesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchEmployeeFieldValuesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "modifiedFromTimeGMT" => {
                rt::read_field(map, &mut self.modified_from_time_gmt)
            }
            "modifiedToTimeGMT" => rt::read_field(map, &mut self.modified_to_time_gmt),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "searchFieldJson" => rt::read_field(map, &mut self.search_field_json),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "targetFieldJson" => rt::read_field(map, &mut self.target_field_json),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchEmployeeFieldValuesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_form_data_id_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchFormDataIdListRequest {
    /// A `SearchFormDataIdListRequest` with its required fields (`systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(system_token: impl Into<String>, user_id: impl Into<String>) -> Self {
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
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SearchFormDataIdListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createFromTimeGMT", &self.create_from_time_gmt)?;
        object.optional("createToTimeGMT", &self.create_to_time_gmt)?;
        object.optional("language", &self.language)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("searchFieldJson", &self.search_field_json)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchFormDataIdListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchFormDataIdListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "language" => rt::read_field(map, &mut self.language),
            "modifiedFromTimeGMT" => {
                rt::read_field(map, &mut self.modified_from_time_gmt)
            }
            "modifiedToTimeGMT" => rt::read_field(map, &mut self.modified_to_time_gmt),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "searchFieldJson" => rt::read_field(map, &mut self.search_field_json),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchFormDataRemovalTableDataRequest {
    /// A `SearchFormDataRemovalTableDataRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            form_uuid: form_uuid.into(),
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            page_number: None,
            page_size: None,
            search_field_json: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SearchFormDataRemovalTableDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("createFromTimeGMT", &self.create_from_time_gmt)?;
        object.optional("createToTimeGMT", &self.create_to_time_gmt)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("orderConfigJson", &self.order_config_json)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("searchFieldJson", &self.search_field_json)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchFormDataRemovalTableDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchFormDataRemovalTableDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "modifiedFromTimeGMT" => {
                rt::read_field(map, &mut self.modified_from_time_gmt)
            }
            "modifiedToTimeGMT" => rt::read_field(map, &mut self.modified_to_time_gmt),
            "orderConfigJson" => rt::read_field(map, &mut self.order_config_json),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "searchFieldJson" => rt::read_field(map, &mut self.search_field_json),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchFormDataRemovalTableDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_form_data_second_generation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchFormDataSecondGenerationRequest {
    /// A `SearchFormDataSecondGenerationRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            form_uuid: form_uuid.into(),
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            page_number: None,
            page_size: None,
            search_condition: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SearchFormDataSecondGenerationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("createFromTimeGMT", &self.create_from_time_gmt)?;
        object.optional("createToTimeGMT", &self.create_to_time_gmt)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("orderConfigJson", &self.order_config_json)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("searchCondition", &self.search_condition)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchFormDataSecondGenerationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchFormDataSecondGenerationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "modifiedFromTimeGMT" => {
                rt::read_field(map, &mut self.modified_from_time_gmt)
            }
            "modifiedToTimeGMT" => rt::read_field(map, &mut self.modified_to_time_gmt),
            "orderConfigJson" => rt::read_field(map, &mut self.order_config_json),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "searchCondition" => rt::read_field(map, &mut self.search_condition),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchFormDataSecondGenerationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_form_data_second_generation_no_table_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchFormDataSecondGenerationNoTableFieldRequest {
    /// A `SearchFormDataSecondGenerationNoTableFieldRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            form_uuid: form_uuid.into(),
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            page_number: None,
            page_size: None,
            search_condition: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SearchFormDataSecondGenerationNoTableFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("createFromTimeGMT", &self.create_from_time_gmt)?;
        object.optional("createToTimeGMT", &self.create_to_time_gmt)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("orderConfigJson", &self.order_config_json)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("searchCondition", &self.search_condition)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SearchFormDataSecondGenerationNoTableFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchFormDataSecondGenerationNoTableFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "modifiedFromTimeGMT" => {
                rt::read_field(map, &mut self.modified_from_time_gmt)
            }
            "modifiedToTimeGMT" => rt::read_field(map, &mut self.modified_to_time_gmt),
            "orderConfigJson" => rt::read_field(map, &mut self.order_config_json),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "searchCondition" => rt::read_field(map, &mut self.search_condition),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchFormDataSecondGenerationNoTableFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_form_datas`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchFormDatasRequest {
    /// A `SearchFormDatasRequest` with its required fields (`appType`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            create_from_time_gmt: None,
            create_to_time_gmt: None,
            current_page: None,
            dynamic_order: None,
            env: None,
            form_uuid: form_uuid.into(),
            language: None,
            logic_operator: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            originator_id: None,
            page_size: None,
            search_field_json: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SearchFormDatasRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("createFromTimeGMT", &self.create_from_time_gmt)?;
        object.optional("createToTimeGMT", &self.create_to_time_gmt)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("dynamicOrder", &self.dynamic_order)?;
        object.optional("env", &self.env)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("language", &self.language)?;
        object.optional("logicOperator", &self.logic_operator)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("searchFieldJson", &self.search_field_json)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchFormDatasRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchFormDatasRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "createFromTimeGMT" => rt::read_field(map, &mut self.create_from_time_gmt),
            "createToTimeGMT" => rt::read_field(map, &mut self.create_to_time_gmt),
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "dynamicOrder" => rt::read_field(map, &mut self.dynamic_order),
            "env" => rt::read_field(map, &mut self.env),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "logicOperator" => rt::read_field(map, &mut self.logic_operator),
            "modifiedFromTimeGMT" => {
                rt::read_field(map, &mut self.modified_from_time_gmt)
            }
            "modifiedToTimeGMT" => rt::read_field(map, &mut self.modified_to_time_gmt),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "searchFieldJson" => rt::read_field(map, &mut self.search_field_json),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchFormDatasRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::start_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl StartInstanceRequest {
    /// A `StartInstanceRequest` with its required fields (`appType`, `formDataJson`, `formUuid`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_data_json: impl Into<String>,
        form_uuid: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            department_id: None,
            form_data_json: form_data_json.into(),
            form_uuid: form_uuid.into(),
            language: None,
            process_code: None,
            process_data: None,
            system_token: system_token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for StartInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("departmentId", &self.department_id)?;
        object.field("formDataJson", &self.form_data_json)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("language", &self.language)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processData", &self.process_data)?;
        object.field("systemToken", &self.system_token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StartInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StartInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "formDataJson" => rt::read_field(map, &mut self.form_data_json),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processData" => rt::read_field(map, &mut self.process_data),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for TerminateCloudAuthorizationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKey", &self.access_key)?;
        object.optional("callerUnionId", &self.caller_union_id)?;
        object.optional("instanceId", &self.instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TerminateCloudAuthorizationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TerminateCloudAuthorizationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUnionId" => rt::read_field(map, &mut self.caller_union_id),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TerminateCloudAuthorizationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::terminate_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl TerminateInstanceRequest {
    /// A `TerminateInstanceRequest` with its required fields (`appType`, `processInstanceId`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        process_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            language: None,
            process_instance_id: process_instance_id.into(),
            system_token: system_token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TerminateInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TerminateInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "language" => rt::read_field(map, &mut self.language),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateCloudAccountInformationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKey", &self.access_key)?;
        object.optional("accountNumber", &self.account_number)?;
        object.optional("callerUnionId", &self.caller_union_id)?;
        object.optional("commodityType", &self.commodity_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCloudAccountInformationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCloudAccountInformationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "accountNumber" => rt::read_field(map, &mut self.account_number),
            "callerUnionId" => rt::read_field(map, &mut self.caller_union_id),
            "commodityType" => rt::read_field(map, &mut self.commodity_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateCloudAccountInformationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateFormDataRequest {
    /// A `UpdateFormDataRequest` with its required fields (`formInstanceId`, `systemToken`, `updateFormDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(
        form_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        update_form_data_json: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: None,
            env: None,
            form_instance_id: form_instance_id.into(),
            language: None,
            system_token: system_token.into(),
            update_form_data_json: update_form_data_json.into(),
            use_latest_version: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for UpdateFormDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("env", &self.env)?;
        object.field("formInstanceId", &self.form_instance_id)?;
        object.optional("language", &self.language)?;
        object.field("systemToken", &self.system_token)?;
        object.field("updateFormDataJson", &self.update_form_data_json)?;
        object.optional("useLatestVersion", &self.use_latest_version)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFormDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFormDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "env" => rt::read_field(map, &mut self.env),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "updateFormDataJson" => rt::read_field(map, &mut self.update_form_data_json),
            "useLatestVersion" => rt::read_field(map, &mut self.use_latest_version),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateInstanceRequest {
    /// A `UpdateInstanceRequest` with its required fields (`appType`, `processInstanceId`, `systemToken`, `updateFormDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        process_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        update_form_data_json: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            language: None,
            process_instance_id: process_instance_id.into(),
            system_token: system_token.into(),
            update_form_data_json: update_form_data_json.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("language", &self.language)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("systemToken", &self.system_token)?;
        object.field("updateFormDataJson", &self.update_form_data_json)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "language" => rt::read_field(map, &mut self.language),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "updateFormDataJson" => rt::read_field(map, &mut self.update_form_data_json),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("errorLines", &self.error_lines)?;
        object.optional("importSequence", &self.import_sequence)?;
        object.optional("language", &self.language)?;
        object.optional("status", &self.status)?;
        object.optional("systemToken", &self.system_token)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "errorLines" => rt::read_field(map, &mut self.error_lines),
            "importSequence" => rt::read_field(map, &mut self.import_sequence),
            "language" => rt::read_field(map, &mut self.language),
            "status" => rt::read_field(map, &mut self.status),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpgradeTenantInformationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKey", &self.access_key)?;
        object.optional("accountNumber", &self.account_number)?;
        object.optional("callerUnionId", &self.caller_union_id)?;
        object.optional("commodityType", &self.commodity_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpgradeTenantInformationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpgradeTenantInformationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "accountNumber" => rt::read_field(map, &mut self.account_number),
            "callerUnionId" => rt::read_field(map, &mut self.caller_union_id),
            "commodityType" => rt::read_field(map, &mut self.commodity_type),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ValidateApplicationAuthorizationOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ValidateApplicationAuthorizationOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUnionId" => rt::read_field(map, &mut self.caller_union_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ValidateApplicationAuthorizationServiceOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ValidateApplicationAuthorizationServiceOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ValidateApplicationServiceOrderUpgradeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ValidateApplicationServiceOrderUpgradeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            _ => Ok(false),
        }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ValidateOrderBuyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ValidateOrderBuyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ValidateOrderUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ValidateOrderUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ValidateOrderUpgradeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ValidateOrderUpgradeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKey" => rt::read_field(map, &mut self.access_key),
            "callerUid" => rt::read_field(map, &mut self.caller_uid),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
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
