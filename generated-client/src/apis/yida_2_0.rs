// @generated from api-spec/yida_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.yida_2_0()`. Generated from `api-spec/yida_2_0.yaml`.
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
    /// `POST /v2.0/yida/forms/resources/roles/upsert` (operation `BatchAddOrUpdateRoleMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchAddOrUpdateRoleMembersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/yida/forms/resources/roles/remove` (operation `BatchDeleteRoleMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchDeleteRoleMembersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/yida/forms/resources/agents/cancel` (operation `CancelAgentTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelAgentTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/yida/forms/resources/agents/insert` (operation `CreateAgentTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAgentTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/yida/forms/instances/insertOrUpdate` (operation `CreateOrUpdateFormData`).
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
            "/v2.0/yida/forms/instances/insertOrUpdate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量删除矩阵明细数据
    ///
    /// `POST /v2.0/yida/forms/resources/matrices/remove` (operation `DeleteMatrixDataByRowIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteMatrixDataByRowIdsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/yida/forms/resources/agents` (operation `GetAgentTasks`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAgentTasksError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/yida/forms/component/alias/{app_type}/{form_uuid}` (operation `GetFormComponentAliasList`).
    ///
    /// # Path parameters
    ///
    /// - `app_type` (`app_type`)
    /// - `form_uuid` (`form_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFormComponentAliasListError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v2.0/yida/forms/component/alias/{app_type}/{form_uuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type, form_uuid], request)
    }
    /// 根据表单 ID 查询实例详情
    ///
    /// `GET /v2.0/yida/forms/instances/{id}` (operation `GetFormDataByID`).
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
            "/v2.0/yida/forms/instances/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[id], request)
    }
    /// 根据实例 ID 获取流程实例详情
    ///
    /// `GET /v2.0/yida/processes/instancesInfos/{id}` (operation `GetInstanceById`).
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
            "/v2.0/yida/processes/instancesInfos/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[id], request)
    }
    /// 根据条件搜索流程实例 ID
    ///
    /// `POST /v2.0/yida/processes/instanceIds` (operation `GetInstanceIdList`).
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
            "/v2.0/yida/processes/instanceIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据搜索条件获取流程表单实例详情
    ///
    /// `POST /v2.0/yida/processes/instances` (operation `GetInstances`).
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
            "/v2.0/yida/processes/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取权限矩阵数据详情
    ///
    /// `GET /v2.0/yida/forms/resources/matrices` (operation `GetMatrixDetailById`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMatrixDetailByIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/yida/forms/resources/roles` (operation `GetRoleDetailById`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRoleDetailByIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/yida/processes/instances/restartInstance` (operation `RestartInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RestartInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/yida/forms/resources/matrices/upsert` (operation `SaveAndUpdateMatrixData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveAndUpdateMatrixDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/yida/forms/instances` (operation `SaveFormData`).
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
            "/v2.0/yida/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据条件搜索表单实例 ID 列表
    ///
    /// `POST /v2.0/yida/forms/instances/ids/{app_type}/{form_uuid}` (operation `SearchFormDataIdList`).
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
            "/v2.0/yida/forms/instances/ids/{app_type}/{form_uuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_type, form_uuid], request)
    }
    /// 通过高级检索条件查询表单实例
    ///
    /// `POST /v2.0/yida/forms/instances/advances/queryAll` (operation `SearchFormDataSecondGeneration`).
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
            "/v2.0/yida/forms/instances/advances/queryAll",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据条件搜索表单实例详情列表
    ///
    /// `POST /v2.0/yida/forms/instances/search` (operation `SearchFormDatas`).
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
            "/v2.0/yida/forms/instances/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发起新的流程实例
    ///
    /// `POST /v2.0/yida/processes/instances/start` (operation `StartInstance`).
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
            "/v2.0/yida/processes/instances/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改代理信息
    ///
    /// `POST /v2.0/yida/forms/resources/agents/update` (operation `UpdateAgentTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateAgentTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v2.0/yida/forms/instances` (operation `UpdateFormData`).
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
            "/v2.0/yida/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新宜搭子表单
    ///
    /// `POST /v2.0/yida/forms/updateSubTable` (operation `UpdateSubTable`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSubTableError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/yida/forms/updateSubTableByRowId` (operation `UpdateSubTableByRowId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSubTableByRowIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `BatchAddOrUpdateRoleMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddOrUpdateRoleMembersResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddOrUpdateRoleMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddOrUpdateRoleMembersResponseBody {
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
impl rt::serde::Serialize for BatchAddOrUpdateRoleMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BatchDeleteRoleMembersResponseBody`: the same model as [`BatchAddOrUpdateRoleMembersResponseBody`].
pub type BatchDeleteRoleMembersResponseBody = BatchAddOrUpdateRoleMembersResponseBody;
/// `CancelAgentTaskResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CancelAgentTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CancelAgentTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CancelAgentTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateAgentTaskResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateAgentTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAgentTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAgentTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateOrUpdateFormDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateOrUpdateFormDataResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateOrUpdateFormDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateOrUpdateFormDataResponseBody {
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
impl rt::serde::Serialize for CreateOrUpdateFormDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DeleteMatrixDataByRowIdsResponseBody`: the same model as [`BatchAddOrUpdateRoleMembersResponseBody`].
pub type DeleteMatrixDataByRowIdsResponseBody = BatchAddOrUpdateRoleMembersResponseBody;
/// `GetAgentTasksResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAgentTasksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAgentTasksResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "limit" => rt::read_field(map, &mut self.limit),
            "start" => rt::read_field(map, &mut self.start),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAgentTasksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("limit", &self.limit)?;
        object.optional("start", &self.start)?;
        object.optional("totalCount", &self.total_count)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `GetFormComponentAliasListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormComponentAliasListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFormComponentAliasListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormComponentAliasListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormComponentAliasListResponseBody {
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
impl rt::serde::Serialize for GetFormComponentAliasListResponseBody {
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
/// `GetMatrixDetailByIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBody {
    /// `result`.
    pub result: Option<GetMatrixDetailByIdResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMatrixDetailByIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMatrixDetailByIdResponseBody {
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
impl rt::serde::Serialize for GetMatrixDetailByIdResponseBody {
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
/// `GetRoleDetailByIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRoleDetailByIdResponseBody {
    /// `result`.
    pub result: Option<GetRoleDetailByIdResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRoleDetailByIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRoleDetailByIdResponseBody {
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
impl rt::serde::Serialize for GetRoleDetailByIdResponseBody {
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
/// `SaveAndUpdateMatrixDataResponseBody`: the same model as [`BatchAddOrUpdateRoleMembersResponseBody`].
pub type SaveAndUpdateMatrixDataResponseBody = BatchAddOrUpdateRoleMembersResponseBody;
/// `SaveFormDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveFormDataResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveFormDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveFormDataResponseBody {
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
impl rt::serde::Serialize for SaveFormDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SearchFormDataIdListResponseBody`: the same model as [`GetInstanceIdListResponseBody`].
pub type SearchFormDataIdListResponseBody = GetInstanceIdListResponseBody;
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
/// `StartInstanceResponseBody`: the same model as [`SaveFormDataResponseBody`].
pub type StartInstanceResponseBody = SaveFormDataResponseBody;
/// `UpdateAgentTaskResponseBody`: the same model as [`CancelAgentTaskResponseBody`].
pub type UpdateAgentTaskResponseBody = CancelAgentTaskResponseBody;
/// `UpdateSubTableResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateSubTableResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateSubTableResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateSubTableResponseBody {
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
impl rt::serde::Serialize for UpdateSubTableResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateSubTableByRowIdResponseBody`: the same model as [`UpdateSubTableResponseBody`].
pub type UpdateSubTableByRowIdResponseBody = UpdateSubTableResponseBody;
/// `GetAgentTasksResponseBodyValues`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAgentTasksResponseBodyValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAgentTasksResponseBodyValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentCategory" => rt::read_field(map, &mut self.agent_category),
            "agentCreateGMT" => rt::read_field(map, &mut self.agent_create_gmt),
            "agentEndGMT" => rt::read_field(map, &mut self.agent_end_gmt),
            "agentName" => rt::read_field(map, &mut self.agent_name),
            "agentRangeType" => rt::read_field(map, &mut self.agent_range_type),
            "agentRangeValue" => rt::read_field(map, &mut self.agent_range_value),
            "agentStartGMT" => rt::read_field(map, &mut self.agent_start_gmt),
            "agentType" => rt::read_field(map, &mut self.agent_type),
            "agentUserId" => rt::read_field(map, &mut self.agent_user_id),
            "agentUuid" => rt::read_field(map, &mut self.agent_uuid),
            "creator" => rt::read_field(map, &mut self.creator),
            "creatorName" => rt::read_field(map, &mut self.creator_name),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "needNoticePrincipal" => rt::read_field(map, &mut self.need_notice_principal),
            "principalName" => rt::read_field(map, &mut self.principal_name),
            "principalUserId" => rt::read_field(map, &mut self.principal_user_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAgentTasksResponseBodyValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentCategory", &self.agent_category)?;
        object.optional("agentCreateGMT", &self.agent_create_gmt)?;
        object.optional("agentEndGMT", &self.agent_end_gmt)?;
        object.optional("agentName", &self.agent_name)?;
        object.optional("agentRangeType", &self.agent_range_type)?;
        object.optional("agentRangeValue", &self.agent_range_value)?;
        object.optional("agentStartGMT", &self.agent_start_gmt)?;
        object.optional("agentType", &self.agent_type)?;
        object.optional("agentUserId", &self.agent_user_id)?;
        object.optional("agentUuid", &self.agent_uuid)?;
        object.optional("creator", &self.creator)?;
        object.optional("creatorName", &self.creator_name)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("needNoticePrincipal", &self.need_notice_principal)?;
        object.optional("principalName", &self.principal_name)?;
        object.optional("principalUserId", &self.principal_user_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetFormComponentAliasListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormComponentAliasListResponseBodyResult {
    /// `alias`.
    pub alias: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormComponentAliasListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormComponentAliasListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alias" => rt::read_field(map, &mut self.alias),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormComponentAliasListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alias", &self.alias)?;
        object.optional("fieldId", &self.field_id)?;
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
/// `GetMatrixDetailByIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMatrixDetailByIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMatrixDetailByIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "matrixData" => rt::read_field(map, &mut self.matrix_data),
            "matrixId" => rt::read_field(map, &mut self.matrix_id),
            "matrixTable" => rt::read_field(map, &mut self.matrix_table),
            "name" => rt::read_field(map, &mut self.name),
            "rowTotalCount" => rt::read_field(map, &mut self.row_total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMatrixDetailByIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("matrixData", &self.matrix_data)?;
        object.optional("matrixId", &self.matrix_id)?;
        object.optional("matrixTable", &self.matrix_table)?;
        object.optional("name", &self.name)?;
        object.optional("rowTotalCount", &self.row_total_count)?;
        object.end()
    }
}
/// `GetRoleDetailByIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRoleDetailByIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRoleDetailByIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canModifyOwners" => rt::read_field(map, &mut self.can_modify_owners),
            "description" => rt::read_field(map, &mut self.description),
            "memberTotalCount" => rt::read_field(map, &mut self.member_total_count),
            "members" => rt::read_field(map, &mut self.members),
            "name" => rt::read_field(map, &mut self.name),
            "parentUuid" => rt::read_field(map, &mut self.parent_uuid),
            "roleUuid" => rt::read_field(map, &mut self.role_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRoleDetailByIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canModifyOwners", &self.can_modify_owners)?;
        object.optional("description", &self.description)?;
        object.optional("memberTotalCount", &self.member_total_count)?;
        object.optional("members", &self.members)?;
        object.optional("name", &self.name)?;
        object.optional("parentUuid", &self.parent_uuid)?;
        object.optional("roleUuid", &self.role_uuid)?;
        object.end()
    }
}
/// `SearchFormDataSecondGenerationResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for SearchFormDataSecondGenerationResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDataSecondGenerationResponseBodyData {
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
impl rt::serde::Serialize for SearchFormDataSecondGenerationResponseBodyData {
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
/// `GetInstanceByIdResponseBodyActionExecutorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstanceByIdResponseBodyActionExecutorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstanceByIdResponseBodyOriginatorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstanceByIdResponseBodyOriginatorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstancesResponseBodyDataActionExecutor`: the same model as [`GetInstanceByIdResponseBodyActionExecutor`].
pub type GetInstancesResponseBodyDataActionExecutor = GetInstanceByIdResponseBodyActionExecutor;
/// `GetInstancesResponseBodyDataOriginator`: the same model as [`GetInstanceByIdResponseBodyActionExecutor`].
pub type GetInstancesResponseBodyDataOriginator = GetInstanceByIdResponseBodyActionExecutor;
/// `GetMatrixDetailByIdResponseBodyResultDescription`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBodyResultDescription {
    /// `en_US`.
    pub en_us: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `zh_CN`.
    pub zh_cn: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetMatrixDetailByIdResponseBodyResultDescription {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMatrixDetailByIdResponseBodyResultDescription {
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
impl rt::serde::Serialize for GetMatrixDetailByIdResponseBodyResultDescription {
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
/// `GetMatrixDetailByIdResponseBodyResultMatrixData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBodyResultMatrixData {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `data`.
    pub data: Option<rt::serde_json::Value>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetMatrixDetailByIdResponseBodyResultMatrixData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMatrixDetailByIdResponseBodyResultMatrixData {
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
impl rt::serde::Serialize for GetMatrixDetailByIdResponseBodyResultMatrixData {
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
/// `GetMatrixDetailByIdResponseBodyResultMatrixTable`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetMatrixDetailByIdResponseBodyResultMatrixTable {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMatrixDetailByIdResponseBodyResultMatrixTable {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conditionColumn" => rt::read_field(map, &mut self.condition_column),
            "resultColumn" => rt::read_field(map, &mut self.result_column),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMatrixDetailByIdResponseBodyResultMatrixTable {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conditionColumn", &self.condition_column)?;
        object.optional("resultColumn", &self.result_column)?;
        object.end()
    }
}
/// `GetMatrixDetailByIdResponseBodyResultName`: the same model as [`GetMatrixDetailByIdResponseBodyResultDescription`].
pub type GetMatrixDetailByIdResponseBodyResultName = GetMatrixDetailByIdResponseBodyResultDescription;
/// `GetRoleDetailByIdResponseBodyResultMembers`: the same model as [`GetMatrixDetailByIdResponseBodyResultMatrixData`].
pub type GetRoleDetailByIdResponseBodyResultMembers = GetMatrixDetailByIdResponseBodyResultMatrixData;
/// `SearchFormDataSecondGenerationResponseBodyDataModifyUser`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchFormDataSecondGenerationResponseBodyDataModifyUser {
    /// `name`.
    pub name: Option<SearchFormDataSecondGenerationResponseBodyDataModifyUserName>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for SearchFormDataSecondGenerationResponseBodyDataModifyUser {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDataSecondGenerationResponseBodyDataModifyUser {
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
impl rt::serde::Serialize for SearchFormDataSecondGenerationResponseBodyDataModifyUser {
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
/// `SearchFormDataSecondGenerationResponseBodyDataOriginator`: the same model as [`SearchFormDataSecondGenerationResponseBodyDataModifyUser`].
pub type SearchFormDataSecondGenerationResponseBodyDataOriginator = SearchFormDataSecondGenerationResponseBodyDataModifyUser;
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
/// `GetInstancesResponseBodyDataActionExecutorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstancesResponseBodyDataActionExecutorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetInstancesResponseBodyDataOriginatorName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type GetInstancesResponseBodyDataOriginatorName = GetFormDataByIDResponseBodyOriginatorName;
/// `GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn {
    /// `columnId`.
    pub column_id: Option<String>,
    /// `componentType`.
    pub component_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "columnId" => rt::read_field(map, &mut self.column_id),
            "componentType" => rt::read_field(map, &mut self.component_type),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("columnId", &self.column_id)?;
        object.optional("componentType", &self.component_type)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `GetMatrixDetailByIdResponseBodyResultMatrixTableResultColumn`: the same model as [`GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn`].
pub type GetMatrixDetailByIdResponseBodyResultMatrixTableResultColumn = GetMatrixDetailByIdResponseBodyResultMatrixTableConditionColumn;
/// `SearchFormDataSecondGenerationResponseBodyDataModifyUserName`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchFormDataSecondGenerationResponseBodyDataModifyUserName {
    /// `nameInChinese`.
    pub name_in_chinese: Option<String>,
    /// `nameInEnglish`.
    pub name_in_english: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for SearchFormDataSecondGenerationResponseBodyDataModifyUserName {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFormDataSecondGenerationResponseBodyDataModifyUserName {
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
impl rt::serde::Serialize
for SearchFormDataSecondGenerationResponseBodyDataModifyUserName {
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
/// `SearchFormDataSecondGenerationResponseBodyDataOriginatorName`: the same model as [`SearchFormDataSecondGenerationResponseBodyDataModifyUserName`].
pub type SearchFormDataSecondGenerationResponseBodyDataOriginatorName = SearchFormDataSecondGenerationResponseBodyDataModifyUserName;
/// `SearchFormDatasResponseBodyDataModifyUserUserName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type SearchFormDatasResponseBodyDataModifyUserUserName = GetFormDataByIDResponseBodyOriginatorName;
/// `SearchFormDatasResponseBodyDataOriginatorUserName`: the same model as [`GetFormDataByIDResponseBodyOriginatorName`].
pub type SearchFormDatasResponseBodyDataOriginatorUserName = GetFormDataByIDResponseBodyOriginatorName;
/// The request of [`Api::batch_add_or_update_role_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchAddOrUpdateRoleMembersRequest {
    /// A `BatchAddOrUpdateRoleMembersRequest` with its required fields (`corpId`, `membersInfo`, `roleUuid`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        members_info: impl Into<String>,
        role_uuid: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            env: None,
            members_info: members_info.into(),
            page_number: None,
            page_size: None,
            role_uuid: role_uuid.into(),
            token: token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for BatchAddOrUpdateRoleMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("env", &self.env)?;
        object.field("membersInfo", &self.members_info)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.field("roleUuid", &self.role_uuid)?;
        object.field("token", &self.token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddOrUpdateRoleMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddOrUpdateRoleMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "env" => rt::read_field(map, &mut self.env),
            "membersInfo" => rt::read_field(map, &mut self.members_info),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "roleUuid" => rt::read_field(map, &mut self.role_uuid),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchAddOrUpdateRoleMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_delete_role_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchDeleteRoleMembersRequest {
    /// A `BatchDeleteRoleMembersRequest` with its required fields (`corpId`, `memberIds`, `roleUuid`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        member_ids: impl Into<String>,
        role_uuid: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            env: None,
            member_ids: member_ids.into(),
            page_number: None,
            page_size: None,
            role_uuid: role_uuid.into(),
            token: token.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for BatchDeleteRoleMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("env", &self.env)?;
        object.field("memberIds", &self.member_ids)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.field("roleUuid", &self.role_uuid)?;
        object.field("token", &self.token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchDeleteRoleMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchDeleteRoleMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "env" => rt::read_field(map, &mut self.env),
            "memberIds" => rt::read_field(map, &mut self.member_ids),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "roleUuid" => rt::read_field(map, &mut self.role_uuid),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchDeleteRoleMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_agent_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CancelAgentTaskRequest {
    /// A `CancelAgentTaskRequest` with its required fields (`agentUuid`, `corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        agent_uuid: impl Into<String>,
        corp_id: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            agent_type: None,
            agent_uuid: agent_uuid.into(),
            corp_id: corp_id.into(),
            token: token.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `agentType`.
    pub fn agent_type(mut self, value: impl Into<String>) -> Self {
        self.agent_type = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelAgentTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelAgentTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentType" => rt::read_field(map, &mut self.agent_type),
            "agentUuid" => rt::read_field(map, &mut self.agent_uuid),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateAgentTaskRequest {
    /// A `CreateAgentTaskRequest` with its required fields (`agentType`, `agentUserId`, `corpId`, `principalUserId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        agent_type: impl Into<String>,
        agent_user_id: impl Into<String>,
        corp_id: impl Into<String>,
        principal_user_id: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            agent_category: None,
            agent_range_type: None,
            agent_range_value: None,
            agent_type: agent_type.into(),
            agent_user_id: agent_user_id.into(),
            corp_id: corp_id.into(),
            end_timestamp: None,
            need_notice_principal: None,
            principal_user_id: principal_user_id.into(),
            start_timestamp: None,
            token: token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAgentTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAgentTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentCategory" => rt::read_field(map, &mut self.agent_category),
            "agentRangeType" => rt::read_field(map, &mut self.agent_range_type),
            "agentRangeValue" => rt::read_field(map, &mut self.agent_range_value),
            "agentType" => rt::read_field(map, &mut self.agent_type),
            "agentUserId" => rt::read_field(map, &mut self.agent_user_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "endTimestamp" => rt::read_field(map, &mut self.end_timestamp),
            "needNoticePrincipal" => rt::read_field(map, &mut self.need_notice_principal),
            "principalUserId" => rt::read_field(map, &mut self.principal_user_id),
            "startTimestamp" => rt::read_field(map, &mut self.start_timestamp),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
            env: None,
            form_data_json: form_data_json.into(),
            form_uuid: form_uuid.into(),
            no_execute_expression: None,
            search_condition: search_condition.into(),
            system_token: system_token.into(),
            use_alias: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for CreateOrUpdateFormDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("env", &self.env)?;
        object.field("formDataJson", &self.form_data_json)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("noExecuteExpression", &self.no_execute_expression)?;
        object.field("searchCondition", &self.search_condition)?;
        object.field("systemToken", &self.system_token)?;
        object.optional("useAlias", &self.use_alias)?;
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
            "env" => rt::read_field(map, &mut self.env),
            "formDataJson" => rt::read_field(map, &mut self.form_data_json),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "noExecuteExpression" => rt::read_field(map, &mut self.no_execute_expression),
            "searchCondition" => rt::read_field(map, &mut self.search_condition),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "useAlias" => rt::read_field(map, &mut self.use_alias),
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
/// The request of [`Api::delete_matrix_data_by_row_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DeleteMatrixDataByRowIdsRequest {
    /// A `DeleteMatrixDataByRowIdsRequest` with its required fields (`corpId`, `matrixId`, `rowIds`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        matrix_id: impl Into<String>,
        row_ids: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            env: None,
            matrix_id: matrix_id.into(),
            row_ids: row_ids.into(),
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
impl rt::serde::Serialize for DeleteMatrixDataByRowIdsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("env", &self.env)?;
        object.field("matrixId", &self.matrix_id)?;
        object.field("rowIds", &self.row_ids)?;
        object.field("token", &self.token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteMatrixDataByRowIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteMatrixDataByRowIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "env" => rt::read_field(map, &mut self.env),
            "matrixId" => rt::read_field(map, &mut self.matrix_id),
            "rowIds" => rt::read_field(map, &mut self.row_ids),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteMatrixDataByRowIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_agent_tasks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetAgentTasksRequest {
    /// A `GetAgentTasksRequest` with its required fields (`corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            agent_uuid: None,
            corp_id: corp_id.into(),
            keywords: None,
            page_number: None,
            page_size: None,
            status: None,
            token: token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAgentTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAgentTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentUuid" => rt::read_field(map, &mut self.agent_uuid),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "keywords" => rt::read_field(map, &mut self.keywords),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "status" => rt::read_field(map, &mut self.status),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetFormComponentAliasListRequest {
    /// A `GetFormComponentAliasListRequest` with its required fields (`systemToken`, `userId`); set the others with the methods named after them.
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
impl<'de> rt::serde::Deserialize<'de> for GetFormComponentAliasListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFormComponentAliasListRequest {
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetFormDataByIDRequest {
    /// A `GetFormDataByIDRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            form_uuid: None,
            language: None,
            system_token: system_token.into(),
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
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
            "env" => rt::read_field(map, &mut self.env),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "useAlias" => rt::read_field(map, &mut self.use_alias),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetInstanceByIdRequest {
    /// A `GetInstanceByIdRequest` with its required fields (`appType`, `systemToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        system_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            env: None,
            form_uuid: None,
            language: None,
            system_token: system_token.into(),
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
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
            "env" => rt::read_field(map, &mut self.env),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "useAlias" => rt::read_field(map, &mut self.use_alias),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
            env: None,
            form_uuid: form_uuid.into(),
            instance_status: None,
            language: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            originator_id: None,
            search_field_json: None,
            system_token: system_token.into(),
            task_id: None,
            use_alias: None,
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
        object.optional("env", &self.env)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("instanceStatus", &self.instance_status)?;
        object.optional("language", &self.language)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("searchFieldJson", &self.search_field_json)?;
        object.field("systemToken", &self.system_token)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("useAlias", &self.use_alias)?;
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
            "env" => rt::read_field(map, &mut self.env),
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
            "useAlias" => rt::read_field(map, &mut self.use_alias),
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
            use_alias: None,
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
        object.optional("useAlias", &self.use_alias)?;
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
            "useAlias" => rt::read_field(map, &mut self.use_alias),
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
/// The request of [`Api::get_matrix_detail_by_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetMatrixDetailByIdRequest {
    /// A `GetMatrixDetailByIdRequest` with its required fields (`corpId`, `matrixId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        matrix_id: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            env: None,
            matrix_id: matrix_id.into(),
            page_number: None,
            page_size: None,
            token: token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMatrixDetailByIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMatrixDetailByIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "env" => rt::read_field(map, &mut self.env),
            "matrixId" => rt::read_field(map, &mut self.matrix_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetRoleDetailByIdRequest {
    /// A `GetRoleDetailByIdRequest` with its required fields (`corpId`, `roleUuid`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        role_uuid: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            env: None,
            page_number: None,
            page_size: None,
            role_uuid: role_uuid.into(),
            token: token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRoleDetailByIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRoleDetailByIdRequest {
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
            "roleUuid" => rt::read_field(map, &mut self.role_uuid),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RestartInstanceRequest {
    /// A `RestartInstanceRequest` with its required fields (`appType`, `currentActivityId`, `formUuid`, `procInstanceId`, `systemToken`, `targetActivityId`, `taskId`, `userId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        app_type: impl Into<String>,
        current_activity_id: impl Into<String>,
        form_uuid: impl Into<String>,
        proc_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        target_activity_id: impl Into<String>,
        task_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            current_activity_id: current_activity_id.into(),
            env_profile: None,
            form_uuid: form_uuid.into(),
            proc_instance_id: proc_instance_id.into(),
            remark: None,
            system_token: system_token.into(),
            target_activity_id: target_activity_id.into(),
            task_id: task_id.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for RestartInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.field("currentActivityId", &self.current_activity_id)?;
        object.optional("envProfile", &self.env_profile)?;
        object.field("formUuid", &self.form_uuid)?;
        object.field("procInstanceId", &self.proc_instance_id)?;
        object.optional("remark", &self.remark)?;
        object.field("systemToken", &self.system_token)?;
        object.field("targetActivityId", &self.target_activity_id)?;
        object.field("taskId", &self.task_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RestartInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RestartInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "currentActivityId" => rt::read_field(map, &mut self.current_activity_id),
            "envProfile" => rt::read_field(map, &mut self.env_profile),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "procInstanceId" => rt::read_field(map, &mut self.proc_instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "targetActivityId" => rt::read_field(map, &mut self.target_activity_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RestartInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_and_update_matrix_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SaveAndUpdateMatrixDataRequest {
    /// A `SaveAndUpdateMatrixDataRequest` with its required fields (`corpId`, `dataJson`, `matrixId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        data_json: impl Into<String>,
        matrix_id: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            data_json: data_json.into(),
            env: None,
            matrix_id: matrix_id.into(),
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
impl rt::serde::Serialize for SaveAndUpdateMatrixDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.field("dataJson", &self.data_json)?;
        object.optional("env", &self.env)?;
        object.field("matrixId", &self.matrix_id)?;
        object.field("token", &self.token)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveAndUpdateMatrixDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveAndUpdateMatrixDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "dataJson" => rt::read_field(map, &mut self.data_json),
            "env" => rt::read_field(map, &mut self.env),
            "matrixId" => rt::read_field(map, &mut self.matrix_id),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveAndUpdateMatrixDataRequest {
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
            env: None,
            form_data_json: form_data_json.into(),
            form_uuid: form_uuid.into(),
            language: None,
            system_token: system_token.into(),
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
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
        object.optional("env", &self.env)?;
        object.field("formDataJson", &self.form_data_json)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("language", &self.language)?;
        object.field("systemToken", &self.system_token)?;
        object.optional("useAlias", &self.use_alias)?;
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
            "env" => rt::read_field(map, &mut self.env),
            "formDataJson" => rt::read_field(map, &mut self.form_data_json),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "useAlias" => rt::read_field(map, &mut self.use_alias),
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
    /// `useAlias`.
    pub use_alias: Option<bool>,
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
            use_alias: None,
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
    /// Sets `useAlias`.
    pub fn use_alias(mut self, value: bool) -> Self {
        self.use_alias = Some(value);
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
        object.optional("useAlias", &self.use_alias)?;
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
            "useAlias" => rt::read_field(map, &mut self.use_alias),
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
            env: None,
            form_uuid: form_uuid.into(),
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            order_config_json: None,
            originator_id: None,
            page_number: None,
            page_size: None,
            search_condition: None,
            system_token: system_token.into(),
            use_alias: None,
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
impl rt::serde::Serialize for SearchFormDataSecondGenerationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.optional("createFromTimeGMT", &self.create_from_time_gmt)?;
        object.optional("createToTimeGMT", &self.create_to_time_gmt)?;
        object.optional("env", &self.env)?;
        object.field("formUuid", &self.form_uuid)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("orderConfigJson", &self.order_config_json)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("searchCondition", &self.search_condition)?;
        object.field("systemToken", &self.system_token)?;
        object.optional("useAlias", &self.use_alias)?;
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
            "env" => rt::read_field(map, &mut self.env),
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
            "useAlias" => rt::read_field(map, &mut self.use_alias),
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
            form_uuid: form_uuid.into(),
            language: None,
            modified_from_time_gmt: None,
            modified_to_time_gmt: None,
            originator_id: None,
            page_size: None,
            search_field_json: None,
            system_token: system_token.into(),
            use_alias: None,
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
        object.field("formUuid", &self.form_uuid)?;
        object.optional("language", &self.language)?;
        object.optional("modifiedFromTimeGMT", &self.modified_from_time_gmt)?;
        object.optional("modifiedToTimeGMT", &self.modified_to_time_gmt)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("searchFieldJson", &self.search_field_json)?;
        object.field("systemToken", &self.system_token)?;
        object.optional("useAlias", &self.use_alias)?;
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
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "modifiedFromTimeGMT" => {
                rt::read_field(map, &mut self.modified_from_time_gmt)
            }
            "modifiedToTimeGMT" => rt::read_field(map, &mut self.modified_to_time_gmt),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "searchFieldJson" => rt::read_field(map, &mut self.search_field_json),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "useAlias" => rt::read_field(map, &mut self.use_alias),
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
            env: None,
            form_data_json: form_data_json.into(),
            form_uuid: form_uuid.into(),
            language: None,
            process_code: None,
            process_data: None,
            system_token: system_token.into(),
            use_alias: None,
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
impl rt::serde::Serialize for StartInstanceRequest {
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
        object.optional("processData", &self.process_data)?;
        object.field("systemToken", &self.system_token)?;
        object.optional("useAlias", &self.use_alias)?;
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
            "env" => rt::read_field(map, &mut self.env),
            "formDataJson" => rt::read_field(map, &mut self.form_data_json),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processData" => rt::read_field(map, &mut self.process_data),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "useAlias" => rt::read_field(map, &mut self.use_alias),
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
/// The request of [`Api::update_agent_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateAgentTaskRequest {
    /// A `UpdateAgentTaskRequest` with its required fields (`agentUserId`, `agentUuid`, `corpId`, `token`, `userId`); set the others with the methods named after them.
    pub fn new(
        agent_user_id: impl Into<String>,
        agent_uuid: impl Into<String>,
        corp_id: impl Into<String>,
        token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            agent_range_type: None,
            agent_range_value: None,
            agent_user_id: agent_user_id.into(),
            agent_uuid: agent_uuid.into(),
            corp_id: corp_id.into(),
            end_timestamp: None,
            need_notice_principal: None,
            start_timestamp: None,
            token: token.into(),
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateAgentTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateAgentTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentRangeType" => rt::read_field(map, &mut self.agent_range_type),
            "agentRangeValue" => rt::read_field(map, &mut self.agent_range_value),
            "agentUserId" => rt::read_field(map, &mut self.agent_user_id),
            "agentUuid" => rt::read_field(map, &mut self.agent_uuid),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "endTimestamp" => rt::read_field(map, &mut self.end_timestamp),
            "needNoticePrincipal" => rt::read_field(map, &mut self.need_notice_principal),
            "startTimestamp" => rt::read_field(map, &mut self.start_timestamp),
            "token" => rt::read_field(map, &mut self.token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
            form_instance_id: form_instance_id.into(),
            form_uuid: None,
            language: None,
            system_token: system_token.into(),
            update_form_data_json: update_form_data_json.into(),
            use_alias: None,
            use_latest_version: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for UpdateFormDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.field("formInstanceId", &self.form_instance_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("language", &self.language)?;
        object.field("systemToken", &self.system_token)?;
        object.field("updateFormDataJson", &self.update_form_data_json)?;
        object.optional("useAlias", &self.use_alias)?;
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
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "language" => rt::read_field(map, &mut self.language),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "updateFormDataJson" => rt::read_field(map, &mut self.update_form_data_json),
            "useAlias" => rt::read_field(map, &mut self.use_alias),
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
/// The request of [`Api::update_sub_table`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateSubTableRequest {
    /// A `UpdateSubTableRequest` with its required fields (`appType`, `formInstanceId`, `systemToken`, `tableFieldIds`, `updateFormDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        table_field_ids: impl Into<String>,
        update_form_data_json: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_instance_id: form_instance_id.into(),
            language: None,
            no_execute_expression: None,
            system_token: system_token.into(),
            table_field_ids: table_field_ids.into(),
            update_form_data_json: update_form_data_json.into(),
            use_alias: None,
            use_latest_form_schema_version: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for UpdateSubTableRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.field("formInstanceId", &self.form_instance_id)?;
        object.optional("language", &self.language)?;
        object.optional("noExecuteExpression", &self.no_execute_expression)?;
        object.field("systemToken", &self.system_token)?;
        object.field("tableFieldIds", &self.table_field_ids)?;
        object.field("updateFormDataJson", &self.update_form_data_json)?;
        object.optional("useAlias", &self.use_alias)?;
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
impl<'de> rt::serde::Deserialize<'de> for UpdateSubTableRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSubTableRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "language" => rt::read_field(map, &mut self.language),
            "noExecuteExpression" => rt::read_field(map, &mut self.no_execute_expression),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "tableFieldIds" => rt::read_field(map, &mut self.table_field_ids),
            "updateFormDataJson" => rt::read_field(map, &mut self.update_form_data_json),
            "useAlias" => rt::read_field(map, &mut self.use_alias),
            "useLatestFormSchemaVersion" => {
                rt::read_field(map, &mut self.use_latest_form_schema_version)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateSubTableRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_sub_table_by_row_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateSubTableByRowIdRequest {
    /// A `UpdateSubTableByRowIdRequest` with its required fields (`appType`, `formInstanceId`, `systemToken`, `tableFieldId`, `updateSubTableDataJson`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_type: impl Into<String>,
        form_instance_id: impl Into<String>,
        system_token: impl Into<String>,
        table_field_id: impl Into<String>,
        update_sub_table_data_json: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_type: app_type.into(),
            form_instance_id: form_instance_id.into(),
            form_uuid: None,
            system_token: system_token.into(),
            table_field_id: table_field_id.into(),
            update_sub_table_data_json: update_sub_table_data_json.into(),
            use_alias: None,
            use_latest_form_schema_version: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for UpdateSubTableByRowIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appType", &self.app_type)?;
        object.field("formInstanceId", &self.form_instance_id)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.field("systemToken", &self.system_token)?;
        object.field("tableFieldId", &self.table_field_id)?;
        object.field("updateSubTableDataJson", &self.update_sub_table_data_json)?;
        object.optional("useAlias", &self.use_alias)?;
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
impl<'de> rt::serde::Deserialize<'de> for UpdateSubTableByRowIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSubTableByRowIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appType" => rt::read_field(map, &mut self.app_type),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "systemToken" => rt::read_field(map, &mut self.system_token),
            "tableFieldId" => rt::read_field(map, &mut self.table_field_id),
            "updateSubTableDataJson" => {
                rt::read_field(map, &mut self.update_sub_table_data_json)
            }
            "useAlias" => rt::read_field(map, &mut self.use_alias),
            "useLatestFormSchemaVersion" => {
                rt::read_field(map, &mut self.use_latest_form_schema_version)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
