// @generated from api-spec/yida_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 宜搭 2.0 (Yida 2.0)：宜搭的角色成员与代理。
//!
//! 25 operations, methods of [`Api`] (`client.yida_2_0()`), behind the cargo feature `yida_2_0`; its paths start with `/v2.0/yida/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `yida_2_0`. Get it with `client.yida_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 批量新增/更新角色成员
    ///
    /// `POST /v2.0/yida/forms/resources/roles/upsert`: DingTalk's `BatchAddOrUpdateRoleMembers` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchAddOrUpdateRoleMembers")]
    #[doc(alias = "/v2.0/yida/forms/resources/roles/upsert")]
    #[doc(alias = "POST /v2.0/yida/forms/resources/roles/upsert")]
    pub fn batch_add_or_update_role_members(
        &self,
        request: &BatchAddOrUpdateRoleMembersRequest,
    ) -> rt::Call<
        BatchAddOrUpdateRoleMembersResponseBody,
        BatchAddOrUpdateRoleMembersError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchAddOrUpdateRoleMembers",
            rt::Method::Post,
            "/v2.0/yida/forms/resources/roles/upsert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量删除角色成员
    ///
    /// `POST /v2.0/yida/forms/resources/roles/remove`: DingTalk's `BatchDeleteRoleMembers` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchDeleteRoleMembers")]
    #[doc(alias = "/v2.0/yida/forms/resources/roles/remove")]
    #[doc(alias = "POST /v2.0/yida/forms/resources/roles/remove")]
    pub fn batch_delete_role_members(
        &self,
        request: &BatchDeleteRoleMembersRequest,
    ) -> rt::Call<BatchDeleteRoleMembersResponseBody, BatchDeleteRoleMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchDeleteRoleMembers",
            rt::Method::Post,
            "/v2.0/yida/forms/resources/roles/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤销代理关系
    ///
    /// `POST /v2.0/yida/forms/resources/agents/cancel`: DingTalk's `CancelAgentTask` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelAgentTask")]
    #[doc(alias = "/v2.0/yida/forms/resources/agents/cancel")]
    #[doc(alias = "POST /v2.0/yida/forms/resources/agents/cancel")]
    pub fn cancel_agent_task(
        &self,
        request: &CancelAgentTaskRequest,
    ) -> rt::Call<CancelAgentTaskResponseBody, CancelAgentTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelAgentTask",
            rt::Method::Post,
            "/v2.0/yida/forms/resources/agents/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建代理关系
    ///
    /// `POST /v2.0/yida/forms/resources/agents/insert`: DingTalk's `CreateAgentTask` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAgentTask")]
    #[doc(alias = "/v2.0/yida/forms/resources/agents/insert")]
    #[doc(alias = "POST /v2.0/yida/forms/resources/agents/insert")]
    pub fn create_agent_task(
        &self,
        request: &CreateAgentTaskRequest,
    ) -> rt::Call<CreateAgentTaskResponseBody, CreateAgentTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAgentTask",
            rt::Method::Post,
            "/v2.0/yida/forms/resources/agents/insert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增或更新表单实例
    ///
    /// `POST /v2.0/yida/forms/instances/insertOrUpdate`: DingTalk's `CreateOrUpdateFormData` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateOrUpdateFormData")]
    #[doc(alias = "/v2.0/yida/forms/instances/insertOrUpdate")]
    #[doc(alias = "POST /v2.0/yida/forms/instances/insertOrUpdate")]
    pub fn create_or_update_form_data(
        &self,
        request: &CreateOrUpdateFormDataRequest,
    ) -> rt::Call<CreateOrUpdateFormDataResponseBody, CreateOrUpdateFormDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateOrUpdateFormData",
            rt::Method::Post,
            "/v2.0/yida/forms/instances/insertOrUpdate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量删除矩阵明细数据
    ///
    /// `POST /v2.0/yida/forms/resources/matrices/remove`: DingTalk's `DeleteMatrixDataByRowIds` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteMatrixDataByRowIds")]
    #[doc(alias = "/v2.0/yida/forms/resources/matrices/remove")]
    #[doc(alias = "POST /v2.0/yida/forms/resources/matrices/remove")]
    pub fn delete_matrix_data_by_row_ids(
        &self,
        request: &DeleteMatrixDataByRowIdsRequest,
    ) -> rt::Call<DeleteMatrixDataByRowIdsResponseBody, DeleteMatrixDataByRowIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMatrixDataByRowIds",
            rt::Method::Post,
            "/v2.0/yida/forms/resources/matrices/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取代理列表
    ///
    /// `GET /v2.0/yida/forms/resources/agents`: DingTalk's `GetAgentTasks` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_agent_tasks_pages`].
    #[doc(alias = "GetAgentTasks")]
    #[doc(alias = "/v2.0/yida/forms/resources/agents")]
    #[doc(alias = "GET /v2.0/yida/forms/resources/agents")]
    pub fn get_agent_tasks(
        &self,
        request: &GetAgentTasksRequest,
    ) -> rt::Call<GetAgentTasksResponseBody, GetAgentTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAgentTasks",
            rt::Method::Get,
            "/v2.0/yida/forms/resources/agents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取表单组件别名列表
    ///
    /// `GET /v2.0/yida/forms/component/alias/{appType}/{formUuid}`: DingTalk's `GetFormComponentAliasList` (module feature `yida_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `app_type`: `{appType}` in the path.
    /// - `form_uuid`: `{formUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFormComponentAliasList")]
    #[doc(alias = "/v2.0/yida/forms/component/alias/{appType}/{formUuid}")]
    #[doc(alias = "GET /v2.0/yida/forms/component/alias/{appType}/{formUuid}")]
    pub fn get_form_component_alias_list(
        &self,
        app_type: &str,
        form_uuid: &str,
        request: &GetFormComponentAliasListRequest,
    ) -> rt::Call<
        GetFormComponentAliasListResponseBody,
        GetFormComponentAliasListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFormComponentAliasList",
            rt::Method::Get,
            "/v2.0/yida/forms/component/alias/{appType}/{formUuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type, form_uuid], request)
    }
    /// 根据表单 ID 查询实例详情
    ///
    /// `GET /v2.0/yida/forms/instances/{id}`: DingTalk's `GetFormDataByID` (module feature `yida_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFormDataByID")]
    #[doc(alias = "/v2.0/yida/forms/instances/{id}")]
    #[doc(alias = "GET /v2.0/yida/forms/instances/{id}")]
    pub fn get_form_data_by_id(
        &self,
        id: &str,
        request: &GetFormDataByIDRequest,
    ) -> rt::Call<GetFormDataByIDResponseBody, GetFormDataByIDError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFormDataByID",
            rt::Method::Get,
            "/v2.0/yida/forms/instances/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[id], request)
    }
    /// 根据实例 ID 获取流程实例详情
    ///
    /// `GET /v2.0/yida/processes/instancesInfos/{id}`: DingTalk's `GetInstanceById` (module feature `yida_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInstanceById")]
    #[doc(alias = "/v2.0/yida/processes/instancesInfos/{id}")]
    #[doc(alias = "GET /v2.0/yida/processes/instancesInfos/{id}")]
    pub fn get_instance_by_id(
        &self,
        id: &str,
        request: &GetInstanceByIdRequest,
    ) -> rt::Call<GetInstanceByIdResponseBody, GetInstanceByIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInstanceById",
            rt::Method::Get,
            "/v2.0/yida/processes/instancesInfos/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[id], request)
    }
    /// 根据条件搜索流程实例 ID
    ///
    /// `POST /v2.0/yida/processes/instanceIds`: DingTalk's `GetInstanceIdList` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_instance_id_list_pages`].
    #[doc(alias = "GetInstanceIdList")]
    #[doc(alias = "/v2.0/yida/processes/instanceIds")]
    #[doc(alias = "POST /v2.0/yida/processes/instanceIds")]
    pub fn get_instance_id_list(
        &self,
        request: &GetInstanceIdListRequest,
    ) -> rt::Call<GetInstanceIdListResponseBody, GetInstanceIdListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInstanceIdList",
            rt::Method::Post,
            "/v2.0/yida/processes/instanceIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据搜索条件获取流程表单实例详情
    ///
    /// `POST /v2.0/yida/processes/instances`: DingTalk's `GetInstances` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_instances_pages`].
    #[doc(alias = "GetInstances")]
    #[doc(alias = "/v2.0/yida/processes/instances")]
    #[doc(alias = "POST /v2.0/yida/processes/instances")]
    pub fn get_instances(
        &self,
        request: &GetInstancesRequest,
    ) -> rt::Call<GetInstancesResponseBody, GetInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInstances",
            rt::Method::Post,
            "/v2.0/yida/processes/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取权限矩阵数据详情
    ///
    /// `GET /v2.0/yida/forms/resources/matrices`: DingTalk's `GetMatrixDetailById` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_matrix_detail_by_id_pages`].
    #[doc(alias = "GetMatrixDetailById")]
    #[doc(alias = "/v2.0/yida/forms/resources/matrices")]
    #[doc(alias = "GET /v2.0/yida/forms/resources/matrices")]
    pub fn get_matrix_detail_by_id(
        &self,
        request: &GetMatrixDetailByIdRequest,
    ) -> rt::Call<GetMatrixDetailByIdResponseBody, GetMatrixDetailByIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMatrixDetailById",
            rt::Method::Get,
            "/v2.0/yida/forms/resources/matrices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取角色详情和成员列表
    ///
    /// `GET /v2.0/yida/forms/resources/roles`: DingTalk's `GetRoleDetailById` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_role_detail_by_id_pages`].
    #[doc(alias = "GetRoleDetailById")]
    #[doc(alias = "/v2.0/yida/forms/resources/roles")]
    #[doc(alias = "GET /v2.0/yida/forms/resources/roles")]
    pub fn get_role_detail_by_id(
        &self,
        request: &GetRoleDetailByIdRequest,
    ) -> rt::Call<GetRoleDetailByIdResponseBody, GetRoleDetailByIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRoleDetailById",
            rt::Method::Get,
            "/v2.0/yida/forms/resources/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 退回流程实例
    ///
    /// `POST /v2.0/yida/processes/instances/restartInstance`: DingTalk's `RestartInstance` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RestartInstance")]
    #[doc(alias = "/v2.0/yida/processes/instances/restartInstance")]
    #[doc(alias = "POST /v2.0/yida/processes/instances/restartInstance")]
    pub fn restart_instance(
        &self,
        request: &RestartInstanceRequest,
    ) -> rt::Call<(), RestartInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RestartInstance",
            rt::Method::Post,
            "/v2.0/yida/processes/instances/restartInstance",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改/新增矩阵明细数据
    ///
    /// `POST /v2.0/yida/forms/resources/matrices/upsert`: DingTalk's `SaveAndUpdateMatrixData` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveAndUpdateMatrixData")]
    #[doc(alias = "/v2.0/yida/forms/resources/matrices/upsert")]
    #[doc(alias = "POST /v2.0/yida/forms/resources/matrices/upsert")]
    pub fn save_and_update_matrix_data(
        &self,
        request: &SaveAndUpdateMatrixDataRequest,
    ) -> rt::Call<SaveAndUpdateMatrixDataResponseBody, SaveAndUpdateMatrixDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveAndUpdateMatrixData",
            rt::Method::Post,
            "/v2.0/yida/forms/resources/matrices/upsert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增表单实例
    ///
    /// `POST /v2.0/yida/forms/instances`: DingTalk's `SaveFormData` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveFormData")]
    #[doc(alias = "/v2.0/yida/forms/instances")]
    #[doc(alias = "POST /v2.0/yida/forms/instances")]
    pub fn save_form_data(
        &self,
        request: &SaveFormDataRequest,
    ) -> rt::Call<SaveFormDataResponseBody, SaveFormDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveFormData",
            rt::Method::Post,
            "/v2.0/yida/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据条件搜索表单实例 ID 列表
    ///
    /// `POST /v2.0/yida/forms/instances/ids/{appType}/{formUuid}`: DingTalk's `SearchFormDataIdList` (module feature `yida_2_0`).
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
    #[doc(alias = "/v2.0/yida/forms/instances/ids/{appType}/{formUuid}")]
    #[doc(alias = "POST /v2.0/yida/forms/instances/ids/{appType}/{formUuid}")]
    pub fn search_form_data_id_list(
        &self,
        app_type: &str,
        form_uuid: &str,
        request: &SearchFormDataIdListRequest,
    ) -> rt::Call<SearchFormDataIdListResponseBody, SearchFormDataIdListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFormDataIdList",
            rt::Method::Post,
            "/v2.0/yida/forms/instances/ids/{appType}/{formUuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type, form_uuid], request)
    }
    /// 通过高级检索条件查询表单实例
    ///
    /// `POST /v2.0/yida/forms/instances/advances/queryAll`: DingTalk's `SearchFormDataSecondGeneration` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_form_data_second_generation_pages`].
    #[doc(alias = "SearchFormDataSecondGeneration")]
    #[doc(alias = "/v2.0/yida/forms/instances/advances/queryAll")]
    #[doc(alias = "POST /v2.0/yida/forms/instances/advances/queryAll")]
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
            "/v2.0/yida/forms/instances/advances/queryAll",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据条件搜索表单实例详情列表
    ///
    /// `POST /v2.0/yida/forms/instances/search`: DingTalk's `SearchFormDatas` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchFormDatas")]
    #[doc(alias = "/v2.0/yida/forms/instances/search")]
    #[doc(alias = "POST /v2.0/yida/forms/instances/search")]
    pub fn search_form_datas(
        &self,
        request: &SearchFormDatasRequest,
    ) -> rt::Call<SearchFormDatasResponseBody, SearchFormDatasError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFormDatas",
            rt::Method::Post,
            "/v2.0/yida/forms/instances/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发起新的流程实例
    ///
    /// `POST /v2.0/yida/processes/instances/start`: DingTalk's `StartInstance` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StartInstance")]
    #[doc(alias = "/v2.0/yida/processes/instances/start")]
    #[doc(alias = "POST /v2.0/yida/processes/instances/start")]
    pub fn start_instance(
        &self,
        request: &StartInstanceRequest,
    ) -> rt::Call<StartInstanceResponseBody, StartInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartInstance",
            rt::Method::Post,
            "/v2.0/yida/processes/instances/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改代理信息
    ///
    /// `POST /v2.0/yida/forms/resources/agents/update`: DingTalk's `UpdateAgentTask` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateAgentTask")]
    #[doc(alias = "/v2.0/yida/forms/resources/agents/update")]
    #[doc(alias = "POST /v2.0/yida/forms/resources/agents/update")]
    pub fn update_agent_task(
        &self,
        request: &UpdateAgentTaskRequest,
    ) -> rt::Call<UpdateAgentTaskResponseBody, UpdateAgentTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAgentTask",
            rt::Method::Post,
            "/v2.0/yida/forms/resources/agents/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新表单实例
    ///
    /// `PUT /v2.0/yida/forms/instances`: DingTalk's `UpdateFormData` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFormData")]
    #[doc(alias = "/v2.0/yida/forms/instances")]
    #[doc(alias = "PUT /v2.0/yida/forms/instances")]
    pub fn update_form_data(
        &self,
        request: &UpdateFormDataRequest,
    ) -> rt::Call<(), UpdateFormDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFormData",
            rt::Method::Put,
            "/v2.0/yida/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新宜搭子表单
    ///
    /// `POST /v2.0/yida/forms/updateSubTable`: DingTalk's `UpdateSubTable` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSubTable")]
    #[doc(alias = "/v2.0/yida/forms/updateSubTable")]
    #[doc(alias = "POST /v2.0/yida/forms/updateSubTable")]
    pub fn update_sub_table(
        &self,
        request: &UpdateSubTableRequest,
    ) -> rt::Call<UpdateSubTableResponseBody, UpdateSubTableError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSubTable",
            rt::Method::Post,
            "/v2.0/yida/forms/updateSubTable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过指定rowId更新宜搭子表单数据
    ///
    /// `POST /v2.0/yida/forms/updateSubTableByRowId`: DingTalk's `UpdateSubTableByRowId` (module feature `yida_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSubTableByRowId")]
    #[doc(alias = "/v2.0/yida/forms/updateSubTableByRowId")]
    #[doc(alias = "POST /v2.0/yida/forms/updateSubTableByRowId")]
    pub fn update_sub_table_by_row_id(
        &self,
        request: &UpdateSubTableByRowIdRequest,
    ) -> rt::Call<UpdateSubTableByRowIdResponseBody, UpdateSubTableByRowIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSubTableByRowId",
            rt::Method::Post,
            "/v2.0/yida/forms/updateSubTableByRowId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_agent_tasks`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `values` of each page.
    pub fn get_agent_tasks_pages(
        &self,
        request: &GetAgentTasksRequest,
    ) -> rt::Paginator<
        GetAgentTasksResponseBody,
        GetAgentTasksError,
        GetAgentTasksResponseBodyValues,
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
        rt::Paginator::new(self.get_agent_tasks(request), &PAGING)
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
    /// Every page of [`Api::get_matrix_detail_by_id`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `result.matrixData.totalCount` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_matrix_detail_by_id_pages(
        &self,
        request: &GetMatrixDetailByIdRequest,
    ) -> rt::Paginator<
        GetMatrixDetailByIdResponseBody,
        GetMatrixDetailByIdError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["result", "matrixData", "totalCount"],
        );
        rt::Paginator::new(self.get_matrix_detail_by_id(request), &PAGING)
    }
    /// Every page of [`Api::get_role_detail_by_id`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `result.members.totalCount` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_role_detail_by_id_pages(
        &self,
        request: &GetRoleDetailByIdRequest,
    ) -> rt::Paginator<
        GetRoleDetailByIdResponseBody,
        GetRoleDetailByIdError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["result", "members", "totalCount"],
        );
        rt::Paginator::new(self.get_role_detail_by_id(request), &PAGING)
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
}
/// `BatchAddOrUpdateRoleMembersResponseBody`, a model several operations share: also named [`BatchDeleteRoleMembersResponseBody`], [`DeleteMatrixDataByRowIdsResponseBody`], [`SaveAndUpdateMatrixDataResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchAddOrUpdateRoleMembersResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchAddOrUpdateRoleMembersResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddOrUpdateRoleMembersResponseBody { "success" => optional(success) }
}
/// `BatchDeleteRoleMembersResponseBody`: the same model as [`BatchAddOrUpdateRoleMembersResponseBody`].
pub type BatchDeleteRoleMembersResponseBody = BatchAddOrUpdateRoleMembersResponseBody;
/// `CancelAgentTaskResponseBody`, a model several operations share: also named [`UpdateAgentTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CancelAgentTaskResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CancelAgentTaskResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CancelAgentTaskResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `CreateAgentTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAgentTaskResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateAgentTaskResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAgentTaskResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `CreateOrUpdateFormDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateOrUpdateFormDataResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    CreateOrUpdateFormDataResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateOrUpdateFormDataResponseBody { "result" => optional(result) }
}
/// `DeleteMatrixDataByRowIdsResponseBody`: the same model as [`BatchAddOrUpdateRoleMembersResponseBody`].
pub type DeleteMatrixDataByRowIdsResponseBody = BatchAddOrUpdateRoleMembersResponseBody;
/// `GetAgentTasksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAgentTasksResponseBody {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `limit`.
    pub limit: Option<i64>,
    /// `start`.
    pub start: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `values`.
    pub values: Option<Vec<GetAgentTasksResponseBodyValues>>,
}
rt::impl_deserialize! {
    GetAgentTasksResponseBody { "currentPage" => read_field(current_page), "limit" =>
    read_field(limit), "start" => read_field(start), "totalCount" =>
    read_field(total_count), "values" => read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAgentTasksResponseBody { "currentPage" => optional(current_page), "limit" =>
    optional(limit), "start" => optional(start), "totalCount" => optional(total_count),
    "values" => optional(values) }
}
/// `GetFormComponentAliasListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormComponentAliasListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFormComponentAliasListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetFormComponentAliasListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormComponentAliasListResponseBody { "result" => optional(result) }
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
/// `GetMatrixDetailByIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBody {
    /// `result`.
    pub result: Option<GetMatrixDetailByIdResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetMatrixDetailByIdResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMatrixDetailByIdResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetRoleDetailByIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRoleDetailByIdResponseBody {
    /// `result`.
    pub result: Option<GetRoleDetailByIdResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetRoleDetailByIdResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRoleDetailByIdResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `SaveAndUpdateMatrixDataResponseBody`: the same model as [`BatchAddOrUpdateRoleMembersResponseBody`].
pub type SaveAndUpdateMatrixDataResponseBody = BatchAddOrUpdateRoleMembersResponseBody;
/// `SaveFormDataResponseBody`, a model several operations share: also named [`StartInstanceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveFormDataResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    SaveFormDataResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveFormDataResponseBody { "result" => optional(result) }
}
/// `SearchFormDataIdListResponseBody`: the same model as [`GetInstanceIdListResponseBody`].
pub type SearchFormDataIdListResponseBody = GetInstanceIdListResponseBody;
/// `SearchFormDataSecondGenerationResponseBody`.
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
/// `StartInstanceResponseBody`: the same model as [`SaveFormDataResponseBody`].
pub type StartInstanceResponseBody = SaveFormDataResponseBody;
/// `UpdateAgentTaskResponseBody`: the same model as [`CancelAgentTaskResponseBody`].
pub type UpdateAgentTaskResponseBody = CancelAgentTaskResponseBody;
/// `UpdateSubTableResponseBody`, a model several operations share: also named [`UpdateSubTableByRowIdResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateSubTableResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    UpdateSubTableResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateSubTableResponseBody { "result" => optional(result) }
}
/// `UpdateSubTableByRowIdResponseBody`: the same model as [`UpdateSubTableResponseBody`].
pub type UpdateSubTableByRowIdResponseBody = UpdateSubTableResponseBody;
/// `GetAgentTasksResponseBodyValues`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAgentTasksResponseBodyValues {
    /// `agentCategory`.
    pub agent_category: Option<String>,
    /// `agentCreateGMT`.
    pub agent_create_gmt: Option<String>,
    /// `agentEndGMT`.
    pub agent_end_gmt: Option<String>,
    /// `agentName`.
    pub agent_name: Option<String>,
    /// `agentRangeType`.
    pub agent_range_type: Option<String>,
    /// `agentRangeValue`.
    pub agent_range_value: Option<String>,
    /// `agentStartGMT`.
    pub agent_start_gmt: Option<String>,
    /// `agentType`.
    pub agent_type: Option<String>,
    /// `agentUserId`.
    pub agent_user_id: Option<String>,
    /// `agentUuid`.
    pub agent_uuid: Option<String>,
    /// `creator`.
    pub creator: Option<String>,
    /// `creatorName`.
    pub creator_name: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `needNoticePrincipal`.
    pub need_notice_principal: Option<String>,
    /// `principalName`.
    pub principal_name: Option<String>,
    /// `principalUserId`.
    pub principal_user_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetAgentTasksResponseBodyValues { "agentCategory" => read_field(agent_category),
    "agentCreateGMT" => read_field(agent_create_gmt), "agentEndGMT" =>
    read_field(agent_end_gmt), "agentName" => read_field(agent_name), "agentRangeType" =>
    read_field(agent_range_type), "agentRangeValue" => read_field(agent_range_value),
    "agentStartGMT" => read_field(agent_start_gmt), "agentType" =>
    read_field(agent_type), "agentUserId" => read_field(agent_user_id), "agentUuid" =>
    read_field(agent_uuid), "creator" => read_field(creator), "creatorName" =>
    read_field(creator_name), "modifier" => read_field(modifier), "needNoticePrincipal"
    => read_field(need_notice_principal), "principalName" => read_field(principal_name),
    "principalUserId" => read_field(principal_user_id), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAgentTasksResponseBodyValues { "agentCategory" => optional(agent_category),
    "agentCreateGMT" => optional(agent_create_gmt), "agentEndGMT" =>
    optional(agent_end_gmt), "agentName" => optional(agent_name), "agentRangeType" =>
    optional(agent_range_type), "agentRangeValue" => optional(agent_range_value),
    "agentStartGMT" => optional(agent_start_gmt), "agentType" => optional(agent_type),
    "agentUserId" => optional(agent_user_id), "agentUuid" => optional(agent_uuid),
    "creator" => optional(creator), "creatorName" => optional(creator_name), "modifier"
    => optional(modifier), "needNoticePrincipal" => optional(need_notice_principal),
    "principalName" => optional(principal_name), "principalUserId" =>
    optional(principal_user_id), "status" => optional(status) }
}
/// `GetFormComponentAliasListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormComponentAliasListResponseBodyResult {
    /// `alias`.
    pub alias: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
rt::impl_deserialize! {
    GetFormComponentAliasListResponseBodyResult { "alias" => read_field(alias), "fieldId"
    => read_field(field_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormComponentAliasListResponseBodyResult { "alias" => optional(alias), "fieldId"
    => optional(field_id) }
}
/// `GetFormDataByIDResponseBodyOriginator`.
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
/// `GetMatrixDetailByIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBodyResult {
    /// `description`.
    pub description: Option<GetMatrixDetailByIdResponseBodyResultDescription>,
    /// `matrixData`.
    pub matrix_data: Option<GetMatrixDetailByIdResponseBodyResultMatrixData>,
    /// `matrixId`.
    pub matrix_id: Option<String>,
    /// `matrixTable`.
    pub matrix_table: Option<GetMatrixDetailByIdResponseBodyResultMatrixTable>,
    /// `name`.
    pub name: Option<GetMatrixDetailByIdResponseBodyResultName>,
    /// `rowTotalCount`.
    pub row_total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetMatrixDetailByIdResponseBodyResult { "description" => read_field(description),
    "matrixData" => read_field(matrix_data), "matrixId" => read_field(matrix_id),
    "matrixTable" => read_field(matrix_table), "name" => read_field(name),
    "rowTotalCount" => read_field(row_total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMatrixDetailByIdResponseBodyResult { "description" => optional(description),
    "matrixData" => optional(matrix_data), "matrixId" => optional(matrix_id),
    "matrixTable" => optional(matrix_table), "name" => optional(name), "rowTotalCount" =>
    optional(row_total_count) }
}
/// `GetRoleDetailByIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRoleDetailByIdResponseBodyResult {
    /// `canModifyOwners`.
    pub can_modify_owners: Option<rt::serde_json::Value>,
    /// `description`.
    pub description: Option<String>,
    /// `memberTotalCount`.
    pub member_total_count: Option<i64>,
    /// `members`.
    pub members: Option<GetRoleDetailByIdResponseBodyResultMembers>,
    /// `name`.
    pub name: Option<String>,
    /// `parentUuid`.
    pub parent_uuid: Option<String>,
    /// `roleUuid`.
    pub role_uuid: Option<String>,
}
rt::impl_deserialize! {
    GetRoleDetailByIdResponseBodyResult { "canModifyOwners" =>
    read_field(can_modify_owners), "description" => read_field(description),
    "memberTotalCount" => read_field(member_total_count), "members" =>
    read_field(members), "name" => read_field(name), "parentUuid" =>
    read_field(parent_uuid), "roleUuid" => read_field(role_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRoleDetailByIdResponseBodyResult { "canModifyOwners" =>
    optional(can_modify_owners), "description" => optional(description),
    "memberTotalCount" => optional(member_total_count), "members" => optional(members),
    "name" => optional(name), "parentUuid" => optional(parent_uuid), "roleUuid" =>
    optional(role_uuid) }
}
/// `SearchFormDataSecondGenerationResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDataSecondGenerationResponseBodyData {
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
    pub modify_user: Option<SearchFormDataSecondGenerationResponseBodyDataModifyUser>,
    /// `originator`.
    pub originator: Option<SearchFormDataSecondGenerationResponseBodyDataOriginator>,
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
    SearchFormDataSecondGenerationResponseBodyData { "createTimeGMT" =>
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
    SearchFormDataSecondGenerationResponseBodyData { "createTimeGMT" =>
    optional(create_time_gmt), "creatorUserId" => optional(creator_user_id), "formData"
    => optional(form_data), "formInstanceId" => optional(form_instance_id), "formUuid" =>
    optional(form_uuid), "id" => optional(id), "instanceValue" =>
    optional(instance_value), "modifiedTimeGMT" => optional(modified_time_gmt),
    "modifier" => optional(modifier), "modifyUser" => optional(modify_user), "originator"
    => optional(originator), "sequence" => optional(sequence), "serialNumber" =>
    optional(serial_number), "title" => optional(title), "version" => optional(version) }
}
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
/// `GetFormDataByIDResponseBodyOriginatorName`, a model several operations share: also named [`GetInstanceByIdResponseBodyActionExecutorName`], [`GetInstanceByIdResponseBodyOriginatorName`], [`GetInstancesResponseBodyDataActionExecutorName`], [`GetInstancesResponseBodyDataOriginatorName`], [`SearchFormDatasResponseBodyDataModifyUserUserName`], [`SearchFormDatasResponseBodyDataOriginatorUserName`].
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
/// `GetInstanceByIdResponseBodyActionExecutorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstanceByIdResponseBodyActionExecutorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstanceByIdResponseBodyOriginatorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstanceByIdResponseBodyOriginatorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstancesResponseBodyDataActionExecutor`: the same model as [`GetInstanceByIdResponseBodyActionExecutor`].
pub type GetInstancesResponseBodyDataActionExecutor = GetInstanceByIdResponseBodyActionExecutor;
/// `GetInstancesResponseBodyDataOriginator`: the same model as [`GetInstanceByIdResponseBodyActionExecutor`].
pub type GetInstancesResponseBodyDataOriginator = GetInstanceByIdResponseBodyActionExecutor;
/// `GetMatrixDetailByIdResponseBodyResultDescription`, a model several operations share: also named [`GetMatrixDetailByIdResponseBodyResultName`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBodyResultDescription {
    /// `en_US`.
    pub en_us: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `zh_CN`.
    pub zh_cn: Option<String>,
}
rt::impl_deserialize! {
    GetMatrixDetailByIdResponseBodyResultDescription { "en_US" => read_field(en_us),
    "type" => read_field(r#type), "zh_CN" => read_field(zh_cn) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMatrixDetailByIdResponseBodyResultDescription { "en_US" => optional(en_us), "type"
    => optional(r#type), "zh_CN" => optional(zh_cn) }
}
/// `GetMatrixDetailByIdResponseBodyResultMatrixData`, a model several operations share: also named [`GetRoleDetailByIdResponseBodyResultMembers`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBodyResultMatrixData {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `data`.
    pub data: Option<rt::serde_json::Value>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetMatrixDetailByIdResponseBodyResultMatrixData { "currentPage" =>
    read_field(current_page), "data" => read_field(data), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMatrixDetailByIdResponseBodyResultMatrixData { "currentPage" =>
    optional(current_page), "data" => optional(data), "totalCount" =>
    optional(total_count) }
}
/// `GetMatrixDetailByIdResponseBodyResultMatrixTable`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBodyResultMatrixTable {
    /// `conditionColumn`.
    pub condition_column: Option<
        Vec<GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn>,
    >,
    /// `resultColumn`.
    pub result_column: Option<
        Vec<GetMatrixDetailByIdResponseBodyResultMatrixTableResultColumn>,
    >,
}
rt::impl_deserialize! {
    GetMatrixDetailByIdResponseBodyResultMatrixTable { "conditionColumn" =>
    read_field(condition_column), "resultColumn" => read_field(result_column) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMatrixDetailByIdResponseBodyResultMatrixTable { "conditionColumn" =>
    optional(condition_column), "resultColumn" => optional(result_column) }
}
/// `GetMatrixDetailByIdResponseBodyResultName`: the same model as [`GetMatrixDetailByIdResponseBodyResultDescription`].
pub type GetMatrixDetailByIdResponseBodyResultName = GetMatrixDetailByIdResponseBodyResultDescription;
/// `GetRoleDetailByIdResponseBodyResultMembers`: the same model as [`GetMatrixDetailByIdResponseBodyResultMatrixData`].
pub type GetRoleDetailByIdResponseBodyResultMembers = GetMatrixDetailByIdResponseBodyResultMatrixData;
/// `SearchFormDataSecondGenerationResponseBodyDataModifyUser`, a model several operations share: also named [`SearchFormDataSecondGenerationResponseBodyDataOriginator`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDataSecondGenerationResponseBodyDataModifyUser {
    /// `name`.
    pub name: Option<SearchFormDataSecondGenerationResponseBodyDataModifyUserName>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    SearchFormDataSecondGenerationResponseBodyDataModifyUser { "name" =>
    read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFormDataSecondGenerationResponseBodyDataModifyUser { "name" => optional(name),
    "userId" => optional(user_id) }
}
/// `SearchFormDataSecondGenerationResponseBodyDataOriginator`: the same model as [`SearchFormDataSecondGenerationResponseBodyDataModifyUser`].
pub type SearchFormDataSecondGenerationResponseBodyDataOriginator = SearchFormDataSecondGenerationResponseBodyDataModifyUser;
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
/// `GetInstancesResponseBodyDataActionExecutorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstancesResponseBodyDataActionExecutorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstancesResponseBodyDataOriginatorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstancesResponseBodyDataOriginatorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn`, a model several operations share: also named [`GetMatrixDetailByIdResponseBodyResultMatrixTableResultColumn`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn {
    /// `columnId`.
    pub column_id: Option<String>,
    /// `componentType`.
    pub component_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn { "columnId" =>
    read_field(column_id), "componentType" => read_field(component_type), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn { "columnId" =>
    optional(column_id), "componentType" => optional(component_type), "name" =>
    optional(name) }
}
/// `GetMatrixDetailByIdResponseBodyResultMatrixTableResultColumn`: the same model as [`GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn`].
pub type GetMatrixDetailByIdResponseBodyResultMatrixTableResultColumn = GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn;
/// `SearchFormDataSecondGenerationResponseBodyDataModifyUserName`, a model several operations share: also named [`SearchFormDataSecondGenerationResponseBodyDataOriginatorName`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFormDataSecondGenerationResponseBodyDataModifyUserName {
    /// `nameInChinese`.
    pub name_in_chinese: Option<String>,
    /// `nameInEnglish`.
    pub name_in_english: Option<String>,
}
rt::impl_deserialize! {
    SearchFormDataSecondGenerationResponseBodyDataModifyUserName { "nameInChinese" =>
    read_field(name_in_chinese), "nameInEnglish" => read_field(name_in_english) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFormDataSecondGenerationResponseBodyDataModifyUserName { "nameInChinese" =>
    optional(name_in_chinese), "nameInEnglish" => optional(name_in_english) }
}
/// `SearchFormDataSecondGenerationResponseBodyDataOriginatorName`: the same model as [`SearchFormDataSecondGenerationResponseBodyDataModifyUserName`].
pub type SearchFormDataSecondGenerationResponseBodyDataOriginatorName = SearchFormDataSecondGenerationResponseBodyDataModifyUserName;
/// `SearchFormDatasResponseBodyDataModifyUserUserName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type SearchFormDatasResponseBodyDataModifyUserUserName = GetFormDataByIDResponseBodyOriginatorName;
/// `SearchFormDatasResponseBodyDataOriginatorUserName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type SearchFormDatasResponseBodyDataOriginatorUserName = GetFormDataByIDResponseBodyOriginatorName;
/// The request of [`Api::batch_add_or_update_role_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchAddOrUpdateRoleMembersRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `env`.
    pub env: Option<String>,
    /// `membersInfo`.
    pub members_info: String,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `roleUuid`.
    pub role_uuid: String,
    /// `token`.
    pub token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BatchAddOrUpdateRoleMembersRequest`], each named where it is set: `BatchAddOrUpdateRoleMembersRequest::new(BatchAddOrUpdateRoleMembersRequired { .. })`.
pub struct BatchAddOrUpdateRoleMembersRequired {
    /// `corpId`: see [`BatchAddOrUpdateRoleMembersRequest::corp_id`].
    pub corp_id: String,
    /// `membersInfo`: see [`BatchAddOrUpdateRoleMembersRequest::members_info`].
    pub members_info: String,
    /// `roleUuid`: see [`BatchAddOrUpdateRoleMembersRequest::role_uuid`].
    pub role_uuid: String,
    /// `token`: see [`BatchAddOrUpdateRoleMembersRequest::token`].
    pub token: String,
    /// `userId`: see [`BatchAddOrUpdateRoleMembersRequest::user_id`].
    pub user_id: String,
}
impl BatchAddOrUpdateRoleMembersRequest {
    /// A `BatchAddOrUpdateRoleMembersRequest` with its required fields (`corpId`, `membersInfo`, `roleUuid`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: BatchAddOrUpdateRoleMembersRequired) -> Self {
        let BatchAddOrUpdateRoleMembersRequired {
            corp_id,
            members_info,
            role_uuid,
            token,
            user_id,
        } = required;
        Self {
            corp_id,
            env: None,
            members_info,
            page_number: None,
            page_size: None,
            role_uuid,
            token,
            user_id,
        }
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
rt::impl_serialize! {
    BatchAddOrUpdateRoleMembersRequest { "corpId" => field(corp_id), "env" =>
    optional(env), "membersInfo" => field(members_info), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "roleUuid" =>
    field(role_uuid), "token" => field(token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddOrUpdateRoleMembersRequest { "corpId" => read_field(corp_id), "env" =>
    read_field(env), "membersInfo" => read_field(members_info), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "roleUuid" =>
    read_field(role_uuid), "token" => read_field(token), "userId" => read_field(user_id)
    }
}
impl rt::WriteRequest for BatchAddOrUpdateRoleMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_delete_role_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchDeleteRoleMembersRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `env`.
    pub env: Option<String>,
    /// `memberIds`.
    pub member_ids: String,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `roleUuid`.
    pub role_uuid: String,
    /// `token`.
    pub token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BatchDeleteRoleMembersRequest`], each named where it is set: `BatchDeleteRoleMembersRequest::new(BatchDeleteRoleMembersRequired { .. })`.
pub struct BatchDeleteRoleMembersRequired {
    /// `corpId`: see [`BatchDeleteRoleMembersRequest::corp_id`].
    pub corp_id: String,
    /// `memberIds`: see [`BatchDeleteRoleMembersRequest::member_ids`].
    pub member_ids: String,
    /// `roleUuid`: see [`BatchDeleteRoleMembersRequest::role_uuid`].
    pub role_uuid: String,
    /// `token`: see [`BatchDeleteRoleMembersRequest::token`].
    pub token: String,
    /// `userId`: see [`BatchDeleteRoleMembersRequest::user_id`].
    pub user_id: String,
}
impl BatchDeleteRoleMembersRequest {
    /// A `BatchDeleteRoleMembersRequest` with its required fields (`corpId`, `memberIds`, `roleUuid`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: BatchDeleteRoleMembersRequired) -> Self {
        let BatchDeleteRoleMembersRequired {
            corp_id,
            member_ids,
            role_uuid,
            token,
            user_id,
        } = required;
        Self {
            corp_id,
            env: None,
            member_ids,
            page_number: None,
            page_size: None,
            role_uuid,
            token,
            user_id,
        }
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
rt::impl_serialize! {
    BatchDeleteRoleMembersRequest { "corpId" => field(corp_id), "env" => optional(env),
    "memberIds" => field(member_ids), "pageNumber" => optional(page_number), "pageSize"
    => optional(page_size), "roleUuid" => field(role_uuid), "token" => field(token),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchDeleteRoleMembersRequest { "corpId" => read_field(corp_id), "env" =>
    read_field(env), "memberIds" => read_field(member_ids), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "roleUuid" =>
    read_field(role_uuid), "token" => read_field(token), "userId" => read_field(user_id)
    }
}
impl rt::WriteRequest for BatchDeleteRoleMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_agent_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CancelAgentTaskRequest {
    /// `agentType`: a query parameter.
    pub agent_type: Option<String>,
    /// `agentUuid`: a query parameter.
    pub agent_uuid: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `token`: a query parameter.
    pub token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`CancelAgentTaskRequest`], each named where it is set: `CancelAgentTaskRequest::new(CancelAgentTaskRequired { .. })`.
pub struct CancelAgentTaskRequired {
    /// `agentUuid`: see [`CancelAgentTaskRequest::agent_uuid`].
    pub agent_uuid: String,
    /// `corpId`: see [`CancelAgentTaskRequest::corp_id`].
    pub corp_id: String,
    /// `token`: see [`CancelAgentTaskRequest::token`].
    pub token: String,
    /// `userId`: see [`CancelAgentTaskRequest::user_id`].
    pub user_id: String,
}
impl CancelAgentTaskRequest {
    /// A `CancelAgentTaskRequest` with its required fields (`agentUuid`, `corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: CancelAgentTaskRequired) -> Self {
        let CancelAgentTaskRequired { agent_uuid, corp_id, token, user_id } = required;
        Self {
            agent_type: None,
            agent_uuid,
            corp_id,
            token,
            user_id,
        }
    }
    /// Sets `agentType`.
    pub fn agent_type(mut self, value: impl Into<String>) -> Self {
        self.agent_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelAgentTaskRequest { "agentType" => read_field(agent_type), "agentUuid" =>
    read_field(agent_uuid), "corpId" => read_field(corp_id), "token" =>
    read_field(token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CancelAgentTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentType", &self.agent_type);
        writer.query("agentUuid", &self.agent_uuid);
        writer.query("corpId", &self.corp_id);
        writer.query("token", &self.token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::create_agent_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAgentTaskRequest {
    /// `agentCategory`: a query parameter.
    pub agent_category: Option<String>,
    /// `agentRangeType`: a query parameter.
    pub agent_range_type: Option<String>,
    /// `agentRangeValue`: a query parameter.
    pub agent_range_value: Option<String>,
    /// `agentType`: a query parameter.
    pub agent_type: String,
    /// `agentUserId`: a query parameter.
    pub agent_user_id: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `endTimestamp`: a query parameter.
    pub end_timestamp: Option<String>,
    /// `needNoticePrincipal`: a query parameter.
    pub need_notice_principal: Option<String>,
    /// `principalUserId`: a query parameter.
    pub principal_user_id: String,
    /// `startTimestamp`: a query parameter.
    pub start_timestamp: Option<String>,
    /// `token`: a query parameter.
    pub token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`CreateAgentTaskRequest`], each named where it is set: `CreateAgentTaskRequest::new(CreateAgentTaskRequired { .. })`.
pub struct CreateAgentTaskRequired {
    /// `agentType`: see [`CreateAgentTaskRequest::agent_type`].
    pub agent_type: String,
    /// `agentUserId`: see [`CreateAgentTaskRequest::agent_user_id`].
    pub agent_user_id: String,
    /// `corpId`: see [`CreateAgentTaskRequest::corp_id`].
    pub corp_id: String,
    /// `principalUserId`: see [`CreateAgentTaskRequest::principal_user_id`].
    pub principal_user_id: String,
    /// `token`: see [`CreateAgentTaskRequest::token`].
    pub token: String,
    /// `userId`: see [`CreateAgentTaskRequest::user_id`].
    pub user_id: String,
}
impl CreateAgentTaskRequest {
    /// A `CreateAgentTaskRequest` with its required fields (`agentType`, `agentUserId`, `corpId`, `principalUserId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateAgentTaskRequired) -> Self {
        let CreateAgentTaskRequired {
            agent_type,
            agent_user_id,
            corp_id,
            principal_user_id,
            token,
            user_id,
        } = required;
        Self {
            agent_category: None,
            agent_range_type: None,
            agent_range_value: None,
            agent_type,
            agent_user_id,
            corp_id,
            end_timestamp: None,
            need_notice_principal: None,
            principal_user_id,
            start_timestamp: None,
            token,
            user_id,
        }
    }
    /// Sets `agentCategory`.
    pub fn agent_category(mut self, value: impl Into<String>) -> Self {
        self.agent_category = Some(value.into());
        self
    }
    /// Sets `agentRangeType`.
    pub fn agent_range_type(mut self, value: impl Into<String>) -> Self {
        self.agent_range_type = Some(value.into());
        self
    }
    /// Sets `agentRangeValue`.
    pub fn agent_range_value(mut self, value: impl Into<String>) -> Self {
        self.agent_range_value = Some(value.into());
        self
    }
    /// Sets `endTimestamp`.
    pub fn end_timestamp(mut self, value: impl Into<String>) -> Self {
        self.end_timestamp = Some(value.into());
        self
    }
    /// Sets `needNoticePrincipal`.
    pub fn need_notice_principal(mut self, value: impl Into<String>) -> Self {
        self.need_notice_principal = Some(value.into());
        self
    }
    /// Sets `startTimestamp`.
    pub fn start_timestamp(mut self, value: impl Into<String>) -> Self {
        self.start_timestamp = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAgentTaskRequest { "agentCategory" => read_field(agent_category),
    "agentRangeType" => read_field(agent_range_type), "agentRangeValue" =>
    read_field(agent_range_value), "agentType" => read_field(agent_type), "agentUserId"
    => read_field(agent_user_id), "corpId" => read_field(corp_id), "endTimestamp" =>
    read_field(end_timestamp), "needNoticePrincipal" =>
    read_field(need_notice_principal), "principalUserId" =>
    read_field(principal_user_id), "startTimestamp" => read_field(start_timestamp),
    "token" => read_field(token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreateAgentTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentCategory", &self.agent_category);
        writer.query("agentRangeType", &self.agent_range_type);
        writer.query("agentRangeValue", &self.agent_range_value);
        writer.query("agentType", &self.agent_type);
        writer.query("agentUserId", &self.agent_user_id);
        writer.query("corpId", &self.corp_id);
        writer.query("endTimestamp", &self.end_timestamp);
        writer.query("needNoticePrincipal", &self.need_notice_principal);
        writer.query("principalUserId", &self.principal_user_id);
        writer.query("startTimestamp", &self.start_timestamp);
        writer.query("token", &self.token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::create_or_update_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateOrUpdateFormDataRequest {
    /// `appType`.
    pub app_type: String,
    /// `env`.
    pub env: Option<String>,
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
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            env: None,
            form_data_json,
            form_uuid,
            no_execute_expression: None,
            search_condition,
            system_token,
            use_alias: None,
            user_id,
        }
    }
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
        self
    }
    /// Sets `noExecuteExpression`.
    pub fn no_execute_expression(mut self, value: bool) -> Self {
        self.no_execute_expression = Some(value);
        self
    }
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateOrUpdateFormDataRequest { "appType" => field(app_type), "env" => optional(env),
    "formDataJson" => field(form_data_json), "formUuid" => field(form_uuid),
    "noExecuteExpression" => optional(no_execute_expression), "searchCondition" =>
    field(search_condition), "systemToken" => field(system_token), "useAlias" =>
    optional(use_alias), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateOrUpdateFormDataRequest { "appType" => read_field(app_type), "env" =>
    read_field(env), "formDataJson" => read_field(form_data_json), "formUuid" =>
    read_field(form_uuid), "noExecuteExpression" => read_field(no_execute_expression),
    "searchCondition" => read_field(search_condition), "systemToken" =>
    read_field(system_token), "useAlias" => read_field(use_alias), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CreateOrUpdateFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_matrix_data_by_row_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteMatrixDataByRowIdsRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `env`.
    pub env: Option<String>,
    /// `matrixId`.
    pub matrix_id: String,
    /// `rowIds`.
    pub row_ids: String,
    /// `token`.
    pub token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`DeleteMatrixDataByRowIdsRequest`], each named where it is set: `DeleteMatrixDataByRowIdsRequest::new(DeleteMatrixDataByRowIdsRequired { .. })`.
pub struct DeleteMatrixDataByRowIdsRequired {
    /// `corpId`: see [`DeleteMatrixDataByRowIdsRequest::corp_id`].
    pub corp_id: String,
    /// `matrixId`: see [`DeleteMatrixDataByRowIdsRequest::matrix_id`].
    pub matrix_id: String,
    /// `rowIds`: see [`DeleteMatrixDataByRowIdsRequest::row_ids`].
    pub row_ids: String,
    /// `token`: see [`DeleteMatrixDataByRowIdsRequest::token`].
    pub token: String,
    /// `userId`: see [`DeleteMatrixDataByRowIdsRequest::user_id`].
    pub user_id: String,
}
impl DeleteMatrixDataByRowIdsRequest {
    /// A `DeleteMatrixDataByRowIdsRequest` with its required fields (`corpId`, `matrixId`, `rowIds`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeleteMatrixDataByRowIdsRequired) -> Self {
        let DeleteMatrixDataByRowIdsRequired {
            corp_id,
            matrix_id,
            row_ids,
            token,
            user_id,
        } = required;
        Self {
            corp_id,
            env: None,
            matrix_id,
            row_ids,
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
rt::impl_serialize! {
    DeleteMatrixDataByRowIdsRequest { "corpId" => field(corp_id), "env" => optional(env),
    "matrixId" => field(matrix_id), "rowIds" => field(row_ids), "token" => field(token),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteMatrixDataByRowIdsRequest { "corpId" => read_field(corp_id), "env" =>
    read_field(env), "matrixId" => read_field(matrix_id), "rowIds" =>
    read_field(row_ids), "token" => read_field(token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DeleteMatrixDataByRowIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_agent_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAgentTasksRequest {
    /// `agentUuid`: a query parameter.
    pub agent_uuid: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `keywords`: a query parameter.
    pub keywords: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `status`: a query parameter.
    pub status: Option<String>,
    /// `token`: a query parameter.
    pub token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetAgentTasksRequest`], each named where it is set: `GetAgentTasksRequest::new(GetAgentTasksRequired { .. })`.
pub struct GetAgentTasksRequired {
    /// `corpId`: see [`GetAgentTasksRequest::corp_id`].
    pub corp_id: String,
    /// `token`: see [`GetAgentTasksRequest::token`].
    pub token: String,
    /// `userId`: see [`GetAgentTasksRequest::user_id`].
    pub user_id: String,
}
impl GetAgentTasksRequest {
    /// A `GetAgentTasksRequest` with its required fields (`corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetAgentTasksRequired) -> Self {
        let GetAgentTasksRequired { corp_id, token, user_id } = required;
        Self {
            agent_uuid: None,
            corp_id,
            keywords: None,
            page_number: None,
            page_size: None,
            status: None,
            token,
            user_id,
        }
    }
    /// Sets `agentUuid`.
    pub fn agent_uuid(mut self, value: impl Into<String>) -> Self {
        self.agent_uuid = Some(value.into());
        self
    }
    /// Sets `keywords`.
    pub fn keywords(mut self, value: impl Into<String>) -> Self {
        self.keywords = Some(value.into());
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
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAgentTasksRequest { "agentUuid" => read_field(agent_uuid), "corpId" =>
    read_field(corp_id), "keywords" => read_field(keywords), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "status" =>
    read_field(status), "token" => read_field(token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetAgentTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentUuid", &self.agent_uuid);
        writer.query("corpId", &self.corp_id);
        writer.query("keywords", &self.keywords);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("status", &self.status);
        writer.query("token", &self.token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_form_component_alias_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFormComponentAliasListRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `version`: a query parameter.
    pub version: Option<i64>,
}
/// The required fields of [`GetFormComponentAliasListRequest`], each named where it is set: `GetFormComponentAliasListRequest::new(GetFormComponentAliasListRequired { .. })`.
pub struct GetFormComponentAliasListRequired {
    /// `systemToken`: see [`GetFormComponentAliasListRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetFormComponentAliasListRequest::user_id`].
    pub user_id: String,
}
impl GetFormComponentAliasListRequest {
    /// A `GetFormComponentAliasListRequest` with its required fields (`systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetFormComponentAliasListRequired) -> Self {
        let GetFormComponentAliasListRequired { system_token, user_id } = required;
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
    GetFormComponentAliasListRequest { "language" => read_field(language), "systemToken"
    => read_field(system_token), "userId" => read_field(user_id), "version" =>
    read_field(version) }
}
impl rt::WriteRequest for GetFormComponentAliasListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("userId", &self.user_id);
        writer.query("version", &self.version);
    }
}
/// The request of [`Api::get_form_data_by_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFormDataByIDRequest {
    /// `appType`: a query parameter.
    pub app_type: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `formUuid`: a query parameter.
    pub form_uuid: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `useAlias`: a query parameter.
    pub use_alias: Option<bool>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetFormDataByIDRequest`], each named where it is set: `GetFormDataByIDRequest::new(GetFormDataByIDRequired { .. })`.
pub struct GetFormDataByIDRequired {
    /// `appType`: see [`GetFormDataByIDRequest::app_type`].
    pub app_type: String,
    /// `systemToken`: see [`GetFormDataByIDRequest::system_token`].
    pub system_token: String,
    /// `userId`: see [`GetFormDataByIDRequest::user_id`].
    pub user_id: String,
}
impl GetFormDataByIDRequest {
    /// A `GetFormDataByIDRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetFormDataByIDRequired) -> Self {
        let GetFormDataByIDRequired { app_type, system_token, user_id } = required;
        Self {
            app_type,
            env: None,
            form_uuid: None,
            language: None,
            system_token,
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFormDataByIDRequest { "appType" => read_field(app_type), "env" => read_field(env),
    "formUuid" => read_field(form_uuid), "language" => read_field(language),
    "systemToken" => read_field(system_token), "useAlias" => read_field(use_alias),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetFormDataByIDRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("env", &self.env);
        writer.query("formUuid", &self.form_uuid);
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("useAlias", &self.use_alias);
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
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `formUuid`: a query parameter.
    pub form_uuid: Option<String>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `systemToken`: a query parameter.
    pub system_token: String,
    /// `useAlias`: a query parameter.
    pub use_alias: Option<bool>,
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
            env: None,
            form_uuid: None,
            language: None,
            system_token,
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInstanceByIdRequest { "appType" => read_field(app_type), "env" => read_field(env),
    "formUuid" => read_field(form_uuid), "language" => read_field(language),
    "systemToken" => read_field(system_token), "useAlias" => read_field(use_alias),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetInstanceByIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appType", &self.app_type);
        writer.query("env", &self.env);
        writer.query("formUuid", &self.form_uuid);
        writer.query("language", &self.language);
        writer.query("systemToken", &self.system_token);
        writer.query("useAlias", &self.use_alias);
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
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `searchFieldJson`.
    pub search_field_json: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            env: None,
            form_uuid,
            instance_status: None,
            language: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            originator_id: None,
            search_field_json: None,
            system_token,
            task_id: None,
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetInstanceIdListRequest { "appType" => field(app_type), "approvedResult" =>
    optional(approved_result), "createFromTimeGMT" => optional(create_from_time_gmt),
    "createToTimeGMT" => optional(create_to_time_gmt), "env" => optional(env), "formUuid"
    => field(form_uuid), "instanceStatus" => optional(instance_status), "language" =>
    optional(language), "modifiedFromTimeGMT" => optional(modified_from_time_gmt),
    "modifiedToTimeGMT" => optional(modified_to_time_gmt), "originatorId" =>
    optional(originator_id), "searchFieldJson" => optional(search_field_json),
    "systemToken" => field(system_token), "taskId" => optional(task_id), "useAlias" =>
    optional(use_alias), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInstanceIdListRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "appType" => read_field(app_type), "approvedResult" =>
    read_field(approved_result), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "env" => read_field(env),
    "formUuid" => read_field(form_uuid), "instanceStatus" => read_field(instance_status),
    "language" => read_field(language), "modifiedFromTimeGMT" =>
    read_field(modified_from_time_gmt), "modifiedToTimeGMT" =>
    read_field(modified_to_time_gmt), "originatorId" => read_field(originator_id),
    "searchFieldJson" => read_field(search_field_json), "systemToken" =>
    read_field(system_token), "taskId" => read_field(task_id), "useAlias" =>
    read_field(use_alias), "userId" => read_field(user_id) }
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
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetInstancesRequest { "appType" => field(app_type), "approvedResult" =>
    optional(approved_result), "createFromTimeGMT" => optional(create_from_time_gmt),
    "createToTimeGMT" => optional(create_to_time_gmt), "formUuid" => field(form_uuid),
    "instanceStatus" => optional(instance_status), "language" => optional(language),
    "modifiedFromTimeGMT" => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "orderConfigJson" => optional(order_config_json),
    "originatorId" => optional(originator_id), "searchFieldJson" =>
    optional(search_field_json), "systemToken" => field(system_token), "taskId" =>
    optional(task_id), "useAlias" => optional(use_alias), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInstancesRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "appType" => read_field(app_type), "approvedResult" =>
    read_field(approved_result), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "formUuid" =>
    read_field(form_uuid), "instanceStatus" => read_field(instance_status), "language" =>
    read_field(language), "modifiedFromTimeGMT" => read_field(modified_from_time_gmt),
    "modifiedToTimeGMT" => read_field(modified_to_time_gmt), "orderConfigJson" =>
    read_field(order_config_json), "originatorId" => read_field(originator_id),
    "searchFieldJson" => read_field(search_field_json), "systemToken" =>
    read_field(system_token), "taskId" => read_field(task_id), "useAlias" =>
    read_field(use_alias), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_matrix_detail_by_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMatrixDetailByIdRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `matrixId`: a query parameter.
    pub matrix_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `token`: a query parameter.
    pub token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetMatrixDetailByIdRequest`], each named where it is set: `GetMatrixDetailByIdRequest::new(GetMatrixDetailByIdRequired { .. })`.
pub struct GetMatrixDetailByIdRequired {
    /// `corpId`: see [`GetMatrixDetailByIdRequest::corp_id`].
    pub corp_id: String,
    /// `matrixId`: see [`GetMatrixDetailByIdRequest::matrix_id`].
    pub matrix_id: String,
    /// `token`: see [`GetMatrixDetailByIdRequest::token`].
    pub token: String,
    /// `userId`: see [`GetMatrixDetailByIdRequest::user_id`].
    pub user_id: String,
}
impl GetMatrixDetailByIdRequest {
    /// A `GetMatrixDetailByIdRequest` with its required fields (`corpId`, `matrixId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetMatrixDetailByIdRequired) -> Self {
        let GetMatrixDetailByIdRequired { corp_id, matrix_id, token, user_id } = required;
        Self {
            corp_id,
            env: None,
            matrix_id,
            page_number: None,
            page_size: None,
            token,
            user_id,
        }
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
    GetMatrixDetailByIdRequest { "corpId" => read_field(corp_id), "env" =>
    read_field(env), "matrixId" => read_field(matrix_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "token" =>
    read_field(token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetMatrixDetailByIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("env", &self.env);
        writer.query("matrixId", &self.matrix_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("token", &self.token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_role_detail_by_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRoleDetailByIdRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `env`: a query parameter.
    pub env: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `roleUuid`: a query parameter.
    pub role_uuid: String,
    /// `token`: a query parameter.
    pub token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetRoleDetailByIdRequest`], each named where it is set: `GetRoleDetailByIdRequest::new(GetRoleDetailByIdRequired { .. })`.
pub struct GetRoleDetailByIdRequired {
    /// `corpId`: see [`GetRoleDetailByIdRequest::corp_id`].
    pub corp_id: String,
    /// `roleUuid`: see [`GetRoleDetailByIdRequest::role_uuid`].
    pub role_uuid: String,
    /// `token`: see [`GetRoleDetailByIdRequest::token`].
    pub token: String,
    /// `userId`: see [`GetRoleDetailByIdRequest::user_id`].
    pub user_id: String,
}
impl GetRoleDetailByIdRequest {
    /// A `GetRoleDetailByIdRequest` with its required fields (`corpId`, `roleUuid`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetRoleDetailByIdRequired) -> Self {
        let GetRoleDetailByIdRequired { corp_id, role_uuid, token, user_id } = required;
        Self {
            corp_id,
            env: None,
            page_number: None,
            page_size: None,
            role_uuid,
            token,
            user_id,
        }
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
    GetRoleDetailByIdRequest { "corpId" => read_field(corp_id), "env" => read_field(env),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "roleUuid" => read_field(role_uuid), "token" => read_field(token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetRoleDetailByIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("env", &self.env);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("roleUuid", &self.role_uuid);
        writer.query("token", &self.token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::restart_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RestartInstanceRequest {
    /// `appType`.
    pub app_type: String,
    /// `currentActivityId`.
    pub current_activity_id: String,
    /// `envProfile`.
    pub env_profile: Option<String>,
    /// `formUuid`.
    pub form_uuid: String,
    /// `procInstanceId`.
    pub proc_instance_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `targetActivityId`.
    pub target_activity_id: String,
    /// `taskId`.
    pub task_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`RestartInstanceRequest`], each named where it is set: `RestartInstanceRequest::new(RestartInstanceRequired { .. })`.
pub struct RestartInstanceRequired {
    /// `appType`: see [`RestartInstanceRequest::app_type`].
    pub app_type: String,
    /// `currentActivityId`: see [`RestartInstanceRequest::current_activity_id`].
    pub current_activity_id: String,
    /// `formUuid`: see [`RestartInstanceRequest::form_uuid`].
    pub form_uuid: String,
    /// `procInstanceId`: see [`RestartInstanceRequest::proc_instance_id`].
    pub proc_instance_id: String,
    /// `systemToken`: see [`RestartInstanceRequest::system_token`].
    pub system_token: String,
    /// `targetActivityId`: see [`RestartInstanceRequest::target_activity_id`].
    pub target_activity_id: String,
    /// `taskId`: see [`RestartInstanceRequest::task_id`].
    pub task_id: String,
    /// `userId`: see [`RestartInstanceRequest::user_id`].
    pub user_id: String,
}
impl RestartInstanceRequest {
    /// A `RestartInstanceRequest` with its required fields (`appType`, `currentActivityId`, `formUuid`, `procInstanceId`, `systemToken`, `targetActivityId`, `taskId`, `userId`); set the others with the methods named after them.
    pub fn new(required: RestartInstanceRequired) -> Self {
        let RestartInstanceRequired {
            app_type,
            current_activity_id,
            form_uuid,
            proc_instance_id,
            system_token,
            target_activity_id,
            task_id,
            user_id,
        } = required;
        Self {
            app_type,
            current_activity_id,
            env_profile: None,
            form_uuid,
            proc_instance_id,
            remark: None,
            system_token,
            target_activity_id,
            task_id,
            user_id,
        }
    }
    /// Sets `envProfile`.
    pub fn env_profile(mut self, value: impl Into<String>) -> Self {
        self.env_profile = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RestartInstanceRequest { "appType" => field(app_type), "currentActivityId" =>
    field(current_activity_id), "envProfile" => optional(env_profile), "formUuid" =>
    field(form_uuid), "procInstanceId" => field(proc_instance_id), "remark" =>
    optional(remark), "systemToken" => field(system_token), "targetActivityId" =>
    field(target_activity_id), "taskId" => field(task_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RestartInstanceRequest { "appType" => read_field(app_type), "currentActivityId" =>
    read_field(current_activity_id), "envProfile" => read_field(env_profile), "formUuid"
    => read_field(form_uuid), "procInstanceId" => read_field(proc_instance_id), "remark"
    => read_field(remark), "systemToken" => read_field(system_token), "targetActivityId"
    => read_field(target_activity_id), "taskId" => read_field(task_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for RestartInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_and_update_matrix_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveAndUpdateMatrixDataRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `dataJson`.
    pub data_json: String,
    /// `env`.
    pub env: Option<String>,
    /// `matrixId`.
    pub matrix_id: String,
    /// `token`.
    pub token: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SaveAndUpdateMatrixDataRequest`], each named where it is set: `SaveAndUpdateMatrixDataRequest::new(SaveAndUpdateMatrixDataRequired { .. })`.
pub struct SaveAndUpdateMatrixDataRequired {
    /// `corpId`: see [`SaveAndUpdateMatrixDataRequest::corp_id`].
    pub corp_id: String,
    /// `dataJson`: see [`SaveAndUpdateMatrixDataRequest::data_json`].
    pub data_json: String,
    /// `matrixId`: see [`SaveAndUpdateMatrixDataRequest::matrix_id`].
    pub matrix_id: String,
    /// `token`: see [`SaveAndUpdateMatrixDataRequest::token`].
    pub token: String,
    /// `userId`: see [`SaveAndUpdateMatrixDataRequest::user_id`].
    pub user_id: String,
}
impl SaveAndUpdateMatrixDataRequest {
    /// A `SaveAndUpdateMatrixDataRequest` with its required fields (`corpId`, `dataJson`, `matrixId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: SaveAndUpdateMatrixDataRequired) -> Self {
        let SaveAndUpdateMatrixDataRequired {
            corp_id,
            data_json,
            matrix_id,
            token,
            user_id,
        } = required;
        Self {
            corp_id,
            data_json,
            env: None,
            matrix_id,
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
rt::impl_serialize! {
    SaveAndUpdateMatrixDataRequest { "corpId" => field(corp_id), "dataJson" =>
    field(data_json), "env" => optional(env), "matrixId" => field(matrix_id), "token" =>
    field(token), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveAndUpdateMatrixDataRequest { "corpId" => read_field(corp_id), "dataJson" =>
    read_field(data_json), "env" => read_field(env), "matrixId" => read_field(matrix_id),
    "token" => read_field(token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SaveAndUpdateMatrixDataRequest {
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
    /// `env`.
    pub env: Option<String>,
    /// `formDataJson`.
    pub form_data_json: String,
    /// `formUuid`.
    pub form_uuid: String,
    /// `language`.
    pub language: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            env: None,
            form_data_json,
            form_uuid,
            language: None,
            system_token,
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
rt::impl_serialize! {
    SaveFormDataRequest { "appType" => field(app_type), "env" => optional(env),
    "formDataJson" => field(form_data_json), "formUuid" => field(form_uuid), "language"
    => optional(language), "systemToken" => field(system_token), "useAlias" =>
    optional(use_alias), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveFormDataRequest { "appType" => read_field(app_type), "env" => read_field(env),
    "formDataJson" => read_field(form_data_json), "formUuid" => read_field(form_uuid),
    "language" => read_field(language), "systemToken" => read_field(system_token),
    "useAlias" => read_field(use_alias), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SaveFormDataRequest {
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
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchFormDataIdListRequest { "createFromTimeGMT" => optional(create_from_time_gmt),
    "createToTimeGMT" => optional(create_to_time_gmt), "language" => optional(language),
    "modifiedFromTimeGMT" => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "originatorId" => optional(originator_id),
    "searchFieldJson" => optional(search_field_json), "systemToken" =>
    field(system_token), "useAlias" => optional(use_alias), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFormDataIdListRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "createFromTimeGMT" => read_field(create_from_time_gmt),
    "createToTimeGMT" => read_field(create_to_time_gmt), "language" =>
    read_field(language), "modifiedFromTimeGMT" => read_field(modified_from_time_gmt),
    "modifiedToTimeGMT" => read_field(modified_to_time_gmt), "originatorId" =>
    read_field(originator_id), "searchFieldJson" => read_field(search_field_json),
    "systemToken" => read_field(system_token), "useAlias" => read_field(use_alias),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SearchFormDataIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
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
    /// `env`.
    pub env: Option<String>,
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
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            env: None,
            form_uuid,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            page_number: None,
            page_size: None,
            search_condition: None,
            system_token,
            use_alias: None,
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
    /// Sets `env`.
    pub fn env(mut self, value: impl Into<String>) -> Self {
        self.env = Some(value.into());
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchFormDataSecondGenerationRequest { "appType" => field(app_type),
    "createFromTimeGMT" => optional(create_from_time_gmt), "createToTimeGMT" =>
    optional(create_to_time_gmt), "env" => optional(env), "formUuid" => field(form_uuid),
    "modifiedFromTimeGMT" => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "orderConfigJson" => optional(order_config_json),
    "originatorId" => optional(originator_id), "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "searchCondition" => optional(search_condition),
    "systemToken" => field(system_token), "useAlias" => optional(use_alias), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFormDataSecondGenerationRequest { "appType" => read_field(app_type),
    "createFromTimeGMT" => read_field(create_from_time_gmt), "createToTimeGMT" =>
    read_field(create_to_time_gmt), "env" => read_field(env), "formUuid" =>
    read_field(form_uuid), "modifiedFromTimeGMT" => read_field(modified_from_time_gmt),
    "modifiedToTimeGMT" => read_field(modified_to_time_gmt), "orderConfigJson" =>
    read_field(order_config_json), "originatorId" => read_field(originator_id),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "searchCondition" => read_field(search_condition), "systemToken" =>
    read_field(system_token), "useAlias" => read_field(use_alias), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SearchFormDataSecondGenerationRequest {
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
    /// `formUuid`.
    pub form_uuid: String,
    /// `language`.
    pub language: Option<String>,
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
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            form_uuid,
            language: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            originator_id: None,
            page_size: None,
            search_field_json: None,
            system_token,
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchFormDatasRequest { "appType" => field(app_type), "createFromTimeGMT" =>
    optional(create_from_time_gmt), "createToTimeGMT" => optional(create_to_time_gmt),
    "currentPage" => optional(current_page), "dynamicOrder" => optional(dynamic_order),
    "formUuid" => field(form_uuid), "language" => optional(language),
    "modifiedFromTimeGMT" => optional(modified_from_time_gmt), "modifiedToTimeGMT" =>
    optional(modified_to_time_gmt), "originatorId" => optional(originator_id), "pageSize"
    => optional(page_size), "searchFieldJson" => optional(search_field_json),
    "systemToken" => field(system_token), "useAlias" => optional(use_alias), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFormDatasRequest { "appType" => read_field(app_type), "createFromTimeGMT" =>
    read_field(create_from_time_gmt), "createToTimeGMT" =>
    read_field(create_to_time_gmt), "currentPage" => read_field(current_page),
    "dynamicOrder" => read_field(dynamic_order), "formUuid" => read_field(form_uuid),
    "language" => read_field(language), "modifiedFromTimeGMT" =>
    read_field(modified_from_time_gmt), "modifiedToTimeGMT" =>
    read_field(modified_to_time_gmt), "originatorId" => read_field(originator_id),
    "pageSize" => read_field(page_size), "searchFieldJson" =>
    read_field(search_field_json), "systemToken" => read_field(system_token), "useAlias"
    => read_field(use_alias), "userId" => read_field(user_id) }
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
    /// `processData`.
    pub process_data: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            env: None,
            form_data_json,
            form_uuid,
            language: None,
            process_code: None,
            process_data: None,
            system_token,
            use_alias: None,
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
    /// Sets `processData`.
    pub fn process_data(mut self, value: impl Into<String>) -> Self {
        self.process_data = Some(value.into());
        self
    }
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
}
rt::impl_serialize! {
    StartInstanceRequest { "appType" => field(app_type), "departmentId" =>
    optional(department_id), "env" => optional(env), "formDataJson" =>
    field(form_data_json), "formUuid" => field(form_uuid), "language" =>
    optional(language), "processCode" => optional(process_code), "processData" =>
    optional(process_data), "systemToken" => field(system_token), "useAlias" =>
    optional(use_alias), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StartInstanceRequest { "appType" => read_field(app_type), "departmentId" =>
    read_field(department_id), "env" => read_field(env), "formDataJson" =>
    read_field(form_data_json), "formUuid" => read_field(form_uuid), "language" =>
    read_field(language), "processCode" => read_field(process_code), "processData" =>
    read_field(process_data), "systemToken" => read_field(system_token), "useAlias" =>
    read_field(use_alias), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for StartInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_agent_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateAgentTaskRequest {
    /// `agentRangeType`: a query parameter.
    pub agent_range_type: Option<String>,
    /// `agentRangeValue`: a query parameter.
    pub agent_range_value: Option<String>,
    /// `agentUserId`: a query parameter.
    pub agent_user_id: String,
    /// `agentUuid`: a query parameter.
    pub agent_uuid: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `endTimestamp`: a query parameter.
    pub end_timestamp: Option<String>,
    /// `needNoticePrincipal`: a query parameter.
    pub need_notice_principal: Option<String>,
    /// `startTimestamp`: a query parameter.
    pub start_timestamp: Option<String>,
    /// `token`: a query parameter.
    pub token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`UpdateAgentTaskRequest`], each named where it is set: `UpdateAgentTaskRequest::new(UpdateAgentTaskRequired { .. })`.
pub struct UpdateAgentTaskRequired {
    /// `agentUserId`: see [`UpdateAgentTaskRequest::agent_user_id`].
    pub agent_user_id: String,
    /// `agentUuid`: see [`UpdateAgentTaskRequest::agent_uuid`].
    pub agent_uuid: String,
    /// `corpId`: see [`UpdateAgentTaskRequest::corp_id`].
    pub corp_id: String,
    /// `token`: see [`UpdateAgentTaskRequest::token`].
    pub token: String,
    /// `userId`: see [`UpdateAgentTaskRequest::user_id`].
    pub user_id: String,
}
impl UpdateAgentTaskRequest {
    /// A `UpdateAgentTaskRequest` with its required fields (`agentUserId`, `agentUuid`, `corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateAgentTaskRequired) -> Self {
        let UpdateAgentTaskRequired {
            agent_user_id,
            agent_uuid,
            corp_id,
            token,
            user_id,
        } = required;
        Self {
            agent_range_type: None,
            agent_range_value: None,
            agent_user_id,
            agent_uuid,
            corp_id,
            end_timestamp: None,
            need_notice_principal: None,
            start_timestamp: None,
            token,
            user_id,
        }
    }
    /// Sets `agentRangeType`.
    pub fn agent_range_type(mut self, value: impl Into<String>) -> Self {
        self.agent_range_type = Some(value.into());
        self
    }
    /// Sets `agentRangeValue`.
    pub fn agent_range_value(mut self, value: impl Into<String>) -> Self {
        self.agent_range_value = Some(value.into());
        self
    }
    /// Sets `endTimestamp`.
    pub fn end_timestamp(mut self, value: impl Into<String>) -> Self {
        self.end_timestamp = Some(value.into());
        self
    }
    /// Sets `needNoticePrincipal`.
    pub fn need_notice_principal(mut self, value: impl Into<String>) -> Self {
        self.need_notice_principal = Some(value.into());
        self
    }
    /// Sets `startTimestamp`.
    pub fn start_timestamp(mut self, value: impl Into<String>) -> Self {
        self.start_timestamp = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateAgentTaskRequest { "agentRangeType" => read_field(agent_range_type),
    "agentRangeValue" => read_field(agent_range_value), "agentUserId" =>
    read_field(agent_user_id), "agentUuid" => read_field(agent_uuid), "corpId" =>
    read_field(corp_id), "endTimestamp" => read_field(end_timestamp),
    "needNoticePrincipal" => read_field(need_notice_principal), "startTimestamp" =>
    read_field(start_timestamp), "token" => read_field(token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for UpdateAgentTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentRangeType", &self.agent_range_type);
        writer.query("agentRangeValue", &self.agent_range_value);
        writer.query("agentUserId", &self.agent_user_id);
        writer.query("agentUuid", &self.agent_uuid);
        writer.query("corpId", &self.corp_id);
        writer.query("endTimestamp", &self.end_timestamp);
        writer.query("needNoticePrincipal", &self.need_notice_principal);
        writer.query("startTimestamp", &self.start_timestamp);
        writer.query("token", &self.token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_form_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFormDataRequest {
    /// `appType`.
    pub app_type: Option<String>,
    /// `formInstanceId`.
    pub form_instance_id: String,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `language`.
    pub language: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `updateFormDataJson`.
    pub update_form_data_json: String,
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            form_instance_id,
            form_uuid: None,
            language: None,
            system_token,
            update_form_data_json,
            use_alias: None,
            use_latest_version: None,
            user_id,
        }
    }
    /// Sets `appType`.
    pub fn app_type(mut self, value: impl Into<String>) -> Self {
        self.app_type = Some(value.into());
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
    /// Sets `useLatestVersion`.
    pub fn use_latest_version(mut self, value: bool) -> Self {
        self.use_latest_version = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateFormDataRequest { "appType" => optional(app_type), "formInstanceId" =>
    field(form_instance_id), "formUuid" => optional(form_uuid), "language" =>
    optional(language), "systemToken" => field(system_token), "updateFormDataJson" =>
    field(update_form_data_json), "useAlias" => optional(use_alias), "useLatestVersion"
    => optional(use_latest_version), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFormDataRequest { "appType" => read_field(app_type), "formInstanceId" =>
    read_field(form_instance_id), "formUuid" => read_field(form_uuid), "language" =>
    read_field(language), "systemToken" => read_field(system_token), "updateFormDataJson"
    => read_field(update_form_data_json), "useAlias" => read_field(use_alias),
    "useLatestVersion" => read_field(use_latest_version), "userId" => read_field(user_id)
    }
}
impl rt::WriteRequest for UpdateFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_sub_table`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateSubTableRequest {
    /// `appType`.
    pub app_type: String,
    /// `formInstanceId`.
    pub form_instance_id: String,
    /// `language`.
    pub language: Option<String>,
    /// `noExecuteExpression`.
    pub no_execute_expression: Option<bool>,
    /// `systemToken`.
    pub system_token: String,
    /// `tableFieldIds`.
    pub table_field_ids: String,
    /// `updateFormDataJson`.
    pub update_form_data_json: String,
    /// `useAlias`.
    pub use_alias: Option<bool>,
    /// `useLatestFormSchemaVersion`.
    pub use_latest_form_schema_version: Option<bool>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateSubTableRequest`], each named where it is set: `UpdateSubTableRequest::new(UpdateSubTableRequired { .. })`.
pub struct UpdateSubTableRequired {
    /// `appType`: see [`UpdateSubTableRequest::app_type`].
    pub app_type: String,
    /// `formInstanceId`: see [`UpdateSubTableRequest::form_instance_id`].
    pub form_instance_id: String,
    /// `systemToken`: see [`UpdateSubTableRequest::system_token`].
    pub system_token: String,
    /// `tableFieldIds`: see [`UpdateSubTableRequest::table_field_ids`].
    pub table_field_ids: String,
    /// `updateFormDataJson`: see [`UpdateSubTableRequest::update_form_data_json`].
    pub update_form_data_json: String,
    /// `userId`: see [`UpdateSubTableRequest::user_id`].
    pub user_id: String,
}
impl UpdateSubTableRequest {
    /// A `UpdateSubTableRequest` with its required fields (`appType`, `formInstanceId`, `systemToken`, `tableFieldIds`, `updateFormDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateSubTableRequired) -> Self {
        let UpdateSubTableRequired {
            app_type,
            form_instance_id,
            system_token,
            table_field_ids,
            update_form_data_json,
            user_id,
        } = required;
        Self {
            app_type,
            form_instance_id,
            language: None,
            no_execute_expression: None,
            system_token,
            table_field_ids,
            update_form_data_json,
            use_alias: None,
            use_latest_form_schema_version: None,
            user_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `noExecuteExpression`.
    pub fn no_execute_expression(mut self, value: bool) -> Self {
        self.no_execute_expression = Some(value);
        self
    }
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
    /// Sets `useLatestFormSchemaVersion`.
    pub fn use_latest_form_schema_version(mut self, value: bool) -> Self {
        self.use_latest_form_schema_version = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateSubTableRequest { "appType" => field(app_type), "formInstanceId" =>
    field(form_instance_id), "language" => optional(language), "noExecuteExpression" =>
    optional(no_execute_expression), "systemToken" => field(system_token),
    "tableFieldIds" => field(table_field_ids), "updateFormDataJson" =>
    field(update_form_data_json), "useAlias" => optional(use_alias),
    "useLatestFormSchemaVersion" => optional(use_latest_form_schema_version), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSubTableRequest { "appType" => read_field(app_type), "formInstanceId" =>
    read_field(form_instance_id), "language" => read_field(language),
    "noExecuteExpression" => read_field(no_execute_expression), "systemToken" =>
    read_field(system_token), "tableFieldIds" => read_field(table_field_ids),
    "updateFormDataJson" => read_field(update_form_data_json), "useAlias" =>
    read_field(use_alias), "useLatestFormSchemaVersion" =>
    read_field(use_latest_form_schema_version), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateSubTableRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_sub_table_by_row_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateSubTableByRowIdRequest {
    /// `appType`.
    pub app_type: String,
    /// `formInstanceId`.
    pub form_instance_id: String,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `systemToken`.
    pub system_token: String,
    /// `tableFieldId`.
    pub table_field_id: String,
    /// `updateSubTableDataJson`.
    pub update_sub_table_data_json: String,
    /// `useAlias`.
    pub use_alias: Option<bool>,
    /// `useLatestFormSchemaVersion`.
    pub use_latest_form_schema_version: Option<bool>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateSubTableByRowIdRequest`], each named where it is set: `UpdateSubTableByRowIdRequest::new(UpdateSubTableByRowIdRequired { .. })`.
pub struct UpdateSubTableByRowIdRequired {
    /// `appType`: see [`UpdateSubTableByRowIdRequest::app_type`].
    pub app_type: String,
    /// `formInstanceId`: see [`UpdateSubTableByRowIdRequest::form_instance_id`].
    pub form_instance_id: String,
    /// `systemToken`: see [`UpdateSubTableByRowIdRequest::system_token`].
    pub system_token: String,
    /// `tableFieldId`: see [`UpdateSubTableByRowIdRequest::table_field_id`].
    pub table_field_id: String,
    /// `updateSubTableDataJson`: see [`UpdateSubTableByRowIdRequest::update_sub_table_data_json`].
    pub update_sub_table_data_json: String,
    /// `userId`: see [`UpdateSubTableByRowIdRequest::user_id`].
    pub user_id: String,
}
impl UpdateSubTableByRowIdRequest {
    /// A `UpdateSubTableByRowIdRequest` with its required fields (`appType`, `formInstanceId`, `systemToken`, `tableFieldId`, `updateSubTableDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateSubTableByRowIdRequired) -> Self {
        let UpdateSubTableByRowIdRequired {
            app_type,
            form_instance_id,
            system_token,
            table_field_id,
            update_sub_table_data_json,
            user_id,
        } = required;
        Self {
            app_type,
            form_instance_id,
            form_uuid: None,
            system_token,
            table_field_id,
            update_sub_table_data_json,
            use_alias: None,
            use_latest_form_schema_version: None,
            user_id,
        }
    }
    /// Sets `formUuid`.
    pub fn form_uuid(mut self, value: impl Into<String>) -> Self {
        self.form_uuid = Some(value.into());
        self
    }
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
        self
    }
    /// Sets `useLatestFormSchemaVersion`.
    pub fn use_latest_form_schema_version(mut self, value: bool) -> Self {
        self.use_latest_form_schema_version = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateSubTableByRowIdRequest { "appType" => field(app_type), "formInstanceId" =>
    field(form_instance_id), "formUuid" => optional(form_uuid), "systemToken" =>
    field(system_token), "tableFieldId" => field(table_field_id),
    "updateSubTableDataJson" => field(update_sub_table_data_json), "useAlias" =>
    optional(use_alias), "useLatestFormSchemaVersion" =>
    optional(use_latest_form_schema_version), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSubTableByRowIdRequest { "appType" => read_field(app_type), "formInstanceId" =>
    read_field(form_instance_id), "formUuid" => read_field(form_uuid), "systemToken" =>
    read_field(system_token), "tableFieldId" => read_field(table_field_id),
    "updateSubTableDataJson" => read_field(update_sub_table_data_json), "useAlias" =>
    read_field(use_alias), "useLatestFormSchemaVersion" =>
    read_field(use_latest_form_schema_version), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateSubTableByRowIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::batch_add_or_update_role_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchAddOrUpdateRoleMembersError = rt::ServiceError;
/// An error reply of [`Api::batch_delete_role_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchDeleteRoleMembersError = rt::ServiceError;
/// An error reply of [`Api::cancel_agent_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelAgentTaskError = rt::ServiceError;
/// An error reply of [`Api::create_agent_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAgentTaskError = rt::ServiceError;
/// An error reply of [`Api::create_or_update_form_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateOrUpdateFormDataError = rt::ServiceError;
/// An error reply of [`Api::delete_matrix_data_by_row_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteMatrixDataByRowIdsError = rt::ServiceError;
/// An error reply of [`Api::get_agent_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAgentTasksError = rt::ServiceError;
/// An error reply of [`Api::get_form_component_alias_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFormComponentAliasListError = rt::ServiceError;
/// An error reply of [`Api::get_form_data_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFormDataByIDError = rt::ServiceError;
/// An error reply of [`Api::get_instance_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInstanceByIdError = rt::ServiceError;
/// An error reply of [`Api::get_instance_id_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInstanceIdListError = rt::ServiceError;
/// An error reply of [`Api::get_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInstancesError = rt::ServiceError;
/// An error reply of [`Api::get_matrix_detail_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMatrixDetailByIdError = rt::ServiceError;
/// An error reply of [`Api::get_role_detail_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRoleDetailByIdError = rt::ServiceError;
/// An error reply of [`Api::restart_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RestartInstanceError = rt::ServiceError;
/// An error reply of [`Api::save_and_update_matrix_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveAndUpdateMatrixDataError = rt::ServiceError;
/// An error reply of [`Api::save_form_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveFormDataError = rt::ServiceError;
/// An error reply of [`Api::search_form_data_id_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFormDataIdListError = rt::ServiceError;
/// An error reply of [`Api::search_form_data_second_generation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFormDataSecondGenerationError = rt::ServiceError;
/// An error reply of [`Api::search_form_datas`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFormDatasError = rt::ServiceError;
/// An error reply of [`Api::start_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StartInstanceError = rt::ServiceError;
/// An error reply of [`Api::update_agent_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateAgentTaskError = rt::ServiceError;
/// An error reply of [`Api::update_form_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFormDataError = rt::ServiceError;
/// An error reply of [`Api::update_sub_table`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSubTableError = rt::ServiceError;
/// An error reply of [`Api::update_sub_table_by_row_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSubTableByRowIdError = rt::ServiceError;
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
        "BatchAddOrUpdateRoleMembers" => {
            rt::conformance::reply(
                    api.batch_add_or_update_role_members(&inputs.request(true)?),
                )
                .await
        }
        "BatchDeleteRoleMembers" => {
            rt::conformance::reply(api.batch_delete_role_members(&inputs.request(true)?))
                .await
        }
        "CancelAgentTask" => {
            rt::conformance::reply(api.cancel_agent_task(&inputs.request(false)?)).await
        }
        "CreateAgentTask" => {
            rt::conformance::reply(api.create_agent_task(&inputs.request(false)?)).await
        }
        "CreateOrUpdateFormData" => {
            rt::conformance::reply(
                    api.create_or_update_form_data(&inputs.request(true)?),
                )
                .await
        }
        "DeleteMatrixDataByRowIds" => {
            rt::conformance::reply(
                    api.delete_matrix_data_by_row_ids(&inputs.request(true)?),
                )
                .await
        }
        "GetAgentTasks" => {
            rt::conformance::reply(api.get_agent_tasks(&inputs.request(false)?)).await
        }
        "GetFormComponentAliasList" => {
            rt::conformance::reply(
                    api
                        .get_form_component_alias_list(
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
        "GetMatrixDetailById" => {
            rt::conformance::reply(api.get_matrix_detail_by_id(&inputs.request(false)?))
                .await
        }
        "GetRoleDetailById" => {
            rt::conformance::reply(api.get_role_detail_by_id(&inputs.request(false)?))
                .await
        }
        "RestartInstance" => {
            rt::conformance::reply(api.restart_instance(&inputs.request(true)?)).await
        }
        "SaveAndUpdateMatrixData" => {
            rt::conformance::reply(
                    api.save_and_update_matrix_data(&inputs.request(true)?),
                )
                .await
        }
        "SaveFormData" => {
            rt::conformance::reply(api.save_form_data(&inputs.request(true)?)).await
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
        "SearchFormDataSecondGeneration" => {
            rt::conformance::reply(
                    api.search_form_data_second_generation(&inputs.request(true)?),
                )
                .await
        }
        "SearchFormDatas" => {
            rt::conformance::reply(api.search_form_datas(&inputs.request(true)?)).await
        }
        "StartInstance" => {
            rt::conformance::reply(api.start_instance(&inputs.request(true)?)).await
        }
        "UpdateAgentTask" => {
            rt::conformance::reply(api.update_agent_task(&inputs.request(false)?)).await
        }
        "UpdateFormData" => {
            rt::conformance::reply(api.update_form_data(&inputs.request(true)?)).await
        }
        "UpdateSubTable" => {
            rt::conformance::reply(api.update_sub_table(&inputs.request(true)?)).await
        }
        "UpdateSubTableByRowId" => {
            rt::conformance::reply(
                    api.update_sub_table_by_row_id(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
