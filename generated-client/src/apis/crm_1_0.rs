// @generated from api-spec/crm_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 客户管理 (CRM)：客户、联系人、公海私海与动态。
//!
//! 79 operations, methods of [`Api`] (`client.crm_1_0()`), behind the cargo feature `crm_1_0`; its paths start with `/v1.0/crm/`.
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
    /// `POST /v1.0/crm/customers/abandon`: DingTalk's `AbandonCustomer` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AbandonCustomer")]
    #[doc(alias = "/v1.0/crm/customers/abandon")]
    #[doc(alias = "POST /v1.0/crm/customers/abandon")]
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
    /// `POST /v1.0/crm/personalCustomers`: DingTalk's `AddCrmPersonalCustomer` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddCrmPersonalCustomer")]
    #[doc(alias = "/v1.0/crm/personalCustomers")]
    #[doc(alias = "POST /v1.0/crm/personalCustomers")]
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
    /// `POST /v1.0/crm/customerTracks`: DingTalk's `AddCustomerTrack` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddCustomerTrack")]
    #[doc(alias = "/v1.0/crm/customerTracks")]
    #[doc(alias = "POST /v1.0/crm/customerTracks")]
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
    /// `POST /v1.0/crm/leads`: DingTalk's `AddLeads` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddLeads")]
    #[doc(alias = "/v1.0/crm/leads")]
    #[doc(alias = "POST /v1.0/crm/leads")]
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
    /// `POST /v1.0/crm/metas/models/fields`: DingTalk's `AddMetaModelField` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddMetaModelField")]
    #[doc(alias = "/v1.0/crm/metas/models/fields")]
    #[doc(alias = "POST /v1.0/crm/metas/models/fields")]
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
    /// `POST /v1.0/crm/relations/metas/fields`: DingTalk's `AddRelationMetaField` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddRelationMetaField")]
    #[doc(alias = "/v1.0/crm/relations/metas/fields")]
    #[doc(alias = "POST /v1.0/crm/relations/metas/fields")]
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
    /// `POST /v1.0/crm/customers/dataAuth/append`: DingTalk's `AppendCustomerDataAuth` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppendCustomerDataAuth")]
    #[doc(alias = "/v1.0/crm/customers/dataAuth/append")]
    #[doc(alias = "POST /v1.0/crm/customers/dataAuth/append")]
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
    /// `POST /v1.0/crm/contacts/batch`: DingTalk's `BatchAddContacts` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchAddContacts")]
    #[doc(alias = "/v1.0/crm/contacts/batch")]
    #[doc(alias = "POST /v1.0/crm/contacts/batch")]
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
    /// `POST /v1.0/crm/followRecords/batch`: DingTalk's `BatchAddFollowRecords` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchAddFollowRecords")]
    #[doc(alias = "/v1.0/crm/followRecords/batch")]
    #[doc(alias = "POST /v1.0/crm/followRecords/batch")]
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
    /// `POST /v1.0/crm/relationDatas/batch`: DingTalk's `BatchAddRelationDatas` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchAddRelationDatas")]
    #[doc(alias = "/v1.0/crm/relationDatas/batch")]
    #[doc(alias = "POST /v1.0/crm/relationDatas/batch")]
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
    /// `POST /v1.0/crm/clues/datas/batch`: DingTalk's `BatchCreateClueData` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchCreateClueData")]
    #[doc(alias = "/v1.0/crm/clues/datas/batch")]
    #[doc(alias = "POST /v1.0/crm/clues/datas/batch")]
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
    /// `POST /v1.0/crm/followRecords/batchRemove`: DingTalk's `BatchRemoveFollowRecords` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchRemoveFollowRecords")]
    #[doc(alias = "/v1.0/crm/followRecords/batchRemove")]
    #[doc(alias = "POST /v1.0/crm/followRecords/batchRemove")]
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
    /// `POST /v1.0/crm/officialAccounts/oToMessages/batchSend`: DingTalk's `BatchSendOfficialAccountOTOMessage` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchSendOfficialAccountOTOMessage")]
    #[doc(alias = "/v1.0/crm/officialAccounts/oToMessages/batchSend")]
    #[doc(alias = "POST /v1.0/crm/officialAccounts/oToMessages/batchSend")]
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
    /// `PUT /v1.0/crm/contacts/batch`: DingTalk's `BatchUpdateContacts` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateContacts")]
    #[doc(alias = "/v1.0/crm/contacts/batch")]
    #[doc(alias = "PUT /v1.0/crm/contacts/batch")]
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
    /// `PUT /v1.0/crm/followRecords/batch`: DingTalk's `BatchUpdateFollowRecords` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateFollowRecords")]
    #[doc(alias = "/v1.0/crm/followRecords/batch")]
    #[doc(alias = "PUT /v1.0/crm/followRecords/batch")]
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
    /// `PUT /v1.0/crm/relationDatas/batch`: DingTalk's `BatchUpdateRelationDatas` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateRelationDatas")]
    #[doc(alias = "/v1.0/crm/relationDatas/batch")]
    #[doc(alias = "PUT /v1.0/crm/relationDatas/batch")]
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
    /// `POST /v1.0/crm/benefitInventories/consume`: DingTalk's `ConsumeBenefitInventory` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConsumeBenefitInventory")]
    #[doc(alias = "/v1.0/crm/benefitInventories/consume")]
    #[doc(alias = "POST /v1.0/crm/benefitInventories/consume")]
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
    /// `POST /v1.0/crm/customers`: DingTalk's `CreateCustomer` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCustomer")]
    #[doc(alias = "/v1.0/crm/customers")]
    #[doc(alias = "POST /v1.0/crm/customers")]
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
    /// `POST /v1.0/crm/groups`: DingTalk's `CreateGroup` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroup")]
    #[doc(alias = "/v1.0/crm/groups")]
    #[doc(alias = "POST /v1.0/crm/groups")]
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
    /// `POST /v1.0/crm/groupSets`: DingTalk's `CreateGroupSet` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroupSet")]
    #[doc(alias = "/v1.0/crm/groupSets")]
    #[doc(alias = "POST /v1.0/crm/groupSets")]
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
    /// `POST /v1.0/crm/relations/metas/create`: DingTalk's `CreateRelationMeta` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateRelationMeta")]
    #[doc(alias = "/v1.0/crm/relations/metas/create")]
    #[doc(alias = "POST /v1.0/crm/relations/metas/create")]
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
    /// `DELETE /v1.0/crm/customObjectDatas/instances/{instanceId}`: DingTalk's `DeleteCrmCustomObjectData` (module feature `crm_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteCrmCustomObjectData")]
    #[doc(alias = "/v1.0/crm/customObjectDatas/instances/{instanceId}")]
    #[doc(alias = "DELETE /v1.0/crm/customObjectDatas/instances/{instanceId}")]
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
            "/v1.0/crm/customObjectDatas/instances/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// crm自定义表单数据删除接口
    ///
    /// `DELETE /v1.0/crm/formInstances/{instanceId}`: DingTalk's `DeleteCrmFormInstance` (module feature `crm_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteCrmFormInstance")]
    #[doc(alias = "/v1.0/crm/formInstances/{instanceId}")]
    #[doc(alias = "DELETE /v1.0/crm/formInstances/{instanceId}")]
    pub fn delete_crm_form_instance(
        &self,
        instance_id: &str,
        request: &DeleteCrmFormInstanceRequest,
    ) -> rt::Call<DeleteCrmFormInstanceResponseBody, DeleteCrmFormInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteCrmFormInstance",
            rt::Method::Delete,
            "/v1.0/crm/formInstances/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 删除crm个人客户（或企业客户）
    ///
    /// `DELETE /v1.0/crm/personalCustomers/{dataId}`: DingTalk's `DeleteCrmPersonalCustomer` (module feature `crm_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteCrmPersonalCustomer")]
    #[doc(alias = "/v1.0/crm/personalCustomers/{dataId}")]
    #[doc(alias = "DELETE /v1.0/crm/personalCustomers/{dataId}")]
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
            "/v1.0/crm/personalCustomers/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 删除线索
    ///
    /// `POST /v1.0/crm/leads/remove`: DingTalk's `DeleteLeads` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteLeads")]
    #[doc(alias = "/v1.0/crm/leads/remove")]
    #[doc(alias = "POST /v1.0/crm/leads/remove")]
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
    /// `POST /v1.0/crm/relations/metas/fields/remove`: DingTalk's `DeleteRelationMetaField` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRelationMetaField")]
    #[doc(alias = "/v1.0/crm/relations/metas/fields/remove")]
    #[doc(alias = "POST /v1.0/crm/relations/metas/fields/remove")]
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
    /// `GET /v1.0/crm/personalCustomers/objectMeta`: DingTalk's `DescribeCrmPersonalCustomerObjectMeta` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DescribeCrmPersonalCustomerObjectMeta")]
    #[doc(alias = "/v1.0/crm/personalCustomers/objectMeta")]
    #[doc(alias = "GET /v1.0/crm/personalCustomers/objectMeta")]
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
    /// `POST /v1.0/crm/metas/models/query`: DingTalk's `DescribeMetaModel` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DescribeMetaModel")]
    #[doc(alias = "/v1.0/crm/metas/models/query")]
    #[doc(alias = "POST /v1.0/crm/metas/models/query")]
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
    /// `POST /v1.0/crm/relations/metas/query`: DingTalk's `DescribeRelationMeta` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DescribeRelationMeta")]
    #[doc(alias = "/v1.0/crm/relations/metas/query")]
    #[doc(alias = "POST /v1.0/crm/relations/metas/query")]
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
    /// `POST /v1.0/crm/targetFollowRecords/query`: DingTalk's `FindTargetRelatedFollowRecords` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::find_target_related_follow_records_pages`].
    #[doc(alias = "FindTargetRelatedFollowRecords")]
    #[doc(alias = "/v1.0/crm/targetFollowRecords/query")]
    #[doc(alias = "POST /v1.0/crm/targetFollowRecords/query")]
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
    /// `GET /v1.0/crm/customerRecycles`: DingTalk's `GetAllCustomerRecycles` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_all_customer_recycles_pages`].
    #[doc(alias = "GetAllCustomerRecycles")]
    #[doc(alias = "/v1.0/crm/customerRecycles")]
    #[doc(alias = "GET /v1.0/crm/customerRecycles")]
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
    /// `POST /v1.0/crm/customObjects/contacts/datas/query`: DingTalk's `GetContacts` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_contacts_pages`].
    #[doc(alias = "GetContacts")]
    #[doc(alias = "/v1.0/crm/customObjects/contacts/datas/query")]
    #[doc(alias = "POST /v1.0/crm/customObjects/contacts/datas/query")]
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
    /// `GET /v1.0/crm/crmGroupChats/{openConversationId}`: DingTalk's `GetCrmGroupChat` (module feature `crm_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `open_conversation_id`: `{openConversationId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCrmGroupChat")]
    #[doc(alias = "/v1.0/crm/crmGroupChats/{openConversationId}")]
    #[doc(alias = "GET /v1.0/crm/crmGroupChats/{openConversationId}")]
    pub fn get_crm_group_chat(
        &self,
        open_conversation_id: &str,
    ) -> rt::Call<GetCrmGroupChatResponseBody, GetCrmGroupChatError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCrmGroupChat",
            rt::Method::Get,
            "/v1.0/crm/crmGroupChats/{openConversationId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[open_conversation_id], &())
    }
    /// 批量获取多个客户群
    ///
    /// `POST /v1.0/crm/crmGroupChats/batchQuery`: DingTalk's `GetCrmGroupChatMulti` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCrmGroupChatMulti")]
    #[doc(alias = "/v1.0/crm/crmGroupChats/batchQuery")]
    #[doc(alias = "POST /v1.0/crm/crmGroupChats/batchQuery")]
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
    /// `POST /v1.0/crm/crmGroupChats/query`: DingTalk's `GetCrmGroupChatSingle` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCrmGroupChatSingle")]
    #[doc(alias = "/v1.0/crm/crmGroupChats/query")]
    #[doc(alias = "POST /v1.0/crm/crmGroupChats/query")]
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
    /// `GET /v1.0/crm/permissions`: DingTalk's `GetCrmRolePermission` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCrmRolePermission")]
    #[doc(alias = "/v1.0/crm/permissions")]
    #[doc(alias = "GET /v1.0/crm/permissions")]
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
    /// `GET /v1.0/crm/customerTracks`: DingTalk's `GetCustomerTracksByRelationId` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_customer_tracks_by_relation_id_pages`].
    #[doc(alias = "GetCustomerTracksByRelationId")]
    #[doc(alias = "/v1.0/crm/customerTracks")]
    #[doc(alias = "GET /v1.0/crm/customerTracks")]
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
    /// `GET /v1.0/crm/groupSets`: DingTalk's `GetGroupSet` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetGroupSet")]
    #[doc(alias = "/v1.0/crm/groupSets")]
    #[doc(alias = "GET /v1.0/crm/groupSets")]
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
    /// `GET /v1.0/crm/inAppPurchaseGoods/infos`: DingTalk's `GetInAppPurchaseGoods` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInAppPurchaseGoods")]
    #[doc(alias = "/v1.0/crm/inAppPurchaseGoods/infos")]
    #[doc(alias = "GET /v1.0/crm/inAppPurchaseGoods/infos")]
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
    /// `GET /v1.0/crm/navigations/catalogs`: DingTalk's `GetNavigationCatalog` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetNavigationCatalog")]
    #[doc(alias = "/v1.0/crm/navigations/catalogs")]
    #[doc(alias = "GET /v1.0/crm/navigations/catalogs")]
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
    /// `POST /v1.0/crm/customObjects/datas/query`: DingTalk's `GetObjectData` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_object_data_pages`].
    #[doc(alias = "GetObjectData")]
    #[doc(alias = "/v1.0/crm/customObjects/datas/query")]
    #[doc(alias = "POST /v1.0/crm/customObjects/datas/query")]
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
    /// `GET /v1.0/crm/officialAccounts/contacts/{userId}`: DingTalk's `GetOfficialAccountContactInfo` (module feature `crm_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOfficialAccountContactInfo")]
    #[doc(alias = "/v1.0/crm/officialAccounts/contacts/{userId}")]
    #[doc(alias = "GET /v1.0/crm/officialAccounts/contacts/{userId}")]
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
            "/v1.0/crm/officialAccounts/contacts/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 分页获取服务窗联系人信息
    ///
    /// `GET /v1.0/crm/officialAccounts/contacts`: DingTalk's `GetOfficialAccountContacts` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_official_account_contacts_pages`].
    #[doc(alias = "GetOfficialAccountContacts")]
    #[doc(alias = "/v1.0/crm/officialAccounts/contacts")]
    #[doc(alias = "GET /v1.0/crm/officialAccounts/contacts")]
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
    /// `GET /v1.0/crm/officialAccounts/oToMessages/sendResults`: DingTalk's `GetOfficialAccountOTOMessageResult` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOfficialAccountOTOMessageResult")]
    #[doc(alias = "/v1.0/crm/officialAccounts/oToMessages/sendResults")]
    #[doc(alias = "GET /v1.0/crm/officialAccounts/oToMessages/sendResults")]
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
    /// `POST /v1.0/crm/formRelatedTabs/datas/query`: DingTalk's `GetRelatedViewTabData` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_related_view_tab_data_pages`].
    #[doc(alias = "GetRelatedViewTabData")]
    #[doc(alias = "/v1.0/crm/formRelatedTabs/datas/query")]
    #[doc(alias = "POST /v1.0/crm/formRelatedTabs/datas/query")]
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
    /// `POST /v1.0/crm/formRelatedTabs/meta/query`: DingTalk's `GetRelatedViewTabMeta` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRelatedViewTabMeta")]
    #[doc(alias = "/v1.0/crm/formRelatedTabs/meta/query")]
    #[doc(alias = "POST /v1.0/crm/formRelatedTabs/meta/query")]
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
    /// `GET /v1.0/crm/relationUkSettings`: DingTalk's `GetRelationUkSetting` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRelationUkSetting")]
    #[doc(alias = "/v1.0/crm/relationUkSettings")]
    #[doc(alias = "GET /v1.0/crm/relationUkSettings")]
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
    /// `POST /v1.0/crm/groupSets/join`: DingTalk's `JoinGroupSet` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "JoinGroupSet")]
    #[doc(alias = "/v1.0/crm/groupSets/join")]
    #[doc(alias = "POST /v1.0/crm/groupSets/join")]
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
    /// `POST /v1.0/crm/benefits/lists/query`: DingTalk's `ListAvailableBenefit` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAvailableBenefit")]
    #[doc(alias = "/v1.0/crm/benefits/lists/query")]
    #[doc(alias = "POST /v1.0/crm/benefits/lists/query")]
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
    /// `POST /v1.0/crm/benefitLicenses/lists/query`: DingTalk's `ListBenefitLicense` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListBenefitLicense")]
    #[doc(alias = "/v1.0/crm/benefitLicenses/lists/query")]
    #[doc(alias = "POST /v1.0/crm/benefitLicenses/lists/query")]
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
    /// `GET /v1.0/crm/clues/tags`: DingTalk's `ListClueTag` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListClueTag")]
    #[doc(alias = "/v1.0/crm/clues/tags")]
    #[doc(alias = "GET /v1.0/crm/clues/tags")]
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
    /// `POST /v1.0/crm/personalCustomers/batchQuery`: DingTalk's `ListCrmPersonalCustomers` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListCrmPersonalCustomers")]
    #[doc(alias = "/v1.0/crm/personalCustomers/batchQuery")]
    #[doc(alias = "POST /v1.0/crm/personalCustomers/batchQuery")]
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
    /// `GET /v1.0/crm/groupSets/lists`: DingTalk's `ListGroupSet` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_group_set_pages`].
    #[doc(alias = "ListGroupSet")]
    #[doc(alias = "/v1.0/crm/groupSets/lists")]
    #[doc(alias = "GET /v1.0/crm/groupSets/lists")]
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
    /// `PUT /v1.0/crm/customers/dataAuth/overrideUpdate`: DingTalk's `OverrideUpdateCustomerDataAuth` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OverrideUpdateCustomerDataAuth")]
    #[doc(alias = "/v1.0/crm/customers/dataAuth/overrideUpdate")]
    #[doc(alias = "PUT /v1.0/crm/customers/dataAuth/overrideUpdate")]
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
    /// `POST /v1.0/crm/customerInstances`: DingTalk's `QueryAllCustomer` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_all_customer_pages`].
    #[doc(alias = "QueryAllCustomer")]
    #[doc(alias = "/v1.0/crm/customerInstances")]
    #[doc(alias = "POST /v1.0/crm/customerInstances")]
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
    /// `GET /v1.0/crm/customers/tracks`: DingTalk's `QueryAllTracks` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_all_tracks_pages`].
    #[doc(alias = "QueryAllTracks")]
    #[doc(alias = "/v1.0/crm/customers/tracks")]
    #[doc(alias = "GET /v1.0/crm/customers/tracks")]
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
    /// `POST /v1.0/crm/apps/managers/query`: DingTalk's `QueryAppManager` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAppManager")]
    #[doc(alias = "/v1.0/crm/apps/managers/query")]
    #[doc(alias = "POST /v1.0/crm/apps/managers/query")]
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
    /// `POST /v1.0/crm/benefitInventories/query`: DingTalk's `QueryBenefitInventory` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBenefitInventory")]
    #[doc(alias = "/v1.0/crm/benefitInventories/query")]
    #[doc(alias = "POST /v1.0/crm/benefitInventories/query")]
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
    /// `GET /v1.0/crm/clues/followStatuses`: DingTalk's `QueryClueFollowStatus` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryClueFollowStatus")]
    #[doc(alias = "/v1.0/crm/clues/followStatuses")]
    #[doc(alias = "GET /v1.0/crm/clues/followStatuses")]
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
    /// `GET /v1.0/crm/crmGroupChats`: DingTalk's `QueryCrmGroupChats` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_crm_group_chats_pages`].
    #[doc(alias = "QueryCrmGroupChats")]
    #[doc(alias = "/v1.0/crm/crmGroupChats")]
    #[doc(alias = "GET /v1.0/crm/crmGroupChats")]
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
    /// `GET /v1.0/crm/personalCustomers`: DingTalk's `QueryCrmPersonalCustomer` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_crm_personal_customer_pages`].
    #[doc(alias = "QueryCrmPersonalCustomer")]
    #[doc(alias = "/v1.0/crm/personalCustomers")]
    #[doc(alias = "GET /v1.0/crm/personalCustomers")]
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
    /// `POST /v1.0/crm/orgSettings/templates/customerBizTypes/query`: DingTalk's `QueryCustomerBizType` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCustomerBizType")]
    #[doc(alias = "/v1.0/crm/orgSettings/templates/customerBizTypes/query")]
    #[doc(alias = "POST /v1.0/crm/orgSettings/templates/customerBizTypes/query")]
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
    /// `GET /v1.0/crm/globalInfos`: DingTalk's `QueryGlobalInfo` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGlobalInfo")]
    #[doc(alias = "/v1.0/crm/globalInfos")]
    #[doc(alias = "GET /v1.0/crm/globalInfos")]
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
    /// `POST /v1.0/crm/apps/adminPermissions/query`: DingTalk's `QueryHasAppPermission` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryHasAppPermission")]
    #[doc(alias = "/v1.0/crm/apps/adminPermissions/query")]
    #[doc(alias = "POST /v1.0/crm/apps/adminPermissions/query")]
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
    /// `GET /v1.0/crm/officialAccounts/basics/users`: DingTalk's `QueryOfficialAccountUserBasicInfo` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryOfficialAccountUserBasicInfo")]
    #[doc(alias = "/v1.0/crm/officialAccounts/basics/users")]
    #[doc(alias = "GET /v1.0/crm/officialAccounts/basics/users")]
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
    /// `GET /v1.0/crm/relations/datas/targets/{targetId}`: DingTalk's `QueryRelationDatasByTargetId` (module feature `crm_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `target_id`: `{targetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRelationDatasByTargetId")]
    #[doc(alias = "/v1.0/crm/relations/datas/targets/{targetId}")]
    #[doc(alias = "GET /v1.0/crm/relations/datas/targets/{targetId}")]
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
            "/v1.0/crm/relations/datas/targets/{targetId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[target_id], request)
    }
    /// 服务窗消息撤回
    ///
    /// `POST /v1.0/crm/officialAccounts/oToMessages/recall`: DingTalk's `RecallOfficialAccountOTOMessage` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RecallOfficialAccountOTOMessage")]
    #[doc(alias = "/v1.0/crm/officialAccounts/oToMessages/recall")]
    #[doc(alias = "POST /v1.0/crm/officialAccounts/oToMessages/recall")]
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
    /// `POST /v1.0/crm/benefitLicenses/save`: DingTalk's `SaveBenefitLicense` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveBenefitLicense")]
    #[doc(alias = "/v1.0/crm/benefitLicenses/save")]
    #[doc(alias = "POST /v1.0/crm/benefitLicenses/save")]
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
    /// `POST /v1.0/crm/officialAccounts/oToMessages/send`: DingTalk's `SendOfficialAccountOTOMessage` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendOfficialAccountOTOMessage")]
    #[doc(alias = "/v1.0/crm/officialAccounts/oToMessages/send")]
    #[doc(alias = "POST /v1.0/crm/officialAccounts/oToMessages/send")]
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
    /// `POST /v1.0/crm/officialAccounts/snsMessages/send`: DingTalk's `SendOfficialAccountSNSMessage` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendOfficialAccountSNSMessage")]
    #[doc(alias = "/v1.0/crm/officialAccounts/snsMessages/send")]
    #[doc(alias = "POST /v1.0/crm/officialAccounts/snsMessages/send")]
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
    /// `POST /v1.0/crm/messages/batchSend`: DingTalk's `ServiceWindowMessageBatchPush` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ServiceWindowMessageBatchPush")]
    #[doc(alias = "/v1.0/crm/messages/batchSend")]
    #[doc(alias = "POST /v1.0/crm/messages/batchSend")]
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
    /// `POST /v1.0/crm/versions/set`: DingTalk's `SetUserVersionToFree` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetUserVersionToFree")]
    #[doc(alias = "/v1.0/crm/versions/set")]
    #[doc(alias = "POST /v1.0/crm/versions/set")]
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
    /// `POST /v1.0/crm/benefitInventories/twoPhases/commit`: DingTalk's `TwoPhaseCommitInventory` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TwoPhaseCommitInventory")]
    #[doc(alias = "/v1.0/crm/benefitInventories/twoPhases/commit")]
    #[doc(alias = "POST /v1.0/crm/benefitInventories/twoPhases/commit")]
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
    /// `PUT /v1.0/crm/personalCustomers`: DingTalk's `UpdateCrmPersonalCustomer` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCrmPersonalCustomer")]
    #[doc(alias = "/v1.0/crm/personalCustomers")]
    #[doc(alias = "PUT /v1.0/crm/personalCustomers")]
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
    /// `PUT /v1.0/crm/orgSettings/templates/customerBizTypes`: DingTalk's `UpdateCustomerBizType` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCustomerBizType")]
    #[doc(alias = "/v1.0/crm/orgSettings/templates/customerBizTypes")]
    #[doc(alias = "PUT /v1.0/crm/orgSettings/templates/customerBizTypes")]
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
    /// `PUT /v1.0/crm/groupSets/set`: DingTalk's `UpdateGroupSet` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroupSet")]
    #[doc(alias = "/v1.0/crm/groupSets/set")]
    #[doc(alias = "PUT /v1.0/crm/groupSets/set")]
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
    /// `POST /v1.0/crm/navigations/menus/sync`: DingTalk's `UpdateMenuData` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMenuData")]
    #[doc(alias = "/v1.0/crm/navigations/menus/sync")]
    #[doc(alias = "POST /v1.0/crm/navigations/menus/sync")]
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
    /// `PUT /v1.0/crm/metas/models/fields`: DingTalk's `UpdateMetaModelField` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMetaModelField")]
    #[doc(alias = "/v1.0/crm/metas/models/fields")]
    #[doc(alias = "PUT /v1.0/crm/metas/models/fields")]
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
    /// `PUT /v1.0/crm/relations/metas/fields`: DingTalk's `UpdateRelationMetaField` (module feature `crm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRelationMetaField")]
    #[doc(alias = "/v1.0/crm/relations/metas/fields")]
    #[doc(alias = "PUT /v1.0/crm/relations/metas/fields")]
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AbandonCustomerResponseBody {
    /// `instanceIdList`.
    pub instance_id_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    AbandonCustomerResponseBody { "instanceIdList" => read_field(instance_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AbandonCustomerResponseBody { "instanceIdList" => optional(instance_id_list) }
}
/// `AddCrmPersonalCustomerRequestPermission`, a model several operations share: also named [`CreateCustomerRequestPermission`], [`UpdateCrmPersonalCustomerRequestPermission`].
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
rt::impl_serialize! {
    AddCrmPersonalCustomerRequestPermission { "ownerStaffIds" =>
    optional(owner_staff_ids), "participantStaffIds" => optional(participant_staff_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCrmPersonalCustomerRequestPermission { "ownerStaffIds" =>
    read_field(owner_staff_ids), "participantStaffIds" =>
    read_field(participant_staff_ids) }
}
/// `AddCrmPersonalCustomerResponseBody`, a model several operations share: also named [`DeleteCrmCustomObjectDataResponseBody`], [`DeleteCrmPersonalCustomerResponseBody`], [`UpdateCrmPersonalCustomerResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddCrmPersonalCustomerResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
rt::impl_deserialize! {
    AddCrmPersonalCustomerResponseBody { "instanceId" => read_field(instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCrmPersonalCustomerResponseBody { "instanceId" => optional(instance_id) }
}
/// `AddCustomerTrackResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddCustomerTrackResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddCustomerTrackResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCustomerTrackResponseBody { "success" => optional(success) }
}
/// `AddLeadsRequestLeads`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddLeadsRequestLeads {
    /// `leadsName`.
    pub leads_name: String,
    /// `outLeadsId`.
    pub out_leads_id: String,
}
/// The required fields of [`AddLeadsRequestLeads`], each named where it is set: `AddLeadsRequestLeads::new(AddLeadsRequestLeadsRequired { .. })`.
pub struct AddLeadsRequestLeadsRequired {
    /// `leadsName`: see [`AddLeadsRequestLeads::leads_name`].
    pub leads_name: String,
    /// `outLeadsId`: see [`AddLeadsRequestLeads::out_leads_id`].
    pub out_leads_id: String,
}
impl AddLeadsRequestLeads {
    /// A `AddLeadsRequestLeads` with its required fields (`leadsName`, `outLeadsId`); set the others with the methods named after them.
    pub fn new(required: AddLeadsRequestLeadsRequired) -> Self {
        let AddLeadsRequestLeadsRequired { leads_name, out_leads_id } = required;
        Self { leads_name, out_leads_id }
    }
}
rt::impl_serialize! {
    AddLeadsRequestLeads { "leadsName" => field(leads_name), "outLeadsId" =>
    field(out_leads_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddLeadsRequestLeads { "leadsName" => read_field(leads_name), "outLeadsId" =>
    read_field(out_leads_id) }
}
/// `AddLeadsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLeadsResponseBody {
    /// `outTaskId`.
    pub out_task_id: Option<String>,
}
rt::impl_deserialize! {
    AddLeadsResponseBody { "outTaskId" => read_field(out_task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLeadsResponseBody { "outTaskId" => optional(out_task_id) }
}
/// `AddMetaModelFieldRequestFieldDTOList`, a model several operations share: also named [`UpdateMetaModelFieldRequestFieldDTOList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddMetaModelFieldRequestFieldDTOList {
    /// `componentName`.
    pub component_name: String,
    /// `props`.
    pub props: AddMetaModelFieldRequestFieldDTOListProps,
}
/// The required fields of [`AddMetaModelFieldRequestFieldDTOList`], each named where it is set: `AddMetaModelFieldRequestFieldDTOList::new(AddMetaModelFieldRequestFieldDTOListRequired { .. })`.
pub struct AddMetaModelFieldRequestFieldDTOListRequired {
    /// `componentName`: see [`AddMetaModelFieldRequestFieldDTOList::component_name`].
    pub component_name: String,
    /// `props`: see [`AddMetaModelFieldRequestFieldDTOList::props`].
    pub props: AddMetaModelFieldRequestFieldDTOListProps,
}
impl AddMetaModelFieldRequestFieldDTOList {
    /// A `AddMetaModelFieldRequestFieldDTOList` with its required fields (`componentName`, `props`); set the others with the methods named after them.
    pub fn new(required: AddMetaModelFieldRequestFieldDTOListRequired) -> Self {
        let AddMetaModelFieldRequestFieldDTOListRequired { component_name, props } = required;
        Self { component_name, props }
    }
}
rt::impl_serialize! {
    AddMetaModelFieldRequestFieldDTOList { "componentName" => field(component_name),
    "props" => field(props) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddMetaModelFieldRequestFieldDTOList { "componentName" => read_field(component_name),
    "props" => read_field(props) }
}
/// `AddMetaModelFieldResponseBody`, a model several operations share: also named [`UpdateMetaModelFieldResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddMetaModelFieldResponseBody {
    /// `bizType`.
    pub biz_type: Option<String>,
}
rt::impl_deserialize! {
    AddMetaModelFieldResponseBody { "bizType" => read_field(biz_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddMetaModelFieldResponseBody { "bizType" => optional(biz_type) }
}
/// `AddRelationMetaFieldRequestFieldDTOList`, a model several operations share: also named [`CreateRelationMetaRequestRelationMetaDTOItems`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddRelationMetaFieldRequestFieldDTOList {
    /// `componentName`.
    pub component_name: String,
    /// `props`.
    pub props: AddRelationMetaFieldRequestFieldDTOListProps,
}
/// The required fields of [`AddRelationMetaFieldRequestFieldDTOList`], each named where it is set: `AddRelationMetaFieldRequestFieldDTOList::new(AddRelationMetaFieldRequestFieldDTOListRequired { .. })`.
pub struct AddRelationMetaFieldRequestFieldDTOListRequired {
    /// `componentName`: see [`AddRelationMetaFieldRequestFieldDTOList::component_name`].
    pub component_name: String,
    /// `props`: see [`AddRelationMetaFieldRequestFieldDTOList::props`].
    pub props: AddRelationMetaFieldRequestFieldDTOListProps,
}
impl AddRelationMetaFieldRequestFieldDTOList {
    /// A `AddRelationMetaFieldRequestFieldDTOList` with its required fields (`componentName`, `props`); set the others with the methods named after them.
    pub fn new(required: AddRelationMetaFieldRequestFieldDTOListRequired) -> Self {
        let AddRelationMetaFieldRequestFieldDTOListRequired { component_name, props } = required;
        Self { component_name, props }
    }
}
rt::impl_serialize! {
    AddRelationMetaFieldRequestFieldDTOList { "componentName" => field(component_name),
    "props" => field(props) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRelationMetaFieldRequestFieldDTOList { "componentName" =>
    read_field(component_name), "props" => read_field(props) }
}
/// `AddRelationMetaFieldResponseBody`, a model several operations share: also named [`CreateRelationMetaResponseBody`], [`DeleteRelationMetaFieldResponseBody`], [`UpdateRelationMetaFieldResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddRelationMetaFieldResponseBody {
    /// `relationType`.
    pub relation_type: Option<String>,
}
rt::impl_deserialize! {
    AddRelationMetaFieldResponseBody { "relationType" => read_field(relation_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddRelationMetaFieldResponseBody { "relationType" => optional(relation_type) }
}
/// `AppendCustomerDataAuthResponseBody`, a model several operations share: also named [`ConsumeBenefitInventoryResponseBody`], [`OverrideUpdateCustomerDataAuthResponseBody`], [`QueryHasAppPermissionResponseBody`], [`SetUserVersionToFreeResponseBody`], [`TwoPhaseCommitInventoryResponseBody`], [`UpdateCustomerBizTypeResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppendCustomerDataAuthResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AppendCustomerDataAuthResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppendCustomerDataAuthResponseBody { "result" => optional(result) }
}
/// `BatchAddContactsRequestRelationList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchAddContactsRequestRelationList {
    /// `bizDataList`.
    pub biz_data_list: Vec<BatchAddContactsRequestRelationListBizDataList>,
    /// `bizExtMap`.
    pub biz_ext_map: Option<rt::BTreeMap<String, String>>,
    /// `sourceDataId`.
    pub source_data_id: Option<String>,
}
/// The required fields of [`BatchAddContactsRequestRelationList`], each named where it is set: `BatchAddContactsRequestRelationList::new(BatchAddContactsRequestRelationListRequired { .. })`.
pub struct BatchAddContactsRequestRelationListRequired {
    /// `bizDataList`: see [`BatchAddContactsRequestRelationList::biz_data_list`].
    pub biz_data_list: Vec<BatchAddContactsRequestRelationListBizDataList>,
}
impl BatchAddContactsRequestRelationList {
    /// A `BatchAddContactsRequestRelationList` with its required fields (`bizDataList`); set the others with the methods named after them.
    pub fn new(required: BatchAddContactsRequestRelationListRequired) -> Self {
        let BatchAddContactsRequestRelationListRequired { biz_data_list } = required;
        Self {
            biz_data_list,
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
rt::impl_serialize! {
    BatchAddContactsRequestRelationList { "bizDataList" => field(biz_data_list),
    "bizExtMap" => optional(biz_ext_map), "sourceDataId" => optional(source_data_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddContactsRequestRelationList { "bizDataList" => read_field(biz_data_list),
    "bizExtMap" => read_field(biz_ext_map), "sourceDataId" => read_field(source_data_id)
    }
}
/// `BatchAddContactsResponseBody`, a model several operations share: also named [`BatchUpdateContactsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchAddContactsResponseBody {
    /// `results`.
    pub results: Option<Vec<BatchAddContactsResponseBodyResults>>,
}
rt::impl_deserialize! {
    BatchAddContactsResponseBody { "results" => read_field(results) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddContactsResponseBody { "results" => optional(results) }
}
/// `BatchAddFollowRecordsRequestInstanceList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchAddFollowRecordsRequestInstanceList {
    /// `bizExtMap`.
    pub biz_ext_map: Option<rt::BTreeMap<String, String>>,
    /// `dataArray`.
    pub data_array: Vec<BatchAddFollowRecordsRequestInstanceListDataArray>,
}
/// The required fields of [`BatchAddFollowRecordsRequestInstanceList`], each named where it is set: `BatchAddFollowRecordsRequestInstanceList::new(BatchAddFollowRecordsRequestInstanceListRequired { .. })`.
pub struct BatchAddFollowRecordsRequestInstanceListRequired {
    /// `dataArray`: see [`BatchAddFollowRecordsRequestInstanceList::data_array`].
    pub data_array: Vec<BatchAddFollowRecordsRequestInstanceListDataArray>,
}
impl BatchAddFollowRecordsRequestInstanceList {
    /// A `BatchAddFollowRecordsRequestInstanceList` with its required fields (`dataArray`); set the others with the methods named after them.
    pub fn new(required: BatchAddFollowRecordsRequestInstanceListRequired) -> Self {
        let BatchAddFollowRecordsRequestInstanceListRequired { data_array } = required;
        Self {
            biz_ext_map: None,
            data_array,
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
rt::impl_serialize! {
    BatchAddFollowRecordsRequestInstanceList { "bizExtMap" => optional(biz_ext_map),
    "dataArray" => field(data_array) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddFollowRecordsRequestInstanceList { "bizExtMap" => read_field(biz_ext_map),
    "dataArray" => read_field(data_array) }
}
/// `BatchAddFollowRecordsResponseBody`, a model several operations share: also named [`BatchRemoveFollowRecordsResponseBody`], [`BatchUpdateFollowRecordsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchAddFollowRecordsResponseBody {
    /// `results`.
    pub results: Option<Vec<BatchAddFollowRecordsResponseBodyResults>>,
}
rt::impl_deserialize! {
    BatchAddFollowRecordsResponseBody { "results" => read_field(results) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddFollowRecordsResponseBody { "results" => optional(results) }
}
/// `BatchAddRelationDatasRequestRelationList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchAddRelationDatasRequestRelationList`], each named where it is set: `BatchAddRelationDatasRequestRelationList::new(BatchAddRelationDatasRequestRelationListRequired { .. })`.
pub struct BatchAddRelationDatasRequestRelationListRequired {
    /// `bizDataList`: see [`BatchAddRelationDatasRequestRelationList::biz_data_list`].
    pub biz_data_list: Vec<BatchAddRelationDatasRequestRelationListBizDataList>,
}
impl BatchAddRelationDatasRequestRelationList {
    /// A `BatchAddRelationDatasRequestRelationList` with its required fields (`bizDataList`); set the others with the methods named after them.
    pub fn new(required: BatchAddRelationDatasRequestRelationListRequired) -> Self {
        let BatchAddRelationDatasRequestRelationListRequired { biz_data_list } = required;
        Self {
            biz_data_list,
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
rt::impl_serialize! {
    BatchAddRelationDatasRequestRelationList { "bizDataList" => field(biz_data_list),
    "bizExtMap" => optional(biz_ext_map), "relationPermissionDTO" =>
    optional(relation_permission_dto), "sourceDataId" => optional(source_data_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddRelationDatasRequestRelationList { "bizDataList" =>
    read_field(biz_data_list), "bizExtMap" => read_field(biz_ext_map),
    "relationPermissionDTO" => read_field(relation_permission_dto), "sourceDataId" =>
    read_field(source_data_id) }
}
/// `BatchAddRelationDatasResponseBody`, a model several operations share: also named [`BatchUpdateRelationDatasResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchAddRelationDatasResponseBody {
    /// `results`.
    pub results: Option<Vec<BatchAddRelationDatasResponseBodyResults>>,
}
rt::impl_deserialize! {
    BatchAddRelationDatasResponseBody { "results" => read_field(results) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddRelationDatasResponseBody { "results" => optional(results) }
}
/// `BatchCreateClueDataRequestDataList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchCreateClueDataRequestDataList`], each named where it is set: `BatchCreateClueDataRequestDataList::new(BatchCreateClueDataRequestDataListRequired { .. })`.
pub struct BatchCreateClueDataRequestDataListRequired {
    /// `contactList`: see [`BatchCreateClueDataRequestDataList::contact_list`].
    pub contact_list: Vec<BatchCreateClueDataRequestDataListContactList>,
    /// `name`: see [`BatchCreateClueDataRequestDataList::name`].
    pub name: String,
    /// `sourceId`: see [`BatchCreateClueDataRequestDataList::source_id`].
    pub source_id: String,
    /// `sourceType`: see [`BatchCreateClueDataRequestDataList::source_type`].
    pub source_type: String,
}
impl BatchCreateClueDataRequestDataList {
    /// A `BatchCreateClueDataRequestDataList` with its required fields (`contactList`, `name`, `sourceId`, `sourceType`); set the others with the methods named after them.
    pub fn new(required: BatchCreateClueDataRequestDataListRequired) -> Self {
        let BatchCreateClueDataRequestDataListRequired {
            contact_list,
            name,
            source_id,
            source_type,
        } = required;
        Self {
            contact_list,
            enterprise: None,
            name,
            source_id,
            source_type,
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
rt::impl_serialize! {
    BatchCreateClueDataRequestDataList { "contactList" => field(contact_list),
    "enterprise" => optional(enterprise), "name" => field(name), "sourceId" =>
    field(source_id), "sourceType" => field(source_type), "tagIdList" =>
    optional(tag_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateClueDataRequestDataList { "contactList" => read_field(contact_list),
    "enterprise" => read_field(enterprise), "name" => read_field(name), "sourceId" =>
    read_field(source_id), "sourceType" => read_field(source_type), "tagIdList" =>
    read_field(tag_id_list) }
}
/// `BatchCreateClueDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchCreateClueDataResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<BatchCreateClueDataResponseBodyResult>>,
}
rt::impl_deserialize! {
    BatchCreateClueDataResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchCreateClueDataResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `BatchRemoveFollowRecordsResponseBody`: the same model as [`BatchAddFollowRecordsResponseBody`].
pub type BatchRemoveFollowRecordsResponseBody = BatchAddFollowRecordsResponseBody;
/// `BatchSendOfficialAccountOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchSendOfficialAccountOTOMessageRequestDetail`], each named where it is set: `BatchSendOfficialAccountOTOMessageRequestDetail::new(BatchSendOfficialAccountOTOMessageRequestDetailRequired { .. })`.
pub struct BatchSendOfficialAccountOTOMessageRequestDetailRequired {
    /// `messageBody`: see [`BatchSendOfficialAccountOTOMessageRequestDetail::message_body`].
    pub message_body: BatchSendOfficialAccountOTOMessageRequestDetailMessageBody,
    /// `msgType`: see [`BatchSendOfficialAccountOTOMessageRequestDetail::msg_type`].
    pub msg_type: String,
    /// `uuid`: see [`BatchSendOfficialAccountOTOMessageRequestDetail::uuid`].
    pub uuid: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetail {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetail` with its required fields (`messageBody`, `msgType`, `uuid`); set the others with the methods named after them.
    pub fn new(
        required: BatchSendOfficialAccountOTOMessageRequestDetailRequired,
    ) -> Self {
        let BatchSendOfficialAccountOTOMessageRequestDetailRequired {
            message_body,
            msg_type,
            uuid,
        } = required;
        Self {
            biz_request_id: None,
            message_body,
            msg_type,
            send_to_all: None,
            user_id_list: None,
            uuid,
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
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageRequestDetail { "bizRequestId" =>
    optional(biz_request_id), "messageBody" => field(message_body), "msgType" =>
    field(msg_type), "sendToAll" => optional(send_to_all), "userIdList" =>
    optional(user_id_list), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageRequestDetail { "bizRequestId" =>
    read_field(biz_request_id), "messageBody" => read_field(message_body), "msgType" =>
    read_field(msg_type), "sendToAll" => read_field(send_to_all), "userIdList" =>
    read_field(user_id_list), "uuid" => read_field(uuid) }
}
/// `BatchSendOfficialAccountOTOMessageResponseBody`, a model several operations share: also named [`ServiceWindowMessageBatchPushResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<BatchSendOfficialAccountOTOMessageResponseBodyResult>,
}
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageResponseBody { "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageResponseBody { "requestId" => optional(request_id),
    "result" => optional(result) }
}
/// `BatchUpdateContactsRequestRelationList`, a model several operations share: also named [`BatchUpdateRelationDatasRequestRelationList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateContactsRequestRelationList {
    /// `bizDataList`.
    pub biz_data_list: Option<Vec<BatchUpdateContactsRequestRelationListBizDataList>>,
    /// `bizExtMap`.
    pub biz_ext_map: Option<rt::BTreeMap<String, String>>,
    /// `relationId`.
    pub relation_id: String,
}
/// The required fields of [`BatchUpdateContactsRequestRelationList`], each named where it is set: `BatchUpdateContactsRequestRelationList::new(BatchUpdateContactsRequestRelationListRequired { .. })`.
pub struct BatchUpdateContactsRequestRelationListRequired {
    /// `relationId`: see [`BatchUpdateContactsRequestRelationList::relation_id`].
    pub relation_id: String,
}
impl BatchUpdateContactsRequestRelationList {
    /// A `BatchUpdateContactsRequestRelationList` with its required fields (`relationId`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateContactsRequestRelationListRequired) -> Self {
        let BatchUpdateContactsRequestRelationListRequired { relation_id } = required;
        Self {
            biz_data_list: None,
            biz_ext_map: None,
            relation_id,
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
rt::impl_serialize! {
    BatchUpdateContactsRequestRelationList { "bizDataList" => optional(biz_data_list),
    "bizExtMap" => optional(biz_ext_map), "relationId" => field(relation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateContactsRequestRelationList { "bizDataList" => read_field(biz_data_list),
    "bizExtMap" => read_field(biz_ext_map), "relationId" => read_field(relation_id) }
}
/// `BatchUpdateContactsResponseBody`: the same model as [`BatchAddContactsResponseBody`].
pub type BatchUpdateContactsResponseBody = BatchAddContactsResponseBody;
/// `BatchUpdateFollowRecordsRequestInstanceList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateFollowRecordsRequestInstanceList {
    /// `dataArray`.
    pub data_array: Vec<BatchUpdateFollowRecordsRequestInstanceListDataArray>,
    /// `instanceId`.
    pub instance_id: String,
}
/// The required fields of [`BatchUpdateFollowRecordsRequestInstanceList`], each named where it is set: `BatchUpdateFollowRecordsRequestInstanceList::new(BatchUpdateFollowRecordsRequestInstanceListRequired { .. })`.
pub struct BatchUpdateFollowRecordsRequestInstanceListRequired {
    /// `dataArray`: see [`BatchUpdateFollowRecordsRequestInstanceList::data_array`].
    pub data_array: Vec<BatchUpdateFollowRecordsRequestInstanceListDataArray>,
    /// `instanceId`: see [`BatchUpdateFollowRecordsRequestInstanceList::instance_id`].
    pub instance_id: String,
}
impl BatchUpdateFollowRecordsRequestInstanceList {
    /// A `BatchUpdateFollowRecordsRequestInstanceList` with its required fields (`dataArray`, `instanceId`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateFollowRecordsRequestInstanceListRequired) -> Self {
        let BatchUpdateFollowRecordsRequestInstanceListRequired {
            data_array,
            instance_id,
        } = required;
        Self { data_array, instance_id }
    }
}
rt::impl_serialize! {
    BatchUpdateFollowRecordsRequestInstanceList { "dataArray" => field(data_array),
    "instanceId" => field(instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateFollowRecordsRequestInstanceList { "dataArray" => read_field(data_array),
    "instanceId" => read_field(instance_id) }
}
/// `BatchUpdateFollowRecordsResponseBody`: the same model as [`BatchAddFollowRecordsResponseBody`].
pub type BatchUpdateFollowRecordsResponseBody = BatchAddFollowRecordsResponseBody;
/// `BatchUpdateRelationDatasRequestRelationList`: the same model as [`BatchUpdateContactsRequestRelationList`].
pub type BatchUpdateRelationDatasRequestRelationList = BatchUpdateContactsRequestRelationList;
/// The required fields of [`BatchUpdateRelationDatasRequestRelationList`].
pub type BatchUpdateRelationDatasRequestRelationListRequired = BatchUpdateContactsRequestRelationListRequired;
/// `BatchUpdateRelationDatasResponseBody`: the same model as [`BatchAddRelationDatasResponseBody`].
pub type BatchUpdateRelationDatasResponseBody = BatchAddRelationDatasResponseBody;
/// `ConsumeBenefitInventoryResponseBody`: the same model as [`AppendCustomerDataAuthResponseBody`].
pub type ConsumeBenefitInventoryResponseBody = AppendCustomerDataAuthResponseBody;
/// `CreateCustomerRequestContacts`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateCustomerRequestContacts {
    /// `data`.
    pub data: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `extendData`.
    pub extend_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
/// The required fields of [`CreateCustomerRequestContacts`], each named where it is set: `CreateCustomerRequestContacts::new(CreateCustomerRequestContactsRequired { .. })`.
pub struct CreateCustomerRequestContactsRequired {
    /// `data`: see [`CreateCustomerRequestContacts::data`].
    pub data: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl CreateCustomerRequestContacts {
    /// A `CreateCustomerRequestContacts` with its required fields (`data`); set the others with the methods named after them.
    pub fn new(required: CreateCustomerRequestContactsRequired) -> Self {
        let CreateCustomerRequestContactsRequired { data } = required;
        Self { data, extend_data: None }
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
rt::impl_serialize! {
    CreateCustomerRequestContacts { "data" => field(data), "extendData" =>
    optional(extend_data) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCustomerRequestContacts { "data" => read_field(data), "extendData" =>
    read_field(extend_data) }
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
rt::impl_serialize! {
    CreateCustomerRequestSaveOption { "customerExistedPolicy" =>
    optional(customer_existed_policy), "skipDuplicateCheck" =>
    optional(skip_duplicate_check), "subscribePolicy" => optional(subscribe_policy),
    "throwExceptionWhileSavingContactFailed" =>
    optional(throw_exception_while_saving_contact_failed) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCustomerRequestSaveOption { "customerExistedPolicy" =>
    read_field(customer_existed_policy), "skipDuplicateCheck" =>
    read_field(skip_duplicate_check), "subscribePolicy" => read_field(subscribe_policy),
    "throwExceptionWhileSavingContactFailed" =>
    read_field(throw_exception_while_saving_contact_failed) }
}
/// `CreateCustomerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomerResponseBody {
    /// `contacts`.
    pub contacts: Option<Vec<CreateCustomerResponseBodyContacts>>,
    /// `customerInstanceId`.
    pub customer_instance_id: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
}
rt::impl_deserialize! {
    CreateCustomerResponseBody { "contacts" => read_field(contacts), "customerInstanceId"
    => read_field(customer_instance_id), "objectType" => read_field(object_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCustomerResponseBody { "contacts" => optional(contacts), "customerInstanceId"
    => optional(customer_instance_id), "objectType" => optional(object_type) }
}
/// `CreateGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateGroupResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    CreateGroupResponseBody { "openConversationId" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupResponseBody { "openConversationId" => optional(open_conversation_id) }
}
/// `CreateGroupSetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CreateGroupSetResponseBody { "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "inviteLink" => read_field(invite_link),
    "lastOpenConversationId" => read_field(last_open_conversation_id), "manager" =>
    read_field(manager), "managerUserIds" => read_field(manager_user_ids), "memberCount"
    => read_field(member_count), "memberQuota" => read_field(member_quota), "name" =>
    read_field(name), "notice" => read_field(notice), "noticeToped" =>
    read_field(notice_toped), "openGroupSetId" => read_field(open_group_set_id), "owner"
    => read_field(owner), "ownerUserId" => read_field(owner_user_id), "relationType" =>
    read_field(relation_type), "templateId" => read_field(template_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupSetResponseBody { "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "inviteLink" => optional(invite_link),
    "lastOpenConversationId" => optional(last_open_conversation_id), "manager" =>
    optional(manager), "managerUserIds" => optional(manager_user_ids), "memberCount" =>
    optional(member_count), "memberQuota" => optional(member_quota), "name" =>
    optional(name), "notice" => optional(notice), "noticeToped" =>
    optional(notice_toped), "openGroupSetId" => optional(open_group_set_id), "owner" =>
    optional(owner), "ownerUserId" => optional(owner_user_id), "relationType" =>
    optional(relation_type), "templateId" => optional(template_id) }
}
/// `CreateRelationMetaRequestRelationMetaDTO`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateRelationMetaRequestRelationMetaDTO`], each named where it is set: `CreateRelationMetaRequestRelationMetaDTO::new(CreateRelationMetaRequestRelationMetaDTORequired { .. })`.
pub struct CreateRelationMetaRequestRelationMetaDTORequired {
    /// `desc`: see [`CreateRelationMetaRequestRelationMetaDTO::desc`].
    pub desc: String,
    /// `items`: see [`CreateRelationMetaRequestRelationMetaDTO::items`].
    pub items: Vec<CreateRelationMetaRequestRelationMetaDTOItems>,
    /// `name`: see [`CreateRelationMetaRequestRelationMetaDTO::name`].
    pub name: String,
    /// `relationType`: see [`CreateRelationMetaRequestRelationMetaDTO::relation_type`].
    pub relation_type: String,
}
impl CreateRelationMetaRequestRelationMetaDTO {
    /// A `CreateRelationMetaRequestRelationMetaDTO` with its required fields (`desc`, `items`, `name`, `relationType`); set the others with the methods named after them.
    pub fn new(required: CreateRelationMetaRequestRelationMetaDTORequired) -> Self {
        let CreateRelationMetaRequestRelationMetaDTORequired {
            desc,
            items,
            name,
            relation_type,
        } = required;
        Self {
            desc,
            items,
            name,
            relation_type,
        }
    }
}
rt::impl_serialize! {
    CreateRelationMetaRequestRelationMetaDTO { "desc" => field(desc), "items" =>
    field(items), "name" => field(name), "relationType" => field(relation_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRelationMetaRequestRelationMetaDTO { "desc" => read_field(desc), "items" =>
    read_field(items), "name" => read_field(name), "relationType" =>
    read_field(relation_type) }
}
/// `CreateRelationMetaResponseBody`: the same model as [`AddRelationMetaFieldResponseBody`].
pub type CreateRelationMetaResponseBody = AddRelationMetaFieldResponseBody;
/// `DeleteCrmCustomObjectDataResponseBody`: the same model as [`AddCrmPersonalCustomerResponseBody`].
pub type DeleteCrmCustomObjectDataResponseBody = AddCrmPersonalCustomerResponseBody;
/// `DeleteCrmFormInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteCrmFormInstanceResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
rt::impl_deserialize! {
    DeleteCrmFormInstanceResponseBody { "instanceId" => read_field(instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteCrmFormInstanceResponseBody { "instanceId" => optional(instance_id) }
}
/// `DeleteCrmPersonalCustomerResponseBody`: the same model as [`AddCrmPersonalCustomerResponseBody`].
pub type DeleteCrmPersonalCustomerResponseBody = AddCrmPersonalCustomerResponseBody;
/// `DeleteLeadsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteLeadsResponseBody {
    /// `outLeadsIds`.
    pub out_leads_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    DeleteLeadsResponseBody { "outLeadsIds" => read_field(out_leads_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteLeadsResponseBody { "outLeadsIds" => optional(out_leads_ids) }
}
/// `DeleteRelationMetaFieldResponseBody`: the same model as [`AddRelationMetaFieldResponseBody`].
pub type DeleteRelationMetaFieldResponseBody = AddRelationMetaFieldResponseBody;
/// `DescribeCrmPersonalCustomerObjectMetaResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBody { "code" => read_field(code),
    "customized" => read_field(customized), "fields" => read_field(fields), "name" =>
    read_field(name), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBody { "code" => optional(code),
    "customized" => optional(customized), "fields" => optional(fields), "name" =>
    optional(name), "status" => optional(status) }
}
/// `DescribeMetaModelResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBody {
    /// `metaModelDTOList`.
    pub meta_model_dto_list: Option<Vec<DescribeMetaModelResponseBodyMetaModelDTOList>>,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBody { "metaModelDTOList" => read_field(meta_model_dto_list)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBody { "metaModelDTOList" => optional(meta_model_dto_list) }
}
/// `DescribeRelationMetaResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeRelationMetaResponseBody {
    /// `relationMetaDTOList`.
    pub relation_meta_dto_list: Option<
        Vec<DescribeRelationMetaResponseBodyRelationMetaDTOList>,
    >,
}
rt::impl_deserialize! {
    DescribeRelationMetaResponseBody { "relationMetaDTOList" =>
    read_field(relation_meta_dto_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeRelationMetaResponseBody { "relationMetaDTOList" =>
    optional(relation_meta_dto_list) }
}
/// `FindTargetRelatedFollowRecordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FindTargetRelatedFollowRecordsResponseBody {
    /// `result`.
    pub result: Option<FindTargetRelatedFollowRecordsResponseBodyResult>,
}
rt::impl_deserialize! {
    FindTargetRelatedFollowRecordsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FindTargetRelatedFollowRecordsResponseBody { "result" => optional(result) }
}
/// `GetAllCustomerRecyclesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllCustomerRecyclesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultList`.
    pub result_list: Option<Vec<GetAllCustomerRecyclesResponseBodyResultList>>,
}
rt::impl_deserialize! {
    GetAllCustomerRecyclesResponseBody { "hasMore" => read_field(has_more), "nextToken"
    => read_field(next_token), "resultList" => read_field(result_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllCustomerRecyclesResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "resultList" => optional(result_list) }
}
/// `GetContactsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContactsResponseBody {
    /// `result`.
    pub result: Option<GetContactsResponseBodyResult>,
}
rt::impl_deserialize! {
    GetContactsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContactsResponseBody { "result" => optional(result) }
}
/// `GetCrmGroupChatResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCrmGroupChatResponseBody { "chatId" => read_field(chat_id), "gmtCreate" =>
    read_field(gmt_create), "iconUrl" => read_field(icon_url), "memberCount" =>
    read_field(member_count), "name" => read_field(name), "openConversationId" =>
    read_field(open_conversation_id), "openGroupSetId" => read_field(open_group_set_id),
    "ownerUserId" => read_field(owner_user_id), "ownerUserName" =>
    read_field(owner_user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmGroupChatResponseBody { "chatId" => optional(chat_id), "gmtCreate" =>
    optional(gmt_create), "iconUrl" => optional(icon_url), "memberCount" =>
    optional(member_count), "name" => optional(name), "openConversationId" =>
    optional(open_conversation_id), "openGroupSetId" => optional(open_group_set_id),
    "ownerUserId" => optional(owner_user_id), "ownerUserName" =>
    optional(owner_user_name) }
}
/// `GetCrmGroupChatMultiResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCrmGroupChatMultiResponseBody {
    /// `result`.
    pub result: Option<Vec<GetCrmGroupChatMultiResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetCrmGroupChatMultiResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmGroupChatMultiResponseBody { "result" => optional(result) }
}
/// `GetCrmGroupChatSingleResponseBody`, a model several operations share: also named [`GetCrmGroupChatMultiResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCrmGroupChatSingleResponseBody { "gmtCreate" => read_field(gmt_create), "iconUrl"
    => read_field(icon_url), "memberCount" => read_field(member_count), "name" =>
    read_field(name), "openConversationId" => read_field(open_conversation_id),
    "openGroupSetId" => read_field(open_group_set_id), "ownerUserId" =>
    read_field(owner_user_id), "ownerUserName" => read_field(owner_user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmGroupChatSingleResponseBody { "gmtCreate" => optional(gmt_create), "iconUrl" =>
    optional(icon_url), "memberCount" => optional(member_count), "name" =>
    optional(name), "openConversationId" => optional(open_conversation_id),
    "openGroupSetId" => optional(open_group_set_id), "ownerUserId" =>
    optional(owner_user_id), "ownerUserName" => optional(owner_user_name) }
}
/// `GetCrmRolePermissionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBody {
    /// `permissions`.
    pub permissions: Option<Vec<GetCrmRolePermissionResponseBodyPermissions>>,
}
rt::impl_deserialize! {
    GetCrmRolePermissionResponseBody { "permissions" => read_field(permissions) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmRolePermissionResponseBody { "permissions" => optional(permissions) }
}
/// `GetCustomerTracksByRelationIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerTracksByRelationIdResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultList`.
    pub result_list: Option<Vec<GetCustomerTracksByRelationIdResponseBodyResultList>>,
}
rt::impl_deserialize! {
    GetCustomerTracksByRelationIdResponseBody { "hasMore" => read_field(has_more),
    "nextToken" => read_field(next_token), "resultList" => read_field(result_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerTracksByRelationIdResponseBody { "hasMore" => optional(has_more),
    "nextToken" => optional(next_token), "resultList" => optional(result_list) }
}
/// `GetGroupSetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetGroupSetResponseBody { "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "groupChatCount" => read_field(group_chat_count),
    "inviteLink" => read_field(invite_link), "lastOpenConversationId" =>
    read_field(last_open_conversation_id), "manager" => read_field(manager),
    "managerUserIds" => read_field(manager_user_ids), "memberCount" =>
    read_field(member_count), "memberQuota" => read_field(member_quota), "name" =>
    read_field(name), "notice" => read_field(notice), "noticeToped" =>
    read_field(notice_toped), "openGroupSetId" => read_field(open_group_set_id), "owner"
    => read_field(owner), "ownerUserId" => read_field(owner_user_id), "relationType" =>
    read_field(relation_type), "templateId" => read_field(template_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupSetResponseBody { "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "groupChatCount" => optional(group_chat_count), "inviteLink"
    => optional(invite_link), "lastOpenConversationId" =>
    optional(last_open_conversation_id), "manager" => optional(manager), "managerUserIds"
    => optional(manager_user_ids), "memberCount" => optional(member_count), "memberQuota"
    => optional(member_quota), "name" => optional(name), "notice" => optional(notice),
    "noticeToped" => optional(notice_toped), "openGroupSetId" =>
    optional(open_group_set_id), "owner" => optional(owner), "ownerUserId" =>
    optional(owner_user_id), "relationType" => optional(relation_type), "templateId" =>
    optional(template_id) }
}
/// `GetInAppPurchaseGoodsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsResponseBody {
    /// `result`.
    pub result: Option<GetInAppPurchaseGoodsResponseBodyResult>,
}
rt::impl_deserialize! {
    GetInAppPurchaseGoodsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInAppPurchaseGoodsResponseBody { "result" => optional(result) }
}
/// `GetNavigationCatalogResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNavigationCatalogResponseBody {
    /// `result`.
    pub result: Option<GetNavigationCatalogResponseBodyResult>,
}
rt::impl_deserialize! {
    GetNavigationCatalogResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNavigationCatalogResponseBody { "result" => optional(result) }
}
/// `GetObjectDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetObjectDataResponseBody {
    /// `result`.
    pub result: Option<GetObjectDataResponseBodyResult>,
}
rt::impl_deserialize! {
    GetObjectDataResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetObjectDataResponseBody { "result" => optional(result) }
}
/// `GetOfficialAccountContactInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetOfficialAccountContactInfoResponseBody { "authItems" => read_field(auth_items),
    "corpName" => read_field(corp_name), "mobile" => read_field(mobile), "stateCode" =>
    read_field(state_code), "unionId" => read_field(union_id), "userInfos" =>
    read_field(user_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOfficialAccountContactInfoResponseBody { "authItems" => optional(auth_items),
    "corpName" => optional(corp_name), "mobile" => optional(mobile), "stateCode" =>
    optional(state_code), "unionId" => optional(union_id), "userInfos" =>
    optional(user_infos) }
}
/// `GetOfficialAccountContactsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOfficialAccountContactsResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `values`.
    pub values: Option<Vec<GetOfficialAccountContactsResponseBodyValues>>,
}
rt::impl_deserialize! {
    GetOfficialAccountContactsResponseBody { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "values" => read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOfficialAccountContactsResponseBody { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "values" => optional(values) }
}
/// `GetOfficialAccountOTOMessageResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOfficialAccountOTOMessageResultResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetOfficialAccountOTOMessageResultResponseBodyResult>,
}
rt::impl_deserialize! {
    GetOfficialAccountOTOMessageResultResponseBody { "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOfficialAccountOTOMessageResultResponseBody { "requestId" => optional(request_id),
    "result" => optional(result) }
}
/// `GetRelatedViewTabDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelatedViewTabDataResponseBody {
    /// `result`.
    pub result: Option<GetRelatedViewTabDataResponseBodyResult>,
}
rt::impl_deserialize! {
    GetRelatedViewTabDataResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelatedViewTabDataResponseBody { "result" => optional(result) }
}
/// `GetRelatedViewTabMetaResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelatedViewTabMetaResponseBody {
    /// `results`.
    pub results: Option<Vec<GetRelatedViewTabMetaResponseBodyResults>>,
}
rt::impl_deserialize! {
    GetRelatedViewTabMetaResponseBody { "results" => read_field(results) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelatedViewTabMetaResponseBody { "results" => optional(results) }
}
/// `GetRelationUkSettingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBody {
    /// `result`.
    pub result: Option<Vec<GetRelationUkSettingResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetRelationUkSettingResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelationUkSettingResponseBody { "result" => optional(result) }
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
rt::impl_serialize! {
    JoinGroupSetRequestBizDataList { "extendValue" => optional(extend_value), "key" =>
    optional(key), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    JoinGroupSetRequestBizDataList { "extendValue" => read_field(extend_value), "key" =>
    read_field(key), "value" => read_field(value) }
}
/// `JoinGroupSetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct JoinGroupSetResponseBody {
    /// `chatId`.
    pub chat_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    JoinGroupSetResponseBody { "chatId" => read_field(chat_id), "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    JoinGroupSetResponseBody { "chatId" => optional(chat_id), "openConversationId" =>
    optional(open_conversation_id) }
}
/// `ListAvailableBenefitResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAvailableBenefitResponseBody {
    /// `result`.
    pub result: Option<Vec<ListAvailableBenefitResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListAvailableBenefitResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAvailableBenefitResponseBody { "result" => optional(result) }
}
/// `ListBenefitLicenseResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBenefitLicenseResponseBody {
    /// `result`.
    pub result: Option<Vec<ListBenefitLicenseResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListBenefitLicenseResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListBenefitLicenseResponseBody { "result" => optional(result) }
}
/// `ListClueTagResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListClueTagResponseBody {
    /// `result`.
    pub result: Option<Vec<ListClueTagResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListClueTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListClueTagResponseBody { "result" => optional(result) }
}
/// `ListCrmPersonalCustomersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCrmPersonalCustomersResponseBody {
    /// `result`.
    pub result: Option<Vec<ListCrmPersonalCustomersResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListCrmPersonalCustomersResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCrmPersonalCustomersResponseBody { "result" => optional(result) }
}
/// `ListGroupSetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListGroupSetResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "resultList" => read_field(result_list), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListGroupSetResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "resultList" => optional(result_list), "totalCount" =>
    optional(total_count) }
}
/// `OverrideUpdateCustomerDataAuthResponseBody`: the same model as [`AppendCustomerDataAuthResponseBody`].
pub type OverrideUpdateCustomerDataAuthResponseBody = AppendCustomerDataAuthResponseBody;
/// `QueryAllCustomerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllCustomerResponseBody {
    /// `result`.
    pub result: Option<QueryAllCustomerResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryAllCustomerResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllCustomerResponseBody { "result" => optional(result) }
}
/// `QueryAllTracksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAllTracksResponseBody { "hasMore" => read_field(has_more), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "values" =>
    read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllTracksResponseBody { "hasMore" => optional(has_more), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "values" =>
    optional(values) }
}
/// `QueryAppManagerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAppManagerResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryAppManagerResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryAppManagerResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAppManagerResponseBody { "result" => optional(result) }
}
/// `QueryBenefitInventoryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBenefitInventoryResponseBody {
    /// `result`.
    pub result: Option<QueryBenefitInventoryResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryBenefitInventoryResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBenefitInventoryResponseBody { "result" => optional(result) }
}
/// `QueryClueFollowStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryClueFollowStatusResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryClueFollowStatusResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryClueFollowStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryClueFollowStatusResponseBody { "result" => optional(result) }
}
/// `QueryCrmGroupChatsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCrmGroupChatsResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "resultList" => read_field(result_list), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCrmGroupChatsResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "resultList" => optional(result_list), "totalCount" =>
    optional(total_count) }
}
/// `QueryCrmPersonalCustomerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCrmPersonalCustomerResponseBody { "hasMore" => read_field(has_more),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "totalCount" => read_field(total_count), "values" => read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCrmPersonalCustomerResponseBody { "hasMore" => optional(has_more), "maxResults"
    => optional(max_results), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count), "values" => optional(values) }
}
/// `QueryCustomerBizTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCustomerBizTypeResponseBody {
    /// `result`.
    pub result: Option<QueryCustomerBizTypeResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryCustomerBizTypeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomerBizTypeResponseBody { "result" => optional(result) }
}
/// `QueryGlobalInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGlobalInfoResponseBody {
    /// `result`.
    pub result: Option<QueryGlobalInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryGlobalInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGlobalInfoResponseBody { "result" => optional(result) }
}
/// `QueryHasAppPermissionResponseBody`: the same model as [`AppendCustomerDataAuthResponseBody`].
pub type QueryHasAppPermissionResponseBody = AppendCustomerDataAuthResponseBody;
/// `QueryOfficialAccountUserBasicInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOfficialAccountUserBasicInfoResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<QueryOfficialAccountUserBasicInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryOfficialAccountUserBasicInfoResponseBody { "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOfficialAccountUserBasicInfoResponseBody { "requestId" => optional(request_id),
    "result" => optional(result) }
}
/// `QueryRelationDatasByTargetIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRelationDatasByTargetIdResponseBody {
    /// `relations`.
    pub relations: Option<Vec<QueryRelationDatasByTargetIdResponseBodyRelations>>,
}
rt::impl_deserialize! {
    QueryRelationDatasByTargetIdResponseBody { "relations" => read_field(relations) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRelationDatasByTargetIdResponseBody { "relations" => optional(relations) }
}
/// `RecallOfficialAccountOTOMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RecallOfficialAccountOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    RecallOfficialAccountOTOMessageResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RecallOfficialAccountOTOMessageResponseBody { "requestId" => optional(request_id) }
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
rt::impl_serialize! {
    SaveBenefitLicenseRequestLicenses { "licenseUserId" => optional(license_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveBenefitLicenseRequestLicenses { "licenseUserId" => read_field(license_user_id) }
}
/// `SaveBenefitLicenseResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveBenefitLicenseResponseBody {
    /// `result`.
    pub result: Option<SaveBenefitLicenseResponseBodyResult>,
}
rt::impl_deserialize! {
    SaveBenefitLicenseResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveBenefitLicenseResponseBody { "result" => optional(result) }
}
/// `SendOfficialAccountOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendOfficialAccountOTOMessageRequestDetail`], each named where it is set: `SendOfficialAccountOTOMessageRequestDetail::new(SendOfficialAccountOTOMessageRequestDetailRequired { .. })`.
pub struct SendOfficialAccountOTOMessageRequestDetailRequired {
    /// `messageBody`: see [`SendOfficialAccountOTOMessageRequestDetail::message_body`].
    pub message_body: SendOfficialAccountOTOMessageRequestDetailMessageBody,
    /// `msgType`: see [`SendOfficialAccountOTOMessageRequestDetail::msg_type`].
    pub msg_type: String,
    /// `uuid`: see [`SendOfficialAccountOTOMessageRequestDetail::uuid`].
    pub uuid: String,
}
impl SendOfficialAccountOTOMessageRequestDetail {
    /// A `SendOfficialAccountOTOMessageRequestDetail` with its required fields (`messageBody`, `msgType`, `uuid`); set the others with the methods named after them.
    pub fn new(required: SendOfficialAccountOTOMessageRequestDetailRequired) -> Self {
        let SendOfficialAccountOTOMessageRequestDetailRequired {
            message_body,
            msg_type,
            uuid,
        } = required;
        Self {
            message_body,
            msg_type,
            union_id: None,
            user_id: None,
            uuid,
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
rt::impl_serialize! {
    SendOfficialAccountOTOMessageRequestDetail { "messageBody" => field(message_body),
    "msgType" => field(msg_type), "unionId" => optional(union_id), "userId" =>
    optional(user_id), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountOTOMessageRequestDetail { "messageBody" =>
    read_field(message_body), "msgType" => read_field(msg_type), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id), "uuid" => read_field(uuid) }
}
/// `SendOfficialAccountOTOMessageResponseBody`, a model several operations share: also named [`SendOfficialAccountSNSMessageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendOfficialAccountOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<SendOfficialAccountOTOMessageResponseBodyResult>,
}
rt::impl_deserialize! {
    SendOfficialAccountOTOMessageResponseBody { "requestId" => read_field(request_id),
    "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendOfficialAccountOTOMessageResponseBody { "requestId" => optional(request_id),
    "result" => optional(result) }
}
/// `SendOfficialAccountSNSMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequestDetail {
    /// `messageBody`.
    pub message_body: SendOfficialAccountSNSMessageRequestDetailMessageBody,
    /// `msgType`.
    pub msg_type: String,
    /// `uuid`.
    pub uuid: String,
}
/// The required fields of [`SendOfficialAccountSNSMessageRequestDetail`], each named where it is set: `SendOfficialAccountSNSMessageRequestDetail::new(SendOfficialAccountSNSMessageRequestDetailRequired { .. })`.
pub struct SendOfficialAccountSNSMessageRequestDetailRequired {
    /// `messageBody`: see [`SendOfficialAccountSNSMessageRequestDetail::message_body`].
    pub message_body: SendOfficialAccountSNSMessageRequestDetailMessageBody,
    /// `msgType`: see [`SendOfficialAccountSNSMessageRequestDetail::msg_type`].
    pub msg_type: String,
    /// `uuid`: see [`SendOfficialAccountSNSMessageRequestDetail::uuid`].
    pub uuid: String,
}
impl SendOfficialAccountSNSMessageRequestDetail {
    /// A `SendOfficialAccountSNSMessageRequestDetail` with its required fields (`messageBody`, `msgType`, `uuid`); set the others with the methods named after them.
    pub fn new(required: SendOfficialAccountSNSMessageRequestDetailRequired) -> Self {
        let SendOfficialAccountSNSMessageRequestDetailRequired {
            message_body,
            msg_type,
            uuid,
        } = required;
        Self {
            message_body,
            msg_type,
            uuid,
        }
    }
}
rt::impl_serialize! {
    SendOfficialAccountSNSMessageRequestDetail { "messageBody" => field(message_body),
    "msgType" => field(msg_type), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountSNSMessageRequestDetail { "messageBody" =>
    read_field(message_body), "msgType" => read_field(msg_type), "uuid" =>
    read_field(uuid) }
}
/// `SendOfficialAccountSNSMessageResponseBody`: the same model as [`SendOfficialAccountOTOMessageResponseBody`].
pub type SendOfficialAccountSNSMessageResponseBody = SendOfficialAccountOTOMessageResponseBody;
/// `ServiceWindowMessageBatchPushRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ServiceWindowMessageBatchPushRequestDetail`], each named where it is set: `ServiceWindowMessageBatchPushRequestDetail::new(ServiceWindowMessageBatchPushRequestDetailRequired { .. })`.
pub struct ServiceWindowMessageBatchPushRequestDetailRequired {
    /// `messageBody`: see [`ServiceWindowMessageBatchPushRequestDetail::message_body`].
    pub message_body: ServiceWindowMessageBatchPushRequestDetailMessageBody,
    /// `msgType`: see [`ServiceWindowMessageBatchPushRequestDetail::msg_type`].
    pub msg_type: String,
    /// `userIdList`: see [`ServiceWindowMessageBatchPushRequestDetail::user_id_list`].
    pub user_id_list: Vec<String>,
    /// `uuid`: see [`ServiceWindowMessageBatchPushRequestDetail::uuid`].
    pub uuid: String,
}
impl ServiceWindowMessageBatchPushRequestDetail {
    /// A `ServiceWindowMessageBatchPushRequestDetail` with its required fields (`messageBody`, `msgType`, `userIdList`, `uuid`); set the others with the methods named after them.
    pub fn new(required: ServiceWindowMessageBatchPushRequestDetailRequired) -> Self {
        let ServiceWindowMessageBatchPushRequestDetailRequired {
            message_body,
            msg_type,
            user_id_list,
            uuid,
        } = required;
        Self {
            biz_request_id: None,
            message_body,
            msg_type,
            send_to_all: None,
            user_id_list,
            uuid,
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
rt::impl_serialize! {
    ServiceWindowMessageBatchPushRequestDetail { "bizRequestId" =>
    optional(biz_request_id), "messageBody" => field(message_body), "msgType" =>
    field(msg_type), "sendToAll" => optional(send_to_all), "userIdList" =>
    field(user_id_list), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ServiceWindowMessageBatchPushRequestDetail { "bizRequestId" =>
    read_field(biz_request_id), "messageBody" => read_field(message_body), "msgType" =>
    read_field(msg_type), "sendToAll" => read_field(send_to_all), "userIdList" =>
    read_field(user_id_list), "uuid" => read_field(uuid) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateMenuDataRequestNavData`], each named where it is set: `UpdateMenuDataRequestNavData::new(UpdateMenuDataRequestNavDataRequired { .. })`.
pub struct UpdateMenuDataRequestNavDataRequired {
    /// `displayStatus`: see [`UpdateMenuDataRequestNavData::display_status`].
    pub display_status: String,
    /// `mobileNavName`: see [`UpdateMenuDataRequestNavData::mobile_nav_name`].
    pub mobile_nav_name: String,
    /// `navCode`: see [`UpdateMenuDataRequestNavData::nav_code`].
    pub nav_code: String,
    /// `navId`: see [`UpdateMenuDataRequestNavData::nav_id`].
    pub nav_id: String,
    /// `navName`: see [`UpdateMenuDataRequestNavData::nav_name`].
    pub nav_name: String,
    /// `navStatus`: see [`UpdateMenuDataRequestNavData::nav_status`].
    pub nav_status: String,
}
impl UpdateMenuDataRequestNavData {
    /// A `UpdateMenuDataRequestNavData` with its required fields (`displayStatus`, `mobileNavName`, `navCode`, `navId`, `navName`, `navStatus`); set the others with the methods named after them.
    pub fn new(required: UpdateMenuDataRequestNavDataRequired) -> Self {
        let UpdateMenuDataRequestNavDataRequired {
            display_status,
            mobile_nav_name,
            nav_code,
            nav_id,
            nav_name,
            nav_status,
        } = required;
        Self {
            display_status,
            icon: None,
            icon_bg_color: None,
            icon_color: None,
            integration_protocol: None,
            mobile_nav_name,
            mobile_url: None,
            nav_code,
            nav_ext_info: None,
            nav_id,
            nav_name,
            nav_status,
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
rt::impl_serialize! {
    UpdateMenuDataRequestNavData { "displayStatus" => field(display_status), "icon" =>
    optional(icon), "iconBgColor" => optional(icon_bg_color), "iconColor" =>
    optional(icon_color), "integrationProtocol" => optional(integration_protocol),
    "mobileNavName" => field(mobile_nav_name), "mobileUrl" => optional(mobile_url),
    "navCode" => field(nav_code), "navExtInfo" => optional(nav_ext_info), "navId" =>
    field(nav_id), "navName" => field(nav_name), "navStatus" => field(nav_status),
    "navType" => optional(nav_type), "parentNavId" => optional(parent_nav_id), "provider"
    => optional(provider), "sortNum" => optional(sort_num), "url" => optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMenuDataRequestNavData { "displayStatus" => read_field(display_status), "icon"
    => read_field(icon), "iconBgColor" => read_field(icon_bg_color), "iconColor" =>
    read_field(icon_color), "integrationProtocol" => read_field(integration_protocol),
    "mobileNavName" => read_field(mobile_nav_name), "mobileUrl" =>
    read_field(mobile_url), "navCode" => read_field(nav_code), "navExtInfo" =>
    read_field(nav_ext_info), "navId" => read_field(nav_id), "navName" =>
    read_field(nav_name), "navStatus" => read_field(nav_status), "navType" =>
    read_field(nav_type), "parentNavId" => read_field(parent_nav_id), "provider" =>
    read_field(provider), "sortNum" => read_field(sort_num), "url" => read_field(url) }
}
/// `UpdateMenuDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateMenuDataResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    UpdateMenuDataResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateMenuDataResponseBody { "result" => optional(result) }
}
/// `UpdateMetaModelFieldRequestFieldDTOList`: the same model as [`AddMetaModelFieldRequestFieldDTOList`].
pub type UpdateMetaModelFieldRequestFieldDTOList = AddMetaModelFieldRequestFieldDTOList;
/// The required fields of [`UpdateMetaModelFieldRequestFieldDTOList`].
pub type UpdateMetaModelFieldRequestFieldDTOListRequired = AddMetaModelFieldRequestFieldDTOListRequired;
/// `UpdateMetaModelFieldResponseBody`: the same model as [`AddMetaModelFieldResponseBody`].
pub type UpdateMetaModelFieldResponseBody = AddMetaModelFieldResponseBody;
/// `UpdateRelationMetaFieldRequestFieldDTOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateRelationMetaFieldRequestFieldDTOList {
    /// `componentName`.
    pub component_name: String,
    /// `props`.
    pub props: UpdateRelationMetaFieldRequestFieldDTOListProps,
}
/// The required fields of [`UpdateRelationMetaFieldRequestFieldDTOList`], each named where it is set: `UpdateRelationMetaFieldRequestFieldDTOList::new(UpdateRelationMetaFieldRequestFieldDTOListRequired { .. })`.
pub struct UpdateRelationMetaFieldRequestFieldDTOListRequired {
    /// `componentName`: see [`UpdateRelationMetaFieldRequestFieldDTOList::component_name`].
    pub component_name: String,
    /// `props`: see [`UpdateRelationMetaFieldRequestFieldDTOList::props`].
    pub props: UpdateRelationMetaFieldRequestFieldDTOListProps,
}
impl UpdateRelationMetaFieldRequestFieldDTOList {
    /// A `UpdateRelationMetaFieldRequestFieldDTOList` with its required fields (`componentName`, `props`); set the others with the methods named after them.
    pub fn new(required: UpdateRelationMetaFieldRequestFieldDTOListRequired) -> Self {
        let UpdateRelationMetaFieldRequestFieldDTOListRequired {
            component_name,
            props,
        } = required;
        Self { component_name, props }
    }
}
rt::impl_serialize! {
    UpdateRelationMetaFieldRequestFieldDTOList { "componentName" =>
    field(component_name), "props" => field(props) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRelationMetaFieldRequestFieldDTOList { "componentName" =>
    read_field(component_name), "props" => read_field(props) }
}
/// `UpdateRelationMetaFieldResponseBody`: the same model as [`AddRelationMetaFieldResponseBody`].
pub type UpdateRelationMetaFieldResponseBody = AddRelationMetaFieldResponseBody;
/// `AddMetaModelFieldRequestFieldDTOListProps`, a model several operations share: also named [`UpdateMetaModelFieldRequestFieldDTOListProps`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddMetaModelFieldRequestFieldDTOListProps`], each named where it is set: `AddMetaModelFieldRequestFieldDTOListProps::new(AddMetaModelFieldRequestFieldDTOListPropsRequired { .. })`.
pub struct AddMetaModelFieldRequestFieldDTOListPropsRequired {
    /// `fieldId`: see [`AddMetaModelFieldRequestFieldDTOListProps::field_id`].
    pub field_id: String,
    /// `label`: see [`AddMetaModelFieldRequestFieldDTOListProps::label`].
    pub label: String,
    /// `required`: see [`AddMetaModelFieldRequestFieldDTOListProps::required`].
    pub required: bool,
}
impl AddMetaModelFieldRequestFieldDTOListProps {
    /// A `AddMetaModelFieldRequestFieldDTOListProps` with its required fields (`fieldId`, `label`, `required`); set the others with the methods named after them.
    pub fn new(required: AddMetaModelFieldRequestFieldDTOListPropsRequired) -> Self {
        let AddMetaModelFieldRequestFieldDTOListPropsRequired {
            field_id,
            label,
            required,
        } = required;
        Self {
            align: None,
            biz_alias: None,
            choice: None,
            content: None,
            disabled: None,
            duration: None,
            field_id,
            format: None,
            invisible: None,
            label,
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
rt::impl_serialize! {
    AddMetaModelFieldRequestFieldDTOListProps { "align" => optional(align), "bizAlias" =>
    optional(biz_alias), "choice" => optional(choice), "content" => optional(content),
    "disabled" => optional(disabled), "duration" => optional(duration), "fieldId" =>
    field(field_id), "format" => optional(format), "invisible" => optional(invisible),
    "label" => field(label), "labelEditableFreeze" => optional(label_editable_freeze),
    "link" => optional(link), "needDetail" => optional(need_detail), "notPrint" =>
    optional(not_print), "notUpper" => optional(not_upper), "options" =>
    optional(options), "payEnable" => optional(pay_enable), "placeholder" =>
    optional(placeholder), "required" => field(required), "requiredEditableFreeze" =>
    optional(required_editable_freeze), "sortable" => optional(sortable), "unit" =>
    optional(unit) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddMetaModelFieldRequestFieldDTOListProps { "align" => read_field(align), "bizAlias"
    => read_field(biz_alias), "choice" => read_field(choice), "content" =>
    read_field(content), "disabled" => read_field(disabled), "duration" =>
    read_field(duration), "fieldId" => read_field(field_id), "format" =>
    read_field(format), "invisible" => read_field(invisible), "label" =>
    read_field(label), "labelEditableFreeze" => read_field(label_editable_freeze), "link"
    => read_field(link), "needDetail" => read_field(need_detail), "notPrint" =>
    read_field(not_print), "notUpper" => read_field(not_upper), "options" =>
    read_field(options), "payEnable" => read_field(pay_enable), "placeholder" =>
    read_field(placeholder), "required" => read_field(required), "requiredEditableFreeze"
    => read_field(required_editable_freeze), "sortable" => read_field(sortable), "unit"
    => read_field(unit) }
}
/// `AddRelationMetaFieldRequestFieldDTOListProps`, a model several operations share: also named [`CreateRelationMetaRequestRelationMetaDTOItemsProps`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddRelationMetaFieldRequestFieldDTOListProps`], each named where it is set: `AddRelationMetaFieldRequestFieldDTOListProps::new(AddRelationMetaFieldRequestFieldDTOListPropsRequired { .. })`.
pub struct AddRelationMetaFieldRequestFieldDTOListPropsRequired {
    /// `bizAlias`: see [`AddRelationMetaFieldRequestFieldDTOListProps::biz_alias`].
    pub biz_alias: String,
    /// `label`: see [`AddRelationMetaFieldRequestFieldDTOListProps::label`].
    pub label: String,
    /// `required`: see [`AddRelationMetaFieldRequestFieldDTOListProps::required`].
    pub required: bool,
}
impl AddRelationMetaFieldRequestFieldDTOListProps {
    /// A `AddRelationMetaFieldRequestFieldDTOListProps` with its required fields (`bizAlias`, `label`, `required`); set the others with the methods named after them.
    pub fn new(required: AddRelationMetaFieldRequestFieldDTOListPropsRequired) -> Self {
        let AddRelationMetaFieldRequestFieldDTOListPropsRequired {
            biz_alias,
            label,
            required,
        } = required;
        Self {
            align: None,
            biz_alias,
            choice: None,
            content: None,
            disabled: None,
            duration: None,
            field_id: None,
            format: None,
            invisible: None,
            label,
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
rt::impl_serialize! {
    AddRelationMetaFieldRequestFieldDTOListProps { "align" => optional(align), "bizAlias"
    => field(biz_alias), "choice" => optional(choice), "content" => optional(content),
    "disabled" => optional(disabled), "duration" => optional(duration), "fieldId" =>
    optional(field_id), "format" => optional(format), "invisible" => optional(invisible),
    "label" => field(label), "labelEditableFreeze" => optional(label_editable_freeze),
    "link" => optional(link), "needDetail" => optional(need_detail), "notPrint" =>
    optional(not_print), "notUpper" => optional(not_upper), "options" =>
    optional(options), "payEnable" => optional(pay_enable), "placeholder" =>
    optional(placeholder), "required" => field(required), "requiredEditableFreeze" =>
    optional(required_editable_freeze), "sortable" => optional(sortable), "unit" =>
    optional(unit) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRelationMetaFieldRequestFieldDTOListProps { "align" => read_field(align),
    "bizAlias" => read_field(biz_alias), "choice" => read_field(choice), "content" =>
    read_field(content), "disabled" => read_field(disabled), "duration" =>
    read_field(duration), "fieldId" => read_field(field_id), "format" =>
    read_field(format), "invisible" => read_field(invisible), "label" =>
    read_field(label), "labelEditableFreeze" => read_field(label_editable_freeze), "link"
    => read_field(link), "needDetail" => read_field(need_detail), "notPrint" =>
    read_field(not_print), "notUpper" => read_field(not_upper), "options" =>
    read_field(options), "payEnable" => read_field(pay_enable), "placeholder" =>
    read_field(placeholder), "required" => read_field(required), "requiredEditableFreeze"
    => read_field(required_editable_freeze), "sortable" => read_field(sortable), "unit"
    => read_field(unit) }
}
/// `BatchAddContactsRequestRelationListBizDataList`, a model several operations share: also named [`BatchAddFollowRecordsRequestInstanceListDataArray`], [`BatchAddRelationDatasRequestRelationListBizDataList`], [`BatchUpdateContactsRequestRelationListBizDataList`], [`BatchUpdateFollowRecordsRequestInstanceListDataArray`], [`BatchUpdateRelationDatasRequestRelationListBizDataList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchAddContactsRequestRelationListBizDataList {
    /// `extendValue`.
    pub extend_value: Option<String>,
    /// `key`.
    pub key: String,
    /// `value`.
    pub value: String,
}
/// The required fields of [`BatchAddContactsRequestRelationListBizDataList`], each named where it is set: `BatchAddContactsRequestRelationListBizDataList::new(BatchAddContactsRequestRelationListBizDataListRequired { .. })`.
pub struct BatchAddContactsRequestRelationListBizDataListRequired {
    /// `key`: see [`BatchAddContactsRequestRelationListBizDataList::key`].
    pub key: String,
    /// `value`: see [`BatchAddContactsRequestRelationListBizDataList::value`].
    pub value: String,
}
impl BatchAddContactsRequestRelationListBizDataList {
    /// A `BatchAddContactsRequestRelationListBizDataList` with its required fields (`key`, `value`); set the others with the methods named after them.
    pub fn new(
        required: BatchAddContactsRequestRelationListBizDataListRequired,
    ) -> Self {
        let BatchAddContactsRequestRelationListBizDataListRequired { key, value } = required;
        Self {
            extend_value: None,
            key,
            value,
        }
    }
    /// Sets `extendValue`.
    pub fn extend_value(mut self, value: impl Into<String>) -> Self {
        self.extend_value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchAddContactsRequestRelationListBizDataList { "extendValue" =>
    optional(extend_value), "key" => field(key), "value" => field(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddContactsRequestRelationListBizDataList { "extendValue" =>
    read_field(extend_value), "key" => read_field(key), "value" => read_field(value) }
}
/// `BatchAddContactsResponseBodyResults`, a model several operations share: also named [`BatchUpdateContactsResponseBodyResults`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchAddContactsResponseBodyResults { "errorCode" => read_field(error_code),
    "errorMsg" => read_field(error_msg), "relationId" => read_field(relation_id),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddContactsResponseBodyResults { "errorCode" => optional(error_code), "errorMsg"
    => optional(error_msg), "relationId" => optional(relation_id), "success" =>
    optional(success) }
}
/// `BatchAddFollowRecordsRequestInstanceListDataArray`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchAddFollowRecordsRequestInstanceListDataArray = BatchAddContactsRequestRelationListBizDataList;
/// The required fields of [`BatchAddFollowRecordsRequestInstanceListDataArray`].
pub type BatchAddFollowRecordsRequestInstanceListDataArrayRequired = BatchAddContactsRequestRelationListBizDataListRequired;
/// `BatchAddFollowRecordsResponseBodyResults`, a model several operations share: also named [`BatchRemoveFollowRecordsResponseBodyResults`], [`BatchUpdateFollowRecordsResponseBodyResults`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchAddFollowRecordsResponseBodyResults { "errorCode" => read_field(error_code),
    "errorMsg" => read_field(error_msg), "instanceId" => read_field(instance_id),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddFollowRecordsResponseBodyResults { "errorCode" => optional(error_code),
    "errorMsg" => optional(error_msg), "instanceId" => optional(instance_id), "success"
    => optional(success) }
}
/// `BatchAddRelationDatasRequestRelationListBizDataList`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchAddRelationDatasRequestRelationListBizDataList = BatchAddContactsRequestRelationListBizDataList;
/// The required fields of [`BatchAddRelationDatasRequestRelationListBizDataList`].
pub type BatchAddRelationDatasRequestRelationListBizDataListRequired = BatchAddContactsRequestRelationListBizDataListRequired;
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
rt::impl_serialize! {
    BatchAddRelationDatasRequestRelationListRelationPermissionDTO { "participantUserIds"
    => optional(participant_user_ids), "principalUserIds" => optional(principal_user_ids)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddRelationDatasRequestRelationListRelationPermissionDTO { "participantUserIds"
    => read_field(participant_user_ids), "principalUserIds" =>
    read_field(principal_user_ids) }
}
/// `BatchAddRelationDatasResponseBodyResults`, a model several operations share: also named [`BatchUpdateRelationDatasResponseBodyResults`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchAddRelationDatasResponseBodyResults { "duplicatedRelationIds" =>
    read_field(duplicated_relation_ids), "errorCode" => read_field(error_code),
    "errorMsg" => read_field(error_msg), "relationId" => read_field(relation_id),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddRelationDatasResponseBodyResults { "duplicatedRelationIds" =>
    optional(duplicated_relation_ids), "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "relationId" => optional(relation_id), "success" =>
    optional(success) }
}
/// `BatchCreateClueDataRequestDataListContactList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchCreateClueDataRequestDataListContactList`], each named where it is set: `BatchCreateClueDataRequestDataListContactList::new(BatchCreateClueDataRequestDataListContactListRequired { .. })`.
pub struct BatchCreateClueDataRequestDataListContactListRequired {
    /// `mobile`: see [`BatchCreateClueDataRequestDataListContactList::mobile`].
    pub mobile: String,
    /// `name`: see [`BatchCreateClueDataRequestDataListContactList::name`].
    pub name: String,
}
impl BatchCreateClueDataRequestDataListContactList {
    /// A `BatchCreateClueDataRequestDataListContactList` with its required fields (`mobile`, `name`); set the others with the methods named after them.
    pub fn new(required: BatchCreateClueDataRequestDataListContactListRequired) -> Self {
        let BatchCreateClueDataRequestDataListContactListRequired { mobile, name } = required;
        Self {
            mobile,
            name,
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
rt::impl_serialize! {
    BatchCreateClueDataRequestDataListContactList { "mobile" => field(mobile), "name" =>
    field(name), "phone" => optional(phone), "qq" => optional(qq), "wangWang" =>
    optional(wang_wang), "weChat" => optional(we_chat) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateClueDataRequestDataListContactList { "mobile" => read_field(mobile),
    "name" => read_field(name), "phone" => read_field(phone), "qq" => read_field(qq),
    "wangWang" => read_field(wang_wang), "weChat" => read_field(we_chat) }
}
/// `BatchCreateClueDataRequestDataListEnterprise`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchCreateClueDataRequestDataListEnterprise`], each named where it is set: `BatchCreateClueDataRequestDataListEnterprise::new(BatchCreateClueDataRequestDataListEnterpriseRequired { .. })`.
pub struct BatchCreateClueDataRequestDataListEnterpriseRequired {
    /// `name`: see [`BatchCreateClueDataRequestDataListEnterprise::name`].
    pub name: String,
}
impl BatchCreateClueDataRequestDataListEnterprise {
    /// A `BatchCreateClueDataRequestDataListEnterprise` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(required: BatchCreateClueDataRequestDataListEnterpriseRequired) -> Self {
        let BatchCreateClueDataRequestDataListEnterpriseRequired { name } = required;
        Self {
            address: None,
            industry_code: None,
            name,
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
rt::impl_serialize! {
    BatchCreateClueDataRequestDataListEnterprise { "address" => optional(address),
    "industryCode" => optional(industry_code), "name" => field(name), "region" =>
    optional(region), "unifiedSocialCreditCode" => optional(unified_social_credit_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateClueDataRequestDataListEnterprise { "address" => read_field(address),
    "industryCode" => read_field(industry_code), "name" => read_field(name), "region" =>
    read_field(region), "unifiedSocialCreditCode" =>
    read_field(unified_social_credit_code) }
}
/// `BatchCreateClueDataRequestDataListTagIdList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateClueDataRequestDataListTagIdList {
    /// `tagId`.
    pub tag_id: String,
    /// `tagName`.
    pub tag_name: Option<String>,
}
/// The required fields of [`BatchCreateClueDataRequestDataListTagIdList`], each named where it is set: `BatchCreateClueDataRequestDataListTagIdList::new(BatchCreateClueDataRequestDataListTagIdListRequired { .. })`.
pub struct BatchCreateClueDataRequestDataListTagIdListRequired {
    /// `tagId`: see [`BatchCreateClueDataRequestDataListTagIdList::tag_id`].
    pub tag_id: String,
}
impl BatchCreateClueDataRequestDataListTagIdList {
    /// A `BatchCreateClueDataRequestDataListTagIdList` with its required fields (`tagId`); set the others with the methods named after them.
    pub fn new(required: BatchCreateClueDataRequestDataListTagIdListRequired) -> Self {
        let BatchCreateClueDataRequestDataListTagIdListRequired { tag_id } = required;
        Self { tag_id, tag_name: None }
    }
    /// Sets `tagName`.
    pub fn tag_name(mut self, value: impl Into<String>) -> Self {
        self.tag_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchCreateClueDataRequestDataListTagIdList { "tagId" => field(tag_id), "tagName" =>
    optional(tag_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateClueDataRequestDataListTagIdList { "tagId" => read_field(tag_id),
    "tagName" => read_field(tag_name) }
}
/// `BatchCreateClueDataResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchCreateClueDataResponseBodyResult {
    /// `clueId`.
    pub clue_id: Option<String>,
    /// `dataId`.
    pub data_id: Option<String>,
    /// `resultCode`.
    pub result_code: Option<String>,
}
rt::impl_deserialize! {
    BatchCreateClueDataResponseBodyResult { "clueId" => read_field(clue_id), "dataId" =>
    read_field(data_id), "resultCode" => read_field(result_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchCreateClueDataResponseBodyResult { "clueId" => optional(clue_id), "dataId" =>
    optional(data_id), "resultCode" => optional(result_code) }
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
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBody { "actionCard" =>
    optional(action_card), "link" => optional(link), "markdown" => optional(markdown),
    "text" => optional(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBody { "actionCard" =>
    read_field(action_card), "link" => read_field(link), "markdown" =>
    read_field(markdown), "text" => read_field(text) }
}
/// `BatchSendOfficialAccountOTOMessageResponseBodyResult`, a model several operations share: also named [`SendOfficialAccountOTOMessageResponseBodyResult`], [`SendOfficialAccountSNSMessageResponseBodyResult`], [`ServiceWindowMessageBatchPushResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageResponseBodyResult {
    /// `openPushId`.
    pub open_push_id: Option<String>,
}
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageResponseBodyResult { "openPushId" =>
    read_field(open_push_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageResponseBodyResult { "openPushId" =>
    optional(open_push_id) }
}
/// `BatchUpdateContactsRequestRelationListBizDataList`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchUpdateContactsRequestRelationListBizDataList = BatchAddContactsRequestRelationListBizDataList;
/// The required fields of [`BatchUpdateContactsRequestRelationListBizDataList`].
pub type BatchUpdateContactsRequestRelationListBizDataListRequired = BatchAddContactsRequestRelationListBizDataListRequired;
/// `BatchUpdateContactsResponseBodyResults`: the same model as [`BatchAddContactsResponseBodyResults`].
pub type BatchUpdateContactsResponseBodyResults = BatchAddContactsResponseBodyResults;
/// `BatchUpdateFollowRecordsRequestInstanceListDataArray`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchUpdateFollowRecordsRequestInstanceListDataArray = BatchAddContactsRequestRelationListBizDataList;
/// The required fields of [`BatchUpdateFollowRecordsRequestInstanceListDataArray`].
pub type BatchUpdateFollowRecordsRequestInstanceListDataArrayRequired = BatchAddContactsRequestRelationListBizDataListRequired;
/// `BatchUpdateFollowRecordsResponseBodyResults`: the same model as [`BatchAddFollowRecordsResponseBodyResults`].
pub type BatchUpdateFollowRecordsResponseBodyResults = BatchAddFollowRecordsResponseBodyResults;
/// `BatchUpdateRelationDatasRequestRelationListBizDataList`: the same model as [`BatchAddContactsRequestRelationListBizDataList`].
pub type BatchUpdateRelationDatasRequestRelationListBizDataList = BatchAddContactsRequestRelationListBizDataList;
/// The required fields of [`BatchUpdateRelationDatasRequestRelationListBizDataList`].
pub type BatchUpdateRelationDatasRequestRelationListBizDataListRequired = BatchAddContactsRequestRelationListBizDataListRequired;
/// `BatchUpdateRelationDatasResponseBodyResults`: the same model as [`BatchAddRelationDatasResponseBodyResults`].
pub type BatchUpdateRelationDatasResponseBodyResults = BatchAddRelationDatasResponseBodyResults;
/// `CreateCustomerResponseBodyContacts`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomerResponseBodyContacts {
    /// `contactInstanceId`.
    pub contact_instance_id: Option<String>,
}
rt::impl_deserialize! {
    CreateCustomerResponseBodyContacts { "contactInstanceId" =>
    read_field(contact_instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCustomerResponseBodyContacts { "contactInstanceId" =>
    optional(contact_instance_id) }
}
/// `CreateGroupSetResponseBodyManager`, a model several operations share: also named [`CreateGroupSetResponseBodyOwner`], [`GetGroupSetResponseBodyManager`], [`GetGroupSetResponseBodyOwner`], [`ListGroupSetResponseBodyResultListManager`], [`ListGroupSetResponseBodyResultListOwner`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateGroupSetResponseBodyManager {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CreateGroupSetResponseBodyManager { "name" => read_field(name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupSetResponseBodyManager { "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `CreateGroupSetResponseBodyOwner`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type CreateGroupSetResponseBodyOwner = CreateGroupSetResponseBodyManager;
/// `CreateRelationMetaRequestRelationMetaDTOItems`: the same model as [`AddRelationMetaFieldRequestFieldDTOList`].
pub type CreateRelationMetaRequestRelationMetaDTOItems = AddRelationMetaFieldRequestFieldDTOList;
/// The required fields of [`CreateRelationMetaRequestRelationMetaDTOItems`].
pub type CreateRelationMetaRequestRelationMetaDTOItemsRequired = AddRelationMetaFieldRequestFieldDTOListRequired;
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFields`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBodyFields { "customized" =>
    read_field(customized), "format" => read_field(format), "label" => read_field(label),
    "name" => read_field(name), "nillable" => read_field(nillable), "quote" =>
    read_field(quote), "referenceFields" => read_field(reference_fields), "referenceTo"
    => read_field(reference_to), "rollUpSummaryFields" =>
    read_field(roll_up_summary_fields), "selectOptions" => read_field(select_options),
    "type" => read_field(r#type), "unit" => read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBodyFields { "customized" =>
    optional(customized), "format" => optional(format), "label" => optional(label),
    "name" => optional(name), "nillable" => optional(nillable), "quote" =>
    optional(quote), "referenceFields" => optional(reference_fields), "referenceTo" =>
    optional(reference_to), "rollUpSummaryFields" => optional(roll_up_summary_fields),
    "selectOptions" => optional(select_options), "type" => optional(r#type), "unit" =>
    optional(unit) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOList`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOList { "creatorUserId" =>
    read_field(creator_user_id), "desc" => read_field(desc), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "items" =>
    read_field(items), "name" => read_field(name), "relationMetaCode" =>
    read_field(relation_meta_code), "relationMetaStatus" =>
    read_field(relation_meta_status), "relationType" => read_field(relation_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOList { "creatorUserId" =>
    optional(creator_user_id), "desc" => optional(desc), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "items" =>
    optional(items), "name" => optional(name), "relationMetaCode" =>
    optional(relation_meta_code), "relationMetaStatus" => optional(relation_meta_status),
    "relationType" => optional(relation_type) }
}
/// `DescribeRelationMetaResponseBodyRelationMetaDTOList`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOList`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOList = DescribeMetaModelResponseBodyMetaModelDTOList;
/// `FindTargetRelatedFollowRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    FindTargetRelatedFollowRecordsResponseBodyResult { "hasMore" => read_field(has_more),
    "nextToken" => read_field(next_token), "resultList" => read_field(result_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FindTargetRelatedFollowRecordsResponseBodyResult { "hasMore" => optional(has_more),
    "nextToken" => optional(next_token), "resultList" => optional(result_list) }
}
/// `GetAllCustomerRecyclesResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAllCustomerRecyclesResponseBodyResultList { "customerId" =>
    read_field(customer_id), "followUpActionTime" => read_field(follow_up_action_time),
    "isDeleted" => read_field(is_deleted), "notifyTime" => read_field(notify_time),
    "recycleRuleId" => read_field(recycle_rule_id), "recycleTime" =>
    read_field(recycle_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllCustomerRecyclesResponseBodyResultList { "customerId" => optional(customer_id),
    "followUpActionTime" => optional(follow_up_action_time), "isDeleted" =>
    optional(is_deleted), "notifyTime" => optional(notify_time), "recycleRuleId" =>
    optional(recycle_rule_id), "recycleTime" => optional(recycle_time) }
}
/// `GetContactsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetContactsResponseBodyResult { "hasMore" => read_field(has_more), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "values" =>
    read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContactsResponseBodyResult { "hasMore" => optional(has_more), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "values" =>
    optional(values) }
}
/// `GetCrmGroupChatMultiResponseBodyResult`: the same model as [`GetCrmGroupChatSingleResponseBody`].
pub type GetCrmGroupChatMultiResponseBodyResult = GetCrmGroupChatSingleResponseBody;
/// `GetCrmRolePermissionResponseBodyPermissions`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCrmRolePermissionResponseBodyPermissions { "defaultRole" =>
    read_field(default_role), "fieldScopes" => read_field(field_scopes),
    "managingScopeList" => read_field(managing_scope_list), "operateScopes" =>
    read_field(operate_scopes), "resourceId" => read_field(resource_id), "roleId" =>
    read_field(role_id), "roleMemberList" => read_field(role_member_list), "roleName" =>
    read_field(role_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmRolePermissionResponseBodyPermissions { "defaultRole" =>
    optional(default_role), "fieldScopes" => optional(field_scopes), "managingScopeList"
    => optional(managing_scope_list), "operateScopes" => optional(operate_scopes),
    "resourceId" => optional(resource_id), "roleId" => optional(role_id),
    "roleMemberList" => optional(role_member_list), "roleName" => optional(role_name) }
}
/// `GetCustomerTracksByRelationIdResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCustomerTracksByRelationIdResponseBodyResultList { "content" =>
    read_field(content), "creatorName" => read_field(creator_name), "detail" =>
    read_field(detail), "format" => read_field(format), "gmtCreate" =>
    read_field(gmt_create), "id" => read_field(id), "isvInfo" => read_field(isv_info),
    "title" => read_field(title), "type" => read_field(r#type), "typeGroup" =>
    read_field(type_group) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerTracksByRelationIdResponseBodyResultList { "content" => optional(content),
    "creatorName" => optional(creator_name), "detail" => optional(detail), "format" =>
    optional(format), "gmtCreate" => optional(gmt_create), "id" => optional(id),
    "isvInfo" => optional(isv_info), "title" => optional(title), "type" =>
    optional(r#type), "typeGroup" => optional(type_group) }
}
/// `GetGroupSetResponseBodyManager`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type GetGroupSetResponseBodyManager = CreateGroupSetResponseBodyManager;
/// `GetGroupSetResponseBodyOwner`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type GetGroupSetResponseBodyOwner = CreateGroupSetResponseBodyManager;
/// `GetInAppPurchaseGoodsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsResponseBodyResult {
    /// `orderVersion`.
    pub order_version: Option<String>,
    /// `purchaseGoodsList`.
    pub purchase_goods_list: Option<
        Vec<GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList>,
    >,
}
rt::impl_deserialize! {
    GetInAppPurchaseGoodsResponseBodyResult { "orderVersion" =>
    read_field(order_version), "purchaseGoodsList" => read_field(purchase_goods_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInAppPurchaseGoodsResponseBodyResult { "orderVersion" => optional(order_version),
    "purchaseGoodsList" => optional(purchase_goods_list) }
}
/// `GetNavigationCatalogResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNavigationCatalogResponseBodyResult {
    /// `bizTraceId`.
    pub biz_trace_id: Option<String>,
    /// `module`.
    pub module: Option<String>,
    /// `navCatalog`.
    pub nav_catalog: Option<Vec<GetNavigationCatalogResponseBodyResultNavCatalog>>,
}
rt::impl_deserialize! {
    GetNavigationCatalogResponseBodyResult { "bizTraceId" => read_field(biz_trace_id),
    "module" => read_field(module), "navCatalog" => read_field(nav_catalog) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNavigationCatalogResponseBodyResult { "bizTraceId" => optional(biz_trace_id),
    "module" => optional(module), "navCatalog" => optional(nav_catalog) }
}
/// `GetObjectDataResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetObjectDataResponseBodyResult { "hasMore" => read_field(has_more), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "values" =>
    read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetObjectDataResponseBodyResult { "hasMore" => optional(has_more), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "values" =>
    optional(values) }
}
/// `GetOfficialAccountContactsResponseBodyValues`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOfficialAccountContactsResponseBodyValues {
    /// `contacts`.
    pub contacts: Option<Vec<GetOfficialAccountContactsResponseBodyValuesContacts>>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetOfficialAccountContactsResponseBodyValues { "contacts" => read_field(contacts),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOfficialAccountContactsResponseBodyValues { "contacts" => optional(contacts),
    "userId" => optional(user_id) }
}
/// `GetOfficialAccountOTOMessageResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOfficialAccountOTOMessageResultResponseBodyResult {
    /// `readUserIdList`.
    pub read_user_id_list: Option<Vec<String>>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    GetOfficialAccountOTOMessageResultResponseBodyResult { "readUserIdList" =>
    read_field(read_user_id_list), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOfficialAccountOTOMessageResultResponseBodyResult { "readUserIdList" =>
    optional(read_user_id_list), "status" => optional(status) }
}
/// `GetRelatedViewTabDataResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelatedViewTabDataResponseBodyResult {
    /// `page`.
    pub page: Option<GetRelatedViewTabDataResponseBodyResultPage>,
}
rt::impl_deserialize! {
    GetRelatedViewTabDataResponseBodyResult { "page" => read_field(page) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelatedViewTabDataResponseBodyResult { "page" => optional(page) }
}
/// `GetRelatedViewTabMetaResponseBodyResults`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelatedViewTabMetaResponseBodyResults {
    /// `formCode`.
    pub form_code: Option<String>,
    /// `relateComponentId`.
    pub relate_component_id: Option<String>,
    /// `tabTitle`.
    pub tab_title: Option<String>,
}
rt::impl_deserialize! {
    GetRelatedViewTabMetaResponseBodyResults { "formCode" => read_field(form_code),
    "relateComponentId" => read_field(relate_component_id), "tabTitle" =>
    read_field(tab_title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelatedViewTabMetaResponseBodyResults { "formCode" => optional(form_code),
    "relateComponentId" => optional(relate_component_id), "tabTitle" =>
    optional(tab_title) }
}
/// `GetRelationUkSettingResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBodyResult {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
rt::impl_deserialize! {
    GetRelationUkSettingResponseBodyResult { "bizAlias" => read_field(biz_alias),
    "fieldId" => read_field(field_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelationUkSettingResponseBodyResult { "bizAlias" => optional(biz_alias), "fieldId"
    => optional(field_id) }
}
/// `ListAvailableBenefitResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAvailableBenefitResponseBodyResult { "benefitCode" => read_field(benefit_code),
    "endTime" => read_field(end_time), "quota" => read_field(quota), "startTime" =>
    read_field(start_time), "usedQuota" => read_field(used_quota), "version" =>
    read_field(version), "versionName" => read_field(version_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAvailableBenefitResponseBodyResult { "benefitCode" => optional(benefit_code),
    "endTime" => optional(end_time), "quota" => optional(quota), "startTime" =>
    optional(start_time), "usedQuota" => optional(used_quota), "version" =>
    optional(version), "versionName" => optional(version_name) }
}
/// `ListBenefitLicenseResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBenefitLicenseResponseBodyResult {
    /// `domain`.
    pub domain: Option<String>,
    /// `licenses`.
    pub licenses: Option<Vec<ListBenefitLicenseResponseBodyResultLicenses>>,
}
rt::impl_deserialize! {
    ListBenefitLicenseResponseBodyResult { "domain" => read_field(domain), "licenses" =>
    read_field(licenses) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListBenefitLicenseResponseBodyResult { "domain" => optional(domain), "licenses" =>
    optional(licenses) }
}
/// `ListClueTagResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListClueTagResponseBodyResult {
    /// `name`.
    pub name: Option<String>,
    /// `tagId`.
    pub tag_id: Option<String>,
}
rt::impl_deserialize! {
    ListClueTagResponseBodyResult { "name" => read_field(name), "tagId" =>
    read_field(tag_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListClueTagResponseBodyResult { "name" => optional(name), "tagId" => optional(tag_id)
    }
}
/// `ListCrmPersonalCustomersResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListCrmPersonalCustomersResponseBodyResult { "appUuid" => read_field(app_uuid),
    "creatorNick" => read_field(creator_nick), "creatorUserId" =>
    read_field(creator_user_id), "data" => read_field(data), "extendData" =>
    read_field(extend_data), "formCode" => read_field(form_code), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "instanceId" =>
    read_field(instance_id), "objectType" => read_field(object_type), "permission" =>
    read_field(permission), "procInstStatus" => read_field(proc_inst_status),
    "procOutResult" => read_field(proc_out_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCrmPersonalCustomersResponseBodyResult { "appUuid" => optional(app_uuid),
    "creatorNick" => optional(creator_nick), "creatorUserId" =>
    optional(creator_user_id), "data" => optional(data), "extendData" =>
    optional(extend_data), "formCode" => optional(form_code), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "instanceId" =>
    optional(instance_id), "objectType" => optional(object_type), "permission" =>
    optional(permission), "procInstStatus" => optional(proc_inst_status), "procOutResult"
    => optional(proc_out_result) }
}
/// `ListGroupSetResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListGroupSetResponseBodyResultList { "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "groupChatCount" =>
    read_field(group_chat_count), "lastOpenConversationId" =>
    read_field(last_open_conversation_id), "manager" => read_field(manager),
    "managerUserIds" => read_field(manager_user_ids), "memberCount" =>
    read_field(member_count), "memberQuota" => read_field(member_quota), "name" =>
    read_field(name), "notice" => read_field(notice), "noticeToped" =>
    read_field(notice_toped), "openGroupSetId" => read_field(open_group_set_id), "owner"
    => read_field(owner), "ownerUserId" => read_field(owner_user_id), "relationType" =>
    read_field(relation_type), "templateId" => read_field(template_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListGroupSetResponseBodyResultList { "gmtCreate" => optional(gmt_create),
    "gmtModified" => optional(gmt_modified), "groupChatCount" =>
    optional(group_chat_count), "lastOpenConversationId" =>
    optional(last_open_conversation_id), "manager" => optional(manager), "managerUserIds"
    => optional(manager_user_ids), "memberCount" => optional(member_count), "memberQuota"
    => optional(member_quota), "name" => optional(name), "notice" => optional(notice),
    "noticeToped" => optional(notice_toped), "openGroupSetId" =>
    optional(open_group_set_id), "owner" => optional(owner), "ownerUserId" =>
    optional(owner_user_id), "relationType" => optional(relation_type), "templateId" =>
    optional(template_id) }
}
/// `QueryAllCustomerResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllCustomerResponseBodyResult {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `values`.
    pub values: Option<Vec<QueryAllCustomerResponseBodyResultValues>>,
}
rt::impl_deserialize! {
    QueryAllCustomerResponseBodyResult { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "values" => read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllCustomerResponseBodyResult { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "values" => optional(values) }
}
/// `QueryAllTracksResponseBodyValues`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAllTracksResponseBodyValues { "bizId" => read_field(biz_id), "creator" =>
    read_field(creator), "customerId" => read_field(customer_id), "gmtCreate" =>
    read_field(gmt_create), "id" => read_field(id), "subType" => read_field(sub_type),
    "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllTracksResponseBodyValues { "bizId" => optional(biz_id), "creator" =>
    optional(creator), "customerId" => optional(customer_id), "gmtCreate" =>
    optional(gmt_create), "id" => optional(id), "subType" => optional(sub_type), "type"
    => optional(r#type) }
}
/// `QueryAppManagerResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAppManagerResponseBodyResult {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryAppManagerResponseBodyResult { "avatarUrl" => read_field(avatar_url), "name" =>
    read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAppManagerResponseBodyResult { "avatarUrl" => optional(avatar_url), "name" =>
    optional(name), "userId" => optional(user_id) }
}
/// `QueryBenefitInventoryResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBenefitInventoryResponseBodyResult {
    /// `totalQuota`.
    pub total_quota: Option<i64>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    QueryBenefitInventoryResponseBodyResult { "totalQuota" => read_field(total_quota),
    "usedQuota" => read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBenefitInventoryResponseBodyResult { "totalQuota" => optional(total_quota),
    "usedQuota" => optional(used_quota) }
}
/// `QueryClueFollowStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryClueFollowStatusResponseBodyResult {
    /// `clueId`.
    pub clue_id: Option<String>,
    /// `scope`.
    pub scope: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryClueFollowStatusResponseBodyResult { "clueId" => read_field(clue_id), "scope" =>
    read_field(scope), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryClueFollowStatusResponseBodyResult { "clueId" => optional(clue_id), "scope" =>
    optional(scope), "status" => optional(status) }
}
/// `QueryCrmGroupChatsResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCrmGroupChatsResponseBodyResultList { "gmtCreate" => read_field(gmt_create),
    "memberCount" => read_field(member_count), "name" => read_field(name),
    "openConversationId" => read_field(open_conversation_id), "openGroupSetId" =>
    read_field(open_group_set_id), "ownerUserId" => read_field(owner_user_id),
    "ownerUserName" => read_field(owner_user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCrmGroupChatsResponseBodyResultList { "gmtCreate" => optional(gmt_create),
    "memberCount" => optional(member_count), "name" => optional(name),
    "openConversationId" => optional(open_conversation_id), "openGroupSetId" =>
    optional(open_group_set_id), "ownerUserId" => optional(owner_user_id),
    "ownerUserName" => optional(owner_user_name) }
}
/// `QueryCrmPersonalCustomerResponseBodyValues`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCrmPersonalCustomerResponseBodyValues { "creatorNick" =>
    read_field(creator_nick), "creatorUserId" => read_field(creator_user_id), "data" =>
    read_field(data), "extendData" => read_field(extend_data), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "instanceId" =>
    read_field(instance_id), "objectType" => read_field(object_type), "permission" =>
    read_field(permission), "procInstStatus" => read_field(proc_inst_status),
    "procOutResult" => read_field(proc_out_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCrmPersonalCustomerResponseBodyValues { "creatorNick" => optional(creator_nick),
    "creatorUserId" => optional(creator_user_id), "data" => optional(data), "extendData"
    => optional(extend_data), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "instanceId" => optional(instance_id), "objectType" =>
    optional(object_type), "permission" => optional(permission), "procInstStatus" =>
    optional(proc_inst_status), "procOutResult" => optional(proc_out_result) }
}
/// `QueryCustomerBizTypeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCustomerBizTypeResponseBodyResult {
    /// `customerBizType`.
    pub customer_biz_type: Option<String>,
}
rt::impl_deserialize! {
    QueryCustomerBizTypeResponseBodyResult { "customerBizType" =>
    read_field(customer_biz_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomerBizTypeResponseBodyResult { "customerBizType" =>
    optional(customer_biz_type) }
}
/// `QueryGlobalInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGlobalInfoResponseBodyResult {
    /// `oemEnable`.
    pub oem_enable: Option<bool>,
    /// `t2t3Coexist`.
    pub t2t3_coexist: Option<bool>,
}
rt::impl_deserialize! {
    QueryGlobalInfoResponseBodyResult { "oemEnable" => read_field(oem_enable),
    "t2t3Coexist" => read_field(t2t3_coexist) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGlobalInfoResponseBodyResult { "oemEnable" => optional(oem_enable),
    "t2t3Coexist" => optional(t2t3_coexist) }
}
/// `QueryOfficialAccountUserBasicInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOfficialAccountUserBasicInfoResponseBodyResult {
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryOfficialAccountUserBasicInfoResponseBodyResult { "status" => read_field(status)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOfficialAccountUserBasicInfoResponseBodyResult { "status" => optional(status) }
}
/// `QueryRelationDatasByTargetIdResponseBodyRelations`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryRelationDatasByTargetIdResponseBodyRelations { "bizDataList" =>
    read_field(biz_data_list), "openConversationIds" =>
    read_field(open_conversation_ids), "relationId" => read_field(relation_id),
    "relationType" => read_field(relation_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRelationDatasByTargetIdResponseBodyRelations { "bizDataList" =>
    optional(biz_data_list), "openConversationIds" => optional(open_conversation_ids),
    "relationId" => optional(relation_id), "relationType" => optional(relation_type) }
}
/// `SaveBenefitLicenseResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveBenefitLicenseResponseBodyResult {
    /// `domain`.
    pub domain: Option<String>,
    /// `licenses`.
    pub licenses: Option<Vec<SaveBenefitLicenseResponseBodyResultLicenses>>,
}
rt::impl_deserialize! {
    SaveBenefitLicenseResponseBodyResult { "domain" => read_field(domain), "licenses" =>
    read_field(licenses) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveBenefitLicenseResponseBodyResult { "domain" => optional(domain), "licenses" =>
    optional(licenses) }
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
rt::impl_serialize! {
    SendOfficialAccountOTOMessageRequestDetailMessageBody { "actionCard" =>
    optional(action_card), "image" => optional(image), "link" => optional(link),
    "markdown" => optional(markdown), "text" => optional(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountOTOMessageRequestDetailMessageBody { "actionCard" =>
    read_field(action_card), "image" => read_field(image), "link" => read_field(link),
    "markdown" => read_field(markdown), "text" => read_field(text) }
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
rt::impl_serialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBody { "actionCard" =>
    optional(action_card), "link" => optional(link), "markdown" => optional(markdown),
    "text" => optional(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBody { "actionCard" =>
    read_field(action_card), "link" => read_field(link), "markdown" =>
    read_field(markdown), "text" => read_field(text) }
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
rt::impl_serialize! {
    ServiceWindowMessageBatchPushRequestDetailMessageBody { "actionCard" =>
    optional(action_card), "link" => optional(link), "markdown" => optional(markdown),
    "text" => optional(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ServiceWindowMessageBatchPushRequestDetailMessageBody { "actionCard" =>
    read_field(action_card), "link" => read_field(link), "markdown" =>
    read_field(markdown), "text" => read_field(text) }
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
rt::impl_serialize! {
    UpdateMenuDataRequestNavDataNavExtInfo { "productMode" => optional(product_mode),
    "provider" => optional(provider) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMenuDataRequestNavDataNavExtInfo { "productMode" => read_field(product_mode),
    "provider" => read_field(provider) }
}
/// `UpdateMetaModelFieldRequestFieldDTOListProps`: the same model as [`AddMetaModelFieldRequestFieldDTOListProps`].
pub type UpdateMetaModelFieldRequestFieldDTOListProps = AddMetaModelFieldRequestFieldDTOListProps;
/// The required fields of [`UpdateMetaModelFieldRequestFieldDTOListProps`].
pub type UpdateMetaModelFieldRequestFieldDTOListPropsRequired = AddMetaModelFieldRequestFieldDTOListPropsRequired;
/// `UpdateRelationMetaFieldRequestFieldDTOListProps`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateRelationMetaFieldRequestFieldDTOListProps`], each named where it is set: `UpdateRelationMetaFieldRequestFieldDTOListProps::new(UpdateRelationMetaFieldRequestFieldDTOListPropsRequired { .. })`.
pub struct UpdateRelationMetaFieldRequestFieldDTOListPropsRequired {
    /// `bizAlias`: see [`UpdateRelationMetaFieldRequestFieldDTOListProps::biz_alias`].
    pub biz_alias: String,
    /// `fieldId`: see [`UpdateRelationMetaFieldRequestFieldDTOListProps::field_id`].
    pub field_id: String,
    /// `label`: see [`UpdateRelationMetaFieldRequestFieldDTOListProps::label`].
    pub label: String,
    /// `required`: see [`UpdateRelationMetaFieldRequestFieldDTOListProps::required`].
    pub required: bool,
}
impl UpdateRelationMetaFieldRequestFieldDTOListProps {
    /// A `UpdateRelationMetaFieldRequestFieldDTOListProps` with its required fields (`bizAlias`, `fieldId`, `label`, `required`); set the others with the methods named after them.
    pub fn new(
        required: UpdateRelationMetaFieldRequestFieldDTOListPropsRequired,
    ) -> Self {
        let UpdateRelationMetaFieldRequestFieldDTOListPropsRequired {
            biz_alias,
            field_id,
            label,
            required,
        } = required;
        Self {
            align: None,
            biz_alias,
            choice: None,
            content: None,
            disabled: None,
            duration: None,
            field_id,
            format: None,
            invisible: None,
            label,
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
rt::impl_serialize! {
    UpdateRelationMetaFieldRequestFieldDTOListProps { "align" => optional(align),
    "bizAlias" => field(biz_alias), "choice" => optional(choice), "content" =>
    optional(content), "disabled" => optional(disabled), "duration" =>
    optional(duration), "fieldId" => field(field_id), "format" => optional(format),
    "invisible" => optional(invisible), "label" => field(label), "labelEditableFreeze" =>
    optional(label_editable_freeze), "link" => optional(link), "needDetail" =>
    optional(need_detail), "notPrint" => optional(not_print), "notUpper" =>
    optional(not_upper), "options" => optional(options), "payEnable" =>
    optional(pay_enable), "placeholder" => optional(placeholder), "required" =>
    field(required), "requiredEditableFreeze" => optional(required_editable_freeze),
    "sortable" => optional(sortable), "unit" => optional(unit) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRelationMetaFieldRequestFieldDTOListProps { "align" => read_field(align),
    "bizAlias" => read_field(biz_alias), "choice" => read_field(choice), "content" =>
    read_field(content), "disabled" => read_field(disabled), "duration" =>
    read_field(duration), "fieldId" => read_field(field_id), "format" =>
    read_field(format), "invisible" => read_field(invisible), "label" =>
    read_field(label), "labelEditableFreeze" => read_field(label_editable_freeze), "link"
    => read_field(link), "needDetail" => read_field(need_detail), "notPrint" =>
    read_field(not_print), "notUpper" => read_field(not_upper), "options" =>
    read_field(options), "payEnable" => read_field(pay_enable), "placeholder" =>
    read_field(placeholder), "required" => read_field(required), "requiredEditableFreeze"
    => read_field(required_editable_freeze), "sortable" => read_field(sortable), "unit"
    => read_field(unit) }
}
/// `AddMetaModelFieldRequestFieldDTOListPropsOptions`, a model several operations share: also named [`AddRelationMetaFieldRequestFieldDTOListPropsOptions`], [`UpdateMetaModelFieldRequestFieldDTOListPropsOptions`], [`UpdateRelationMetaFieldRequestFieldDTOListPropsOptions`], [`CreateRelationMetaRequestRelationMetaDTOItemsPropsOptions`].
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
rt::impl_serialize! {
    AddMetaModelFieldRequestFieldDTOListPropsOptions { "key" => optional(key), "value" =>
    optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddMetaModelFieldRequestFieldDTOListPropsOptions { "key" => read_field(key), "value"
    => read_field(value) }
}
/// `AddRelationMetaFieldRequestFieldDTOListPropsOptions`: the same model as [`AddMetaModelFieldRequestFieldDTOListPropsOptions`].
pub type AddRelationMetaFieldRequestFieldDTOListPropsOptions = AddMetaModelFieldRequestFieldDTOListPropsOptions;
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard`, a model several operations share: also named [`SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard`], each named where it is set: `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard::new(BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardRequired { .. })`.
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardRequired {
    /// `title`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard::title`].
    pub title: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard` with its required fields (`title`); set the others with the methods named after them.
    pub fn new(
        required: BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardRequired,
    ) -> Self {
        let BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardRequired {
            title,
        } = required;
        Self {
            button_list: None,
            button_orientation: None,
            markdown: None,
            single_title: None,
            single_url: None,
            title,
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
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard { "buttonList"
    => optional(button_list), "buttonOrientation" => optional(button_orientation),
    "markdown" => optional(markdown), "singleTitle" => optional(single_title),
    "singleUrl" => optional(single_url), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard { "buttonList"
    => read_field(button_list), "buttonOrientation" => read_field(button_orientation),
    "markdown" => read_field(markdown), "singleTitle" => read_field(single_title),
    "singleUrl" => read_field(single_url), "title" => read_field(title) }
}
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink`, a model several operations share: also named [`SendOfficialAccountOTOMessageRequestDetailMessageBodyLink`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink`], each named where it is set: `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink::new(BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLinkRequired { .. })`.
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLinkRequired {
    /// `messageUrl`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink::message_url`].
    pub message_url: String,
    /// `picUrl`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink::pic_url`].
    pub pic_url: String,
    /// `text`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink::text`].
    pub text: String,
    /// `title`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink::title`].
    pub title: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink` with its required fields (`messageUrl`, `picUrl`, `text`, `title`); set the others with the methods named after them.
    pub fn new(
        required: BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLinkRequired,
    ) -> Self {
        let BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLinkRequired {
            message_url,
            pic_url,
            text,
            title,
        } = required;
        Self {
            message_url,
            pic_url,
            text,
            title,
        }
    }
}
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink { "messageUrl" =>
    field(message_url), "picUrl" => field(pic_url), "text" => field(text), "title" =>
    field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink { "messageUrl" =>
    read_field(message_url), "picUrl" => read_field(pic_url), "text" => read_field(text),
    "title" => read_field(title) }
}
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`, a model several operations share: also named [`SendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`], [`ServiceWindowMessageBatchPushRequestDetailMessageBodyMarkdown`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown {
    /// `text`.
    pub text: String,
    /// `title`.
    pub title: String,
}
/// The required fields of [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`], each named where it is set: `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown::new(BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdownRequired { .. })`.
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdownRequired {
    /// `text`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown::text`].
    pub text: String,
    /// `title`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown::title`].
    pub title: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown` with its required fields (`text`, `title`); set the others with the methods named after them.
    pub fn new(
        required: BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdownRequired,
    ) -> Self {
        let BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdownRequired {
            text,
            title,
        } = required;
        Self { text, title }
    }
}
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown { "text" =>
    field(text), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown { "text" =>
    read_field(text), "title" => read_field(title) }
}
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText`, a model several operations share: also named [`SendOfficialAccountOTOMessageRequestDetailMessageBodyText`], [`ServiceWindowMessageBatchPushRequestDetailMessageBodyText`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText {
    /// `content`.
    pub content: String,
}
/// The required fields of [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText`], each named where it is set: `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText::new(BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyTextRequired { .. })`.
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyTextRequired {
    /// `content`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText::content`].
    pub content: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(
        required: BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyTextRequired,
    ) -> Self {
        let BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyTextRequired {
            content,
        } = required;
        Self { content }
    }
}
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText { "content" =>
    field(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText { "content" =>
    read_field(content) }
}
/// `CreateRelationMetaRequestRelationMetaDTOItemsProps`: the same model as [`AddRelationMetaFieldRequestFieldDTOListProps`].
pub type CreateRelationMetaRequestRelationMetaDTOItemsProps = AddRelationMetaFieldRequestFieldDTOListProps;
/// The required fields of [`CreateRelationMetaRequestRelationMetaDTOItemsProps`].
pub type CreateRelationMetaRequestRelationMetaDTOItemsPropsRequired = AddRelationMetaFieldRequestFieldDTOListPropsRequired;
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFields`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFields { "format" =>
    read_field(format), "label" => read_field(label), "name" => read_field(name),
    "nillable" => read_field(nillable), "selectOptions" => read_field(select_options),
    "type" => read_field(r#type), "unit" => read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFields { "format" =>
    optional(format), "label" => optional(label), "name" => optional(name), "nillable" =>
    optional(nillable), "selectOptions" => optional(select_options), "type" =>
    optional(r#type), "unit" => optional(unit) }
}
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields {
    /// `aggregator`.
    pub aggregator: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields {
    "aggregator" => read_field(aggregator), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsRollUpSummaryFields {
    "aggregator" => optional(aggregator), "name" => optional(name) }
}
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions`, a model several operations share: also named [`DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFieldsSelectOptions`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions { "key" =>
    read_field(key), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions { "key" =>
    optional(key), "value" => optional(value) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItems`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItems`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItems { "children" =>
    read_field(children), "componentName" => read_field(component_name), "props" =>
    read_field(props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItems { "children" =>
    optional(children), "componentName" => optional(component_name), "props" =>
    optional(props) }
}
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItems`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItems`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItems = DescribeMetaModelResponseBodyMetaModelDTOListItems;
/// `FindTargetRelatedFollowRecordsResponseBodyResultResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    FindTargetRelatedFollowRecordsResponseBodyResultResultList { "creatorUserId" =>
    read_field(creator_user_id), "followContent" => read_field(follow_content),
    "followTargetDataId" => read_field(follow_target_data_id), "followTargetType" =>
    read_field(follow_target_type), "gmtCreateMilliseconds" =>
    read_field(gmt_create_milliseconds), "gmtModifiedMilliseconds" =>
    read_field(gmt_modified_milliseconds), "modifierUserId" =>
    read_field(modifier_user_id), "recordInstId" => read_field(record_inst_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FindTargetRelatedFollowRecordsResponseBodyResultResultList { "creatorUserId" =>
    optional(creator_user_id), "followContent" => optional(follow_content),
    "followTargetDataId" => optional(follow_target_data_id), "followTargetType" =>
    optional(follow_target_type), "gmtCreateMilliseconds" =>
    optional(gmt_create_milliseconds), "gmtModifiedMilliseconds" =>
    optional(gmt_modified_milliseconds), "modifierUserId" => optional(modifier_user_id),
    "recordInstId" => optional(record_inst_id) }
}
/// `GetContactsResponseBodyResultValues`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetContactsResponseBodyResultValues { "creatorUserId" => read_field(creator_user_id),
    "data" => read_field(data), "extendData" => read_field(extend_data), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "instanceId" =>
    read_field(instance_id), "objectType" => read_field(object_type), "permission" =>
    read_field(permission) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContactsResponseBodyResultValues { "creatorUserId" => optional(creator_user_id),
    "data" => optional(data), "extendData" => optional(extend_data), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "instanceId" =>
    optional(instance_id), "objectType" => optional(object_type), "permission" =>
    optional(permission) }
}
/// `GetCrmRolePermissionResponseBodyPermissionsFieldScopes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissionsFieldScopes {
    /// `fieldActions`.
    pub field_actions: Option<Vec<String>>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
rt::impl_deserialize! {
    GetCrmRolePermissionResponseBodyPermissionsFieldScopes { "fieldActions" =>
    read_field(field_actions), "fieldId" => read_field(field_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmRolePermissionResponseBodyPermissionsFieldScopes { "fieldActions" =>
    optional(field_actions), "fieldId" => optional(field_id) }
}
/// `GetCrmRolePermissionResponseBodyPermissionsManagingScopeList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissionsManagingScopeList {
    /// `ext`.
    pub ext: Option<GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt>,
    /// `manager`.
    pub manager: Option<bool>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetCrmRolePermissionResponseBodyPermissionsManagingScopeList { "ext" =>
    read_field(ext), "manager" => read_field(manager), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmRolePermissionResponseBodyPermissionsManagingScopeList { "ext" =>
    optional(ext), "manager" => optional(manager), "type" => optional(r#type) }
}
/// `GetCrmRolePermissionResponseBodyPermissionsOperateScopes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissionsOperateScopes {
    /// `hasAuth`.
    pub has_auth: Option<bool>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetCrmRolePermissionResponseBodyPermissionsOperateScopes { "hasAuth" =>
    read_field(has_auth), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmRolePermissionResponseBodyPermissionsOperateScopes { "hasAuth" =>
    optional(has_auth), "type" => optional(r#type) }
}
/// `GetCrmRolePermissionResponseBodyPermissionsRoleMemberList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCrmRolePermissionResponseBodyPermissionsRoleMemberList { "memberId" =>
    read_field(member_id), "name" => read_field(name), "type" => read_field(r#type),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmRolePermissionResponseBodyPermissionsRoleMemberList { "memberId" =>
    optional(member_id), "name" => optional(name), "type" => optional(r#type), "userId"
    => optional(user_id) }
}
/// `GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo {
    /// `appName`.
    pub app_name: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
}
rt::impl_deserialize! {
    GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo { "appName" =>
    read_field(app_name), "orgName" => read_field(org_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerTracksByRelationIdResponseBodyResultListIsvInfo { "appName" =>
    optional(app_name), "orgName" => optional(org_name) }
}
/// `GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList { "applicableVersion" =>
    read_field(applicable_version), "applyNum" => read_field(apply_num), "belongIndustry"
    => read_field(belong_industry), "goodsId" => read_field(goods_id), "goodsType" =>
    read_field(goods_type), "icon" => read_field(icon), "mainOperationInfo" =>
    read_field(main_operation_info), "media" => read_field(media), "price" =>
    read_field(price), "subOperationInfo" => read_field(sub_operation_info), "subTitle"
    => read_field(sub_title), "tag" => read_field(tag), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsList { "applicableVersion" =>
    optional(applicable_version), "applyNum" => optional(apply_num), "belongIndustry" =>
    optional(belong_industry), "goodsId" => optional(goods_id), "goodsType" =>
    optional(goods_type), "icon" => optional(icon), "mainOperationInfo" =>
    optional(main_operation_info), "media" => optional(media), "price" =>
    optional(price), "subOperationInfo" => optional(sub_operation_info), "subTitle" =>
    optional(sub_title), "tag" => optional(tag), "title" => optional(title) }
}
/// `GetNavigationCatalogResponseBodyResultNavCatalog`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetNavigationCatalogResponseBodyResultNavCatalog { "children" =>
    read_field(children), "navCode" => read_field(nav_code), "navId" =>
    read_field(nav_id), "navName" => read_field(nav_name), "navType" =>
    read_field(nav_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNavigationCatalogResponseBodyResultNavCatalog { "children" => optional(children),
    "navCode" => optional(nav_code), "navId" => optional(nav_id), "navName" =>
    optional(nav_name), "navType" => optional(nav_type) }
}
/// `GetObjectDataResponseBodyResultValues`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetObjectDataResponseBodyResultValues { "creatorNick" => read_field(creator_nick),
    "creatorUserId" => read_field(creator_user_id), "data" => read_field(data),
    "extendData" => read_field(extend_data), "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "instanceId" => read_field(instance_id),
    "objectType" => read_field(object_type), "permission" => read_field(permission),
    "procInstStatus" => read_field(proc_inst_status), "procOutResult" =>
    read_field(proc_out_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetObjectDataResponseBodyResultValues { "creatorNick" => optional(creator_nick),
    "creatorUserId" => optional(creator_user_id), "data" => optional(data), "extendData"
    => optional(extend_data), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "instanceId" => optional(instance_id), "objectType" =>
    optional(object_type), "permission" => optional(permission), "procInstStatus" =>
    optional(proc_inst_status), "procOutResult" => optional(proc_out_result) }
}
/// `GetOfficialAccountContactsResponseBodyValuesContacts`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetOfficialAccountContactsResponseBodyValuesContacts { "createTime" =>
    read_field(create_time), "creatorNick" => read_field(creator_nick), "creatorUserId"
    => read_field(creator_user_id), "data" => read_field(data), "extendData" =>
    read_field(extend_data), "instanceId" => read_field(instance_id), "modifyTime" =>
    read_field(modify_time), "permission" => read_field(permission) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOfficialAccountContactsResponseBodyValuesContacts { "createTime" =>
    optional(create_time), "creatorNick" => optional(creator_nick), "creatorUserId" =>
    optional(creator_user_id), "data" => optional(data), "extendData" =>
    optional(extend_data), "instanceId" => optional(instance_id), "modifyTime" =>
    optional(modify_time), "permission" => optional(permission) }
}
/// `GetRelatedViewTabDataResponseBodyResultPage`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetRelatedViewTabDataResponseBodyResultPage { "hasMore" => read_field(has_more),
    "list" => read_field(list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelatedViewTabDataResponseBodyResultPage { "hasMore" => optional(has_more), "list"
    => optional(list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `ListBenefitLicenseResponseBodyResultLicenses`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBenefitLicenseResponseBodyResultLicenses {
    /// `licenseUserId`.
    pub license_user_id: Option<String>,
}
rt::impl_deserialize! {
    ListBenefitLicenseResponseBodyResultLicenses { "licenseUserId" =>
    read_field(license_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListBenefitLicenseResponseBodyResultLicenses { "licenseUserId" =>
    optional(license_user_id) }
}
/// `ListCrmPersonalCustomersResponseBodyResultPermission`, a model several operations share: also named [`QueryCrmPersonalCustomerResponseBodyValuesPermission`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCrmPersonalCustomersResponseBodyResultPermission {
    /// `ownerStaffIds`.
    pub owner_staff_ids: Option<Vec<String>>,
    /// `participantStaffIds`.
    pub participant_staff_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    ListCrmPersonalCustomersResponseBodyResultPermission { "ownerStaffIds" =>
    read_field(owner_staff_ids), "participantStaffIds" =>
    read_field(participant_staff_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCrmPersonalCustomersResponseBodyResultPermission { "ownerStaffIds" =>
    optional(owner_staff_ids), "participantStaffIds" => optional(participant_staff_ids) }
}
/// `ListGroupSetResponseBodyResultListManager`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type ListGroupSetResponseBodyResultListManager = CreateGroupSetResponseBodyManager;
/// `ListGroupSetResponseBodyResultListOwner`: the same model as [`CreateGroupSetResponseBodyManager`].
pub type ListGroupSetResponseBodyResultListOwner = CreateGroupSetResponseBodyManager;
/// `QueryAllCustomerResponseBodyResultValues`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAllCustomerResponseBodyResultValues { "createTime" => read_field(create_time),
    "creatorNick" => read_field(creator_nick), "creatorUserId" =>
    read_field(creator_user_id), "data" => read_field(data), "extendData" =>
    read_field(extend_data), "instanceId" => read_field(instance_id), "modifyTime" =>
    read_field(modify_time), "objectType" => read_field(object_type), "permission" =>
    read_field(permission), "processInstanceStatus" =>
    read_field(process_instance_status), "processOutResult" =>
    read_field(process_out_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllCustomerResponseBodyResultValues { "createTime" => optional(create_time),
    "creatorNick" => optional(creator_nick), "creatorUserId" =>
    optional(creator_user_id), "data" => optional(data), "extendData" =>
    optional(extend_data), "instanceId" => optional(instance_id), "modifyTime" =>
    optional(modify_time), "objectType" => optional(object_type), "permission" =>
    optional(permission), "processInstanceStatus" => optional(process_instance_status),
    "processOutResult" => optional(process_out_result) }
}
/// `QueryCrmPersonalCustomerResponseBodyValuesPermission`: the same model as [`ListCrmPersonalCustomersResponseBodyResultPermission`].
pub type QueryCrmPersonalCustomerResponseBodyValuesPermission = ListCrmPersonalCustomersResponseBodyResultPermission;
/// `QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList {
    /// `extendValue`.
    pub extend_value: Option<String>,
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList { "extendValue" =>
    read_field(extend_value), "key" => read_field(key), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRelationDatasByTargetIdResponseBodyRelationsBizDataList { "extendValue" =>
    optional(extend_value), "key" => optional(key), "value" => optional(value) }
}
/// `SaveBenefitLicenseResponseBodyResultLicenses`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveBenefitLicenseResponseBodyResultLicenses {
    /// `licenseUserId`.
    pub license_user_id: Option<String>,
}
rt::impl_deserialize! {
    SaveBenefitLicenseResponseBodyResultLicenses { "licenseUserId" =>
    read_field(license_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveBenefitLicenseResponseBodyResultLicenses { "licenseUserId" =>
    optional(license_user_id) }
}
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard;
/// The required fields of [`SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCard`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardRequired = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardRequired;
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
rt::impl_serialize! {
    SendOfficialAccountOTOMessageRequestDetailMessageBodyImage { "mediaId" =>
    optional(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountOTOMessageRequestDetailMessageBodyImage { "mediaId" =>
    read_field(media_id) }
}
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyLink`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyLink = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLink;
/// The required fields of [`SendOfficialAccountOTOMessageRequestDetailMessageBodyLink`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyLinkRequired = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyLinkRequired;
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown;
/// The required fields of [`SendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdownRequired = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdownRequired;
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyText`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyText = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText;
/// The required fields of [`SendOfficialAccountOTOMessageRequestDetailMessageBodyText`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyTextRequired = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyTextRequired;
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
rt::impl_serialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard { "buttonList" =>
    optional(button_list), "buttonOrientation" => optional(button_orientation),
    "markdown" => optional(markdown), "singleTitle" => optional(single_title),
    "singleUrl" => optional(single_url), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCard { "buttonList" =>
    read_field(button_list), "buttonOrientation" => read_field(button_orientation),
    "markdown" => read_field(markdown), "singleTitle" => read_field(single_title),
    "singleUrl" => read_field(single_url), "title" => read_field(title) }
}
/// `SendOfficialAccountSNSMessageRequestDetailMessageBodyLink`, a model several operations share: also named [`ServiceWindowMessageBatchPushRequestDetailMessageBodyLink`].
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
rt::impl_serialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyLink { "messageUrl" =>
    optional(message_url), "picUrl" => optional(pic_url), "text" => optional(text),
    "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyLink { "messageUrl" =>
    read_field(message_url), "picUrl" => read_field(pic_url), "text" => read_field(text),
    "title" => read_field(title) }
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
rt::impl_serialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown { "text" =>
    optional(text), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyMarkdown { "text" =>
    read_field(text), "title" => read_field(title) }
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
rt::impl_serialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyText { "content" =>
    optional(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyText { "content" =>
    read_field(content) }
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
rt::impl_serialize! {
    ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard { "buttonList" =>
    optional(button_list), "buttonOrientation" => optional(button_orientation),
    "markdown" => optional(markdown), "singleTitle" => optional(single_title),
    "singleUrl" => optional(single_url), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCard { "buttonList" =>
    read_field(button_list), "buttonOrientation" => read_field(button_orientation),
    "markdown" => read_field(markdown), "singleTitle" => read_field(single_title),
    "singleUrl" => read_field(single_url), "title" => read_field(title) }
}
/// `ServiceWindowMessageBatchPushRequestDetailMessageBodyLink`: the same model as [`SendOfficialAccountSNSMessageRequestDetailMessageBodyLink`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyLink = SendOfficialAccountSNSMessageRequestDetailMessageBodyLink;
/// `ServiceWindowMessageBatchPushRequestDetailMessageBodyMarkdown`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyMarkdown = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdown;
/// The required fields of [`ServiceWindowMessageBatchPushRequestDetailMessageBodyMarkdown`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyMarkdownRequired = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyMarkdownRequired;
/// `ServiceWindowMessageBatchPushRequestDetailMessageBodyText`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyText = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyText;
/// The required fields of [`ServiceWindowMessageBatchPushRequestDetailMessageBodyText`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyTextRequired = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyTextRequired;
/// `UpdateMetaModelFieldRequestFieldDTOListPropsOptions`: the same model as [`AddMetaModelFieldRequestFieldDTOListPropsOptions`].
pub type UpdateMetaModelFieldRequestFieldDTOListPropsOptions = AddMetaModelFieldRequestFieldDTOListPropsOptions;
/// `UpdateRelationMetaFieldRequestFieldDTOListPropsOptions`: the same model as [`AddMetaModelFieldRequestFieldDTOListPropsOptions`].
pub type UpdateRelationMetaFieldRequestFieldDTOListPropsOptions = AddMetaModelFieldRequestFieldDTOListPropsOptions;
/// `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`, a model several operations share: also named [`SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`], [`ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCardButtonList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList {
    /// `actionUrl`.
    pub action_url: String,
    /// `title`.
    pub title: String,
}
/// The required fields of [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`], each named where it is set: `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList::new(BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonListRequired { .. })`.
pub struct BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonListRequired {
    /// `actionUrl`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList::action_url`].
    pub action_url: String,
    /// `title`: see [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList::title`].
    pub title: String,
}
impl BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList {
    /// A `BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList` with its required fields (`actionUrl`, `title`); set the others with the methods named after them.
    pub fn new(
        required: BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonListRequired,
    ) -> Self {
        let BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonListRequired {
            action_url,
            title,
        } = required;
        Self { action_url, title }
    }
}
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList {
    "actionUrl" => field(action_url), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList {
    "actionUrl" => read_field(action_url), "title" => read_field(title) }
}
/// `CreateRelationMetaRequestRelationMetaDTOItemsPropsOptions`: the same model as [`AddMetaModelFieldRequestFieldDTOListPropsOptions`].
pub type CreateRelationMetaRequestRelationMetaDTOItemsPropsOptions = AddMetaModelFieldRequestFieldDTOListPropsOptions;
/// `DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFieldsSelectOptions`: the same model as [`DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions`].
pub type DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsReferenceFieldsSelectOptions = DescribeCrmPersonalCustomerObjectMetaResponseBodyFieldsSelectOptions;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildren`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `props`.
    pub props: Option<DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps>,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren { "componentName" =>
    read_field(component_name), "props" => read_field(props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren { "componentName" =>
    optional(component_name), "props" => optional(props) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsProps`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsProps`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsProps { "actionName" =>
    read_field(action_name), "align" => read_field(align), "availableTemplates" =>
    read_field(available_templates), "behaviorLinkage" => read_field(behavior_linkage),
    "bizAlias" => read_field(biz_alias), "choice" => read_field(choice), "content" =>
    read_field(content), "dataSource" => read_field(data_source), "defaultColor" =>
    read_field(default_color), "disabled" => read_field(disabled), "duration" =>
    read_field(duration), "durationLabel" => read_field(duration_label), "fieldId" =>
    read_field(field_id), "fields" => read_field(fields), "format" => read_field(format),
    "formula" => read_field(formula), "invisible" => read_field(invisible), "label" =>
    read_field(label), "labelEditableFreeze" => read_field(label_editable_freeze),
    "limit" => read_field(limit), "link" => read_field(link), "mode" => read_field(mode),
    "multi" => read_field(multi), "multiple" => read_field(multiple), "needDetail" =>
    read_field(need_detail), "notPrint" => read_field(not_print), "notUpper" =>
    read_field(not_upper), "options" => read_field(options), "payEnable" =>
    read_field(pay_enable), "placeholder" => read_field(placeholder), "quote" =>
    read_field(quote), "ratio" => read_field(ratio), "relateSource" =>
    read_field(relate_source), "required" => read_field(required),
    "requiredEditableFreeze" => read_field(required_editable_freeze), "rule" =>
    read_field(rule), "sortable" => read_field(sortable), "spread" => read_field(spread),
    "statField" => read_field(stat_field), "tableViewMode" =>
    read_field(table_view_mode), "unit" => read_field(unit), "verticalPrint" =>
    read_field(vertical_print), "watermark" => read_field(watermark) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsProps { "actionName" =>
    optional(action_name), "align" => optional(align), "availableTemplates" =>
    optional(available_templates), "behaviorLinkage" => optional(behavior_linkage),
    "bizAlias" => optional(biz_alias), "choice" => optional(choice), "content" =>
    optional(content), "dataSource" => optional(data_source), "defaultColor" =>
    optional(default_color), "disabled" => optional(disabled), "duration" =>
    optional(duration), "durationLabel" => optional(duration_label), "fieldId" =>
    optional(field_id), "fields" => optional(fields), "format" => optional(format),
    "formula" => optional(formula), "invisible" => optional(invisible), "label" =>
    optional(label), "labelEditableFreeze" => optional(label_editable_freeze), "limit" =>
    optional(limit), "link" => optional(link), "mode" => optional(mode), "multi" =>
    optional(multi), "multiple" => optional(multiple), "needDetail" =>
    optional(need_detail), "notPrint" => optional(not_print), "notUpper" =>
    optional(not_upper), "options" => optional(options), "payEnable" =>
    optional(pay_enable), "placeholder" => optional(placeholder), "quote" =>
    optional(quote), "ratio" => optional(ratio), "relateSource" =>
    optional(relate_source), "required" => optional(required), "requiredEditableFreeze"
    => optional(required_editable_freeze), "rule" => optional(rule), "sortable" =>
    optional(sortable), "spread" => optional(spread), "statField" =>
    optional(stat_field), "tableViewMode" => optional(table_view_mode), "unit" =>
    optional(unit), "verticalPrint" => optional(vertical_print), "watermark" =>
    optional(watermark) }
}
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildren`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildren = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildren;
/// `DescribeRelationMetaResponseBodyRelationMetaDTOListItemsProps`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsProps`].
pub type DescribeRelationMetaResponseBodyRelationMetaDTOListItemsProps = DescribeMetaModelResponseBodyMetaModelDTOListItemsProps;
/// `FindTargetRelatedFollowRecordsResponseBodyResultResultListFollowContent`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    FindTargetRelatedFollowRecordsResponseBodyResultResultListFollowContent { "bizAlias"
    => read_field(biz_alias), "extendValue" => read_field(extend_value), "key" =>
    read_field(key), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FindTargetRelatedFollowRecordsResponseBodyResultResultListFollowContent { "bizAlias"
    => optional(biz_alias), "extendValue" => optional(extend_value), "key" =>
    optional(key), "value" => optional(value) }
}
/// `GetContactsResponseBodyResultValuesPermission`, a model several operations share: also named [`GetObjectDataResponseBodyResultValuesPermission`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContactsResponseBodyResultValuesPermission {
    /// `ownerUserIds`.
    pub owner_user_ids: Option<Vec<String>>,
    /// `participantUserIds`.
    pub participant_user_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetContactsResponseBodyResultValuesPermission { "ownerUserIds" =>
    read_field(owner_user_ids), "participantUserIds" => read_field(participant_user_ids)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContactsResponseBodyResultValuesPermission { "ownerUserIds" =>
    optional(owner_user_ids), "participantUserIds" => optional(participant_user_ids) }
}
/// `GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt {
    /// `deptIdList`.
    pub dept_id_list: Option<Vec<f64>>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt { "deptIdList" =>
    read_field(dept_id_list), "userIdList" => read_field(user_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCrmRolePermissionResponseBodyPermissionsManagingScopeListExt { "deptIdList" =>
    optional(dept_id_list), "userIdList" => optional(user_id_list) }
}
/// `GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo`, a model several operations share: also named [`GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListSubOperationInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo {
    /// `goodsCode`.
    pub goods_code: Option<String>,
    /// `originalUrl`.
    pub original_url: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo {
    "goodsCode" => read_field(goods_code), "originalUrl" => read_field(original_url),
    "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo {
    "goodsCode" => optional(goods_code), "originalUrl" => optional(original_url), "url"
    => optional(url) }
}
/// `GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia {
    /// `mediaType`.
    pub media_type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia { "mediaType" =>
    read_field(media_type), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMedia { "mediaType" =>
    optional(media_type), "url" => optional(url) }
}
/// `GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListSubOperationInfo`: the same model as [`GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo`].
pub type GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListSubOperationInfo = GetInAppPurchaseGoodsResponseBodyResultPurchaseGoodsListMainOperationInfo;
/// `GetObjectDataResponseBodyResultValuesPermission`: the same model as [`GetContactsResponseBodyResultValuesPermission`].
pub type GetObjectDataResponseBodyResultValuesPermission = GetContactsResponseBodyResultValuesPermission;
/// `GetOfficialAccountContactsResponseBodyValuesContactsPermission`, a model several operations share: also named [`QueryAllCustomerResponseBodyResultValuesPermission`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOfficialAccountContactsResponseBodyValuesContactsPermission {
    /// `ownerStaffIds`.
    pub owner_staff_ids: Option<Vec<String>>,
    /// `participantStaffIds`.
    pub participant_staff_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetOfficialAccountContactsResponseBodyValuesContactsPermission { "ownerStaffIds" =>
    read_field(owner_staff_ids), "participantStaffIds" =>
    read_field(participant_staff_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOfficialAccountContactsResponseBodyValuesContactsPermission { "ownerStaffIds" =>
    optional(owner_staff_ids), "participantStaffIds" => optional(participant_staff_ids) }
}
/// `GetRelatedViewTabDataResponseBodyResultPageList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelatedViewTabDataResponseBodyResultPageList {
    /// `abstractMessage`.
    pub abstract_message: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetRelatedViewTabDataResponseBodyResultPageList { "abstractMessage" =>
    read_field(abstract_message), "createTime" => read_field(create_time), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelatedViewTabDataResponseBodyResultPageList { "abstractMessage" =>
    optional(abstract_message), "createTime" => optional(create_time), "title" =>
    optional(title) }
}
/// `QueryAllCustomerResponseBodyResultValuesPermission`: the same model as [`GetOfficialAccountContactsResponseBodyValuesContactsPermission`].
pub type QueryAllCustomerResponseBodyResultValuesPermission = GetOfficialAccountContactsResponseBodyValuesContactsPermission;
/// `SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList;
/// The required fields of [`SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`].
pub type SendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonListRequired = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonListRequired;
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
rt::impl_serialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList {
    "actionUrl" => optional(action_url), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountSNSMessageRequestDetailMessageBodyActionCardButtonList {
    "actionUrl" => read_field(action_url), "title" => read_field(title) }
}
/// `ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCardButtonList`: the same model as [`BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCardButtonList = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonList;
/// The required fields of [`ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCardButtonList`].
pub type ServiceWindowMessageBatchPushRequestDetailMessageBodyActionCardButtonListRequired = BatchSendOfficialAccountOTOMessageRequestDetailMessageBodyActionCardButtonListRequired;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenProps`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps { "actionName" =>
    read_field(action_name), "align" => read_field(align), "availableTemplates" =>
    read_field(available_templates), "bizAlias" => read_field(biz_alias), "choice" =>
    read_field(choice), "content" => read_field(content), "dataSource" =>
    read_field(data_source), "defaultColor" => read_field(default_color), "disabled" =>
    read_field(disabled), "duration" => read_field(duration), "durationLabel" =>
    read_field(duration_label), "fieldId" => read_field(field_id), "fields" =>
    read_field(fields), "format" => read_field(format), "formula" => read_field(formula),
    "invisible" => read_field(invisible), "label" => read_field(label),
    "labelEditableFreeze" => read_field(label_editable_freeze), "limit" =>
    read_field(limit), "link" => read_field(link), "mode" => read_field(mode), "multiple"
    => read_field(multiple), "notPrint" => read_field(not_print), "notUpper" =>
    read_field(not_upper), "options" => read_field(options), "payEnable" =>
    read_field(pay_enable), "placeholder" => read_field(placeholder), "quote" =>
    read_field(quote), "ratio" => read_field(ratio), "relateSource" =>
    read_field(relate_source), "required" => read_field(required),
    "requiredEditableFreeze" => read_field(required_editable_freeze), "rule" =>
    read_field(rule), "sortable" => read_field(sortable), "spread" => read_field(spread),
    "statField" => read_field(stat_field), "tableViewMode" =>
    read_field(table_view_mode), "unit" => read_field(unit), "verticalPrint" =>
    read_field(vertical_print), "watermark" => read_field(watermark) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenProps { "actionName" =>
    optional(action_name), "align" => optional(align), "availableTemplates" =>
    optional(available_templates), "bizAlias" => optional(biz_alias), "choice" =>
    optional(choice), "content" => optional(content), "dataSource" =>
    optional(data_source), "defaultColor" => optional(default_color), "disabled" =>
    optional(disabled), "duration" => optional(duration), "durationLabel" =>
    optional(duration_label), "fieldId" => optional(field_id), "fields" =>
    optional(fields), "format" => optional(format), "formula" => optional(formula),
    "invisible" => optional(invisible), "label" => optional(label), "labelEditableFreeze"
    => optional(label_editable_freeze), "limit" => optional(limit), "link" =>
    optional(link), "mode" => optional(mode), "multiple" => optional(multiple),
    "notPrint" => optional(not_print), "notUpper" => optional(not_upper), "options" =>
    optional(options), "payEnable" => optional(pay_enable), "placeholder" =>
    optional(placeholder), "quote" => optional(quote), "ratio" => optional(ratio),
    "relateSource" => optional(relate_source), "required" => optional(required),
    "requiredEditableFreeze" => optional(required_editable_freeze), "rule" =>
    optional(rule), "sortable" => optional(sortable), "spread" => optional(spread),
    "statField" => optional(stat_field), "tableViewMode" => optional(table_view_mode),
    "unit" => optional(unit), "verticalPrint" => optional(vertical_print), "watermark" =>
    optional(watermark) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsAvailableTemplates`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsAvailableTemplates`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsAvailableTemplates`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates { "id" =>
    read_field(id), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsAvailableTemplates { "id" =>
    optional(id), "name" => optional(name) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsBehaviorLinkage`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage { "optionKey"
    => read_field(option_key), "targets" => read_field(targets) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkage { "optionKey"
    => optional(option_key), "targets" => optional(targets) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSource`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource { "params" =>
    read_field(params), "target" => read_field(target), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSource { "params" =>
    optional(params), "target" => optional(target), "type" => optional(r#type) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFields`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `relateProps`.
    pub relate_props: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps,
    >,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields { "componentName" =>
    read_field(component_name), "relateProps" => read_field(relate_props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFields { "componentName" =>
    optional(component_name), "relateProps" => optional(relate_props) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsOptions`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions { "extension" =>
    read_field(extension), "key" => read_field(key), "value" => read_field(value), "warn"
    => read_field(warn) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptions { "extension" =>
    optional(extension), "key" => optional(key), "value" => optional(value), "warn" =>
    optional(warn) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSource`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource { "bizType" =>
    read_field(biz_type), "dataSource" => read_field(data_source), "fields" =>
    read_field(fields) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSource { "bizType" =>
    optional(biz_type), "dataSource" => optional(data_source), "fields" =>
    optional(fields) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRule`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRule`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRule`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule {
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule { "type" =>
    read_field(r#type), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule { "type" =>
    optional(r#type), "value" => optional(value) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsStatField`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsStatField`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsStatField`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsStatField`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelatePropsStatField`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsStatField`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsStatField`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelatePropsStatField`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelatePropsStatField`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsStatField`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsStatField`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField { "fieldId" =>
    read_field(field_id), "label" => read_field(label), "unit" => read_field(unit),
    "upper" => read_field(upper) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField { "fieldId" =>
    optional(field_id), "label" => optional(label), "unit" => optional(unit), "upper" =>
    optional(upper) }
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource`, a model several operations share: also named [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSource`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSource`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSource`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSource`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSource`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource { "params"
    => read_field(params), "target" => read_field(target), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource { "params"
    => optional(params), "target" => optional(target), "type" => optional(r#type) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFields`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `relateProps`.
    pub relate_props: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps,
    >,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields {
    "componentName" => read_field(component_name), "relateProps" =>
    read_field(relate_props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFields {
    "componentName" => optional(component_name), "relateProps" => optional(relate_props)
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsOptions`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsOptions`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelatePropsOptions`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsOptions`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsOptions`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelatePropsOptions`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelatePropsOptions`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions { "extension"
    => read_field(extension), "key" => read_field(key), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions { "extension"
    => optional(extension), "key" => optional(key), "value" => optional(value) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSource`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource {
    "bizType" => read_field(biz_type), "dataSource" => read_field(data_source), "fields"
    => read_field(fields) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSource {
    "bizType" => optional(biz_type), "dataSource" => optional(data_source), "fields" =>
    optional(fields) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRule`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRule = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRule;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsBehaviorLinkageTargets`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets {
    /// `behavior`.
    pub behavior: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets {
    "behavior" => read_field(behavior), "fieldId" => read_field(field_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsBehaviorLinkageTargets {
    "behavior" => optional(behavior), "fieldId" => optional(field_id) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSourceParams`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceParams`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceParams`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSourceParams`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSourceParams`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSourceParams`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSourceParams`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams {
    /// `filters`.
    pub filters: Option<
        Vec<
            DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters,
        >,
    >,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams { "filters"
    => read_field(filters) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams { "filters"
    => optional(filters) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSourceTarget`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget { "appType"
    => read_field(app_type), "appUuid" => read_field(app_uuid), "bizType" =>
    read_field(biz_type), "formCode" => read_field(form_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceTarget { "appType"
    => optional(app_type), "appUuid" => optional(app_uuid), "bizType" =>
    optional(biz_type), "formCode" => optional(form_code) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelateProps`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps { "align" =>
    read_field(align), "bizAlias" => read_field(biz_alias), "choice" =>
    read_field(choice), "content" => read_field(content), "disabled" =>
    read_field(disabled), "duration" => read_field(duration), "durationLabel" =>
    read_field(duration_label), "fieldId" => read_field(field_id), "format" =>
    read_field(format), "formula" => read_field(formula), "invisible" =>
    read_field(invisible), "label" => read_field(label), "labelEditableFreeze" =>
    read_field(label_editable_freeze), "limit" => read_field(limit), "link" =>
    read_field(link), "mode" => read_field(mode), "notUpper" => read_field(not_upper),
    "options" => read_field(options), "payEnable" => read_field(pay_enable),
    "placeholder" => read_field(placeholder), "ratio" => read_field(ratio), "required" =>
    read_field(required), "requiredEditableFreeze" =>
    read_field(required_editable_freeze), "spread" => read_field(spread), "statField" =>
    read_field(stat_field), "unit" => read_field(unit), "verticalPrint" =>
    read_field(vertical_print), "watermark" => read_field(watermark) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelateProps { "align" =>
    optional(align), "bizAlias" => optional(biz_alias), "choice" => optional(choice),
    "content" => optional(content), "disabled" => optional(disabled), "duration" =>
    optional(duration), "durationLabel" => optional(duration_label), "fieldId" =>
    optional(field_id), "format" => optional(format), "formula" => optional(formula),
    "invisible" => optional(invisible), "label" => optional(label), "labelEditableFreeze"
    => optional(label_editable_freeze), "limit" => optional(limit), "link" =>
    optional(link), "mode" => optional(mode), "notUpper" => optional(not_upper),
    "options" => optional(options), "payEnable" => optional(pay_enable), "placeholder" =>
    optional(placeholder), "ratio" => optional(ratio), "required" => optional(required),
    "requiredEditableFreeze" => optional(required_editable_freeze), "spread" =>
    optional(spread), "statField" => optional(stat_field), "unit" => optional(unit),
    "verticalPrint" => optional(vertical_print), "watermark" => optional(watermark) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsOptionsExtension`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptionsExtension`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsOptionsExtension`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsOptionsExtension`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsFieldsRelatePropsOptionsExtension`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelatePropsOptionsExtension`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelatePropsOptionsExtension`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelatePropsOptionsExtension`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelatePropsOptionsExtension`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension {
    /// `editFreeze`.
    pub edit_freeze: Option<bool>,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension {
    "editFreeze" => read_field(edit_freeze) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension {
    "editFreeze" => optional(edit_freeze) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFields`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `relateProps`.
    pub relate_props: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps,
    >,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields {
    "componentName" => read_field(component_name), "relateProps" =>
    read_field(relate_props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFields {
    "componentName" => optional(component_name), "relateProps" => optional(relate_props)
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget`, a model several operations share: also named [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceTarget`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSourceTarget`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSourceTarget`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSourceTarget`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSourceTarget`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget {
    "appType" => read_field(app_type), "appUuid" => read_field(app_uuid), "bizType" =>
    read_field(biz_type), "formCode" => read_field(form_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget {
    "appType" => optional(app_type), "appUuid" => optional(app_uuid), "bizType" =>
    optional(biz_type), "formCode" => optional(form_code) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsFieldsRelateProps`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps {
    "align" => read_field(align), "bizAlias" => read_field(biz_alias), "choice" =>
    read_field(choice), "content" => read_field(content), "disabled" =>
    read_field(disabled), "duration" => read_field(duration), "durationLabel" =>
    read_field(duration_label), "fieldId" => read_field(field_id), "format" =>
    read_field(format), "formula" => read_field(formula), "invisible" =>
    read_field(invisible), "label" => read_field(label), "labelEditableFreeze" =>
    read_field(label_editable_freeze), "limit" => read_field(limit), "link" =>
    read_field(link), "mode" => read_field(mode), "notUpper" => read_field(not_upper),
    "options" => read_field(options), "payEnable" => read_field(pay_enable),
    "placeholder" => read_field(placeholder), "ratio" => read_field(ratio), "required" =>
    read_field(required), "requiredEditableFreeze" =>
    read_field(required_editable_freeze), "spread" => read_field(spread), "statField" =>
    read_field(stat_field), "unit" => read_field(unit), "verticalPrint" =>
    read_field(vertical_print), "watermark" => read_field(watermark) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsFieldsRelateProps {
    "align" => optional(align), "bizAlias" => optional(biz_alias), "choice" =>
    optional(choice), "content" => optional(content), "disabled" => optional(disabled),
    "duration" => optional(duration), "durationLabel" => optional(duration_label),
    "fieldId" => optional(field_id), "format" => optional(format), "formula" =>
    optional(formula), "invisible" => optional(invisible), "label" => optional(label),
    "labelEditableFreeze" => optional(label_editable_freeze), "limit" => optional(limit),
    "link" => optional(link), "mode" => optional(mode), "notUpper" =>
    optional(not_upper), "options" => optional(options), "payEnable" =>
    optional(pay_enable), "placeholder" => optional(placeholder), "ratio" =>
    optional(ratio), "required" => optional(required), "requiredEditableFreeze" =>
    optional(required_editable_freeze), "spread" => optional(spread), "statField" =>
    optional(stat_field), "unit" => optional(unit), "verticalPrint" =>
    optional(vertical_print), "watermark" => optional(watermark) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptionsExtension`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptionsExtension = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsOptionsExtension;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSource`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSource = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSource;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFields`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields {
    /// `componentName`.
    pub component_name: Option<String>,
    /// `relateProps`.
    pub relate_props: Option<
        DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps,
    >,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields {
    "componentName" => read_field(component_name), "relateProps" =>
    read_field(relate_props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFields {
    "componentName" => optional(component_name), "relateProps" => optional(relate_props)
    }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsDataSourceParamsFilters`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceParamsFilters`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceParamsFilters`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsDataSourceParamsFilters`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceDataSourceParamsFilters`], [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceDataSourceParamsFilters`], [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceDataSourceParamsFilters`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters {
    "fieldId" => read_field(field_id), "filterType" => read_field(filter_type), "value"
    => read_field(value), "valueType" => read_field(value_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParamsFilters {
    "fieldId" => optional(field_id), "filterType" => optional(filter_type), "value" =>
    optional(value), "valueType" => optional(value_type) }
}
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsOptions`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsOptions = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsOptions;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsStatField`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsFieldsRelatePropsStatField = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsStatField;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceParams`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceParams = DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsDataSourceParams;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceTarget`: the same model as [`DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget`].
pub type DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceDataSourceTarget = DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsDataSourceTarget;
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsPropsRelateSourceFieldsRelateProps`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps
    { "align" => read_field(align), "bizAlias" => read_field(biz_alias), "choice" =>
    read_field(choice), "content" => read_field(content), "disabled" =>
    read_field(disabled), "duration" => read_field(duration), "fieldId" =>
    read_field(field_id), "format" => read_field(format), "formula" =>
    read_field(formula), "invisible" => read_field(invisible), "label" =>
    read_field(label), "labelEditableFreeze" => read_field(label_editable_freeze), "link"
    => read_field(link), "multi" => read_field(multi), "notUpper" =>
    read_field(not_upper), "options" => read_field(options), "payEnable" =>
    read_field(pay_enable), "placeholder" => read_field(placeholder), "quote" =>
    read_field(quote), "required" => read_field(required), "requiredEditableFreeze" =>
    read_field(required_editable_freeze), "statField" => read_field(stat_field), "unit"
    => read_field(unit), "verticalPrint" => read_field(vertical_print) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsPropsRelateSourceFieldsRelateProps
    { "align" => optional(align), "bizAlias" => optional(biz_alias), "choice" =>
    optional(choice), "content" => optional(content), "disabled" => optional(disabled),
    "duration" => optional(duration), "fieldId" => optional(field_id), "format" =>
    optional(format), "formula" => optional(formula), "invisible" => optional(invisible),
    "label" => optional(label), "labelEditableFreeze" => optional(label_editable_freeze),
    "link" => optional(link), "multi" => optional(multi), "notUpper" =>
    optional(not_upper), "options" => optional(options), "payEnable" =>
    optional(pay_enable), "placeholder" => optional(placeholder), "quote" =>
    optional(quote), "required" => optional(required), "requiredEditableFreeze" =>
    optional(required_editable_freeze), "statField" => optional(stat_field), "unit" =>
    optional(unit), "verticalPrint" => optional(vertical_print) }
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFieldsRelateProps`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps
    { "align" => read_field(align), "bizAlias" => read_field(biz_alias), "choice" =>
    read_field(choice), "content" => read_field(content), "disabled" =>
    read_field(disabled), "duration" => read_field(duration), "fieldId" =>
    read_field(field_id), "format" => read_field(format), "formula" =>
    read_field(formula), "invisible" => read_field(invisible), "label" =>
    read_field(label), "labelEditableFreeze" => read_field(label_editable_freeze), "link"
    => read_field(link), "multi" => read_field(multi), "notUpper" =>
    read_field(not_upper), "options" => read_field(options), "payEnable" =>
    read_field(pay_enable), "placeholder" => read_field(placeholder), "quote" =>
    read_field(quote), "required" => read_field(required), "requiredEditableFreeze" =>
    read_field(required_editable_freeze), "statField" => read_field(stat_field), "unit"
    => read_field(unit), "verticalPrint" => read_field(vertical_print) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelateProps
    { "align" => optional(align), "bizAlias" => optional(biz_alias), "choice" =>
    optional(choice), "content" => optional(content), "disabled" => optional(disabled),
    "duration" => optional(duration), "fieldId" => optional(field_id), "format" =>
    optional(format), "formula" => optional(formula), "invisible" => optional(invisible),
    "label" => optional(label), "labelEditableFreeze" => optional(label_editable_freeze),
    "link" => optional(link), "multi" => optional(multi), "notUpper" =>
    optional(not_upper), "options" => optional(options), "payEnable" =>
    optional(pay_enable), "placeholder" => optional(placeholder), "quote" =>
    optional(quote), "required" => optional(required), "requiredEditableFreeze" =>
    optional(required_editable_freeze), "statField" => optional(stat_field), "unit" =>
    optional(unit), "verticalPrint" => optional(vertical_print) }
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
/// `DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions`, a model several operations share: also named [`DescribeRelationMetaResponseBodyRelationMetaDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions
    { "key" => read_field(key), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DescribeMetaModelResponseBodyMetaModelDTOListItemsChildrenPropsRelateSourceFieldsRelatePropsOptions
    { "key" => optional(key), "value" => optional(value) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AbandonCustomerRequest`], each named where it is set: `AbandonCustomerRequest::new(AbandonCustomerRequired { .. })`.
pub struct AbandonCustomerRequired {
    /// `instanceIdList`: see [`AbandonCustomerRequest::instance_id_list`].
    pub instance_id_list: Vec<String>,
    /// `operatorUserId`: see [`AbandonCustomerRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl AbandonCustomerRequest {
    /// A `AbandonCustomerRequest` with its required fields (`instanceIdList`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(required: AbandonCustomerRequired) -> Self {
        let AbandonCustomerRequired { instance_id_list, operator_user_id } = required;
        Self {
            custom_track_desc: None,
            instance_id_list,
            operator_user_id,
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
rt::impl_serialize! {
    AbandonCustomerRequest { "customTrackDesc" => optional(custom_track_desc),
    "instanceIdList" => field(instance_id_list), "operatorUserId" =>
    field(operator_user_id), "optType" => optional(opt_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AbandonCustomerRequest { "customTrackDesc" => read_field(custom_track_desc),
    "instanceIdList" => read_field(instance_id_list), "operatorUserId" =>
    read_field(operator_user_id), "optType" => read_field(opt_type) }
}
impl rt::WriteRequest for AbandonCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_crm_personal_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddCrmPersonalCustomerRequest`], each named where it is set: `AddCrmPersonalCustomerRequest::new(AddCrmPersonalCustomerRequired { .. })`.
pub struct AddCrmPersonalCustomerRequired {
    /// `creatorUserId`: see [`AddCrmPersonalCustomerRequest::creator_user_id`].
    pub creator_user_id: String,
    /// `data`: see [`AddCrmPersonalCustomerRequest::data`].
    pub data: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl AddCrmPersonalCustomerRequest {
    /// A `AddCrmPersonalCustomerRequest` with its required fields (`creatorUserId`, `data`); set the others with the methods named after them.
    pub fn new(required: AddCrmPersonalCustomerRequired) -> Self {
        let AddCrmPersonalCustomerRequired { creator_user_id, data } = required;
        Self {
            action: None,
            creator_nick: None,
            creator_user_id,
            data,
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
rt::impl_serialize! {
    AddCrmPersonalCustomerRequest { "action" => optional(action), "creatorNick" =>
    optional(creator_nick), "creatorUserId" => field(creator_user_id), "data" =>
    field(data), "extendData" => optional(extend_data), "permission" =>
    optional(permission), "relationType" => optional(relation_type), "skipDuplicateCheck"
    => optional(skip_duplicate_check) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCrmPersonalCustomerRequest { "action" => read_field(action), "creatorNick" =>
    read_field(creator_nick), "creatorUserId" => read_field(creator_user_id), "data" =>
    read_field(data), "extendData" => read_field(extend_data), "permission" =>
    read_field(permission), "relationType" => read_field(relation_type),
    "skipDuplicateCheck" => read_field(skip_duplicate_check) }
}
impl rt::WriteRequest for AddCrmPersonalCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_customer_track`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddCustomerTrackRequest`], each named where it is set: `AddCustomerTrackRequest::new(AddCustomerTrackRequired { .. })`.
pub struct AddCustomerTrackRequired {
    /// `content`: see [`AddCustomerTrackRequest::content`].
    pub content: String,
    /// `customerId`: see [`AddCustomerTrackRequest::customer_id`].
    pub customer_id: String,
    /// `operatorUserId`: see [`AddCustomerTrackRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationType`: see [`AddCustomerTrackRequest::relation_type`].
    pub relation_type: String,
    /// `title`: see [`AddCustomerTrackRequest::title`].
    pub title: String,
    /// `type`: see [`AddCustomerTrackRequest::r#type`](AddCustomerTrackRequest::type).
    pub r#type: i64,
}
impl AddCustomerTrackRequest {
    /// A `AddCustomerTrackRequest` with its required fields (`content`, `customerId`, `operatorUserId`, `relationType`, `title`, `type`); set the others with the methods named after them.
    pub fn new(required: AddCustomerTrackRequired) -> Self {
        let AddCustomerTrackRequired {
            content,
            customer_id,
            operator_user_id,
            relation_type,
            title,
            r#type,
        } = required;
        Self {
            content,
            customer_id,
            extra_biz_info: None,
            idempotent_key: None,
            masked_content: None,
            operator_user_id,
            relation_type,
            title,
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
rt::impl_serialize! {
    AddCustomerTrackRequest { "content" => field(content), "customerId" =>
    field(customer_id), "extraBizInfo" => optional(extra_biz_info), "idempotentKey" =>
    optional(idempotent_key), "maskedContent" => optional(masked_content),
    "operatorUserId" => field(operator_user_id), "relationType" => field(relation_type),
    "title" => field(title), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCustomerTrackRequest { "content" => read_field(content), "customerId" =>
    read_field(customer_id), "extraBizInfo" => read_field(extra_biz_info),
    "idempotentKey" => read_field(idempotent_key), "maskedContent" =>
    read_field(masked_content), "operatorUserId" => read_field(operator_user_id),
    "relationType" => read_field(relation_type), "title" => read_field(title), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for AddCustomerTrackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_leads`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddLeadsRequest`], each named where it is set: `AddLeadsRequest::new(AddLeadsRequired { .. })`.
pub struct AddLeadsRequired {
    /// `assignUserId`: see [`AddLeadsRequest::assign_user_id`].
    pub assign_user_id: String,
    /// `assignedUserId`: see [`AddLeadsRequest::assigned_user_id`].
    pub assigned_user_id: String,
    /// `leads`: see [`AddLeadsRequest::leads`].
    pub leads: Vec<AddLeadsRequestLeads>,
    /// `outTaskId`: see [`AddLeadsRequest::out_task_id`].
    pub out_task_id: String,
}
impl AddLeadsRequest {
    /// A `AddLeadsRequest` with its required fields (`assignUserId`, `assignedUserId`, `leads`, `outTaskId`); set the others with the methods named after them.
    pub fn new(required: AddLeadsRequired) -> Self {
        let AddLeadsRequired { assign_user_id, assigned_user_id, leads, out_task_id } = required;
        Self {
            assign_timestamp: None,
            assign_user_id,
            assigned_user_id,
            leads,
            out_task_id,
        }
    }
    /// Sets `assignTimestamp`.
    pub fn assign_timestamp(mut self, value: i64) -> Self {
        self.assign_timestamp = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddLeadsRequest { "assignTimestamp" => optional(assign_timestamp), "assignUserId" =>
    field(assign_user_id), "assignedUserId" => field(assigned_user_id), "leads" =>
    field(leads), "outTaskId" => field(out_task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddLeadsRequest { "assignTimestamp" => read_field(assign_timestamp), "assignUserId"
    => read_field(assign_user_id), "assignedUserId" => read_field(assigned_user_id),
    "leads" => read_field(leads), "outTaskId" => read_field(out_task_id) }
}
impl rt::WriteRequest for AddLeadsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_meta_model_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddMetaModelFieldRequest`], each named where it is set: `AddMetaModelFieldRequest::new(AddMetaModelFieldRequired { .. })`.
pub struct AddMetaModelFieldRequired {
    /// `bizType`: see [`AddMetaModelFieldRequest::biz_type`].
    pub biz_type: String,
    /// `fieldDTOList`: see [`AddMetaModelFieldRequest::field_dto_list`].
    pub field_dto_list: Vec<AddMetaModelFieldRequestFieldDTOList>,
    /// `operatorUserId`: see [`AddMetaModelFieldRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `tenant`: see [`AddMetaModelFieldRequest::tenant`].
    pub tenant: String,
}
impl AddMetaModelFieldRequest {
    /// A `AddMetaModelFieldRequest` with its required fields (`bizType`, `fieldDTOList`, `operatorUserId`, `tenant`); set the others with the methods named after them.
    pub fn new(required: AddMetaModelFieldRequired) -> Self {
        let AddMetaModelFieldRequired {
            biz_type,
            field_dto_list,
            operator_user_id,
            tenant,
        } = required;
        Self {
            biz_type,
            field_dto_list,
            operator_user_id,
            tenant,
        }
    }
}
rt::impl_serialize! {
    AddMetaModelFieldRequest { "bizType" => field(biz_type), "fieldDTOList" =>
    field(field_dto_list), "operatorUserId" => field(operator_user_id), "tenant" =>
    field(tenant) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddMetaModelFieldRequest { "bizType" => read_field(biz_type), "fieldDTOList" =>
    read_field(field_dto_list), "operatorUserId" => read_field(operator_user_id),
    "tenant" => read_field(tenant) }
}
impl rt::WriteRequest for AddMetaModelFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_relation_meta_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddRelationMetaFieldRequest`], each named where it is set: `AddRelationMetaFieldRequest::new(AddRelationMetaFieldRequired { .. })`.
pub struct AddRelationMetaFieldRequired {
    /// `fieldDTOList`: see [`AddRelationMetaFieldRequest::field_dto_list`].
    pub field_dto_list: Vec<AddRelationMetaFieldRequestFieldDTOList>,
    /// `operatorUserId`: see [`AddRelationMetaFieldRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationType`: see [`AddRelationMetaFieldRequest::relation_type`].
    pub relation_type: String,
    /// `tenant`: see [`AddRelationMetaFieldRequest::tenant`].
    pub tenant: String,
}
impl AddRelationMetaFieldRequest {
    /// A `AddRelationMetaFieldRequest` with its required fields (`fieldDTOList`, `operatorUserId`, `relationType`, `tenant`); set the others with the methods named after them.
    pub fn new(required: AddRelationMetaFieldRequired) -> Self {
        let AddRelationMetaFieldRequired {
            field_dto_list,
            operator_user_id,
            relation_type,
            tenant,
        } = required;
        Self {
            field_dto_list,
            operator_user_id,
            relation_type,
            tenant,
        }
    }
}
rt::impl_serialize! {
    AddRelationMetaFieldRequest { "fieldDTOList" => field(field_dto_list),
    "operatorUserId" => field(operator_user_id), "relationType" => field(relation_type),
    "tenant" => field(tenant) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRelationMetaFieldRequest { "fieldDTOList" => read_field(field_dto_list),
    "operatorUserId" => read_field(operator_user_id), "relationType" =>
    read_field(relation_type), "tenant" => read_field(tenant) }
}
impl rt::WriteRequest for AddRelationMetaFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::append_customer_data_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AppendCustomerDataAuthRequest`], each named where it is set: `AppendCustomerDataAuthRequest::new(AppendCustomerDataAuthRequired { .. })`.
pub struct AppendCustomerDataAuthRequired {
    /// `customerIds`: see [`AppendCustomerDataAuthRequest::customer_ids`].
    pub customer_ids: Vec<String>,
    /// `dataAuthUserIds`: see [`AppendCustomerDataAuthRequest::data_auth_user_ids`].
    pub data_auth_user_ids: Vec<String>,
    /// `operateUserId`: see [`AppendCustomerDataAuthRequest::operate_user_id`].
    pub operate_user_id: String,
    /// `roleType`: see [`AppendCustomerDataAuthRequest::role_type`].
    pub role_type: String,
}
impl AppendCustomerDataAuthRequest {
    /// A `AppendCustomerDataAuthRequest` with its required fields (`customerIds`, `dataAuthUserIds`, `operateUserId`, `roleType`); set the others with the methods named after them.
    pub fn new(required: AppendCustomerDataAuthRequired) -> Self {
        let AppendCustomerDataAuthRequired {
            customer_ids,
            data_auth_user_ids,
            operate_user_id,
            role_type,
        } = required;
        Self {
            customer_ids,
            data_auth_user_ids,
            form_code: None,
            operate_user_id,
            relation_type: None,
            role_type,
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
rt::impl_serialize! {
    AppendCustomerDataAuthRequest { "customerIds" => field(customer_ids),
    "dataAuthUserIds" => field(data_auth_user_ids), "formCode" => optional(form_code),
    "operateUserId" => field(operate_user_id), "relationType" => optional(relation_type),
    "roleType" => field(role_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendCustomerDataAuthRequest { "customerIds" => read_field(customer_ids),
    "dataAuthUserIds" => read_field(data_auth_user_ids), "formCode" =>
    read_field(form_code), "operateUserId" => read_field(operate_user_id), "relationType"
    => read_field(relation_type), "roleType" => read_field(role_type) }
}
impl rt::WriteRequest for AppendCustomerDataAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_add_contacts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchAddContactsRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationList`.
    pub relation_list: Vec<BatchAddContactsRequestRelationList>,
}
/// The required fields of [`BatchAddContactsRequest`], each named where it is set: `BatchAddContactsRequest::new(BatchAddContactsRequired { .. })`.
pub struct BatchAddContactsRequired {
    /// `operatorUserId`: see [`BatchAddContactsRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationList`: see [`BatchAddContactsRequest::relation_list`].
    pub relation_list: Vec<BatchAddContactsRequestRelationList>,
}
impl BatchAddContactsRequest {
    /// A `BatchAddContactsRequest` with its required fields (`operatorUserId`, `relationList`); set the others with the methods named after them.
    pub fn new(required: BatchAddContactsRequired) -> Self {
        let BatchAddContactsRequired { operator_user_id, relation_list } = required;
        Self {
            operator_user_id,
            relation_list,
        }
    }
}
rt::impl_serialize! {
    BatchAddContactsRequest { "operatorUserId" => field(operator_user_id), "relationList"
    => field(relation_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddContactsRequest { "operatorUserId" => read_field(operator_user_id),
    "relationList" => read_field(relation_list) }
}
impl rt::WriteRequest for BatchAddContactsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_add_follow_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchAddFollowRecordsRequest {
    /// `instanceList`.
    pub instance_list: Vec<BatchAddFollowRecordsRequestInstanceList>,
    /// `operatorUserId`.
    pub operator_user_id: String,
}
/// The required fields of [`BatchAddFollowRecordsRequest`], each named where it is set: `BatchAddFollowRecordsRequest::new(BatchAddFollowRecordsRequired { .. })`.
pub struct BatchAddFollowRecordsRequired {
    /// `instanceList`: see [`BatchAddFollowRecordsRequest::instance_list`].
    pub instance_list: Vec<BatchAddFollowRecordsRequestInstanceList>,
    /// `operatorUserId`: see [`BatchAddFollowRecordsRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl BatchAddFollowRecordsRequest {
    /// A `BatchAddFollowRecordsRequest` with its required fields (`instanceList`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(required: BatchAddFollowRecordsRequired) -> Self {
        let BatchAddFollowRecordsRequired { instance_list, operator_user_id } = required;
        Self {
            instance_list,
            operator_user_id,
        }
    }
}
rt::impl_serialize! {
    BatchAddFollowRecordsRequest { "instanceList" => field(instance_list),
    "operatorUserId" => field(operator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddFollowRecordsRequest { "instanceList" => read_field(instance_list),
    "operatorUserId" => read_field(operator_user_id) }
}
impl rt::WriteRequest for BatchAddFollowRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_add_relation_datas`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchAddRelationDatasRequest`], each named where it is set: `BatchAddRelationDatasRequest::new(BatchAddRelationDatasRequired { .. })`.
pub struct BatchAddRelationDatasRequired {
    /// `operatorUserId`: see [`BatchAddRelationDatasRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationList`: see [`BatchAddRelationDatasRequest::relation_list`].
    pub relation_list: Vec<BatchAddRelationDatasRequestRelationList>,
    /// `relationType`: see [`BatchAddRelationDatasRequest::relation_type`].
    pub relation_type: String,
}
impl BatchAddRelationDatasRequest {
    /// A `BatchAddRelationDatasRequest` with its required fields (`operatorUserId`, `relationList`, `relationType`); set the others with the methods named after them.
    pub fn new(required: BatchAddRelationDatasRequired) -> Self {
        let BatchAddRelationDatasRequired {
            operator_user_id,
            relation_list,
            relation_type,
        } = required;
        Self {
            operator_user_id,
            relation_list,
            relation_type,
            skip_duplicate_check: None,
        }
    }
    /// Sets `skipDuplicateCheck`.
    pub fn skip_duplicate_check(mut self, value: bool) -> Self {
        self.skip_duplicate_check = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchAddRelationDatasRequest { "operatorUserId" => field(operator_user_id),
    "relationList" => field(relation_list), "relationType" => field(relation_type),
    "skipDuplicateCheck" => optional(skip_duplicate_check) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddRelationDatasRequest { "operatorUserId" => read_field(operator_user_id),
    "relationList" => read_field(relation_list), "relationType" =>
    read_field(relation_type), "skipDuplicateCheck" => read_field(skip_duplicate_check) }
}
impl rt::WriteRequest for BatchAddRelationDatasRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_create_clue_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateClueDataRequest {
    /// `dataList`.
    pub data_list: Option<Vec<BatchCreateClueDataRequestDataList>>,
    /// `privateSeas`.
    pub private_seas: Option<bool>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BatchCreateClueDataRequest`], each named where it is set: `BatchCreateClueDataRequest::new(BatchCreateClueDataRequired { .. })`.
pub struct BatchCreateClueDataRequired {
    /// `userId`: see [`BatchCreateClueDataRequest::user_id`].
    pub user_id: String,
}
impl BatchCreateClueDataRequest {
    /// A `BatchCreateClueDataRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: BatchCreateClueDataRequired) -> Self {
        let BatchCreateClueDataRequired { user_id } = required;
        Self {
            data_list: None,
            private_seas: None,
            user_id,
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
rt::impl_serialize! {
    BatchCreateClueDataRequest { "dataList" => optional(data_list), "privateSeas" =>
    optional(private_seas), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateClueDataRequest { "dataList" => read_field(data_list), "privateSeas" =>
    read_field(private_seas), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for BatchCreateClueDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_remove_follow_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRemoveFollowRecordsRequest {
    /// `instanceIds`.
    pub instance_ids: Vec<String>,
    /// `operatorUserId`.
    pub operator_user_id: String,
}
/// The required fields of [`BatchRemoveFollowRecordsRequest`], each named where it is set: `BatchRemoveFollowRecordsRequest::new(BatchRemoveFollowRecordsRequired { .. })`.
pub struct BatchRemoveFollowRecordsRequired {
    /// `instanceIds`: see [`BatchRemoveFollowRecordsRequest::instance_ids`].
    pub instance_ids: Vec<String>,
    /// `operatorUserId`: see [`BatchRemoveFollowRecordsRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl BatchRemoveFollowRecordsRequest {
    /// A `BatchRemoveFollowRecordsRequest` with its required fields (`instanceIds`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(required: BatchRemoveFollowRecordsRequired) -> Self {
        let BatchRemoveFollowRecordsRequired { instance_ids, operator_user_id } = required;
        Self {
            instance_ids,
            operator_user_id,
        }
    }
}
rt::impl_serialize! {
    BatchRemoveFollowRecordsRequest { "instanceIds" => field(instance_ids),
    "operatorUserId" => field(operator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRemoveFollowRecordsRequest { "instanceIds" => read_field(instance_ids),
    "operatorUserId" => read_field(operator_user_id) }
}
impl rt::WriteRequest for BatchRemoveFollowRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_send_official_account_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOfficialAccountOTOMessageRequest {
    /// `accountId`.
    pub account_id: Option<String>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `detail`.
    pub detail: BatchSendOfficialAccountOTOMessageRequestDetail,
}
/// The required fields of [`BatchSendOfficialAccountOTOMessageRequest`], each named where it is set: `BatchSendOfficialAccountOTOMessageRequest::new(BatchSendOfficialAccountOTOMessageRequired { .. })`.
pub struct BatchSendOfficialAccountOTOMessageRequired {
    /// `detail`: see [`BatchSendOfficialAccountOTOMessageRequest::detail`].
    pub detail: BatchSendOfficialAccountOTOMessageRequestDetail,
}
impl BatchSendOfficialAccountOTOMessageRequest {
    /// A `BatchSendOfficialAccountOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(required: BatchSendOfficialAccountOTOMessageRequired) -> Self {
        let BatchSendOfficialAccountOTOMessageRequired { detail } = required;
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
rt::impl_serialize! {
    BatchSendOfficialAccountOTOMessageRequest { "accountId" => optional(account_id),
    "bizId" => optional(biz_id), "detail" => field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendOfficialAccountOTOMessageRequest { "accountId" => read_field(account_id),
    "bizId" => read_field(biz_id), "detail" => read_field(detail) }
}
impl rt::WriteRequest for BatchSendOfficialAccountOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_contacts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateContactsRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationList`.
    pub relation_list: Vec<BatchUpdateContactsRequestRelationList>,
}
/// The required fields of [`BatchUpdateContactsRequest`], each named where it is set: `BatchUpdateContactsRequest::new(BatchUpdateContactsRequired { .. })`.
pub struct BatchUpdateContactsRequired {
    /// `operatorUserId`: see [`BatchUpdateContactsRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationList`: see [`BatchUpdateContactsRequest::relation_list`].
    pub relation_list: Vec<BatchUpdateContactsRequestRelationList>,
}
impl BatchUpdateContactsRequest {
    /// A `BatchUpdateContactsRequest` with its required fields (`operatorUserId`, `relationList`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateContactsRequired) -> Self {
        let BatchUpdateContactsRequired { operator_user_id, relation_list } = required;
        Self {
            operator_user_id,
            relation_list,
        }
    }
}
rt::impl_serialize! {
    BatchUpdateContactsRequest { "operatorUserId" => field(operator_user_id),
    "relationList" => field(relation_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateContactsRequest { "operatorUserId" => read_field(operator_user_id),
    "relationList" => read_field(relation_list) }
}
impl rt::WriteRequest for BatchUpdateContactsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_follow_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateFollowRecordsRequest {
    /// `instanceList`.
    pub instance_list: Vec<BatchUpdateFollowRecordsRequestInstanceList>,
    /// `operatorUserId`.
    pub operator_user_id: String,
}
/// The required fields of [`BatchUpdateFollowRecordsRequest`], each named where it is set: `BatchUpdateFollowRecordsRequest::new(BatchUpdateFollowRecordsRequired { .. })`.
pub struct BatchUpdateFollowRecordsRequired {
    /// `instanceList`: see [`BatchUpdateFollowRecordsRequest::instance_list`].
    pub instance_list: Vec<BatchUpdateFollowRecordsRequestInstanceList>,
    /// `operatorUserId`: see [`BatchUpdateFollowRecordsRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl BatchUpdateFollowRecordsRequest {
    /// A `BatchUpdateFollowRecordsRequest` with its required fields (`instanceList`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateFollowRecordsRequired) -> Self {
        let BatchUpdateFollowRecordsRequired { instance_list, operator_user_id } = required;
        Self {
            instance_list,
            operator_user_id,
        }
    }
}
rt::impl_serialize! {
    BatchUpdateFollowRecordsRequest { "instanceList" => field(instance_list),
    "operatorUserId" => field(operator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateFollowRecordsRequest { "instanceList" => read_field(instance_list),
    "operatorUserId" => read_field(operator_user_id) }
}
impl rt::WriteRequest for BatchUpdateFollowRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_relation_datas`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchUpdateRelationDatasRequest`], each named where it is set: `BatchUpdateRelationDatasRequest::new(BatchUpdateRelationDatasRequired { .. })`.
pub struct BatchUpdateRelationDatasRequired {
    /// `operatorUserId`: see [`BatchUpdateRelationDatasRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationList`: see [`BatchUpdateRelationDatasRequest::relation_list`].
    pub relation_list: Vec<BatchUpdateRelationDatasRequestRelationList>,
    /// `relationType`: see [`BatchUpdateRelationDatasRequest::relation_type`].
    pub relation_type: String,
}
impl BatchUpdateRelationDatasRequest {
    /// A `BatchUpdateRelationDatasRequest` with its required fields (`operatorUserId`, `relationList`, `relationType`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateRelationDatasRequired) -> Self {
        let BatchUpdateRelationDatasRequired {
            operator_user_id,
            relation_list,
            relation_type,
        } = required;
        Self {
            operator_user_id,
            relation_list,
            relation_type,
            skip_duplicate_check: None,
        }
    }
    /// Sets `skipDuplicateCheck`.
    pub fn skip_duplicate_check(mut self, value: bool) -> Self {
        self.skip_duplicate_check = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchUpdateRelationDatasRequest { "operatorUserId" => field(operator_user_id),
    "relationList" => field(relation_list), "relationType" => field(relation_type),
    "skipDuplicateCheck" => optional(skip_duplicate_check) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateRelationDatasRequest { "operatorUserId" => read_field(operator_user_id),
    "relationList" => read_field(relation_list), "relationType" =>
    read_field(relation_type), "skipDuplicateCheck" => read_field(skip_duplicate_check) }
}
impl rt::WriteRequest for BatchUpdateRelationDatasRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::consume_benefit_inventory`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ConsumeBenefitInventoryRequest`], each named where it is set: `ConsumeBenefitInventoryRequest::new(ConsumeBenefitInventoryRequired { .. })`.
pub struct ConsumeBenefitInventoryRequired {
    /// `benefitCode`: see [`ConsumeBenefitInventoryRequest::benefit_code`].
    pub benefit_code: String,
    /// `bizRequestId`: see [`ConsumeBenefitInventoryRequest::biz_request_id`].
    pub biz_request_id: String,
    /// `consumeQuota`: see [`ConsumeBenefitInventoryRequest::consume_quota`].
    pub consume_quota: i64,
    /// `optUserId`: see [`ConsumeBenefitInventoryRequest::opt_user_id`].
    pub opt_user_id: String,
}
impl ConsumeBenefitInventoryRequest {
    /// A `ConsumeBenefitInventoryRequest` with its required fields (`benefitCode`, `bizRequestId`, `consumeQuota`, `optUserId`); set the others with the methods named after them.
    pub fn new(required: ConsumeBenefitInventoryRequired) -> Self {
        let ConsumeBenefitInventoryRequired {
            benefit_code,
            biz_request_id,
            consume_quota,
            opt_user_id,
        } = required;
        Self {
            benefit_code,
            biz_request_id,
            consume_quota,
            opt_user_id,
        }
    }
}
rt::impl_serialize! {
    ConsumeBenefitInventoryRequest { "benefitCode" => field(benefit_code), "bizRequestId"
    => field(biz_request_id), "consumeQuota" => field(consume_quota), "optUserId" =>
    field(opt_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsumeBenefitInventoryRequest { "benefitCode" => read_field(benefit_code),
    "bizRequestId" => read_field(biz_request_id), "consumeQuota" =>
    read_field(consume_quota), "optUserId" => read_field(opt_user_id) }
}
impl rt::WriteRequest for ConsumeBenefitInventoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateCustomerRequest`], each named where it is set: `CreateCustomerRequest::new(CreateCustomerRequired { .. })`.
pub struct CreateCustomerRequired {
    /// `creatorUserId`: see [`CreateCustomerRequest::creator_user_id`].
    pub creator_user_id: String,
    /// `data`: see [`CreateCustomerRequest::data`].
    pub data: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `saveOption`: see [`CreateCustomerRequest::save_option`].
    pub save_option: CreateCustomerRequestSaveOption,
}
impl CreateCustomerRequest {
    /// A `CreateCustomerRequest` with its required fields (`creatorUserId`, `data`, `saveOption`); set the others with the methods named after them.
    pub fn new(required: CreateCustomerRequired) -> Self {
        let CreateCustomerRequired { creator_user_id, data, save_option } = required;
        Self {
            contacts: None,
            creator_user_id,
            data,
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
rt::impl_serialize! {
    CreateCustomerRequest { "contacts" => optional(contacts), "creatorUserId" =>
    field(creator_user_id), "data" => field(data), "extendData" => optional(extend_data),
    "instanceId" => optional(instance_id), "objectType" => optional(object_type),
    "permission" => optional(permission), "saveOption" => field(save_option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCustomerRequest { "contacts" => read_field(contacts), "creatorUserId" =>
    read_field(creator_user_id), "data" => read_field(data), "extendData" =>
    read_field(extend_data), "instanceId" => read_field(instance_id), "objectType" =>
    read_field(object_type), "permission" => read_field(permission), "saveOption" =>
    read_field(save_option) }
}
impl rt::WriteRequest for CreateCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateGroupRequest`], each named where it is set: `CreateGroupRequest::new(CreateGroupRequired { .. })`.
pub struct CreateGroupRequired {
    /// `groupName`: see [`CreateGroupRequest::group_name`].
    pub group_name: String,
    /// `ownerUserId`: see [`CreateGroupRequest::owner_user_id`].
    pub owner_user_id: String,
    /// `relationType`: see [`CreateGroupRequest::relation_type`].
    pub relation_type: String,
}
impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields (`groupName`, `ownerUserId`, `relationType`); set the others with the methods named after them.
    pub fn new(required: CreateGroupRequired) -> Self {
        let CreateGroupRequired { group_name, owner_user_id, relation_type } = required;
        Self {
            group_name,
            member_user_ids: None,
            owner_user_id,
            relation_type,
        }
    }
    /// Sets `memberUserIds`.
    pub fn member_user_ids(mut self, value: impl Into<String>) -> Self {
        self.member_user_ids = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateGroupRequest { "groupName" => field(group_name), "memberUserIds" =>
    optional(member_user_ids), "ownerUserId" => field(owner_user_id), "relationType" =>
    field(relation_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupRequest { "groupName" => read_field(group_name), "memberUserIds" =>
    read_field(member_user_ids), "ownerUserId" => read_field(owner_user_id),
    "relationType" => read_field(relation_type) }
}
impl rt::WriteRequest for CreateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateGroupSetRequest`], each named where it is set: `CreateGroupSetRequest::new(CreateGroupSetRequired { .. })`.
pub struct CreateGroupSetRequired {
    /// `creatorUserId`: see [`CreateGroupSetRequest::creator_user_id`].
    pub creator_user_id: String,
    /// `name`: see [`CreateGroupSetRequest::name`].
    pub name: String,
    /// `ownerUserId`: see [`CreateGroupSetRequest::owner_user_id`].
    pub owner_user_id: String,
    /// `relationType`: see [`CreateGroupSetRequest::relation_type`].
    pub relation_type: String,
}
impl CreateGroupSetRequest {
    /// A `CreateGroupSetRequest` with its required fields (`creatorUserId`, `name`, `ownerUserId`, `relationType`); set the others with the methods named after them.
    pub fn new(required: CreateGroupSetRequired) -> Self {
        let CreateGroupSetRequired {
            creator_user_id,
            name,
            owner_user_id,
            relation_type,
        } = required;
        Self {
            creator_user_id,
            manager_user_ids: None,
            member_quota: None,
            name,
            notice: None,
            notice_toped: None,
            owner_user_id,
            relation_type,
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
rt::impl_serialize! {
    CreateGroupSetRequest { "creatorUserId" => field(creator_user_id), "managerUserIds"
    => optional(manager_user_ids), "memberQuota" => optional(member_quota), "name" =>
    field(name), "notice" => optional(notice), "noticeToped" => optional(notice_toped),
    "ownerUserId" => field(owner_user_id), "relationType" => field(relation_type),
    "templateId" => optional(template_id), "welcome" => optional(welcome) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupSetRequest { "creatorUserId" => read_field(creator_user_id),
    "managerUserIds" => read_field(manager_user_ids), "memberQuota" =>
    read_field(member_quota), "name" => read_field(name), "notice" => read_field(notice),
    "noticeToped" => read_field(notice_toped), "ownerUserId" =>
    read_field(owner_user_id), "relationType" => read_field(relation_type), "templateId"
    => read_field(template_id), "welcome" => read_field(welcome) }
}
impl rt::WriteRequest for CreateGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_relation_meta`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateRelationMetaRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationMetaDTO`.
    pub relation_meta_dto: CreateRelationMetaRequestRelationMetaDTO,
    /// `tenant`.
    pub tenant: String,
}
/// The required fields of [`CreateRelationMetaRequest`], each named where it is set: `CreateRelationMetaRequest::new(CreateRelationMetaRequired { .. })`.
pub struct CreateRelationMetaRequired {
    /// `operatorUserId`: see [`CreateRelationMetaRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationMetaDTO`: see [`CreateRelationMetaRequest::relation_meta_dto`].
    pub relation_meta_dto: CreateRelationMetaRequestRelationMetaDTO,
    /// `tenant`: see [`CreateRelationMetaRequest::tenant`].
    pub tenant: String,
}
impl CreateRelationMetaRequest {
    /// A `CreateRelationMetaRequest` with its required fields (`operatorUserId`, `relationMetaDTO`, `tenant`); set the others with the methods named after them.
    pub fn new(required: CreateRelationMetaRequired) -> Self {
        let CreateRelationMetaRequired { operator_user_id, relation_meta_dto, tenant } = required;
        Self {
            operator_user_id,
            relation_meta_dto,
            tenant,
        }
    }
}
rt::impl_serialize! {
    CreateRelationMetaRequest { "operatorUserId" => field(operator_user_id),
    "relationMetaDTO" => field(relation_meta_dto), "tenant" => field(tenant) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRelationMetaRequest { "operatorUserId" => read_field(operator_user_id),
    "relationMetaDTO" => read_field(relation_meta_dto), "tenant" => read_field(tenant) }
}
impl rt::WriteRequest for CreateRelationMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_crm_custom_object_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteCrmCustomObjectDataRequest {
    /// `formCode`: a query parameter.
    pub form_code: String,
}
/// The required fields of [`DeleteCrmCustomObjectDataRequest`], each named where it is set: `DeleteCrmCustomObjectDataRequest::new(DeleteCrmCustomObjectDataRequired { .. })`.
pub struct DeleteCrmCustomObjectDataRequired {
    /// `formCode`: see [`DeleteCrmCustomObjectDataRequest::form_code`].
    pub form_code: String,
}
impl DeleteCrmCustomObjectDataRequest {
    /// A `DeleteCrmCustomObjectDataRequest` with its required fields (`formCode`); set the others with the methods named after them.
    pub fn new(required: DeleteCrmCustomObjectDataRequired) -> Self {
        let DeleteCrmCustomObjectDataRequired { form_code } = required;
        Self { form_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteCrmCustomObjectDataRequest { "formCode" => read_field(form_code) }
}
impl rt::WriteRequest for DeleteCrmCustomObjectDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("formCode", &self.form_code);
    }
}
/// The request of [`Api::delete_crm_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteCrmFormInstanceRequest {
    /// `currentOperatorUserId`: a query parameter.
    pub current_operator_user_id: String,
    /// `name`: a query parameter.
    pub name: String,
}
/// The required fields of [`DeleteCrmFormInstanceRequest`], each named where it is set: `DeleteCrmFormInstanceRequest::new(DeleteCrmFormInstanceRequired { .. })`.
pub struct DeleteCrmFormInstanceRequired {
    /// `currentOperatorUserId`: see [`DeleteCrmFormInstanceRequest::current_operator_user_id`].
    pub current_operator_user_id: String,
    /// `name`: see [`DeleteCrmFormInstanceRequest::name`].
    pub name: String,
}
impl DeleteCrmFormInstanceRequest {
    /// A `DeleteCrmFormInstanceRequest` with its required fields (`currentOperatorUserId`, `name`); set the others with the methods named after them.
    pub fn new(required: DeleteCrmFormInstanceRequired) -> Self {
        let DeleteCrmFormInstanceRequired { current_operator_user_id, name } = required;
        Self {
            current_operator_user_id,
            name,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteCrmFormInstanceRequest { "currentOperatorUserId" =>
    read_field(current_operator_user_id), "name" => read_field(name) }
}
impl rt::WriteRequest for DeleteCrmFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("currentOperatorUserId", &self.current_operator_user_id);
        writer.query("name", &self.name);
    }
}
/// The request of [`Api::delete_crm_personal_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteCrmPersonalCustomerRequest {
    /// `currentOperatorUserId`: a query parameter.
    pub current_operator_user_id: String,
    /// `relationType`: a query parameter.
    pub relation_type: Option<String>,
}
/// The required fields of [`DeleteCrmPersonalCustomerRequest`], each named where it is set: `DeleteCrmPersonalCustomerRequest::new(DeleteCrmPersonalCustomerRequired { .. })`.
pub struct DeleteCrmPersonalCustomerRequired {
    /// `currentOperatorUserId`: see [`DeleteCrmPersonalCustomerRequest::current_operator_user_id`].
    pub current_operator_user_id: String,
}
impl DeleteCrmPersonalCustomerRequest {
    /// A `DeleteCrmPersonalCustomerRequest` with its required fields (`currentOperatorUserId`); set the others with the methods named after them.
    pub fn new(required: DeleteCrmPersonalCustomerRequired) -> Self {
        let DeleteCrmPersonalCustomerRequired { current_operator_user_id } = required;
        Self {
            current_operator_user_id,
            relation_type: None,
        }
    }
    /// Sets `relationType`.
    pub fn relation_type(mut self, value: impl Into<String>) -> Self {
        self.relation_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteCrmPersonalCustomerRequest { "currentOperatorUserId" =>
    read_field(current_operator_user_id), "relationType" => read_field(relation_type) }
}
impl rt::WriteRequest for DeleteCrmPersonalCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("currentOperatorUserId", &self.current_operator_user_id);
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::delete_leads`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteLeadsRequest {
    /// `outLeadsIds`.
    pub out_leads_ids: Vec<String>,
}
/// The required fields of [`DeleteLeadsRequest`], each named where it is set: `DeleteLeadsRequest::new(DeleteLeadsRequired { .. })`.
pub struct DeleteLeadsRequired {
    /// `outLeadsIds`: see [`DeleteLeadsRequest::out_leads_ids`].
    pub out_leads_ids: Vec<String>,
}
impl DeleteLeadsRequest {
    /// A `DeleteLeadsRequest` with its required fields (`outLeadsIds`); set the others with the methods named after them.
    pub fn new(required: DeleteLeadsRequired) -> Self {
        let DeleteLeadsRequired { out_leads_ids } = required;
        Self { out_leads_ids }
    }
}
rt::impl_serialize! {
    DeleteLeadsRequest { "outLeadsIds" => field(out_leads_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteLeadsRequest { "outLeadsIds" => read_field(out_leads_ids) }
}
impl rt::WriteRequest for DeleteLeadsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_relation_meta_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`DeleteRelationMetaFieldRequest`], each named where it is set: `DeleteRelationMetaFieldRequest::new(DeleteRelationMetaFieldRequired { .. })`.
pub struct DeleteRelationMetaFieldRequired {
    /// `fieldIdList`: see [`DeleteRelationMetaFieldRequest::field_id_list`].
    pub field_id_list: Vec<String>,
    /// `operatorUserId`: see [`DeleteRelationMetaFieldRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationType`: see [`DeleteRelationMetaFieldRequest::relation_type`].
    pub relation_type: String,
    /// `tenant`: see [`DeleteRelationMetaFieldRequest::tenant`].
    pub tenant: String,
}
impl DeleteRelationMetaFieldRequest {
    /// A `DeleteRelationMetaFieldRequest` with its required fields (`fieldIdList`, `operatorUserId`, `relationType`, `tenant`); set the others with the methods named after them.
    pub fn new(required: DeleteRelationMetaFieldRequired) -> Self {
        let DeleteRelationMetaFieldRequired {
            field_id_list,
            operator_user_id,
            relation_type,
            tenant,
        } = required;
        Self {
            field_id_list,
            operator_user_id,
            relation_type,
            tenant,
        }
    }
}
rt::impl_serialize! {
    DeleteRelationMetaFieldRequest { "fieldIdList" => field(field_id_list),
    "operatorUserId" => field(operator_user_id), "relationType" => field(relation_type),
    "tenant" => field(tenant) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteRelationMetaFieldRequest { "fieldIdList" => read_field(field_id_list),
    "operatorUserId" => read_field(operator_user_id), "relationType" =>
    read_field(relation_type), "tenant" => read_field(tenant) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DescribeCrmPersonalCustomerObjectMetaRequest { "relationType" =>
    read_field(relation_type) }
}
impl rt::WriteRequest for DescribeCrmPersonalCustomerObjectMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::describe_meta_model`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DescribeMetaModelRequest {
    /// `bizTypes`.
    pub biz_types: Vec<String>,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `tenant`.
    pub tenant: String,
}
/// The required fields of [`DescribeMetaModelRequest`], each named where it is set: `DescribeMetaModelRequest::new(DescribeMetaModelRequired { .. })`.
pub struct DescribeMetaModelRequired {
    /// `bizTypes`: see [`DescribeMetaModelRequest::biz_types`].
    pub biz_types: Vec<String>,
    /// `operatorUserId`: see [`DescribeMetaModelRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `tenant`: see [`DescribeMetaModelRequest::tenant`].
    pub tenant: String,
}
impl DescribeMetaModelRequest {
    /// A `DescribeMetaModelRequest` with its required fields (`bizTypes`, `operatorUserId`, `tenant`); set the others with the methods named after them.
    pub fn new(required: DescribeMetaModelRequired) -> Self {
        let DescribeMetaModelRequired { biz_types, operator_user_id, tenant } = required;
        Self {
            biz_types,
            operator_user_id,
            tenant,
        }
    }
}
rt::impl_serialize! {
    DescribeMetaModelRequest { "bizTypes" => field(biz_types), "operatorUserId" =>
    field(operator_user_id), "tenant" => field(tenant) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DescribeMetaModelRequest { "bizTypes" => read_field(biz_types), "operatorUserId" =>
    read_field(operator_user_id), "tenant" => read_field(tenant) }
}
impl rt::WriteRequest for DescribeMetaModelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::describe_relation_meta`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DescribeRelationMetaRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `relationTypes`.
    pub relation_types: Vec<String>,
    /// `tenant`.
    pub tenant: String,
}
/// The required fields of [`DescribeRelationMetaRequest`], each named where it is set: `DescribeRelationMetaRequest::new(DescribeRelationMetaRequired { .. })`.
pub struct DescribeRelationMetaRequired {
    /// `operatorUserId`: see [`DescribeRelationMetaRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationTypes`: see [`DescribeRelationMetaRequest::relation_types`].
    pub relation_types: Vec<String>,
    /// `tenant`: see [`DescribeRelationMetaRequest::tenant`].
    pub tenant: String,
}
impl DescribeRelationMetaRequest {
    /// A `DescribeRelationMetaRequest` with its required fields (`operatorUserId`, `relationTypes`, `tenant`); set the others with the methods named after them.
    pub fn new(required: DescribeRelationMetaRequired) -> Self {
        let DescribeRelationMetaRequired { operator_user_id, relation_types, tenant } = required;
        Self {
            operator_user_id,
            relation_types,
            tenant,
        }
    }
}
rt::impl_serialize! {
    DescribeRelationMetaRequest { "operatorUserId" => field(operator_user_id),
    "relationTypes" => field(relation_types), "tenant" => field(tenant) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DescribeRelationMetaRequest { "operatorUserId" => read_field(operator_user_id),
    "relationTypes" => read_field(relation_types), "tenant" => read_field(tenant) }
}
impl rt::WriteRequest for DescribeRelationMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::find_target_related_follow_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`FindTargetRelatedFollowRecordsRequest`], each named where it is set: `FindTargetRelatedFollowRecordsRequest::new(FindTargetRelatedFollowRecordsRequired { .. })`.
pub struct FindTargetRelatedFollowRecordsRequired {
    /// `followTargetDataId`: see [`FindTargetRelatedFollowRecordsRequest::follow_target_data_id`].
    pub follow_target_data_id: String,
    /// `followTargetType`: see [`FindTargetRelatedFollowRecordsRequest::follow_target_type`].
    pub follow_target_type: String,
    /// `maxResults`: see [`FindTargetRelatedFollowRecordsRequest::max_results`].
    pub max_results: i64,
}
impl FindTargetRelatedFollowRecordsRequest {
    /// A `FindTargetRelatedFollowRecordsRequest` with its required fields (`followTargetDataId`, `followTargetType`, `maxResults`); set the others with the methods named after them.
    pub fn new(required: FindTargetRelatedFollowRecordsRequired) -> Self {
        let FindTargetRelatedFollowRecordsRequired {
            follow_target_data_id,
            follow_target_type,
            max_results,
        } = required;
        Self {
            follow_target_data_id,
            follow_target_type,
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
rt::impl_serialize! {
    FindTargetRelatedFollowRecordsRequest { "followTargetDataId" =>
    field(follow_target_data_id), "followTargetType" => field(follow_target_type),
    "maxResults" => field(max_results), "nextToken" => optional(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FindTargetRelatedFollowRecordsRequest { "followTargetDataId" =>
    read_field(follow_target_data_id), "followTargetType" =>
    read_field(follow_target_type), "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAllCustomerRecyclesRequest { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token) }
}
impl rt::WriteRequest for GetAllCustomerRecyclesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_contacts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetContactsRequest`], each named where it is set: `GetContactsRequest::new(GetContactsRequired { .. })`.
pub struct GetContactsRequired {
    /// `maxResults`: see [`GetContactsRequest::max_results`].
    pub max_results: i64,
}
impl GetContactsRequest {
    /// A `GetContactsRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(required: GetContactsRequired) -> Self {
        let GetContactsRequired { max_results } = required;
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
rt::impl_serialize! {
    GetContactsRequest { "currentOperatorUserId" => optional(current_operator_user_id),
    "maxResults" => field(max_results), "nextToken" => optional(next_token), "objectType"
    => optional(object_type), "providerCorpId" => optional(provider_corp_id), "queryDsl"
    => optional(query_dsl) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetContactsRequest { "currentOperatorUserId" => read_field(current_operator_user_id),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "objectType" => read_field(object_type), "providerCorpId" =>
    read_field(provider_corp_id), "queryDsl" => read_field(query_dsl) }
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
rt::impl_serialize! {
    GetCrmGroupChatMultiRequest { "openConversationIds" =>
    optional(open_conversation_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCrmGroupChatMultiRequest { "openConversationIds" =>
    read_field(open_conversation_ids) }
}
impl rt::WriteRequest for GetCrmGroupChatMultiRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_crm_group_chat_single`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCrmGroupChatSingleRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
}
/// The required fields of [`GetCrmGroupChatSingleRequest`], each named where it is set: `GetCrmGroupChatSingleRequest::new(GetCrmGroupChatSingleRequired { .. })`.
pub struct GetCrmGroupChatSingleRequired {
    /// `openConversationId`: see [`GetCrmGroupChatSingleRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetCrmGroupChatSingleRequest {
    /// A `GetCrmGroupChatSingleRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetCrmGroupChatSingleRequired) -> Self {
        let GetCrmGroupChatSingleRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCrmGroupChatSingleRequest { "openConversationId" =>
    read_field(open_conversation_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCrmRolePermissionRequest { "bizType" => read_field(biz_type), "resourceId" =>
    read_field(resource_id) }
}
impl rt::WriteRequest for GetCrmRolePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("resourceId", &self.resource_id);
    }
}
/// The request of [`Api::get_customer_tracks_by_relation_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetCustomerTracksByRelationIdRequest`], each named where it is set: `GetCustomerTracksByRelationIdRequest::new(GetCustomerTracksByRelationIdRequired { .. })`.
pub struct GetCustomerTracksByRelationIdRequired {
    /// `relationId`: see [`GetCustomerTracksByRelationIdRequest::relation_id`].
    pub relation_id: String,
}
impl GetCustomerTracksByRelationIdRequest {
    /// A `GetCustomerTracksByRelationIdRequest` with its required fields (`relationId`); set the others with the methods named after them.
    pub fn new(required: GetCustomerTracksByRelationIdRequired) -> Self {
        let GetCustomerTracksByRelationIdRequired { relation_id } = required;
        Self {
            max_results: None,
            next_token: None,
            relation_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCustomerTracksByRelationIdRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "relationId" => read_field(relation_id),
    "typeGroup" => read_field(type_group) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetGroupSetRequest {
    /// `openGroupSetId`: a query parameter.
    pub open_group_set_id: String,
}
/// The required fields of [`GetGroupSetRequest`], each named where it is set: `GetGroupSetRequest::new(GetGroupSetRequired { .. })`.
pub struct GetGroupSetRequired {
    /// `openGroupSetId`: see [`GetGroupSetRequest::open_group_set_id`].
    pub open_group_set_id: String,
}
impl GetGroupSetRequest {
    /// A `GetGroupSetRequest` with its required fields (`openGroupSetId`); set the others with the methods named after them.
    pub fn new(required: GetGroupSetRequired) -> Self {
        let GetGroupSetRequired { open_group_set_id } = required;
        Self { open_group_set_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetGroupSetRequest { "openGroupSetId" => read_field(open_group_set_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInAppPurchaseGoodsRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetInAppPurchaseGoodsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_navigation_catalog`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetNavigationCatalogRequest {
    /// `bizTraceId`: a query parameter.
    pub biz_trace_id: String,
    /// `module`: a query parameter.
    pub module: String,
    /// `operatorUserId`: a query parameter.
    pub operator_user_id: String,
}
/// The required fields of [`GetNavigationCatalogRequest`], each named where it is set: `GetNavigationCatalogRequest::new(GetNavigationCatalogRequired { .. })`.
pub struct GetNavigationCatalogRequired {
    /// `bizTraceId`: see [`GetNavigationCatalogRequest::biz_trace_id`].
    pub biz_trace_id: String,
    /// `module`: see [`GetNavigationCatalogRequest::module`].
    pub module: String,
    /// `operatorUserId`: see [`GetNavigationCatalogRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl GetNavigationCatalogRequest {
    /// A `GetNavigationCatalogRequest` with its required fields (`bizTraceId`, `module`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(required: GetNavigationCatalogRequired) -> Self {
        let GetNavigationCatalogRequired { biz_trace_id, module, operator_user_id } = required;
        Self {
            biz_trace_id,
            module,
            operator_user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetNavigationCatalogRequest { "bizTraceId" => read_field(biz_trace_id), "module" =>
    read_field(module), "operatorUserId" => read_field(operator_user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetObjectDataRequest`], each named where it is set: `GetObjectDataRequest::new(GetObjectDataRequired { .. })`.
pub struct GetObjectDataRequired {
    /// `maxResults`: see [`GetObjectDataRequest::max_results`].
    pub max_results: i64,
    /// `name`: see [`GetObjectDataRequest::name`].
    pub name: String,
}
impl GetObjectDataRequest {
    /// A `GetObjectDataRequest` with its required fields (`maxResults`, `name`); set the others with the methods named after them.
    pub fn new(required: GetObjectDataRequired) -> Self {
        let GetObjectDataRequired { max_results, name } = required;
        Self {
            current_operator_user_id: None,
            max_results,
            name,
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
rt::impl_serialize! {
    GetObjectDataRequest { "currentOperatorUserId" => optional(current_operator_user_id),
    "maxResults" => field(max_results), "name" => field(name), "nextToken" =>
    optional(next_token), "queryDsl" => optional(query_dsl) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetObjectDataRequest { "currentOperatorUserId" =>
    read_field(current_operator_user_id), "maxResults" => read_field(max_results), "name"
    => read_field(name), "nextToken" => read_field(next_token), "queryDsl" =>
    read_field(query_dsl) }
}
impl rt::WriteRequest for GetObjectDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_official_account_contacts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOfficialAccountContactsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
/// The required fields of [`GetOfficialAccountContactsRequest`], each named where it is set: `GetOfficialAccountContactsRequest::new(GetOfficialAccountContactsRequired { .. })`.
pub struct GetOfficialAccountContactsRequired {
    /// `maxResults`: see [`GetOfficialAccountContactsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetOfficialAccountContactsRequest::next_token`].
    pub next_token: String,
}
impl GetOfficialAccountContactsRequest {
    /// A `GetOfficialAccountContactsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetOfficialAccountContactsRequired) -> Self {
        let GetOfficialAccountContactsRequired { max_results, next_token } = required;
        Self { max_results, next_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOfficialAccountContactsRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for GetOfficialAccountContactsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_official_account_oto_message_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOfficialAccountOTOMessageResultRequest {
    /// `accountId`: a query parameter.
    pub account_id: Option<String>,
    /// `openPushId`: a query parameter.
    pub open_push_id: String,
}
/// The required fields of [`GetOfficialAccountOTOMessageResultRequest`], each named where it is set: `GetOfficialAccountOTOMessageResultRequest::new(GetOfficialAccountOTOMessageResultRequired { .. })`.
pub struct GetOfficialAccountOTOMessageResultRequired {
    /// `openPushId`: see [`GetOfficialAccountOTOMessageResultRequest::open_push_id`].
    pub open_push_id: String,
}
impl GetOfficialAccountOTOMessageResultRequest {
    /// A `GetOfficialAccountOTOMessageResultRequest` with its required fields (`openPushId`); set the others with the methods named after them.
    pub fn new(required: GetOfficialAccountOTOMessageResultRequired) -> Self {
        let GetOfficialAccountOTOMessageResultRequired { open_push_id } = required;
        Self {
            account_id: None,
            open_push_id,
        }
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOfficialAccountOTOMessageResultRequest { "accountId" => read_field(account_id),
    "openPushId" => read_field(open_push_id) }
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
rt::impl_serialize! {
    GetRelatedViewTabDataRequest { "formCode" => optional(form_code), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "relatedField" =>
    optional(related_field), "relatedInstId" => optional(related_inst_id), "viewUserId"
    => optional(view_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRelatedViewTabDataRequest { "formCode" => read_field(form_code), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "relatedField" =>
    read_field(related_field), "relatedInstId" => read_field(related_inst_id),
    "viewUserId" => read_field(view_user_id) }
}
impl rt::WriteRequest for GetRelatedViewTabDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_related_view_tab_meta`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRelatedViewTabMetaRequest {
    /// `formCode`.
    pub form_code: String,
    /// `viewUserId`.
    pub view_user_id: String,
}
/// The required fields of [`GetRelatedViewTabMetaRequest`], each named where it is set: `GetRelatedViewTabMetaRequest::new(GetRelatedViewTabMetaRequired { .. })`.
pub struct GetRelatedViewTabMetaRequired {
    /// `formCode`: see [`GetRelatedViewTabMetaRequest::form_code`].
    pub form_code: String,
    /// `viewUserId`: see [`GetRelatedViewTabMetaRequest::view_user_id`].
    pub view_user_id: String,
}
impl GetRelatedViewTabMetaRequest {
    /// A `GetRelatedViewTabMetaRequest` with its required fields (`formCode`, `viewUserId`); set the others with the methods named after them.
    pub fn new(required: GetRelatedViewTabMetaRequired) -> Self {
        let GetRelatedViewTabMetaRequired { form_code, view_user_id } = required;
        Self { form_code, view_user_id }
    }
}
rt::impl_serialize! {
    GetRelatedViewTabMetaRequest { "formCode" => field(form_code), "viewUserId" =>
    field(view_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRelatedViewTabMetaRequest { "formCode" => read_field(form_code), "viewUserId" =>
    read_field(view_user_id) }
}
impl rt::WriteRequest for GetRelatedViewTabMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_relation_uk_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRelationUkSettingRequest {
    /// `relationType`: a query parameter.
    pub relation_type: String,
}
/// The required fields of [`GetRelationUkSettingRequest`], each named where it is set: `GetRelationUkSettingRequest::new(GetRelationUkSettingRequired { .. })`.
pub struct GetRelationUkSettingRequired {
    /// `relationType`: see [`GetRelationUkSettingRequest::relation_type`].
    pub relation_type: String,
}
impl GetRelationUkSettingRequest {
    /// A `GetRelationUkSettingRequest` with its required fields (`relationType`); set the others with the methods named after them.
    pub fn new(required: GetRelationUkSettingRequired) -> Self {
        let GetRelationUkSettingRequired { relation_type } = required;
        Self { relation_type }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRelationUkSettingRequest { "relationType" => read_field(relation_type) }
}
impl rt::WriteRequest for GetRelationUkSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::join_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`JoinGroupSetRequest`], each named where it is set: `JoinGroupSetRequest::new(JoinGroupSetRequired { .. })`.
pub struct JoinGroupSetRequired {
    /// `corpId`: see [`JoinGroupSetRequest::corp_id`].
    pub corp_id: String,
    /// `openGroupSetId`: see [`JoinGroupSetRequest::open_group_set_id`].
    pub open_group_set_id: String,
    /// `unionId`: see [`JoinGroupSetRequest::union_id`].
    pub union_id: String,
}
impl JoinGroupSetRequest {
    /// A `JoinGroupSetRequest` with its required fields (`corpId`, `openGroupSetId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: JoinGroupSetRequired) -> Self {
        let JoinGroupSetRequired { corp_id, open_group_set_id, union_id } = required;
        Self {
            biz_data_list: None,
            corp_id,
            open_group_set_id,
            union_id,
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
rt::impl_serialize! {
    JoinGroupSetRequest { "bizDataList" => optional(biz_data_list), "corpId" =>
    field(corp_id), "openGroupSetId" => field(open_group_set_id), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    JoinGroupSetRequest { "bizDataList" => read_field(biz_data_list), "corpId" =>
    read_field(corp_id), "openGroupSetId" => read_field(open_group_set_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for JoinGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_available_benefit`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListAvailableBenefitRequest {
    /// `benefitCodeList`.
    pub benefit_code_list: Vec<String>,
}
/// The required fields of [`ListAvailableBenefitRequest`], each named where it is set: `ListAvailableBenefitRequest::new(ListAvailableBenefitRequired { .. })`.
pub struct ListAvailableBenefitRequired {
    /// `benefitCodeList`: see [`ListAvailableBenefitRequest::benefit_code_list`].
    pub benefit_code_list: Vec<String>,
}
impl ListAvailableBenefitRequest {
    /// A `ListAvailableBenefitRequest` with its required fields (`benefitCodeList`); set the others with the methods named after them.
    pub fn new(required: ListAvailableBenefitRequired) -> Self {
        let ListAvailableBenefitRequired { benefit_code_list } = required;
        Self { benefit_code_list }
    }
}
rt::impl_serialize! {
    ListAvailableBenefitRequest { "benefitCodeList" => field(benefit_code_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAvailableBenefitRequest { "benefitCodeList" => read_field(benefit_code_list) }
}
impl rt::WriteRequest for ListAvailableBenefitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_benefit_license`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListBenefitLicenseRequest {
    /// `domains`.
    pub domains: Vec<String>,
}
/// The required fields of [`ListBenefitLicenseRequest`], each named where it is set: `ListBenefitLicenseRequest::new(ListBenefitLicenseRequired { .. })`.
pub struct ListBenefitLicenseRequired {
    /// `domains`: see [`ListBenefitLicenseRequest::domains`].
    pub domains: Vec<String>,
}
impl ListBenefitLicenseRequest {
    /// A `ListBenefitLicenseRequest` with its required fields (`domains`); set the others with the methods named after them.
    pub fn new(required: ListBenefitLicenseRequired) -> Self {
        let ListBenefitLicenseRequired { domains } = required;
        Self { domains }
    }
}
rt::impl_serialize! {
    ListBenefitLicenseRequest { "domains" => field(domains) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListBenefitLicenseRequest { "domains" => read_field(domains) }
}
impl rt::WriteRequest for ListBenefitLicenseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_crm_personal_customers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListCrmPersonalCustomersRequest {
    /// `currentOperatorUserId`: a query parameter.
    pub current_operator_user_id: Option<String>,
    /// `relationType`: a query parameter.
    pub relation_type: Option<String>,
    /// `body`.
    pub body: Vec<String>,
}
/// The required fields of [`ListCrmPersonalCustomersRequest`], each named where it is set: `ListCrmPersonalCustomersRequest::new(ListCrmPersonalCustomersRequired { .. })`.
pub struct ListCrmPersonalCustomersRequired {
    /// `body`: see [`ListCrmPersonalCustomersRequest::body`].
    pub body: Vec<String>,
}
impl ListCrmPersonalCustomersRequest {
    /// A `ListCrmPersonalCustomersRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: ListCrmPersonalCustomersRequired) -> Self {
        let ListCrmPersonalCustomersRequired { body } = required;
        Self {
            current_operator_user_id: None,
            relation_type: None,
            body,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListCrmPersonalCustomersRequest { "currentOperatorUserId" =>
    read_field(current_operator_user_id), "relationType" => read_field(relation_type),
    "body" => read_field(body) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ListGroupSetRequest`], each named where it is set: `ListGroupSetRequest::new(ListGroupSetRequired { .. })`.
pub struct ListGroupSetRequired {
    /// `relationType`: see [`ListGroupSetRequest::relation_type`].
    pub relation_type: String,
}
impl ListGroupSetRequest {
    /// A `ListGroupSetRequest` with its required fields (`relationType`); set the others with the methods named after them.
    pub fn new(required: ListGroupSetRequired) -> Self {
        let ListGroupSetRequired { relation_type } = required;
        Self {
            max_results: None,
            next_token: None,
            query_dsl: None,
            relation_type,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListGroupSetRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "queryDsl" => read_field(query_dsl), "relationType" =>
    read_field(relation_type) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`OverrideUpdateCustomerDataAuthRequest`], each named where it is set: `OverrideUpdateCustomerDataAuthRequest::new(OverrideUpdateCustomerDataAuthRequired { .. })`.
pub struct OverrideUpdateCustomerDataAuthRequired {
    /// `customerIds`: see [`OverrideUpdateCustomerDataAuthRequest::customer_ids`].
    pub customer_ids: Vec<String>,
    /// `dataAuthUserIds`: see [`OverrideUpdateCustomerDataAuthRequest::data_auth_user_ids`].
    pub data_auth_user_ids: Vec<String>,
    /// `operateUserId`: see [`OverrideUpdateCustomerDataAuthRequest::operate_user_id`].
    pub operate_user_id: String,
    /// `roleType`: see [`OverrideUpdateCustomerDataAuthRequest::role_type`].
    pub role_type: String,
}
impl OverrideUpdateCustomerDataAuthRequest {
    /// A `OverrideUpdateCustomerDataAuthRequest` with its required fields (`customerIds`, `dataAuthUserIds`, `operateUserId`, `roleType`); set the others with the methods named after them.
    pub fn new(required: OverrideUpdateCustomerDataAuthRequired) -> Self {
        let OverrideUpdateCustomerDataAuthRequired {
            customer_ids,
            data_auth_user_ids,
            operate_user_id,
            role_type,
        } = required;
        Self {
            customer_ids,
            data_auth_user_ids,
            form_code: None,
            operate_user_id,
            relation_type: None,
            role_type,
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
rt::impl_serialize! {
    OverrideUpdateCustomerDataAuthRequest { "customerIds" => field(customer_ids),
    "dataAuthUserIds" => field(data_auth_user_ids), "formCode" => optional(form_code),
    "operateUserId" => field(operate_user_id), "relationType" => optional(relation_type),
    "roleType" => field(role_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OverrideUpdateCustomerDataAuthRequest { "customerIds" => read_field(customer_ids),
    "dataAuthUserIds" => read_field(data_auth_user_ids), "formCode" =>
    read_field(form_code), "operateUserId" => read_field(operate_user_id), "relationType"
    => read_field(relation_type), "roleType" => read_field(role_type) }
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
rt::impl_serialize! {
    QueryAllCustomerRequest { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "objectType" => optional(object_type), "operatorUserId" =>
    optional(operator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAllCustomerRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "objectType" => read_field(object_type), "operatorUserId" =>
    read_field(operator_user_id) }
}
impl rt::WriteRequest for QueryAllCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_all_tracks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAllTracksRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `order`: a query parameter.
    pub order: Option<String>,
}
/// The required fields of [`QueryAllTracksRequest`], each named where it is set: `QueryAllTracksRequest::new(QueryAllTracksRequired { .. })`.
pub struct QueryAllTracksRequired {
    /// `maxResults`: see [`QueryAllTracksRequest::max_results`].
    pub max_results: i64,
}
impl QueryAllTracksRequest {
    /// A `QueryAllTracksRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(required: QueryAllTracksRequired) -> Self {
        let QueryAllTracksRequired { max_results } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAllTracksRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "order" => read_field(order) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAppManagerRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
}
/// The required fields of [`QueryAppManagerRequest`], each named where it is set: `QueryAppManagerRequest::new(QueryAppManagerRequired { .. })`.
pub struct QueryAppManagerRequired {
    /// `operatorUserId`: see [`QueryAppManagerRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl QueryAppManagerRequest {
    /// A `QueryAppManagerRequest` with its required fields (`operatorUserId`); set the others with the methods named after them.
    pub fn new(required: QueryAppManagerRequired) -> Self {
        let QueryAppManagerRequired { operator_user_id } = required;
        Self { operator_user_id }
    }
}
rt::impl_serialize! {
    QueryAppManagerRequest { "operatorUserId" => field(operator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAppManagerRequest { "operatorUserId" => read_field(operator_user_id) }
}
impl rt::WriteRequest for QueryAppManagerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_benefit_inventory`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBenefitInventoryRequest {
    /// `benefitCode`.
    pub benefit_code: String,
}
/// The required fields of [`QueryBenefitInventoryRequest`], each named where it is set: `QueryBenefitInventoryRequest::new(QueryBenefitInventoryRequired { .. })`.
pub struct QueryBenefitInventoryRequired {
    /// `benefitCode`: see [`QueryBenefitInventoryRequest::benefit_code`].
    pub benefit_code: String,
}
impl QueryBenefitInventoryRequest {
    /// A `QueryBenefitInventoryRequest` with its required fields (`benefitCode`); set the others with the methods named after them.
    pub fn new(required: QueryBenefitInventoryRequired) -> Self {
        let QueryBenefitInventoryRequired { benefit_code } = required;
        Self { benefit_code }
    }
}
rt::impl_serialize! {
    QueryBenefitInventoryRequest { "benefitCode" => field(benefit_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBenefitInventoryRequest { "benefitCode" => read_field(benefit_code) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryClueFollowStatusRequest { "clueId" => read_field(clue_id) }
}
impl rt::WriteRequest for QueryClueFollowStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("clueId", &self.clue_id);
    }
}
/// The request of [`Api::query_crm_group_chats`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryCrmGroupChatsRequest`], each named where it is set: `QueryCrmGroupChatsRequest::new(QueryCrmGroupChatsRequired { .. })`.
pub struct QueryCrmGroupChatsRequired {
    /// `maxResults`: see [`QueryCrmGroupChatsRequest::max_results`].
    pub max_results: i64,
    /// `relationType`: see [`QueryCrmGroupChatsRequest::relation_type`].
    pub relation_type: String,
}
impl QueryCrmGroupChatsRequest {
    /// A `QueryCrmGroupChatsRequest` with its required fields (`maxResults`, `relationType`); set the others with the methods named after them.
    pub fn new(required: QueryCrmGroupChatsRequired) -> Self {
        let QueryCrmGroupChatsRequired { max_results, relation_type } = required;
        Self {
            max_results,
            next_token: None,
            query_dsl: None,
            relation_type,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCrmGroupChatsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "queryDsl" => read_field(query_dsl), "relationType" =>
    read_field(relation_type) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryCrmPersonalCustomerRequest`], each named where it is set: `QueryCrmPersonalCustomerRequest::new(QueryCrmPersonalCustomerRequired { .. })`.
pub struct QueryCrmPersonalCustomerRequired {
    /// `maxResults`: see [`QueryCrmPersonalCustomerRequest::max_results`].
    pub max_results: i64,
}
impl QueryCrmPersonalCustomerRequest {
    /// A `QueryCrmPersonalCustomerRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(required: QueryCrmPersonalCustomerRequired) -> Self {
        let QueryCrmPersonalCustomerRequired { max_results } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCrmPersonalCustomerRequest { "currentOperatorUserId" =>
    read_field(current_operator_user_id), "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "queryDsl" => read_field(query_dsl),
    "relationType" => read_field(relation_type) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCustomerBizTypeRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
}
/// The required fields of [`QueryCustomerBizTypeRequest`], each named where it is set: `QueryCustomerBizTypeRequest::new(QueryCustomerBizTypeRequired { .. })`.
pub struct QueryCustomerBizTypeRequired {
    /// `operatorUserId`: see [`QueryCustomerBizTypeRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl QueryCustomerBizTypeRequest {
    /// A `QueryCustomerBizTypeRequest` with its required fields (`operatorUserId`); set the others with the methods named after them.
    pub fn new(required: QueryCustomerBizTypeRequired) -> Self {
        let QueryCustomerBizTypeRequired { operator_user_id } = required;
        Self { operator_user_id }
    }
}
rt::impl_serialize! {
    QueryCustomerBizTypeRequest { "operatorUserId" => field(operator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCustomerBizTypeRequest { "operatorUserId" => read_field(operator_user_id) }
}
impl rt::WriteRequest for QueryCustomerBizTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_global_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGlobalInfoRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryGlobalInfoRequest`], each named where it is set: `QueryGlobalInfoRequest::new(QueryGlobalInfoRequired { .. })`.
pub struct QueryGlobalInfoRequired {
    /// `userId`: see [`QueryGlobalInfoRequest::user_id`].
    pub user_id: String,
}
impl QueryGlobalInfoRequest {
    /// A `QueryGlobalInfoRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: QueryGlobalInfoRequired) -> Self {
        let QueryGlobalInfoRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGlobalInfoRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryGlobalInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_has_app_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryHasAppPermissionRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
}
/// The required fields of [`QueryHasAppPermissionRequest`], each named where it is set: `QueryHasAppPermissionRequest::new(QueryHasAppPermissionRequired { .. })`.
pub struct QueryHasAppPermissionRequired {
    /// `operatorUserId`: see [`QueryHasAppPermissionRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl QueryHasAppPermissionRequest {
    /// A `QueryHasAppPermissionRequest` with its required fields (`operatorUserId`); set the others with the methods named after them.
    pub fn new(required: QueryHasAppPermissionRequired) -> Self {
        let QueryHasAppPermissionRequired { operator_user_id } = required;
        Self { operator_user_id }
    }
}
rt::impl_serialize! {
    QueryHasAppPermissionRequest { "operatorUserId" => field(operator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryHasAppPermissionRequest { "operatorUserId" => read_field(operator_user_id) }
}
impl rt::WriteRequest for QueryHasAppPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_official_account_user_basic_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryOfficialAccountUserBasicInfoRequest {
    /// `bindingToken`: a query parameter.
    pub binding_token: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryOfficialAccountUserBasicInfoRequest`], each named where it is set: `QueryOfficialAccountUserBasicInfoRequest::new(QueryOfficialAccountUserBasicInfoRequired { .. })`.
pub struct QueryOfficialAccountUserBasicInfoRequired {
    /// `bindingToken`: see [`QueryOfficialAccountUserBasicInfoRequest::binding_token`].
    pub binding_token: String,
    /// `unionId`: see [`QueryOfficialAccountUserBasicInfoRequest::union_id`].
    pub union_id: String,
}
impl QueryOfficialAccountUserBasicInfoRequest {
    /// A `QueryOfficialAccountUserBasicInfoRequest` with its required fields (`bindingToken`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryOfficialAccountUserBasicInfoRequired) -> Self {
        let QueryOfficialAccountUserBasicInfoRequired { binding_token, union_id } = required;
        Self { binding_token, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOfficialAccountUserBasicInfoRequest { "bindingToken" =>
    read_field(binding_token), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryOfficialAccountUserBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bindingToken", &self.binding_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_relation_datas_by_target_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRelationDatasByTargetIdRequest {
    /// `relationType`: a query parameter.
    pub relation_type: String,
}
/// The required fields of [`QueryRelationDatasByTargetIdRequest`], each named where it is set: `QueryRelationDatasByTargetIdRequest::new(QueryRelationDatasByTargetIdRequired { .. })`.
pub struct QueryRelationDatasByTargetIdRequired {
    /// `relationType`: see [`QueryRelationDatasByTargetIdRequest::relation_type`].
    pub relation_type: String,
}
impl QueryRelationDatasByTargetIdRequest {
    /// A `QueryRelationDatasByTargetIdRequest` with its required fields (`relationType`); set the others with the methods named after them.
    pub fn new(required: QueryRelationDatasByTargetIdRequired) -> Self {
        let QueryRelationDatasByTargetIdRequired { relation_type } = required;
        Self { relation_type }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRelationDatasByTargetIdRequest { "relationType" => read_field(relation_type) }
}
impl rt::WriteRequest for QueryRelationDatasByTargetIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("relationType", &self.relation_type);
    }
}
/// The request of [`Api::recall_official_account_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RecallOfficialAccountOTOMessageRequest {
    /// `accountId`.
    pub account_id: Option<String>,
    /// `openPushId`.
    pub open_push_id: String,
}
/// The required fields of [`RecallOfficialAccountOTOMessageRequest`], each named where it is set: `RecallOfficialAccountOTOMessageRequest::new(RecallOfficialAccountOTOMessageRequired { .. })`.
pub struct RecallOfficialAccountOTOMessageRequired {
    /// `openPushId`: see [`RecallOfficialAccountOTOMessageRequest::open_push_id`].
    pub open_push_id: String,
}
impl RecallOfficialAccountOTOMessageRequest {
    /// A `RecallOfficialAccountOTOMessageRequest` with its required fields (`openPushId`); set the others with the methods named after them.
    pub fn new(required: RecallOfficialAccountOTOMessageRequired) -> Self {
        let RecallOfficialAccountOTOMessageRequired { open_push_id } = required;
        Self {
            account_id: None,
            open_push_id,
        }
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RecallOfficialAccountOTOMessageRequest { "accountId" => optional(account_id),
    "openPushId" => field(open_push_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RecallOfficialAccountOTOMessageRequest { "accountId" => read_field(account_id),
    "openPushId" => read_field(open_push_id) }
}
impl rt::WriteRequest for RecallOfficialAccountOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_benefit_license`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveBenefitLicenseRequest {
    /// `domain`.
    pub domain: String,
    /// `licenses`.
    pub licenses: Vec<SaveBenefitLicenseRequestLicenses>,
    /// `saveUserId`.
    pub save_user_id: String,
}
/// The required fields of [`SaveBenefitLicenseRequest`], each named where it is set: `SaveBenefitLicenseRequest::new(SaveBenefitLicenseRequired { .. })`.
pub struct SaveBenefitLicenseRequired {
    /// `domain`: see [`SaveBenefitLicenseRequest::domain`].
    pub domain: String,
    /// `licenses`: see [`SaveBenefitLicenseRequest::licenses`].
    pub licenses: Vec<SaveBenefitLicenseRequestLicenses>,
    /// `saveUserId`: see [`SaveBenefitLicenseRequest::save_user_id`].
    pub save_user_id: String,
}
impl SaveBenefitLicenseRequest {
    /// A `SaveBenefitLicenseRequest` with its required fields (`domain`, `licenses`, `saveUserId`); set the others with the methods named after them.
    pub fn new(required: SaveBenefitLicenseRequired) -> Self {
        let SaveBenefitLicenseRequired { domain, licenses, save_user_id } = required;
        Self {
            domain,
            licenses,
            save_user_id,
        }
    }
}
rt::impl_serialize! {
    SaveBenefitLicenseRequest { "domain" => field(domain), "licenses" => field(licenses),
    "saveUserId" => field(save_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveBenefitLicenseRequest { "domain" => read_field(domain), "licenses" =>
    read_field(licenses), "saveUserId" => read_field(save_user_id) }
}
impl rt::WriteRequest for SaveBenefitLicenseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_official_account_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendOfficialAccountOTOMessageRequest {
    /// `accountId`.
    pub account_id: Option<String>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `detail`.
    pub detail: SendOfficialAccountOTOMessageRequestDetail,
}
/// The required fields of [`SendOfficialAccountOTOMessageRequest`], each named where it is set: `SendOfficialAccountOTOMessageRequest::new(SendOfficialAccountOTOMessageRequired { .. })`.
pub struct SendOfficialAccountOTOMessageRequired {
    /// `detail`: see [`SendOfficialAccountOTOMessageRequest::detail`].
    pub detail: SendOfficialAccountOTOMessageRequestDetail,
}
impl SendOfficialAccountOTOMessageRequest {
    /// A `SendOfficialAccountOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(required: SendOfficialAccountOTOMessageRequired) -> Self {
        let SendOfficialAccountOTOMessageRequired { detail } = required;
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
rt::impl_serialize! {
    SendOfficialAccountOTOMessageRequest { "accountId" => optional(account_id), "bizId"
    => optional(biz_id), "detail" => field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountOTOMessageRequest { "accountId" => read_field(account_id), "bizId"
    => read_field(biz_id), "detail" => read_field(detail) }
}
impl rt::WriteRequest for SendOfficialAccountOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_official_account_sns_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendOfficialAccountSNSMessageRequest {
    /// `bindingToken`.
    pub binding_token: String,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `detail`.
    pub detail: SendOfficialAccountSNSMessageRequestDetail,
}
/// The required fields of [`SendOfficialAccountSNSMessageRequest`], each named where it is set: `SendOfficialAccountSNSMessageRequest::new(SendOfficialAccountSNSMessageRequired { .. })`.
pub struct SendOfficialAccountSNSMessageRequired {
    /// `bindingToken`: see [`SendOfficialAccountSNSMessageRequest::binding_token`].
    pub binding_token: String,
    /// `detail`: see [`SendOfficialAccountSNSMessageRequest::detail`].
    pub detail: SendOfficialAccountSNSMessageRequestDetail,
}
impl SendOfficialAccountSNSMessageRequest {
    /// A `SendOfficialAccountSNSMessageRequest` with its required fields (`bindingToken`, `detail`); set the others with the methods named after them.
    pub fn new(required: SendOfficialAccountSNSMessageRequired) -> Self {
        let SendOfficialAccountSNSMessageRequired { binding_token, detail } = required;
        Self {
            binding_token,
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
rt::impl_serialize! {
    SendOfficialAccountSNSMessageRequest { "bindingToken" => field(binding_token),
    "bizId" => optional(biz_id), "detail" => field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOfficialAccountSNSMessageRequest { "bindingToken" => read_field(binding_token),
    "bizId" => read_field(biz_id), "detail" => read_field(detail) }
}
impl rt::WriteRequest for SendOfficialAccountSNSMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::service_window_message_batch_push`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ServiceWindowMessageBatchPushRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `detail`.
    pub detail: ServiceWindowMessageBatchPushRequestDetail,
}
/// The required fields of [`ServiceWindowMessageBatchPushRequest`], each named where it is set: `ServiceWindowMessageBatchPushRequest::new(ServiceWindowMessageBatchPushRequired { .. })`.
pub struct ServiceWindowMessageBatchPushRequired {
    /// `detail`: see [`ServiceWindowMessageBatchPushRequest::detail`].
    pub detail: ServiceWindowMessageBatchPushRequestDetail,
}
impl ServiceWindowMessageBatchPushRequest {
    /// A `ServiceWindowMessageBatchPushRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(required: ServiceWindowMessageBatchPushRequired) -> Self {
        let ServiceWindowMessageBatchPushRequired { detail } = required;
        Self { biz_id: None, detail }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ServiceWindowMessageBatchPushRequest { "bizId" => optional(biz_id), "detail" =>
    field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ServiceWindowMessageBatchPushRequest { "bizId" => read_field(biz_id), "detail" =>
    read_field(detail) }
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
rt::impl_serialize! {
    SetUserVersionToFreeRequest { "operatorUserId" => optional(operator_user_id),
    "version" => optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetUserVersionToFreeRequest { "operatorUserId" => read_field(operator_user_id),
    "version" => read_field(version) }
}
impl rt::WriteRequest for SetUserVersionToFreeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::two_phase_commit_inventory`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TwoPhaseCommitInventoryRequest`], each named where it is set: `TwoPhaseCommitInventoryRequest::new(TwoPhaseCommitInventoryRequired { .. })`.
pub struct TwoPhaseCommitInventoryRequired {
    /// `benefitCode`: see [`TwoPhaseCommitInventoryRequest::benefit_code`].
    pub benefit_code: String,
    /// `bizRequestId`: see [`TwoPhaseCommitInventoryRequest::biz_request_id`].
    pub biz_request_id: String,
    /// `executeResult`: see [`TwoPhaseCommitInventoryRequest::execute_result`].
    pub execute_result: bool,
}
impl TwoPhaseCommitInventoryRequest {
    /// A `TwoPhaseCommitInventoryRequest` with its required fields (`benefitCode`, `bizRequestId`, `executeResult`); set the others with the methods named after them.
    pub fn new(required: TwoPhaseCommitInventoryRequired) -> Self {
        let TwoPhaseCommitInventoryRequired {
            benefit_code,
            biz_request_id,
            execute_result,
        } = required;
        Self {
            benefit_code,
            biz_request_id,
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
rt::impl_serialize! {
    TwoPhaseCommitInventoryRequest { "benefitCode" => field(benefit_code), "bizRequestId"
    => field(biz_request_id), "executeResult" => field(execute_result), "quota" =>
    optional(quota) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TwoPhaseCommitInventoryRequest { "benefitCode" => read_field(benefit_code),
    "bizRequestId" => read_field(biz_request_id), "executeResult" =>
    read_field(execute_result), "quota" => read_field(quota) }
}
impl rt::WriteRequest for TwoPhaseCommitInventoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_crm_personal_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateCrmPersonalCustomerRequest`], each named where it is set: `UpdateCrmPersonalCustomerRequest::new(UpdateCrmPersonalCustomerRequired { .. })`.
pub struct UpdateCrmPersonalCustomerRequired {
    /// `data`: see [`UpdateCrmPersonalCustomerRequest::data`].
    pub data: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `instanceId`: see [`UpdateCrmPersonalCustomerRequest::instance_id`].
    pub instance_id: String,
    /// `modifierUserId`: see [`UpdateCrmPersonalCustomerRequest::modifier_user_id`].
    pub modifier_user_id: String,
}
impl UpdateCrmPersonalCustomerRequest {
    /// A `UpdateCrmPersonalCustomerRequest` with its required fields (`data`, `instanceId`, `modifierUserId`); set the others with the methods named after them.
    pub fn new(required: UpdateCrmPersonalCustomerRequired) -> Self {
        let UpdateCrmPersonalCustomerRequired { data, instance_id, modifier_user_id } = required;
        Self {
            action: None,
            data,
            extend_data: None,
            instance_id,
            modifier_nick: None,
            modifier_user_id,
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
rt::impl_serialize! {
    UpdateCrmPersonalCustomerRequest { "action" => optional(action), "data" =>
    field(data), "extendData" => optional(extend_data), "instanceId" =>
    field(instance_id), "modifierNick" => optional(modifier_nick), "modifierUserId" =>
    field(modifier_user_id), "permission" => optional(permission), "relationType" =>
    optional(relation_type), "skipDuplicateCheck" => optional(skip_duplicate_check) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCrmPersonalCustomerRequest { "action" => read_field(action), "data" =>
    read_field(data), "extendData" => read_field(extend_data), "instanceId" =>
    read_field(instance_id), "modifierNick" => read_field(modifier_nick),
    "modifierUserId" => read_field(modifier_user_id), "permission" =>
    read_field(permission), "relationType" => read_field(relation_type),
    "skipDuplicateCheck" => read_field(skip_duplicate_check) }
}
impl rt::WriteRequest for UpdateCrmPersonalCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_customer_biz_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateCustomerBizTypeRequest {
    /// `customerBizType`.
    pub customer_biz_type: String,
    /// `operatorUserId`.
    pub operator_user_id: String,
}
/// The required fields of [`UpdateCustomerBizTypeRequest`], each named where it is set: `UpdateCustomerBizTypeRequest::new(UpdateCustomerBizTypeRequired { .. })`.
pub struct UpdateCustomerBizTypeRequired {
    /// `customerBizType`: see [`UpdateCustomerBizTypeRequest::customer_biz_type`].
    pub customer_biz_type: String,
    /// `operatorUserId`: see [`UpdateCustomerBizTypeRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl UpdateCustomerBizTypeRequest {
    /// A `UpdateCustomerBizTypeRequest` with its required fields (`customerBizType`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(required: UpdateCustomerBizTypeRequired) -> Self {
        let UpdateCustomerBizTypeRequired { customer_biz_type, operator_user_id } = required;
        Self {
            customer_biz_type,
            operator_user_id,
        }
    }
}
rt::impl_serialize! {
    UpdateCustomerBizTypeRequest { "customerBizType" => field(customer_biz_type),
    "operatorUserId" => field(operator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCustomerBizTypeRequest { "customerBizType" => read_field(customer_biz_type),
    "operatorUserId" => read_field(operator_user_id) }
}
impl rt::WriteRequest for UpdateCustomerBizTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateGroupSetRequest`], each named where it is set: `UpdateGroupSetRequest::new(UpdateGroupSetRequired { .. })`.
pub struct UpdateGroupSetRequired {
    /// `openGroupSetId`: see [`UpdateGroupSetRequest::open_group_set_id`].
    pub open_group_set_id: String,
}
impl UpdateGroupSetRequest {
    /// A `UpdateGroupSetRequest` with its required fields (`openGroupSetId`); set the others with the methods named after them.
    pub fn new(required: UpdateGroupSetRequired) -> Self {
        let UpdateGroupSetRequired { open_group_set_id } = required;
        Self {
            manager_user_ids: None,
            member_quota: None,
            name: None,
            notice: None,
            notice_toped: None,
            open_group_set_id,
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
rt::impl_serialize! {
    UpdateGroupSetRequest { "managerUserIds" => optional(manager_user_ids), "memberQuota"
    => optional(member_quota), "name" => optional(name), "notice" => optional(notice),
    "noticeToped" => optional(notice_toped), "openGroupSetId" =>
    field(open_group_set_id), "ownerUserId" => optional(owner_user_id), "templateId" =>
    optional(template_id), "welcome" => optional(welcome) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupSetRequest { "managerUserIds" => read_field(manager_user_ids),
    "memberQuota" => read_field(member_quota), "name" => read_field(name), "notice" =>
    read_field(notice), "noticeToped" => read_field(notice_toped), "openGroupSetId" =>
    read_field(open_group_set_id), "ownerUserId" => read_field(owner_user_id),
    "templateId" => read_field(template_id), "welcome" => read_field(welcome) }
}
impl rt::WriteRequest for UpdateGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_menu_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateMenuDataRequest`], each named where it is set: `UpdateMenuDataRequest::new(UpdateMenuDataRequired { .. })`.
pub struct UpdateMenuDataRequired {
    /// `bizTraceId`: see [`UpdateMenuDataRequest::biz_trace_id`].
    pub biz_trace_id: String,
    /// `module`: see [`UpdateMenuDataRequest::module`].
    pub module: String,
    /// `navData`: see [`UpdateMenuDataRequest::nav_data`].
    pub nav_data: UpdateMenuDataRequestNavData,
    /// `operateType`: see [`UpdateMenuDataRequest::operate_type`].
    pub operate_type: String,
    /// `operatorUserId`: see [`UpdateMenuDataRequest::operator_user_id`].
    pub operator_user_id: String,
}
impl UpdateMenuDataRequest {
    /// A `UpdateMenuDataRequest` with its required fields (`bizTraceId`, `module`, `navData`, `operateType`, `operatorUserId`); set the others with the methods named after them.
    pub fn new(required: UpdateMenuDataRequired) -> Self {
        let UpdateMenuDataRequired {
            biz_trace_id,
            module,
            nav_data,
            operate_type,
            operator_user_id,
        } = required;
        Self {
            attr: None,
            biz_trace_id,
            module,
            nav_data,
            operate_type,
            operator_user_id,
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
rt::impl_serialize! {
    UpdateMenuDataRequest { "attr" => optional(attr), "bizTraceId" =>
    field(biz_trace_id), "module" => field(module), "navData" => field(nav_data),
    "operateType" => field(operate_type), "operatorUserId" => field(operator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMenuDataRequest { "attr" => read_field(attr), "bizTraceId" =>
    read_field(biz_trace_id), "module" => read_field(module), "navData" =>
    read_field(nav_data), "operateType" => read_field(operate_type), "operatorUserId" =>
    read_field(operator_user_id) }
}
impl rt::WriteRequest for UpdateMenuDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_meta_model_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateMetaModelFieldRequest`], each named where it is set: `UpdateMetaModelFieldRequest::new(UpdateMetaModelFieldRequired { .. })`.
pub struct UpdateMetaModelFieldRequired {
    /// `bizType`: see [`UpdateMetaModelFieldRequest::biz_type`].
    pub biz_type: String,
    /// `fieldDTOList`: see [`UpdateMetaModelFieldRequest::field_dto_list`].
    pub field_dto_list: Vec<UpdateMetaModelFieldRequestFieldDTOList>,
    /// `operatorUserId`: see [`UpdateMetaModelFieldRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `tenant`: see [`UpdateMetaModelFieldRequest::tenant`].
    pub tenant: String,
}
impl UpdateMetaModelFieldRequest {
    /// A `UpdateMetaModelFieldRequest` with its required fields (`bizType`, `fieldDTOList`, `operatorUserId`, `tenant`); set the others with the methods named after them.
    pub fn new(required: UpdateMetaModelFieldRequired) -> Self {
        let UpdateMetaModelFieldRequired {
            biz_type,
            field_dto_list,
            operator_user_id,
            tenant,
        } = required;
        Self {
            biz_type,
            field_dto_list,
            operator_user_id,
            tenant,
        }
    }
}
rt::impl_serialize! {
    UpdateMetaModelFieldRequest { "bizType" => field(biz_type), "fieldDTOList" =>
    field(field_dto_list), "operatorUserId" => field(operator_user_id), "tenant" =>
    field(tenant) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMetaModelFieldRequest { "bizType" => read_field(biz_type), "fieldDTOList" =>
    read_field(field_dto_list), "operatorUserId" => read_field(operator_user_id),
    "tenant" => read_field(tenant) }
}
impl rt::WriteRequest for UpdateMetaModelFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_relation_meta_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateRelationMetaFieldRequest`], each named where it is set: `UpdateRelationMetaFieldRequest::new(UpdateRelationMetaFieldRequired { .. })`.
pub struct UpdateRelationMetaFieldRequired {
    /// `fieldDTOList`: see [`UpdateRelationMetaFieldRequest::field_dto_list`].
    pub field_dto_list: Vec<UpdateRelationMetaFieldRequestFieldDTOList>,
    /// `operatorUserId`: see [`UpdateRelationMetaFieldRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `relationType`: see [`UpdateRelationMetaFieldRequest::relation_type`].
    pub relation_type: String,
    /// `tenant`: see [`UpdateRelationMetaFieldRequest::tenant`].
    pub tenant: String,
}
impl UpdateRelationMetaFieldRequest {
    /// A `UpdateRelationMetaFieldRequest` with its required fields (`fieldDTOList`, `operatorUserId`, `relationType`, `tenant`); set the others with the methods named after them.
    pub fn new(required: UpdateRelationMetaFieldRequired) -> Self {
        let UpdateRelationMetaFieldRequired {
            field_dto_list,
            operator_user_id,
            relation_type,
            tenant,
        } = required;
        Self {
            field_dto_list,
            operator_user_id,
            relation_type,
            tenant,
        }
    }
}
rt::impl_serialize! {
    UpdateRelationMetaFieldRequest { "fieldDTOList" => field(field_dto_list),
    "operatorUserId" => field(operator_user_id), "relationType" => field(relation_type),
    "tenant" => field(tenant) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRelationMetaFieldRequest { "fieldDTOList" => read_field(field_dto_list),
    "operatorUserId" => read_field(operator_user_id), "relationType" =>
    read_field(relation_type), "tenant" => read_field(tenant) }
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
