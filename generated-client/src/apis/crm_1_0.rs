// @generated from api-spec/crm_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.crm_1_0()`. Generated from `api-spec/crm_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `crm_1_0`. Get it with `client.crm_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 从私海放弃客户（退回公海）
    ///
    /// `POST /v1.0/crm/customers/abandon` (operation `AbandonCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AbandonCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn abandon_customer(
        &self,
        request: &AbandonCustomerRequest,
    ) -> rt::Call<AbandonCustomerResponseBody, AbandonCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AbandonCustomer",
            rt::Method::Post,
            "/v1.0/crm/customers/abandon",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加crm个人客户（或企业客户）
    ///
    /// `POST /v1.0/crm/personalCustomers` (operation `AddCrmPersonalCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddCrmPersonalCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_crm_personal_customer(
        &self,
        request: &AddCrmPersonalCustomerRequest,
    ) -> rt::Call<AddCrmPersonalCustomerResponseBody, AddCrmPersonalCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddCrmPersonalCustomer",
            rt::Method::Post,
            "/v1.0/crm/personalCustomers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增动态
    ///
    /// `POST /v1.0/crm/customerTracks` (operation `AddCustomerTrack`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddCustomerTrackError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_customer_track(
        &self,
        request: &AddCustomerTrackRequest,
    ) -> rt::Call<AddCustomerTrackResponseBody, AddCustomerTrackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddCustomerTrack",
            rt::Method::Post,
            "/v1.0/crm/customerTracks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加线索
    ///
    /// `POST /v1.0/crm/leads` (operation `AddLeads`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddLeadsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_leads(
        &self,
        request: &AddLeadsRequest,
    ) -> rt::Call<AddLeadsResponseBody, AddLeadsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddLeads",
            rt::Method::Post,
            "/v1.0/crm/leads",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 模型表结构增加字段
    ///
    /// `POST /v1.0/crm/metas/models/fields` (operation `AddMetaModelField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddMetaModelFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_meta_model_field(
        &self,
        request: &AddMetaModelFieldRequest,
    ) -> rt::Call<AddMetaModelFieldResponseBody, AddMetaModelFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddMetaModelField",
            rt::Method::Post,
            "/v1.0/crm/metas/models/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 关系模型表结构增加字段
    ///
    /// `POST /v1.0/crm/relations/metas/fields` (operation `AddRelationMetaField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddRelationMetaFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_relation_meta_field(
        &self,
        request: &AddRelationMetaFieldRequest,
    ) -> rt::Call<AddRelationMetaFieldResponseBody, AddRelationMetaFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRelationMetaField",
            rt::Method::Post,
            "/v1.0/crm/relations/metas/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 追加客户数据权限
    ///
    /// `POST /v1.0/crm/customers/dataAuth/append` (operation `AppendCustomerDataAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AppendCustomerDataAuthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn append_customer_data_auth(
        &self,
        request: &AppendCustomerDataAuthRequest,
    ) -> rt::Call<AppendCustomerDataAuthResponseBody, AppendCustomerDataAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppendCustomerDataAuth",
            rt::Method::Post,
            "/v1.0/crm/customers/dataAuth/append",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量新增联系人
    ///
    /// `POST /v1.0/crm/contacts/batch` (operation `BatchAddContacts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchAddContactsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_add_contacts(
        &self,
        request: &BatchAddContactsRequest,
    ) -> rt::Call<BatchAddContactsResponseBody, BatchAddContactsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchAddContacts",
            rt::Method::Post,
            "/v1.0/crm/contacts/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量新增跟进记录
    ///
    /// `POST /v1.0/crm/followRecords/batch` (operation `BatchAddFollowRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchAddFollowRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_add_follow_records(
        &self,
        request: &BatchAddFollowRecordsRequest,
    ) -> rt::Call<BatchAddFollowRecordsResponseBody, BatchAddFollowRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchAddFollowRecords",
            rt::Method::Post,
            "/v1.0/crm/followRecords/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量新增关系数据
    ///
    /// `POST /v1.0/crm/relationDatas/batch` (operation `BatchAddRelationDatas`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchAddRelationDatasError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_add_relation_datas(
        &self,
        request: &BatchAddRelationDatasRequest,
    ) -> rt::Call<BatchAddRelationDatasResponseBody, BatchAddRelationDatasError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchAddRelationDatas",
            rt::Method::Post,
            "/v1.0/crm/relationDatas/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量创建线索数据
    ///
    /// `POST /v1.0/crm/clues/datas/batch` (operation `BatchCreateClueData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchCreateClueDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_create_clue_data(
        &self,
        request: &BatchCreateClueDataRequest,
    ) -> rt::Call<BatchCreateClueDataResponseBody, BatchCreateClueDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchCreateClueData",
            rt::Method::Post,
            "/v1.0/crm/clues/datas/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量删除跟进记录
    ///
    /// `POST /v1.0/crm/followRecords/batchRemove` (operation `BatchRemoveFollowRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchRemoveFollowRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_remove_follow_records(
        &self,
        request: &BatchRemoveFollowRecordsRequest,
    ) -> rt::Call<BatchRemoveFollowRecordsResponseBody, BatchRemoveFollowRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchRemoveFollowRecords",
            rt::Method::Post,
            "/v1.0/crm/followRecords/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务窗消息群发
    ///
    /// `POST /v1.0/crm/officialAccounts/oToMessages/batchSend` (operation `BatchSendOfficialAccountOTOMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchSendOfficialAccountOTOMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_send_official_account_oto_message(
        &self,
        request: &BatchSendOfficialAccountOTOMessageRequest,
    ) -> rt::Call<
        BatchSendOfficialAccountOTOMessageResponseBody,
        BatchSendOfficialAccountOTOMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchSendOfficialAccountOTOMessage",
            rt::Method::Post,
            "/v1.0/crm/officialAccounts/oToMessages/batchSend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量修改联系人
    ///
    /// `PUT /v1.0/crm/contacts/batch` (operation `BatchUpdateContacts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchUpdateContactsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_update_contacts(
        &self,
        request: &BatchUpdateContactsRequest,
    ) -> rt::Call<BatchUpdateContactsResponseBody, BatchUpdateContactsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateContacts",
            rt::Method::Put,
            "/v1.0/crm/contacts/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量修改跟进记录
    ///
    /// `PUT /v1.0/crm/followRecords/batch` (operation `BatchUpdateFollowRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchUpdateFollowRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_update_follow_records(
        &self,
        request: &BatchUpdateFollowRecordsRequest,
    ) -> rt::Call<BatchUpdateFollowRecordsResponseBody, BatchUpdateFollowRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateFollowRecords",
            rt::Method::Put,
            "/v1.0/crm/followRecords/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量修改关系数据
    ///
    /// `PUT /v1.0/crm/relationDatas/batch` (operation `BatchUpdateRelationDatas`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchUpdateRelationDatasError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_update_relation_datas(
        &self,
        request: &BatchUpdateRelationDatasRequest,
    ) -> rt::Call<BatchUpdateRelationDatasResponseBody, BatchUpdateRelationDatasError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateRelationDatas",
            rt::Method::Put,
            "/v1.0/crm/relationDatas/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 核销权益库存
    ///
    /// `POST /v1.0/crm/benefitInventories/consume` (operation `ConsumeBenefitInventory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConsumeBenefitInventoryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn consume_benefit_inventory(
        &self,
        request: &ConsumeBenefitInventoryRequest,
    ) -> rt::Call<ConsumeBenefitInventoryResponseBody, ConsumeBenefitInventoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConsumeBenefitInventory",
            rt::Method::Post,
            "/v1.0/crm/benefitInventories/consume",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// CRM客户通讯录数据写入接口，支持客户&联系人数据合并写入
    ///
    /// `POST /v1.0/crm/customers` (operation `CreateCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_customer(
        &self,
        request: &CreateCustomerRequest,
    ) -> rt::Call<CreateCustomerResponseBody, CreateCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCustomer",
            rt::Method::Post,
            "/v1.0/crm/customers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建客户群
    ///
    /// `POST /v1.0/crm/groups` (operation `CreateGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_group(
        &self,
        request: &CreateGroupRequest,
    ) -> rt::Call<CreateGroupResponseBody, CreateGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroup",
            rt::Method::Post,
            "/v1.0/crm/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建群组
    ///
    /// `POST /v1.0/crm/groupSets` (operation `CreateGroupSet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupSetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_group_set(
        &self,
        request: &CreateGroupSetRequest,
    ) -> rt::Call<CreateGroupSetResponseBody, CreateGroupSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroupSet",
            rt::Method::Post,
            "/v1.0/crm/groupSets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建关系模型表结构
    ///
    /// `POST /v1.0/crm/relations/metas/create` (operation `CreateRelationMeta`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateRelationMetaError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_relation_meta(
        &self,
        request: &CreateRelationMetaRequest,
    ) -> rt::Call<CreateRelationMetaResponseBody, CreateRelationMetaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateRelationMeta",
            rt::Method::Post,
            "/v1.0/crm/relations/metas/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除CRM自定义对象数据
    ///
    /// `DELETE /v1.0/crm/customObjectDatas/instances/{instance_id}` (operation `DeleteCrmCustomObjectData`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteCrmCustomObjectDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_crm_custom_object_data(
        &self,
        instance_id: &str,
        request: &DeleteCrmCustomObjectDataRequest,
    ) -> rt::Call<
        DeleteCrmCustomObjectDataResponseBody,
        DeleteCrmCustomObjectDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteCrmCustomObjectData",
            rt::Method::Delete,
            "/v1.0/crm/customObjectDatas/instances/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// crm自定义表单数据删除接口
    ///
    /// `DELETE /v1.0/crm/formInstances/{instance_id}` (operation `DeleteCrmFormInstance`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteCrmFormInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_crm_form_instance(
        &self,
        instance_id: &str,
        request: &DeleteCrmFormInstanceRequest,
    ) -> rt::Call<DeleteCrmFormInstanceResponseBody, DeleteCrmFormInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteCrmFormInstance",
            rt::Method::Delete,
            "/v1.0/crm/formInstances/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 删除crm个人客户（或企业客户）
    ///
    /// `DELETE /v1.0/crm/personalCustomers/{data_id}` (operation `DeleteCrmPersonalCustomer`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteCrmPersonalCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_crm_personal_customer(
        &self,
        data_id: &str,
        request: &DeleteCrmPersonalCustomerRequest,
    ) -> rt::Call<
        DeleteCrmPersonalCustomerResponseBody,
        DeleteCrmPersonalCustomerError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteCrmPersonalCustomer",
            rt::Method::Delete,
            "/v1.0/crm/personalCustomers/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 删除线索
    ///
    /// `POST /v1.0/crm/leads/remove` (operation `DeleteLeads`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteLeadsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_leads(
        &self,
        request: &DeleteLeadsRequest,
    ) -> rt::Call<DeleteLeadsResponseBody, DeleteLeadsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteLeads",
            rt::Method::Post,
            "/v1.0/crm/leads/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 关系模型表结构删除字段
    ///
    /// `POST /v1.0/crm/relations/metas/fields/remove` (operation `DeleteRelationMetaField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRelationMetaFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_relation_meta_field(
        &self,
        request: &DeleteRelationMetaFieldRequest,
    ) -> rt::Call<DeleteRelationMetaFieldResponseBody, DeleteRelationMetaFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRelationMetaField",
            rt::Method::Post,
            "/v1.0/crm/relations/metas/fields/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取CRM客户对象的元数据描述
    ///
    /// `GET /v1.0/crm/personalCustomers/objectMeta` (operation `DescribeCrmPersonalCustomerObjectMeta`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DescribeCrmPersonalCustomerObjectMetaError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn describe_crm_personal_customer_object_meta(
        &self,
        request: &DescribeCrmPersonalCustomerObjectMetaRequest,
    ) -> rt::Call<
        DescribeCrmPersonalCustomerObjectMetaResponseBody,
        DescribeCrmPersonalCustomerObjectMetaError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DescribeCrmPersonalCustomerObjectMeta",
            rt::Method::Get,
            "/v1.0/crm/personalCustomers/objectMeta",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询模型表结构
    ///
    /// `POST /v1.0/crm/metas/models/query` (operation `DescribeMetaModel`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DescribeMetaModelError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn describe_meta_model(
        &self,
        request: &DescribeMetaModelRequest,
    ) -> rt::Call<DescribeMetaModelResponseBody, DescribeMetaModelError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DescribeMetaModel",
            rt::Method::Post,
            "/v1.0/crm/metas/models/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询关系模型表结构
    ///
    /// `POST /v1.0/crm/relations/metas/query` (operation `DescribeRelationMeta`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DescribeRelationMetaError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn describe_relation_meta(
        &self,
        request: &DescribeRelationMetaRequest,
    ) -> rt::Call<DescribeRelationMetaResponseBody, DescribeRelationMetaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DescribeRelationMeta",
            rt::Method::Post,
            "/v1.0/crm/relations/metas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取关联对象的跟进记录列表
    ///
    /// `POST /v1.0/crm/targetFollowRecords/query` (operation `FindTargetRelatedFollowRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FindTargetRelatedFollowRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn find_target_related_follow_records(
        &self,
        request: &FindTargetRelatedFollowRecordsRequest,
    ) -> rt::Call<
        FindTargetRelatedFollowRecordsResponseBody,
        FindTargetRelatedFollowRecordsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FindTargetRelatedFollowRecords",
            rt::Method::Post,
            "/v1.0/crm/targetFollowRecords/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取所有客户的掉保时间数据
    ///
    /// `GET /v1.0/crm/customerRecycles` (operation `GetAllCustomerRecycles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllCustomerRecyclesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_all_customer_recycles(
        &self,
        request: &GetAllCustomerRecyclesRequest,
    ) -> rt::Call<GetAllCustomerRecyclesResponseBody, GetAllCustomerRecyclesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllCustomerRecycles",
            rt::Method::Get,
            "/v1.0/crm/customerRecycles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据指定条件查询联系人数据
    ///
    /// `POST /v1.0/crm/customObjects/contacts/datas/query` (operation `GetContacts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetContactsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_contacts(
        &self,
        request: &GetContactsRequest,
    ) -> rt::Call<GetContactsResponseBody, GetContactsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetContacts",
            rt::Method::Post,
            "/v1.0/crm/customObjects/contacts/datas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取单个客户群
    ///
    /// `GET /v1.0/crm/crmGroupChats/{open_conversation_id}` (operation `GetCrmGroupChat`).
    ///
    /// # Path parameters
    ///
    /// - `open_conversation_id` (`open_conversation_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCrmGroupChatError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_crm_group_chat(
        &self,
        open_conversation_id: &str,
    ) -> rt::Call<GetCrmGroupChatResponseBody, GetCrmGroupChatError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCrmGroupChat",
            rt::Method::Get,
            "/v1.0/crm/crmGroupChats/{open_conversation_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[open_conversation_id], &())
    }
    /// 批量获取多个客户群
    ///
    /// `POST /v1.0/crm/crmGroupChats/batchQuery` (operation `GetCrmGroupChatMulti`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCrmGroupChatMultiError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_crm_group_chat_multi(
        &self,
        request: &GetCrmGroupChatMultiRequest,
    ) -> rt::Call<GetCrmGroupChatMultiResponseBody, GetCrmGroupChatMultiError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCrmGroupChatMulti",
            rt::Method::Post,
            "/v1.0/crm/crmGroupChats/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取单个客户群
    ///
    /// `POST /v1.0/crm/crmGroupChats/query` (operation `GetCrmGroupChatSingle`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCrmGroupChatSingleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_crm_group_chat_single(
        &self,
        request: &GetCrmGroupChatSingleRequest,
    ) -> rt::Call<GetCrmGroupChatSingleResponseBody, GetCrmGroupChatSingleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCrmGroupChatSingle",
            rt::Method::Post,
            "/v1.0/crm/crmGroupChats/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取CRM表单权限配置
    ///
    /// `GET /v1.0/crm/permissions` (operation `GetCrmRolePermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCrmRolePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_crm_role_permission(
        &self,
        request: &GetCrmRolePermissionRequest,
    ) -> rt::Call<GetCrmRolePermissionResponseBody, GetCrmRolePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCrmRolePermission",
            rt::Method::Get,
            "/v1.0/crm/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取某个客户的客户动态
    ///
    /// `GET /v1.0/crm/customerTracks` (operation `GetCustomerTracksByRelationId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCustomerTracksByRelationIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_customer_tracks_by_relation_id(
        &self,
        request: &GetCustomerTracksByRelationIdRequest,
    ) -> rt::Call<
        GetCustomerTracksByRelationIdResponseBody,
        GetCustomerTracksByRelationIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCustomerTracksByRelationId",
            rt::Method::Get,
            "/v1.0/crm/customerTracks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群组
    ///
    /// `GET /v1.0/crm/groupSets` (operation `GetGroupSet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetGroupSetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_group_set(
        &self,
        request: &GetGroupSetRequest,
    ) -> rt::Call<GetGroupSetResponseBody, GetGroupSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetGroupSet",
            rt::Method::Get,
            "/v1.0/crm/groupSets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取内购商品信息
    ///
    /// `GET /v1.0/crm/inAppPurchaseGoods/infos` (operation `GetInAppPurchaseGoods`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInAppPurchaseGoodsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_in_app_purchase_goods(
        &self,
        request: &GetInAppPurchaseGoodsRequest,
    ) -> rt::Call<GetInAppPurchaseGoodsResponseBody, GetInAppPurchaseGoodsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInAppPurchaseGoods",
            rt::Method::Get,
            "/v1.0/crm/inAppPurchaseGoods/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取自定义导航挂靠节点结构
    ///
    /// `GET /v1.0/crm/navigations/catalogs` (operation `GetNavigationCatalog`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetNavigationCatalogError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_navigation_catalog(
        &self,
        request: &GetNavigationCatalogRequest,
    ) -> rt::Call<GetNavigationCatalogResponseBody, GetNavigationCatalogError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetNavigationCatalog",
            rt::Method::Get,
            "/v1.0/crm/navigations/catalogs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据指定条件查询自定义对象数据
    ///
    /// `POST /v1.0/crm/customObjects/datas/query` (operation `GetObjectData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetObjectDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_object_data(
        &self,
        request: &GetObjectDataRequest,
    ) -> rt::Call<GetObjectDataResponseBody, GetObjectDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetObjectData",
            rt::Method::Post,
            "/v1.0/crm/customObjects/datas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取关注服务窗的联系人信息，包括手机号、主企业等字段，调用前先进行用户授权
    ///
    /// `GET /v1.0/crm/officialAccounts/contacts/{user_id}` (operation `GetOfficialAccountContactInfo`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOfficialAccountContactInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_official_account_contact_info(
        &self,
        user_id: &str,
    ) -> rt::Call<
        GetOfficialAccountContactInfoResponseBody,
        GetOfficialAccountContactInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOfficialAccountContactInfo",
            rt::Method::Get,
            "/v1.0/crm/officialAccounts/contacts/{user_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 分页获取服务窗联系人信息
    ///
    /// `GET /v1.0/crm/officialAccounts/contacts` (operation `GetOfficialAccountContacts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOfficialAccountContactsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_official_account_contacts(
        &self,
        request: &GetOfficialAccountContactsRequest,
    ) -> rt::Call<
        GetOfficialAccountContactsResponseBody,
        GetOfficialAccountContactsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOfficialAccountContacts",
            rt::Method::Get,
            "/v1.0/crm/officialAccounts/contacts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取服务窗消息发送的结果
    ///
    /// `GET /v1.0/crm/officialAccounts/oToMessages/sendResults` (operation `GetOfficialAccountOTOMessageResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOfficialAccountOTOMessageResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_official_account_oto_message_result(
        &self,
        request: &GetOfficialAccountOTOMessageResultRequest,
    ) -> rt::Call<
        GetOfficialAccountOTOMessageResultResponseBody,
        GetOfficialAccountOTOMessageResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOfficialAccountOTOMessageResult",
            rt::Method::Get,
            "/v1.0/crm/officialAccounts/oToMessages/sendResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取某个和oa关联的表单的具体数据
    ///
    /// `POST /v1.0/crm/formRelatedTabs/datas/query` (operation `GetRelatedViewTabData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRelatedViewTabDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_related_view_tab_data(
        &self,
        request: &GetRelatedViewTabDataRequest,
    ) -> rt::Call<GetRelatedViewTabDataResponseBody, GetRelatedViewTabDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRelatedViewTabData",
            rt::Method::Post,
            "/v1.0/crm/formRelatedTabs/datas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取和oa关联的表单tab信息
    ///
    /// `POST /v1.0/crm/formRelatedTabs/meta/query` (operation `GetRelatedViewTabMeta`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRelatedViewTabMetaError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_related_view_tab_meta(
        &self,
        request: &GetRelatedViewTabMetaRequest,
    ) -> rt::Call<GetRelatedViewTabMetaResponseBody, GetRelatedViewTabMetaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRelatedViewTabMeta",
            rt::Method::Post,
            "/v1.0/crm/formRelatedTabs/meta/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取关系数据查重规则
    ///
    /// `GET /v1.0/crm/relationUkSettings` (operation `GetRelationUkSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRelationUkSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_relation_uk_setting(
        &self,
        request: &GetRelationUkSettingRequest,
    ) -> rt::Call<GetRelationUkSettingResponseBody, GetRelationUkSettingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRelationUkSetting",
            rt::Method::Get,
            "/v1.0/crm/relationUkSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 加入群组
    ///
    /// `POST /v1.0/crm/groupSets/join` (operation `JoinGroupSet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`JoinGroupSetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn join_group_set(
        &self,
        request: &JoinGroupSetRequest,
    ) -> rt::Call<JoinGroupSetResponseBody, JoinGroupSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "JoinGroupSet",
            rt::Method::Post,
            "/v1.0/crm/groupSets/join",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询可用权益
    ///
    /// `POST /v1.0/crm/benefits/lists/query` (operation `ListAvailableBenefit`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAvailableBenefitError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_available_benefit(
        &self,
        request: &ListAvailableBenefitRequest,
    ) -> rt::Call<ListAvailableBenefitResponseBody, ListAvailableBenefitError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAvailableBenefit",
            rt::Method::Post,
            "/v1.0/crm/benefits/lists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询license
    ///
    /// `POST /v1.0/crm/benefitLicenses/lists/query` (operation `ListBenefitLicense`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListBenefitLicenseError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_benefit_license(
        &self,
        request: &ListBenefitLicenseRequest,
    ) -> rt::Call<ListBenefitLicenseResponseBody, ListBenefitLicenseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListBenefitLicense",
            rt::Method::Post,
            "/v1.0/crm/benefitLicenses/lists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取线索标签列表
    ///
    /// `GET /v1.0/crm/clues/tags` (operation `ListClueTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListClueTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_clue_tag(&self) -> rt::Call<ListClueTagResponseBody, ListClueTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListClueTag",
            rt::Method::Get,
            "/v1.0/crm/clues/tags",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 批量获取crm个人客户
    ///
    /// `POST /v1.0/crm/personalCustomers/batchQuery` (operation `ListCrmPersonalCustomers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListCrmPersonalCustomersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_crm_personal_customers(
        &self,
        request: &ListCrmPersonalCustomersRequest,
    ) -> rt::Call<ListCrmPersonalCustomersResponseBody, ListCrmPersonalCustomersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListCrmPersonalCustomers",
            rt::Method::Post,
            "/v1.0/crm/personalCustomers/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群组列表
    ///
    /// `GET /v1.0/crm/groupSets/lists` (operation `ListGroupSet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListGroupSetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_group_set(
        &self,
        request: &ListGroupSetRequest,
    ) -> rt::Call<ListGroupSetResponseBody, ListGroupSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListGroupSet",
            rt::Method::Get,
            "/v1.0/crm/groupSets/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 覆盖更新客户数据权限
    ///
    /// `PUT /v1.0/crm/customers/dataAuth/overrideUpdate` (operation `OverrideUpdateCustomerDataAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OverrideUpdateCustomerDataAuthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn override_update_customer_data_auth(
        &self,
        request: &OverrideUpdateCustomerDataAuthRequest,
    ) -> rt::Call<
        OverrideUpdateCustomerDataAuthResponseBody,
        OverrideUpdateCustomerDataAuthError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OverrideUpdateCustomerDataAuth",
            rt::Method::Put,
            "/v1.0/crm/customers/dataAuth/overrideUpdate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取全量客户数据，根据不同的类型可以获取私海个人客户、企业客户，以及公海个人客户、企业客户，最多一次可获取100条数据
    ///
    /// `POST /v1.0/crm/customerInstances` (operation `QueryAllCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAllCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_all_customer(
        &self,
        request: &QueryAllCustomerRequest,
    ) -> rt::Call<QueryAllCustomerResponseBody, QueryAllCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllCustomer",
            rt::Method::Post,
            "/v1.0/crm/customerInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询企业客户动态
    ///
    /// `GET /v1.0/crm/customers/tracks` (operation `QueryAllTracks`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAllTracksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_all_tracks(
        &self,
        request: &QueryAllTracksRequest,
    ) -> rt::Call<QueryAllTracksResponseBody, QueryAllTracksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllTracks",
            rt::Method::Get,
            "/v1.0/crm/customers/tracks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询客户管理应用管理员
    ///
    /// `POST /v1.0/crm/apps/managers/query` (operation `QueryAppManager`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAppManagerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_app_manager(
        &self,
        request: &QueryAppManagerRequest,
    ) -> rt::Call<QueryAppManagerResponseBody, QueryAppManagerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAppManager",
            rt::Method::Post,
            "/v1.0/crm/apps/managers/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询权益库存
    ///
    /// `POST /v1.0/crm/benefitInventories/query` (operation `QueryBenefitInventory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBenefitInventoryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_benefit_inventory(
        &self,
        request: &QueryBenefitInventoryRequest,
    ) -> rt::Call<QueryBenefitInventoryResponseBody, QueryBenefitInventoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBenefitInventory",
            rt::Method::Post,
            "/v1.0/crm/benefitInventories/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询线索跟进状态
    ///
    /// `GET /v1.0/crm/clues/followStatuses` (operation `QueryClueFollowStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryClueFollowStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_clue_follow_status(
        &self,
        request: &QueryClueFollowStatusRequest,
    ) -> rt::Call<QueryClueFollowStatusResponseBody, QueryClueFollowStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryClueFollowStatus",
            rt::Method::Get,
            "/v1.0/crm/clues/followStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询客户群
    ///
    /// `GET /v1.0/crm/crmGroupChats` (operation `QueryCrmGroupChats`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCrmGroupChatsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_crm_group_chats(
        &self,
        request: &QueryCrmGroupChatsRequest,
    ) -> rt::Call<QueryCrmGroupChatsResponseBody, QueryCrmGroupChatsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCrmGroupChats",
            rt::Method::Get,
            "/v1.0/crm/crmGroupChats",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据指定查询条件批量获取客户数据
    ///
    /// `GET /v1.0/crm/personalCustomers` (operation `QueryCrmPersonalCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCrmPersonalCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_crm_personal_customer(
        &self,
        request: &QueryCrmPersonalCustomerRequest,
    ) -> rt::Call<QueryCrmPersonalCustomerResponseBody, QueryCrmPersonalCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCrmPersonalCustomer",
            rt::Method::Get,
            "/v1.0/crm/personalCustomers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询客户模板启用类型
    ///
    /// `POST /v1.0/crm/orgSettings/templates/customerBizTypes/query` (operation `QueryCustomerBizType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCustomerBizTypeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_customer_biz_type(
        &self,
        request: &QueryCustomerBizTypeRequest,
    ) -> rt::Call<QueryCustomerBizTypeResponseBody, QueryCustomerBizTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCustomerBizType",
            rt::Method::Post,
            "/v1.0/crm/orgSettings/templates/customerBizTypes/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 营销服融合三方全局信息
    ///
    /// `GET /v1.0/crm/globalInfos` (operation `QueryGlobalInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGlobalInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_global_info(
        &self,
        request: &QueryGlobalInfoRequest,
    ) -> rt::Call<QueryGlobalInfoResponseBody, QueryGlobalInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGlobalInfo",
            rt::Method::Get,
            "/v1.0/crm/globalInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户是否有应用管理员权限
    ///
    /// `POST /v1.0/crm/apps/adminPermissions/query` (operation `QueryHasAppPermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryHasAppPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_has_app_permission(
        &self,
        request: &QueryHasAppPermissionRequest,
    ) -> rt::Call<QueryHasAppPermissionResponseBody, QueryHasAppPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryHasAppPermission",
            rt::Method::Post,
            "/v1.0/crm/apps/adminPermissions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询服务窗用户基础信息
    ///
    /// `GET /v1.0/crm/officialAccounts/basics/users` (operation `QueryOfficialAccountUserBasicInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOfficialAccountUserBasicInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_official_account_user_basic_info(
        &self,
        request: &QueryOfficialAccountUserBasicInfoRequest,
    ) -> rt::Call<
        QueryOfficialAccountUserBasicInfoResponseBody,
        QueryOfficialAccountUserBasicInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOfficialAccountUserBasicInfo",
            rt::Method::Get,
            "/v1.0/crm/officialAccounts/basics/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据targetId查询关系数据
    ///
    /// `GET /v1.0/crm/relations/datas/targets/{target_id}` (operation `QueryRelationDatasByTargetId`).
    ///
    /// # Path parameters
    ///
    /// - `target_id` (`target_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRelationDatasByTargetIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_relation_datas_by_target_id(
        &self,
        target_id: &str,
        request: &QueryRelationDatasByTargetIdRequest,
    ) -> rt::Call<
        QueryRelationDatasByTargetIdResponseBody,
        QueryRelationDatasByTargetIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRelationDatasByTargetId",
            rt::Method::Get,
            "/v1.0/crm/relations/datas/targets/{target_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[target_id], request)
    }
    /// 服务窗消息撤回
    ///
    /// `POST /v1.0/crm/officialAccounts/oToMessages/recall` (operation `RecallOfficialAccountOTOMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RecallOfficialAccountOTOMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn recall_official_account_oto_message(
        &self,
        request: &RecallOfficialAccountOTOMessageRequest,
    ) -> rt::Call<
        RecallOfficialAccountOTOMessageResponseBody,
        RecallOfficialAccountOTOMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RecallOfficialAccountOTOMessage",
            rt::Method::Post,
            "/v1.0/crm/officialAccounts/oToMessages/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存license
    ///
    /// `POST /v1.0/crm/benefitLicenses/save` (operation `SaveBenefitLicense`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveBenefitLicenseError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn save_benefit_license(
        &self,
        request: &SaveBenefitLicenseRequest,
    ) -> rt::Call<SaveBenefitLicenseResponseBody, SaveBenefitLicenseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveBenefitLicense",
            rt::Method::Post,
            "/v1.0/crm/benefitLicenses/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务窗单发接口，指定消息接收人发送
    ///
    /// `POST /v1.0/crm/officialAccounts/oToMessages/send` (operation `SendOfficialAccountOTOMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendOfficialAccountOTOMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_official_account_oto_message(
        &self,
        request: &SendOfficialAccountOTOMessageRequest,
    ) -> rt::Call<
        SendOfficialAccountOTOMessageResponseBody,
        SendOfficialAccountOTOMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendOfficialAccountOTOMessage",
            rt::Method::Post,
            "/v1.0/crm/officialAccounts/oToMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 个人应用发送服务窗消息
    ///
    /// `POST /v1.0/crm/officialAccounts/snsMessages/send` (operation `SendOfficialAccountSNSMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendOfficialAccountSNSMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_official_account_sns_message(
        &self,
        request: &SendOfficialAccountSNSMessageRequest,
    ) -> rt::Call<
        SendOfficialAccountSNSMessageResponseBody,
        SendOfficialAccountSNSMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendOfficialAccountSNSMessage",
            rt::Method::Post,
            "/v1.0/crm/officialAccounts/snsMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务窗消息群发
    ///
    /// `POST /v1.0/crm/messages/batchSend` (operation `ServiceWindowMessageBatchPush`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ServiceWindowMessageBatchPushError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn service_window_message_batch_push(
        &self,
        request: &ServiceWindowMessageBatchPushRequest,
    ) -> rt::Call<
        ServiceWindowMessageBatchPushResponseBody,
        ServiceWindowMessageBatchPushError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ServiceWindowMessageBatchPush",
            rt::Method::Post,
            "/v1.0/crm/messages/batchSend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置用户版本为免费版
    ///
    /// `POST /v1.0/crm/versions/set` (operation `SetUserVersionToFree`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetUserVersionToFreeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_user_version_to_free(
        &self,
        request: &SetUserVersionToFreeRequest,
    ) -> rt::Call<SetUserVersionToFreeResponseBody, SetUserVersionToFreeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetUserVersionToFree",
            rt::Method::Post,
            "/v1.0/crm/versions/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 二阶段提交权益库存结果
    ///
    /// `POST /v1.0/crm/benefitInventories/twoPhases/commit` (operation `TwoPhaseCommitInventory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TwoPhaseCommitInventoryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn two_phase_commit_inventory(
        &self,
        request: &TwoPhaseCommitInventoryRequest,
    ) -> rt::Call<TwoPhaseCommitInventoryResponseBody, TwoPhaseCommitInventoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TwoPhaseCommitInventory",
            rt::Method::Post,
            "/v1.0/crm/benefitInventories/twoPhases/commit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新crm个人客户（或企业客户）
    ///
    /// `PUT /v1.0/crm/personalCustomers` (operation `UpdateCrmPersonalCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCrmPersonalCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_crm_personal_customer(
        &self,
        request: &UpdateCrmPersonalCustomerRequest,
    ) -> rt::Call<
        UpdateCrmPersonalCustomerResponseBody,
        UpdateCrmPersonalCustomerError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCrmPersonalCustomer",
            rt::Method::Put,
            "/v1.0/crm/personalCustomers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新客户模板类型
    ///
    /// `PUT /v1.0/crm/orgSettings/templates/customerBizTypes` (operation `UpdateCustomerBizType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCustomerBizTypeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_customer_biz_type(
        &self,
        request: &UpdateCustomerBizTypeRequest,
    ) -> rt::Call<UpdateCustomerBizTypeResponseBody, UpdateCustomerBizTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCustomerBizType",
            rt::Method::Put,
            "/v1.0/crm/orgSettings/templates/customerBizTypes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新群组
    ///
    /// `PUT /v1.0/crm/groupSets/set` (operation `UpdateGroupSet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupSetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group_set(
        &self,
        request: &UpdateGroupSetRequest,
    ) -> rt::Call<bool, UpdateGroupSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroupSet",
            rt::Method::Put,
            "/v1.0/crm/groupSets/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 增量同步导航数据
    ///
    /// `POST /v1.0/crm/navigations/menus/sync` (operation `UpdateMenuData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateMenuDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_menu_data(
        &self,
        request: &UpdateMenuDataRequest,
    ) -> rt::Call<UpdateMenuDataResponseBody, UpdateMenuDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMenuData",
            rt::Method::Post,
            "/v1.0/crm/navigations/menus/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 模型表结构更新字段
    ///
    /// `PUT /v1.0/crm/metas/models/fields` (operation `UpdateMetaModelField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateMetaModelFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_meta_model_field(
        &self,
        request: &UpdateMetaModelFieldRequest,
    ) -> rt::Call<UpdateMetaModelFieldResponseBody, UpdateMetaModelFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMetaModelField",
            rt::Method::Put,
            "/v1.0/crm/metas/models/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 关系模型表结构更新字段
    ///
    /// `PUT /v1.0/crm/relations/metas/fields` (operation `UpdateRelationMetaField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRelationMetaFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_relation_meta_field(
        &self,
        request: &UpdateRelationMetaFieldRequest,
    ) -> rt::Call<UpdateRelationMetaFieldResponseBody, UpdateRelationMetaFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRelationMetaField",
            rt::Method::Put,
            "/v1.0/crm/relations/metas/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::find_target_related_follow_records`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.resultList` of each page.
    pub fn find_target_related_follow_records_pages(
        &self,
        request: &FindTargetRelatedFollowRecordsRequest,
    ) -> rt::Paginator<
        FindTargetRelatedFollowRecordsResponseBody,
        FindTargetRelatedFollowRecordsError,
        FindTargetRelatedFollowRecordsResponseBodyResultResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "resultList"],
        );
        rt::Paginator::new(self.find_target_related_follow_records(request), &PAGING)
    }
    /// Every page of [`Api::get_all_customer_recycles`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `resultList` of each page.
    pub fn get_all_customer_recycles_pages(
        &self,
        request: &GetAllCustomerRecyclesRequest,
    ) -> rt::Paginator<
        GetAllCustomerRecyclesResponseBody,
        GetAllCustomerRecyclesError,
        GetAllCustomerRecyclesResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["resultList"],
        );
        rt::Paginator::new(self.get_all_customer_recycles(request), &PAGING)
    }
    /// Every page of [`Api::get_contacts`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.values` of each page.
    pub fn get_contacts_pages(
        &self,
        request: &GetContactsRequest,
    ) -> rt::Paginator<
        GetContactsResponseBody,
        GetContactsError,
        GetContactsResponseBodyResultValues,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "values"],
        );
        rt::Paginator::new(self.get_contacts(request), &PAGING)
    }
    /// Every page of [`Api::get_customer_tracks_by_relation_id`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `resultList` of each page.
    pub fn get_customer_tracks_by_relation_id_pages(
        &self,
        request: &GetCustomerTracksByRelationIdRequest,
    ) -> rt::Paginator<
        GetCustomerTracksByRelationIdResponseBody,
        GetCustomerTracksByRelationIdError,
        GetCustomerTracksByRelationIdResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["resultList"],
        );
        rt::Paginator::new(self.get_customer_tracks_by_relation_id(request), &PAGING)
    }
    /// Every page of [`Api::get_object_data`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.values` of each page.
    pub fn get_object_data_pages(
        &self,
        request: &GetObjectDataRequest,
    ) -> rt::Paginator<
        GetObjectDataResponseBody,
        GetObjectDataError,
        GetObjectDataResponseBodyResultValues,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "values"],
        );
        rt::Paginator::new(self.get_object_data(request), &PAGING)
    }
    /// Every page of [`Api::get_official_account_contacts`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `values` of each page.
    pub fn get_official_account_contacts_pages(
        &self,
        request: &GetOfficialAccountContactsRequest,
    ) -> rt::Paginator<
        GetOfficialAccountContactsResponseBody,
        GetOfficialAccountContactsError,
        GetOfficialAccountContactsResponseBodyValues,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["values"],
        );
        rt::Paginator::new(self.get_official_account_contacts(request), &PAGING)
    }
    /// Every page of [`Api::get_related_view_tab_data`]: the call again with `nextToken` set to the reply's `result.page.nextToken`, until a reply has no token or `result.page.hasMore` is `false`. Items: `result.page.list` of each page.
    pub fn get_related_view_tab_data_pages(
        &self,
        request: &GetRelatedViewTabDataRequest,
    ) -> rt::Paginator<
        GetRelatedViewTabDataResponseBody,
        GetRelatedViewTabDataError,
        GetRelatedViewTabDataResponseBodyResultPageList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["result", "page", "nextToken"],
            &["result", "page", "hasMore"],
            &["result", "page", "list"],
        );
        rt::Paginator::new(self.get_related_view_tab_data(request), &PAGING)
    }
    /// Every page of [`Api::list_group_set`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `resultList` of each page.
    pub fn list_group_set_pages(
        &self,
        request: &ListGroupSetRequest,
    ) -> rt::Paginator<
        ListGroupSetResponseBody,
        ListGroupSetError,
        ListGroupSetResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["resultList"],
        );
        rt::Paginator::new(self.list_group_set(request), &PAGING)
    }
    /// Every page of [`Api::query_all_customer`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.values` of each page.
    pub fn query_all_customer_pages(
        &self,
        request: &QueryAllCustomerRequest,
    ) -> rt::Paginator<
        QueryAllCustomerResponseBody,
        QueryAllCustomerError,
        QueryAllCustomerResponseBodyResultValues,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["result", "nextToken"],
            &[],
            &["result", "values"],
        );
        rt::Paginator::new(self.query_all_customer(request), &PAGING)
    }
    /// Every page of [`Api::query_all_tracks`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `values` of each page.
    pub fn query_all_tracks_pages(
        &self,
        request: &QueryAllTracksRequest,
    ) -> rt::Paginator<
        QueryAllTracksResponseBody,
        QueryAllTracksError,
        QueryAllTracksResponseBodyValues,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["values"],
        );
        rt::Paginator::new(self.query_all_tracks(request), &PAGING)
    }
    /// Every page of [`Api::query_crm_group_chats`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `resultList` of each page.
    pub fn query_crm_group_chats_pages(
        &self,
        request: &QueryCrmGroupChatsRequest,
    ) -> rt::Paginator<
        QueryCrmGroupChatsResponseBody,
        QueryCrmGroupChatsError,
        QueryCrmGroupChatsResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["resultList"],
        );
        rt::Paginator::new(self.query_crm_group_chats(request), &PAGING)
    }
    /// Every page of [`Api::query_crm_personal_customer`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `values` of each page.
    pub fn query_crm_personal_customer_pages(
        &self,
        request: &QueryCrmPersonalCustomerRequest,
    ) -> rt::Paginator<
        QueryCrmPersonalCustomerResponseBody,
        QueryCrmPersonalCustomerError,
        QueryCrmPersonalCustomerResponseBodyValues,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["values"],
        );
        rt::Paginator::new(self.query_crm_personal_customer(request), &PAGING)
    }
}
/// `AbandonCustomerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AbandonCustomerResponseBody {
    /// `instanceIdList`.
    pub instance_id_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for AbandonCustomerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AbandonCustomerResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceIdList" => rt::read_field(map, &mut self.instance_id_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AbandonCustomerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceIdList", &self.instance_id_list)?;
        object.end()
    }
}
/// `AddCrmPersonalCustomerRequestPermission`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCrmPersonalCustomerRequestPermission {
    /// `ownerStaffIds`.
    pub owner_staff_ids: Option<Vec<String>>,
    /// `participantStaffIds`.
    pub participant_staff_ids: Option<Vec<String>>,
}
impl AddCrmPersonalCustomerRequestPermission {
    /// An empty `AddCrmPersonalCustomerRequestPermission`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `ownerStaffIds`.
    pub fn owner_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.owner_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `participantStaffIds`.
    pub fn participant_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.participant_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for AddCrmPersonalCustomerRequestPermission {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ownerStaffIds", &self.owner_staff_ids)?;
        object.optional("participantStaffIds", &self.participant_staff_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCrmPersonalCustomerRequestPermission {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCrmPersonalCustomerRequestPermission {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ownerStaffIds" => rt::read_field(map, &mut self.owner_staff_ids),
            "participantStaffIds" => rt::read_field(map, &mut self.participant_staff_ids),
            _ => Ok(false),
        }
    }
}
/// `AddCrmPersonalCustomerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCrmPersonalCustomerResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddCrmPersonalCustomerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddCrmPersonalCustomerResponseBody {
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
impl rt::serde::Serialize for AddCrmPersonalCustomerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceId", &self.instance_id)?;
        object.end()
    }
}
/// `AddCustomerTrackResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCustomerTrackResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddCustomerTrackResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddCustomerTrackResponseBody {
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
impl rt::serde::Serialize for AddCustomerTrackResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddLeadsRequestLeads`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddLeadsRequestLeads {
    /// `leadsName`.
    pub leads_name: String,
    /// `outLeadsId`.
    pub out_leads_id: String,
}
impl AddLeadsRequestLeads {
    /// A `AddLeadsRequestLeads` with its required fields (`leadsName`, `outLeadsId`); set the others with the methods named after them.
    pub fn new(leads_name: impl Into<String>, out_leads_id: impl Into<String>) -> Self {
        Self {
            leads_name: leads_name.into(),
            out_leads_id: out_leads_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddLeadsRequestLeads {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("leadsName", &self.leads_name)?;
        object.field("outLeadsId", &self.out_leads_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddLeadsRequestLeads {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddLeadsRequestLeads {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "leadsName" => rt::read_field(map, &mut self.leads_name),
            "outLeadsId" => rt::read_field(map, &mut self.out_leads_id),
            _ => Ok(false),
        }
    }
}
/// `AddLeadsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddLeadsResponseBody {
    /// `outTaskId`.
    pub out_task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddLeadsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddLeadsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outTaskId" => rt::read_field(map, &mut self.out_task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddLeadsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("outTaskId", &self.out_task_id)?;
        object.end()
    }
}
/// `AddMetaModelFieldRequestFieldDTOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddMetaModelFieldRequestFieldDTOList {
    /// `componentName`.
    pub component_name: String,
    /// `props`.
    pub props: AddMetaModelFieldRequestFieldDTOListProps,
}
impl AddMetaModelFieldRequestFieldDTOList {
    /// A `AddMetaModelFieldRequestFieldDTOList` with its required fields (`componentName`, `props`); set the others with the methods named after them.
    pub fn new(
        component_name: impl Into<String>,
        props: AddMetaModelFieldRequestFieldDTOListProps,
    ) -> Self {
        Self {
            component_name: component_name.into(),
            props,
        }
    }
}
impl rt::serde::Serialize for AddMetaModelFieldRequestFieldDTOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("componentName", &self.component_name)?;
        object.field("props", &self.props)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddMetaModelFieldRequestFieldDTOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddMetaModelFieldRequestFieldDTOList {
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
/// `AddMetaModelFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddMetaModelFieldResponseBody {
    /// `bizType`.
    pub biz_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddMetaModelFieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddMetaModelFieldResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddMetaModelFieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.end()
    }
}
/// `AddRelationMetaFieldRequestFieldDTOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddRelationMetaFieldRequestFieldDTOList {
    /// `componentName`.
    pub component_name: String,
    /// `props`.
    pub props: AddRelationMetaFieldRequestFieldDTOListProps,
}
impl AddRelationMetaFieldRequestFieldDTOList {
    /// A `AddRelationMetaFieldRequestFieldDTOList` with its required fields (`componentName`, `props`); set the others with the methods named after them.
    pub fn new(
        component_name: impl Into<String>,
        props: AddRelationMetaFieldRequestFieldDTOListProps,
    ) -> Self {
        Self {
            component_name: component_name.into(),
            props,
        }
    }
}
impl rt::serde::Serialize for AddRelationMetaFieldRequestFieldDTOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("componentName", &self.component_name)?;
        object.field("props", &self.props)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddRelationMetaFieldRequestFieldDTOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddRelationMetaFieldRequestFieldDTOList {
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
/// `AddRelationMetaFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddRelationMetaFieldResponseBody {
    /// `relationType`.
    pub relation_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddRelationMetaFieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddRelationMetaFieldResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddRelationMetaFieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("relationType", &self.relation_type)?;
        object.end()
    }
}
/// `AppendCustomerDataAuthResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendCustomerDataAuthResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AppendCustomerDataAuthResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AppendCustomerDataAuthResponseBody {
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
impl rt::serde::Serialize for AppendCustomerDataAuthResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchAddContactsRequestRelationList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddContactsRequestRelationList {
    /// `bizDataList`.
    pub biz_data_list: Vec<BatchAddContactsRequestRelationListBizDataList>,
    /// `bizExtMap`.
    pub biz_ext_map: Option<rt::BTreeMap<String, String>>,
    /// `sourceDataId`.
    pub source_data_id: Option<String>,
}
impl BatchAddContactsRequestRelationList {
    /// A `BatchAddContactsRequestRelationList` with its required fields (`bizDataList`); set the others with the methods named after them.
    pub fn new(
        biz_data_list: impl IntoIterator<
            Item = BatchAddContactsRequestRelationListBizDataList,
        >,
    ) -> Self {
        Self {
            biz_data_list: biz_data_list.into_iter().collect(),
            biz_ext_map: None,
            source_data_id: None,
        }
    }
    /// Sets `bizExtMap`.
    pub fn biz_ext_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.biz_ext_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `sourceDataId`.
    pub fn source_data_id(mut self, value: impl Into<String>) -> Self {
        self.source_data_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchAddContactsRequestRelationList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizDataList", &self.biz_data_list)?;
        object.optional("bizExtMap", &self.biz_ext_map)?;
        object.optional("sourceDataId", &self.source_data_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddContactsRequestRelationList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddContactsRequestRelationList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizDataList" => rt::read_field(map, &mut self.biz_data_list),
            "bizExtMap" => rt::read_field(map, &mut self.biz_ext_map),
            "sourceDataId" => rt::read_field(map, &mut self.source_data_id),
            _ => Ok(false),
        }
    }
}
/// `BatchAddContactsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddContactsResponseBody {
    /// `results`.
    pub results: Option<Vec<BatchAddContactsResponseBodyResults>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddContactsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddContactsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "results" => rt::read_field(map, &mut self.results),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddContactsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("results", &self.results)?;
        object.end()
    }
}
/// `BatchAddFollowRecordsRequestInstanceList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddFollowRecordsRequestInstanceList {
    /// `bizExtMap`.
    pub biz_ext_map: Option<rt::BTreeMap<String, String>>,
    /// `dataArray`.
    pub data_array: Vec<BatchAddFollowRecordsRequestInstanceListDataArray>,
}
impl BatchAddFollowRecordsRequestInstanceList {
    /// A `BatchAddFollowRecordsRequestInstanceList` with its required fields (`dataArray`); set the others with the methods named after them.
    pub fn new(
        data_array: impl IntoIterator<
            Item = BatchAddFollowRecordsRequestInstanceListDataArray,
        >,
    ) -> Self {
        Self {
            biz_ext_map: None,
            data_array: data_array.into_iter().collect(),
        }
    }
    /// Sets `bizExtMap`.
    pub fn biz_ext_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.biz_ext_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for BatchAddFollowRecordsRequestInstanceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizExtMap", &self.biz_ext_map)?;
        object.field("dataArray", &self.data_array)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddFollowRecordsRequestInstanceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddFollowRecordsRequestInstanceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizExtMap" => rt::read_field(map, &mut self.biz_ext_map),
            "dataArray" => rt::read_field(map, &mut self.data_array),
            _ => Ok(false),
        }
    }
}
/// `BatchAddFollowRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddFollowRecordsResponseBody {
    /// `results`.
    pub results: Option<Vec<BatchAddFollowRecordsResponseBodyResults>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddFollowRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddFollowRecordsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "results" => rt::read_field(map, &mut self.results),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddFollowRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("results", &self.results)?;
        object.end()
    }
}
/// `BatchAddRelationDatasRequestRelationList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddRelationDatasRequestRelationList {
    /// `bizDataList`.
    pub biz_data_list: Vec<BatchAddRelationDatasRequestRelationListBizDataList>,
    /// `bizExtMap`.
    pub biz_ext_map: Option<rt::BTreeMap<String, String>>,
    /// `relationPermissionDTO`.
    pub relation_permission_dto: Option<
        BatchAddRelationDatasRequestRelationListRelationPermissionDTO,
    >,
    /// `sourceDataId`.
    pub source_data_id: Option<String>,
}
impl BatchAddRelationDatasRequestRelationList {
    /// A `BatchAddRelationDatasRequestRelationList` with its required fields (`bizDataList`); set the others with the methods named after them.
    pub fn new(
        biz_data_list: impl IntoIterator<
            Item = BatchAddRelationDatasRequestRelationListBizDataList,
        >,
    ) -> Self {
        Self {
            biz_data_list: biz_data_list.into_iter().collect(),
            biz_ext_map: None,
            relation_permission_dto: None,
            source_data_id: None,
        }
    }
    /// Sets `bizExtMap`.
    pub fn biz_ext_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.biz_ext_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `relationPermissionDTO`.
    pub fn relation_permission_dto(
        mut self,
        value: BatchAddRelationDatasRequestRelationListRelationPermissionDTO,
    ) -> Self {
        self.relation_permission_dto = Some(value);
        self
    }
    /// Sets `sourceDataId`.
    pub fn source_data_id(mut self, value: impl Into<String>) -> Self {
        self.source_data_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchAddRelationDatasRequestRelationList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizDataList", &self.biz_data_list)?;
        object.optional("bizExtMap", &self.biz_ext_map)?;
        object.optional("relationPermissionDTO", &self.relation_permission_dto)?;
        object.optional("sourceDataId", &self.source_data_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddRelationDatasRequestRelationList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddRelationDatasRequestRelationList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizDataList" => rt::read_field(map, &mut self.biz_data_list),
            "bizExtMap" => rt::read_field(map, &mut self.biz_ext_map),
            "relationPermissionDTO" => {
                rt::read_field(map, &mut self.relation_permission_dto)
            }
            "sourceDataId" => rt::read_field(map, &mut self.source_data_id),
            _ => Ok(false),
        }
    }
}
/// `BatchAddRelationDatasResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddRelationDatasResponseBody {
    /// `results`.
    pub results: Option<Vec<BatchAddRelationDatasResponseBodyResults>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddRelationDatasResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddRelationDatasResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "results" => rt::read_field(map, &mut self.results),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddRelationDatasResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("results", &self.results)?;
        object.end()
    }
}
/// `BatchCreateClueDataRequestDataList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateClueDataRequestDataList {
    /// `contactList`.
    pub contact_list: Vec<BatchCreateClueDataRequestDataListContactList>,
    /// `enterprise`.
    pub enterprise: Option<BatchCreateClueDataRequestDataListEnterprise>,
    /// `name`.
    pub name: String,
    /// `sourceId`.
    pub source_id: String,
    /// `sourceType`.
    pub source_type: String,
    /// `tagIdList`.
    pub tag_id_list: Option<Vec<BatchCreateClueDataRequestDataListTagIdList>>,
}
impl BatchCreateClueDataRequestDataList {
    /// A `BatchCreateClueDataRequestDataList` with its required fields (`contactList`, `name`, `sourceId`, `sourceType`); set the others with the methods named after them.
    pub fn new(
        contact_list: impl IntoIterator<
            Item = BatchCreateClueDataRequestDataListContactList,
        >,
        name: impl Into<String>,
        source_id: impl Into<String>,
        source_type: impl Into<String>,
    ) -> Self {
        Self {
            contact_list: contact_list.into_iter().collect(),
            enterprise: None,
            name: name.into(),
            source_id: source_id.into(),
            source_type: source_type.into(),
            tag_id_list: None,
        }
    }
    /// Sets `enterprise`.
    pub fn enterprise(
        mut self,
        value: BatchCreateClueDataRequestDataListEnterprise,
    ) -> Self {
        self.enterprise = Some(value);
        self
    }
    /// Sets `tagIdList`.
    pub fn tag_id_list(
        mut self,
        value: impl IntoIterator<Item = BatchCreateClueDataRequestDataListTagIdList>,
    ) -> Self {
        self.tag_id_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for BatchCreateClueDataRequestDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("contactList", &self.contact_list)?;
        object.optional("enterprise", &self.enterprise)?;
        object.field("name", &self.name)?;
        object.field("sourceId", &self.source_id)?;
        object.field("sourceType", &self.source_type)?;
        object.optional("tagIdList", &self.tag_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchCreateClueDataRequestDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateClueDataRequestDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactList" => rt::read_field(map, &mut self.contact_list),
            "enterprise" => rt::read_field(map, &mut self.enterprise),
            "name" => rt::read_field(map, &mut self.name),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "sourceType" => rt::read_field(map, &mut self.source_type),
            "tagIdList" => rt::read_field(map, &mut self.tag_id_list),
            _ => Ok(false),
        }
    }
}
/// `BatchCreateClueDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchCreateClueDataResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<BatchCreateClueDataResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchCreateClueDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchCreateClueDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchCreateClueDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchRemoveFollowRecordsResponseBody`: the same model as [`BatchAddFollowRecordsResponseBody`].
pub type BatchRemoveFollowRecordsResponseBody = BatchAddFollowRecordsResponseBody;
/// `BatchSendOfficialAccountOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetail {
    /// `bizRequestId`.
    pub biz_request_id: Option<String>,
    /// `messageBody`.
    pub message_body: BatchSendOfficialAccountOTOMessageRequestDetailMessageBody,
    /// `msgType`.
    pub msg_type: String,
    /// `sendToAll`.
    pub send_to_all: Option<bool>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
    /// `uuid`.
    pub uuid: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetail {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetail` with its required fields (`messageBody`, `msgType`, `uuid`); set the others with the methods named after them.
    pub fn new(
        message_body: BatchSendOfficialAccountOTOMessageRequestDetailMessageBody,
        msg_type: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            biz_request_id: None,
            message_body,
            msg_type: msg_type.into(),
            send_to_all: None,
            user_id_list: None,
            uuid: uuid.into(),
        }
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `sendToAll`.
    pub fn send_to_all(mut self, value: bool) -> Self {
        self.send_to_all = Some(value);
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for BatchSendOfficialAccountOTOMessageRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizRequestId", &self.biz_request_id)?;
        object.field("messageBody", &self.message_body)?;
        object.field("msgType", &self.msg_type)?;
        object.optional("sendToAll", &self.send_to_all)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchSendOfficialAccountOTOMessageRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSendOfficialAccountOTOMessageRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "messageBody" => rt::read_field(map, &mut self.message_body),
            "msgType" => rt::read_field(map, &mut self.msg_type),
            "sendToAll" => rt::read_field(map, &mut self.send_to_all),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
/// `BatchSendOfficialAccountOTOMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<BatchSendOfficialAccountOTOMessageResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchSendOfficialAccountOTOMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchSendOfficialAccountOTOMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchSendOfficialAccountOTOMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchUpdateContactsRequestRelationList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateContactsRequestRelationList {
    /// `bizDataList`.
    pub biz_data_list: Option<Vec<BatchUpdateContactsRequestRelationListBizDataList>>,
    /// `bizExtMap`.
    pub biz_ext_map: Option<rt::BTreeMap<String, String>>,
    /// `relationId`.
    pub relation_id: String,
}
impl BatchUpdateContactsRequestRelationList {
    /// A `BatchUpdateContactsRequestRelationList` with its required fields (`relationId`); set the others with the methods named after them.
    pub fn new(relation_id: impl Into<String>) -> Self {
        Self {
            biz_data_list: None,
            biz_ext_map: None,
            relation_id: relation_id.into(),
        }
    }
    /// Sets `bizDataList`.
    pub fn biz_data_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchUpdateContactsRequestRelationListBizDataList,
        >,
    ) -> Self {
        self.biz_data_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `bizExtMap`.
    pub fn biz_ext_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.biz_ext_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for BatchUpdateContactsRequestRelationList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizDataList", &self.biz_data_list)?;
        object.optional("bizExtMap", &self.biz_ext_map)?;
        object.field("relationId", &self.relation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateContactsRequestRelationList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateContactsRequestRelationList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizDataList" => rt::read_field(map, &mut self.biz_data_list),
            "bizExtMap" => rt::read_field(map, &mut self.biz_ext_map),
            "relationId" => rt::read_field(map, &mut self.relation_id),
            _ => Ok(false),
        }
    }
}
/// `BatchUpdateContactsResponseBody`: the same model as [`BatchAddContactsResponseBody`].
pub type BatchUpdateContactsResponseBody = BatchAddContactsResponseBody;
/// `BatchUpdateFollowRecordsRequestInstanceList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateFollowRecordsRequestInstanceList {
    /// `dataArray`.
    pub data_array: Vec<BatchUpdateFollowRecordsRequestInstanceListDataArray>,
    /// `instanceId`.
    pub instance_id: String,
}
impl BatchUpdateFollowRecordsRequestInstanceList {
    /// A `BatchUpdateFollowRecordsRequestInstanceList` with its required fields (`dataArray`, `instanceId`); set the others with the methods named after them.
    pub fn new(
        data_array: impl IntoIterator<
            Item = BatchUpdateFollowRecordsRequestInstanceListDataArray,
        >,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            data_array: data_array.into_iter().collect(),
            instance_id: instance_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchUpdateFollowRecordsRequestInstanceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dataArray", &self.data_array)?;
        object.field("instanceId", &self.instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateFollowRecordsRequestInstanceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateFollowRecordsRequestInstanceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataArray" => rt::read_field(map, &mut self.data_array),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
}
/// `BatchUpdateFollowRecordsResponseBody`: the same model as [`BatchAddFollowRecordsResponseBody`].
pub type BatchUpdateFollowRecordsResponseBody = BatchAddFollowRecordsResponseBody;
/// `BatchUpdateRelationDatasRequestRelationList`: the same model as [`BatchUpdateContactsRequestRelationList`].
pub type BatchUpdateRelationDatasRequestRelationList = BatchUpdateContactsRequestRelationList;
/// `BatchUpdateRelationDatasResponseBody`: the same model as [`BatchAddRelationDatasResponseBody`].
pub type BatchUpdateRelationDatasResponseBody = BatchAddRelationDatasResponseBody;
/// `ConsumeBenefitInventoryResponseBody`: the same model as [`AppendCustomerDataAuthResponseBody`].
pub type ConsumeBenefitInventoryResponseBody = AppendCustomerDataAuthResponseBody;
/// `CreateCustomerRequestContacts`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateCustomerRequestContacts {
    /// `data`.
    pub data: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl CreateCustomerRequestContacts {
    /// A `CreateCustomerRequestContacts` with its required fields (`data`); set the others with the methods named after them.
    pub fn new(
        data: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        Self {
            data: data.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            extend_data: None,
        }
    }
    /// Sets `extendData`.
    pub fn extend_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
impl rt::serde::Serialize for CreateCustomerRequestContacts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCustomerRequestContacts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCustomerRequestContacts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            _ => Ok(false),
        }
    }
}
/// `CreateCustomerRequestPermission`: the same model as [`AddCrmPersonalCustomerRequestPermission`].
pub type CreateCustomerRequestPermission = AddCrmPersonalCustomerRequestPermission;
/// `CreateCustomerRequestSaveOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCustomerRequestSaveOption {
    /// `customerExistedPolicy`.
    pub customer_existed_policy: Option<String>,
    /// `skipDuplicateCheck`.
    pub skip_duplicate_check: Option<bool>,
    /// `subscribePolicy`.
    pub subscribe_policy: Option<i64>,
    /// `throwExceptionWhileSavingContactFailed`.
    pub throw_exception_while_saving_contact_failed: Option<bool>,
}
impl CreateCustomerRequestSaveOption {
    /// An empty `CreateCustomerRequestSaveOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customerExistedPolicy`.
    pub fn customer_existed_policy(mut self, value: impl Into<String>) -> Self {
        self.customer_existed_policy = Some(value.into());
        self
    }
    /// Sets `skipDuplicateCheck`.
    pub fn skip_duplicate_check(mut self, value: bool) -> Self {
        self.skip_duplicate_check = Some(value);
        self
    }
    /// Sets `subscribePolicy`.
    pub fn subscribe_policy(mut self, value: i64) -> Self {
        self.subscribe_policy = Some(value);
        self
    }
    /// Sets `throwExceptionWhileSavingContactFailed`.
    pub fn throw_exception_while_saving_contact_failed(mut self, value: bool) -> Self {
        self.throw_exception_while_saving_contact_failed = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateCustomerRequestSaveOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customerExistedPolicy", &self.customer_existed_policy)?;
        object.optional("skipDuplicateCheck", &self.skip_duplicate_check)?;
        object.optional("subscribePolicy", &self.subscribe_policy)?;
        object
            .optional(
                "throwExceptionWhileSavingContactFailed",
                &self.throw_exception_while_saving_contact_failed,
            )?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCustomerRequestSaveOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCustomerRequestSaveOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerExistedPolicy" => {
                rt::read_field(map, &mut self.customer_existed_policy)
            }
            "skipDuplicateCheck" => rt::read_field(map, &mut self.skip_duplicate_check),
            "subscribePolicy" => rt::read_field(map, &mut self.subscribe_policy),
            "throwExceptionWhileSavingContactFailed" => {
                rt::read_field(
                    map,
                    &mut self.throw_exception_while_saving_contact_failed,
                )
            }
            _ => Ok(false),
        }
    }
}
/// `CreateCustomerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCustomerResponseBody {
    /// `contacts`.
    pub contacts: Option<Vec<CreateCustomerResponseBodyContacts>>,
    /// `customerInstanceId`.
    pub customer_instance_id: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCustomerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCustomerResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contacts" => rt::read_field(map, &mut self.contacts),
            "customerInstanceId" => rt::read_field(map, &mut self.customer_instance_id),
            "objectType" => rt::read_field(map, &mut self.object_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateCustomerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contacts", &self.contacts)?;
        object.optional("customerInstanceId", &self.customer_instance_id)?;
        object.optional("objectType", &self.object_type)?;
        object.end()
    }
}
/// `CreateGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `CreateGroupSetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupSetResponseBody {
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `inviteLink`.
    pub invite_link: Option<String>,
    /// `lastOpenConversationId`.
    pub last_open_conversation_id: Option<String>,
    /// `manager`.
    pub manager: Option<Vec<CreateGroupSetResponseBodyManager>>,
    /// `managerUserIds`.
    pub manager_user_ids: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `memberQuota`.
    pub member_quota: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `notice`.
    pub notice: Option<String>,
    /// `noticeToped`.
    pub notice_toped: Option<i64>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `owner`.
    pub owner: Option<CreateGroupSetResponseBodyOwner>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `relationType`.
    pub relation_type: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupSetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupSetResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "inviteLink" => rt::read_field(map, &mut self.invite_link),
            "lastOpenConversationId" => {
                rt::read_field(map, &mut self.last_open_conversation_id)
            }
            "manager" => rt::read_field(map, &mut self.manager),
            "managerUserIds" => rt::read_field(map, &mut self.manager_user_ids),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "memberQuota" => rt::read_field(map, &mut self.member_quota),
            "name" => rt::read_field(map, &mut self.name),
            "notice" => rt::read_field(map, &mut self.notice),
            "noticeToped" => rt::read_field(map, &mut self.notice_toped),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "owner" => rt::read_field(map, &mut self.owner),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupSetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("inviteLink", &self.invite_link)?;
        object.optional("lastOpenConversationId", &self.last_open_conversation_id)?;
        object.optional("manager", &self.manager)?;
        object.optional("managerUserIds", &self.manager_user_ids)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("memberQuota", &self.member_quota)?;
        object.optional("name", &self.name)?;
        object.optional("notice", &self.notice)?;
        object.optional("noticeToped", &self.notice_toped)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("owner", &self.owner)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("relationType", &self.relation_type)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
/// `CreateRelationMetaRequestRelationMetaDTO`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateRelationMetaRequestRelationMetaDTO {
    /// `desc`.
    pub desc: String,
    /// `items`.
    pub items: Vec<CreateRelationMetaRequestRelationMetaDTOItems>,
    /// `name`.
    pub name: String,
    /// `relationType`.
    pub relation_type: String,
}
impl CreateRelationMetaRequestRelationMetaDTO {
    /// A `CreateRelationMetaRequestRelationMetaDTO` with its required fields (`desc`, `items`, `name`, `relationType`); set the others with the methods named after them.
    pub fn new(
        desc: impl Into<String>,
        items: impl IntoIterator<Item = CreateRelationMetaRequestRelationMetaDTOItems>,
        name: impl Into<String>,
        relation_type: impl Into<String>,
    ) -> Self {
        Self {
            desc: desc.into(),
            items: items.into_iter().collect(),
            name: name.into(),
            relation_type: relation_type.into(),
        }
    }
}
impl rt::serde::Serialize for CreateRelationMetaRequestRelationMetaDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("desc", &self.desc)?;
        object.field("items", &self.items)?;
        object.field("name", &self.name)?;
        object.field("relationType", &self.relation_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRelationMetaRequestRelationMetaDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRelationMetaRequestRelationMetaDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "desc" => rt::read_field(map, &mut self.desc),
            "items" => rt::read_field(map, &mut self.items),
            "name" => rt::read_field(map, &mut self.name),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
/// `CreateRelationMetaResponseBody`: the same model as [`AddRelationMetaFieldResponseBody`].
pub type CreateRelationMetaResponseBody = AddRelationMetaFieldResponseBody;
/// `DeleteCrmCustomObjectDataResponseBody`: the same model as [`AddCrmPersonalCustomerResponseBody`].
pub type DeleteCrmCustomObjectDataResponseBody = AddCrmPersonalCustomerResponseBody;
/// `DeleteCrmFormInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteCrmFormInstanceResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteCrmFormInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteCrmFormInstanceResponseBody {
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
impl rt::serde::Serialize for DeleteCrmFormInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceId", &self.instance_id)?;
        object.end()
    }
}
/// `DeleteCrmPersonalCustomerResponseBody`: the same model as [`AddCrmPersonalCustomerResponseBody`].
pub type DeleteCrmPersonalCustomerResponseBody = AddCrmPersonalCustomerResponseBody;
/// `DeleteLeadsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteLeadsResponseBody {
    /// `outLeadsIds`.
    pub out_leads_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteLeadsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteLeadsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outLeadsIds" => rt::read_field(map, &mut self.out_leads_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteLeadsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("outLeadsIds", &self.out_leads_ids)?;
        object.end()
    }
}
/// `DeleteRelationMetaFieldResponseBody`: the same model as [`AddRelationMetaFieldResponseBody`].
pub type DeleteRelationMetaFieldResponseBody = AddRelationMetaFieldResponseBody;
/// `DescribeCrmPersonalCustomerObjectMetaResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeCrmPersonalCustomerObjectMetaResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `customized`.
    pub customized: Option<bool>,
    /// `fields`.
    pub fields: Option<Vec<DescribeCrmPersonalCustomerObjectMetaResponseBodyFields>>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeCrmPersonalCustomerObjectMetaResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeCrmPersonalCustomerObjectMetaResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "customized" => rt::read_field(map, &mut self.customized),
            "fields" => rt::read_field(map, &mut self.fields),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DescribeCrmPersonalCustomerObjectMetaResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("customized", &self.customized)?;
        object.optional("fields", &self.fields)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBody {
    /// `metaModelDTOList`.
    pub meta_model_dto_list: Option<Vec<DescribeMetaModelResponseBodyMetaModelDTOList>>,
}
impl<'de> rt::serde::Deserialize<'de> for DescribeMetaModelResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "metaModelDTOList" => rt::read_field(map, &mut self.meta_model_dto_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DescribeMetaModelResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("metaModelDTOList", &self.meta_model_dto_list)?;
        object.end()
    }
}
/// `DescribeRelationMetaResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeRelationMetaResponseBody {
    /// `relationMetaDTOList`.
    pub relation_meta_dto_list: Option<
        Vec<DescribeRelationMetaResponseBodyRelationMetaDTOList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for DescribeRelationMetaResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeRelationMetaResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "relationMetaDTOList" => {
                rt::read_field(map, &mut self.relation_meta_dto_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DescribeRelationMetaResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("relationMetaDTOList", &self.relation_meta_dto_list)?;
        object.end()
    }
}
/// `FindTargetRelatedFollowRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FindTargetRelatedFollowRecordsResponseBody {
    /// `result`.
    pub result: Option<FindTargetRelatedFollowRecordsResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for FindTargetRelatedFollowRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FindTargetRelatedFollowRecordsResponseBody {
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
impl rt::serde::Serialize for FindTargetRelatedFollowRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetAllCustomerRecyclesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllCustomerRecyclesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultList`.
    pub result_list: Option<Vec<GetAllCustomerRecyclesResponseBodyResultList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllCustomerRecyclesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllCustomerRecyclesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "resultList" => rt::read_field(map, &mut self.result_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllCustomerRecyclesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("resultList", &self.result_list)?;
        object.end()
    }
}
/// `GetContactsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContactsResponseBody {
    /// `result`.
    pub result: Option<GetContactsResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContactsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContactsResponseBody {
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
impl rt::serde::Serialize for GetContactsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetCrmGroupChatResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmGroupChatResponseBody {
    /// `chatId`.
    pub chat_id: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `ownerUserName`.
    pub owner_user_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCrmGroupChatResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmGroupChatResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatId" => rt::read_field(map, &mut self.chat_id),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "name" => rt::read_field(map, &mut self.name),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "ownerUserName" => rt::read_field(map, &mut self.owner_user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCrmGroupChatResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatId", &self.chat_id)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("name", &self.name)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("ownerUserName", &self.owner_user_name)?;
        object.end()
    }
}
/// `GetCrmGroupChatMultiResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmGroupChatMultiResponseBody {
    /// `result`.
    pub result: Option<Vec<GetCrmGroupChatMultiResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCrmGroupChatMultiResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmGroupChatMultiResponseBody {
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
impl rt::serde::Serialize for GetCrmGroupChatMultiResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetCrmGroupChatSingleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmGroupChatSingleResponseBody {
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `ownerUserName`.
    pub owner_user_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCrmGroupChatSingleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmGroupChatSingleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "name" => rt::read_field(map, &mut self.name),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "ownerUserName" => rt::read_field(map, &mut self.owner_user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCrmGroupChatSingleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("name", &self.name)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("ownerUserName", &self.owner_user_name)?;
        object.end()
    }
}
/// `GetCrmRolePermissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBody {
    /// `permissions`.
    pub permissions: Option<Vec<GetCrmRolePermissionResponseBodyPermissions>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCrmRolePermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmRolePermissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissions" => rt::read_field(map, &mut self.permissions),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCrmRolePermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("permissions", &self.permissions)?;
        object.end()
    }
}
/// `GetCustomerTracksByRelationIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerTracksByRelationIdResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultList`.
    pub result_list: Option<Vec<GetCustomerTracksByRelationIdResponseBodyResultList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCustomerTracksByRelationIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerTracksByRelationIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "resultList" => rt::read_field(map, &mut self.result_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerTracksByRelationIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("resultList", &self.result_list)?;
        object.end()
    }
}
/// `GetGroupSetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupSetResponseBody {
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `groupChatCount`.
    pub group_chat_count: Option<i64>,
    /// `inviteLink`.
    pub invite_link: Option<String>,
    /// `lastOpenConversationId`.
    pub last_open_conversation_id: Option<String>,
    /// `manager`.
    pub manager: Option<Vec<GetGroupSetResponseBodyManager>>,
    /// `managerUserIds`.
    pub manager_user_ids: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `memberQuota`.
    pub member_quota: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `notice`.
    pub notice: Option<String>,
    /// `noticeToped`.
    pub notice_toped: Option<i64>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `owner`.
    pub owner: Option<GetGroupSetResponseBodyOwner>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `relationType`.
    pub relation_type: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetGroupSetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGroupSetResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "groupChatCount" => rt::read_field(map, &mut self.group_chat_count),
            "inviteLink" => rt::read_field(map, &mut self.invite_link),
            "lastOpenConversationId" => {
                rt::read_field(map, &mut self.last_open_conversation_id)
            }
            "manager" => rt::read_field(map, &mut self.manager),
            "managerUserIds" => rt::read_field(map, &mut self.manager_user_ids),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "memberQuota" => rt::read_field(map, &mut self.member_quota),
            "name" => rt::read_field(map, &mut self.name),
            "notice" => rt::read_field(map, &mut self.notice),
            "noticeToped" => rt::read_field(map, &mut self.notice_toped),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "owner" => rt::read_field(map, &mut self.owner),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGroupSetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("groupChatCount", &self.group_chat_count)?;
        object.optional("inviteLink", &self.invite_link)?;
        object.optional("lastOpenConversationId", &self.last_open_conversation_id)?;
        object.optional("manager", &self.manager)?;
        object.optional("managerUserIds", &self.manager_user_ids)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("memberQuota", &self.member_quota)?;
        object.optional("name", &self.name)?;
        object.optional("notice", &self.notice)?;
        object.optional("noticeToped", &self.notice_toped)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("owner", &self.owner)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("relationType", &self.relation_type)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
/// `GetInAppPurchaseGoodsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsResponseBody {
    /// `result`.
    pub result: Option<GetInAppPurchaseGoodsResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetInAppPurchaseGoodsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInAppPurchaseGoodsResponseBody {
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
impl rt::serde::Serialize for GetInAppPurchaseGoodsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetNavigationCatalogResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetNavigationCatalogResponseBody {
    /// `result`.
    pub result: Option<GetNavigationCatalogResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetNavigationCatalogResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetNavigationCatalogResponseBody {
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
impl rt::serde::Serialize for GetNavigationCatalogResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetObjectDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetObjectDataResponseBody {
    /// `result`.
    pub result: Option<GetObjectDataResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetObjectDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetObjectDataResponseBody {
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
impl rt::serde::Serialize for GetObjectDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetOfficialAccountContactInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOfficialAccountContactInfoResponseBody {
    /// `authItems`.
    pub auth_items: Option<Vec<String>>,
    /// `corpName`.
    pub corp_name: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `stateCode`.
    pub state_code: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userInfos`.
    pub user_infos: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOfficialAccountContactInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOfficialAccountContactInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authItems" => rt::read_field(map, &mut self.auth_items),
            "corpName" => rt::read_field(map, &mut self.corp_name),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "stateCode" => rt::read_field(map, &mut self.state_code),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userInfos" => rt::read_field(map, &mut self.user_infos),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOfficialAccountContactInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authItems", &self.auth_items)?;
        object.optional("corpName", &self.corp_name)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("stateCode", &self.state_code)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userInfos", &self.user_infos)?;
        object.end()
    }
}
/// `GetOfficialAccountContactsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOfficialAccountContactsResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `values`.
    pub values: Option<Vec<GetOfficialAccountContactsResponseBodyValues>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOfficialAccountContactsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOfficialAccountContactsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOfficialAccountContactsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `GetOfficialAccountOTOMessageResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOfficialAccountOTOMessageResultResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetOfficialAccountOTOMessageResultResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetOfficialAccountOTOMessageResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOfficialAccountOTOMessageResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOfficialAccountOTOMessageResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetRelatedViewTabDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelatedViewTabDataResponseBody {
    /// `result`.
    pub result: Option<GetRelatedViewTabDataResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelatedViewTabDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelatedViewTabDataResponseBody {
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
impl rt::serde::Serialize for GetRelatedViewTabDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetRelatedViewTabMetaResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelatedViewTabMetaResponseBody {
    /// `results`.
    pub results: Option<Vec<GetRelatedViewTabMetaResponseBodyResults>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelatedViewTabMetaResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelatedViewTabMetaResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "results" => rt::read_field(map, &mut self.results),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelatedViewTabMetaResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("results", &self.results)?;
        object.end()
    }
}
/// `GetRelationUkSettingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBody {
    /// `result`.
    pub result: Option<Vec<GetRelationUkSettingResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelationUkSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelationUkSettingResponseBody {
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
impl rt::serde::Serialize for GetRelationUkSettingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `JoinGroupSetRequestBizDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct JoinGroupSetRequestBizDataList {
    /// `extendValue`.
    pub extend_value: Option<String>,
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl JoinGroupSetRequestBizDataList {
    /// An empty `JoinGroupSetRequestBizDataList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `extendValue`.
    pub fn extend_value(mut self, value: impl Into<String>) -> Self {
        self.extend_value = Some(value.into());
        self
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
impl rt::serde::Serialize for JoinGroupSetRequestBizDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extendValue", &self.extend_value)?;
        object.optional("key", &self.key)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for JoinGroupSetRequestBizDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for JoinGroupSetRequestBizDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extendValue" => rt::read_field(map, &mut self.extend_value),
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `JoinGroupSetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct JoinGroupSetResponseBody {
    /// `chatId`.
    pub chat_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for JoinGroupSetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for JoinGroupSetResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatId" => rt::read_field(map, &mut self.chat_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for JoinGroupSetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatId", &self.chat_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `ListAvailableBenefitResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAvailableBenefitResponseBody {
    /// `result`.
    pub result: Option<Vec<ListAvailableBenefitResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAvailableBenefitResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAvailableBenefitResponseBody {
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
impl rt::serde::Serialize for ListAvailableBenefitResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListBenefitLicenseResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBenefitLicenseResponseBody {
    /// `result`.
    pub result: Option<Vec<ListBenefitLicenseResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListBenefitLicenseResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListBenefitLicenseResponseBody {
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
impl rt::serde::Serialize for ListBenefitLicenseResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListClueTagResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListClueTagResponseBody {
    /// `result`.
    pub result: Option<Vec<ListClueTagResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListClueTagResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListClueTagResponseBody {
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
impl rt::serde::Serialize for ListClueTagResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListCrmPersonalCustomersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCrmPersonalCustomersResponseBody {
    /// `result`.
    pub result: Option<Vec<ListCrmPersonalCustomersResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCrmPersonalCustomersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCrmPersonalCustomersResponseBody {
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
impl rt::serde::Serialize for ListCrmPersonalCustomersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListGroupSetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListGroupSetResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultList`.
    pub result_list: Option<Vec<ListGroupSetResponseBodyResultList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListGroupSetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListGroupSetResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "resultList" => rt::read_field(map, &mut self.result_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListGroupSetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("resultList", &self.result_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `OverrideUpdateCustomerDataAuthResponseBody`: the same model as [`AppendCustomerDataAuthResponseBody`].
pub type OverrideUpdateCustomerDataAuthResponseBody = AppendCustomerDataAuthResponseBody;
/// `QueryAllCustomerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllCustomerResponseBody {
    /// `result`.
    pub result: Option<QueryAllCustomerResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllCustomerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllCustomerResponseBody {
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
impl rt::serde::Serialize for QueryAllCustomerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryAllTracksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllTracksResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `values`.
    pub values: Option<Vec<QueryAllTracksResponseBodyValues>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllTracksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllTracksResponseBody {
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
impl rt::serde::Serialize for QueryAllTracksResponseBody {
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
/// `QueryAppManagerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAppManagerResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryAppManagerResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAppManagerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAppManagerResponseBody {
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
impl rt::serde::Serialize for QueryAppManagerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryBenefitInventoryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBenefitInventoryResponseBody {
    /// `result`.
    pub result: Option<QueryBenefitInventoryResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBenefitInventoryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBenefitInventoryResponseBody {
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
impl rt::serde::Serialize for QueryBenefitInventoryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryClueFollowStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryClueFollowStatusResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryClueFollowStatusResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryClueFollowStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryClueFollowStatusResponseBody {
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
impl rt::serde::Serialize for QueryClueFollowStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryCrmGroupChatsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCrmGroupChatsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultList`.
    pub result_list: Option<Vec<QueryCrmGroupChatsResponseBodyResultList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCrmGroupChatsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCrmGroupChatsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "resultList" => rt::read_field(map, &mut self.result_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCrmGroupChatsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("resultList", &self.result_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryCrmPersonalCustomerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCrmPersonalCustomerResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `values`.
    pub values: Option<Vec<QueryCrmPersonalCustomerResponseBodyValues>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCrmPersonalCustomerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCrmPersonalCustomerResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCrmPersonalCustomerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `QueryCustomerBizTypeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomerBizTypeResponseBody {
    /// `result`.
    pub result: Option<QueryCustomerBizTypeResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerBizTypeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomerBizTypeResponseBody {
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
impl rt::serde::Serialize for QueryCustomerBizTypeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryGlobalInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGlobalInfoResponseBody {
    /// `result`.
    pub result: Option<QueryGlobalInfoResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGlobalInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGlobalInfoResponseBody {
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
impl rt::serde::Serialize for QueryGlobalInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryHasAppPermissionResponseBody`: the same model as [`AppendCustomerDataAuthResponseBody`].
pub type QueryHasAppPermissionResponseBody = AppendCustomerDataAuthResponseBody;
/// `QueryOfficialAccountUserBasicInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOfficialAccountUserBasicInfoResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<QueryOfficialAccountUserBasicInfoResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOfficialAccountUserBasicInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOfficialAccountUserBasicInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOfficialAccountUserBasicInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryRelationDatasByTargetIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRelationDatasByTargetIdResponseBody {
    /// `relations`.
    pub relations: Option<Vec<QueryRelationDatasByTargetIdResponseBodyRelations>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRelationDatasByTargetIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRelationDatasByTargetIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "relations" => rt::read_field(map, &mut self.relations),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRelationDatasByTargetIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("relations", &self.relations)?;
        object.end()
    }
}
/// `RecallOfficialAccountOTOMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RecallOfficialAccountOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RecallOfficialAccountOTOMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RecallOfficialAccountOTOMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RecallOfficialAccountOTOMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `SaveBenefitLicenseRequestLicenses`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveBenefitLicenseRequestLicenses {
    /// `licenseUserId`.
    pub license_user_id: Option<String>,
}
impl SaveBenefitLicenseRequestLicenses {
    /// An empty `SaveBenefitLicenseRequestLicenses`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `licenseUserId`.
    pub fn license_user_id(mut self, value: impl Into<String>) -> Self {
        self.license_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SaveBenefitLicenseRequestLicenses {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("licenseUserId", &self.license_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveBenefitLicenseRequestLicenses {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveBenefitLicenseRequestLicenses {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "licenseUserId" => rt::read_field(map, &mut self.license_user_id),
            _ => Ok(false),
        }
    }
}
/// `SaveBenefitLicenseResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveBenefitLicenseResponseBody {
    /// `result`.
    pub result: Option<SaveBenefitLicenseResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveBenefitLicenseResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveBenefitLicenseResponseBody {
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
impl rt::serde::Serialize for SaveBenefitLicenseResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SendOfficialAccountOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendOfficialAccountOTOMessageRequestDetail {
    /// `messageBody`.
    pub message_body: SendOfficialAccountOTOMessageRequestDetailMessageBody,
    /// `msgType`.
    pub msg_type: String,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `uuid`.
    pub uuid: String,
}
impl SendOfficialAccountOTOMessageRequestDetail {
    /// A `SendOfficialAccountOTOMessageRequestDetail` with its required fields (`messageBody`, `msgType`, `uuid`); set the others with the methods named after them.
    pub fn new(
        message_body: SendOfficialAccountOTOMessageRequestDetailMessageBody,
        msg_type: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            message_body,
            msg_type: msg_type.into(),
            union_id: None,
            user_id: None,
            uuid: uuid.into(),
        }
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendOfficialAccountOTOMessageRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageBody", &self.message_body)?;
        object.field("msgType", &self.msg_type)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendOfficialAccountOTOMessageRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountOTOMessageRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageBody" => rt::read_field(map, &mut self.message_body),
            "msgType" => rt::read_field(map, &mut self.msg_type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
/// `SendOfficialAccountOTOMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOfficialAccountOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<SendOfficialAccountOTOMessageResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for SendOfficialAccountOTOMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendOfficialAccountOTOMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendOfficialAccountOTOMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SendOfficialAccountSNSMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequestDetail {
    /// `messageBody`.
    pub message_body: SendOfficialAccountSNSMessageRequestDetailMessageBody,
    /// `msgType`.
    pub msg_type: String,
    /// `uuid`.
    pub uuid: String,
}
impl SendOfficialAccountSNSMessageRequestDetail {
    /// A `SendOfficialAccountSNSMessageRequestDetail` with its required fields (`messageBody`, `msgType`, `uuid`); set the others with the methods named after them.
    pub fn new(
        message_body: SendOfficialAccountSNSMessageRequestDetailMessageBody,
        msg_type: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            message_body,
            msg_type: msg_type.into(),
            uuid: uuid.into(),
        }
    }
}
impl rt::serde::Serialize for SendOfficialAccountSNSMessageRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageBody", &self.message_body)?;
        object.field("msgType", &self.msg_type)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendOfficialAccountSNSMessageRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountSNSMessageRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageBody" => rt::read_field(map, &mut self.message_body),
            "msgType" => rt::read_field(map, &mut self.msg_type),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
/// `SendOfficialAccountSNSMessageResponseBody`: the same model as [`SendOfficialAccountOTOMessageResponseBody`].
pub type SendOfficialAccountSNSMessageResponseBody = SendOfficialAccountOTOMessageResponseBody;
/// `ServiceWindowMessageBatchPushRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ServiceWindowMessageBatchPushRequestDetail {
    /// `bizRequestId`.
    pub biz_request_id: Option<String>,
    /// `messageBody`.
    pub message_body: ServiceWindowMessageBatchPushRequestDetailMessageBody,
    /// `msgType`.
    pub msg_type: String,
    /// `sendToAll`.
    pub send_to_all: Option<bool>,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
    /// `uuid`.
    pub uuid: String,
}
impl ServiceWindowMessageBatchPushRequestDetail {
    /// A `ServiceWindowMessageBatchPushRequestDetail` with its required fields (`messageBody`, `msgType`, `userIdList`, `uuid`); set the others with the methods named after them.
    pub fn new(
        message_body: ServiceWindowMessageBatchPushRequestDetailMessageBody,
        msg_type: impl Into<String>,
        user_id_list: impl IntoIterator<Item = impl Into<String>>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            biz_request_id: None,
            message_body,
            msg_type: msg_type.into(),
            send_to_all: None,
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
            uuid: uuid.into(),
        }
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `sendToAll`.
    pub fn send_to_all(mut self, value: bool) -> Self {
        self.send_to_all = Some(value);
        self
    }
}
impl rt::serde::Serialize for ServiceWindowMessageBatchPushRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizRequestId", &self.biz_request_id)?;
        object.field("messageBody", &self.message_body)?;
        object.field("msgType", &self.msg_type)?;
        object.optional("sendToAll", &self.send_to_all)?;
        object.field("userIdList", &self.user_id_list)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ServiceWindowMessageBatchPushRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ServiceWindowMessageBatchPushRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "messageBody" => rt::read_field(map, &mut self.message_body),
            "msgType" => rt::read_field(map, &mut self.msg_type),
            "sendToAll" => rt::read_field(map, &mut self.send_to_all),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
/// `ServiceWindowMessageBatchPushResponseBody`: the same model as [`BatchSendOfficialAccountOTOMessageResponseBody`].
pub type ServiceWindowMessageBatchPushResponseBody = BatchSendOfficialAccountOTOMessageResponseBody;
/// `SetUserVersionToFreeResponseBody`: the same model as [`AppendCustomerDataAuthResponseBody`].
pub type SetUserVersionToFreeResponseBody = AppendCustomerDataAuthResponseBody;
/// `TwoPhaseCommitInventoryResponseBody`: the same model as [`AppendCustomerDataAuthResponseBody`].
pub type TwoPhaseCommitInventoryResponseBody = AppendCustomerDataAuthResponseBody;
/// `UpdateCrmPersonalCustomerRequestPermission`: the same model as [`AddCrmPersonalCustomerRequestPermission`].
pub type UpdateCrmPersonalCustomerRequestPermission = AddCrmPersonalCustomerRequestPermission;
/// `UpdateCrmPersonalCustomerResponseBody`: the same model as [`AddCrmPersonalCustomerResponseBody`].
pub type UpdateCrmPersonalCustomerResponseBody = AddCrmPersonalCustomerResponseBody;
/// `UpdateCustomerBizTypeResponseBody`: the same model as [`AppendCustomerDataAuthResponseBody`].
pub type UpdateCustomerBizTypeResponseBody = AppendCustomerDataAuthResponseBody;
/// `UpdateMenuDataRequestNavData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateMenuDataRequestNavData {
    /// `displayStatus`.
    pub display_status: String,
    /// `icon`.
    pub icon: Option<String>,
    /// `iconBgColor`.
    pub icon_bg_color: Option<String>,
    /// `iconColor`.
    pub icon_color: Option<String>,
    /// `integrationProtocol`.
    pub integration_protocol: Option<String>,
    /// `mobileNavName`.
    pub mobile_nav_name: String,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `navCode`.
    pub nav_code: String,
    /// `navExtInfo`.
    pub nav_ext_info: Option<UpdateMenuDataRequestNavDataNavExtInfo>,
    /// `navId`.
    pub nav_id: String,
    /// `navName`.
    pub nav_name: String,
    /// `navStatus`.
    pub nav_status: String,
    /// `navType`.
    pub nav_type: Option<String>,
    /// `parentNavId`.
    pub parent_nav_id: Option<String>,
    /// `provider`.
    pub provider: Option<String>,
    /// `sortNum`.
    pub sort_num: Option<i64>,
    /// `url`.
    pub url: Option<String>,
}
impl UpdateMenuDataRequestNavData {
    /// A `UpdateMenuDataRequestNavData` with its required fields (`displayStatus`, `mobileNavName`, `navCode`, `navId`, `navName`, `navStatus`); set the others with the methods named after them.
    pub fn new(
        display_status: impl Into<String>,
        mobile_nav_name: impl Into<String>,
        nav_code: impl Into<String>,
        nav_id: impl Into<String>,
        nav_name: impl Into<String>,
        nav_status: impl Into<String>,
    ) -> Self {
        Self {
            display_status: display_status.into(),
            icon: None,
            icon_bg_color: None,
            icon_color: None,
            integration_protocol: None,
            mobile_nav_name: mobile_nav_name.into(),
            mobile_url: None,
            nav_code: nav_code.into(),
            nav_ext_info: None,
            nav_id: nav_id.into(),
            nav_name: nav_name.into(),
            nav_status: nav_status.into(),
            nav_type: None,
            parent_nav_id: None,
            provider: None,
            sort_num: None,
            url: None,
        }
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `iconBgColor`.
    pub fn icon_bg_color(mut self, value: impl Into<String>) -> Self {
        self.icon_bg_color = Some(value.into());
        self
    }
    /// Sets `iconColor`.
    pub fn icon_color(mut self, value: impl Into<String>) -> Self {
        self.icon_color = Some(value.into());
        self
    }
    /// Sets `integrationProtocol`.
    pub fn integration_protocol(mut self, value: impl Into<String>) -> Self {
        self.integration_protocol = Some(value.into());
        self
    }
    /// Sets `mobileUrl`.
    pub fn mobile_url(mut self, value: impl Into<String>) -> Self {
        self.mobile_url = Some(value.into());
        self
    }
    /// Sets `navExtInfo`.
    pub fn nav_ext_info(
        mut self,
        value: UpdateMenuDataRequestNavDataNavExtInfo,
    ) -> Self {
        self.nav_ext_info = Some(value);
        self
    }
    /// Sets `navType`.
    pub fn nav_type(mut self, value: impl Into<String>) -> Self {
        self.nav_type = Some(value.into());
        self
    }
    /// Sets `parentNavId`.
    pub fn parent_nav_id(mut self, value: impl Into<String>) -> Self {
        self.parent_nav_id = Some(value.into());
        self
    }
    /// Sets `provider`.
    pub fn provider(mut self, value: impl Into<String>) -> Self {
        self.provider = Some(value.into());
        self
    }
    /// Sets `sortNum`.
    pub fn sort_num(mut self, value: i64) -> Self {
        self.sort_num = Some(value);
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateMenuDataRequestNavData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("displayStatus", &self.display_status)?;
        object.optional("icon", &self.icon)?;
        object.optional("iconBgColor", &self.icon_bg_color)?;
        object.optional("iconColor", &self.icon_color)?;
        object.optional("integrationProtocol", &self.integration_protocol)?;
        object.field("mobileNavName", &self.mobile_nav_name)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.field("navCode", &self.nav_code)?;
        object.optional("navExtInfo", &self.nav_ext_info)?;
        object.field("navId", &self.nav_id)?;
        object.field("navName", &self.nav_name)?;
        object.field("navStatus", &self.nav_status)?;
        object.optional("navType", &self.nav_type)?;
        object.optional("parentNavId", &self.parent_nav_id)?;
        object.optional("provider", &self.provider)?;
        object.optional("sortNum", &self.sort_num)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMenuDataRequestNavData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMenuDataRequestNavData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayStatus" => rt::read_field(map, &mut self.display_status),
            "icon" => rt::read_field(map, &mut self.icon),
            "iconBgColor" => rt::read_field(map, &mut self.icon_bg_color),
            "iconColor" => rt::read_field(map, &mut self.icon_color),
            "integrationProtocol" => rt::read_field(map, &mut self.integration_protocol),
            "mobileNavName" => rt::read_field(map, &mut self.mobile_nav_name),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "navCode" => rt::read_field(map, &mut self.nav_code),
            "navExtInfo" => rt::read_field(map, &mut self.nav_ext_info),
            "navId" => rt::read_field(map, &mut self.nav_id),
            "navName" => rt::read_field(map, &mut self.nav_name),
            "navStatus" => rt::read_field(map, &mut self.nav_status),
            "navType" => rt::read_field(map, &mut self.nav_type),
            "parentNavId" => rt::read_field(map, &mut self.parent_nav_id),
            "provider" => rt::read_field(map, &mut self.provider),
            "sortNum" => rt::read_field(map, &mut self.sort_num),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `UpdateMenuDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateMenuDataResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateMenuDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateMenuDataResponseBody {
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
impl rt::serde::Serialize for UpdateMenuDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateMetaModelFieldRequestFieldDTOList`: the same model as [`AddMetaModelFieldRequestFieldDTOList`].
pub type UpdateMetaModelFieldRequestFieldDTOList = AddMetaModelFieldRequestFieldDTOList;
/// `UpdateMetaModelFieldResponseBody`: the same model as [`AddMetaModelFieldResponseBody`].
pub type UpdateMetaModelFieldResponseBody = AddMetaModelFieldResponseBody;
/// `UpdateRelationMetaFieldRequestFieldDTOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRelationMetaFieldRequestFieldDTOList {
    /// `componentName`.
    pub component_name: String,
    /// `props`.
    pub props: UpdateRelationMetaFieldRequestFieldDTOListProps,
}
impl UpdateRelationMetaFieldRequestFieldDTOList {
    /// A `UpdateRelationMetaFieldRequestFieldDTOList` with its required fields (`componentName`, `props`); set the others with the methods named after them.
    pub fn new(
        component_name: impl Into<String>,
        props: UpdateRelationMetaFieldRequestFieldDTOListProps,
    ) -> Self {
        Self {
            component_name: component_name.into(),
            props,
        }
    }
}
impl rt::serde::Serialize for UpdateRelationMetaFieldRequestFieldDTOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("componentName", &self.component_name)?;
        object.field("props", &self.props)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRelationMetaFieldRequestFieldDTOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRelationMetaFieldRequestFieldDTOList {
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
/// `UpdateRelationMetaFieldResponseBody`: the same model as [`AddRelationMetaFieldResponseBody`].
pub type UpdateRelationMetaFieldResponseBody = AddRelationMetaFieldResponseBody;
/// `AddMetaModelFieldRequestFieldDTOListProps`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddMetaModelFieldRequestFieldDTOListProps {
    /// `align`.
    pub align: Option<String>,
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `choice`.
    pub choice: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<bool>,
    /// `fieldId`.
    pub field_id: String,
    /// `format`.
    pub format: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: String,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `link`.
    pub link: Option<String>,
    /// `needDetail`.
    pub need_detail: Option<String>,
    /// `notPrint`.
    pub not_print: Option<String>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `options`.
    pub options: Option<Vec<AddMetaModelFieldRequestFieldDTOListPropsOptions>>,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: bool,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `sortable`.
    pub sortable: Option<bool>,
    /// `unit`.
    pub unit: Option<String>,
}
impl AddMetaModelFieldRequestFieldDTOListProps {
    /// A `AddMetaModelFieldRequestFieldDTOListProps` with its required fields (`fieldId`, `label`, `required`); set the others with the methods named after them.
    pub fn new(
        field_id: impl Into<String>,
        label: impl Into<String>,
        required: bool,
    ) -> Self {
        Self {
            align: None,
            biz_alias: None,
            choice: None,
            content: None,
            disabled: None,
            duration: None,
            field_id: field_id.into(),
            format: None,
            invisible: None,
            label: label.into(),
            label_editable_freeze: None,
            link: None,
            need_detail: None,
            not_print: None,
            not_upper: None,
            options: None,
            pay_enable: None,
            placeholder: None,
            required,
            required_editable_freeze: None,
            sortable: None,
            unit: None,
        }
    }
    /// Sets `align`.
    pub fn align(mut self, value: impl Into<String>) -> Self {
        self.align = Some(value.into());
        self
    }
    /// Sets `bizAlias`.
    pub fn biz_alias(mut self, value: impl Into<String>) -> Self {
        self.biz_alias = Some(value.into());
        self
    }
    /// Sets `choice`.
    pub fn choice(mut self, value: i64) -> Self {
        self.choice = Some(value);
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
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
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `invisible`.
    pub fn invisible(mut self, value: bool) -> Self {
        self.invisible = Some(value);
        self
    }
    /// Sets `labelEditableFreeze`.
    pub fn label_editable_freeze(mut self, value: bool) -> Self {
        self.label_editable_freeze = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
    /// Sets `needDetail`.
    pub fn need_detail(mut self, value: impl Into<String>) -> Self {
        self.need_detail = Some(value.into());
        self
    }
    /// Sets `notPrint`.
    pub fn not_print(mut self, value: impl Into<String>) -> Self {
        self.not_print = Some(value.into());
        self
    }
    /// Sets `notUpper`.
    pub fn not_upper(mut self, value: impl Into<String>) -> Self {
        self.not_upper = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(
        mut self,
        value: impl IntoIterator<Item = AddMetaModelFieldRequestFieldDTOListPropsOptions>,
    ) -> Self {
        self.options = Some(value.into_iter().collect());
        self
    }
    /// Sets `payEnable`.
    pub fn pay_enable(mut self, value: bool) -> Self {
        self.pay_enable = Some(value);
        self
    }
    /// Sets `placeholder`.
    pub fn placeholder(mut self, value: impl Into<String>) -> Self {
        self.placeholder = Some(value.into());
        self
    }
    /// Sets `requiredEditableFreeze`.
    pub fn required_editable_freeze(mut self, value: bool) -> Self {
        self.required_editable_freeze = Some(value);
        self
    }
    /// Sets `sortable`.
    pub fn sortable(mut self, value: bool) -> Self {
        self.sortable = Some(value);
        self
    }
    /// Sets `unit`.
    pub fn unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddMetaModelFieldRequestFieldDTOListProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("align", &self.align)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("choice", &self.choice)?;
        object.optional("content", &self.content)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.field("fieldId", &self.field_id)?;
        object.optional("format", &self.format)?;
        object.optional("invisible", &self.invisible)?;
        object.field("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("link", &self.link)?;
        object.optional("needDetail", &self.need_detail)?;
        object.optional("notPrint", &self.not_print)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.field("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("sortable", &self.sortable)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddMetaModelFieldRequestFieldDTOListProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddMetaModelFieldRequestFieldDTOListProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "align" => rt::read_field(map, &mut self.align),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "choice" => rt::read_field(map, &mut self.choice),
            "content" => rt::read_field(map, &mut self.content),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "format" => rt::read_field(map, &mut self.format),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "link" => rt::read_field(map, &mut self.link),
            "needDetail" => rt::read_field(map, &mut self.need_detail),
            "notPrint" => rt::read_field(map, &mut self.not_print),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "sortable" => rt::read_field(map, &mut self.sortable),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
/// `AddRelationMetaFieldRequestFieldDTOListProps`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddRelationMetaFieldRequestFieldDTOListProps {
    /// `align`.
    pub align: Option<String>,
    /// `bizAlias`.
    pub biz_alias: String,
    /// `choice`.
    pub choice: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<bool>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `format`.
    pub format: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: String,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `link`.
    pub link: Option<String>,
    /// `needDetail`.
    pub need_detail: Option<String>,
    /// `notPrint`.
    pub not_print: Option<String>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `options`.
    pub options: Option<Vec<AddRelationMetaFieldRequestFieldDTOListPropsOptions>>,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: bool,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `sortable`.
    pub sortable: Option<bool>,
    /// `unit`.
    pub unit: Option<String>,
}
impl AddRelationMetaFieldRequestFieldDTOListProps {
    /// A `AddRelationMetaFieldRequestFieldDTOListProps` with its required fields (`bizAlias`, `label`, `required`); set the others with the methods named after them.
    pub fn new(
        biz_alias: impl Into<String>,
        label: impl Into<String>,
        required: bool,
    ) -> Self {
        Self {
            align: None,
            biz_alias: biz_alias.into(),
            choice: None,
            content: None,
            disabled: None,
            duration: None,
            field_id: None,
            format: None,
            invisible: None,
            label: label.into(),
            label_editable_freeze: None,
            link: None,
            need_detail: None,
            not_print: None,
            not_upper: None,
            options: None,
            pay_enable: None,
            placeholder: None,
            required,
            required_editable_freeze: None,
            sortable: None,
            unit: None,
        }
    }
    /// Sets `align`.
    pub fn align(mut self, value: impl Into<String>) -> Self {
        self.align = Some(value.into());
        self
    }
    /// Sets `choice`.
    pub fn choice(mut self, value: i64) -> Self {
        self.choice = Some(value);
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
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
    /// Sets `fieldId`.
    pub fn field_id(mut self, value: impl Into<String>) -> Self {
        self.field_id = Some(value.into());
        self
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `invisible`.
    pub fn invisible(mut self, value: bool) -> Self {
        self.invisible = Some(value);
        self
    }
    /// Sets `labelEditableFreeze`.
    pub fn label_editable_freeze(mut self, value: bool) -> Self {
        self.label_editable_freeze = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
    /// Sets `needDetail`.
    pub fn need_detail(mut self, value: impl Into<String>) -> Self {
        self.need_detail = Some(value.into());
        self
    }
    /// Sets `notPrint`.
    pub fn not_print(mut self, value: impl Into<String>) -> Self {
        self.not_print = Some(value.into());
        self
    }
    /// Sets `notUpper`.
    pub fn not_upper(mut self, value: impl Into<String>) -> Self {
        self.not_upper = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(
        mut self,
        value: impl IntoIterator<
            Item = AddRelationMetaFieldRequestFieldDTOListPropsOptions,
        >,
    ) -> Self {
        self.options = Some(value.into_iter().collect());
        self
    }
    /// Sets `payEnable`.
    pub fn pay_enable(mut self, value: bool) -> Self {
        self.pay_enable = Some(value);
        self
    }
    /// Sets `placeholder`.
    pub fn placeholder(mut self, value: impl Into<String>) -> Self {
        self.placeholder = Some(value.into());
        self
    }
    /// Sets `requiredEditableFreeze`.
    pub fn required_editable_freeze(mut self, value: bool) -> Self {
        self.required_editable_freeze = Some(value);
        self
    }
    /// Sets `sortable`.
    pub fn sortable(mut self, value: bool) -> Self {
        self.sortable = Some(value);
        self
    }
    /// Sets `unit`.
    pub fn unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddRelationMetaFieldRequestFieldDTOListProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("align", &self.align)?;
        object.field("bizAlias", &self.biz_alias)?;
        object.optional("choice", &self.choice)?;
        object.optional("content", &self.content)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("format", &self.format)?;
        object.optional("invisible", &self.invisible)?;
        object.field("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("link", &self.link)?;
        object.optional("needDetail", &self.need_detail)?;
        object.optional("notPrint", &self.not_print)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.field("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("sortable", &self.sortable)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddRelationMetaFieldRequestFieldDTOListProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddRelationMetaFieldRequestFieldDTOListProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "align" => rt::read_field(map, &mut self.align),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "choice" => rt::read_field(map, &mut self.choice),
            "content" => rt::read_field(map, &mut self.content),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "format" => rt::read_field(map, &mut self.format),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "link" => rt::read_field(map, &mut self.link),
            "needDetail" => rt::read_field(map, &mut self.need_detail),
            "notPrint" => rt::read_field(map, &mut self.not_print),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "sortable" => rt::read_field(map, &mut self.sortable),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
/// `BatchAddContactsRequestRelationListBizDataList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddContactsRequestRelationListBizDataList {
    /// `extendValue`.
    pub extend_value: Option<String>,
    /// `key`.
    pub key: String,
    /// `value`.
    pub value: String,
}
impl BatchAddContactsRequestRelationListBizDataList {
    /// A `BatchAddContactsRequestRelationListBizDataList` with its required fields (`key`, `value`); set the others with the methods named after them.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            extend_value: None,
            key: key.into(),
            value: value.into(),
        }
    }
    /// Sets `extendValue`.
    pub fn extend_value(mut self, value: impl Into<String>) -> Self {
        self.extend_value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchAddContactsRequestRelationListBizDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extendValue", &self.extend_value)?;
        object.field("key", &self.key)?;
        object.field("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchAddContactsRequestRelationListBizDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddContactsRequestRelationListBizDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extendValue" => rt::read_field(map, &mut self.extend_value),
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `BatchAddContactsResponseBodyResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddContactsResponseBodyResults {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `relationId`.
    pub relation_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddContactsResponseBodyResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddContactsResponseBodyResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "relationId" => rt::read_field(map, &mut self.relation_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddContactsResponseBodyResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("relationId", &self.relation_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BatchAddFollowRecordsRequestInstanceListDataArray`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchAddFollowRecordsRequestInstanceListDataArray = BatchAddContactsRequestRelationListBizDataList;
/// `BatchAddFollowRecordsResponseBodyResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddFollowRecordsResponseBodyResults {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddFollowRecordsResponseBodyResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddFollowRecordsResponseBodyResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddFollowRecordsResponseBodyResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BatchAddRelationDatasRequestRelationListBizDataList`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchAddRelationDatasRequestRelationListBizDataList = BatchAddContactsRequestRelationListBizDataList;
/// `BatchAddRelationDatasRequestRelationListRelationPermissionDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddRelationDatasRequestRelationListRelationPermissionDTO {
    /// `participantUserIds`.
    pub participant_user_ids: Option<Vec<String>>,
    /// `principalUserIds`.
    pub principal_user_ids: Option<Vec<String>>,
}
impl BatchAddRelationDatasRequestRelationListRelationPermissionDTO {
    /// An empty `BatchAddRelationDatasRequestRelationListRelationPermissionDTO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `participantUserIds`.
    pub fn participant_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.participant_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `principalUserIds`.
    pub fn principal_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.principal_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize
for BatchAddRelationDatasRequestRelationListRelationPermissionDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("participantUserIds", &self.participant_user_ids)?;
        object.optional("principalUserIds", &self.principal_user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchAddRelationDatasRequestRelationListRelationPermissionDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddRelationDatasRequestRelationListRelationPermissionDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "participantUserIds" => rt::read_field(map, &mut self.participant_user_ids),
            "principalUserIds" => rt::read_field(map, &mut self.principal_user_ids),
            _ => Ok(false),
        }
    }
}
/// `BatchAddRelationDatasResponseBodyResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddRelationDatasResponseBodyResults {
    /// `duplicatedRelationIds`.
    pub duplicated_relation_ids: Option<Vec<String>>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `relationId`.
    pub relation_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddRelationDatasResponseBodyResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddRelationDatasResponseBodyResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duplicatedRelationIds" => {
                rt::read_field(map, &mut self.duplicated_relation_ids)
            }
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "relationId" => rt::read_field(map, &mut self.relation_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddRelationDatasResponseBodyResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duplicatedRelationIds", &self.duplicated_relation_ids)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("relationId", &self.relation_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BatchCreateClueDataRequestDataListContactList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateClueDataRequestDataListContactList {
    /// `mobile`.
    pub mobile: String,
    /// `name`.
    pub name: String,
    /// `phone`.
    pub phone: Option<String>,
    /// `qq`.
    pub qq: Option<String>,
    /// `wangWang`.
    pub wang_wang: Option<String>,
    /// `weChat`.
    pub we_chat: Option<String>,
}
impl BatchCreateClueDataRequestDataListContactList {
    /// A `BatchCreateClueDataRequestDataListContactList` with its required fields (`mobile`, `name`); set the others with the methods named after them.
    pub fn new(mobile: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            mobile: mobile.into(),
            name: name.into(),
            phone: None,
            qq: None,
            wang_wang: None,
            we_chat: None,
        }
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `qq`.
    pub fn qq(mut self, value: impl Into<String>) -> Self {
        self.qq = Some(value.into());
        self
    }
    /// Sets `wangWang`.
    pub fn wang_wang(mut self, value: impl Into<String>) -> Self {
        self.wang_wang = Some(value.into());
        self
    }
    /// Sets `weChat`.
    pub fn we_chat(mut self, value: impl Into<String>) -> Self {
        self.we_chat = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchCreateClueDataRequestDataListContactList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mobile", &self.mobile)?;
        object.field("name", &self.name)?;
        object.optional("phone", &self.phone)?;
        object.optional("qq", &self.qq)?;
        object.optional("wangWang", &self.wang_wang)?;
        object.optional("weChat", &self.we_chat)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchCreateClueDataRequestDataListContactList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateClueDataRequestDataListContactList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobile" => rt::read_field(map, &mut self.mobile),
            "name" => rt::read_field(map, &mut self.name),
            "phone" => rt::read_field(map, &mut self.phone),
            "qq" => rt::read_field(map, &mut self.qq),
            "wangWang" => rt::read_field(map, &mut self.wang_wang),
            "weChat" => rt::read_field(map, &mut self.we_chat),
            _ => Ok(false),
        }
    }
}
/// `BatchCreateClueDataRequestDataListEnterprise`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateClueDataRequestDataListEnterprise {
    /// `address`.
    pub address: Option<String>,
    /// `industryCode`.
    pub industry_code: Option<String>,
    /// `name`.
    pub name: String,
    /// `region`.
    pub region: Option<String>,
    /// `unifiedSocialCreditCode`.
    pub unified_social_credit_code: Option<String>,
}
impl BatchCreateClueDataRequestDataListEnterprise {
    /// A `BatchCreateClueDataRequestDataListEnterprise` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            address: None,
            industry_code: None,
            name: name.into(),
            region: None,
            unified_social_credit_code: None,
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `industryCode`.
    pub fn industry_code(mut self, value: impl Into<String>) -> Self {
        self.industry_code = Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets `unifiedSocialCreditCode`.
    pub fn unified_social_credit_code(mut self, value: impl Into<String>) -> Self {
        self.unified_social_credit_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchCreateClueDataRequestDataListEnterprise {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object.optional("industryCode", &self.industry_code)?;
        object.field("name", &self.name)?;
        object.optional("region", &self.region)?;
        object.optional("unifiedSocialCreditCode", &self.unified_social_credit_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchCreateClueDataRequestDataListEnterprise {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateClueDataRequestDataListEnterprise {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "industryCode" => rt::read_field(map, &mut self.industry_code),
            "name" => rt::read_field(map, &mut self.name),
            "region" => rt::read_field(map, &mut self.region),
            "unifiedSocialCreditCode" => {
                rt::read_field(map, &mut self.unified_social_credit_code)
            }
            _ => Ok(false),
        }
    }
}
/// `BatchCreateClueDataRequestDataListTagIdList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateClueDataRequestDataListTagIdList {
    /// `tagId`.
    pub tag_id: String,
    /// `tagName`.
    pub tag_name: Option<String>,
}
impl BatchCreateClueDataRequestDataListTagIdList {
    /// A `BatchCreateClueDataRequestDataListTagIdList` with its required fields (`tagId`); set the others with the methods named after them.
    pub fn new(tag_id: impl Into<String>) -> Self {
        Self {
            tag_id: tag_id.into(),
            tag_name: None,
        }
    }
    /// Sets `tagName`.
    pub fn tag_name(mut self, value: impl Into<String>) -> Self {
        self.tag_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchCreateClueDataRequestDataListTagIdList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("tagId", &self.tag_id)?;
        object.optional("tagName", &self.tag_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchCreateClueDataRequestDataListTagIdList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateClueDataRequestDataListTagIdList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tagId" => rt::read_field(map, &mut self.tag_id),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            _ => Ok(false),
        }
    }
}
/// `BatchCreateClueDataResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchCreateClueDataResponseBodyResult {
    /// `clueId`.
    pub clue_id: Option<String>,
    /// `dataId`.
    pub data_id: Option<String>,
    /// `resultCode`.
    pub result_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchCreateClueDataResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchCreateClueDataResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clueId" => rt::read_field(map, &mut self.clue_id),
            "dataId" => rt::read_field(map, &mut self.data_id),
            "resultCode" => rt::read_field(map, &mut self.result_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchCreateClueDataResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("clueId", &self.clue_id)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("resultCode", &self.result_code)?;
        object.end()
    }
}
/// `BatchRemoveFollowRecordsResponseBodyResults`: the same model as [`BatchAddFollowRecordsResponseBodyResults`].
pub type BatchRemoveFollowRecordsResponseBodyResults = BatchAddFollowRecordsResponseBodyResults;
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBody {
    /// `actionCard`.
    pub action_card: Option<
        BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard,
    >,
    /// `link`.
    pub link: Option<BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink>,
    /// `markdown`.
    pub markdown: Option<
        BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown,
    >,
    /// `text`.
    pub text: Option<BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText>,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBody {
    /// An empty `BatchSendOfficialAccountOTOMessageRequestDetailMessageBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionCard`.
    pub fn action_card(
        mut self,
        value: BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard,
    ) -> Self {
        self.action_card = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(
        mut self,
        value: BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink,
    ) -> Self {
        self.link = Some(value);
        self
    }
    /// Sets `markdown`.
    pub fn markdown(
        mut self,
        value: BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown,
    ) -> Self {
        self.markdown = Some(value);
        self
    }
    /// Sets `text`.
    pub fn text(
        mut self,
        value: BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText,
    ) -> Self {
        self.text = Some(value);
        self
    }
}
impl rt::serde::Serialize
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionCard", &self.action_card)?;
        object.optional("link", &self.link)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSendOfficialAccountOTOMessageRequestDetailMessageBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionCard" => rt::read_field(map, &mut self.action_card),
            "link" => rt::read_field(map, &mut self.link),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `BatchSendOfficialAccountOTOMessageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageResponseBodyResult {
    /// `openPushId`.
    pub open_push_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchSendOfficialAccountOTOMessageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchSendOfficialAccountOTOMessageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openPushId" => rt::read_field(map, &mut self.open_push_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchSendOfficialAccountOTOMessageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openPushId", &self.open_push_id)?;
        object.end()
    }
}
/// `BatchUpdateContactsRequestRelationListBizDataList`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchUpdateContactsRequestRelationListBizDataList = BatchAddContactsRequestRelationListBizDataList;
/// `BatchUpdateContactsResponseBodyResults`: the same model as [`BatchAddContactsResponseBodyResults`].
pub type BatchUpdateContactsResponseBodyResults = BatchAddContactsResponseBodyResults;
/// `BatchUpdateFollowRecordsRequestInstanceListDataArray`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchUpdateFollowRecordsRequestInstanceListDataArray = BatchAddContactsRequestRelationListBizDataList;
/// `BatchUpdateFollowRecordsResponseBodyResults`: the same model as [`BatchAddFollowRecordsResponseBodyResults`].
pub type BatchUpdateFollowRecordsResponseBodyResults = BatchAddFollowRecordsResponseBodyResults;
/// `BatchUpdateRelationDatasRequestRelationListBizDataList`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchUpdateRelationDatasRequestRelationListBizDataList = BatchAddContactsRequestRelationListBizDataList;
/// `BatchUpdateRelationDatasResponseBodyResults`: the same model as [`BatchAddRelationDatasResponseBodyResults`].
pub type BatchUpdateRelationDatasResponseBodyResults = BatchAddRelationDatasResponseBodyResults;
/// `CreateCustomerResponseBodyContacts`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCustomerResponseBodyContacts {
    /// `contactInstanceId`.
    pub contact_instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCustomerResponseBodyContacts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCustomerResponseBodyContacts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactInstanceId" => rt::read_field(map, &mut self.contact_instance_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateCustomerResponseBodyContacts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactInstanceId", &self.contact_instance_id)?;
        object.end()
    }
}
/// `CreateGroupSetResponseBodyManager`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupSetResponseBodyManager {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupSetResponseBodyManager {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupSetResponseBodyManager {
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
impl rt::serde::Serialize for CreateGroupSetResponseBodyManager {
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
/// `CreateGroupSetResponseBodyOwner`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type CreateGroupSetResponseBodyOwner = CreateGroupSetResponseBodyManager;
/// `CreateRelationMetaRequestRelationMetaDTOItems`: the same model as [`AddRelationMetaFieldRequestFieldDTOList`].
pub type CreateRelationMetaRequestRelationMetaDTOItems = AddRelationMetaFieldRequestFieldDTOList;
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeCrmPersonalCustomerObjectMetaResponseBodyFields {
    /// `customized`.
    pub customized: Option<bool>,
    /// `format`.
    pub format: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nillable`.
    pub nillable: Option<bool>,
    /// `quote`.
    pub quote: Option<bool>,
    /// `referenceFields`.
    pub reference_fields: Option<
        Vec<DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFields>,
    >,
    /// `referenceTo`.
    pub reference_to: Option<String>,
    /// `rollUpSummaryFields`.
    pub roll_up_summary_fields: Option<
        Vec<DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields>,
    >,
    /// `selectOptions`.
    pub select_options: Option<
        Vec<DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions>,
    >,
    /// `type`.
    pub r#type: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeCrmPersonalCustomerObjectMetaResponseBodyFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customized" => rt::read_field(map, &mut self.customized),
            "format" => rt::read_field(map, &mut self.format),
            "label" => rt::read_field(map, &mut self.label),
            "name" => rt::read_field(map, &mut self.name),
            "nillable" => rt::read_field(map, &mut self.nillable),
            "quote" => rt::read_field(map, &mut self.quote),
            "referenceFields" => rt::read_field(map, &mut self.reference_fields),
            "referenceTo" => rt::read_field(map, &mut self.reference_to),
            "rollUpSummaryFields" => {
                rt::read_field(map, &mut self.roll_up_summary_fields)
            }
            "selectOptions" => rt::read_field(map, &mut self.select_options),
            "type" => rt::read_field(map, &mut self.r#type),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DescribeCrmPersonalCustomerObjectMetaResponseBodyFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customized", &self.customized)?;
        object.optional("format", &self.format)?;
        object.optional("label", &self.label)?;
        object.optional("name", &self.name)?;
        object.optional("nillable", &self.nillable)?;
        object.optional("quote", &self.quote)?;
        object.optional("referenceFields", &self.reference_fields)?;
        object.optional("referenceTo", &self.reference_to)?;
        object.optional("rollUpSummaryFields", &self.roll_up_summary_fields)?;
        object.optional("selectOptions", &self.select_options)?;
        object.optional("type", &self.r#type)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOList {
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `desc`.
    pub desc: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `items`.
    pub items: Option<Vec<DescribeMetaModelResponseBodyMetaModelDTOListItems>>,
    /// `name`.
    pub name: Option<String>,
    /// `relationMetaCode`.
    pub relation_meta_code: Option<String>,
    /// `relationMetaStatus`.
    pub relation_meta_status: Option<String>,
    /// `relationType`.
    pub relation_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DescribeMetaModelResponseBodyMetaModelDTOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "desc" => rt::read_field(map, &mut self.desc),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "items" => rt::read_field(map, &mut self.items),
            "name" => rt::read_field(map, &mut self.name),
            "relationMetaCode" => rt::read_field(map, &mut self.relation_meta_code),
            "relationMetaStatus" => rt::read_field(map, &mut self.relation_meta_status),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DescribeMetaModelResponseBodyMetaModelDTOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("desc", &self.desc)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("items", &self.items)?;
        object.optional("name", &self.name)?;
        object.optional("relationMetaCode", &self.relation_meta_code)?;
        object.optional("relationMetaStatus", &self.relation_meta_status)?;
        object.optional("relationType", &self.relation_type)?;
        object.end()
    }
}
/// `DescribeRelationMetaResponseBodyRelationMetaDTOList`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOList`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOList = DescribeMetaModelResponseBodyMetaModelDTOList;
/// `FindTargetRelatedFollowRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FindTargetRelatedFollowRecordsResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultList`.
    pub result_list: Option<
        Vec<FindTargetRelatedFollowRecordsResponseBodyResultResultList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for FindTargetRelatedFollowRecordsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FindTargetRelatedFollowRecordsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "resultList" => rt::read_field(map, &mut self.result_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FindTargetRelatedFollowRecordsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("resultList", &self.result_list)?;
        object.end()
    }
}
/// `GetAllCustomerRecyclesResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllCustomerRecyclesResponseBodyResultList {
    /// `customerId`.
    pub customer_id: Option<String>,
    /// `followUpActionTime`.
    pub follow_up_action_time: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `notifyTime`.
    pub notify_time: Option<String>,
    /// `recycleRuleId`.
    pub recycle_rule_id: Option<i64>,
    /// `recycleTime`.
    pub recycle_time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllCustomerRecyclesResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllCustomerRecyclesResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerId" => rt::read_field(map, &mut self.customer_id),
            "followUpActionTime" => rt::read_field(map, &mut self.follow_up_action_time),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "notifyTime" => rt::read_field(map, &mut self.notify_time),
            "recycleRuleId" => rt::read_field(map, &mut self.recycle_rule_id),
            "recycleTime" => rt::read_field(map, &mut self.recycle_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllCustomerRecyclesResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customerId", &self.customer_id)?;
        object.optional("followUpActionTime", &self.follow_up_action_time)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("notifyTime", &self.notify_time)?;
        object.optional("recycleRuleId", &self.recycle_rule_id)?;
        object.optional("recycleTime", &self.recycle_time)?;
        object.end()
    }
}
/// `GetContactsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContactsResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `values`.
    pub values: Option<Vec<GetContactsResponseBodyResultValues>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContactsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContactsResponseBodyResult {
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
impl rt::serde::Serialize for GetContactsResponseBodyResult {
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
/// `GetCrmGroupChatMultiResponseBodyResult`: the same model as [`GetCrmGroupChatSingleResponseBody`].
pub type GetCrmGroupChatMultiResponseBodyResult = GetCrmGroupChatSingleResponseBody;
/// `GetCrmRolePermissionResponseBodyPermissions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissions {
    /// `defaultRole`.
    pub default_role: Option<bool>,
    /// `fieldScopes`.
    pub field_scopes: Option<
        Vec<GetCrmRolePermissionResponseBodyPermissionsFieldScopes>,
    >,
    /// `managingScopeList`.
    pub managing_scope_list: Option<
        Vec<GetCrmRolePermissionResponseBodyPermissionsManagingScopeList>,
    >,
    /// `operateScopes`.
    pub operate_scopes: Option<
        Vec<GetCrmRolePermissionResponseBodyPermissionsOperateScopes>,
    >,
    /// `resourceId`.
    pub resource_id: Option<String>,
    /// `roleId`.
    pub role_id: Option<f64>,
    /// `roleMemberList`.
    pub role_member_list: Option<
        Vec<GetCrmRolePermissionResponseBodyPermissionsRoleMemberList>,
    >,
    /// `roleName`.
    pub role_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCrmRolePermissionResponseBodyPermissions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmRolePermissionResponseBodyPermissions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "defaultRole" => rt::read_field(map, &mut self.default_role),
            "fieldScopes" => rt::read_field(map, &mut self.field_scopes),
            "managingScopeList" => rt::read_field(map, &mut self.managing_scope_list),
            "operateScopes" => rt::read_field(map, &mut self.operate_scopes),
            "resourceId" => rt::read_field(map, &mut self.resource_id),
            "roleId" => rt::read_field(map, &mut self.role_id),
            "roleMemberList" => rt::read_field(map, &mut self.role_member_list),
            "roleName" => rt::read_field(map, &mut self.role_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCrmRolePermissionResponseBodyPermissions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("defaultRole", &self.default_role)?;
        object.optional("fieldScopes", &self.field_scopes)?;
        object.optional("managingScopeList", &self.managing_scope_list)?;
        object.optional("operateScopes", &self.operate_scopes)?;
        object.optional("resourceId", &self.resource_id)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("roleMemberList", &self.role_member_list)?;
        object.optional("roleName", &self.role_name)?;
        object.end()
    }
}
/// `GetCustomerTracksByRelationIdResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerTracksByRelationIdResponseBodyResultList {
    /// `content`.
    pub content: Option<String>,
    /// `creatorName`.
    pub creator_name: Option<String>,
    /// `detail`.
    pub detail: Option<rt::BTreeMap<String, String>>,
    /// `format`.
    pub format: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isvInfo`.
    pub isv_info: Option<GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `typeGroup`.
    pub type_group: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCustomerTracksByRelationIdResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerTracksByRelationIdResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "creatorName" => rt::read_field(map, &mut self.creator_name),
            "detail" => rt::read_field(map, &mut self.detail),
            "format" => rt::read_field(map, &mut self.format),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "id" => rt::read_field(map, &mut self.id),
            "isvInfo" => rt::read_field(map, &mut self.isv_info),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "typeGroup" => rt::read_field(map, &mut self.type_group),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerTracksByRelationIdResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("creatorName", &self.creator_name)?;
        object.optional("detail", &self.detail)?;
        object.optional("format", &self.format)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("id", &self.id)?;
        object.optional("isvInfo", &self.isv_info)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("typeGroup", &self.type_group)?;
        object.end()
    }
}
/// `GetGroupSetResponseBodyManager`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type GetGroupSetResponseBodyManager = CreateGroupSetResponseBodyManager;
/// `GetGroupSetResponseBodyOwner`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type GetGroupSetResponseBodyOwner = CreateGroupSetResponseBodyManager;
/// `GetInAppPurchaseGoodsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsResponseBodyResult {
    /// `orderVersion`.
    pub order_version: Option<String>,
    /// `purchaseGoodsList`.
    pub purchase_goods_list: Option<
        Vec<GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetInAppPurchaseGoodsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInAppPurchaseGoodsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orderVersion" => rt::read_field(map, &mut self.order_version),
            "purchaseGoodsList" => rt::read_field(map, &mut self.purchase_goods_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInAppPurchaseGoodsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("orderVersion", &self.order_version)?;
        object.optional("purchaseGoodsList", &self.purchase_goods_list)?;
        object.end()
    }
}
/// `GetNavigationCatalogResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetNavigationCatalogResponseBodyResult {
    /// `bizTraceId`.
    pub biz_trace_id: Option<String>,
    /// `module`.
    pub module: Option<String>,
    /// `navCatalog`.
    pub nav_catalog: Option<Vec<GetNavigationCatalogResponseBodyResultNavCatalog>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetNavigationCatalogResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetNavigationCatalogResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTraceId" => rt::read_field(map, &mut self.biz_trace_id),
            "module" => rt::read_field(map, &mut self.module),
            "navCatalog" => rt::read_field(map, &mut self.nav_catalog),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetNavigationCatalogResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTraceId", &self.biz_trace_id)?;
        object.optional("module", &self.module)?;
        object.optional("navCatalog", &self.nav_catalog)?;
        object.end()
    }
}
/// `GetObjectDataResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetObjectDataResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `values`.
    pub values: Option<Vec<GetObjectDataResponseBodyResultValues>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetObjectDataResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetObjectDataResponseBodyResult {
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
impl rt::serde::Serialize for GetObjectDataResponseBodyResult {
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
/// `GetOfficialAccountContactsResponseBodyValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOfficialAccountContactsResponseBodyValues {
    /// `contacts`.
    pub contacts: Option<Vec<GetOfficialAccountContactsResponseBodyValuesContacts>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOfficialAccountContactsResponseBodyValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOfficialAccountContactsResponseBodyValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contacts" => rt::read_field(map, &mut self.contacts),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOfficialAccountContactsResponseBodyValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contacts", &self.contacts)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetOfficialAccountOTOMessageResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOfficialAccountOTOMessageResultResponseBodyResult {
    /// `readUserIdList`.
    pub read_user_id_list: Option<Vec<String>>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetOfficialAccountOTOMessageResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOfficialAccountOTOMessageResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "readUserIdList" => rt::read_field(map, &mut self.read_user_id_list),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOfficialAccountOTOMessageResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("readUserIdList", &self.read_user_id_list)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetRelatedViewTabDataResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelatedViewTabDataResponseBodyResult {
    /// `page`.
    pub page: Option<GetRelatedViewTabDataResponseBodyResultPage>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelatedViewTabDataResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelatedViewTabDataResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "page" => rt::read_field(map, &mut self.page),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelatedViewTabDataResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("page", &self.page)?;
        object.end()
    }
}
/// `GetRelatedViewTabMetaResponseBodyResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelatedViewTabMetaResponseBodyResults {
    /// `formCode`.
    pub form_code: Option<String>,
    /// `relateComponentId`.
    pub relate_component_id: Option<String>,
    /// `tabTitle`.
    pub tab_title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelatedViewTabMetaResponseBodyResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelatedViewTabMetaResponseBodyResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formCode" => rt::read_field(map, &mut self.form_code),
            "relateComponentId" => rt::read_field(map, &mut self.relate_component_id),
            "tabTitle" => rt::read_field(map, &mut self.tab_title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelatedViewTabMetaResponseBodyResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("relateComponentId", &self.relate_component_id)?;
        object.optional("tabTitle", &self.tab_title)?;
        object.end()
    }
}
/// `GetRelationUkSettingResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBodyResult {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelationUkSettingResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelationUkSettingResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelationUkSettingResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("fieldId", &self.field_id)?;
        object.end()
    }
}
/// `ListAvailableBenefitResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAvailableBenefitResponseBodyResult {
    /// `benefitCode`.
    pub benefit_code: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `quota`.
    pub quota: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
    /// `version`.
    pub version: Option<String>,
    /// `versionName`.
    pub version_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAvailableBenefitResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAvailableBenefitResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCode" => rt::read_field(map, &mut self.benefit_code),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "quota" => rt::read_field(map, &mut self.quota),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            "version" => rt::read_field(map, &mut self.version),
            "versionName" => rt::read_field(map, &mut self.version_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAvailableBenefitResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("benefitCode", &self.benefit_code)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("quota", &self.quota)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.optional("version", &self.version)?;
        object.optional("versionName", &self.version_name)?;
        object.end()
    }
}
/// `ListBenefitLicenseResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBenefitLicenseResponseBodyResult {
    /// `domain`.
    pub domain: Option<String>,
    /// `licenses`.
    pub licenses: Option<Vec<ListBenefitLicenseResponseBodyResultLicenses>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListBenefitLicenseResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListBenefitLicenseResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domain" => rt::read_field(map, &mut self.domain),
            "licenses" => rt::read_field(map, &mut self.licenses),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListBenefitLicenseResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("domain", &self.domain)?;
        object.optional("licenses", &self.licenses)?;
        object.end()
    }
}
/// `ListClueTagResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListClueTagResponseBodyResult {
    /// `name`.
    pub name: Option<String>,
    /// `tagId`.
    pub tag_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListClueTagResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListClueTagResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "tagId" => rt::read_field(map, &mut self.tag_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListClueTagResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("tagId", &self.tag_id)?;
        object.end()
    }
}
/// `ListCrmPersonalCustomersResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCrmPersonalCustomersResponseBodyResult {
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
    /// `permission`.
    pub permission: Option<ListCrmPersonalCustomersResponseBodyResultPermission>,
    /// `procInstStatus`.
    pub proc_inst_status: Option<String>,
    /// `procOutResult`.
    pub proc_out_result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCrmPersonalCustomersResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCrmPersonalCustomersResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUuid" => rt::read_field(map, &mut self.app_uuid),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "permission" => rt::read_field(map, &mut self.permission),
            "procInstStatus" => rt::read_field(map, &mut self.proc_inst_status),
            "procOutResult" => rt::read_field(map, &mut self.proc_out_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCrmPersonalCustomersResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("objectType", &self.object_type)?;
        object.optional("permission", &self.permission)?;
        object.optional("procInstStatus", &self.proc_inst_status)?;
        object.optional("procOutResult", &self.proc_out_result)?;
        object.end()
    }
}
/// `ListGroupSetResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListGroupSetResponseBodyResultList {
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `groupChatCount`.
    pub group_chat_count: Option<i64>,
    /// `lastOpenConversationId`.
    pub last_open_conversation_id: Option<String>,
    /// `manager`.
    pub manager: Option<Vec<ListGroupSetResponseBodyResultListManager>>,
    /// `managerUserIds`.
    pub manager_user_ids: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `memberQuota`.
    pub member_quota: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `notice`.
    pub notice: Option<String>,
    /// `noticeToped`.
    pub notice_toped: Option<i64>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `owner`.
    pub owner: Option<ListGroupSetResponseBodyResultListOwner>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `relationType`.
    pub relation_type: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListGroupSetResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListGroupSetResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "groupChatCount" => rt::read_field(map, &mut self.group_chat_count),
            "lastOpenConversationId" => {
                rt::read_field(map, &mut self.last_open_conversation_id)
            }
            "manager" => rt::read_field(map, &mut self.manager),
            "managerUserIds" => rt::read_field(map, &mut self.manager_user_ids),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "memberQuota" => rt::read_field(map, &mut self.member_quota),
            "name" => rt::read_field(map, &mut self.name),
            "notice" => rt::read_field(map, &mut self.notice),
            "noticeToped" => rt::read_field(map, &mut self.notice_toped),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "owner" => rt::read_field(map, &mut self.owner),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListGroupSetResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("groupChatCount", &self.group_chat_count)?;
        object.optional("lastOpenConversationId", &self.last_open_conversation_id)?;
        object.optional("manager", &self.manager)?;
        object.optional("managerUserIds", &self.manager_user_ids)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("memberQuota", &self.member_quota)?;
        object.optional("name", &self.name)?;
        object.optional("notice", &self.notice)?;
        object.optional("noticeToped", &self.notice_toped)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("owner", &self.owner)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("relationType", &self.relation_type)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
/// `QueryAllCustomerResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllCustomerResponseBodyResult {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `values`.
    pub values: Option<Vec<QueryAllCustomerResponseBodyResultValues>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllCustomerResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllCustomerResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAllCustomerResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `QueryAllTracksResponseBodyValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllTracksResponseBodyValues {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `creator`.
    pub creator: Option<String>,
    /// `customerId`.
    pub customer_id: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `subType`.
    pub sub_type: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllTracksResponseBodyValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllTracksResponseBodyValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "creator" => rt::read_field(map, &mut self.creator),
            "customerId" => rt::read_field(map, &mut self.customer_id),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "id" => rt::read_field(map, &mut self.id),
            "subType" => rt::read_field(map, &mut self.sub_type),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAllTracksResponseBodyValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("creator", &self.creator)?;
        object.optional("customerId", &self.customer_id)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("id", &self.id)?;
        object.optional("subType", &self.sub_type)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `QueryAppManagerResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAppManagerResponseBodyResult {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAppManagerResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAppManagerResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAppManagerResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryBenefitInventoryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBenefitInventoryResponseBodyResult {
    /// `totalQuota`.
    pub total_quota: Option<i64>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBenefitInventoryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBenefitInventoryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "totalQuota" => rt::read_field(map, &mut self.total_quota),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBenefitInventoryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("totalQuota", &self.total_quota)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
/// `QueryClueFollowStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryClueFollowStatusResponseBodyResult {
    /// `clueId`.
    pub clue_id: Option<String>,
    /// `scope`.
    pub scope: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryClueFollowStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryClueFollowStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clueId" => rt::read_field(map, &mut self.clue_id),
            "scope" => rt::read_field(map, &mut self.scope),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryClueFollowStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("clueId", &self.clue_id)?;
        object.optional("scope", &self.scope)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryCrmGroupChatsResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCrmGroupChatsResponseBodyResultList {
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `ownerUserName`.
    pub owner_user_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCrmGroupChatsResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCrmGroupChatsResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "name" => rt::read_field(map, &mut self.name),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "ownerUserName" => rt::read_field(map, &mut self.owner_user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCrmGroupChatsResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("name", &self.name)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("ownerUserName", &self.owner_user_name)?;
        object.end()
    }
}
/// `QueryCrmPersonalCustomerResponseBodyValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCrmPersonalCustomerResponseBodyValues {
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
    /// `permission`.
    pub permission: Option<QueryCrmPersonalCustomerResponseBodyValuesPermission>,
    /// `procInstStatus`.
    pub proc_inst_status: Option<String>,
    /// `procOutResult`.
    pub proc_out_result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCrmPersonalCustomerResponseBodyValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCrmPersonalCustomerResponseBodyValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "permission" => rt::read_field(map, &mut self.permission),
            "procInstStatus" => rt::read_field(map, &mut self.proc_inst_status),
            "procOutResult" => rt::read_field(map, &mut self.proc_out_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCrmPersonalCustomerResponseBodyValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("objectType", &self.object_type)?;
        object.optional("permission", &self.permission)?;
        object.optional("procInstStatus", &self.proc_inst_status)?;
        object.optional("procOutResult", &self.proc_out_result)?;
        object.end()
    }
}
/// `QueryCustomerBizTypeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomerBizTypeResponseBodyResult {
    /// `customerBizType`.
    pub customer_biz_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerBizTypeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomerBizTypeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerBizType" => rt::read_field(map, &mut self.customer_biz_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCustomerBizTypeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customerBizType", &self.customer_biz_type)?;
        object.end()
    }
}
/// `QueryGlobalInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGlobalInfoResponseBodyResult {
    /// `oemEnable`.
    pub oem_enable: Option<bool>,
    /// `t2t3Coexist`.
    pub t2t3_coexist: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGlobalInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGlobalInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "oemEnable" => rt::read_field(map, &mut self.oem_enable),
            "t2t3Coexist" => rt::read_field(map, &mut self.t2t3_coexist),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGlobalInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("oemEnable", &self.oem_enable)?;
        object.optional("t2t3Coexist", &self.t2t3_coexist)?;
        object.end()
    }
}
/// `QueryOfficialAccountUserBasicInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOfficialAccountUserBasicInfoResponseBodyResult {
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryOfficialAccountUserBasicInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOfficialAccountUserBasicInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOfficialAccountUserBasicInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryRelationDatasByTargetIdResponseBodyRelations`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRelationDatasByTargetIdResponseBodyRelations {
    /// `bizDataList`.
    pub biz_data_list: Option<
        Vec<QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList>,
    >,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
    /// `relationId`.
    pub relation_id: Option<String>,
    /// `relationType`.
    pub relation_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryRelationDatasByTargetIdResponseBodyRelations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRelationDatasByTargetIdResponseBodyRelations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizDataList" => rt::read_field(map, &mut self.biz_data_list),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "relationId" => rt::read_field(map, &mut self.relation_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRelationDatasByTargetIdResponseBodyRelations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizDataList", &self.biz_data_list)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.optional("relationId", &self.relation_id)?;
        object.optional("relationType", &self.relation_type)?;
        object.end()
    }
}
/// `SaveBenefitLicenseResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveBenefitLicenseResponseBodyResult {
    /// `domain`.
    pub domain: Option<String>,
    /// `licenses`.
    pub licenses: Option<Vec<SaveBenefitLicenseResponseBodyResultLicenses>>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveBenefitLicenseResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveBenefitLicenseResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domain" => rt::read_field(map, &mut self.domain),
            "licenses" => rt::read_field(map, &mut self.licenses),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SaveBenefitLicenseResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("domain", &self.domain)?;
        object.optional("licenses", &self.licenses)?;
        object.end()
    }
}
/// `SendOfficialAccountOTOMessageRequestDetailMessageBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOfficialAccountOTOMessageRequestDetailMessageBody {
    /// `actionCard`.
    pub action_card: Option<
        SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard,
    >,
    /// `image`.
    pub image: Option<SendOfficialAccountOTOMessageRequestDetailMessageBodyImage>,
    /// `link`.
    pub link: Option<SendOfficialAccountOTOMessageRequestDetailMessageBodyLink>,
    /// `markdown`.
    pub markdown: Option<SendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown>,
    /// `text`.
    pub text: Option<SendOfficialAccountOTOMessageRequestDetailMessageBodyText>,
}
impl SendOfficialAccountOTOMessageRequestDetailMessageBody {
    /// An empty `SendOfficialAccountOTOMessageRequestDetailMessageBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionCard`.
    pub fn action_card(
        mut self,
        value: SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard,
    ) -> Self {
        self.action_card = Some(value);
        self
    }
    /// Sets `image`.
    pub fn image(
        mut self,
        value: SendOfficialAccountOTOMessageRequestDetailMessageBodyImage,
    ) -> Self {
        self.image = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(
        mut self,
        value: SendOfficialAccountOTOMessageRequestDetailMessageBodyLink,
    ) -> Self {
        self.link = Some(value);
        self
    }
    /// Sets `markdown`.
    pub fn markdown(
        mut self,
        value: SendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown,
    ) -> Self {
        self.markdown = Some(value);
        self
    }
    /// Sets `text`.
    pub fn text(
        mut self,
        value: SendOfficialAccountOTOMessageRequestDetailMessageBodyText,
    ) -> Self {
        self.text = Some(value);
        self
    }
}
impl rt::serde::Serialize for SendOfficialAccountOTOMessageRequestDetailMessageBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionCard", &self.action_card)?;
        object.optional("image", &self.image)?;
        object.optional("link", &self.link)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendOfficialAccountOTOMessageRequestDetailMessageBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountOTOMessageRequestDetailMessageBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionCard" => rt::read_field(map, &mut self.action_card),
            "image" => rt::read_field(map, &mut self.image),
            "link" => rt::read_field(map, &mut self.link),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `SendOfficialAccountOTOMessageResponseBodyResult`: the same model as [`BatchSendOfficialAccountOTOMessageResponseBodyResult`].
pub type SendOfficialAccountOTOMessageResponseBodyResult = BatchSendOfficialAccountOTOMessageResponseBodyResult;
/// `SendOfficialAccountSNSMessageRequestDetailMessageBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequestDetailMessageBody {
    /// `actionCard`.
    pub action_card: Option<
        SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard,
    >,
    /// `link`.
    pub link: Option<SendOfficialAccountSNSMessageRequestDetailMessageBodyLink>,
    /// `markdown`.
    pub markdown: Option<SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown>,
    /// `text`.
    pub text: Option<SendOfficialAccountSNSMessageRequestDetailMessageBodyText>,
}
impl SendOfficialAccountSNSMessageRequestDetailMessageBody {
    /// An empty `SendOfficialAccountSNSMessageRequestDetailMessageBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionCard`.
    pub fn action_card(
        mut self,
        value: SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard,
    ) -> Self {
        self.action_card = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(
        mut self,
        value: SendOfficialAccountSNSMessageRequestDetailMessageBodyLink,
    ) -> Self {
        self.link = Some(value);
        self
    }
    /// Sets `markdown`.
    pub fn markdown(
        mut self,
        value: SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown,
    ) -> Self {
        self.markdown = Some(value);
        self
    }
    /// Sets `text`.
    pub fn text(
        mut self,
        value: SendOfficialAccountSNSMessageRequestDetailMessageBodyText,
    ) -> Self {
        self.text = Some(value);
        self
    }
}
impl rt::serde::Serialize for SendOfficialAccountSNSMessageRequestDetailMessageBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionCard", &self.action_card)?;
        object.optional("link", &self.link)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendOfficialAccountSNSMessageRequestDetailMessageBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountSNSMessageRequestDetailMessageBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionCard" => rt::read_field(map, &mut self.action_card),
            "link" => rt::read_field(map, &mut self.link),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `SendOfficialAccountSNSMessageResponseBodyResult`: the same model as [`BatchSendOfficialAccountOTOMessageResponseBodyResult`].
pub type SendOfficialAccountSNSMessageResponseBodyResult = BatchSendOfficialAccountOTOMessageResponseBodyResult;
/// `ServiceWindowMessageBatchPushRequestDetailMessageBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ServiceWindowMessageBatchPushRequestDetailMessageBody {
    /// `actionCard`.
    pub action_card: Option<
        ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard,
    >,
    /// `link`.
    pub link: Option<ServiceWindowMessageBatchPushRequestDetailMessageBodyLink>,
    /// `markdown`.
    pub markdown: Option<ServiceWindowMessageBatchPushRequestDetailMessageBodyMarkdown>,
    /// `text`.
    pub text: Option<ServiceWindowMessageBatchPushRequestDetailMessageBodyText>,
}
impl ServiceWindowMessageBatchPushRequestDetailMessageBody {
    /// An empty `ServiceWindowMessageBatchPushRequestDetailMessageBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionCard`.
    pub fn action_card(
        mut self,
        value: ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard,
    ) -> Self {
        self.action_card = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(
        mut self,
        value: ServiceWindowMessageBatchPushRequestDetailMessageBodyLink,
    ) -> Self {
        self.link = Some(value);
        self
    }
    /// Sets `markdown`.
    pub fn markdown(
        mut self,
        value: ServiceWindowMessageBatchPushRequestDetailMessageBodyMarkdown,
    ) -> Self {
        self.markdown = Some(value);
        self
    }
    /// Sets `text`.
    pub fn text(
        mut self,
        value: ServiceWindowMessageBatchPushRequestDetailMessageBodyText,
    ) -> Self {
        self.text = Some(value);
        self
    }
}
impl rt::serde::Serialize for ServiceWindowMessageBatchPushRequestDetailMessageBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionCard", &self.action_card)?;
        object.optional("link", &self.link)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ServiceWindowMessageBatchPushRequestDetailMessageBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ServiceWindowMessageBatchPushRequestDetailMessageBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionCard" => rt::read_field(map, &mut self.action_card),
            "link" => rt::read_field(map, &mut self.link),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `ServiceWindowMessageBatchPushResponseBodyResult`: the same model as [`BatchSendOfficialAccountOTOMessageResponseBodyResult`].
pub type ServiceWindowMessageBatchPushResponseBodyResult = BatchSendOfficialAccountOTOMessageResponseBodyResult;
/// `UpdateMenuDataRequestNavDataNavExtInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateMenuDataRequestNavDataNavExtInfo {
    /// `productMode`.
    pub product_mode: Option<String>,
    /// `provider`.
    pub provider: Option<String>,
}
impl UpdateMenuDataRequestNavDataNavExtInfo {
    /// An empty `UpdateMenuDataRequestNavDataNavExtInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `productMode`.
    pub fn product_mode(mut self, value: impl Into<String>) -> Self {
        self.product_mode = Some(value.into());
        self
    }
    /// Sets `provider`.
    pub fn provider(mut self, value: impl Into<String>) -> Self {
        self.provider = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateMenuDataRequestNavDataNavExtInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("productMode", &self.product_mode)?;
        object.optional("provider", &self.provider)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMenuDataRequestNavDataNavExtInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMenuDataRequestNavDataNavExtInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "productMode" => rt::read_field(map, &mut self.product_mode),
            "provider" => rt::read_field(map, &mut self.provider),
            _ => Ok(false),
        }
    }
}
/// `UpdateMetaModelFieldRequestFieldDTOListProps`: the same model as [`AddMetaModelFieldRequestFieldDTOListProps`].
pub type UpdateMetaModelFieldRequestFieldDTOListProps = AddMetaModelFieldRequestFieldDTOListProps;
/// `UpdateRelationMetaFieldRequestFieldDTOListProps`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRelationMetaFieldRequestFieldDTOListProps {
    /// `align`.
    pub align: Option<String>,
    /// `bizAlias`.
    pub biz_alias: String,
    /// `choice`.
    pub choice: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<bool>,
    /// `fieldId`.
    pub field_id: String,
    /// `format`.
    pub format: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: String,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `link`.
    pub link: Option<String>,
    /// `needDetail`.
    pub need_detail: Option<String>,
    /// `notPrint`.
    pub not_print: Option<String>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `options`.
    pub options: Option<Vec<UpdateRelationMetaFieldRequestFieldDTOListPropsOptions>>,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: bool,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `sortable`.
    pub sortable: Option<bool>,
    /// `unit`.
    pub unit: Option<String>,
}
impl UpdateRelationMetaFieldRequestFieldDTOListProps {
    /// A `UpdateRelationMetaFieldRequestFieldDTOListProps` with its required fields (`bizAlias`, `fieldId`, `label`, `required`); set the others with the methods named after them.
    pub fn new(
        biz_alias: impl Into<String>,
        field_id: impl Into<String>,
        label: impl Into<String>,
        required: bool,
    ) -> Self {
        Self {
            align: None,
            biz_alias: biz_alias.into(),
            choice: None,
            content: None,
            disabled: None,
            duration: None,
            field_id: field_id.into(),
            format: None,
            invisible: None,
            label: label.into(),
            label_editable_freeze: None,
            link: None,
            need_detail: None,
            not_print: None,
            not_upper: None,
            options: None,
            pay_enable: None,
            placeholder: None,
            required,
            required_editable_freeze: None,
            sortable: None,
            unit: None,
        }
    }
    /// Sets `align`.
    pub fn align(mut self, value: impl Into<String>) -> Self {
        self.align = Some(value.into());
        self
    }
    /// Sets `choice`.
    pub fn choice(mut self, value: i64) -> Self {
        self.choice = Some(value);
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
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
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `invisible`.
    pub fn invisible(mut self, value: bool) -> Self {
        self.invisible = Some(value);
        self
    }
    /// Sets `labelEditableFreeze`.
    pub fn label_editable_freeze(mut self, value: bool) -> Self {
        self.label_editable_freeze = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
    /// Sets `needDetail`.
    pub fn need_detail(mut self, value: impl Into<String>) -> Self {
        self.need_detail = Some(value.into());
        self
    }
    /// Sets `notPrint`.
    pub fn not_print(mut self, value: impl Into<String>) -> Self {
        self.not_print = Some(value.into());
        self
    }
    /// Sets `notUpper`.
    pub fn not_upper(mut self, value: impl Into<String>) -> Self {
        self.not_upper = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(
        mut self,
        value: impl IntoIterator<
            Item = UpdateRelationMetaFieldRequestFieldDTOListPropsOptions,
        >,
    ) -> Self {
        self.options = Some(value.into_iter().collect());
        self
    }
    /// Sets `payEnable`.
    pub fn pay_enable(mut self, value: bool) -> Self {
        self.pay_enable = Some(value);
        self
    }
    /// Sets `placeholder`.
    pub fn placeholder(mut self, value: impl Into<String>) -> Self {
        self.placeholder = Some(value.into());
        self
    }
    /// Sets `requiredEditableFreeze`.
    pub fn required_editable_freeze(mut self, value: bool) -> Self {
        self.required_editable_freeze = Some(value);
        self
    }
    /// Sets `sortable`.
    pub fn sortable(mut self, value: bool) -> Self {
        self.sortable = Some(value);
        self
    }
    /// Sets `unit`.
    pub fn unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateRelationMetaFieldRequestFieldDTOListProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("align", &self.align)?;
        object.field("bizAlias", &self.biz_alias)?;
        object.optional("choice", &self.choice)?;
        object.optional("content", &self.content)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.field("fieldId", &self.field_id)?;
        object.optional("format", &self.format)?;
        object.optional("invisible", &self.invisible)?;
        object.field("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("link", &self.link)?;
        object.optional("needDetail", &self.need_detail)?;
        object.optional("notPrint", &self.not_print)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.field("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("sortable", &self.sortable)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateRelationMetaFieldRequestFieldDTOListProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRelationMetaFieldRequestFieldDTOListProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "align" => rt::read_field(map, &mut self.align),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "choice" => rt::read_field(map, &mut self.choice),
            "content" => rt::read_field(map, &mut self.content),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "format" => rt::read_field(map, &mut self.format),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "link" => rt::read_field(map, &mut self.link),
            "needDetail" => rt::read_field(map, &mut self.need_detail),
            "notPrint" => rt::read_field(map, &mut self.not_print),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "sortable" => rt::read_field(map, &mut self.sortable),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
/// `AddMetaModelFieldRequestFieldDTOListPropsOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddMetaModelFieldRequestFieldDTOListPropsOptions {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl AddMetaModelFieldRequestFieldDTOListPropsOptions {
    /// An empty `AddMetaModelFieldRequestFieldDTOListPropsOptions`; set fields with the methods named after them.
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
impl rt::serde::Serialize for AddMetaModelFieldRequestFieldDTOListPropsOptions {
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
impl<'de> rt::serde::Deserialize<'de>
for AddMetaModelFieldRequestFieldDTOListPropsOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddMetaModelFieldRequestFieldDTOListPropsOptions {
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
/// `AddRelationMetaFieldRequestFieldDTOListPropsOptions`: the same model as [`AddMetaModelFieldRequestFieldDTOListPropsOptions`].
pub type AddRelationMetaFieldRequestFieldDTOListPropsOptions = AddMetaModelFieldRequestFieldDTOListPropsOptions;
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard {
    /// `buttonList`.
    pub button_list: Option<
        Vec<
            BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList,
        >,
    >,
    /// `buttonOrientation`.
    pub button_orientation: Option<String>,
    /// `markdown`.
    pub markdown: Option<String>,
    /// `singleTitle`.
    pub single_title: Option<String>,
    /// `singleUrl`.
    pub single_url: Option<String>,
    /// `title`.
    pub title: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard` with its required fields (`title`); set the others with the methods named after them.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            button_list: None,
            button_orientation: None,
            markdown: None,
            single_title: None,
            single_url: None,
            title: title.into(),
        }
    }
    /// Sets `buttonList`.
    pub fn button_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList,
        >,
    ) -> Self {
        self.button_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `buttonOrientation`.
    pub fn button_orientation(mut self, value: impl Into<String>) -> Self {
        self.button_orientation = Some(value.into());
        self
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: impl Into<String>) -> Self {
        self.markdown = Some(value.into());
        self
    }
    /// Sets `singleTitle`.
    pub fn single_title(mut self, value: impl Into<String>) -> Self {
        self.single_title = Some(value.into());
        self
    }
    /// Sets `singleUrl`.
    pub fn single_url(mut self, value: impl Into<String>) -> Self {
        self.single_url = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("buttonList", &self.button_list)?;
        object.optional("buttonOrientation", &self.button_orientation)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("singleTitle", &self.single_title)?;
        object.optional("singleUrl", &self.single_url)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "buttonList" => rt::read_field(map, &mut self.button_list),
            "buttonOrientation" => rt::read_field(map, &mut self.button_orientation),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "singleTitle" => rt::read_field(map, &mut self.single_title),
            "singleUrl" => rt::read_field(map, &mut self.single_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink {
    /// `messageUrl`.
    pub message_url: String,
    /// `picUrl`.
    pub pic_url: String,
    /// `text`.
    pub text: String,
    /// `title`.
    pub title: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink` with its required fields (`messageUrl`, `picUrl`, `text`, `title`); set the others with the methods named after them.
    pub fn new(
        message_url: impl Into<String>,
        pic_url: impl Into<String>,
        text: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            message_url: message_url.into(),
            pic_url: pic_url.into(),
            text: text.into(),
            title: title.into(),
        }
    }
}
impl rt::serde::Serialize
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageUrl", &self.message_url)?;
        object.field("picUrl", &self.pic_url)?;
        object.field("text", &self.text)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageUrl" => rt::read_field(map, &mut self.message_url),
            "picUrl" => rt::read_field(map, &mut self.pic_url),
            "text" => rt::read_field(map, &mut self.text),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown {
    /// `text`.
    pub text: String,
    /// `title`.
    pub title: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown` with its required fields (`text`, `title`); set the others with the methods named after them.
    pub fn new(text: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            title: title.into(),
        }
    }
}
impl rt::serde::Serialize
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("text", &self.text)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "text" => rt::read_field(map, &mut self.text),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText {
    /// `content`.
    pub content: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>) -> Self {
        Self { content: content.into() }
    }
}
impl rt::serde::Serialize
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
}
/// `CreateRelationMetaRequestRelationMetaDTOItemsProps`: the same model as [`AddRelationMetaFieldRequestFieldDTOListProps`].
pub type CreateRelationMetaRequestRelationMetaDTOItemsProps = AddRelationMetaFieldRequestFieldDTOListProps;
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFields {
    /// `format`.
    pub format: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nillable`.
    pub nillable: Option<bool>,
    /// `selectOptions`.
    pub select_options: Option<
        Vec<
            DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFieldsSelectOptions,
        >,
    >,
    /// `type`.
    pub r#type: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "format" => rt::read_field(map, &mut self.format),
            "label" => rt::read_field(map, &mut self.label),
            "name" => rt::read_field(map, &mut self.name),
            "nillable" => rt::read_field(map, &mut self.nillable),
            "selectOptions" => rt::read_field(map, &mut self.select_options),
            "type" => rt::read_field(map, &mut self.r#type),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("format", &self.format)?;
        object.optional("label", &self.label)?;
        object.optional("name", &self.name)?;
        object.optional("nillable", &self.nillable)?;
        object.optional("selectOptions", &self.select_options)?;
        object.optional("type", &self.r#type)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
}
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields {
    /// `aggregator`.
    pub aggregator: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aggregator" => rt::read_field(map, &mut self.aggregator),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aggregator", &self.aggregator)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions {
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItems {
    /// `children`.
    pub children: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren>,
    >,
    /// `componentName`.
    pub component_name: Option<String>,
    /// `props`.
    pub props: Option<DescribeMetaModelResponseBodyMetaModelDTOListItemsProps>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItems {
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
impl rt::serde::Serialize for DescribeMetaModelResponseBodyMetaModelDTOListItems {
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
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItems`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItems`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItems = DescribeMetaModelResponseBodyMetaModelDTOListItems;
/// `FindTargetRelatedFollowRecordsResponseBodyResultResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FindTargetRelatedFollowRecordsResponseBodyResultResultList {
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `followContent`.
    pub follow_content: Option<
        Vec<FindTargetRelatedFollowRecordsResponseBodyResultResultListFollowContent>,
    >,
    /// `followTargetDataId`.
    pub follow_target_data_id: Option<String>,
    /// `followTargetType`.
    pub follow_target_type: Option<String>,
    /// `gmtCreateMilliseconds`.
    pub gmt_create_milliseconds: Option<String>,
    /// `gmtModifiedMilliseconds`.
    pub gmt_modified_milliseconds: Option<String>,
    /// `modifierUserId`.
    pub modifier_user_id: Option<String>,
    /// `recordInstId`.
    pub record_inst_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for FindTargetRelatedFollowRecordsResponseBodyResultResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FindTargetRelatedFollowRecordsResponseBodyResultResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "followContent" => rt::read_field(map, &mut self.follow_content),
            "followTargetDataId" => rt::read_field(map, &mut self.follow_target_data_id),
            "followTargetType" => rt::read_field(map, &mut self.follow_target_type),
            "gmtCreateMilliseconds" => {
                rt::read_field(map, &mut self.gmt_create_milliseconds)
            }
            "gmtModifiedMilliseconds" => {
                rt::read_field(map, &mut self.gmt_modified_milliseconds)
            }
            "modifierUserId" => rt::read_field(map, &mut self.modifier_user_id),
            "recordInstId" => rt::read_field(map, &mut self.record_inst_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for FindTargetRelatedFollowRecordsResponseBodyResultResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("followContent", &self.follow_content)?;
        object.optional("followTargetDataId", &self.follow_target_data_id)?;
        object.optional("followTargetType", &self.follow_target_type)?;
        object.optional("gmtCreateMilliseconds", &self.gmt_create_milliseconds)?;
        object.optional("gmtModifiedMilliseconds", &self.gmt_modified_milliseconds)?;
        object.optional("modifierUserId", &self.modifier_user_id)?;
        object.optional("recordInstId", &self.record_inst_id)?;
        object.end()
    }
}
/// `GetContactsResponseBodyResultValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContactsResponseBodyResultValues {
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
    /// `permission`.
    pub permission: Option<GetContactsResponseBodyResultValuesPermission>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContactsResponseBodyResultValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContactsResponseBodyResultValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "permission" => rt::read_field(map, &mut self.permission),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContactsResponseBodyResultValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("objectType", &self.object_type)?;
        object.optional("permission", &self.permission)?;
        object.end()
    }
}
/// `GetCrmRolePermissionResponseBodyPermissionsFieldScopes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissionsFieldScopes {
    /// `fieldActions`.
    pub field_actions: Option<Vec<String>>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCrmRolePermissionResponseBodyPermissionsFieldScopes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmRolePermissionResponseBodyPermissionsFieldScopes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldActions" => rt::read_field(map, &mut self.field_actions),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCrmRolePermissionResponseBodyPermissionsFieldScopes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldActions", &self.field_actions)?;
        object.optional("fieldId", &self.field_id)?;
        object.end()
    }
}
/// `GetCrmRolePermissionResponseBodyPermissionsManagingScopeList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissionsManagingScopeList {
    /// `ext`.
    pub ext: Option<GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt>,
    /// `manager`.
    pub manager: Option<bool>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCrmRolePermissionResponseBodyPermissionsManagingScopeList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmRolePermissionResponseBodyPermissionsManagingScopeList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ext" => rt::read_field(map, &mut self.ext),
            "manager" => rt::read_field(map, &mut self.manager),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetCrmRolePermissionResponseBodyPermissionsManagingScopeList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ext", &self.ext)?;
        object.optional("manager", &self.manager)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetCrmRolePermissionResponseBodyPermissionsOperateScopes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissionsOperateScopes {
    /// `hasAuth`.
    pub has_auth: Option<bool>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCrmRolePermissionResponseBodyPermissionsOperateScopes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmRolePermissionResponseBodyPermissionsOperateScopes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasAuth" => rt::read_field(map, &mut self.has_auth),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCrmRolePermissionResponseBodyPermissionsOperateScopes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasAuth", &self.has_auth)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetCrmRolePermissionResponseBodyPermissionsRoleMemberList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissionsRoleMemberList {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCrmRolePermissionResponseBodyPermissionsRoleMemberList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmRolePermissionResponseBodyPermissionsRoleMemberList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "name" => rt::read_field(map, &mut self.name),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCrmRolePermissionResponseBodyPermissionsRoleMemberList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("name", &self.name)?;
        object.optional("type", &self.r#type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo {
    /// `appName`.
    pub app_name: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appName" => rt::read_field(map, &mut self.app_name),
            "orgName" => rt::read_field(map, &mut self.org_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appName", &self.app_name)?;
        object.optional("orgName", &self.org_name)?;
        object.end()
    }
}
/// `GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList {
    /// `applicableVersion`.
    pub applicable_version: Option<Vec<String>>,
    /// `applyNum`.
    pub apply_num: Option<i64>,
    /// `belongIndustry`.
    pub belong_industry: Option<Vec<String>>,
    /// `goodsId`.
    pub goods_id: Option<String>,
    /// `goodsType`.
    pub goods_type: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `mainOperationInfo`.
    pub main_operation_info: Option<
        GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo,
    >,
    /// `media`.
    pub media: Option<
        Vec<GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia>,
    >,
    /// `price`.
    pub price: Option<String>,
    /// `subOperationInfo`.
    pub sub_operation_info: Option<
        GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListSubOperationInfo,
    >,
    /// `subTitle`.
    pub sub_title: Option<String>,
    /// `tag`.
    pub tag: Option<Vec<String>>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applicableVersion" => rt::read_field(map, &mut self.applicable_version),
            "applyNum" => rt::read_field(map, &mut self.apply_num),
            "belongIndustry" => rt::read_field(map, &mut self.belong_industry),
            "goodsId" => rt::read_field(map, &mut self.goods_id),
            "goodsType" => rt::read_field(map, &mut self.goods_type),
            "icon" => rt::read_field(map, &mut self.icon),
            "mainOperationInfo" => rt::read_field(map, &mut self.main_operation_info),
            "media" => rt::read_field(map, &mut self.media),
            "price" => rt::read_field(map, &mut self.price),
            "subOperationInfo" => rt::read_field(map, &mut self.sub_operation_info),
            "subTitle" => rt::read_field(map, &mut self.sub_title),
            "tag" => rt::read_field(map, &mut self.tag),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applicableVersion", &self.applicable_version)?;
        object.optional("applyNum", &self.apply_num)?;
        object.optional("belongIndustry", &self.belong_industry)?;
        object.optional("goodsId", &self.goods_id)?;
        object.optional("goodsType", &self.goods_type)?;
        object.optional("icon", &self.icon)?;
        object.optional("mainOperationInfo", &self.main_operation_info)?;
        object.optional("media", &self.media)?;
        object.optional("price", &self.price)?;
        object.optional("subOperationInfo", &self.sub_operation_info)?;
        object.optional("subTitle", &self.sub_title)?;
        object.optional("tag", &self.tag)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetNavigationCatalogResponseBodyResultNavCatalog`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetNavigationCatalogResponseBodyResultNavCatalog {
    /// `children`.
    pub children: Option<rt::serde_json::Value>,
    /// `navCode`.
    pub nav_code: Option<String>,
    /// `navId`.
    pub nav_id: Option<String>,
    /// `navName`.
    pub nav_name: Option<String>,
    /// `navType`.
    pub nav_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetNavigationCatalogResponseBodyResultNavCatalog {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetNavigationCatalogResponseBodyResultNavCatalog {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "navCode" => rt::read_field(map, &mut self.nav_code),
            "navId" => rt::read_field(map, &mut self.nav_id),
            "navName" => rt::read_field(map, &mut self.nav_name),
            "navType" => rt::read_field(map, &mut self.nav_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetNavigationCatalogResponseBodyResultNavCatalog {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.optional("navCode", &self.nav_code)?;
        object.optional("navId", &self.nav_id)?;
        object.optional("navName", &self.nav_name)?;
        object.optional("navType", &self.nav_type)?;
        object.end()
    }
}
/// `GetObjectDataResponseBodyResultValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetObjectDataResponseBodyResultValues {
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
    /// `permission`.
    pub permission: Option<GetObjectDataResponseBodyResultValuesPermission>,
    /// `procInstStatus`.
    pub proc_inst_status: Option<String>,
    /// `procOutResult`.
    pub proc_out_result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetObjectDataResponseBodyResultValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetObjectDataResponseBodyResultValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "permission" => rt::read_field(map, &mut self.permission),
            "procInstStatus" => rt::read_field(map, &mut self.proc_inst_status),
            "procOutResult" => rt::read_field(map, &mut self.proc_out_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetObjectDataResponseBodyResultValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("objectType", &self.object_type)?;
        object.optional("permission", &self.permission)?;
        object.optional("procInstStatus", &self.proc_inst_status)?;
        object.optional("procOutResult", &self.proc_out_result)?;
        object.end()
    }
}
/// `GetOfficialAccountContactsResponseBodyValuesContacts`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOfficialAccountContactsResponseBodyValuesContacts {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
    /// `permission`.
    pub permission: Option<
        GetOfficialAccountContactsResponseBodyValuesContactsPermission,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for GetOfficialAccountContactsResponseBodyValuesContacts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOfficialAccountContactsResponseBodyValuesContacts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "permission" => rt::read_field(map, &mut self.permission),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOfficialAccountContactsResponseBodyValuesContacts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("permission", &self.permission)?;
        object.end()
    }
}
/// `GetRelatedViewTabDataResponseBodyResultPage`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelatedViewTabDataResponseBodyResultPage {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<GetRelatedViewTabDataResponseBodyResultPageList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelatedViewTabDataResponseBodyResultPage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelatedViewTabDataResponseBodyResultPage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelatedViewTabDataResponseBodyResultPage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListBenefitLicenseResponseBodyResultLicenses`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBenefitLicenseResponseBodyResultLicenses {
    /// `licenseUserId`.
    pub license_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListBenefitLicenseResponseBodyResultLicenses {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListBenefitLicenseResponseBodyResultLicenses {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "licenseUserId" => rt::read_field(map, &mut self.license_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListBenefitLicenseResponseBodyResultLicenses {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("licenseUserId", &self.license_user_id)?;
        object.end()
    }
}
/// `ListCrmPersonalCustomersResponseBodyResultPermission`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCrmPersonalCustomersResponseBodyResultPermission {
    /// `ownerStaffIds`.
    pub owner_staff_ids: Option<Vec<String>>,
    /// `participantStaffIds`.
    pub participant_staff_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListCrmPersonalCustomersResponseBodyResultPermission {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCrmPersonalCustomersResponseBodyResultPermission {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ownerStaffIds" => rt::read_field(map, &mut self.owner_staff_ids),
            "participantStaffIds" => rt::read_field(map, &mut self.participant_staff_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCrmPersonalCustomersResponseBodyResultPermission {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ownerStaffIds", &self.owner_staff_ids)?;
        object.optional("participantStaffIds", &self.participant_staff_ids)?;
        object.end()
    }
}
/// `ListGroupSetResponseBodyResultListManager`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type ListGroupSetResponseBodyResultListManager = CreateGroupSetResponseBodyManager;
/// `ListGroupSetResponseBodyResultListOwner`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type ListGroupSetResponseBodyResultListOwner = CreateGroupSetResponseBodyManager;
/// `QueryAllCustomerResponseBodyResultValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllCustomerResponseBodyResultValues {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
    /// `permission`.
    pub permission: Option<QueryAllCustomerResponseBodyResultValuesPermission>,
    /// `processInstanceStatus`.
    pub process_instance_status: Option<String>,
    /// `processOutResult`.
    pub process_out_result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllCustomerResponseBodyResultValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllCustomerResponseBodyResultValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "permission" => rt::read_field(map, &mut self.permission),
            "processInstanceStatus" => {
                rt::read_field(map, &mut self.process_instance_status)
            }
            "processOutResult" => rt::read_field(map, &mut self.process_out_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAllCustomerResponseBodyResultValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("objectType", &self.object_type)?;
        object.optional("permission", &self.permission)?;
        object.optional("processInstanceStatus", &self.process_instance_status)?;
        object.optional("processOutResult", &self.process_out_result)?;
        object.end()
    }
}
/// `QueryCrmPersonalCustomerResponseBodyValuesPermission`: the same model as [`ListCrmPersonalCustomersResponseBodyResultPermission`].
pub type QueryCrmPersonalCustomerResponseBodyValuesPermission = ListCrmPersonalCustomersResponseBodyResultPermission;
/// `QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList {
    /// `extendValue`.
    pub extend_value: Option<String>,
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extendValue" => rt::read_field(map, &mut self.extend_value),
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extendValue", &self.extend_value)?;
        object.optional("key", &self.key)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `SaveBenefitLicenseResponseBodyResultLicenses`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveBenefitLicenseResponseBodyResultLicenses {
    /// `licenseUserId`.
    pub license_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveBenefitLicenseResponseBodyResultLicenses {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveBenefitLicenseResponseBodyResultLicenses {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "licenseUserId" => rt::read_field(map, &mut self.license_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SaveBenefitLicenseResponseBodyResultLicenses {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("licenseUserId", &self.license_user_id)?;
        object.end()
    }
}
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard;
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyImage`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOfficialAccountOTOMessageRequestDetailMessageBodyImage {
    /// `mediaId`.
    pub media_id: Option<String>,
}
impl SendOfficialAccountOTOMessageRequestDetailMessageBodyImage {
    /// An empty `SendOfficialAccountOTOMessageRequestDetailMessageBodyImage`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mediaId`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for SendOfficialAccountOTOMessageRequestDetailMessageBodyImage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mediaId", &self.media_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendOfficialAccountOTOMessageRequestDetailMessageBodyImage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountOTOMessageRequestDetailMessageBodyImage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaId" => rt::read_field(map, &mut self.media_id),
            _ => Ok(false),
        }
    }
}
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyLink`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyLink = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink;
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown;
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyText`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyText = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText;
/// `SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard {
    /// `buttonList`.
    pub button_list: Option<
        Vec<SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList>,
    >,
    /// `buttonOrientation`.
    pub button_orientation: Option<String>,
    /// `markdown`.
    pub markdown: Option<String>,
    /// `singleTitle`.
    pub single_title: Option<String>,
    /// `singleUrl`.
    pub single_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard {
    /// An empty `SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `buttonList`.
    pub fn button_list(
        mut self,
        value: impl IntoIterator<
            Item = SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList,
        >,
    ) -> Self {
        self.button_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `buttonOrientation`.
    pub fn button_orientation(mut self, value: impl Into<String>) -> Self {
        self.button_orientation = Some(value.into());
        self
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: impl Into<String>) -> Self {
        self.markdown = Some(value.into());
        self
    }
    /// Sets `singleTitle`.
    pub fn single_title(mut self, value: impl Into<String>) -> Self {
        self.single_title = Some(value.into());
        self
    }
    /// Sets `singleUrl`.
    pub fn single_url(mut self, value: impl Into<String>) -> Self {
        self.single_url = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("buttonList", &self.button_list)?;
        object.optional("buttonOrientation", &self.button_orientation)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("singleTitle", &self.single_title)?;
        object.optional("singleUrl", &self.single_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "buttonList" => rt::read_field(map, &mut self.button_list),
            "buttonOrientation" => rt::read_field(map, &mut self.button_orientation),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "singleTitle" => rt::read_field(map, &mut self.single_title),
            "singleUrl" => rt::read_field(map, &mut self.single_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `SendOfficialAccountSNSMessageRequestDetailMessageBodyLink`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequestDetailMessageBodyLink {
    /// `messageUrl`.
    pub message_url: Option<String>,
    /// `picUrl`.
    pub pic_url: Option<String>,
    /// `text`.
    pub text: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendOfficialAccountSNSMessageRequestDetailMessageBodyLink {
    /// An empty `SendOfficialAccountSNSMessageRequestDetailMessageBodyLink`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `messageUrl`.
    pub fn message_url(mut self, value: impl Into<String>) -> Self {
        self.message_url = Some(value.into());
        self
    }
    /// Sets `picUrl`.
    pub fn pic_url(mut self, value: impl Into<String>) -> Self {
        self.pic_url = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendOfficialAccountSNSMessageRequestDetailMessageBodyLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("messageUrl", &self.message_url)?;
        object.optional("picUrl", &self.pic_url)?;
        object.optional("text", &self.text)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendOfficialAccountSNSMessageRequestDetailMessageBodyLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountSNSMessageRequestDetailMessageBodyLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageUrl" => rt::read_field(map, &mut self.message_url),
            "picUrl" => rt::read_field(map, &mut self.pic_url),
            "text" => rt::read_field(map, &mut self.text),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown {
    /// `text`.
    pub text: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown {
    /// An empty `SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("text", &self.text)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "text" => rt::read_field(map, &mut self.text),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `SendOfficialAccountSNSMessageRequestDetailMessageBodyText`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequestDetailMessageBodyText {
    /// `content`.
    pub content: Option<String>,
}
impl SendOfficialAccountSNSMessageRequestDetailMessageBodyText {
    /// An empty `SendOfficialAccountSNSMessageRequestDetailMessageBodyText`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendOfficialAccountSNSMessageRequestDetailMessageBodyText {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendOfficialAccountSNSMessageRequestDetailMessageBodyText {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountSNSMessageRequestDetailMessageBodyText {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
}
/// `ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard {
    /// `buttonList`.
    pub button_list: Option<
        Vec<ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCardButtonList>,
    >,
    /// `buttonOrientation`.
    pub button_orientation: Option<String>,
    /// `markdown`.
    pub markdown: Option<String>,
    /// `singleTitle`.
    pub single_title: Option<String>,
    /// `singleUrl`.
    pub single_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard {
    /// An empty `ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `buttonList`.
    pub fn button_list(
        mut self,
        value: impl IntoIterator<
            Item = ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCardButtonList,
        >,
    ) -> Self {
        self.button_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `buttonOrientation`.
    pub fn button_orientation(mut self, value: impl Into<String>) -> Self {
        self.button_orientation = Some(value.into());
        self
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: impl Into<String>) -> Self {
        self.markdown = Some(value.into());
        self
    }
    /// Sets `singleTitle`.
    pub fn single_title(mut self, value: impl Into<String>) -> Self {
        self.single_title = Some(value.into());
        self
    }
    /// Sets `singleUrl`.
    pub fn single_url(mut self, value: impl Into<String>) -> Self {
        self.single_url = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("buttonList", &self.button_list)?;
        object.optional("buttonOrientation", &self.button_orientation)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("singleTitle", &self.single_title)?;
        object.optional("singleUrl", &self.single_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "buttonList" => rt::read_field(map, &mut self.button_list),
            "buttonOrientation" => rt::read_field(map, &mut self.button_orientation),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "singleTitle" => rt::read_field(map, &mut self.single_title),
            "singleUrl" => rt::read_field(map, &mut self.single_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `ServiceWindowMessageBatchPushRequestDetailMessageBodyLink`: the same model as [`SendOfficialAccountSNSMessageRequestDetailMessageBodyLink`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyLink = SendOfficialAccountSNSMessageRequestDetailMessageBodyLink;
/// `ServiceWindowMessageBatchPushRequestDetailMessageBodyMarkdown`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyMarkdown = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown;
/// `ServiceWindowMessageBatchPushRequestDetailMessageBodyText`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyText = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText;
/// `UpdateMetaModelFieldRequestFieldDTOListPropsOptions`: the same model as [`AddMetaModelFieldRequestFieldDTOListPropsOptions`].
pub type UpdateMetaModelFieldRequestFieldDTOListPropsOptions = AddMetaModelFieldRequestFieldDTOListPropsOptions;
/// `UpdateRelationMetaFieldRequestFieldDTOListPropsOptions`: the same model as [`AddMetaModelFieldRequestFieldDTOListPropsOptions`].
pub type UpdateRelationMetaFieldRequestFieldDTOListPropsOptions = AddMetaModelFieldRequestFieldDTOListPropsOptions;
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList {
    /// `actionUrl`.
    pub action_url: String,
    /// `title`.
    pub title: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList` with its required fields (`actionUrl`, `title`); set the others with the methods named after them.
    pub fn new(action_url: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            action_url: action_url.into(),
            title: title.into(),
        }
    }
}
impl rt::serde::Serialize
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionUrl", &self.action_url)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionUrl" => rt::read_field(map, &mut self.action_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `CreateRelationMetaRequestRelationMetaDTOItemsPropsOptions`: the same model as [`AddMetaModelFieldRequestFieldDTOListPropsOptions`].
pub type CreateRelationMetaRequestRelationMetaDTOItemsPropsOptions = AddMetaModelFieldRequestFieldDTOListPropsOptions;
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFieldsSelectOptions`: the same model as [`DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions`].
pub type DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFieldsSelectOptions = DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `props`.
    pub props: Option<DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren {
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
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren {
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsProps`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsProps {
    /// `actionName`.
    pub action_name: Option<String>,
    /// `align`.
    pub align: Option<String>,
    /// `availableTemplates`.
    pub available_templates: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates>,
    >,
    /// `behaviorLinkage`.
    pub behavior_linkage: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage>,
    >,
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `choice`.
    pub choice: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `dataSource`.
    pub data_source: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource,
    >,
    /// `defaultColor`.
    pub default_color: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<bool>,
    /// `durationLabel`.
    pub duration_label: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `fields`.
    pub fields: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields>,
    >,
    /// `format`.
    pub format: Option<String>,
    /// `formula`.
    pub formula: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: Option<String>,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `limit`.
    pub limit: Option<i64>,
    /// `link`.
    pub link: Option<String>,
    /// `mode`.
    pub mode: Option<String>,
    /// `multi`.
    pub multi: Option<i64>,
    /// `multiple`.
    pub multiple: Option<bool>,
    /// `needDetail`.
    pub need_detail: Option<String>,
    /// `notPrint`.
    pub not_print: Option<String>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `options`.
    pub options: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions>,
    >,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `quote`.
    pub quote: Option<i64>,
    /// `ratio`.
    pub ratio: Option<i64>,
    /// `relateSource`.
    pub relate_source: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource>,
    >,
    /// `required`.
    pub required: Option<bool>,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `rule`.
    pub rule: Option<Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule>>,
    /// `sortable`.
    pub sortable: Option<bool>,
    /// `spread`.
    pub spread: Option<bool>,
    /// `statField`.
    pub stat_field: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField>,
    >,
    /// `tableViewMode`.
    pub table_view_mode: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `verticalPrint`.
    pub vertical_print: Option<bool>,
    /// `watermark`.
    pub watermark: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItemsProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionName" => rt::read_field(map, &mut self.action_name),
            "align" => rt::read_field(map, &mut self.align),
            "availableTemplates" => rt::read_field(map, &mut self.available_templates),
            "behaviorLinkage" => rt::read_field(map, &mut self.behavior_linkage),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "choice" => rt::read_field(map, &mut self.choice),
            "content" => rt::read_field(map, &mut self.content),
            "dataSource" => rt::read_field(map, &mut self.data_source),
            "defaultColor" => rt::read_field(map, &mut self.default_color),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "durationLabel" => rt::read_field(map, &mut self.duration_label),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "fields" => rt::read_field(map, &mut self.fields),
            "format" => rt::read_field(map, &mut self.format),
            "formula" => rt::read_field(map, &mut self.formula),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "limit" => rt::read_field(map, &mut self.limit),
            "link" => rt::read_field(map, &mut self.link),
            "mode" => rt::read_field(map, &mut self.mode),
            "multi" => rt::read_field(map, &mut self.multi),
            "multiple" => rt::read_field(map, &mut self.multiple),
            "needDetail" => rt::read_field(map, &mut self.need_detail),
            "notPrint" => rt::read_field(map, &mut self.not_print),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "quote" => rt::read_field(map, &mut self.quote),
            "ratio" => rt::read_field(map, &mut self.ratio),
            "relateSource" => rt::read_field(map, &mut self.relate_source),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "rule" => rt::read_field(map, &mut self.rule),
            "sortable" => rt::read_field(map, &mut self.sortable),
            "spread" => rt::read_field(map, &mut self.spread),
            "statField" => rt::read_field(map, &mut self.stat_field),
            "tableViewMode" => rt::read_field(map, &mut self.table_view_mode),
            "unit" => rt::read_field(map, &mut self.unit),
            "verticalPrint" => rt::read_field(map, &mut self.vertical_print),
            "watermark" => rt::read_field(map, &mut self.watermark),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DescribeMetaModelResponseBodyMetaModelDTOListItemsProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionName", &self.action_name)?;
        object.optional("align", &self.align)?;
        object.optional("availableTemplates", &self.available_templates)?;
        object.optional("behaviorLinkage", &self.behavior_linkage)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("choice", &self.choice)?;
        object.optional("content", &self.content)?;
        object.optional("dataSource", &self.data_source)?;
        object.optional("defaultColor", &self.default_color)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.optional("durationLabel", &self.duration_label)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("fields", &self.fields)?;
        object.optional("format", &self.format)?;
        object.optional("formula", &self.formula)?;
        object.optional("invisible", &self.invisible)?;
        object.optional("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("limit", &self.limit)?;
        object.optional("link", &self.link)?;
        object.optional("mode", &self.mode)?;
        object.optional("multi", &self.multi)?;
        object.optional("multiple", &self.multiple)?;
        object.optional("needDetail", &self.need_detail)?;
        object.optional("notPrint", &self.not_print)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("quote", &self.quote)?;
        object.optional("ratio", &self.ratio)?;
        object.optional("relateSource", &self.relate_source)?;
        object.optional("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("rule", &self.rule)?;
        object.optional("sortable", &self.sortable)?;
        object.optional("spread", &self.spread)?;
        object.optional("statField", &self.stat_field)?;
        object.optional("tableViewMode", &self.table_view_mode)?;
        object.optional("unit", &self.unit)?;
        object.optional("verticalPrint", &self.vertical_print)?;
        object.optional("watermark", &self.watermark)?;
        object.end()
    }
}
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildren`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildren = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsProps`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsProps`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsProps = DescribeMetaModelResponseBodyMetaModelDTOListItemsProps;
/// `FindTargetRelatedFollowRecordsResponseBodyResultResultListFollowContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FindTargetRelatedFollowRecordsResponseBodyResultResultListFollowContent {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `extendValue`.
    pub extend_value: Option<String>,
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for FindTargetRelatedFollowRecordsResponseBodyResultResultListFollowContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for FindTargetRelatedFollowRecordsResponseBodyResultResultListFollowContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "extendValue" => rt::read_field(map, &mut self.extend_value),
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for FindTargetRelatedFollowRecordsResponseBodyResultResultListFollowContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("extendValue", &self.extend_value)?;
        object.optional("key", &self.key)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetContactsResponseBodyResultValuesPermission`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContactsResponseBodyResultValuesPermission {
    /// `ownerUserIds`.
    pub owner_user_ids: Option<Vec<String>>,
    /// `participantUserIds`.
    pub participant_user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContactsResponseBodyResultValuesPermission {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContactsResponseBodyResultValuesPermission {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ownerUserIds" => rt::read_field(map, &mut self.owner_user_ids),
            "participantUserIds" => rt::read_field(map, &mut self.participant_user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContactsResponseBodyResultValuesPermission {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ownerUserIds", &self.owner_user_ids)?;
        object.optional("participantUserIds", &self.participant_user_ids)?;
        object.end()
    }
}
/// `GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt {
    /// `deptIdList`.
    pub dept_id_list: Option<Vec<f64>>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIdList" => rt::read_field(map, &mut self.dept_id_list),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIdList", &self.dept_id_list)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
/// `GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo {
    /// `goodsCode`.
    pub goods_code: Option<String>,
    /// `originalUrl`.
    pub original_url: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "goodsCode" => rt::read_field(map, &mut self.goods_code),
            "originalUrl" => rt::read_field(map, &mut self.original_url),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("goodsCode", &self.goods_code)?;
        object.optional("originalUrl", &self.original_url)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia {
    /// `mediaType`.
    pub media_type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaType" => rt::read_field(map, &mut self.media_type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mediaType", &self.media_type)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListSubOperationInfo`: the same model as [`GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo`].
pub type GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListSubOperationInfo = GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo;
/// `GetObjectDataResponseBodyResultValuesPermission`: the same model as [`GetContactsResponseBodyResultValuesPermission`].
pub type GetObjectDataResponseBodyResultValuesPermission = GetContactsResponseBodyResultValuesPermission;
/// `GetOfficialAccountContactsResponseBodyValuesContactsPermission`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOfficialAccountContactsResponseBodyValuesContactsPermission {
    /// `ownerStaffIds`.
    pub owner_staff_ids: Option<Vec<String>>,
    /// `participantStaffIds`.
    pub participant_staff_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetOfficialAccountContactsResponseBodyValuesContactsPermission {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOfficialAccountContactsResponseBodyValuesContactsPermission {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ownerStaffIds" => rt::read_field(map, &mut self.owner_staff_ids),
            "participantStaffIds" => rt::read_field(map, &mut self.participant_staff_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetOfficialAccountContactsResponseBodyValuesContactsPermission {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ownerStaffIds", &self.owner_staff_ids)?;
        object.optional("participantStaffIds", &self.participant_staff_ids)?;
        object.end()
    }
}
/// `GetRelatedViewTabDataResponseBodyResultPageList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelatedViewTabDataResponseBodyResultPageList {
    /// `abstractMessage`.
    pub abstract_message: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetRelatedViewTabDataResponseBodyResultPageList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelatedViewTabDataResponseBodyResultPageList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "abstractMessage" => rt::read_field(map, &mut self.abstract_message),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelatedViewTabDataResponseBodyResultPageList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("abstractMessage", &self.abstract_message)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryAllCustomerResponseBodyResultValuesPermission`: the same model as [`GetOfficialAccountContactsResponseBodyValuesContactsPermission`].
pub type QueryAllCustomerResponseBodyResultValuesPermission = GetOfficialAccountContactsResponseBodyValuesContactsPermission;
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList;
/// `SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList {
    /// `actionUrl`.
    pub action_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList {
    /// An empty `SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionUrl`.
    pub fn action_url(mut self, value: impl Into<String>) -> Self {
        self.action_url = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionUrl", &self.action_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionUrl" => rt::read_field(map, &mut self.action_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCardButtonList`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCardButtonList = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps {
    /// `actionName`.
    pub action_name: Option<String>,
    /// `align`.
    pub align: Option<String>,
    /// `availableTemplates`.
    pub available_templates: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsAvailableTemplates,
        >,
    >,
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `choice`.
    pub choice: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `dataSource`.
    pub data_source: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource,
    >,
    /// `defaultColor`.
    pub default_color: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<bool>,
    /// `durationLabel`.
    pub duration_label: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `fields`.
    pub fields: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields>,
    >,
    /// `format`.
    pub format: Option<String>,
    /// `formula`.
    pub formula: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: Option<String>,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `limit`.
    pub limit: Option<i64>,
    /// `link`.
    pub link: Option<String>,
    /// `mode`.
    pub mode: Option<String>,
    /// `multiple`.
    pub multiple: Option<bool>,
    /// `notPrint`.
    pub not_print: Option<String>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `options`.
    pub options: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions>,
    >,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `quote`.
    pub quote: Option<i64>,
    /// `ratio`.
    pub ratio: Option<i64>,
    /// `relateSource`.
    pub relate_source: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource>,
    >,
    /// `required`.
    pub required: Option<bool>,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `rule`.
    pub rule: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRule>,
    >,
    /// `sortable`.
    pub sortable: Option<bool>,
    /// `spread`.
    pub spread: Option<bool>,
    /// `statField`.
    pub stat_field: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsStatField>,
    >,
    /// `tableViewMode`.
    pub table_view_mode: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `verticalPrint`.
    pub vertical_print: Option<bool>,
    /// `watermark`.
    pub watermark: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionName" => rt::read_field(map, &mut self.action_name),
            "align" => rt::read_field(map, &mut self.align),
            "availableTemplates" => rt::read_field(map, &mut self.available_templates),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "choice" => rt::read_field(map, &mut self.choice),
            "content" => rt::read_field(map, &mut self.content),
            "dataSource" => rt::read_field(map, &mut self.data_source),
            "defaultColor" => rt::read_field(map, &mut self.default_color),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "durationLabel" => rt::read_field(map, &mut self.duration_label),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "fields" => rt::read_field(map, &mut self.fields),
            "format" => rt::read_field(map, &mut self.format),
            "formula" => rt::read_field(map, &mut self.formula),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "limit" => rt::read_field(map, &mut self.limit),
            "link" => rt::read_field(map, &mut self.link),
            "mode" => rt::read_field(map, &mut self.mode),
            "multiple" => rt::read_field(map, &mut self.multiple),
            "notPrint" => rt::read_field(map, &mut self.not_print),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "quote" => rt::read_field(map, &mut self.quote),
            "ratio" => rt::read_field(map, &mut self.ratio),
            "relateSource" => rt::read_field(map, &mut self.relate_source),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "rule" => rt::read_field(map, &mut self.rule),
            "sortable" => rt::read_field(map, &mut self.sortable),
            "spread" => rt::read_field(map, &mut self.spread),
            "statField" => rt::read_field(map, &mut self.stat_field),
            "tableViewMode" => rt::read_field(map, &mut self.table_view_mode),
            "unit" => rt::read_field(map, &mut self.unit),
            "verticalPrint" => rt::read_field(map, &mut self.vertical_print),
            "watermark" => rt::read_field(map, &mut self.watermark),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionName", &self.action_name)?;
        object.optional("align", &self.align)?;
        object.optional("availableTemplates", &self.available_templates)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("choice", &self.choice)?;
        object.optional("content", &self.content)?;
        object.optional("dataSource", &self.data_source)?;
        object.optional("defaultColor", &self.default_color)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.optional("durationLabel", &self.duration_label)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("fields", &self.fields)?;
        object.optional("format", &self.format)?;
        object.optional("formula", &self.formula)?;
        object.optional("invisible", &self.invisible)?;
        object.optional("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("limit", &self.limit)?;
        object.optional("link", &self.link)?;
        object.optional("mode", &self.mode)?;
        object.optional("multiple", &self.multiple)?;
        object.optional("notPrint", &self.not_print)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("quote", &self.quote)?;
        object.optional("ratio", &self.ratio)?;
        object.optional("relateSource", &self.relate_source)?;
        object.optional("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("rule", &self.rule)?;
        object.optional("sortable", &self.sortable)?;
        object.optional("spread", &self.spread)?;
        object.optional("statField", &self.stat_field)?;
        object.optional("tableViewMode", &self.table_view_mode)?;
        object.optional("unit", &self.unit)?;
        object.optional("verticalPrint", &self.vertical_print)?;
        object.optional("watermark", &self.watermark)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates {
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
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates {
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage {
    /// `optionKey`.
    pub option_key: Option<String>,
    /// `targets`.
    pub targets: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets,
        >,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "optionKey" => rt::read_field(map, &mut self.option_key),
            "targets" => rt::read_field(map, &mut self.targets),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("optionKey", &self.option_key)?;
        object.optional("targets", &self.targets)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource {
    /// `params`.
    pub params: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams,
    >,
    /// `target`.
    pub target: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget,
    >,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            "target" => rt::read_field(map, &mut self.target),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.optional("target", &self.target)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `relateProps`.
    pub relate_props: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentName" => rt::read_field(map, &mut self.component_name),
            "relateProps" => rt::read_field(map, &mut self.relate_props),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("relateProps", &self.relate_props)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions {
    /// `extension`.
    pub extension: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension,
    >,
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
    /// `warn`.
    pub warn: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extension" => rt::read_field(map, &mut self.extension),
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            "warn" => rt::read_field(map, &mut self.warn),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extension", &self.extension)?;
        object.optional("key", &self.key)?;
        object.optional("value", &self.value)?;
        object.optional("warn", &self.warn)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `dataSource`.
    pub data_source: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSource,
    >,
    /// `fields`.
    pub fields: Option<
        Vec<DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "dataSource" => rt::read_field(map, &mut self.data_source),
            "fields" => rt::read_field(map, &mut self.fields),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("dataSource", &self.data_source)?;
        object.optional("fields", &self.fields)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule {
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule {
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
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule {
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField {
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `upper`.
    pub upper: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "label" => rt::read_field(map, &mut self.label),
            "unit" => rt::read_field(map, &mut self.unit),
            "upper" => rt::read_field(map, &mut self.upper),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("label", &self.label)?;
        object.optional("unit", &self.unit)?;
        object.optional("upper", &self.upper)?;
        object.end()
    }
}
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenProps`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenProps = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsAvailableTemplates`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsAvailableTemplates = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsBehaviorLinkage`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsBehaviorLinkage = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFields`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFields = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRule`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRule = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsAvailableTemplates`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsAvailableTemplates = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource {
    /// `params`.
    pub params: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceParams,
    >,
    /// `target`.
    pub target: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget,
    >,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            "target" => rt::read_field(map, &mut self.target),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.optional("target", &self.target)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `relateProps`.
    pub relate_props: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentName" => rt::read_field(map, &mut self.component_name),
            "relateProps" => rt::read_field(map, &mut self.relate_props),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("relateProps", &self.relate_props)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions {
    /// `extension`.
    pub extension: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptionsExtension,
    >,
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extension" => rt::read_field(map, &mut self.extension),
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extension", &self.extension)?;
        object.optional("key", &self.key)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `dataSource`.
    pub data_source: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSource,
    >,
    /// `fields`.
    pub fields: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields,
        >,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "dataSource" => rt::read_field(map, &mut self.data_source),
            "fields" => rt::read_field(map, &mut self.fields),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("dataSource", &self.data_source)?;
        object.optional("fields", &self.fields)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRule`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRule = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets {
    /// `behavior`.
    pub behavior: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets {
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
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets {
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams {
    /// `filters`.
    pub filters: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters,
        >,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "filters" => rt::read_field(map, &mut self.filters),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("filters", &self.filters)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget {
    /// `appType`.
    pub app_type: Option<i64>,
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("formCode", &self.form_code)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps {
    /// `align`.
    pub align: Option<String>,
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `choice`.
    pub choice: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<String>,
    /// `durationLabel`.
    pub duration_label: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `format`.
    pub format: Option<String>,
    /// `formula`.
    pub formula: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: Option<String>,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `limit`.
    pub limit: Option<i64>,
    /// `link`.
    pub link: Option<String>,
    /// `mode`.
    pub mode: Option<String>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `options`.
    pub options: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsOptions,
        >,
    >,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `ratio`.
    pub ratio: Option<i64>,
    /// `required`.
    pub required: Option<bool>,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `spread`.
    pub spread: Option<bool>,
    /// `statField`.
    pub stat_field: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsStatField,
        >,
    >,
    /// `unit`.
    pub unit: Option<String>,
    /// `verticalPrint`.
    pub vertical_print: Option<bool>,
    /// `watermark`.
    pub watermark: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "align" => rt::read_field(map, &mut self.align),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "choice" => rt::read_field(map, &mut self.choice),
            "content" => rt::read_field(map, &mut self.content),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "durationLabel" => rt::read_field(map, &mut self.duration_label),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "format" => rt::read_field(map, &mut self.format),
            "formula" => rt::read_field(map, &mut self.formula),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "limit" => rt::read_field(map, &mut self.limit),
            "link" => rt::read_field(map, &mut self.link),
            "mode" => rt::read_field(map, &mut self.mode),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "ratio" => rt::read_field(map, &mut self.ratio),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "spread" => rt::read_field(map, &mut self.spread),
            "statField" => rt::read_field(map, &mut self.stat_field),
            "unit" => rt::read_field(map, &mut self.unit),
            "verticalPrint" => rt::read_field(map, &mut self.vertical_print),
            "watermark" => rt::read_field(map, &mut self.watermark),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("align", &self.align)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("choice", &self.choice)?;
        object.optional("content", &self.content)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.optional("durationLabel", &self.duration_label)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("format", &self.format)?;
        object.optional("formula", &self.formula)?;
        object.optional("invisible", &self.invisible)?;
        object.optional("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("limit", &self.limit)?;
        object.optional("link", &self.link)?;
        object.optional("mode", &self.mode)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("ratio", &self.ratio)?;
        object.optional("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("spread", &self.spread)?;
        object.optional("statField", &self.stat_field)?;
        object.optional("unit", &self.unit)?;
        object.optional("verticalPrint", &self.vertical_print)?;
        object.optional("watermark", &self.watermark)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension {
    /// `editFreeze`.
    pub edit_freeze: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "editFreeze" => rt::read_field(map, &mut self.edit_freeze),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("editFreeze", &self.edit_freeze)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `relateProps`.
    pub relate_props: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentName" => rt::read_field(map, &mut self.component_name),
            "relateProps" => rt::read_field(map, &mut self.relate_props),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("relateProps", &self.relate_props)?;
        object.end()
    }
}
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsAvailableTemplates`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsAvailableTemplates = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFields`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFields = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRule`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRule = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsBehaviorLinkageTargets`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsBehaviorLinkageTargets = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSourceParams`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSourceParams = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSourceTarget`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSourceTarget = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelateProps`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelateProps = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFields`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFields = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceParams`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceParams = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget {
    /// `appType`.
    pub app_type: Option<i64>,
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appType", &self.app_type)?;
        object.optional("appUuid", &self.app_uuid)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("formCode", &self.form_code)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps {
    /// `align`.
    pub align: Option<String>,
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `choice`.
    pub choice: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<bool>,
    /// `durationLabel`.
    pub duration_label: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `format`.
    pub format: Option<String>,
    /// `formula`.
    pub formula: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: Option<String>,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `limit`.
    pub limit: Option<i64>,
    /// `link`.
    pub link: Option<String>,
    /// `mode`.
    pub mode: Option<String>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `options`.
    pub options: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsOptions,
        >,
    >,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `ratio`.
    pub ratio: Option<i64>,
    /// `required`.
    pub required: Option<bool>,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `spread`.
    pub spread: Option<bool>,
    /// `statField`.
    pub stat_field: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsStatField,
        >,
    >,
    /// `unit`.
    pub unit: Option<String>,
    /// `verticalPrint`.
    pub vertical_print: Option<bool>,
    /// `watermark`.
    pub watermark: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "align" => rt::read_field(map, &mut self.align),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "choice" => rt::read_field(map, &mut self.choice),
            "content" => rt::read_field(map, &mut self.content),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "durationLabel" => rt::read_field(map, &mut self.duration_label),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "format" => rt::read_field(map, &mut self.format),
            "formula" => rt::read_field(map, &mut self.formula),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "limit" => rt::read_field(map, &mut self.limit),
            "link" => rt::read_field(map, &mut self.link),
            "mode" => rt::read_field(map, &mut self.mode),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "ratio" => rt::read_field(map, &mut self.ratio),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "spread" => rt::read_field(map, &mut self.spread),
            "statField" => rt::read_field(map, &mut self.stat_field),
            "unit" => rt::read_field(map, &mut self.unit),
            "verticalPrint" => rt::read_field(map, &mut self.vertical_print),
            "watermark" => rt::read_field(map, &mut self.watermark),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("align", &self.align)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("choice", &self.choice)?;
        object.optional("content", &self.content)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.optional("durationLabel", &self.duration_label)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("format", &self.format)?;
        object.optional("formula", &self.formula)?;
        object.optional("invisible", &self.invisible)?;
        object.optional("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("limit", &self.limit)?;
        object.optional("link", &self.link)?;
        object.optional("mode", &self.mode)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("ratio", &self.ratio)?;
        object.optional("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("spread", &self.spread)?;
        object.optional("statField", &self.stat_field)?;
        object.optional("unit", &self.unit)?;
        object.optional("verticalPrint", &self.vertical_print)?;
        object.optional("watermark", &self.watermark)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `relateProps`.
    pub relate_props: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentName" => rt::read_field(map, &mut self.component_name),
            "relateProps" => rt::read_field(map, &mut self.relate_props),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("relateProps", &self.relate_props)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters {
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `filterType`.
    pub filter_type: Option<String>,
    /// `value`.
    pub value: Option<String>,
    /// `valueType`.
    pub value_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "filterType" => rt::read_field(map, &mut self.filter_type),
            "value" => rt::read_field(map, &mut self.value),
            "valueType" => rt::read_field(map, &mut self.value_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("filterType", &self.filter_type)?;
        object.optional("value", &self.value)?;
        object.optional("valueType", &self.value_type)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceParams`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceParams = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceTarget`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceTarget = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps {
    /// `align`.
    pub align: Option<String>,
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `choice`.
    pub choice: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `format`.
    pub format: Option<String>,
    /// `formula`.
    pub formula: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: Option<String>,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `link`.
    pub link: Option<String>,
    /// `multi`.
    pub multi: Option<i64>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `options`.
    pub options: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsOptions,
        >,
    >,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `quote`.
    pub quote: Option<i64>,
    /// `required`.
    pub required: Option<bool>,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `statField`.
    pub stat_field: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsStatField,
        >,
    >,
    /// `unit`.
    pub unit: Option<String>,
    /// `verticalPrint`.
    pub vertical_print: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "align" => rt::read_field(map, &mut self.align),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "choice" => rt::read_field(map, &mut self.choice),
            "content" => rt::read_field(map, &mut self.content),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "format" => rt::read_field(map, &mut self.format),
            "formula" => rt::read_field(map, &mut self.formula),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "link" => rt::read_field(map, &mut self.link),
            "multi" => rt::read_field(map, &mut self.multi),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "quote" => rt::read_field(map, &mut self.quote),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "statField" => rt::read_field(map, &mut self.stat_field),
            "unit" => rt::read_field(map, &mut self.unit),
            "verticalPrint" => rt::read_field(map, &mut self.vertical_print),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("align", &self.align)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("choice", &self.choice)?;
        object.optional("content", &self.content)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("format", &self.format)?;
        object.optional("formula", &self.formula)?;
        object.optional("invisible", &self.invisible)?;
        object.optional("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("link", &self.link)?;
        object.optional("multi", &self.multi)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("quote", &self.quote)?;
        object.optional("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("statField", &self.stat_field)?;
        object.optional("unit", &self.unit)?;
        object.optional("verticalPrint", &self.vertical_print)?;
        object.end()
    }
}
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSourceParams`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSourceParams = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSourceTarget`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSourceTarget = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelateProps`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelateProps = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFields`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFields = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSourceParamsFilters`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSourceParamsFilters = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelatePropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelatePropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelatePropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelatePropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSourceParams`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSourceParams = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSourceTarget`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSourceTarget = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelateProps`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelateProps = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceParamsFilters`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceParamsFilters = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSourceParams`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSourceParams = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSourceTarget`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSourceTarget = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps {
    /// `align`.
    pub align: Option<String>,
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `choice`.
    pub choice: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `disabled`.
    pub disabled: Option<bool>,
    /// `duration`.
    pub duration: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `format`.
    pub format: Option<String>,
    /// `formula`.
    pub formula: Option<String>,
    /// `invisible`.
    pub invisible: Option<bool>,
    /// `label`.
    pub label: Option<String>,
    /// `labelEditableFreeze`.
    pub label_editable_freeze: Option<bool>,
    /// `link`.
    pub link: Option<String>,
    /// `multi`.
    pub multi: Option<i64>,
    /// `notUpper`.
    pub not_upper: Option<String>,
    /// `options`.
    pub options: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions,
        >,
    >,
    /// `payEnable`.
    pub pay_enable: Option<bool>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `quote`.
    pub quote: Option<i64>,
    /// `required`.
    pub required: Option<bool>,
    /// `requiredEditableFreeze`.
    pub required_editable_freeze: Option<bool>,
    /// `statField`.
    pub stat_field: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsStatField,
        >,
    >,
    /// `unit`.
    pub unit: Option<String>,
    /// `verticalPrint`.
    pub vertical_print: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "align" => rt::read_field(map, &mut self.align),
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "choice" => rt::read_field(map, &mut self.choice),
            "content" => rt::read_field(map, &mut self.content),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "duration" => rt::read_field(map, &mut self.duration),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "format" => rt::read_field(map, &mut self.format),
            "formula" => rt::read_field(map, &mut self.formula),
            "invisible" => rt::read_field(map, &mut self.invisible),
            "label" => rt::read_field(map, &mut self.label),
            "labelEditableFreeze" => rt::read_field(map, &mut self.label_editable_freeze),
            "link" => rt::read_field(map, &mut self.link),
            "multi" => rt::read_field(map, &mut self.multi),
            "notUpper" => rt::read_field(map, &mut self.not_upper),
            "options" => rt::read_field(map, &mut self.options),
            "payEnable" => rt::read_field(map, &mut self.pay_enable),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "quote" => rt::read_field(map, &mut self.quote),
            "required" => rt::read_field(map, &mut self.required),
            "requiredEditableFreeze" => {
                rt::read_field(map, &mut self.required_editable_freeze)
            }
            "statField" => rt::read_field(map, &mut self.stat_field),
            "unit" => rt::read_field(map, &mut self.unit),
            "verticalPrint" => rt::read_field(map, &mut self.vertical_print),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("align", &self.align)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("choice", &self.choice)?;
        object.optional("content", &self.content)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("duration", &self.duration)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("format", &self.format)?;
        object.optional("formula", &self.formula)?;
        object.optional("invisible", &self.invisible)?;
        object.optional("label", &self.label)?;
        object.optional("labelEditableFreeze", &self.label_editable_freeze)?;
        object.optional("link", &self.link)?;
        object.optional("multi", &self.multi)?;
        object.optional("notUpper", &self.not_upper)?;
        object.optional("options", &self.options)?;
        object.optional("payEnable", &self.pay_enable)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("quote", &self.quote)?;
        object.optional("required", &self.required)?;
        object.optional("requiredEditableFreeze", &self.required_editable_freeze)?;
        object.optional("statField", &self.stat_field)?;
        object.optional("unit", &self.unit)?;
        object.optional("verticalPrint", &self.vertical_print)?;
        object.end()
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceParamsFilters`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceParamsFilters = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSourceParamsFilters`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSourceParamsFilters = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelatePropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelatePropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelatePropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelatePropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSourceParams`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSourceParams = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSourceTarget`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSourceTarget = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFieldsRelateProps`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFieldsRelateProps = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelatePropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelatePropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSourceParamsFilters`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSourceParamsFilters = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelatePropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelatePropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelatePropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelatePropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSourceParamsFilters`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSourceParamsFilters = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions {
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelatePropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelatePropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSourceParamsFilters`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSourceParamsFilters = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelatePropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelatePropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// The request of [`Api::abandon_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AbandonCustomerRequest {
    /// `customTrackDesc`.
    pub custom_track_desc: Option<String>,
    /// `instanceIdList`.
    pub instance_id_list: Vec<String>,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `optType`.
    pub opt_type: Option<String>,
}
impl AbandonCustomerRequest {
    /// A `AbandonCustomerRequest` with its required fields (`instanceIdList`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(
        instance_id_list: impl IntoIterator<Item = impl Into<String>>,
        operator_user_id: impl Into<String>,
    ) -> Self {
        Self {
            custom_track_desc: None,
            instance_id_list: instance_id_list.into_iter().map(Into::into).collect(),
            operator_user_id: operator_user_id.into(),
            opt_type: None,
        }
    }
    /// Sets `customTrackDesc`.
    pub fn custom_track_desc(mut self, value: impl Into<String>) -> Self {
        self.custom_track_desc = Some(value.into());
        self
    }
    /// Sets `optType`.
    pub fn opt_type(mut self, value: impl Into<String>) -> Self {
        self.opt_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AbandonCustomerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customTrackDesc", &self.custom_track_desc)?;
        object.field("instanceIdList", &self.instance_id_list)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.optional("optType", &self.opt_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AbandonCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AbandonCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customTrackDesc" => rt::read_field(map, &mut self.custom_track_desc),
            "instanceIdList" => rt::read_field(map, &mut self.instance_id_list),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "optType" => rt::read_field(map, &mut self.opt_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AbandonCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_crm_personal_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddCrmPersonalCustomerRequest {
    /// `action`.
    pub action: Option<String>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: String,
    /// `data`.
    pub data: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `permission`.
    pub permission: Option<AddCrmPersonalCustomerRequestPermission>,
    /// `relationType`.
    pub relation_type: Option<String>,
    /// `skipDuplicateCheck`.
    pub skip_duplicate_check: Option<bool>,
}
impl AddCrmPersonalCustomerRequest {
    /// A `AddCrmPersonalCustomerRequest` with its required fields (`creatorUserId`, `data`); set the others with the methods named after them.
    pub fn new(
        creator_user_id: impl Into<String>,
        data: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        Self {
            action: None,
            creator_nick: None,
            creator_user_id: creator_user_id.into(),
            data: data.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            extend_data: None,
            permission: None,
            relation_type: None,
            skip_duplicate_check: None,
        }
    }
    /// Sets `action`.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets `creatorNick`.
    pub fn creator_nick(mut self, value: impl Into<String>) -> Self {
        self.creator_nick = Some(value.into());
        self
    }
    /// Sets `extendData`.
    pub fn extend_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `permission`.
    pub fn permission(mut self, value: AddCrmPersonalCustomerRequestPermission) -> Self {
        self.permission = Some(value);
        self
    }
    /// Sets `relationType`.
    pub fn relation_type(mut self, value: impl Into<String>) -> Self {
        self.relation_type = Some(value.into());
        self
    }
    /// Sets `skipDuplicateCheck`.
    pub fn skip_duplicate_check(mut self, value: bool) -> Self {
        self.skip_duplicate_check = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddCrmPersonalCustomerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.field("creatorUserId", &self.creator_user_id)?;
        object.field("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.optional("permission", &self.permission)?;
        object.optional("relationType", &self.relation_type)?;
        object.optional("skipDuplicateCheck", &self.skip_duplicate_check)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCrmPersonalCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCrmPersonalCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            "permission" => rt::read_field(map, &mut self.permission),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "skipDuplicateCheck" => rt::read_field(map, &mut self.skip_duplicate_check),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddCrmPersonalCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_customer_track`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddCustomerTrackRequest {
    /// `content`.
    pub content: String,
    /// `customerId`.
    pub customer_id: String,
    /// `extraBizInfo`.
    pub extra_biz_info: Option<String>,
    /// `idempotentKey`.
    pub idempotent_key: Option<String>,
    /// `maskedContent`.
    pub masked_content: Option<String>,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationType`.
    pub relation_type: String,
    /// `title`.
    pub title: String,
    /// `type`.
    pub r#type: i64,
}
impl AddCustomerTrackRequest {
    /// A `AddCustomerTrackRequest` with its required fields (`content`, `customerId`, `operatorUserId`, `relationType`, `title`, `type`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        customer_id: impl Into<String>,
        operator_user_id: impl Into<String>,
        relation_type: impl Into<String>,
        title: impl Into<String>,
        r#type: i64,
    ) -> Self {
        Self {
            content: content.into(),
            customer_id: customer_id.into(),
            extra_biz_info: None,
            idempotent_key: None,
            masked_content: None,
            operator_user_id: operator_user_id.into(),
            relation_type: relation_type.into(),
            title: title.into(),
            r#type,
        }
    }
    /// Sets `extraBizInfo`.
    pub fn extra_biz_info(mut self, value: impl Into<String>) -> Self {
        self.extra_biz_info = Some(value.into());
        self
    }
    /// Sets `idempotentKey`.
    pub fn idempotent_key(mut self, value: impl Into<String>) -> Self {
        self.idempotent_key = Some(value.into());
        self
    }
    /// Sets `maskedContent`.
    pub fn masked_content(mut self, value: impl Into<String>) -> Self {
        self.masked_content = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddCustomerTrackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("customerId", &self.customer_id)?;
        object.optional("extraBizInfo", &self.extra_biz_info)?;
        object.optional("idempotentKey", &self.idempotent_key)?;
        object.optional("maskedContent", &self.masked_content)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationType", &self.relation_type)?;
        object.field("title", &self.title)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCustomerTrackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCustomerTrackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "customerId" => rt::read_field(map, &mut self.customer_id),
            "extraBizInfo" => rt::read_field(map, &mut self.extra_biz_info),
            "idempotentKey" => rt::read_field(map, &mut self.idempotent_key),
            "maskedContent" => rt::read_field(map, &mut self.masked_content),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddCustomerTrackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_leads`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddLeadsRequest {
    /// `assignTimestamp`.
    pub assign_timestamp: Option<i64>,
    /// `assignUserId`.
    pub assign_user_id: String,
    /// `assignedUserId`.
    pub assigned_user_id: String,
    /// `leads`.
    pub leads: Vec<AddLeadsRequestLeads>,
    /// `outTaskId`.
    pub out_task_id: String,
}
impl AddLeadsRequest {
    /// A `AddLeadsRequest` with its required fields (`assignUserId`, `assignedUserId`, `leads`, `outTaskId`); set the others with the methods named after them.
    pub fn new(
        assign_user_id: impl Into<String>,
        assigned_user_id: impl Into<String>,
        leads: impl IntoIterator<Item = AddLeadsRequestLeads>,
        out_task_id: impl Into<String>,
    ) -> Self {
        Self {
            assign_timestamp: None,
            assign_user_id: assign_user_id.into(),
            assigned_user_id: assigned_user_id.into(),
            leads: leads.into_iter().collect(),
            out_task_id: out_task_id.into(),
        }
    }
    /// Sets `assignTimestamp`.
    pub fn assign_timestamp(mut self, value: i64) -> Self {
        self.assign_timestamp = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddLeadsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assignTimestamp", &self.assign_timestamp)?;
        object.field("assignUserId", &self.assign_user_id)?;
        object.field("assignedUserId", &self.assigned_user_id)?;
        object.field("leads", &self.leads)?;
        object.field("outTaskId", &self.out_task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddLeadsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddLeadsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assignTimestamp" => rt::read_field(map, &mut self.assign_timestamp),
            "assignUserId" => rt::read_field(map, &mut self.assign_user_id),
            "assignedUserId" => rt::read_field(map, &mut self.assigned_user_id),
            "leads" => rt::read_field(map, &mut self.leads),
            "outTaskId" => rt::read_field(map, &mut self.out_task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddLeadsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_meta_model_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddMetaModelFieldRequest {
    /// `bizType`.
    pub biz_type: String,
    /// `fieldDTOList`.
    pub field_dto_list: Vec<AddMetaModelFieldRequestFieldDTOList>,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `tenant`.
    pub tenant: String,
}
impl AddMetaModelFieldRequest {
    /// A `AddMetaModelFieldRequest` with its required fields (`bizType`, `fieldDTOList`, `operatorUserId`, `tenant`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        field_dto_list: impl IntoIterator<Item = AddMetaModelFieldRequestFieldDTOList>,
        operator_user_id: impl Into<String>,
        tenant: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            field_dto_list: field_dto_list.into_iter().collect(),
            operator_user_id: operator_user_id.into(),
            tenant: tenant.into(),
        }
    }
}
impl rt::serde::Serialize for AddMetaModelFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("fieldDTOList", &self.field_dto_list)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("tenant", &self.tenant)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddMetaModelFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddMetaModelFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "fieldDTOList" => rt::read_field(map, &mut self.field_dto_list),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "tenant" => rt::read_field(map, &mut self.tenant),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddMetaModelFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_relation_meta_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddRelationMetaFieldRequest {
    /// `fieldDTOList`.
    pub field_dto_list: Vec<AddRelationMetaFieldRequestFieldDTOList>,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationType`.
    pub relation_type: String,
    /// `tenant`.
    pub tenant: String,
}
impl AddRelationMetaFieldRequest {
    /// A `AddRelationMetaFieldRequest` with its required fields (`fieldDTOList`, `operatorUserId`, `relationType`, `tenant`); set the others with the methods named after them.
    pub fn new(
        field_dto_list: impl IntoIterator<
            Item = AddRelationMetaFieldRequestFieldDTOList,
        >,
        operator_user_id: impl Into<String>,
        relation_type: impl Into<String>,
        tenant: impl Into<String>,
    ) -> Self {
        Self {
            field_dto_list: field_dto_list.into_iter().collect(),
            operator_user_id: operator_user_id.into(),
            relation_type: relation_type.into(),
            tenant: tenant.into(),
        }
    }
}
impl rt::serde::Serialize for AddRelationMetaFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fieldDTOList", &self.field_dto_list)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationType", &self.relation_type)?;
        object.field("tenant", &self.tenant)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddRelationMetaFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddRelationMetaFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldDTOList" => rt::read_field(map, &mut self.field_dto_list),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "tenant" => rt::read_field(map, &mut self.tenant),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddRelationMetaFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::append_customer_data_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AppendCustomerDataAuthRequest {
    /// `customerIds`.
    pub customer_ids: Vec<String>,
    /// `dataAuthUserIds`.
    pub data_auth_user_ids: Vec<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `operateUserId`.
    pub operate_user_id: String,
    /// `relationType`.
    pub relation_type: Option<String>,
    /// `roleType`.
    pub role_type: String,
}
impl AppendCustomerDataAuthRequest {
    /// A `AppendCustomerDataAuthRequest` with its required fields (`customerIds`, `dataAuthUserIds`, `operateUserId`, `roleType`); set the others with the methods named after them.
    pub fn new(
        customer_ids: impl IntoIterator<Item = impl Into<String>>,
        data_auth_user_ids: impl IntoIterator<Item = impl Into<String>>,
        operate_user_id: impl Into<String>,
        role_type: impl Into<String>,
    ) -> Self {
        Self {
            customer_ids: customer_ids.into_iter().map(Into::into).collect(),
            data_auth_user_ids: data_auth_user_ids.into_iter().map(Into::into).collect(),
            form_code: None,
            operate_user_id: operate_user_id.into(),
            relation_type: None,
            role_type: role_type.into(),
        }
    }
    /// Sets `formCode`.
    pub fn form_code(mut self, value: impl Into<String>) -> Self {
        self.form_code = Some(value.into());
        self
    }
    /// Sets `relationType`.
    pub fn relation_type(mut self, value: impl Into<String>) -> Self {
        self.relation_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendCustomerDataAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("customerIds", &self.customer_ids)?;
        object.field("dataAuthUserIds", &self.data_auth_user_ids)?;
        object.optional("formCode", &self.form_code)?;
        object.field("operateUserId", &self.operate_user_id)?;
        object.optional("relationType", &self.relation_type)?;
        object.field("roleType", &self.role_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AppendCustomerDataAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AppendCustomerDataAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerIds" => rt::read_field(map, &mut self.customer_ids),
            "dataAuthUserIds" => rt::read_field(map, &mut self.data_auth_user_ids),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "roleType" => rt::read_field(map, &mut self.role_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AppendCustomerDataAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_add_contacts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddContactsRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationList`.
    pub relation_list: Vec<BatchAddContactsRequestRelationList>,
}
impl BatchAddContactsRequest {
    /// A `BatchAddContactsRequest` with its required fields (`operatorUserId`, `relationList`); set the others with the methods named after them.
    pub fn new(
        operator_user_id: impl Into<String>,
        relation_list: impl IntoIterator<Item = BatchAddContactsRequestRelationList>,
    ) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
            relation_list: relation_list.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for BatchAddContactsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationList", &self.relation_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddContactsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddContactsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationList" => rt::read_field(map, &mut self.relation_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchAddContactsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_add_follow_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddFollowRecordsRequest {
    /// `instanceList`.
    pub instance_list: Vec<BatchAddFollowRecordsRequestInstanceList>,
    /// `operatorUserId`.
    pub operator_user_id: String,
}
impl BatchAddFollowRecordsRequest {
    /// A `BatchAddFollowRecordsRequest` with its required fields (`instanceList`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(
        instance_list: impl IntoIterator<
            Item = BatchAddFollowRecordsRequestInstanceList,
        >,
        operator_user_id: impl Into<String>,
    ) -> Self {
        Self {
            instance_list: instance_list.into_iter().collect(),
            operator_user_id: operator_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchAddFollowRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("instanceList", &self.instance_list)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddFollowRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddFollowRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceList" => rt::read_field(map, &mut self.instance_list),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchAddFollowRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_add_relation_datas`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddRelationDatasRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationList`.
    pub relation_list: Vec<BatchAddRelationDatasRequestRelationList>,
    /// `relationType`.
    pub relation_type: String,
    /// `skipDuplicateCheck`.
    pub skip_duplicate_check: Option<bool>,
}
impl BatchAddRelationDatasRequest {
    /// A `BatchAddRelationDatasRequest` with its required fields (`operatorUserId`, `relationList`, `relationType`); set the others with the methods named after them.
    pub fn new(
        operator_user_id: impl Into<String>,
        relation_list: impl IntoIterator<
            Item = BatchAddRelationDatasRequestRelationList,
        >,
        relation_type: impl Into<String>,
    ) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
            relation_list: relation_list.into_iter().collect(),
            relation_type: relation_type.into(),
            skip_duplicate_check: None,
        }
    }
    /// Sets `skipDuplicateCheck`.
    pub fn skip_duplicate_check(mut self, value: bool) -> Self {
        self.skip_duplicate_check = Some(value);
        self
    }
}
impl rt::serde::Serialize for BatchAddRelationDatasRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationList", &self.relation_list)?;
        object.field("relationType", &self.relation_type)?;
        object.optional("skipDuplicateCheck", &self.skip_duplicate_check)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddRelationDatasRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddRelationDatasRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationList" => rt::read_field(map, &mut self.relation_list),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "skipDuplicateCheck" => rt::read_field(map, &mut self.skip_duplicate_check),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchAddRelationDatasRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_create_clue_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateClueDataRequest {
    /// `dataList`.
    pub data_list: Option<Vec<BatchCreateClueDataRequestDataList>>,
    /// `privateSeas`.
    pub private_seas: Option<bool>,
    /// `userId`.
    pub user_id: String,
}
impl BatchCreateClueDataRequest {
    /// A `BatchCreateClueDataRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            data_list: None,
            private_seas: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `dataList`.
    pub fn data_list(
        mut self,
        value: impl IntoIterator<Item = BatchCreateClueDataRequestDataList>,
    ) -> Self {
        self.data_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `privateSeas`.
    pub fn private_seas(mut self, value: bool) -> Self {
        self.private_seas = Some(value);
        self
    }
}
impl rt::serde::Serialize for BatchCreateClueDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("privateSeas", &self.private_seas)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchCreateClueDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateClueDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "privateSeas" => rt::read_field(map, &mut self.private_seas),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchCreateClueDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_remove_follow_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchRemoveFollowRecordsRequest {
    /// `instanceIds`.
    pub instance_ids: Vec<String>,
    /// `operatorUserId`.
    pub operator_user_id: String,
}
impl BatchRemoveFollowRecordsRequest {
    /// A `BatchRemoveFollowRecordsRequest` with its required fields (`instanceIds`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        operator_user_id: impl Into<String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            operator_user_id: operator_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchRemoveFollowRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("instanceIds", &self.instance_ids)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchRemoveFollowRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchRemoveFollowRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceIds" => rt::read_field(map, &mut self.instance_ids),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchRemoveFollowRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_send_official_account_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequest {
    /// `accountId`.
    pub account_id: Option<String>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `detail`.
    pub detail: BatchSendOfficialAccountOTOMessageRequestDetail,
}
impl BatchSendOfficialAccountOTOMessageRequest {
    /// A `BatchSendOfficialAccountOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(detail: BatchSendOfficialAccountOTOMessageRequestDetail) -> Self {
        Self {
            account_id: None,
            biz_id: None,
            detail,
        }
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchSendOfficialAccountOTOMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountId", &self.account_id)?;
        object.optional("bizId", &self.biz_id)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchSendOfficialAccountOTOMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSendOfficialAccountOTOMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchSendOfficialAccountOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_contacts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateContactsRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationList`.
    pub relation_list: Vec<BatchUpdateContactsRequestRelationList>,
}
impl BatchUpdateContactsRequest {
    /// A `BatchUpdateContactsRequest` with its required fields (`operatorUserId`, `relationList`); set the others with the methods named after them.
    pub fn new(
        operator_user_id: impl Into<String>,
        relation_list: impl IntoIterator<Item = BatchUpdateContactsRequestRelationList>,
    ) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
            relation_list: relation_list.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for BatchUpdateContactsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationList", &self.relation_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateContactsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateContactsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationList" => rt::read_field(map, &mut self.relation_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchUpdateContactsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_follow_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateFollowRecordsRequest {
    /// `instanceList`.
    pub instance_list: Vec<BatchUpdateFollowRecordsRequestInstanceList>,
    /// `operatorUserId`.
    pub operator_user_id: String,
}
impl BatchUpdateFollowRecordsRequest {
    /// A `BatchUpdateFollowRecordsRequest` with its required fields (`instanceList`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(
        instance_list: impl IntoIterator<
            Item = BatchUpdateFollowRecordsRequestInstanceList,
        >,
        operator_user_id: impl Into<String>,
    ) -> Self {
        Self {
            instance_list: instance_list.into_iter().collect(),
            operator_user_id: operator_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchUpdateFollowRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("instanceList", &self.instance_list)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateFollowRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateFollowRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceList" => rt::read_field(map, &mut self.instance_list),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchUpdateFollowRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_relation_datas`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateRelationDatasRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationList`.
    pub relation_list: Vec<BatchUpdateRelationDatasRequestRelationList>,
    /// `relationType`.
    pub relation_type: String,
    /// `skipDuplicateCheck`.
    pub skip_duplicate_check: Option<bool>,
}
impl BatchUpdateRelationDatasRequest {
    /// A `BatchUpdateRelationDatasRequest` with its required fields (`operatorUserId`, `relationList`, `relationType`); set the others with the methods named after them.
    pub fn new(
        operator_user_id: impl Into<String>,
        relation_list: impl IntoIterator<
            Item = BatchUpdateRelationDatasRequestRelationList,
        >,
        relation_type: impl Into<String>,
    ) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
            relation_list: relation_list.into_iter().collect(),
            relation_type: relation_type.into(),
            skip_duplicate_check: None,
        }
    }
    /// Sets `skipDuplicateCheck`.
    pub fn skip_duplicate_check(mut self, value: bool) -> Self {
        self.skip_duplicate_check = Some(value);
        self
    }
}
impl rt::serde::Serialize for BatchUpdateRelationDatasRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationList", &self.relation_list)?;
        object.field("relationType", &self.relation_type)?;
        object.optional("skipDuplicateCheck", &self.skip_duplicate_check)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateRelationDatasRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateRelationDatasRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationList" => rt::read_field(map, &mut self.relation_list),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "skipDuplicateCheck" => rt::read_field(map, &mut self.skip_duplicate_check),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchUpdateRelationDatasRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::consume_benefit_inventory`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ConsumeBenefitInventoryRequest {
    /// `benefitCode`.
    pub benefit_code: String,
    /// `bizRequestId`.
    pub biz_request_id: String,
    /// `consumeQuota`.
    pub consume_quota: i64,
    /// `optUserId`.
    pub opt_user_id: String,
}
impl ConsumeBenefitInventoryRequest {
    /// A `ConsumeBenefitInventoryRequest` with its required fields (`benefitCode`, `bizRequestId`, `consumeQuota`, `optUserId`); set the others with the methods named after them.
    pub fn new(
        benefit_code: impl Into<String>,
        biz_request_id: impl Into<String>,
        consume_quota: i64,
        opt_user_id: impl Into<String>,
    ) -> Self {
        Self {
            benefit_code: benefit_code.into(),
            biz_request_id: biz_request_id.into(),
            consume_quota,
            opt_user_id: opt_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for ConsumeBenefitInventoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("benefitCode", &self.benefit_code)?;
        object.field("bizRequestId", &self.biz_request_id)?;
        object.field("consumeQuota", &self.consume_quota)?;
        object.field("optUserId", &self.opt_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConsumeBenefitInventoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConsumeBenefitInventoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCode" => rt::read_field(map, &mut self.benefit_code),
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "consumeQuota" => rt::read_field(map, &mut self.consume_quota),
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConsumeBenefitInventoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateCustomerRequest {
    /// `contacts`.
    pub contacts: Option<Vec<CreateCustomerRequestContacts>>,
    /// `creatorUserId`.
    pub creator_user_id: String,
    /// `data`.
    pub data: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
    /// `permission`.
    pub permission: Option<CreateCustomerRequestPermission>,
    /// `saveOption`.
    pub save_option: CreateCustomerRequestSaveOption,
}
impl CreateCustomerRequest {
    /// A `CreateCustomerRequest` with its required fields (`creatorUserId`, `data`, `saveOption`); set the others with the methods named after them.
    pub fn new(
        creator_user_id: impl Into<String>,
        data: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
        save_option: CreateCustomerRequestSaveOption,
    ) -> Self {
        Self {
            contacts: None,
            creator_user_id: creator_user_id.into(),
            data: data.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            extend_data: None,
            instance_id: None,
            object_type: None,
            permission: None,
            save_option,
        }
    }
    /// Sets `contacts`.
    pub fn contacts(
        mut self,
        value: impl IntoIterator<Item = CreateCustomerRequestContacts>,
    ) -> Self {
        self.contacts = Some(value.into_iter().collect());
        self
    }
    /// Sets `extendData`.
    pub fn extend_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `objectType`.
    pub fn object_type(mut self, value: impl Into<String>) -> Self {
        self.object_type = Some(value.into());
        self
    }
    /// Sets `permission`.
    pub fn permission(mut self, value: CreateCustomerRequestPermission) -> Self {
        self.permission = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateCustomerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contacts", &self.contacts)?;
        object.field("creatorUserId", &self.creator_user_id)?;
        object.field("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("objectType", &self.object_type)?;
        object.optional("permission", &self.permission)?;
        object.field("saveOption", &self.save_option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contacts" => rt::read_field(map, &mut self.contacts),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "permission" => rt::read_field(map, &mut self.permission),
            "saveOption" => rt::read_field(map, &mut self.save_option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupRequest {
    /// `groupName`.
    pub group_name: String,
    /// `memberUserIds`.
    pub member_user_ids: Option<String>,
    /// `ownerUserId`.
    pub owner_user_id: String,
    /// `relationType`.
    pub relation_type: String,
}
impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields (`groupName`, `ownerUserId`, `relationType`); set the others with the methods named after them.
    pub fn new(
        group_name: impl Into<String>,
        owner_user_id: impl Into<String>,
        relation_type: impl Into<String>,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            member_user_ids: None,
            owner_user_id: owner_user_id.into(),
            relation_type: relation_type.into(),
        }
    }
    /// Sets `memberUserIds`.
    pub fn member_user_ids(mut self, value: impl Into<String>) -> Self {
        self.member_user_ids = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupName", &self.group_name)?;
        object.optional("memberUserIds", &self.member_user_ids)?;
        object.field("ownerUserId", &self.owner_user_id)?;
        object.field("relationType", &self.relation_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupName" => rt::read_field(map, &mut self.group_name),
            "memberUserIds" => rt::read_field(map, &mut self.member_user_ids),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupSetRequest {
    /// `creatorUserId`.
    pub creator_user_id: String,
    /// `managerUserIds`.
    pub manager_user_ids: Option<String>,
    /// `memberQuota`.
    pub member_quota: Option<i64>,
    /// `name`.
    pub name: String,
    /// `notice`.
    pub notice: Option<String>,
    /// `noticeToped`.
    pub notice_toped: Option<i64>,
    /// `ownerUserId`.
    pub owner_user_id: String,
    /// `relationType`.
    pub relation_type: String,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `welcome`.
    pub welcome: Option<String>,
}
impl CreateGroupSetRequest {
    /// A `CreateGroupSetRequest` with its required fields (`creatorUserId`, `name`, `ownerUserId`, `relationType`); set the others with the methods named after them.
    pub fn new(
        creator_user_id: impl Into<String>,
        name: impl Into<String>,
        owner_user_id: impl Into<String>,
        relation_type: impl Into<String>,
    ) -> Self {
        Self {
            creator_user_id: creator_user_id.into(),
            manager_user_ids: None,
            member_quota: None,
            name: name.into(),
            notice: None,
            notice_toped: None,
            owner_user_id: owner_user_id.into(),
            relation_type: relation_type.into(),
            template_id: None,
            welcome: None,
        }
    }
    /// Sets `managerUserIds`.
    pub fn manager_user_ids(mut self, value: impl Into<String>) -> Self {
        self.manager_user_ids = Some(value.into());
        self
    }
    /// Sets `memberQuota`.
    pub fn member_quota(mut self, value: i64) -> Self {
        self.member_quota = Some(value);
        self
    }
    /// Sets `notice`.
    pub fn notice(mut self, value: impl Into<String>) -> Self {
        self.notice = Some(value.into());
        self
    }
    /// Sets `noticeToped`.
    pub fn notice_toped(mut self, value: i64) -> Self {
        self.notice_toped = Some(value);
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
    /// Sets `welcome`.
    pub fn welcome(mut self, value: impl Into<String>) -> Self {
        self.welcome = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateGroupSetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creatorUserId", &self.creator_user_id)?;
        object.optional("managerUserIds", &self.manager_user_ids)?;
        object.optional("memberQuota", &self.member_quota)?;
        object.field("name", &self.name)?;
        object.optional("notice", &self.notice)?;
        object.optional("noticeToped", &self.notice_toped)?;
        object.field("ownerUserId", &self.owner_user_id)?;
        object.field("relationType", &self.relation_type)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("welcome", &self.welcome)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupSetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupSetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "managerUserIds" => rt::read_field(map, &mut self.manager_user_ids),
            "memberQuota" => rt::read_field(map, &mut self.member_quota),
            "name" => rt::read_field(map, &mut self.name),
            "notice" => rt::read_field(map, &mut self.notice),
            "noticeToped" => rt::read_field(map, &mut self.notice_toped),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "welcome" => rt::read_field(map, &mut self.welcome),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_relation_meta`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateRelationMetaRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationMetaDTO`.
    pub relation_meta_dto: CreateRelationMetaRequestRelationMetaDTO,
    /// `tenant`.
    pub tenant: String,
}
impl CreateRelationMetaRequest {
    /// A `CreateRelationMetaRequest` with its required fields (`operatorUserId`, `relationMetaDTO`, `tenant`); set the others with the methods named after them.
    pub fn new(
        operator_user_id: impl Into<String>,
        relation_meta_dto: CreateRelationMetaRequestRelationMetaDTO,
        tenant: impl Into<String>,
    ) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
            relation_meta_dto,
            tenant: tenant.into(),
        }
    }
}
impl rt::serde::Serialize for CreateRelationMetaRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationMetaDTO", &self.relation_meta_dto)?;
        object.field("tenant", &self.tenant)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRelationMetaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRelationMetaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationMetaDTO" => rt::read_field(map, &mut self.relation_meta_dto),
            "tenant" => rt::read_field(map, &mut self.tenant),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateRelationMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_crm_custom_object_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteCrmCustomObjectDataRequest {
    /// `formCode`: a query parameter.
    pub form_code: String,
}
impl DeleteCrmCustomObjectDataRequest {
    /// A `DeleteCrmCustomObjectDataRequest` with its required fields (`formCode`); set the others with the methods named after them.
    pub fn new(form_code: impl Into<String>) -> Self {
        Self {
            form_code: form_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteCrmCustomObjectDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteCrmCustomObjectDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formCode" => rt::read_field(map, &mut self.form_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteCrmCustomObjectDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("formCode", &self.form_code);
    }
}
/// The request of [`Api::delete_crm_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteCrmFormInstanceRequest {
    /// `currentOperatorUserId`: a query parameter.
    pub current_operator_user_id: String,
    /// `name`: a query parameter.
    pub name: String,
}
impl DeleteCrmFormInstanceRequest {
    /// A `DeleteCrmFormInstanceRequest` with its required fields (`currentOperatorUserId`, `name`); set the others with the methods named after them.
    pub fn new(
        current_operator_user_id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            current_operator_user_id: current_operator_user_id.into(),
            name: name.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteCrmFormInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteCrmFormInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentOperatorUserId" => {
                rt::read_field(map, &mut self.current_operator_user_id)
            }
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteCrmFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("currentOperatorUserId", &self.current_operator_user_id);
        writer.query("name", &self.name);
    }
}
/// The request of [`Api::delete_crm_personal_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteCrmPersonalCustomerRequest {
    /// `currentOperatorUserId`: a query parameter.
    pub current_operator_user_id: String,
    /// `relationType`: a query parameter.
    pub relation_type: Option<String>,
}
impl DeleteCrmPersonalCustomerRequest {
    /// A `DeleteCrmPersonalCustomerRequest` with its required fields (`currentOperatorUserId`); set the others with the methods named after them.
    pub fn new(current_operator_user_id: impl Into<String>) -> Self {
        Self {
            current_operator_user_id: current_operator_user_id.into(),
            relation_type: None,
        }
    }
    /// Sets `relationType`.
    pub fn relation_type(mut self, value: impl Into<String>) -> Self {
        self.relation_type = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteCrmPersonalCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteCrmPersonalCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentOperatorUserId" => {
                rt::read_field(map, &mut self.current_operator_user_id)
            }
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteCrmPersonalCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("currentOperatorUserId", &self.current_operator_user_id);
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::delete_leads`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteLeadsRequest {
    /// `outLeadsIds`.
    pub out_leads_ids: Vec<String>,
}
impl DeleteLeadsRequest {
    /// A `DeleteLeadsRequest` with its required fields (`outLeadsIds`); set the others with the methods named after them.
    pub fn new(out_leads_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            out_leads_ids: out_leads_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for DeleteLeadsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("outLeadsIds", &self.out_leads_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteLeadsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteLeadsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outLeadsIds" => rt::read_field(map, &mut self.out_leads_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteLeadsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_relation_meta_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRelationMetaFieldRequest {
    /// `fieldIdList`.
    pub field_id_list: Vec<String>,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationType`.
    pub relation_type: String,
    /// `tenant`.
    pub tenant: String,
}
impl DeleteRelationMetaFieldRequest {
    /// A `DeleteRelationMetaFieldRequest` with its required fields (`fieldIdList`, `operatorUserId`, `relationType`, `tenant`); set the others with the methods named after them.
    pub fn new(
        field_id_list: impl IntoIterator<Item = impl Into<String>>,
        operator_user_id: impl Into<String>,
        relation_type: impl Into<String>,
        tenant: impl Into<String>,
    ) -> Self {
        Self {
            field_id_list: field_id_list.into_iter().map(Into::into).collect(),
            operator_user_id: operator_user_id.into(),
            relation_type: relation_type.into(),
            tenant: tenant.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteRelationMetaFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fieldIdList", &self.field_id_list)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationType", &self.relation_type)?;
        object.field("tenant", &self.tenant)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteRelationMetaFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteRelationMetaFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldIdList" => rt::read_field(map, &mut self.field_id_list),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "tenant" => rt::read_field(map, &mut self.tenant),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteRelationMetaFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::describe_crm_personal_customer_object_meta`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DescribeCrmPersonalCustomerObjectMetaRequest {
    /// `relationType`: a query parameter.
    pub relation_type: Option<String>,
}
impl DescribeCrmPersonalCustomerObjectMetaRequest {
    /// An empty `DescribeCrmPersonalCustomerObjectMetaRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `relationType`.
    pub fn relation_type(mut self, value: impl Into<String>) -> Self {
        self.relation_type = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DescribeCrmPersonalCustomerObjectMetaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DescribeCrmPersonalCustomerObjectMetaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DescribeCrmPersonalCustomerObjectMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::describe_meta_model`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DescribeMetaModelRequest {
    /// `bizTypes`.
    pub biz_types: Vec<String>,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `tenant`.
    pub tenant: String,
}
impl DescribeMetaModelRequest {
    /// A `DescribeMetaModelRequest` with its required fields (`bizTypes`, `operatorUserId`, `tenant`); set the others with the methods named after them.
    pub fn new(
        biz_types: impl IntoIterator<Item = impl Into<String>>,
        operator_user_id: impl Into<String>,
        tenant: impl Into<String>,
    ) -> Self {
        Self {
            biz_types: biz_types.into_iter().map(Into::into).collect(),
            operator_user_id: operator_user_id.into(),
            tenant: tenant.into(),
        }
    }
}
impl rt::serde::Serialize for DescribeMetaModelRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizTypes", &self.biz_types)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("tenant", &self.tenant)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DescribeMetaModelRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DescribeMetaModelRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTypes" => rt::read_field(map, &mut self.biz_types),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "tenant" => rt::read_field(map, &mut self.tenant),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DescribeMetaModelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::describe_relation_meta`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DescribeRelationMetaRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationTypes`.
    pub relation_types: Vec<String>,
    /// `tenant`.
    pub tenant: String,
}
impl DescribeRelationMetaRequest {
    /// A `DescribeRelationMetaRequest` with its required fields (`operatorUserId`, `relationTypes`, `tenant`); set the others with the methods named after them.
    pub fn new(
        operator_user_id: impl Into<String>,
        relation_types: impl IntoIterator<Item = impl Into<String>>,
        tenant: impl Into<String>,
    ) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
            relation_types: relation_types.into_iter().map(Into::into).collect(),
            tenant: tenant.into(),
        }
    }
}
impl rt::serde::Serialize for DescribeRelationMetaRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationTypes", &self.relation_types)?;
        object.field("tenant", &self.tenant)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DescribeRelationMetaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DescribeRelationMetaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationTypes" => rt::read_field(map, &mut self.relation_types),
            "tenant" => rt::read_field(map, &mut self.tenant),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DescribeRelationMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::find_target_related_follow_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FindTargetRelatedFollowRecordsRequest {
    /// `followTargetDataId`.
    pub follow_target_data_id: String,
    /// `followTargetType`.
    pub follow_target_type: String,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl FindTargetRelatedFollowRecordsRequest {
    /// A `FindTargetRelatedFollowRecordsRequest` with its required fields (`followTargetDataId`, `followTargetType`, `maxResults`); set the others with the methods named after them.
    pub fn new(
        follow_target_data_id: impl Into<String>,
        follow_target_type: impl Into<String>,
        max_results: i64,
    ) -> Self {
        Self {
            follow_target_data_id: follow_target_data_id.into(),
            follow_target_type: follow_target_type.into(),
            max_results,
            next_token: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for FindTargetRelatedFollowRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("followTargetDataId", &self.follow_target_data_id)?;
        object.field("followTargetType", &self.follow_target_type)?;
        object.field("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FindTargetRelatedFollowRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FindTargetRelatedFollowRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "followTargetDataId" => rt::read_field(map, &mut self.follow_target_data_id),
            "followTargetType" => rt::read_field(map, &mut self.follow_target_type),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FindTargetRelatedFollowRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_all_customer_recycles`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllCustomerRecyclesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl GetAllCustomerRecyclesRequest {
    /// An empty `GetAllCustomerRecyclesRequest`; set fields with the methods named after them.
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
impl<'de> rt::serde::Deserialize<'de> for GetAllCustomerRecyclesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAllCustomerRecyclesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAllCustomerRecyclesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_contacts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetContactsRequest {
    /// `currentOperatorUserId`.
    pub current_operator_user_id: Option<String>,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
    /// `providerCorpId`.
    pub provider_corp_id: Option<String>,
    /// `queryDsl`.
    pub query_dsl: Option<String>,
}
impl GetContactsRequest {
    /// A `GetContactsRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(max_results: i64) -> Self {
        Self {
            current_operator_user_id: None,
            max_results,
            next_token: None,
            object_type: None,
            provider_corp_id: None,
            query_dsl: None,
        }
    }
    /// Sets `currentOperatorUserId`.
    pub fn current_operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.current_operator_user_id = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `objectType`.
    pub fn object_type(mut self, value: impl Into<String>) -> Self {
        self.object_type = Some(value.into());
        self
    }
    /// Sets `providerCorpId`.
    pub fn provider_corp_id(mut self, value: impl Into<String>) -> Self {
        self.provider_corp_id = Some(value.into());
        self
    }
    /// Sets `queryDsl`.
    pub fn query_dsl(mut self, value: impl Into<String>) -> Self {
        self.query_dsl = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetContactsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentOperatorUserId", &self.current_operator_user_id)?;
        object.field("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("objectType", &self.object_type)?;
        object.optional("providerCorpId", &self.provider_corp_id)?;
        object.optional("queryDsl", &self.query_dsl)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetContactsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetContactsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentOperatorUserId" => {
                rt::read_field(map, &mut self.current_operator_user_id)
            }
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "providerCorpId" => rt::read_field(map, &mut self.provider_corp_id),
            "queryDsl" => rt::read_field(map, &mut self.query_dsl),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetContactsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_crm_group_chat_multi`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmGroupChatMultiRequest {
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
}
impl GetCrmGroupChatMultiRequest {
    /// An empty `GetCrmGroupChatMultiRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationIds`.
    pub fn open_conversation_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_conversation_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for GetCrmGroupChatMultiRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCrmGroupChatMultiRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCrmGroupChatMultiRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCrmGroupChatMultiRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_crm_group_chat_single`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCrmGroupChatSingleRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
}
impl GetCrmGroupChatSingleRequest {
    /// A `GetCrmGroupChatSingleRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCrmGroupChatSingleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCrmGroupChatSingleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCrmGroupChatSingleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
    }
}
/// The request of [`Api::get_crm_role_permission`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCrmRolePermissionRequest {
    /// `bizType`: a query parameter.
    pub biz_type: Option<String>,
    /// `resourceId`: a query parameter.
    pub resource_id: Option<String>,
}
impl GetCrmRolePermissionRequest {
    /// An empty `GetCrmRolePermissionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: impl Into<String>) -> Self {
        self.biz_type = Some(value.into());
        self
    }
    /// Sets `resourceId`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCrmRolePermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCrmRolePermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "resourceId" => rt::read_field(map, &mut self.resource_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCrmRolePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("resourceId", &self.resource_id);
    }
}
/// The request of [`Api::get_customer_tracks_by_relation_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCustomerTracksByRelationIdRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `relationId`: a query parameter.
    pub relation_id: String,
    /// `typeGroup`: a query parameter.
    pub type_group: Option<i64>,
}
impl GetCustomerTracksByRelationIdRequest {
    /// A `GetCustomerTracksByRelationIdRequest` with its required fields (`relationId`); set the others with the methods named after them.
    pub fn new(relation_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            relation_id: relation_id.into(),
            type_group: None,
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
    /// Sets `typeGroup`.
    pub fn type_group(mut self, value: i64) -> Self {
        self.type_group = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCustomerTracksByRelationIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCustomerTracksByRelationIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "relationId" => rt::read_field(map, &mut self.relation_id),
            "typeGroup" => rt::read_field(map, &mut self.type_group),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCustomerTracksByRelationIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("relationId", &self.relation_id);
        writer.query("typeGroup", &self.type_group);
    }
}
/// The request of [`Api::get_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetGroupSetRequest {
    /// `openGroupSetId`: a query parameter.
    pub open_group_set_id: String,
}
impl GetGroupSetRequest {
    /// A `GetGroupSetRequest` with its required fields (`openGroupSetId`); set the others with the methods named after them.
    pub fn new(open_group_set_id: impl Into<String>) -> Self {
        Self {
            open_group_set_id: open_group_set_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetGroupSetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetGroupSetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openGroupSetId", &self.open_group_set_id);
    }
}
/// The request of [`Api::get_in_app_purchase_goods`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsRequest {
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetInAppPurchaseGoodsRequest {
    /// An empty `GetInAppPurchaseGoodsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInAppPurchaseGoodsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInAppPurchaseGoodsRequest {
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
impl rt::WriteRequest for GetInAppPurchaseGoodsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_navigation_catalog`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetNavigationCatalogRequest {
    /// `bizTraceId`: a query parameter.
    pub biz_trace_id: String,
    /// `module`: a query parameter.
    pub module: String,
    /// `operatorUserId`: a query parameter.
    pub operator_user_id: String,
}
impl GetNavigationCatalogRequest {
    /// A `GetNavigationCatalogRequest` with its required fields (`bizTraceId`, `module`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(
        biz_trace_id: impl Into<String>,
        module: impl Into<String>,
        operator_user_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_trace_id: biz_trace_id.into(),
            module: module.into(),
            operator_user_id: operator_user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetNavigationCatalogRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetNavigationCatalogRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTraceId" => rt::read_field(map, &mut self.biz_trace_id),
            "module" => rt::read_field(map, &mut self.module),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetNavigationCatalogRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizTraceId", &self.biz_trace_id);
        writer.query("module", &self.module);
        writer.query("operatorUserId", &self.operator_user_id);
    }
}
/// The request of [`Api::get_object_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetObjectDataRequest {
    /// `currentOperatorUserId`.
    pub current_operator_user_id: Option<String>,
    /// `maxResults`.
    pub max_results: i64,
    /// `name`.
    pub name: String,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `queryDsl`.
    pub query_dsl: Option<String>,
}
impl GetObjectDataRequest {
    /// A `GetObjectDataRequest` with its required fields (`maxResults`, `name`); set the others with the methods named after them.
    pub fn new(max_results: i64, name: impl Into<String>) -> Self {
        Self {
            current_operator_user_id: None,
            max_results,
            name: name.into(),
            next_token: None,
            query_dsl: None,
        }
    }
    /// Sets `currentOperatorUserId`.
    pub fn current_operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.current_operator_user_id = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `queryDsl`.
    pub fn query_dsl(mut self, value: impl Into<String>) -> Self {
        self.query_dsl = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetObjectDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentOperatorUserId", &self.current_operator_user_id)?;
        object.field("maxResults", &self.max_results)?;
        object.field("name", &self.name)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("queryDsl", &self.query_dsl)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetObjectDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetObjectDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentOperatorUserId" => {
                rt::read_field(map, &mut self.current_operator_user_id)
            }
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "name" => rt::read_field(map, &mut self.name),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "queryDsl" => rt::read_field(map, &mut self.query_dsl),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetObjectDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_official_account_contacts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetOfficialAccountContactsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
impl GetOfficialAccountContactsRequest {
    /// A `GetOfficialAccountContactsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: next_token.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOfficialAccountContactsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOfficialAccountContactsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOfficialAccountContactsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_official_account_oto_message_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetOfficialAccountOTOMessageResultRequest {
    /// `accountId`: a query parameter.
    pub account_id: Option<String>,
    /// `openPushId`: a query parameter.
    pub open_push_id: String,
}
impl GetOfficialAccountOTOMessageResultRequest {
    /// A `GetOfficialAccountOTOMessageResultRequest` with its required fields (`openPushId`); set the others with the methods named after them.
    pub fn new(open_push_id: impl Into<String>) -> Self {
        Self {
            account_id: None,
            open_push_id: open_push_id.into(),
        }
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOfficialAccountOTOMessageResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOfficialAccountOTOMessageResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "openPushId" => rt::read_field(map, &mut self.open_push_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOfficialAccountOTOMessageResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountId", &self.account_id);
        writer.query("openPushId", &self.open_push_id);
    }
}
/// The request of [`Api::get_related_view_tab_data`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelatedViewTabDataRequest {
    /// `formCode`.
    pub form_code: Option<String>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `relatedField`.
    pub related_field: Option<String>,
    /// `relatedInstId`.
    pub related_inst_id: Option<String>,
    /// `viewUserId`.
    pub view_user_id: Option<String>,
}
impl GetRelatedViewTabDataRequest {
    /// An empty `GetRelatedViewTabDataRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `formCode`.
    pub fn form_code(mut self, value: impl Into<String>) -> Self {
        self.form_code = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
    /// Sets `relatedField`.
    pub fn related_field(mut self, value: impl Into<String>) -> Self {
        self.related_field = Some(value.into());
        self
    }
    /// Sets `relatedInstId`.
    pub fn related_inst_id(mut self, value: impl Into<String>) -> Self {
        self.related_inst_id = Some(value.into());
        self
    }
    /// Sets `viewUserId`.
    pub fn view_user_id(mut self, value: impl Into<String>) -> Self {
        self.view_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetRelatedViewTabDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("relatedField", &self.related_field)?;
        object.optional("relatedInstId", &self.related_inst_id)?;
        object.optional("viewUserId", &self.view_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRelatedViewTabDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRelatedViewTabDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formCode" => rt::read_field(map, &mut self.form_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "relatedField" => rt::read_field(map, &mut self.related_field),
            "relatedInstId" => rt::read_field(map, &mut self.related_inst_id),
            "viewUserId" => rt::read_field(map, &mut self.view_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRelatedViewTabDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_related_view_tab_meta`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRelatedViewTabMetaRequest {
    /// `formCode`.
    pub form_code: String,
    /// `viewUserId`.
    pub view_user_id: String,
}
impl GetRelatedViewTabMetaRequest {
    /// A `GetRelatedViewTabMetaRequest` with its required fields (`formCode`, `viewUserId`); set the others with the methods named after them.
    pub fn new(form_code: impl Into<String>, view_user_id: impl Into<String>) -> Self {
        Self {
            form_code: form_code.into(),
            view_user_id: view_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetRelatedViewTabMetaRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("formCode", &self.form_code)?;
        object.field("viewUserId", &self.view_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRelatedViewTabMetaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRelatedViewTabMetaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formCode" => rt::read_field(map, &mut self.form_code),
            "viewUserId" => rt::read_field(map, &mut self.view_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRelatedViewTabMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_relation_uk_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRelationUkSettingRequest {
    /// `relationType`: a query parameter.
    pub relation_type: String,
}
impl GetRelationUkSettingRequest {
    /// A `GetRelationUkSettingRequest` with its required fields (`relationType`); set the others with the methods named after them.
    pub fn new(relation_type: impl Into<String>) -> Self {
        Self {
            relation_type: relation_type.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRelationUkSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRelationUkSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRelationUkSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::join_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct JoinGroupSetRequest {
    /// `bizDataList`.
    pub biz_data_list: Option<Vec<JoinGroupSetRequestBizDataList>>,
    /// `corpId`.
    pub corp_id: String,
    /// `openGroupSetId`.
    pub open_group_set_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl JoinGroupSetRequest {
    /// A `JoinGroupSetRequest` with its required fields (`corpId`, `openGroupSetId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        open_group_set_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_data_list: None,
            corp_id: corp_id.into(),
            open_group_set_id: open_group_set_id.into(),
            union_id: union_id.into(),
        }
    }
    /// Sets `bizDataList`.
    pub fn biz_data_list(
        mut self,
        value: impl IntoIterator<Item = JoinGroupSetRequestBizDataList>,
    ) -> Self {
        self.biz_data_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for JoinGroupSetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizDataList", &self.biz_data_list)?;
        object.field("corpId", &self.corp_id)?;
        object.field("openGroupSetId", &self.open_group_set_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for JoinGroupSetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for JoinGroupSetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizDataList" => rt::read_field(map, &mut self.biz_data_list),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for JoinGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_available_benefit`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListAvailableBenefitRequest {
    /// `benefitCodeList`.
    pub benefit_code_list: Vec<String>,
}
impl ListAvailableBenefitRequest {
    /// A `ListAvailableBenefitRequest` with its required fields (`benefitCodeList`); set the others with the methods named after them.
    pub fn new(benefit_code_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            benefit_code_list: benefit_code_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for ListAvailableBenefitRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("benefitCodeList", &self.benefit_code_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAvailableBenefitRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAvailableBenefitRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCodeList" => rt::read_field(map, &mut self.benefit_code_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListAvailableBenefitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_benefit_license`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListBenefitLicenseRequest {
    /// `domains`.
    pub domains: Vec<String>,
}
impl ListBenefitLicenseRequest {
    /// A `ListBenefitLicenseRequest` with its required fields (`domains`); set the others with the methods named after them.
    pub fn new(domains: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            domains: domains.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for ListBenefitLicenseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("domains", &self.domains)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListBenefitLicenseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListBenefitLicenseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domains" => rt::read_field(map, &mut self.domains),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListBenefitLicenseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_crm_personal_customers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListCrmPersonalCustomersRequest {
    /// `currentOperatorUserId`: a query parameter.
    pub current_operator_user_id: Option<String>,
    /// `relationType`: a query parameter.
    pub relation_type: Option<String>,
    /// `body`.
    pub body: Vec<String>,
}
impl ListCrmPersonalCustomersRequest {
    /// A `ListCrmPersonalCustomersRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            current_operator_user_id: None,
            relation_type: None,
            body: body.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `currentOperatorUserId`.
    pub fn current_operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.current_operator_user_id = Some(value.into());
        self
    }
    /// Sets `relationType`.
    pub fn relation_type(mut self, value: impl Into<String>) -> Self {
        self.relation_type = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListCrmPersonalCustomersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListCrmPersonalCustomersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentOperatorUserId" => {
                rt::read_field(map, &mut self.current_operator_user_id)
            }
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListCrmPersonalCustomersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("currentOperatorUserId", &self.current_operator_user_id);
        writer.query("relationType", &self.relation_type);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::list_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListGroupSetRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `queryDsl`: a query parameter.
    pub query_dsl: Option<String>,
    /// `relationType`: a query parameter.
    pub relation_type: String,
}
impl ListGroupSetRequest {
    /// A `ListGroupSetRequest` with its required fields (`relationType`); set the others with the methods named after them.
    pub fn new(relation_type: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            query_dsl: None,
            relation_type: relation_type.into(),
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
    /// Sets `queryDsl`.
    pub fn query_dsl(mut self, value: impl Into<String>) -> Self {
        self.query_dsl = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListGroupSetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListGroupSetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "queryDsl" => rt::read_field(map, &mut self.query_dsl),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("queryDsl", &self.query_dsl);
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::override_update_customer_data_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OverrideUpdateCustomerDataAuthRequest {
    /// `customerIds`.
    pub customer_ids: Vec<String>,
    /// `dataAuthUserIds`.
    pub data_auth_user_ids: Vec<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `operateUserId`.
    pub operate_user_id: String,
    /// `relationType`.
    pub relation_type: Option<String>,
    /// `roleType`.
    pub role_type: String,
}
impl OverrideUpdateCustomerDataAuthRequest {
    /// A `OverrideUpdateCustomerDataAuthRequest` with its required fields (`customerIds`, `dataAuthUserIds`, `operateUserId`, `roleType`); set the others with the methods named after them.
    pub fn new(
        customer_ids: impl IntoIterator<Item = impl Into<String>>,
        data_auth_user_ids: impl IntoIterator<Item = impl Into<String>>,
        operate_user_id: impl Into<String>,
        role_type: impl Into<String>,
    ) -> Self {
        Self {
            customer_ids: customer_ids.into_iter().map(Into::into).collect(),
            data_auth_user_ids: data_auth_user_ids.into_iter().map(Into::into).collect(),
            form_code: None,
            operate_user_id: operate_user_id.into(),
            relation_type: None,
            role_type: role_type.into(),
        }
    }
    /// Sets `formCode`.
    pub fn form_code(mut self, value: impl Into<String>) -> Self {
        self.form_code = Some(value.into());
        self
    }
    /// Sets `relationType`.
    pub fn relation_type(mut self, value: impl Into<String>) -> Self {
        self.relation_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for OverrideUpdateCustomerDataAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("customerIds", &self.customer_ids)?;
        object.field("dataAuthUserIds", &self.data_auth_user_ids)?;
        object.optional("formCode", &self.form_code)?;
        object.field("operateUserId", &self.operate_user_id)?;
        object.optional("relationType", &self.relation_type)?;
        object.field("roleType", &self.role_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OverrideUpdateCustomerDataAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OverrideUpdateCustomerDataAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerIds" => rt::read_field(map, &mut self.customer_ids),
            "dataAuthUserIds" => rt::read_field(map, &mut self.data_auth_user_ids),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "roleType" => rt::read_field(map, &mut self.role_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OverrideUpdateCustomerDataAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_all_customer`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllCustomerRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
    /// `operatorUserId`.
    pub operator_user_id: Option<String>,
}
impl QueryAllCustomerRequest {
    /// An empty `QueryAllCustomerRequest`; set fields with the methods named after them.
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
    /// Sets `objectType`.
    pub fn object_type(mut self, value: impl Into<String>) -> Self {
        self.object_type = Some(value.into());
        self
    }
    /// Sets `operatorUserId`.
    pub fn operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.operator_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryAllCustomerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("objectType", &self.object_type)?;
        object.optional("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAllCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAllCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAllCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_all_tracks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAllTracksRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `order`: a query parameter.
    pub order: Option<String>,
}
impl QueryAllTracksRequest {
    /// A `QueryAllTracksRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(max_results: i64) -> Self {
        Self {
            max_results,
            next_token: None,
            order: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAllTracksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAllTracksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "order" => rt::read_field(map, &mut self.order),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAllTracksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("order", &self.order);
    }
}
/// The request of [`Api::query_app_manager`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAppManagerRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
}
impl QueryAppManagerRequest {
    /// A `QueryAppManagerRequest` with its required fields (`operatorUserId`); set the others with the methods named after them.
    pub fn new(operator_user_id: impl Into<String>) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryAppManagerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAppManagerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAppManagerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAppManagerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_benefit_inventory`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryBenefitInventoryRequest {
    /// `benefitCode`.
    pub benefit_code: String,
}
impl QueryBenefitInventoryRequest {
    /// A `QueryBenefitInventoryRequest` with its required fields (`benefitCode`); set the others with the methods named after them.
    pub fn new(benefit_code: impl Into<String>) -> Self {
        Self {
            benefit_code: benefit_code.into(),
        }
    }
}
impl rt::serde::Serialize for QueryBenefitInventoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("benefitCode", &self.benefit_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBenefitInventoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBenefitInventoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCode" => rt::read_field(map, &mut self.benefit_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryBenefitInventoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_clue_follow_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryClueFollowStatusRequest {
    /// `clueId`: a query parameter.
    pub clue_id: Option<String>,
}
impl QueryClueFollowStatusRequest {
    /// An empty `QueryClueFollowStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `clueId`.
    pub fn clue_id(mut self, value: impl Into<String>) -> Self {
        self.clue_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryClueFollowStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryClueFollowStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clueId" => rt::read_field(map, &mut self.clue_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryClueFollowStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("clueId", &self.clue_id);
    }
}
/// The request of [`Api::query_crm_group_chats`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCrmGroupChatsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `queryDsl`: a query parameter.
    pub query_dsl: Option<String>,
    /// `relationType`: a query parameter.
    pub relation_type: String,
}
impl QueryCrmGroupChatsRequest {
    /// A `QueryCrmGroupChatsRequest` with its required fields (`maxResults`, `relationType`); set the others with the methods named after them.
    pub fn new(max_results: i64, relation_type: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            query_dsl: None,
            relation_type: relation_type.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `queryDsl`.
    pub fn query_dsl(mut self, value: impl Into<String>) -> Self {
        self.query_dsl = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCrmGroupChatsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCrmGroupChatsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "queryDsl" => rt::read_field(map, &mut self.query_dsl),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCrmGroupChatsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("queryDsl", &self.query_dsl);
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::query_crm_personal_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCrmPersonalCustomerRequest {
    /// `currentOperatorUserId`: a query parameter.
    pub current_operator_user_id: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `queryDsl`: a query parameter.
    pub query_dsl: Option<String>,
    /// `relationType`: a query parameter.
    pub relation_type: Option<String>,
}
impl QueryCrmPersonalCustomerRequest {
    /// A `QueryCrmPersonalCustomerRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(max_results: i64) -> Self {
        Self {
            current_operator_user_id: None,
            max_results,
            next_token: None,
            query_dsl: None,
            relation_type: None,
        }
    }
    /// Sets `currentOperatorUserId`.
    pub fn current_operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.current_operator_user_id = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `queryDsl`.
    pub fn query_dsl(mut self, value: impl Into<String>) -> Self {
        self.query_dsl = Some(value.into());
        self
    }
    /// Sets `relationType`.
    pub fn relation_type(mut self, value: impl Into<String>) -> Self {
        self.relation_type = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCrmPersonalCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCrmPersonalCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentOperatorUserId" => {
                rt::read_field(map, &mut self.current_operator_user_id)
            }
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "queryDsl" => rt::read_field(map, &mut self.query_dsl),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCrmPersonalCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("currentOperatorUserId", &self.current_operator_user_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("queryDsl", &self.query_dsl);
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::query_customer_biz_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCustomerBizTypeRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
}
impl QueryCustomerBizTypeRequest {
    /// A `QueryCustomerBizTypeRequest` with its required fields (`operatorUserId`); set the others with the methods named after them.
    pub fn new(operator_user_id: impl Into<String>) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryCustomerBizTypeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerBizTypeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCustomerBizTypeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCustomerBizTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_global_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryGlobalInfoRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryGlobalInfoRequest {
    /// A `QueryGlobalInfoRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGlobalInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGlobalInfoRequest {
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
impl rt::WriteRequest for QueryGlobalInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_has_app_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryHasAppPermissionRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
}
impl QueryHasAppPermissionRequest {
    /// A `QueryHasAppPermissionRequest` with its required fields (`operatorUserId`); set the others with the methods named after them.
    pub fn new(operator_user_id: impl Into<String>) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryHasAppPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryHasAppPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryHasAppPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryHasAppPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_official_account_user_basic_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryOfficialAccountUserBasicInfoRequest {
    /// `bindingToken`: a query parameter.
    pub binding_token: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryOfficialAccountUserBasicInfoRequest {
    /// A `QueryOfficialAccountUserBasicInfoRequest` with its required fields (`bindingToken`, `unionId`); set the others with the methods named after them.
    pub fn new(binding_token: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            binding_token: binding_token.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryOfficialAccountUserBasicInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryOfficialAccountUserBasicInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindingToken" => rt::read_field(map, &mut self.binding_token),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryOfficialAccountUserBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bindingToken", &self.binding_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_relation_datas_by_target_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryRelationDatasByTargetIdRequest {
    /// `relationType`: a query parameter.
    pub relation_type: String,
}
impl QueryRelationDatasByTargetIdRequest {
    /// A `QueryRelationDatasByTargetIdRequest` with its required fields (`relationType`); set the others with the methods named after them.
    pub fn new(relation_type: impl Into<String>) -> Self {
        Self {
            relation_type: relation_type.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRelationDatasByTargetIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRelationDatasByTargetIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryRelationDatasByTargetIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::recall_official_account_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RecallOfficialAccountOTOMessageRequest {
    /// `accountId`.
    pub account_id: Option<String>,
    /// `openPushId`.
    pub open_push_id: String,
}
impl RecallOfficialAccountOTOMessageRequest {
    /// A `RecallOfficialAccountOTOMessageRequest` with its required fields (`openPushId`); set the others with the methods named after them.
    pub fn new(open_push_id: impl Into<String>) -> Self {
        Self {
            account_id: None,
            open_push_id: open_push_id.into(),
        }
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RecallOfficialAccountOTOMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountId", &self.account_id)?;
        object.field("openPushId", &self.open_push_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RecallOfficialAccountOTOMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RecallOfficialAccountOTOMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "openPushId" => rt::read_field(map, &mut self.open_push_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RecallOfficialAccountOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_benefit_license`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveBenefitLicenseRequest {
    /// `domain`.
    pub domain: String,
    /// `licenses`.
    pub licenses: Vec<SaveBenefitLicenseRequestLicenses>,
    /// `saveUserId`.
    pub save_user_id: String,
}
impl SaveBenefitLicenseRequest {
    /// A `SaveBenefitLicenseRequest` with its required fields (`domain`, `licenses`, `saveUserId`); set the others with the methods named after them.
    pub fn new(
        domain: impl Into<String>,
        licenses: impl IntoIterator<Item = SaveBenefitLicenseRequestLicenses>,
        save_user_id: impl Into<String>,
    ) -> Self {
        Self {
            domain: domain.into(),
            licenses: licenses.into_iter().collect(),
            save_user_id: save_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for SaveBenefitLicenseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("domain", &self.domain)?;
        object.field("licenses", &self.licenses)?;
        object.field("saveUserId", &self.save_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveBenefitLicenseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveBenefitLicenseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domain" => rt::read_field(map, &mut self.domain),
            "licenses" => rt::read_field(map, &mut self.licenses),
            "saveUserId" => rt::read_field(map, &mut self.save_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveBenefitLicenseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_official_account_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendOfficialAccountOTOMessageRequest {
    /// `accountId`.
    pub account_id: Option<String>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `detail`.
    pub detail: SendOfficialAccountOTOMessageRequestDetail,
}
impl SendOfficialAccountOTOMessageRequest {
    /// A `SendOfficialAccountOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(detail: SendOfficialAccountOTOMessageRequestDetail) -> Self {
        Self {
            account_id: None,
            biz_id: None,
            detail,
        }
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendOfficialAccountOTOMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountId", &self.account_id)?;
        object.optional("bizId", &self.biz_id)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendOfficialAccountOTOMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountOTOMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendOfficialAccountOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_official_account_sns_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequest {
    /// `bindingToken`.
    pub binding_token: String,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `detail`.
    pub detail: SendOfficialAccountSNSMessageRequestDetail,
}
impl SendOfficialAccountSNSMessageRequest {
    /// A `SendOfficialAccountSNSMessageRequest` with its required fields (`bindingToken`, `detail`); set the others with the methods named after them.
    pub fn new(
        binding_token: impl Into<String>,
        detail: SendOfficialAccountSNSMessageRequestDetail,
    ) -> Self {
        Self {
            binding_token: binding_token.into(),
            biz_id: None,
            detail,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendOfficialAccountSNSMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bindingToken", &self.binding_token)?;
        object.optional("bizId", &self.biz_id)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendOfficialAccountSNSMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOfficialAccountSNSMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindingToken" => rt::read_field(map, &mut self.binding_token),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendOfficialAccountSNSMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::service_window_message_batch_push`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ServiceWindowMessageBatchPushRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `detail`.
    pub detail: ServiceWindowMessageBatchPushRequestDetail,
}
impl ServiceWindowMessageBatchPushRequest {
    /// A `ServiceWindowMessageBatchPushRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(detail: ServiceWindowMessageBatchPushRequestDetail) -> Self {
        Self { biz_id: None, detail }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ServiceWindowMessageBatchPushRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ServiceWindowMessageBatchPushRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ServiceWindowMessageBatchPushRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ServiceWindowMessageBatchPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_user_version_to_free`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetUserVersionToFreeRequest {
    /// `operatorUserId`.
    pub operator_user_id: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
impl SetUserVersionToFreeRequest {
    /// An empty `SetUserVersionToFreeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorUserId`.
    pub fn operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.operator_user_id = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SetUserVersionToFreeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operatorUserId", &self.operator_user_id)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetUserVersionToFreeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetUserVersionToFreeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetUserVersionToFreeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::two_phase_commit_inventory`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TwoPhaseCommitInventoryRequest {
    /// `benefitCode`.
    pub benefit_code: String,
    /// `bizRequestId`.
    pub biz_request_id: String,
    /// `executeResult`.
    pub execute_result: bool,
    /// `quota`.
    pub quota: Option<i64>,
}
impl TwoPhaseCommitInventoryRequest {
    /// A `TwoPhaseCommitInventoryRequest` with its required fields (`benefitCode`, `bizRequestId`, `executeResult`); set the others with the methods named after them.
    pub fn new(
        benefit_code: impl Into<String>,
        biz_request_id: impl Into<String>,
        execute_result: bool,
    ) -> Self {
        Self {
            benefit_code: benefit_code.into(),
            biz_request_id: biz_request_id.into(),
            execute_result,
            quota: None,
        }
    }
    /// Sets `quota`.
    pub fn quota(mut self, value: i64) -> Self {
        self.quota = Some(value);
        self
    }
}
impl rt::serde::Serialize for TwoPhaseCommitInventoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("benefitCode", &self.benefit_code)?;
        object.field("bizRequestId", &self.biz_request_id)?;
        object.field("executeResult", &self.execute_result)?;
        object.optional("quota", &self.quota)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TwoPhaseCommitInventoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TwoPhaseCommitInventoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCode" => rt::read_field(map, &mut self.benefit_code),
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "executeResult" => rt::read_field(map, &mut self.execute_result),
            "quota" => rt::read_field(map, &mut self.quota),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TwoPhaseCommitInventoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_crm_personal_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateCrmPersonalCustomerRequest {
    /// `action`.
    pub action: Option<String>,
    /// `data`.
    pub data: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `instanceId`.
    pub instance_id: String,
    /// `modifierNick`.
    pub modifier_nick: Option<String>,
    /// `modifierUserId`.
    pub modifier_user_id: String,
    /// `permission`.
    pub permission: Option<UpdateCrmPersonalCustomerRequestPermission>,
    /// `relationType`.
    pub relation_type: Option<String>,
    /// `skipDuplicateCheck`.
    pub skip_duplicate_check: Option<bool>,
}
impl UpdateCrmPersonalCustomerRequest {
    /// A `UpdateCrmPersonalCustomerRequest` with its required fields (`data`, `instanceId`, `modifierUserId`); set the others with the methods named after them.
    pub fn new(
        data: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
        instance_id: impl Into<String>,
        modifier_user_id: impl Into<String>,
    ) -> Self {
        Self {
            action: None,
            data: data.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            extend_data: None,
            instance_id: instance_id.into(),
            modifier_nick: None,
            modifier_user_id: modifier_user_id.into(),
            permission: None,
            relation_type: None,
            skip_duplicate_check: None,
        }
    }
    /// Sets `action`.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets `extendData`.
    pub fn extend_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `modifierNick`.
    pub fn modifier_nick(mut self, value: impl Into<String>) -> Self {
        self.modifier_nick = Some(value.into());
        self
    }
    /// Sets `permission`.
    pub fn permission(
        mut self,
        value: UpdateCrmPersonalCustomerRequestPermission,
    ) -> Self {
        self.permission = Some(value);
        self
    }
    /// Sets `relationType`.
    pub fn relation_type(mut self, value: impl Into<String>) -> Self {
        self.relation_type = Some(value.into());
        self
    }
    /// Sets `skipDuplicateCheck`.
    pub fn skip_duplicate_check(mut self, value: bool) -> Self {
        self.skip_duplicate_check = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateCrmPersonalCustomerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.field("data", &self.data)?;
        object.optional("extendData", &self.extend_data)?;
        object.field("instanceId", &self.instance_id)?;
        object.optional("modifierNick", &self.modifier_nick)?;
        object.field("modifierUserId", &self.modifier_user_id)?;
        object.optional("permission", &self.permission)?;
        object.optional("relationType", &self.relation_type)?;
        object.optional("skipDuplicateCheck", &self.skip_duplicate_check)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCrmPersonalCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCrmPersonalCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "data" => rt::read_field(map, &mut self.data),
            "extendData" => rt::read_field(map, &mut self.extend_data),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "modifierNick" => rt::read_field(map, &mut self.modifier_nick),
            "modifierUserId" => rt::read_field(map, &mut self.modifier_user_id),
            "permission" => rt::read_field(map, &mut self.permission),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "skipDuplicateCheck" => rt::read_field(map, &mut self.skip_duplicate_check),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateCrmPersonalCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_customer_biz_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateCustomerBizTypeRequest {
    /// `customerBizType`.
    pub customer_biz_type: String,
    /// `operatorUserId`.
    pub operator_user_id: String,
}
impl UpdateCustomerBizTypeRequest {
    /// A `UpdateCustomerBizTypeRequest` with its required fields (`customerBizType`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(
        customer_biz_type: impl Into<String>,
        operator_user_id: impl Into<String>,
    ) -> Self {
        Self {
            customer_biz_type: customer_biz_type.into(),
            operator_user_id: operator_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateCustomerBizTypeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("customerBizType", &self.customer_biz_type)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCustomerBizTypeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCustomerBizTypeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerBizType" => rt::read_field(map, &mut self.customer_biz_type),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateCustomerBizTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupSetRequest {
    /// `managerUserIds`.
    pub manager_user_ids: Option<String>,
    /// `memberQuota`.
    pub member_quota: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `notice`.
    pub notice: Option<String>,
    /// `noticeToped`.
    pub notice_toped: Option<i64>,
    /// `openGroupSetId`.
    pub open_group_set_id: String,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `welcome`.
    pub welcome: Option<String>,
}
impl UpdateGroupSetRequest {
    /// A `UpdateGroupSetRequest` with its required fields (`openGroupSetId`); set the others with the methods named after them.
    pub fn new(open_group_set_id: impl Into<String>) -> Self {
        Self {
            manager_user_ids: None,
            member_quota: None,
            name: None,
            notice: None,
            notice_toped: None,
            open_group_set_id: open_group_set_id.into(),
            owner_user_id: None,
            template_id: None,
            welcome: None,
        }
    }
    /// Sets `managerUserIds`.
    pub fn manager_user_ids(mut self, value: impl Into<String>) -> Self {
        self.manager_user_ids = Some(value.into());
        self
    }
    /// Sets `memberQuota`.
    pub fn member_quota(mut self, value: i64) -> Self {
        self.member_quota = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `notice`.
    pub fn notice(mut self, value: impl Into<String>) -> Self {
        self.notice = Some(value.into());
        self
    }
    /// Sets `noticeToped`.
    pub fn notice_toped(mut self, value: i64) -> Self {
        self.notice_toped = Some(value);
        self
    }
    /// Sets `ownerUserId`.
    pub fn owner_user_id(mut self, value: impl Into<String>) -> Self {
        self.owner_user_id = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
    /// Sets `welcome`.
    pub fn welcome(mut self, value: impl Into<String>) -> Self {
        self.welcome = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateGroupSetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("managerUserIds", &self.manager_user_ids)?;
        object.optional("memberQuota", &self.member_quota)?;
        object.optional("name", &self.name)?;
        object.optional("notice", &self.notice)?;
        object.optional("noticeToped", &self.notice_toped)?;
        object.field("openGroupSetId", &self.open_group_set_id)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("welcome", &self.welcome)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupSetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupSetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "managerUserIds" => rt::read_field(map, &mut self.manager_user_ids),
            "memberQuota" => rt::read_field(map, &mut self.member_quota),
            "name" => rt::read_field(map, &mut self.name),
            "notice" => rt::read_field(map, &mut self.notice),
            "noticeToped" => rt::read_field(map, &mut self.notice_toped),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "welcome" => rt::read_field(map, &mut self.welcome),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_menu_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateMenuDataRequest {
    /// `attr`.
    pub attr: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `bizTraceId`.
    pub biz_trace_id: String,
    /// `module`.
    pub module: String,
    /// `navData`.
    pub nav_data: UpdateMenuDataRequestNavData,
    /// `operateType`.
    pub operate_type: String,
    /// `operatorUserId`.
    pub operator_user_id: String,
}
impl UpdateMenuDataRequest {
    /// A `UpdateMenuDataRequest` with its required fields (`bizTraceId`, `module`, `navData`, `operateType`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(
        biz_trace_id: impl Into<String>,
        module: impl Into<String>,
        nav_data: UpdateMenuDataRequestNavData,
        operate_type: impl Into<String>,
        operator_user_id: impl Into<String>,
    ) -> Self {
        Self {
            attr: None,
            biz_trace_id: biz_trace_id.into(),
            module: module.into(),
            nav_data,
            operate_type: operate_type.into(),
            operator_user_id: operator_user_id.into(),
        }
    }
    /// Sets `attr`.
    pub fn attr(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.attr = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateMenuDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attr", &self.attr)?;
        object.field("bizTraceId", &self.biz_trace_id)?;
        object.field("module", &self.module)?;
        object.field("navData", &self.nav_data)?;
        object.field("operateType", &self.operate_type)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMenuDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMenuDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attr" => rt::read_field(map, &mut self.attr),
            "bizTraceId" => rt::read_field(map, &mut self.biz_trace_id),
            "module" => rt::read_field(map, &mut self.module),
            "navData" => rt::read_field(map, &mut self.nav_data),
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateMenuDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_meta_model_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateMetaModelFieldRequest {
    /// `bizType`.
    pub biz_type: String,
    /// `fieldDTOList`.
    pub field_dto_list: Vec<UpdateMetaModelFieldRequestFieldDTOList>,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `tenant`.
    pub tenant: String,
}
impl UpdateMetaModelFieldRequest {
    /// A `UpdateMetaModelFieldRequest` with its required fields (`bizType`, `fieldDTOList`, `operatorUserId`, `tenant`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        field_dto_list: impl IntoIterator<
            Item = UpdateMetaModelFieldRequestFieldDTOList,
        >,
        operator_user_id: impl Into<String>,
        tenant: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            field_dto_list: field_dto_list.into_iter().collect(),
            operator_user_id: operator_user_id.into(),
            tenant: tenant.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateMetaModelFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("fieldDTOList", &self.field_dto_list)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("tenant", &self.tenant)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMetaModelFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMetaModelFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "fieldDTOList" => rt::read_field(map, &mut self.field_dto_list),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "tenant" => rt::read_field(map, &mut self.tenant),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateMetaModelFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_relation_meta_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRelationMetaFieldRequest {
    /// `fieldDTOList`.
    pub field_dto_list: Vec<UpdateRelationMetaFieldRequestFieldDTOList>,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationType`.
    pub relation_type: String,
    /// `tenant`.
    pub tenant: String,
}
impl UpdateRelationMetaFieldRequest {
    /// A `UpdateRelationMetaFieldRequest` with its required fields (`fieldDTOList`, `operatorUserId`, `relationType`, `tenant`); set the others with the methods named after them.
    pub fn new(
        field_dto_list: impl IntoIterator<
            Item = UpdateRelationMetaFieldRequestFieldDTOList,
        >,
        operator_user_id: impl Into<String>,
        relation_type: impl Into<String>,
        tenant: impl Into<String>,
    ) -> Self {
        Self {
            field_dto_list: field_dto_list.into_iter().collect(),
            operator_user_id: operator_user_id.into(),
            relation_type: relation_type.into(),
            tenant: tenant.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateRelationMetaFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fieldDTOList", &self.field_dto_list)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("relationType", &self.relation_type)?;
        object.field("tenant", &self.tenant)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRelationMetaFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRelationMetaFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldDTOList" => rt::read_field(map, &mut self.field_dto_list),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "relationType" => rt::read_field(map, &mut self.relation_type),
            "tenant" => rt::read_field(map, &mut self.tenant),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRelationMetaFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::abandon_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AbandonCustomerError = rt::ServiceError;
/// An error reply of [`Api::add_crm_personal_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddCrmPersonalCustomerError = rt::ServiceError;
/// An error reply of [`Api::add_customer_track`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddCustomerTrackError = rt::ServiceError;
/// An error reply of [`Api::add_leads`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddLeadsError = rt::ServiceError;
/// An error reply of [`Api::add_meta_model_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddMetaModelFieldError = rt::ServiceError;
/// An error reply of [`Api::add_relation_meta_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddRelationMetaFieldError = rt::ServiceError;
/// An error reply of [`Api::append_customer_data_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppendCustomerDataAuthError = rt::ServiceError;
/// An error reply of [`Api::batch_add_contacts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchAddContactsError = rt::ServiceError;
/// An error reply of [`Api::batch_add_follow_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchAddFollowRecordsError = rt::ServiceError;
/// An error reply of [`Api::batch_add_relation_datas`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchAddRelationDatasError = rt::ServiceError;
/// An error reply of [`Api::batch_create_clue_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchCreateClueDataError = rt::ServiceError;
/// An error reply of [`Api::batch_remove_follow_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchRemoveFollowRecordsError = rt::ServiceError;
/// An error reply of [`Api::batch_send_official_account_oto_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchSendOfficialAccountOTOMessageError = rt::ServiceError;
/// An error reply of [`Api::batch_update_contacts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateContactsError = rt::ServiceError;
/// An error reply of [`Api::batch_update_follow_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateFollowRecordsError = rt::ServiceError;
/// An error reply of [`Api::batch_update_relation_datas`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateRelationDatasError = rt::ServiceError;
/// An error reply of [`Api::consume_benefit_inventory`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConsumeBenefitInventoryError = rt::ServiceError;
/// An error reply of [`Api::create_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCustomerError = rt::ServiceError;
/// An error reply of [`Api::create_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupError = rt::ServiceError;
/// An error reply of [`Api::create_group_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupSetError = rt::ServiceError;
/// An error reply of [`Api::create_relation_meta`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateRelationMetaError = rt::ServiceError;
/// An error reply of [`Api::delete_crm_custom_object_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteCrmCustomObjectDataError = rt::ServiceError;
/// An error reply of [`Api::delete_crm_form_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteCrmFormInstanceError = rt::ServiceError;
/// An error reply of [`Api::delete_crm_personal_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteCrmPersonalCustomerError = rt::ServiceError;
/// An error reply of [`Api::delete_leads`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteLeadsError = rt::ServiceError;
/// An error reply of [`Api::delete_relation_meta_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRelationMetaFieldError = rt::ServiceError;
/// An error reply of [`Api::describe_crm_personal_customer_object_meta`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DescribeCrmPersonalCustomerObjectMetaError = rt::ServiceError;
/// An error reply of [`Api::describe_meta_model`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DescribeMetaModelError = rt::ServiceError;
/// An error reply of [`Api::describe_relation_meta`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DescribeRelationMetaError = rt::ServiceError;
/// An error reply of [`Api::find_target_related_follow_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FindTargetRelatedFollowRecordsError = rt::ServiceError;
/// An error reply of [`Api::get_all_customer_recycles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllCustomerRecyclesError = rt::ServiceError;
/// An error reply of [`Api::get_contacts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetContactsError = rt::ServiceError;
/// An error reply of [`Api::get_crm_group_chat`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCrmGroupChatError = rt::ServiceError;
/// An error reply of [`Api::get_crm_group_chat_multi`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCrmGroupChatMultiError = rt::ServiceError;
/// An error reply of [`Api::get_crm_group_chat_single`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCrmGroupChatSingleError = rt::ServiceError;
/// An error reply of [`Api::get_crm_role_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCrmRolePermissionError = rt::ServiceError;
/// An error reply of [`Api::get_customer_tracks_by_relation_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCustomerTracksByRelationIdError = rt::ServiceError;
/// An error reply of [`Api::get_group_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetGroupSetError = rt::ServiceError;
/// An error reply of [`Api::get_in_app_purchase_goods`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInAppPurchaseGoodsError = rt::ServiceError;
/// An error reply of [`Api::get_navigation_catalog`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetNavigationCatalogError = rt::ServiceError;
/// An error reply of [`Api::get_object_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetObjectDataError = rt::ServiceError;
/// An error reply of [`Api::get_official_account_contact_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOfficialAccountContactInfoError = rt::ServiceError;
/// An error reply of [`Api::get_official_account_contacts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOfficialAccountContactsError = rt::ServiceError;
/// An error reply of [`Api::get_official_account_oto_message_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOfficialAccountOTOMessageResultError = rt::ServiceError;
/// An error reply of [`Api::get_related_view_tab_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRelatedViewTabDataError = rt::ServiceError;
/// An error reply of [`Api::get_related_view_tab_meta`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRelatedViewTabMetaError = rt::ServiceError;
/// An error reply of [`Api::get_relation_uk_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRelationUkSettingError = rt::ServiceError;
/// An error reply of [`Api::join_group_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type JoinGroupSetError = rt::ServiceError;
/// An error reply of [`Api::list_available_benefit`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAvailableBenefitError = rt::ServiceError;
/// An error reply of [`Api::list_benefit_license`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListBenefitLicenseError = rt::ServiceError;
/// An error reply of [`Api::list_clue_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListClueTagError = rt::ServiceError;
/// An error reply of [`Api::list_crm_personal_customers`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListCrmPersonalCustomersError = rt::ServiceError;
/// An error reply of [`Api::list_group_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListGroupSetError = rt::ServiceError;
/// An error reply of [`Api::override_update_customer_data_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OverrideUpdateCustomerDataAuthError = rt::ServiceError;
/// An error reply of [`Api::query_all_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllCustomerError = rt::ServiceError;
/// An error reply of [`Api::query_all_tracks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllTracksError = rt::ServiceError;
/// An error reply of [`Api::query_app_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAppManagerError = rt::ServiceError;
/// An error reply of [`Api::query_benefit_inventory`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBenefitInventoryError = rt::ServiceError;
/// An error reply of [`Api::query_clue_follow_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryClueFollowStatusError = rt::ServiceError;
/// An error reply of [`Api::query_crm_group_chats`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCrmGroupChatsError = rt::ServiceError;
/// An error reply of [`Api::query_crm_personal_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCrmPersonalCustomerError = rt::ServiceError;
/// An error reply of [`Api::query_customer_biz_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCustomerBizTypeError = rt::ServiceError;
/// An error reply of [`Api::query_global_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGlobalInfoError = rt::ServiceError;
/// An error reply of [`Api::query_has_app_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryHasAppPermissionError = rt::ServiceError;
/// An error reply of [`Api::query_official_account_user_basic_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOfficialAccountUserBasicInfoError = rt::ServiceError;
/// An error reply of [`Api::query_relation_datas_by_target_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRelationDatasByTargetIdError = rt::ServiceError;
/// An error reply of [`Api::recall_official_account_oto_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RecallOfficialAccountOTOMessageError = rt::ServiceError;
/// An error reply of [`Api::save_benefit_license`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveBenefitLicenseError = rt::ServiceError;
/// An error reply of [`Api::send_official_account_oto_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendOfficialAccountOTOMessageError = rt::ServiceError;
/// An error reply of [`Api::send_official_account_sns_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendOfficialAccountSNSMessageError = rt::ServiceError;
/// An error reply of [`Api::service_window_message_batch_push`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ServiceWindowMessageBatchPushError = rt::ServiceError;
/// An error reply of [`Api::set_user_version_to_free`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetUserVersionToFreeError = rt::ServiceError;
/// An error reply of [`Api::two_phase_commit_inventory`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TwoPhaseCommitInventoryError = rt::ServiceError;
/// An error reply of [`Api::update_crm_personal_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCrmPersonalCustomerError = rt::ServiceError;
/// An error reply of [`Api::update_customer_biz_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCustomerBizTypeError = rt::ServiceError;
/// An error reply of [`Api::update_group_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupSetError = rt::ServiceError;
/// An error reply of [`Api::update_menu_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMenuDataError = rt::ServiceError;
/// An error reply of [`Api::update_meta_model_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMetaModelFieldError = rt::ServiceError;
/// An error reply of [`Api::update_relation_meta_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRelationMetaFieldError = rt::ServiceError;
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
        "AbandonCustomer" => {
            rt::conformance::reply(api.abandon_customer(&inputs.request(true)?)).await
        }
        "AddCrmPersonalCustomer" => {
            rt::conformance::reply(api.add_crm_personal_customer(&inputs.request(true)?))
                .await
        }
        "AddCustomerTrack" => {
            rt::conformance::reply(api.add_customer_track(&inputs.request(true)?)).await
        }
        "AddLeads" => rt::conformance::reply(api.add_leads(&inputs.request(true)?)).await,
        "AddMetaModelField" => {
            rt::conformance::reply(api.add_meta_model_field(&inputs.request(true)?))
                .await
        }
        "AddRelationMetaField" => {
            rt::conformance::reply(api.add_relation_meta_field(&inputs.request(true)?))
                .await
        }
        "AppendCustomerDataAuth" => {
            rt::conformance::reply(api.append_customer_data_auth(&inputs.request(true)?))
                .await
        }
        "BatchAddContacts" => {
            rt::conformance::reply(api.batch_add_contacts(&inputs.request(true)?)).await
        }
        "BatchAddFollowRecords" => {
            rt::conformance::reply(api.batch_add_follow_records(&inputs.request(true)?))
                .await
        }
        "BatchAddRelationDatas" => {
            rt::conformance::reply(api.batch_add_relation_datas(&inputs.request(true)?))
                .await
        }
        "BatchCreateClueData" => {
            rt::conformance::reply(api.batch_create_clue_data(&inputs.request(true)?))
                .await
        }
        "BatchRemoveFollowRecords" => {
            rt::conformance::reply(
                    api.batch_remove_follow_records(&inputs.request(true)?),
                )
                .await
        }
        "BatchSendOfficialAccountOTOMessage" => {
            rt::conformance::reply(
                    api.batch_send_official_account_oto_message(&inputs.request(true)?),
                )
                .await
        }
        "BatchUpdateContacts" => {
            rt::conformance::reply(api.batch_update_contacts(&inputs.request(true)?))
                .await
        }
        "BatchUpdateFollowRecords" => {
            rt::conformance::reply(
                    api.batch_update_follow_records(&inputs.request(true)?),
                )
                .await
        }
        "BatchUpdateRelationDatas" => {
            rt::conformance::reply(
                    api.batch_update_relation_datas(&inputs.request(true)?),
                )
                .await
        }
        "ConsumeBenefitInventory" => {
            rt::conformance::reply(api.consume_benefit_inventory(&inputs.request(true)?))
                .await
        }
        "CreateCustomer" => {
            rt::conformance::reply(api.create_customer(&inputs.request(true)?)).await
        }
        "CreateGroup" => {
            rt::conformance::reply(api.create_group(&inputs.request(true)?)).await
        }
        "CreateGroupSet" => {
            rt::conformance::reply(api.create_group_set(&inputs.request(true)?)).await
        }
        "CreateRelationMeta" => {
            rt::conformance::reply(api.create_relation_meta(&inputs.request(true)?))
                .await
        }
        "DeleteCrmCustomObjectData" => {
            rt::conformance::reply(
                    api
                        .delete_crm_custom_object_data(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteCrmFormInstance" => {
            rt::conformance::reply(
                    api
                        .delete_crm_form_instance(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteCrmPersonalCustomer" => {
            rt::conformance::reply(
                    api
                        .delete_crm_personal_customer(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteLeads" => {
            rt::conformance::reply(api.delete_leads(&inputs.request(true)?)).await
        }
        "DeleteRelationMetaField" => {
            rt::conformance::reply(
                    api.delete_relation_meta_field(&inputs.request(true)?),
                )
                .await
        }
        "DescribeCrmPersonalCustomerObjectMeta" => {
            rt::conformance::reply(
                    api
                        .describe_crm_personal_customer_object_meta(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DescribeMetaModel" => {
            rt::conformance::reply(api.describe_meta_model(&inputs.request(true)?)).await
        }
        "DescribeRelationMeta" => {
            rt::conformance::reply(api.describe_relation_meta(&inputs.request(true)?))
                .await
        }
        "FindTargetRelatedFollowRecords" => {
            rt::conformance::reply(
                    api.find_target_related_follow_records(&inputs.request(true)?),
                )
                .await
        }
        "GetAllCustomerRecycles" => {
            rt::conformance::reply(
                    api.get_all_customer_recycles(&inputs.request(false)?),
                )
                .await
        }
        "GetContacts" => {
            rt::conformance::reply(api.get_contacts(&inputs.request(true)?)).await
        }
        "GetCrmGroupChat" => {
            rt::conformance::reply(api.get_crm_group_chat(inputs.path(0usize)?)).await
        }
        "GetCrmGroupChatMulti" => {
            rt::conformance::reply(api.get_crm_group_chat_multi(&inputs.request(true)?))
                .await
        }
        "GetCrmGroupChatSingle" => {
            rt::conformance::reply(
                    api.get_crm_group_chat_single(&inputs.request(false)?),
                )
                .await
        }
        "GetCrmRolePermission" => {
            rt::conformance::reply(api.get_crm_role_permission(&inputs.request(false)?))
                .await
        }
        "GetCustomerTracksByRelationId" => {
            rt::conformance::reply(
                    api.get_customer_tracks_by_relation_id(&inputs.request(false)?),
                )
                .await
        }
        "GetGroupSet" => {
            rt::conformance::reply(api.get_group_set(&inputs.request(false)?)).await
        }
        "GetInAppPurchaseGoods" => {
            rt::conformance::reply(
                    api.get_in_app_purchase_goods(&inputs.request(false)?),
                )
                .await
        }
        "GetNavigationCatalog" => {
            rt::conformance::reply(api.get_navigation_catalog(&inputs.request(false)?))
                .await
        }
        "GetObjectData" => {
            rt::conformance::reply(api.get_object_data(&inputs.request(true)?)).await
        }
        "GetOfficialAccountContactInfo" => {
            rt::conformance::reply(
                    api.get_official_account_contact_info(inputs.path(0usize)?),
                )
                .await
        }
        "GetOfficialAccountContacts" => {
            rt::conformance::reply(
                    api.get_official_account_contacts(&inputs.request(false)?),
                )
                .await
        }
        "GetOfficialAccountOTOMessageResult" => {
            rt::conformance::reply(
                    api.get_official_account_oto_message_result(&inputs.request(false)?),
                )
                .await
        }
        "GetRelatedViewTabData" => {
            rt::conformance::reply(api.get_related_view_tab_data(&inputs.request(true)?))
                .await
        }
        "GetRelatedViewTabMeta" => {
            rt::conformance::reply(api.get_related_view_tab_meta(&inputs.request(true)?))
                .await
        }
        "GetRelationUkSetting" => {
            rt::conformance::reply(api.get_relation_uk_setting(&inputs.request(false)?))
                .await
        }
        "JoinGroupSet" => {
            rt::conformance::reply(api.join_group_set(&inputs.request(true)?)).await
        }
        "ListAvailableBenefit" => {
            rt::conformance::reply(api.list_available_benefit(&inputs.request(true)?))
                .await
        }
        "ListBenefitLicense" => {
            rt::conformance::reply(api.list_benefit_license(&inputs.request(true)?))
                .await
        }
        "ListClueTag" => rt::conformance::reply(api.list_clue_tag()).await,
        "ListCrmPersonalCustomers" => {
            rt::conformance::reply(
                    api.list_crm_personal_customers(&inputs.request(false)?),
                )
                .await
        }
        "ListGroupSet" => {
            rt::conformance::reply(api.list_group_set(&inputs.request(false)?)).await
        }
        "OverrideUpdateCustomerDataAuth" => {
            rt::conformance::reply(
                    api.override_update_customer_data_auth(&inputs.request(true)?),
                )
                .await
        }
        "QueryAllCustomer" => {
            rt::conformance::reply(api.query_all_customer(&inputs.request(true)?)).await
        }
        "QueryAllTracks" => {
            rt::conformance::reply(api.query_all_tracks(&inputs.request(false)?)).await
        }
        "QueryAppManager" => {
            rt::conformance::reply(api.query_app_manager(&inputs.request(true)?)).await
        }
        "QueryBenefitInventory" => {
            rt::conformance::reply(api.query_benefit_inventory(&inputs.request(true)?))
                .await
        }
        "QueryClueFollowStatus" => {
            rt::conformance::reply(api.query_clue_follow_status(&inputs.request(false)?))
                .await
        }
        "QueryCrmGroupChats" => {
            rt::conformance::reply(api.query_crm_group_chats(&inputs.request(false)?))
                .await
        }
        "QueryCrmPersonalCustomer" => {
            rt::conformance::reply(
                    api.query_crm_personal_customer(&inputs.request(false)?),
                )
                .await
        }
        "QueryCustomerBizType" => {
            rt::conformance::reply(api.query_customer_biz_type(&inputs.request(true)?))
                .await
        }
        "QueryGlobalInfo" => {
            rt::conformance::reply(api.query_global_info(&inputs.request(false)?)).await
        }
        "QueryHasAppPermission" => {
            rt::conformance::reply(api.query_has_app_permission(&inputs.request(true)?))
                .await
        }
        "QueryOfficialAccountUserBasicInfo" => {
            rt::conformance::reply(
                    api.query_official_account_user_basic_info(&inputs.request(false)?),
                )
                .await
        }
        "QueryRelationDatasByTargetId" => {
            rt::conformance::reply(
                    api
                        .query_relation_datas_by_target_id(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "RecallOfficialAccountOTOMessage" => {
            rt::conformance::reply(
                    api.recall_official_account_oto_message(&inputs.request(true)?),
                )
                .await
        }
        "SaveBenefitLicense" => {
            rt::conformance::reply(api.save_benefit_license(&inputs.request(true)?))
                .await
        }
        "SendOfficialAccountOTOMessage" => {
            rt::conformance::reply(
                    api.send_official_account_oto_message(&inputs.request(true)?),
                )
                .await
        }
        "SendOfficialAccountSNSMessage" => {
            rt::conformance::reply(
                    api.send_official_account_sns_message(&inputs.request(true)?),
                )
                .await
        }
        "ServiceWindowMessageBatchPush" => {
            rt::conformance::reply(
                    api.service_window_message_batch_push(&inputs.request(true)?),
                )
                .await
        }
        "SetUserVersionToFree" => {
            rt::conformance::reply(api.set_user_version_to_free(&inputs.request(true)?))
                .await
        }
        "TwoPhaseCommitInventory" => {
            rt::conformance::reply(
                    api.two_phase_commit_inventory(&inputs.request(true)?),
                )
                .await
        }
        "UpdateCrmPersonalCustomer" => {
            rt::conformance::reply(
                    api.update_crm_personal_customer(&inputs.request(true)?),
                )
                .await
        }
        "UpdateCustomerBizType" => {
            rt::conformance::reply(api.update_customer_biz_type(&inputs.request(true)?))
                .await
        }
        "UpdateGroupSet" => {
            rt::conformance::reply(api.update_group_set(&inputs.request(true)?)).await
        }
        "UpdateMenuData" => {
            rt::conformance::reply(api.update_menu_data(&inputs.request(true)?)).await
        }
        "UpdateMetaModelField" => {
            rt::conformance::reply(api.update_meta_model_field(&inputs.request(true)?))
                .await
        }
        "UpdateRelationMetaField" => {
            rt::conformance::reply(
                    api.update_relation_meta_field(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
