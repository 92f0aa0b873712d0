// @generated from api-spec/exclusive_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 专属钉钉 (Exclusive DingTalk)：专属版的企业、审批与协议。
//!
//! 146 operations, methods of [`Api`] (`client.exclusive_1_0()`), behind the cargo feature `exclusive_1_0`; its paths start with `/v1.0/exclusive/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `exclusive_1_0`. Get it with `client.exclusive_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加自主协议
    ///
    /// `POST /v1.0/exclusive/sign/addCustomSignConfig`: DingTalk's `AddCustomSignConfig` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddCustomSignConfig")]
    #[doc(alias = "/v1.0/exclusive/sign/addCustomSignConfig")]
    #[doc(alias = "POST /v1.0/exclusive/sign/addCustomSignConfig")]
    pub fn add_custom_sign_config(
        &self,
        request: &AddCustomSignConfigRequest,
    ) -> rt::Call<AddCustomSignConfigResponseBody, AddCustomSignConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddCustomSignConfig",
            rt::Method::Post,
            "/v1.0/exclusive/sign/addCustomSignConfig",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增企业
    ///
    /// `POST /v1.0/exclusive/orgnizations`: DingTalk's `AddOrg` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddOrg")]
    #[doc(alias = "/v1.0/exclusive/orgnizations")]
    #[doc(alias = "POST /v1.0/exclusive/orgnizations")]
    pub fn add_org(
        &self,
        request: &AddOrgRequest,
    ) -> rt::Call<AddOrgResponseBody, AddOrgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddOrg",
            rt::Method::Post,
            "/v1.0/exclusive/orgnizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 专属审批结果回调
    ///
    /// `POST /v1.0/exclusive/approvalResults/callback`: DingTalk's `ApproveProcessCallback` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ApproveProcessCallback")]
    #[doc(alias = "/v1.0/exclusive/approvalResults/callback")]
    #[doc(alias = "POST /v1.0/exclusive/approvalResults/callback")]
    pub fn approve_process_callback(
        &self,
        request: &ApproveProcessCallbackRequest,
    ) -> rt::Call<ApproveProcessCallbackResponseBody, ApproveProcessCallbackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ApproveProcessCallback",
            rt::Method::Post,
            "/v1.0/exclusive/approvalResults/callback",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群禁言或解禁
    ///
    /// `PUT /v1.0/exclusive/enterpriseSecurities/banOrOpenGroupWords`: DingTalk's `BanOrOpenGroupWords` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BanOrOpenGroupWords")]
    #[doc(alias = "/v1.0/exclusive/enterpriseSecurities/banOrOpenGroupWords")]
    #[doc(alias = "PUT /v1.0/exclusive/enterpriseSecurities/banOrOpenGroupWords")]
    pub fn ban_or_open_group_words(
        &self,
        request: &BanOrOpenGroupWordsRequest,
    ) -> rt::Call<BanOrOpenGroupWordsResponseBody, BanOrOpenGroupWordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BanOrOpenGroupWords",
            rt::Method::Put,
            "/v1.0/exclusive/enterpriseSecurities/banOrOpenGroupWords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 业务融合群业务事件变更
    ///
    /// `PUT /v1.0/exclusive/businessGroups/events`: DingTalk's `BusinessEventUpdate` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BusinessEventUpdate")]
    #[doc(alias = "/v1.0/exclusive/businessGroups/events")]
    #[doc(alias = "PUT /v1.0/exclusive/businessGroups/events")]
    pub fn business_event_update(
        &self,
        request: &BusinessEventUpdateRequest,
    ) -> rt::Call<BusinessEventUpdateResponseBody, BusinessEventUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BusinessEventUpdate",
            rt::Method::Put,
            "/v1.0/exclusive/businessGroups/events",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 检测安全管控功能命中状态
    ///
    /// `POST /v1.0/exclusive/soc/functionHitStatuses/check`: DingTalk's `CheckControlHitStatus` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckControlHitStatus")]
    #[doc(alias = "/v1.0/exclusive/soc/functionHitStatuses/check")]
    #[doc(alias = "POST /v1.0/exclusive/soc/functionHitStatuses/check")]
    pub fn check_control_hit_status(
        &self,
        request: &CheckControlHitStatusRequest,
    ) -> rt::Call<CheckControlHitStatusResponseBody, CheckControlHitStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckControlHitStatus",
            rt::Method::Post,
            "/v1.0/exclusive/soc/functionHitStatuses/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除钉钉文档
    ///
    /// `POST /v1.0/exclusive/privateStores/files/clean`: DingTalk's `CleanFile` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CleanFile")]
    #[doc(alias = "/v1.0/exclusive/privateStores/files/clean")]
    #[doc(alias = "POST /v1.0/exclusive/privateStores/files/clean")]
    pub fn clean_file(
        &self,
        request: &CleanFileRequest,
    ) -> rt::Call<CleanFileResponseBody, CleanFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CleanFile",
            rt::Method::Post,
            "/v1.0/exclusive/privateStores/files/clean",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建分组并绑定会话
    ///
    /// `POST /v1.0/exclusive/messageCategories/categories/createAndBind`: DingTalk's `CreateCategoryAndBindingGroups` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCategoryAndBindingGroups")]
    #[doc(alias = "/v1.0/exclusive/messageCategories/categories/createAndBind")]
    #[doc(alias = "POST /v1.0/exclusive/messageCategories/categories/createAndBind")]
    pub fn create_category_and_binding_groups(
        &self,
        request: &CreateCategoryAndBindingGroupsRequest,
    ) -> rt::Call<
        CreateCategoryAndBindingGroupsResponseBody,
        CreateCategoryAndBindingGroupsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCategoryAndBindingGroups",
            rt::Method::Post,
            "/v1.0/exclusive/messageCategories/categories/createAndBind",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建文件检测任务
    ///
    /// `POST /v1.0/exclusive/dlpTasks`: DingTalk's `CreateDlpTask` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDlpTask")]
    #[doc(alias = "/v1.0/exclusive/dlpTasks")]
    #[doc(alias = "POST /v1.0/exclusive/dlpTasks")]
    pub fn create_dlp_task(
        &self,
        request: &CreateDlpTaskRequest,
    ) -> rt::Call<CreateDlpTaskResponseBody, CreateDlpTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDlpTask",
            rt::Method::Post,
            "/v1.0/exclusive/dlpTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建分组并绑定会话
    ///
    /// `POST /v1.0/exclusive/messageCategories/categories/create`: DingTalk's `CreateMessageCategory` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateMessageCategory")]
    #[doc(alias = "/v1.0/exclusive/messageCategories/categories/create")]
    #[doc(alias = "POST /v1.0/exclusive/messageCategories/categories/create")]
    pub fn create_message_category(
        &self,
        request: &CreateMessageCategoryRequest,
    ) -> rt::Call<CreateMessageCategoryResponseBody, CreateMessageCategoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateMessageCategory",
            rt::Method::Post,
            "/v1.0/exclusive/messageCategories/categories/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建规则
    ///
    /// `POST /v1.0/exclusive/messageCategories/rules`: DingTalk's `CreateRule` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateRule")]
    #[doc(alias = "/v1.0/exclusive/messageCategories/rules")]
    #[doc(alias = "POST /v1.0/exclusive/messageCategories/rules")]
    pub fn create_rule(
        &self,
        request: &CreateRuleRequest,
    ) -> rt::Call<CreateRuleResponseBody, CreateRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateRule",
            rt::Method::Post,
            "/v1.0/exclusive/messageCategories/rules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 存入可信设备信息
    ///
    /// `POST /v1.0/exclusive/trustedDevices`: DingTalk's `CreateTrustedDevice` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTrustedDevice")]
    #[doc(alias = "/v1.0/exclusive/trustedDevices")]
    #[doc(alias = "POST /v1.0/exclusive/trustedDevices")]
    pub fn create_trusted_device(
        &self,
        request: &CreateTrustedDeviceRequest,
    ) -> rt::Call<CreateTrustedDeviceResponseBody, CreateTrustedDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTrustedDevice",
            rt::Method::Post,
            "/v1.0/exclusive/trustedDevices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量新增可信设备
    ///
    /// `POST /v1.0/exclusive/trusts/devices`: DingTalk's `CreateTrustedDeviceBatch` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTrustedDeviceBatch")]
    #[doc(alias = "/v1.0/exclusive/trusts/devices")]
    #[doc(alias = "POST /v1.0/exclusive/trusts/devices")]
    pub fn create_trusted_device_batch(
        &self,
        request: &CreateTrustedDeviceBatchRequest,
    ) -> rt::Call<CreateTrustedDeviceBatchResponseBody, CreateTrustedDeviceBatchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTrustedDeviceBatch",
            rt::Method::Post,
            "/v1.0/exclusive/trusts/devices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 触发文件病毒扫描任务
    ///
    /// `POST /v1.0/exclusive/virusScanTasks`: DingTalk's `CreateVirusScanTask` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateVirusScanTask")]
    #[doc(alias = "/v1.0/exclusive/virusScanTasks")]
    #[doc(alias = "POST /v1.0/exclusive/virusScanTasks")]
    pub fn create_virus_scan_task(
        &self,
        request: &CreateVirusScanTaskRequest,
    ) -> rt::Call<CreateVirusScanTaskResponseBody, CreateVirusScanTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateVirusScanTask",
            rt::Method::Post,
            "/v1.0/exclusive/virusScanTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 为应用同步数据到专属存储
    ///
    /// `POST /v1.0/exclusive/datas/sync`: DingTalk's `DataSync` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DataSync")]
    #[doc(alias = "/v1.0/exclusive/datas/sync")]
    #[doc(alias = "POST /v1.0/exclusive/datas/sync")]
    pub fn data_sync(
        &self,
        request: &DataSyncRequest,
    ) -> rt::Call<DataSyncResponseBody, DataSyncError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DataSync",
            rt::Method::Post,
            "/v1.0/exclusive/datas/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除跨云存储配置
    ///
    /// `DELETE /v1.0/exclusive/fileStorages/acrossClouds/configurations/{targetCorpId}`: DingTalk's `DeleteAcrossCloudStroageConfigs` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `target_corp_id`: `{targetCorpId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteAcrossCloudStroageConfigs")]
    #[doc(
        alias = "/v1.0/exclusive/fileStorages/acrossClouds/configurations/{targetCorpId}"
    )]
    #[doc(
        alias = "DELETE /v1.0/exclusive/fileStorages/acrossClouds/configurations/{targetCorpId}"
    )]
    pub fn delete_across_cloud_stroage_configs(
        &self,
        target_corp_id: &str,
    ) -> rt::Call<
        DeleteAcrossCloudStroageConfigsResponseBody,
        DeleteAcrossCloudStroageConfigsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAcrossCloudStroageConfigs",
            rt::Method::Delete,
            "/v1.0/exclusive/fileStorages/acrossClouds/configurations/{targetCorpId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[target_corp_id], &())
    }
    /// 删除评论
    ///
    /// `DELETE /v1.0/exclusive/publishers/{publisherId}/comments/{commentId}`: DingTalk's `DeleteComment` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `publisher_id`: `{publisherId}` in the path.
    /// - `comment_id`: `{commentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteComment")]
    #[doc(alias = "/v1.0/exclusive/publishers/{publisherId}/comments/{commentId}")]
    #[doc(
        alias = "DELETE /v1.0/exclusive/publishers/{publisherId}/comments/{commentId}"
    )]
    pub fn delete_comment(
        &self,
        publisher_id: &str,
        comment_id: &str,
    ) -> rt::Call<bool, DeleteCommentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteComment",
            rt::Method::Delete,
            "/v1.0/exclusive/publishers/{publisherId}/comments/{commentId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[publisher_id, comment_id], &())
    }
    /// 删除指定可信设备
    ///
    /// `POST /v1.0/exclusive/trustedDevices/remove`: DingTalk's `DeleteTrustedDevice` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteTrustedDevice")]
    #[doc(alias = "/v1.0/exclusive/trustedDevices/remove")]
    #[doc(alias = "POST /v1.0/exclusive/trustedDevices/remove")]
    pub fn delete_trusted_device(
        &self,
        request: &DeleteTrustedDeviceRequest,
    ) -> rt::Call<DeleteTrustedDeviceResponseBody, DeleteTrustedDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTrustedDevice",
            rt::Method::Post,
            "/v1.0/exclusive/trustedDevices/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分发伙伴应用
    ///
    /// `POST /v1.0/exclusive/partners/applications/distribute`: DingTalk's `DistributePartnerApp` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DistributePartnerApp")]
    #[doc(alias = "/v1.0/exclusive/partners/applications/distribute")]
    #[doc(alias = "POST /v1.0/exclusive/partners/applications/distribute")]
    pub fn distribute_partner_app(
        &self,
        request: &DistributePartnerAppRequest,
    ) -> rt::Call<DistributePartnerAppResponseBody, DistributePartnerAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DistributePartnerApp",
            rt::Method::Post,
            "/v1.0/exclusive/partners/applications/distribute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑安全卡片管控成员
    ///
    /// `POST /v1.0/exclusive/securities/configs/members`: DingTalk's `EditSecurityConfigMember` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditSecurityConfigMember")]
    #[doc(alias = "/v1.0/exclusive/securities/configs/members")]
    #[doc(alias = "POST /v1.0/exclusive/securities/configs/members")]
    pub fn edit_security_config_member(
        &self,
        request: &EditSecurityConfigMemberRequest,
    ) -> rt::Call<EditSecurityConfigMemberResponseBody, EditSecurityConfigMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditSecurityConfigMember",
            rt::Method::Post,
            "/v1.0/exclusive/securities/configs/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更换组织主管理员
    ///
    /// `POST /v1.0/exclusive/orgnizations/mainAdministrators/exchange`: DingTalk's `ExchangeMainAdmin` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExchangeMainAdmin")]
    #[doc(alias = "/v1.0/exclusive/orgnizations/mainAdministrators/exchange")]
    #[doc(alias = "POST /v1.0/exclusive/orgnizations/mainAdministrators/exchange")]
    pub fn exchange_main_admin(
        &self,
        request: &ExchangeMainAdminRequest,
    ) -> rt::Call<ExchangeMainAdminResponseBody, ExchangeMainAdminError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExchangeMainAdmin",
            rt::Method::Post,
            "/v1.0/exclusive/orgnizations/mainAdministrators/exchange",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 专属运营Banner头图消息推送
    ///
    /// `POST /v1.0/exclusive/customize/marketing/banner`: DingTalk's `ExclusiveBanner` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExclusiveBanner")]
    #[doc(alias = "/v1.0/exclusive/customize/marketing/banner")]
    #[doc(alias = "POST /v1.0/exclusive/customize/marketing/banner")]
    pub fn exclusive_banner(
        &self,
        request: &ExclusiveBannerRequest,
    ) -> rt::Call<ExclusiveBannerResponseBody, ExclusiveBannerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExclusiveBanner",
            rt::Method::Post,
            "/v1.0/exclusive/customize/marketing/banner",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分发工作台模版
    ///
    /// `POST /v1.0/exclusive/workbenches/templates/spread`: DingTalk's `ExclusiveCreateDingPortal` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExclusiveCreateDingPortal")]
    #[doc(alias = "/v1.0/exclusive/workbenches/templates/spread")]
    #[doc(alias = "POST /v1.0/exclusive/workbenches/templates/spread")]
    pub fn exclusive_create_ding_portal(
        &self,
        request: &ExclusiveCreateDingPortalRequest,
    ) -> rt::Call<
        ExclusiveCreateDingPortalResponseBody,
        ExclusiveCreateDingPortalError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExclusiveCreateDingPortal",
            rt::Method::Post,
            "/v1.0/exclusive/workbenches/templates/spread",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能运营桌面端弹窗
    ///
    /// `POST /v1.0/exclusive/customize/marketing/pcAlert`: DingTalk's `ExclusivePcAlert` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExclusivePcAlert")]
    #[doc(alias = "/v1.0/exclusive/customize/marketing/pcAlert")]
    #[doc(alias = "POST /v1.0/exclusive/customize/marketing/pcAlert")]
    pub fn exclusive_pc_alert(
        &self,
        request: &ExclusivePcAlertRequest,
    ) -> rt::Call<ExclusivePcAlertResponseBody, ExclusivePcAlertError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExclusivePcAlert",
            rt::Method::Post,
            "/v1.0/exclusive/customize/marketing/pcAlert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能运营移动端首页弹窗
    ///
    /// `POST /v1.0/exclusive/customize/marketing/popup`: DingTalk's `ExclusivePopup` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExclusivePopup")]
    #[doc(alias = "/v1.0/exclusive/customize/marketing/popup")]
    #[doc(alias = "POST /v1.0/exclusive/customize/marketing/popup")]
    pub fn exclusive_popup(
        &self,
        request: &ExclusivePopupRequest,
    ) -> rt::Call<ExclusivePopupResponseBody, ExclusivePopupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExclusivePopup",
            rt::Method::Post,
            "/v1.0/exclusive/customize/marketing/popup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 文件解密回调
    ///
    /// `POST /v1.0/exclusive/clientDecrypt/decrypt/callback`: DingTalk's `FileDecryptCallback` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FileDecryptCallback")]
    #[doc(alias = "/v1.0/exclusive/clientDecrypt/decrypt/callback")]
    #[doc(alias = "POST /v1.0/exclusive/clientDecrypt/decrypt/callback")]
    pub fn file_decrypt_callback(
        &self,
        request: &FileDecryptCallbackRequest,
    ) -> rt::Call<FileDecryptCallbackResponseBody, FileDecryptCallbackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FileDecryptCallback",
            rt::Method::Post,
            "/v1.0/exclusive/clientDecrypt/decrypt/callback",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 文件加密回调
    ///
    /// `POST /v1.0/exclusive/clientDecrypt/encrypt/callback`: DingTalk's `FileEncryptCallback` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FileEncryptCallback")]
    #[doc(alias = "/v1.0/exclusive/clientDecrypt/encrypt/callback")]
    #[doc(alias = "POST /v1.0/exclusive/clientDecrypt/encrypt/callback")]
    pub fn file_encrypt_callback(
        &self,
        request: &FileEncryptCallbackRequest,
    ) -> rt::Call<FileEncryptCallbackResponseBody, FileEncryptCallbackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FileEncryptCallback",
            rt::Method::Post,
            "/v1.0/exclusive/clientDecrypt/encrypt/callback",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 专属文件第一次设置，激活配置
    ///
    /// `POST /v1.0/exclusive/fileStorages/active`: DingTalk's `FileStorageActiveStorage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FileStorageActiveStorage")]
    #[doc(alias = "/v1.0/exclusive/fileStorages/active")]
    #[doc(alias = "POST /v1.0/exclusive/fileStorages/active")]
    pub fn file_storage_active_storage(
        &self,
        request: &FileStorageActiveStorageRequest,
    ) -> rt::Call<FileStorageActiveStorageResponseBody, FileStorageActiveStorageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FileStorageActiveStorage",
            rt::Method::Post,
            "/v1.0/exclusive/fileStorages/active",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 检查专属存储OSS连接
    ///
    /// `POST /v1.0/exclusive/fileStorages/connections/check`: DingTalk's `FileStorageCheckConnection` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FileStorageCheckConnection")]
    #[doc(alias = "/v1.0/exclusive/fileStorages/connections/check")]
    #[doc(alias = "POST /v1.0/exclusive/fileStorages/connections/check")]
    pub fn file_storage_check_connection(
        &self,
        request: &FileStorageCheckConnectionRequest,
    ) -> rt::Call<
        FileStorageCheckConnectionResponseBody,
        FileStorageCheckConnectionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FileStorageCheckConnection",
            rt::Method::Post,
            "/v1.0/exclusive/fileStorages/connections/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 专属文件存储获取存储情况(按时间区间)
    ///
    /// `GET /v1.0/exclusive/fileStorages/quotaDatas`: DingTalk's `FileStorageGetQuotaData` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FileStorageGetQuotaData")]
    #[doc(alias = "/v1.0/exclusive/fileStorages/quotaDatas")]
    #[doc(alias = "GET /v1.0/exclusive/fileStorages/quotaDatas")]
    pub fn file_storage_get_quota_data(
        &self,
        request: &FileStorageGetQuotaDataRequest,
    ) -> rt::Call<FileStorageGetQuotaDataResponseBody, FileStorageGetQuotaDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FileStorageGetQuotaData",
            rt::Method::Get,
            "/v1.0/exclusive/fileStorages/quotaDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 专属文件存储获取存储情况和配置
    ///
    /// `GET /v1.0/exclusive/fileStorages/states`: DingTalk's `FileStorageGetStorageState` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FileStorageGetStorageState")]
    #[doc(alias = "/v1.0/exclusive/fileStorages/states")]
    #[doc(alias = "GET /v1.0/exclusive/fileStorages/states")]
    pub fn file_storage_get_storage_state(
        &self,
        request: &FileStorageGetStorageStateRequest,
    ) -> rt::Call<
        FileStorageGetStorageStateResponseBody,
        FileStorageGetStorageStateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FileStorageGetStorageState",
            rt::Method::Get,
            "/v1.0/exclusive/fileStorages/states",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新文件专属存储配置
    ///
    /// `PUT /v1.0/exclusive/fileStorages/configurations`: DingTalk's `FileStorageUpdateStorage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FileStorageUpdateStorage")]
    #[doc(alias = "/v1.0/exclusive/fileStorages/configurations")]
    #[doc(alias = "PUT /v1.0/exclusive/fileStorages/configurations")]
    pub fn file_storage_update_storage(
        &self,
        request: &FileStorageUpdateStorageRequest,
    ) -> rt::Call<FileStorageUpdateStorageResponseBody, FileStorageUpdateStorageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FileStorageUpdateStorage",
            rt::Method::Put,
            "/v1.0/exclusive/fileStorages/configurations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 生成暗水印
    ///
    /// `POST /v1.0/exclusive/enterpriseSecurities/darkWatermarks/generate`: DingTalk's `GenerateDarkWaterMark` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GenerateDarkWaterMark")]
    #[doc(alias = "/v1.0/exclusive/enterpriseSecurities/darkWatermarks/generate")]
    #[doc(alias = "POST /v1.0/exclusive/enterpriseSecurities/darkWatermarks/generate")]
    pub fn generate_dark_water_mark(
        &self,
        request: &GenerateDarkWaterMarkRequest,
    ) -> rt::Call<GenerateDarkWaterMarkResponseBody, GenerateDarkWaterMarkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GenerateDarkWaterMark",
            rt::Method::Post,
            "/v1.0/exclusive/enterpriseSecurities/darkWatermarks/generate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取专属钉钉账号数据迁移结果
    ///
    /// `GET /v1.0/exclusive/dataTransfer/accounts`: DingTalk's `GetAccountTransferList` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_account_transfer_list_pages`].
    #[doc(alias = "GetAccountTransferList")]
    #[doc(alias = "/v1.0/exclusive/dataTransfer/accounts")]
    #[doc(alias = "GET /v1.0/exclusive/dataTransfer/accounts")]
    pub fn get_account_transfer_list(
        &self,
        request: &GetAccountTransferListRequest,
    ) -> rt::Call<GetAccountTransferListResponseBody, GetAccountTransferListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAccountTransferList",
            rt::Method::Get,
            "/v1.0/exclusive/dataTransfer/accounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获得组织维度的用户dau
    ///
    /// `GET /v1.0/exclusive/data/dau/org/{dataId}`: DingTalk's `GetActiveUserSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetActiveUserSummary")]
    #[doc(alias = "/v1.0/exclusive/data/dau/org/{dataId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/dau/org/{dataId}")]
    pub fn get_active_user_summary(
        &self,
        data_id: &str,
    ) -> rt::Call<GetActiveUserSummaryResponseBody, GetActiveUserSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetActiveUserSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/dau/org/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 根据AppId获取微应用在该组织下的agentId
    ///
    /// `GET /v1.0/exclusive/exclusiveDesigns/agentId`: DingTalk's `GetAgentIdByRelatedAppId` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAgentIdByRelatedAppId")]
    #[doc(alias = "/v1.0/exclusive/exclusiveDesigns/agentId")]
    #[doc(alias = "GET /v1.0/exclusive/exclusiveDesigns/agentId")]
    pub fn get_agent_id_by_related_app_id(
        &self,
        request: &GetAgentIdByRelatedAppIdRequest,
    ) -> rt::Call<GetAgentIdByRelatedAppIdResponseBody, GetAgentIdByRelatedAppIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAgentIdByRelatedAppId",
            rt::Method::Get,
            "/v1.0/exclusive/exclusiveDesigns/agentId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 伙伴钉可打标签部门查询
    ///
    /// `GET /v1.0/exclusive/partnerDepartments`: DingTalk's `GetAllLabelableDepts` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAllLabelableDepts")]
    #[doc(alias = "/v1.0/exclusive/partnerDepartments")]
    #[doc(alias = "GET /v1.0/exclusive/partnerDepartments")]
    pub fn get_all_labelable_depts(
        &self,
    ) -> rt::Call<GetAllLabelableDeptsResponseBody, GetAllLabelableDeptsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllLabelableDepts",
            rt::Method::Get,
            "/v1.0/exclusive/partnerDepartments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获得app分发信息
    ///
    /// `GET /v1.0/exclusive/apps/distributionInfos`: DingTalk's `GetAppDispatchInfo` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAppDispatchInfo")]
    #[doc(alias = "/v1.0/exclusive/apps/distributionInfos")]
    #[doc(alias = "GET /v1.0/exclusive/apps/distributionInfos")]
    pub fn get_app_dispatch_info(
        &self,
        request: &GetAppDispatchInfoRequest,
    ) -> rt::Call<GetAppDispatchInfoResponseBody, GetAppDispatchInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAppDispatchInfo",
            rt::Method::Get,
            "/v1.0/exclusive/apps/distributionInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获得组织维度日程相关信息
    ///
    /// `GET /v1.0/exclusive/data/calendar/org/{dataId}`: DingTalk's `GetCalenderSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCalenderSummary")]
    #[doc(alias = "/v1.0/exclusive/data/calendar/org/{dataId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/calendar/org/{dataId}")]
    pub fn get_calender_summary(
        &self,
        data_id: &str,
    ) -> rt::Call<GetCalenderSummaryResponseBody, GetCalenderSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCalenderSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/calendar/org/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 根据机器人code获取群openConversationId列表
    ///
    /// `POST /v1.0/exclusive/groups/openConversationIds`: DingTalk's `GetCidsByBotCode` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_cids_by_bot_code_pages`].
    #[doc(alias = "GetCidsByBotCode")]
    #[doc(alias = "/v1.0/exclusive/groups/openConversationIds")]
    #[doc(alias = "POST /v1.0/exclusive/groups/openConversationIds")]
    pub fn get_cids_by_bot_code(
        &self,
        request: &GetCidsByBotCodeRequest,
    ) -> rt::Call<GetCidsByBotCodeResponseBody, GetCidsByBotCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCidsByBotCode",
            rt::Method::Post,
            "/v1.0/exclusive/groups/openConversationIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取密级标签
    ///
    /// `GET /v1.0/exclusive/classes/entities/tags`: DingTalk's `GetClassTag` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetClassTag")]
    #[doc(alias = "/v1.0/exclusive/classes/entities/tags")]
    #[doc(alias = "GET /v1.0/exclusive/classes/entities/tags")]
    pub fn get_class_tag(
        &self,
        request: &GetClassTagRequest,
    ) -> rt::Call<GetClassTagResponseBody, GetClassTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetClassTag",
            rt::Method::Get,
            "/v1.0/exclusive/classes/entities/tags",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取发布号的评论列表
    ///
    /// `GET /v1.0/exclusive/publishers/{publisherId}/comments/list`: DingTalk's `GetCommentList` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `publisher_id`: `{publisherId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_comment_list_pages`].
    #[doc(alias = "GetCommentList")]
    #[doc(alias = "/v1.0/exclusive/publishers/{publisherId}/comments/list")]
    #[doc(alias = "GET /v1.0/exclusive/publishers/{publisherId}/comments/list")]
    pub fn get_comment_list(
        &self,
        publisher_id: &str,
        request: &GetCommentListRequest,
    ) -> rt::Call<GetCommentListResponseBody, GetCommentListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCommentList",
            rt::Method::Get,
            "/v1.0/exclusive/publishers/{publisherId}/comments/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[publisher_id], request)
    }
    /// 根据逻辑会议id获取会议基本信息
    ///
    /// `GET /v1.0/exclusive/data/conferences`: DingTalk's `GetConfBaseInfoByLogicalId` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConfBaseInfoByLogicalId")]
    #[doc(alias = "/v1.0/exclusive/data/conferences")]
    #[doc(alias = "GET /v1.0/exclusive/data/conferences")]
    pub fn get_conf_base_info_by_logical_id(
        &self,
        request: &GetConfBaseInfoByLogicalIdRequest,
    ) -> rt::Call<
        GetConfBaseInfoByLogicalIdResponseBody,
        GetConfBaseInfoByLogicalIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConfBaseInfoByLogicalId",
            rt::Method::Get,
            "/v1.0/exclusive/data/conferences",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取视频会议明细
    ///
    /// `GET /v1.0/exclusive/data/conferences/{conferenceId}`: DingTalk's `GetConferenceDetail` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConferenceDetail")]
    #[doc(alias = "/v1.0/exclusive/data/conferences/{conferenceId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/conferences/{conferenceId}")]
    pub fn get_conference_detail(
        &self,
        conference_id: &str,
    ) -> rt::Call<GetConferenceDetailResponseBody, GetConferenceDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConferenceDetail",
            rt::Method::Get,
            "/v1.0/exclusive/data/conferences/{conferenceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], &())
    }
    /// 获取会话分组数据
    ///
    /// `GET /v1.0/exclusive/conversationCategories`: DingTalk's `GetConversationCategory` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConversationCategory")]
    #[doc(alias = "/v1.0/exclusive/conversationCategories")]
    #[doc(alias = "GET /v1.0/exclusive/conversationCategories")]
    pub fn get_conversation_category(
        &self,
    ) -> rt::Call<GetConversationCategoryResponseBody, GetConversationCategoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConversationCategory",
            rt::Method::Get,
            "/v1.0/exclusive/conversationCategories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取会话分组详情
    ///
    /// `POST /v1.0/exclusive/categories/conversations/details/query`: DingTalk's `GetConversationDetail` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConversationDetail")]
    #[doc(alias = "/v1.0/exclusive/categories/conversations/details/query")]
    #[doc(alias = "POST /v1.0/exclusive/categories/conversations/details/query")]
    pub fn get_conversation_detail(
        &self,
        request: &GetConversationDetailRequest,
    ) -> rt::Call<GetConversationDetailResponseBody, GetConversationDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConversationDetail",
            rt::Method::Post,
            "/v1.0/exclusive/categories/conversations/details/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取部门维度发布日志信息
    ///
    /// `GET /v1.0/exclusive/data/report/dept/{dataId}`: DingTalk's `GetDingReportDeptSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_ding_report_dept_summary_pages`].
    #[doc(alias = "GetDingReportDeptSummary")]
    #[doc(alias = "/v1.0/exclusive/data/report/dept/{dataId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/report/dept/{dataId}")]
    pub fn get_ding_report_dept_summary(
        &self,
        data_id: &str,
        request: &GetDingReportDeptSummaryRequest,
    ) -> rt::Call<GetDingReportDeptSummaryResponseBody, GetDingReportDeptSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDingReportDeptSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/report/dept/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 获取组织维度发布日志信息
    ///
    /// `GET /v1.0/exclusive/datas/{dataId}/reports/organizations`: DingTalk's `GetDingReportSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDingReportSummary")]
    #[doc(alias = "/v1.0/exclusive/datas/{dataId}/reports/organizations")]
    #[doc(alias = "GET /v1.0/exclusive/datas/{dataId}/reports/organizations")]
    pub fn get_ding_report_summary(
        &self,
        data_id: &str,
    ) -> rt::Call<GetDingReportSummaryResponseBody, GetDingReportSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDingReportSummary",
            rt::Method::Get,
            "/v1.0/exclusive/datas/{dataId}/reports/organizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 获得部门维度用户创建文档数和创建文档人数
    ///
    /// `GET /v1.0/exclusive/data/doc/dept/{dataId}`: DingTalk's `GetDocCreatedDeptSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_doc_created_dept_summary_pages`].
    #[doc(alias = "GetDocCreatedDeptSummary")]
    #[doc(alias = "/v1.0/exclusive/data/doc/dept/{dataId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/doc/dept/{dataId}")]
    pub fn get_doc_created_dept_summary(
        &self,
        data_id: &str,
        request: &GetDocCreatedDeptSummaryRequest,
    ) -> rt::Call<GetDocCreatedDeptSummaryResponseBody, GetDocCreatedDeptSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDocCreatedDeptSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/doc/dept/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 获取组织维度用户创建文档数和创建文档人数
    ///
    /// `GET /v1.0/exclusive/data/doc/org/{dataId}`: DingTalk's `GetDocCreatedSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDocCreatedSummary")]
    #[doc(alias = "/v1.0/exclusive/data/doc/org/{dataId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/doc/org/{dataId}")]
    pub fn get_doc_created_summary(
        &self,
        data_id: &str,
    ) -> rt::Call<GetDocCreatedSummaryResponseBody, GetDocCreatedSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDocCreatedSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/doc/org/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 获取专属账号所有组织列表
    ///
    /// `GET /v1.0/exclusive/exclusiveAccounts/organizations`: DingTalk's `GetExclusiveAccountAllOrgList` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetExclusiveAccountAllOrgList")]
    #[doc(alias = "/v1.0/exclusive/exclusiveAccounts/organizations")]
    #[doc(alias = "GET /v1.0/exclusive/exclusiveAccounts/organizations")]
    pub fn get_exclusive_account_all_org_list(
        &self,
        request: &GetExclusiveAccountAllOrgListRequest,
    ) -> rt::Call<
        GetExclusiveAccountAllOrgListResponseBody,
        GetExclusiveAccountAllOrgListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetExclusiveAccountAllOrgList",
            rt::Method::Get,
            "/v1.0/exclusive/exclusiveAccounts/organizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取部门维度发布智能填表数量和使用智能填表人数
    ///
    /// `GET /v1.0/exclusive/data/generalForm/dept/{dataId}`: DingTalk's `GetGeneralFormCreatedDeptSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_general_form_created_dept_summary_pages`].
    #[doc(alias = "GetGeneralFormCreatedDeptSummary")]
    #[doc(alias = "/v1.0/exclusive/data/generalForm/dept/{dataId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/generalForm/dept/{dataId}")]
    pub fn get_general_form_created_dept_summary(
        &self,
        data_id: &str,
        request: &GetGeneralFormCreatedDeptSummaryRequest,
    ) -> rt::Call<
        GetGeneralFormCreatedDeptSummaryResponseBody,
        GetGeneralFormCreatedDeptSummaryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetGeneralFormCreatedDeptSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/generalForm/dept/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 获取组织维度发布智能填表数量和使用智能填表人数
    ///
    /// `GET /v1.0/exclusive/data/generalForm/org/{dataId}`: DingTalk's `GetGeneralFormCreatedSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetGeneralFormCreatedSummary")]
    #[doc(alias = "/v1.0/exclusive/data/generalForm/org/{dataId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/generalForm/org/{dataId}")]
    pub fn get_general_form_created_summary(
        &self,
        data_id: &str,
    ) -> rt::Call<
        GetGeneralFormCreatedSummaryResponseBody,
        GetGeneralFormCreatedSummaryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetGeneralFormCreatedSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/generalForm/org/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 获取群活跃明细
    ///
    /// `GET /v1.0/exclusive/data/activeGroups`: DingTalk's `GetGroupActiveInfo` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_group_active_info_pages`].
    #[doc(alias = "GetGroupActiveInfo")]
    #[doc(alias = "/v1.0/exclusive/data/activeGroups")]
    #[doc(alias = "GET /v1.0/exclusive/data/activeGroups")]
    pub fn get_group_active_info(
        &self,
        request: &GetGroupActiveInfoRequest,
    ) -> rt::Call<GetGroupActiveInfoResponseBody, GetGroupActiveInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetGroupActiveInfo",
            rt::Method::Get,
            "/v1.0/exclusive/data/activeGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据群会话id获取群相关信息
    ///
    /// `POST /v1.0/exclusive/groups/infos/query`: DingTalk's `GetGroupInfoByCid` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetGroupInfoByCid")]
    #[doc(alias = "/v1.0/exclusive/groups/infos/query")]
    #[doc(alias = "POST /v1.0/exclusive/groups/infos/query")]
    pub fn get_group_info_by_cid(
        &self,
        request: &GetGroupInfoByCidRequest,
    ) -> rt::Call<GetGroupInfoByCidResponseBody, GetGroupInfoByCidError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetGroupInfoByCid",
            rt::Method::Post,
            "/v1.0/exclusive/groups/infos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据群会话id获取组织cropid
    ///
    /// `POST /v1.0/exclusive/groups/organizations/query`: DingTalk's `GetGroupOrgByCid` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetGroupOrgByCid")]
    #[doc(alias = "/v1.0/exclusive/groups/organizations/query")]
    #[doc(alias = "POST /v1.0/exclusive/groups/organizations/query")]
    pub fn get_group_org_by_cid(
        &self,
        request: &GetGroupOrgByCidRequest,
    ) -> rt::Call<GetGroupOrgByCidResponseBody, GetGroupOrgByCidError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetGroupOrgByCid",
            rt::Method::Post,
            "/v1.0/exclusive/groups/organizations/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取未活跃用户登陆统计明细
    ///
    /// `POST /v1.0/exclusive/inactives/users/query`: DingTalk's `GetInActiveUserList` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_in_active_user_list_pages`].
    #[doc(alias = "GetInActiveUserList")]
    #[doc(alias = "/v1.0/exclusive/inactives/users/query")]
    #[doc(alias = "POST /v1.0/exclusive/inactives/users/query")]
    pub fn get_in_active_user_list(
        &self,
        request: &GetInActiveUserListRequest,
    ) -> rt::Call<GetInActiveUserListResponseBody, GetInActiveUserListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInActiveUserList",
            rt::Method::Post,
            "/v1.0/exclusive/inactives/users/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取最后一次验证通过的企业认证信息
    ///
    /// `GET /v1.0/exclusive/organizations/authInfos`: DingTalk's `GetLastOrgAuthData` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetLastOrgAuthData")]
    #[doc(alias = "/v1.0/exclusive/organizations/authInfos")]
    #[doc(alias = "GET /v1.0/exclusive/organizations/authInfos")]
    pub fn get_last_org_auth_data(
        &self,
        request: &GetLastOrgAuthDataRequest,
    ) -> rt::Call<GetLastOrgAuthDataResponseBody, GetLastOrgAuthDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetLastOrgAuthData",
            rt::Method::Get,
            "/v1.0/exclusive/organizations/authInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 消息规则配置和群属性接口
    ///
    /// `POST /v1.0/exclusive/portals/msgConfigs/query`: DingTalk's `GetMsgConfig` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMsgConfig")]
    #[doc(alias = "/v1.0/exclusive/portals/msgConfigs/query")]
    #[doc(alias = "POST /v1.0/exclusive/portals/msgConfigs/query")]
    pub fn get_msg_config(
        &self,
        request: &GetMsgConfigRequest,
    ) -> rt::Call<GetMsgConfigResponseBody, GetMsgConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMsgConfig",
            rt::Method::Post,
            "/v1.0/exclusive/portals/msgConfigs/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取消息定位链接
    ///
    /// `POST /v1.0/exclusive/messageLocations/query`: DingTalk's `GetMsgLocation` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMsgLocation")]
    #[doc(alias = "/v1.0/exclusive/messageLocations/query")]
    #[doc(alias = "POST /v1.0/exclusive/messageLocations/query")]
    pub fn get_msg_location(
        &self,
        request: &GetMsgLocationRequest,
    ) -> rt::Call<GetMsgLocationResponseBody, GetMsgLocationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMsgLocation",
            rt::Method::Post,
            "/v1.0/exclusive/messageLocations/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群发消息id对应的消息记录详情
    ///
    /// `POST /v1.0/exclusive/follow/message/getMsgRecordDetail`: DingTalk's `GetMsgRecordDetail` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMsgRecordDetail")]
    #[doc(alias = "/v1.0/exclusive/follow/message/getMsgRecordDetail")]
    #[doc(alias = "POST /v1.0/exclusive/follow/message/getMsgRecordDetail")]
    pub fn get_msg_record_detail(
        &self,
        request: &GetMsgRecordDetailRequest,
    ) -> rt::Call<GetMsgRecordDetailResponseBody, GetMsgRecordDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMsgRecordDetail",
            rt::Method::Post,
            "/v1.0/exclusive/follow/message/getMsgRecordDetail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取oa后台操作日志记录
    ///
    /// `POST /v1.0/exclusive/oaOperatorLogs/query`: DingTalk's `GetOaOperatorLogList` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_oa_operator_log_list_pages`].
    #[doc(alias = "GetOaOperatorLogList")]
    #[doc(alias = "/v1.0/exclusive/oaOperatorLogs/query")]
    #[doc(alias = "POST /v1.0/exclusive/oaOperatorLogs/query")]
    pub fn get_oa_operator_log_list(
        &self,
        request: &GetOaOperatorLogListRequest,
    ) -> rt::Call<GetOaOperatorLogListResponseBody, GetOaOperatorLogListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOaOperatorLogList",
            rt::Method::Post,
            "/v1.0/exclusive/oaOperatorLogs/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业的外部审计群列表
    ///
    /// `POST /v1.0/exclusive/audits/outsideGroups/query`: DingTalk's `GetOutGroupsByPage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_out_groups_by_page_pages`].
    #[doc(alias = "GetOutGroupsByPage")]
    #[doc(alias = "/v1.0/exclusive/audits/outsideGroups/query")]
    #[doc(alias = "POST /v1.0/exclusive/audits/outsideGroups/query")]
    pub fn get_out_groups_by_page(
        &self,
        request: &GetOutGroupsByPageRequest,
    ) -> rt::Call<GetOutGroupsByPageResponseBody, GetOutGroupsByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOutGroupsByPage",
            rt::Method::Post,
            "/v1.0/exclusive/audits/outsideGroups/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取外部审计群消息记录
    ///
    /// `POST /v1.0/exclusive/audits/outsideGroups/messages/query`: DingTalk's `GetOutsideAuditGroupMessageByPage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_outside_audit_group_message_by_page_pages`].
    #[doc(alias = "GetOutsideAuditGroupMessageByPage")]
    #[doc(alias = "/v1.0/exclusive/audits/outsideGroups/messages/query")]
    #[doc(alias = "POST /v1.0/exclusive/audits/outsideGroups/messages/query")]
    pub fn get_outside_audit_group_message_by_page(
        &self,
        request: &GetOutsideAuditGroupMessageByPageRequest,
    ) -> rt::Call<
        GetOutsideAuditGroupMessageByPageResponseBody,
        GetOutsideAuditGroupMessageByPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOutsideAuditGroupMessageByPage",
            rt::Method::Post,
            "/v1.0/exclusive/audits/outsideGroups/messages/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 伙伴钉根据父标签查询子标签
    ///
    /// `GET /v1.0/exclusive/partnerLabels/{parentId}`: DingTalk's `GetPartnerTypeByParentId` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `parent_id`: `{parentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPartnerTypeByParentId")]
    #[doc(alias = "/v1.0/exclusive/partnerLabels/{parentId}")]
    #[doc(alias = "GET /v1.0/exclusive/partnerLabels/{parentId}")]
    pub fn get_partner_type_by_parent_id(
        &self,
        parent_id: &str,
    ) -> rt::Call<GetPartnerTypeByParentIdResponseBody, GetPartnerTypeByParentIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPartnerTypeByParentId",
            rt::Method::Get,
            "/v1.0/exclusive/partnerLabels/{parentId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[parent_id], &())
    }
    /// 获取专属存储容量信息
    ///
    /// `GET /v1.0/exclusive/privateStores/capacityUsages/infos`: DingTalk's `GetPrivateStoreCapacityUsage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPrivateStoreCapacityUsage")]
    #[doc(alias = "/v1.0/exclusive/privateStores/capacityUsages/infos")]
    #[doc(alias = "GET /v1.0/exclusive/privateStores/capacityUsages/infos")]
    pub fn get_private_store_capacity_usage(
        &self,
        request: &GetPrivateStoreCapacityUsageRequest,
    ) -> rt::Call<
        GetPrivateStoreCapacityUsageResponseBody,
        GetPrivateStoreCapacityUsageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrivateStoreCapacityUsage",
            rt::Method::Get,
            "/v1.0/exclusive/privateStores/capacityUsages/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取专属存储文件信息
    ///
    /// `POST /v1.0/exclusive/privateStores/fileInfos/query`: DingTalk's `GetPrivateStoreFileInfosByPage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_private_store_file_infos_by_page_pages`].
    #[doc(alias = "GetPrivateStoreFileInfosByPage")]
    #[doc(alias = "/v1.0/exclusive/privateStores/fileInfos/query")]
    #[doc(alias = "POST /v1.0/exclusive/privateStores/fileInfos/query")]
    pub fn get_private_store_file_infos_by_page(
        &self,
        request: &GetPrivateStoreFileInfosByPageRequest,
    ) -> rt::Call<
        GetPrivateStoreFileInfosByPageResponseBody,
        GetPrivateStoreFileInfosByPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrivateStoreFileInfosByPage",
            rt::Method::Post,
            "/v1.0/exclusive/privateStores/fileInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取专属存储文件路径
    ///
    /// `POST /v1.0/exclusive/privateStores/filePaths/query`: DingTalk's `GetPrivateStoreFilePath` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPrivateStoreFilePath")]
    #[doc(alias = "/v1.0/exclusive/privateStores/filePaths/query")]
    #[doc(alias = "POST /v1.0/exclusive/privateStores/filePaths/query")]
    pub fn get_private_store_file_path(
        &self,
        request: &GetPrivateStoreFilePathRequest,
    ) -> rt::Call<GetPrivateStoreFilePathResponseBody, GetPrivateStoreFilePathError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrivateStoreFilePath",
            rt::Method::Post,
            "/v1.0/exclusive/privateStores/filePaths/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取专属存储文件处理任务信息
    ///
    /// `POST /v1.0/exclusive/privateStores/taskInfos/query`: DingTalk's `GetPrivateStoreFileTaskInfosByPage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_private_store_file_task_infos_by_page_pages`].
    #[doc(alias = "GetPrivateStoreFileTaskInfosByPage")]
    #[doc(alias = "/v1.0/exclusive/privateStores/taskInfos/query")]
    #[doc(alias = "POST /v1.0/exclusive/privateStores/taskInfos/query")]
    pub fn get_private_store_file_task_infos_by_page(
        &self,
        request: &GetPrivateStoreFileTaskInfosByPageRequest,
    ) -> rt::Call<
        GetPrivateStoreFileTaskInfosByPageResponseBody,
        GetPrivateStoreFileTaskInfosByPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrivateStoreFileTaskInfosByPage",
            rt::Method::Post,
            "/v1.0/exclusive/privateStores/taskInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取专属存储任务文件信息
    ///
    /// `POST /v1.0/exclusive/privateStores/taskInfos/file/query`: DingTalk's `GetPrivateStoreTaskFileInfosByPage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_private_store_task_file_infos_by_page_pages`].
    #[doc(alias = "GetPrivateStoreTaskFileInfosByPage")]
    #[doc(alias = "/v1.0/exclusive/privateStores/taskInfos/file/query")]
    #[doc(alias = "POST /v1.0/exclusive/privateStores/taskInfos/file/query")]
    pub fn get_private_store_task_file_infos_by_page(
        &self,
        request: &GetPrivateStoreTaskFileInfosByPageRequest,
    ) -> rt::Call<
        GetPrivateStoreTaskFileInfosByPageResponseBody,
        GetPrivateStoreTaskFileInfosByPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrivateStoreTaskFileInfosByPage",
            rt::Method::Post,
            "/v1.0/exclusive/privateStores/taskInfos/file/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取公共设备列表。
    ///
    /// `GET /v1.0/exclusive/trusts/publicDevices`: DingTalk's `GetPublicDevices` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_public_devices_pages`].
    #[doc(alias = "GetPublicDevices")]
    #[doc(alias = "/v1.0/exclusive/trusts/publicDevices")]
    #[doc(alias = "GET /v1.0/exclusive/trusts/publicDevices")]
    pub fn get_public_devices(
        &self,
        request: &GetPublicDevicesRequest,
    ) -> rt::Call<GetPublicDevicesResponseBody, GetPublicDevicesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPublicDevices",
            rt::Method::Get,
            "/v1.0/exclusive/trusts/publicDevices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取互动服务窗相关数据
    ///
    /// `GET /v1.0/exclusive/data/publisher/{dataId}`: DingTalk's `GetPublisherSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_publisher_summary_pages`].
    #[doc(alias = "GetPublisherSummary")]
    #[doc(alias = "/v1.0/exclusive/data/publisher/{dataId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/publisher/{dataId}")]
    pub fn get_publisher_summary(
        &self,
        data_id: &str,
        request: &GetPublisherSummaryRequest,
    ) -> rt::Call<GetPublisherSummaryResponseBody, GetPublisherSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPublisherSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/publisher/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 获取实人认证接口调用记录
    ///
    /// `POST /v1.0/exclusive/persons/identificationRecords/query`: DingTalk's `GetRealPeopleRecords` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_real_people_records_pages`].
    #[doc(alias = "GetRealPeopleRecords")]
    #[doc(alias = "/v1.0/exclusive/persons/identificationRecords/query")]
    #[doc(alias = "POST /v1.0/exclusive/persons/identificationRecords/query")]
    pub fn get_real_people_records(
        &self,
        request: &GetRealPeopleRecordsRequest,
    ) -> rt::Call<GetRealPeopleRecordsResponseBody, GetRealPeopleRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRealPeopleRecords",
            rt::Method::Post,
            "/v1.0/exclusive/persons/identificationRecords/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取人脸对比接口调用记录
    ///
    /// `POST /v1.0/exclusive/faces/recognizeRecords/query`: DingTalk's `GetRecognizeRecords` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_recognize_records_pages`].
    #[doc(alias = "GetRecognizeRecords")]
    #[doc(alias = "/v1.0/exclusive/faces/recognizeRecords/query")]
    #[doc(alias = "POST /v1.0/exclusive/faces/recognizeRecords/query")]
    pub fn get_recognize_records(
        &self,
        request: &GetRecognizeRecordsRequest,
    ) -> rt::Call<GetRecognizeRecordsResponseBody, GetRecognizeRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecognizeRecords",
            rt::Method::Post,
            "/v1.0/exclusive/faces/recognizeRecords/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据机器人标识查询机器人信息
    ///
    /// `GET /v1.0/exclusive/robots/infos`: DingTalk's `GetRobotInfoByCode` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRobotInfoByCode")]
    #[doc(alias = "/v1.0/exclusive/robots/infos")]
    #[doc(alias = "GET /v1.0/exclusive/robots/infos")]
    pub fn get_robot_info_by_code(
        &self,
        request: &GetRobotInfoByCodeRequest,
    ) -> rt::Call<GetRobotInfoByCodeResponseBody, GetRobotInfoByCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRobotInfoByCode",
            rt::Method::Get,
            "/v1.0/exclusive/robots/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取安全管控卡片成员
    ///
    /// `POST /v1.0/exclusive/securities/configs/members/query`: DingTalk's `GetSecurityConfigMember` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_security_config_member_pages`].
    #[doc(alias = "GetSecurityConfigMember")]
    #[doc(alias = "/v1.0/exclusive/securities/configs/members/query")]
    #[doc(alias = "POST /v1.0/exclusive/securities/configs/members/query")]
    pub fn get_security_config_member(
        &self,
        request: &GetSecurityConfigMemberRequest,
    ) -> rt::Call<GetSecurityConfigMemberResponseBody, GetSecurityConfigMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSecurityConfigMember",
            rt::Method::Post,
            "/v1.0/exclusive/securities/configs/members/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取审计协议签署人员信息
    ///
    /// `GET /v1.0/exclusive/audits/users`: DingTalk's `GetSignedDetailByPage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_signed_detail_by_page_pages`].
    #[doc(alias = "GetSignedDetailByPage")]
    #[doc(alias = "/v1.0/exclusive/audits/users")]
    #[doc(alias = "GET /v1.0/exclusive/audits/users")]
    pub fn get_signed_detail_by_page(
        &self,
        request: &GetSignedDetailByPageRequest,
    ) -> rt::Call<GetSignedDetailByPageResponseBody, GetSignedDetailByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignedDetailByPage",
            rt::Method::Get,
            "/v1.0/exclusive/audits/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取多个可信设备信息，包括mac地址、staffId、platform
    ///
    /// `POST /v1.0/exclusive/trustedDevices/query`: DingTalk's `GetTrustDeviceList` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_trust_device_list_pages`].
    #[doc(alias = "GetTrustDeviceList")]
    #[doc(alias = "/v1.0/exclusive/trustedDevices/query")]
    #[doc(alias = "POST /v1.0/exclusive/trustedDevices/query")]
    pub fn get_trust_device_list(
        &self,
        request: &GetTrustDeviceListRequest,
    ) -> rt::Call<GetTrustDeviceListResponseBody, GetTrustDeviceListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTrustDeviceList",
            rt::Method::Post,
            "/v1.0/exclusive/trustedDevices/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获得组织维度用户版本分布情况
    ///
    /// `GET /v1.0/exclusive/data/appVersion/org/{dataId}`: DingTalk's `GetUserAppVersionSummary` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_id`: `{dataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_user_app_version_summary_pages`].
    #[doc(alias = "GetUserAppVersionSummary")]
    #[doc(alias = "/v1.0/exclusive/data/appVersion/org/{dataId}")]
    #[doc(alias = "GET /v1.0/exclusive/data/appVersion/org/{dataId}")]
    pub fn get_user_app_version_summary(
        &self,
        data_id: &str,
        request: &GetUserAppVersionSummaryRequest,
    ) -> rt::Call<GetUserAppVersionSummaryResponseBody, GetUserAppVersionSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserAppVersionSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/appVersion/org/{dataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 人脸录入状态查询
    ///
    /// `POST /v1.0/exclusive/faces/recognizeStates/query`: DingTalk's `GetUserFaceState` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserFaceState")]
    #[doc(alias = "/v1.0/exclusive/faces/recognizeStates/query")]
    #[doc(alias = "POST /v1.0/exclusive/faces/recognizeStates/query")]
    pub fn get_user_face_state(
        &self,
        request: &GetUserFaceStateRequest,
    ) -> rt::Call<GetUserFaceStateResponseBody, GetUserFaceStateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserFaceState",
            rt::Method::Post,
            "/v1.0/exclusive/faces/recognizeStates/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 实人认证状态查询
    ///
    /// `POST /v1.0/exclusive/persons/identificationStates/query`: DingTalk's `GetUserRealPeopleState` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserRealPeopleState")]
    #[doc(alias = "/v1.0/exclusive/persons/identificationStates/query")]
    #[doc(alias = "POST /v1.0/exclusive/persons/identificationStates/query")]
    pub fn get_user_real_people_state(
        &self,
        request: &GetUserRealPeopleStateRequest,
    ) -> rt::Call<GetUserRealPeopleStateResponseBody, GetUserRealPeopleStateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserRealPeopleState",
            rt::Method::Post,
            "/v1.0/exclusive/persons/identificationStates/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户停留时长
    ///
    /// `GET /v1.0/exclusive/data/users/stayTimes`: DingTalk's `GetUserStayLength` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_user_stay_length_pages`].
    #[doc(alias = "GetUserStayLength")]
    #[doc(alias = "/v1.0/exclusive/data/users/stayTimes")]
    #[doc(alias = "GET /v1.0/exclusive/data/users/stayTimes")]
    pub fn get_user_stay_length(
        &self,
        request: &GetUserStayLengthRequest,
    ) -> rt::Call<GetUserStayLengthResponseBody, GetUserStayLengthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserStayLength",
            rt::Method::Get,
            "/v1.0/exclusive/data/users/stayTimes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取文件病毒扫描结果
    ///
    /// `POST /v1.0/exclusive/virusScanTasks/query`: DingTalk's `GetVirusScanResult` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetVirusScanResult")]
    #[doc(alias = "/v1.0/exclusive/virusScanTasks/query")]
    #[doc(alias = "POST /v1.0/exclusive/virusScanTasks/query")]
    pub fn get_virus_scan_result(
        &self,
        request: &GetVirusScanResultRequest,
    ) -> rt::Call<GetVirusScanResultResponseBody, GetVirusScanResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetVirusScanResult",
            rt::Method::Post,
            "/v1.0/exclusive/virusScanTasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据群属性查询群ID
    ///
    /// `POST /v1.0/exclusive/portals/groups/queryGroup`: DingTalk's `GroupQueryByAttr` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupQueryByAttr")]
    #[doc(alias = "/v1.0/exclusive/portals/groups/queryGroup")]
    #[doc(alias = "POST /v1.0/exclusive/portals/groups/queryGroup")]
    pub fn group_query_by_attr(
        &self,
        request: &GroupQueryByAttrRequest,
    ) -> rt::Call<GroupQueryByAttrResponseBody, GroupQueryByAttrError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupQueryByAttr",
            rt::Method::Post,
            "/v1.0/exclusive/portals/groups/queryGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据群ID查询群属性
    ///
    /// `POST /v1.0/exclusive/portals/groups/getGroupByOpenConversationId`: DingTalk's `GroupQueryByOpenId` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupQueryByOpenId")]
    #[doc(alias = "/v1.0/exclusive/portals/groups/getGroupByOpenConversationId")]
    #[doc(alias = "POST /v1.0/exclusive/portals/groups/getGroupByOpenConversationId")]
    pub fn group_query_by_open_id(
        &self,
        request: &GroupQueryByOpenIdRequest,
    ) -> rt::Call<GroupQueryByOpenIdResponseBody, GroupQueryByOpenIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupQueryByOpenId",
            rt::Method::Post,
            "/v1.0/exclusive/portals/groups/getGroupByOpenConversationId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业文件审计日志
    ///
    /// `GET /v1.0/exclusive/fileAuditLogs`: DingTalk's `ListAuditLog` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAuditLog")]
    #[doc(alias = "/v1.0/exclusive/fileAuditLogs")]
    #[doc(alias = "GET /v1.0/exclusive/fileAuditLogs")]
    pub fn list_audit_log(
        &self,
        request: &ListAuditLogRequest,
    ) -> rt::Call<ListAuditLogResponseBody, ListAuditLogError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAuditLog",
            rt::Method::Get,
            "/v1.0/exclusive/fileAuditLogs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据机器人code列表查询机器人信息
    ///
    /// `POST /v1.0/exclusive/sceneGroups/robotInfos/query`: DingTalk's `ListByCodes` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListByCodes")]
    #[doc(alias = "/v1.0/exclusive/sceneGroups/robotInfos/query")]
    #[doc(alias = "POST /v1.0/exclusive/sceneGroups/robotInfos/query")]
    pub fn list_by_codes(
        &self,
        request: &ListByCodesRequest,
    ) -> rt::Call<ListByCodesResponseBody, ListByCodesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListByCodes",
            rt::Method::Post,
            "/v1.0/exclusive/sceneGroups/robotInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据插件id列表查询插件信息
    ///
    /// `POST /v1.0/exclusive/sceneGroups/pluginInfos/query`: DingTalk's `ListByPluginIds` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListByPluginIds")]
    #[doc(alias = "/v1.0/exclusive/sceneGroups/pluginInfos/query")]
    #[doc(alias = "POST /v1.0/exclusive/sceneGroups/pluginInfos/query")]
    pub fn list_by_plugin_ids(
        &self,
        request: &ListByPluginIdsRequest,
    ) -> rt::Call<ListByPluginIdsResponseBody, ListByPluginIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListByPluginIds",
            rt::Method::Post,
            "/v1.0/exclusive/sceneGroups/pluginInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询分组列表
    ///
    /// `GET /v1.0/exclusive/messageCategories/categories/listCategories`: DingTalk's `ListCategorys` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListCategorys")]
    #[doc(alias = "/v1.0/exclusive/messageCategories/categories/listCategories")]
    #[doc(alias = "GET /v1.0/exclusive/messageCategories/categories/listCategories")]
    pub fn list_categorys(
        &self,
        request: &ListCategorysRequest,
    ) -> rt::Call<ListCategorysResponseBody, ListCategorysError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListCategorys",
            rt::Method::Get,
            "/v1.0/exclusive/messageCategories/categories/listCategories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过手机号获取已加入的属于渠道组织的列表信息
    ///
    /// `GET /v1.0/exclusive/exclusiveAccounts/organizations/infos`: DingTalk's `ListJoinOrgInfo` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListJoinOrgInfo")]
    #[doc(alias = "/v1.0/exclusive/exclusiveAccounts/organizations/infos")]
    #[doc(alias = "GET /v1.0/exclusive/exclusiveAccounts/organizations/infos")]
    pub fn list_join_org_info(
        &self,
        request: &ListJoinOrgInfoRequest,
    ) -> rt::Call<ListJoinOrgInfoResponseBody, ListJoinOrgInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListJoinOrgInfo",
            rt::Method::Get,
            "/v1.0/exclusive/exclusiveAccounts/organizations/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取小程序版本列表
    ///
    /// `POST /v1.0/exclusive/miniApps/versions/availableLists`: DingTalk's `ListMiniAppAvailableVersion` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_mini_app_available_version_pages`].
    #[doc(alias = "ListMiniAppAvailableVersion")]
    #[doc(alias = "/v1.0/exclusive/miniApps/versions/availableLists")]
    #[doc(alias = "POST /v1.0/exclusive/miniApps/versions/availableLists")]
    pub fn list_mini_app_available_version(
        &self,
        request: &ListMiniAppAvailableVersionRequest,
    ) -> rt::Call<
        ListMiniAppAvailableVersionResponseBody,
        ListMiniAppAvailableVersionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMiniAppAvailableVersion",
            rt::Method::Post,
            "/v1.0/exclusive/miniApps/versions/availableLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取小程序历史版本列表
    ///
    /// `GET /v1.0/exclusive/miniApps/versions/historyLists`: DingTalk's `ListMiniAppHistoryVersion` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_mini_app_history_version_pages`].
    #[doc(alias = "ListMiniAppHistoryVersion")]
    #[doc(alias = "/v1.0/exclusive/miniApps/versions/historyLists")]
    #[doc(alias = "GET /v1.0/exclusive/miniApps/versions/historyLists")]
    pub fn list_mini_app_history_version(
        &self,
        request: &ListMiniAppHistoryVersionRequest,
    ) -> rt::Call<
        ListMiniAppHistoryVersionResponseBody,
        ListMiniAppHistoryVersionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMiniAppHistoryVersion",
            rt::Method::Get,
            "/v1.0/exclusive/miniApps/versions/historyLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询伙伴角色
    ///
    /// `GET /v1.0/exclusive/partners/roles/{parentId}`: DingTalk's `ListPartnerRoles` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `parent_id`: `{parentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListPartnerRoles")]
    #[doc(alias = "/v1.0/exclusive/partners/roles/{parentId}")]
    #[doc(alias = "GET /v1.0/exclusive/partners/roles/{parentId}")]
    pub fn list_partner_roles(
        &self,
        parent_id: &str,
    ) -> rt::Call<ListPartnerRolesResponseBody, ListPartnerRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPartnerRoles",
            rt::Method::Get,
            "/v1.0/exclusive/partners/roles/{parentId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[parent_id], &())
    }
    /// 获取巡点信息列表
    ///
    /// `POST /v1.0/exclusive/punchSchedules/query`: DingTalk's `ListPunchScheduleByConditionWithPaging` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_punch_schedule_by_condition_with_paging_pages`].
    #[doc(alias = "ListPunchScheduleByConditionWithPaging")]
    #[doc(alias = "/v1.0/exclusive/punchSchedules/query")]
    #[doc(alias = "POST /v1.0/exclusive/punchSchedules/query")]
    pub fn list_punch_schedule_by_condition_with_paging(
        &self,
        request: &ListPunchScheduleByConditionWithPagingRequest,
    ) -> rt::Call<
        ListPunchScheduleByConditionWithPagingResponseBody,
        ListPunchScheduleByConditionWithPagingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPunchScheduleByConditionWithPaging",
            rt::Method::Post,
            "/v1.0/exclusive/punchSchedules/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询规则列表
    ///
    /// `GET /v1.0/exclusive/messageCategories/rules/listRules`: DingTalk's `ListRules` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListRules")]
    #[doc(alias = "/v1.0/exclusive/messageCategories/rules/listRules")]
    #[doc(alias = "GET /v1.0/exclusive/messageCategories/rules/listRules")]
    pub fn list_rules(
        &self,
        request: &ListRulesRequest,
    ) -> rt::Call<ListRulesResponseBody, ListRulesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRules",
            rt::Method::Get,
            "/v1.0/exclusive/messageCategories/rules/listRules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 指定用户强制下线
    ///
    /// `POST /v1.0/exclusive/users/logout`: DingTalk's `Logout` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Logout")]
    #[doc(alias = "/v1.0/exclusive/users/logout")]
    #[doc(alias = "POST /v1.0/exclusive/users/logout")]
    pub fn logout(
        &self,
        request: &LogoutRequest,
    ) -> rt::Call<LogoutResponseBody, LogoutError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Logout",
            rt::Method::Post,
            "/v1.0/exclusive/users/logout",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 购买权益包
    ///
    /// `POST /v1.0/exclusive/benefitPackages/purchase`: DingTalk's `OpenBenefitPackage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenBenefitPackage")]
    #[doc(alias = "/v1.0/exclusive/benefitPackages/purchase")]
    #[doc(alias = "POST /v1.0/exclusive/benefitPackages/purchase")]
    pub fn open_benefit_package(
        &self,
        request: &OpenBenefitPackageRequest,
    ) -> rt::Call<OpenBenefitPackageResponseBody, OpenBenefitPackageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenBenefitPackage",
            rt::Method::Post,
            "/v1.0/exclusive/benefitPackages/purchase",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 商机冲突检测
    ///
    /// `POST /v1.0/exclusive/opportunities/check`: DingTalk's `OpportunitySearch` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpportunitySearch")]
    #[doc(alias = "/v1.0/exclusive/opportunities/check")]
    #[doc(alias = "POST /v1.0/exclusive/opportunities/check")]
    pub fn opportunity_search(
        &self,
        request: &OpportunitySearchRequest,
    ) -> rt::Call<OpportunitySearchResponseBody, OpportunitySearchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpportunitySearch",
            rt::Method::Post,
            "/v1.0/exclusive/opportunities/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 防作弊风险检测
    ///
    /// `POST /v1.0/exclusive/preventCheats/risks/check`: DingTalk's `PreventCheatingCheckRisk` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PreventCheatingCheckRisk")]
    #[doc(alias = "/v1.0/exclusive/preventCheats/risks/check")]
    #[doc(alias = "POST /v1.0/exclusive/preventCheats/risks/check")]
    pub fn prevent_cheating_check_risk(
        &self,
        request: &PreventCheatingCheckRiskRequest,
    ) -> rt::Call<PreventCheatingCheckRiskResponseBody, PreventCheatingCheckRiskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PreventCheatingCheckRisk",
            rt::Method::Post,
            "/v1.0/exclusive/preventCheats/risks/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送文件更改的评论
    ///
    /// `POST /v1.0/exclusive/comments/send`: DingTalk's `PublishFileChangeNotice` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PublishFileChangeNotice")]
    #[doc(alias = "/v1.0/exclusive/comments/send")]
    #[doc(alias = "POST /v1.0/exclusive/comments/send")]
    pub fn publish_file_change_notice(
        &self,
        request: &PublishFileChangeNoticeRequest,
    ) -> rt::Call<(), PublishFileChangeNoticeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PublishFileChangeNotice",
            rt::Method::Post,
            "/v1.0/exclusive/comments/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发布规则
    ///
    /// `POST /v1.0/exclusive/messageCategories/rules/publish`: DingTalk's `PublishRule` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PublishRule")]
    #[doc(alias = "/v1.0/exclusive/messageCategories/rules/publish")]
    #[doc(alias = "POST /v1.0/exclusive/messageCategories/rules/publish")]
    pub fn publish_rule(
        &self,
        request: &PublishRuleRequest,
    ) -> rt::Call<PublishRuleResponseBody, PublishRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PublishRule",
            rt::Method::Post,
            "/v1.0/exclusive/messageCategories/rules/publish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 推送专属设计中自建/第三方应用的小红点
    ///
    /// `POST /v1.0/exclusive/exclusiveDesigns/redPoints/push`: DingTalk's `PushBadge` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushBadge")]
    #[doc(alias = "/v1.0/exclusive/exclusiveDesigns/redPoints/push")]
    #[doc(alias = "POST /v1.0/exclusive/exclusiveDesigns/redPoints/push")]
    pub fn push_badge(
        &self,
        request: &PushBadgeRequest,
    ) -> rt::Call<PushBadgeResponseBody, PushBadgeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushBadge",
            rt::Method::Post,
            "/v1.0/exclusive/exclusiveDesigns/redPoints/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询跨云存储配置
    ///
    /// `GET /v1.0/exclusive/fileStorages/acrossClouds/configurations`: DingTalk's `QueryAcrossCloudStroageConfigs` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAcrossCloudStroageConfigs")]
    #[doc(alias = "/v1.0/exclusive/fileStorages/acrossClouds/configurations")]
    #[doc(alias = "GET /v1.0/exclusive/fileStorages/acrossClouds/configurations")]
    pub fn query_across_cloud_stroage_configs(
        &self,
        request: &QueryAcrossCloudStroageConfigsRequest,
    ) -> rt::Call<
        QueryAcrossCloudStroageConfigsResponseBody,
        QueryAcrossCloudStroageConfigsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAcrossCloudStroageConfigs",
            rt::Method::Get,
            "/v1.0/exclusive/fileStorages/acrossClouds/configurations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据手机号查询渠道组织中的员工信息
    ///
    /// `GET /v1.0/exclusive/channelOrganizations/users`: DingTalk's `QueryChannelStaffInfoByMobile` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryChannelStaffInfoByMobile")]
    #[doc(alias = "/v1.0/exclusive/channelOrganizations/users")]
    #[doc(alias = "GET /v1.0/exclusive/channelOrganizations/users")]
    pub fn query_channel_staff_info_by_mobile(
        &self,
        request: &QueryChannelStaffInfoByMobileRequest,
    ) -> rt::Call<
        QueryChannelStaffInfoByMobileResponseBody,
        QueryChannelStaffInfoByMobileError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryChannelStaffInfoByMobile",
            rt::Method::Get,
            "/v1.0/exclusive/channelOrganizations/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取分组下会话列表
    ///
    /// `GET /v1.0/exclusive/categories/conversations`: DingTalk's `QueryConversationPage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_conversation_page_pages`].
    #[doc(alias = "QueryConversationPage")]
    #[doc(alias = "/v1.0/exclusive/categories/conversations")]
    #[doc(alias = "GET /v1.0/exclusive/categories/conversations")]
    pub fn query_conversation_page(
        &self,
        request: &QueryConversationPageRequest,
    ) -> rt::Call<QueryConversationPageResponseBody, QueryConversationPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryConversationPage",
            rt::Method::Get,
            "/v1.0/exclusive/categories/conversations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询专属版权益
    ///
    /// `GET /v1.0/exclusive/benefits`: DingTalk's `QueryExclusiveBenefits` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryExclusiveBenefits")]
    #[doc(alias = "/v1.0/exclusive/benefits")]
    #[doc(alias = "GET /v1.0/exclusive/benefits")]
    pub fn query_exclusive_benefits(
        &self,
    ) -> rt::Call<QueryExclusiveBenefitsResponseBody, QueryExclusiveBenefitsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryExclusiveBenefits",
            rt::Method::Get,
            "/v1.0/exclusive/benefits",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 分页查询指定UID的服务窗推送记录
    ///
    /// `POST /v1.0/exclusive/follow/message/queryMsgSendRecords`: DingTalk's `QueryMsgSendRecords` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMsgSendRecords")]
    #[doc(alias = "/v1.0/exclusive/follow/message/queryMsgSendRecords")]
    #[doc(alias = "POST /v1.0/exclusive/follow/message/queryMsgSendRecords")]
    pub fn query_msg_send_records(
        &self,
        request: &QueryMsgSendRecordsRequest,
    ) -> rt::Call<QueryMsgSendRecordsResponseBody, QueryMsgSendRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMsgSendRecords",
            rt::Method::Post,
            "/v1.0/exclusive/follow/message/queryMsgSendRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 伙伴钉根据uid查询人员的标签信息
    ///
    /// `GET /v1.0/exclusive/partners/users/{userId}`: DingTalk's `QueryPartnerInfo` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPartnerInfo")]
    #[doc(alias = "/v1.0/exclusive/partners/users/{userId}")]
    #[doc(alias = "GET /v1.0/exclusive/partners/users/{userId}")]
    pub fn query_partner_info(
        &self,
        user_id: &str,
    ) -> rt::Call<QueryPartnerInfoResponseBody, QueryPartnerInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPartnerInfo",
            rt::Method::Get,
            "/v1.0/exclusive/partners/users/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 根据templateId查询模版信息
    ///
    /// `GET /v1.0/exclusive/sceneGroups/templates/{templateId}/infos`: DingTalk's `QueryTemplateInfo` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `template_id`: `{templateId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTemplateInfo")]
    #[doc(alias = "/v1.0/exclusive/sceneGroups/templates/{templateId}/infos")]
    #[doc(alias = "GET /v1.0/exclusive/sceneGroups/templates/{templateId}/infos")]
    pub fn query_template_info(
        &self,
        template_id: &str,
    ) -> rt::Call<QueryTemplateInfoResponseBody, QueryTemplateInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTemplateInfo",
            rt::Method::Get,
            "/v1.0/exclusive/sceneGroups/templates/{templateId}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], &())
    }
    /// 获取用户截屏操作记录
    ///
    /// `POST /v1.0/exclusive/enterpriseSecurities/userBehaviors/screenshots/query`: DingTalk's `QueryUserBehavior` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_user_behavior_pages`].
    #[doc(alias = "QueryUserBehavior")]
    #[doc(
        alias = "/v1.0/exclusive/enterpriseSecurities/userBehaviors/screenshots/query"
    )]
    #[doc(
        alias = "POST /v1.0/exclusive/enterpriseSecurities/userBehaviors/screenshots/query"
    )]
    pub fn query_user_behavior(
        &self,
        request: &QueryUserBehaviorRequest,
    ) -> rt::Call<QueryUserBehaviorResponseBody, QueryUserBehaviorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserBehavior",
            rt::Method::Post,
            "/v1.0/exclusive/enterpriseSecurities/userBehaviors/screenshots/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小程序版本回滚
    ///
    /// `POST /v1.0/exclusive/miniApps/versions/rollback`: DingTalk's `RollbackMiniAppVersion` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RollbackMiniAppVersion")]
    #[doc(alias = "/v1.0/exclusive/miniApps/versions/rollback")]
    #[doc(alias = "POST /v1.0/exclusive/miniApps/versions/rollback")]
    pub fn rollback_mini_app_version(
        &self,
        request: &RollbackMiniAppVersionRequest,
    ) -> rt::Call<RollbackMiniAppVersionResponseBody, RollbackMiniAppVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RollbackMiniAppVersion",
            rt::Method::Post,
            "/v1.0/exclusive/miniApps/versions/rollback",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 按规则批量发消息
    ///
    /// `POST /v1.0/exclusive/dmc/rules/messages/batchSend`: DingTalk's `RuleBatchReceiver` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RuleBatchReceiver")]
    #[doc(alias = "/v1.0/exclusive/dmc/rules/messages/batchSend")]
    #[doc(alias = "POST /v1.0/exclusive/dmc/rules/messages/batchSend")]
    pub fn rule_batch_receiver(
        &self,
        request: &RuleBatchReceiverRequest,
    ) -> rt::Call<RuleBatchReceiverResponseBody, RuleBatchReceiverError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RuleBatchReceiver",
            rt::Method::Post,
            "/v1.0/exclusive/dmc/rules/messages/batchSend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增跨云存储配置
    ///
    /// `POST /v1.0/exclusive/fileStorages/acrossClouds/configurations`: DingTalk's `SaveAcrossCloudStroageConfigs` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveAcrossCloudStroageConfigs")]
    #[doc(alias = "/v1.0/exclusive/fileStorages/acrossClouds/configurations")]
    #[doc(alias = "POST /v1.0/exclusive/fileStorages/acrossClouds/configurations")]
    pub fn save_across_cloud_stroage_configs(
        &self,
        request: &SaveAcrossCloudStroageConfigsRequest,
    ) -> rt::Call<
        SaveAcrossCloudStroageConfigsResponseBody,
        SaveAcrossCloudStroageConfigsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveAcrossCloudStroageConfigs",
            rt::Method::Post,
            "/v1.0/exclusive/fileStorages/acrossClouds/configurations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存并提交认证信息
    ///
    /// `POST /v1.0/exclusive/ognizations/authInfos/saveAndSubmit`: DingTalk's `SaveAndSubmitAuthInfo` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveAndSubmitAuthInfo")]
    #[doc(alias = "/v1.0/exclusive/ognizations/authInfos/saveAndSubmit")]
    #[doc(alias = "POST /v1.0/exclusive/ognizations/authInfos/saveAndSubmit")]
    pub fn save_and_submit_auth_info(
        &self,
        request: &SaveAndSubmitAuthInfoRequest,
    ) -> rt::Call<SaveAndSubmitAuthInfoResponseBody, SaveAndSubmitAuthInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveAndSubmitAuthInfo",
            rt::Method::Post,
            "/v1.0/exclusive/ognizations/authInfos/saveAndSubmit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亿格云能力结合
    ///
    /// `POST /v1.0/exclusive/externalLogs/terminalInfos/save`: DingTalk's `SaveOpenTerminalInfo` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveOpenTerminalInfo")]
    #[doc(alias = "/v1.0/exclusive/externalLogs/terminalInfos/save")]
    #[doc(alias = "POST /v1.0/exclusive/externalLogs/terminalInfos/save")]
    pub fn save_open_terminal_info(
        &self,
        request: &SaveOpenTerminalInfoRequest,
    ) -> rt::Call<SaveOpenTerminalInfoResponseBody, SaveOpenTerminalInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveOpenTerminalInfo",
            rt::Method::Post,
            "/v1.0/exclusive/externalLogs/terminalInfos/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存专属文件存储的功能项
    ///
    /// `POST /v1.0/exclusive/storages/functions/save`: DingTalk's `SaveStorageFunctionSwitch` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveStorageFunctionSwitch")]
    #[doc(alias = "/v1.0/exclusive/storages/functions/save")]
    #[doc(alias = "POST /v1.0/exclusive/storages/functions/save")]
    pub fn save_storage_function_switch(
        &self,
        request: &SaveStorageFunctionSwitchRequest,
    ) -> rt::Call<
        SaveStorageFunctionSwitchResponseBody,
        SaveStorageFunctionSwitchError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveStorageFunctionSwitch",
            rt::Method::Post,
            "/v1.0/exclusive/storages/functions/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存专属文件存储整体开关
    ///
    /// `POST /v1.0/exclusive/storages/switches/save`: DingTalk's `SaveStorageSwitch` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveStorageSwitch")]
    #[doc(alias = "/v1.0/exclusive/storages/switches/save")]
    #[doc(alias = "POST /v1.0/exclusive/storages/switches/save")]
    pub fn save_storage_switch(
        &self,
        request: &SaveStorageSwitchRequest,
    ) -> rt::Call<SaveStorageSwitchResponseBody, SaveStorageSwitchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveStorageSwitch",
            rt::Method::Post,
            "/v1.0/exclusive/storages/switches/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用于提供mdm微应用白名单配置能力
    ///
    /// `POST /v1.0/exclusive/miniApps/whiteLists/save`: DingTalk's `SaveWhiteApp` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveWhiteApp")]
    #[doc(alias = "/v1.0/exclusive/miniApps/whiteLists/save")]
    #[doc(alias = "POST /v1.0/exclusive/miniApps/whiteLists/save")]
    pub fn save_white_app(
        &self,
        request: &SaveWhiteAppRequest,
    ) -> rt::Call<SaveWhiteAppResponseBody, SaveWhiteAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveWhiteApp",
            rt::Method::Post,
            "/v1.0/exclusive/miniApps/whiteLists/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业内部群信息
    ///
    /// `GET /v1.0/exclusive/securities/orgGroupInfos`: DingTalk's `SearchOrgInnerGroupInfo` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchOrgInnerGroupInfo")]
    #[doc(alias = "/v1.0/exclusive/securities/orgGroupInfos")]
    #[doc(alias = "GET /v1.0/exclusive/securities/orgGroupInfos")]
    pub fn search_org_inner_group_info(
        &self,
        request: &SearchOrgInnerGroupInfoRequest,
    ) -> rt::Call<SearchOrgInnerGroupInfoResponseBody, SearchOrgInnerGroupInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchOrgInnerGroupInfo",
            rt::Method::Get,
            "/v1.0/exclusive/securities/orgGroupInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业全量内部群信息
    ///
    /// `GET /v1.0/exclusive/securities/orgAllGroupInfos`: DingTalk's `SearchOrgInnerGroupInfoByCursorPage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_org_inner_group_info_by_cursor_page_pages`].
    #[doc(alias = "SearchOrgInnerGroupInfoByCursorPage")]
    #[doc(alias = "/v1.0/exclusive/securities/orgAllGroupInfos")]
    #[doc(alias = "GET /v1.0/exclusive/securities/orgAllGroupInfos")]
    pub fn search_org_inner_group_info_by_cursor_page(
        &self,
        request: &SearchOrgInnerGroupInfoByCursorPageRequest,
    ) -> rt::Call<
        SearchOrgInnerGroupInfoByCursorPageResponseBody,
        SearchOrgInnerGroupInfoByCursorPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchOrgInnerGroupInfoByCursorPage",
            rt::Method::Get,
            "/v1.0/exclusive/securities/orgAllGroupInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过接口发送应用内DING
    ///
    /// `POST /v1.0/exclusive/appDings/send`: DingTalk's `SendAppDing` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendAppDing")]
    #[doc(alias = "/v1.0/exclusive/appDings/send")]
    #[doc(alias = "POST /v1.0/exclusive/appDings/send")]
    pub fn send_app_ding(
        &self,
        request: &SendAppDingRequest,
    ) -> rt::Call<(), SendAppDingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendAppDing",
            rt::Method::Post,
            "/v1.0/exclusive/appDings/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送邀请函
    ///
    /// `POST /v1.0/exclusive/partnerDepartments/invitations/send`: DingTalk's `SendInvitation` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendInvitation")]
    #[doc(alias = "/v1.0/exclusive/partnerDepartments/invitations/send")]
    #[doc(alias = "POST /v1.0/exclusive/partnerDepartments/invitations/send")]
    pub fn send_invitation(
        &self,
        request: &SendInvitationRequest,
    ) -> rt::Call<(), SendInvitationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendInvitation",
            rt::Method::Post,
            "/v1.0/exclusive/partnerDepartments/invitations/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 互动服务窗-群发消息
    ///
    /// `POST /v1.0/exclusive/follow/message/send`: DingTalk's `SendMessage` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendMessage")]
    #[doc(alias = "/v1.0/exclusive/follow/message/send")]
    #[doc(alias = "POST /v1.0/exclusive/follow/message/send")]
    pub fn send_message(
        &self,
        request: &SendMessageRequest,
    ) -> rt::Call<SendMessageResponseBody, SendMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendMessage",
            rt::Method::Post,
            "/v1.0/exclusive/follow/message/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过接口发送电话DING
    ///
    /// `POST /v1.0/exclusive/phoneDings/send`: DingTalk's `SendPhoneDing` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendPhoneDing")]
    #[doc(alias = "/v1.0/exclusive/phoneDings/send")]
    #[doc(alias = "POST /v1.0/exclusive/phoneDings/send")]
    pub fn send_phone_ding(
        &self,
        request: &SendPhoneDingRequest,
    ) -> rt::Call<SendPhoneDingResponseBody, SendPhoneDingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendPhoneDing",
            rt::Method::Post,
            "/v1.0/exclusive/phoneDings/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置会话所属分组
    ///
    /// `POST /v1.0/exclusive/conversationCategories/set`: DingTalk's `SetConversationCategory` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetConversationCategory")]
    #[doc(alias = "/v1.0/exclusive/conversationCategories/set")]
    #[doc(alias = "POST /v1.0/exclusive/conversationCategories/set")]
    pub fn set_conversation_category(
        &self,
        request: &SetConversationCategoryRequest,
    ) -> rt::Call<SetConversationCategoryResponseBody, SetConversationCategoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetConversationCategory",
            rt::Method::Post,
            "/v1.0/exclusive/conversationCategories/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置会话副标题
    ///
    /// `PUT /v1.0/exclusive/conversations/subtitles/set`: DingTalk's `SetConversationSubtitle` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetConversationSubtitle")]
    #[doc(alias = "/v1.0/exclusive/conversations/subtitles/set")]
    #[doc(alias = "PUT /v1.0/exclusive/conversations/subtitles/set")]
    pub fn set_conversation_subtitle(
        &self,
        request: &SetConversationSubtitleRequest,
    ) -> rt::Call<SetConversationSubtitleResponseBody, SetConversationSubtitleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetConversationSubtitle",
            rt::Method::Put,
            "/v1.0/exclusive/conversations/subtitles/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置会话所属顶部分组
    ///
    /// `POST /v1.0/exclusive/conversations/topCategories/set`: DingTalk's `SetConversationTopCategory` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetConversationTopCategory")]
    #[doc(alias = "/v1.0/exclusive/conversations/topCategories/set")]
    #[doc(alias = "POST /v1.0/exclusive/conversations/topCategories/set")]
    pub fn set_conversation_top_category(
        &self,
        request: &SetConversationTopCategoryRequest,
    ) -> rt::Call<
        SetConversationTopCategoryResponseBody,
        SetConversationTopCategoryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetConversationTopCategory",
            rt::Method::Post,
            "/v1.0/exclusive/conversations/topCategories/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 伙伴钉设置部门伙伴编码和伙伴类型
    ///
    /// `POST /v1.0/exclusive/partnerDepartments`: DingTalk's `SetDeptPartnerTypeAndNum` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetDeptPartnerTypeAndNum")]
    #[doc(alias = "/v1.0/exclusive/partnerDepartments")]
    #[doc(alias = "POST /v1.0/exclusive/partnerDepartments")]
    pub fn set_dept_partner_type_and_num(
        &self,
        request: &SetDeptPartnerTypeAndNumRequest,
    ) -> rt::Call<rt::serde_json::Value, SetDeptPartnerTypeAndNumError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetDeptPartnerTypeAndNum",
            rt::Method::Post,
            "/v1.0/exclusive/partnerDepartments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置企业全局顶部会话分组
    ///
    /// `POST /v1.0/exclusive/topConversations/categories/set`: DingTalk's `SetOrgTopConversationCategory` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetOrgTopConversationCategory")]
    #[doc(alias = "/v1.0/exclusive/topConversations/categories/set")]
    #[doc(alias = "POST /v1.0/exclusive/topConversations/categories/set")]
    pub fn set_org_top_conversation_category(
        &self,
        request: &SetOrgTopConversationCategoryRequest,
    ) -> rt::Call<
        SetOrgTopConversationCategoryResponseBody,
        SetOrgTopConversationCategoryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetOrgTopConversationCategory",
            rt::Method::Post,
            "/v1.0/exclusive/topConversations/categories/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 千人千面按规则批量发消息
    ///
    /// `POST /v1.0/exclusive/dmc/rules/specialMessages/batchSend`: DingTalk's `SpecialRuleBatchReceiver` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SpecialRuleBatchReceiver")]
    #[doc(alias = "/v1.0/exclusive/dmc/rules/specialMessages/batchSend")]
    #[doc(alias = "POST /v1.0/exclusive/dmc/rules/specialMessages/batchSend")]
    pub fn special_rule_batch_receiver(
        &self,
        request: &SpecialRuleBatchReceiverRequest,
    ) -> rt::Call<SpecialRuleBatchReceiverResponseBody, SpecialRuleBatchReceiverError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SpecialRuleBatchReceiver",
            rt::Method::Post,
            "/v1.0/exclusive/dmc/rules/specialMessages/batchSend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 增加/删除任务人员
    ///
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/addDelTaskPerson`: DingTalk's `TaskInfoAddDelTaskPerson` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TaskInfoAddDelTaskPerson")]
    #[doc(alias = "/v1.0/exclusive/taskCenters/taskInfos/addDelTaskPerson")]
    #[doc(alias = "POST /v1.0/exclusive/taskCenters/taskInfos/addDelTaskPerson")]
    pub fn task_info_add_del_task_person(
        &self,
        request: &TaskInfoAddDelTaskPersonRequest,
    ) -> rt::Call<TaskInfoAddDelTaskPersonResponseBody, TaskInfoAddDelTaskPersonError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TaskInfoAddDelTaskPerson",
            rt::Method::Post,
            "/v1.0/exclusive/taskCenters/taskInfos/addDelTaskPerson",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除任务
    ///
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/cancelOrDelTask`: DingTalk's `TaskInfoCancelOrDelTask` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TaskInfoCancelOrDelTask")]
    #[doc(alias = "/v1.0/exclusive/taskCenters/taskInfos/cancelOrDelTask")]
    #[doc(alias = "POST /v1.0/exclusive/taskCenters/taskInfos/cancelOrDelTask")]
    pub fn task_info_cancel_or_del_task(
        &self,
        request: &TaskInfoCancelOrDelTaskRequest,
    ) -> rt::Call<TaskInfoCancelOrDelTaskResponseBody, TaskInfoCancelOrDelTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TaskInfoCancelOrDelTask",
            rt::Method::Post,
            "/v1.0/exclusive/taskCenters/taskInfos/cancelOrDelTask",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建并启动任务
    ///
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/createAndStart`: DingTalk's `TaskInfoCreateAndStartTask` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TaskInfoCreateAndStartTask")]
    #[doc(alias = "/v1.0/exclusive/taskCenters/taskInfos/createAndStart")]
    #[doc(alias = "POST /v1.0/exclusive/taskCenters/taskInfos/createAndStart")]
    pub fn task_info_create_and_start_task(
        &self,
        request: &TaskInfoCreateAndStartTaskRequest,
    ) -> rt::Call<
        TaskInfoCreateAndStartTaskResponseBody,
        TaskInfoCreateAndStartTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TaskInfoCreateAndStartTask",
            rt::Method::Post,
            "/v1.0/exclusive/taskCenters/taskInfos/createAndStart",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 完成任务
    ///
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/finishTask`: DingTalk's `TaskInfoFinishTask` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TaskInfoFinishTask")]
    #[doc(alias = "/v1.0/exclusive/taskCenters/taskInfos/finishTask")]
    #[doc(alias = "POST /v1.0/exclusive/taskCenters/taskInfos/finishTask")]
    pub fn task_info_finish_task(
        &self,
        request: &TaskInfoFinishTaskRequest,
    ) -> rt::Call<TaskInfoFinishTaskResponseBody, TaskInfoFinishTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TaskInfoFinishTask",
            rt::Method::Post,
            "/v1.0/exclusive/taskCenters/taskInfos/finishTask",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新任务
    ///
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/update`: DingTalk's `TaskInfoUpdateTask` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TaskInfoUpdateTask")]
    #[doc(alias = "/v1.0/exclusive/taskCenters/taskInfos/update")]
    #[doc(alias = "POST /v1.0/exclusive/taskCenters/taskInfos/update")]
    pub fn task_info_update_task(
        &self,
        request: &TaskInfoUpdateTaskRequest,
    ) -> rt::Call<TaskInfoUpdateTaskResponseBody, TaskInfoUpdateTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TaskInfoUpdateTask",
            rt::Method::Post,
            "/v1.0/exclusive/taskCenters/taskInfos/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 切换组织归属
    ///
    /// `POST /v1.0/exclusive/organizations/transfer`: DingTalk's `TransferExclusiveAccountOrg` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TransferExclusiveAccountOrg")]
    #[doc(alias = "/v1.0/exclusive/organizations/transfer")]
    #[doc(alias = "POST /v1.0/exclusive/organizations/transfer")]
    pub fn transfer_exclusive_account_org(
        &self,
        request: &TransferExclusiveAccountOrgRequest,
    ) -> rt::Call<
        TransferExclusiveAccountOrgResponseBody,
        TransferExclusiveAccountOrgError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TransferExclusiveAccountOrg",
            rt::Method::Post,
            "/v1.0/exclusive/organizations/transfer",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更改分组名称
    ///
    /// `PUT /v1.0/exclusive/messageCategories/categories/names`: DingTalk's `UpdateCategoryName` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCategoryName")]
    #[doc(alias = "/v1.0/exclusive/messageCategories/categories/names")]
    #[doc(alias = "PUT /v1.0/exclusive/messageCategories/categories/names")]
    pub fn update_category_name(
        &self,
        request: &UpdateCategoryNameRequest,
    ) -> rt::Call<UpdateCategoryNameResponseBody, UpdateCategoryNameError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCategoryName",
            rt::Method::Put,
            "/v1.0/exclusive/messageCategories/categories/names",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 变更群聊类型
    ///
    /// `PUT /v1.0/exclusive/conversationTypes`: DingTalk's `UpdateConversationType` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateConversationType")]
    #[doc(alias = "/v1.0/exclusive/conversationTypes")]
    #[doc(alias = "PUT /v1.0/exclusive/conversationTypes")]
    pub fn update_conversation_type(
        &self,
        request: &UpdateConversationTypeRequest,
    ) -> rt::Call<UpdateConversationTypeResponseBody, UpdateConversationTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateConversationType",
            rt::Method::Put,
            "/v1.0/exclusive/conversationTypes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新发送文件的检测状态
    ///
    /// `PUT /v1.0/exclusive/sending/files/status`: DingTalk's `UpdateFileStatus` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFileStatus")]
    #[doc(alias = "/v1.0/exclusive/sending/files/status")]
    #[doc(alias = "PUT /v1.0/exclusive/sending/files/status")]
    pub fn update_file_status(
        &self,
        request: &UpdateFileStatusRequest,
    ) -> rt::Call<UpdateFileStatusResponseBody, UpdateFileStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFileStatus",
            rt::Method::Put,
            "/v1.0/exclusive/sending/files/status",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发布版本
    ///
    /// `POST /v1.0/exclusive/miniApps/versions/versionStatus`: DingTalk's `UpdateMiniAppVersionStatus` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMiniAppVersionStatus")]
    #[doc(alias = "/v1.0/exclusive/miniApps/versions/versionStatus")]
    #[doc(alias = "POST /v1.0/exclusive/miniApps/versions/versionStatus")]
    pub fn update_mini_app_version_status(
        &self,
        request: &UpdateMiniAppVersionStatusRequest,
    ) -> rt::Call<
        UpdateMiniAppVersionStatusResponseBody,
        UpdateMiniAppVersionStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMiniAppVersionStatus",
            rt::Method::Post,
            "/v1.0/exclusive/miniApps/versions/versionStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改伙伴类型可见性
    ///
    /// `PUT /v1.0/exclusive/partnerDepartments/visibilityPartners`: DingTalk's `UpdatePartnerVisibility` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePartnerVisibility")]
    #[doc(alias = "/v1.0/exclusive/partnerDepartments/visibilityPartners")]
    #[doc(alias = "PUT /v1.0/exclusive/partnerDepartments/visibilityPartners")]
    pub fn update_partner_visibility(
        &self,
        request: &UpdatePartnerVisibilityRequest,
    ) -> rt::Call<bool, UpdatePartnerVisibilityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePartnerVisibility",
            rt::Method::Put,
            "/v1.0/exclusive/partnerDepartments/visibilityPartners",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 专属一线版-企业修改员工license
    ///
    /// `PUT /v1.0/exclusive/frontLines/licenses`: DingTalk's `UpdateRealmLicense` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRealmLicense")]
    #[doc(alias = "/v1.0/exclusive/frontLines/licenses")]
    #[doc(alias = "PUT /v1.0/exclusive/frontLines/licenses")]
    pub fn update_realm_license(
        &self,
        request: &UpdateRealmLicenseRequest,
    ) -> rt::Call<UpdateRealmLicenseResponseBody, UpdateRealmLicenseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRealmLicense",
            rt::Method::Put,
            "/v1.0/exclusive/frontLines/licenses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改角色可见性
    ///
    /// `PUT /v1.0/exclusive/partnerDepartments/visibilityRoles`: DingTalk's `UpdateRoleVisibility` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRoleVisibility")]
    #[doc(alias = "/v1.0/exclusive/partnerDepartments/visibilityRoles")]
    #[doc(alias = "PUT /v1.0/exclusive/partnerDepartments/visibilityRoles")]
    pub fn update_role_visibility(
        &self,
        request: &UpdateRoleVisibilityRequest,
    ) -> rt::Call<bool, UpdateRoleVisibilityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRoleVisibility",
            rt::Method::Put,
            "/v1.0/exclusive/partnerDepartments/visibilityRoles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新组织专属存储模式
    ///
    /// `PUT /v1.0/exclusive/fileStorages/acrossClouds/storageModes`: DingTalk's `UpdateStorageMode` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateStorageMode")]
    #[doc(alias = "/v1.0/exclusive/fileStorages/acrossClouds/storageModes")]
    #[doc(alias = "PUT /v1.0/exclusive/fileStorages/acrossClouds/storageModes")]
    pub fn update_storage_mode(
        &self,
        request: &UpdateStorageModeRequest,
    ) -> rt::Call<UpdateStorageModeResponseBody, UpdateStorageModeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateStorageMode",
            rt::Method::Put,
            "/v1.0/exclusive/fileStorages/acrossClouds/storageModes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过设备编号修改设备信息。
    ///
    /// `PUT /v1.0/exclusive/trustedDevices/{deviceId}`: DingTalk's `UpdateTrustedDevice` (module feature `exclusive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `device_id`: `{deviceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTrustedDevice")]
    #[doc(alias = "/v1.0/exclusive/trustedDevices/{deviceId}")]
    #[doc(alias = "PUT /v1.0/exclusive/trustedDevices/{deviceId}")]
    pub fn update_trusted_device(
        &self,
        device_id: &str,
        request: &UpdateTrustedDeviceRequest,
    ) -> rt::Call<UpdateTrustedDeviceResponseBody, UpdateTrustedDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTrustedDevice",
            rt::Method::Put,
            "/v1.0/exclusive/trustedDevices/{deviceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[device_id], request)
    }
    /// 允许三方调用该API，决定对应的语音消息管控状态
    ///
    /// `PUT /v1.0/exclusive/voiceMessages/ctrlStatuses`: DingTalk's `UpdateVoiceMsgCtrlStatus` (module feature `exclusive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateVoiceMsgCtrlStatus")]
    #[doc(alias = "/v1.0/exclusive/voiceMessages/ctrlStatuses")]
    #[doc(alias = "PUT /v1.0/exclusive/voiceMessages/ctrlStatuses")]
    pub fn update_voice_msg_ctrl_status(
        &self,
        request: &UpdateVoiceMsgCtrlStatusRequest,
    ) -> rt::Call<UpdateVoiceMsgCtrlStatusResponseBody, UpdateVoiceMsgCtrlStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateVoiceMsgCtrlStatus",
            rt::Method::Put,
            "/v1.0/exclusive/voiceMessages/ctrlStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_account_transfer_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `itemList` of each page.
    pub fn get_account_transfer_list_pages(
        &self,
        request: &GetAccountTransferListRequest,
    ) -> rt::Paginator<
        GetAccountTransferListResponseBody,
        GetAccountTransferListError,
        GetAccountTransferListResponseBodyItemList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["itemList"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_account_transfer_list(request), &PAGING)
    }
    /// Every page of [`Api::get_cids_by_bot_code`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false`. Items: `groupInfos` of each page.
    pub fn get_cids_by_bot_code_pages(
        &self,
        request: &GetCidsByBotCodeRequest,
    ) -> rt::Paginator<
        GetCidsByBotCodeResponseBody,
        GetCidsByBotCodeError,
        GetCidsByBotCodeResponseBodyGroupInfos,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["groupInfos"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.get_cids_by_bot_code(request), &PAGING)
    }
    /// Every page of [`Api::get_comment_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_comment_list_pages(
        &self,
        publisher_id: &str,
        request: &GetCommentListRequest,
    ) -> rt::Paginator<
        GetCommentListResponseBody,
        GetCommentListError,
        GetCommentListResponseBodyData,
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
        rt::Paginator::new(self.get_comment_list(publisher_id, request), &PAGING)
    }
    /// Every page of [`Api::get_ding_report_dept_summary`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `data` of each page.
    pub fn get_ding_report_dept_summary_pages(
        &self,
        data_id: &str,
        request: &GetDingReportDeptSummaryRequest,
    ) -> rt::Paginator<
        GetDingReportDeptSummaryResponseBody,
        GetDingReportDeptSummaryError,
        GetDingReportDeptSummaryResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["data"],
        );
        rt::Paginator::new(self.get_ding_report_dept_summary(data_id, request), &PAGING)
    }
    /// Every page of [`Api::get_doc_created_dept_summary`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `data` of each page.
    pub fn get_doc_created_dept_summary_pages(
        &self,
        data_id: &str,
        request: &GetDocCreatedDeptSummaryRequest,
    ) -> rt::Paginator<
        GetDocCreatedDeptSummaryResponseBody,
        GetDocCreatedDeptSummaryError,
        GetDocCreatedDeptSummaryResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["data"],
        );
        rt::Paginator::new(self.get_doc_created_dept_summary(data_id, request), &PAGING)
    }
    /// Every page of [`Api::get_general_form_created_dept_summary`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `data` of each page.
    pub fn get_general_form_created_dept_summary_pages(
        &self,
        data_id: &str,
        request: &GetGeneralFormCreatedDeptSummaryRequest,
    ) -> rt::Paginator<
        GetGeneralFormCreatedDeptSummaryResponseBody,
        GetGeneralFormCreatedDeptSummaryError,
        GetGeneralFormCreatedDeptSummaryResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["data"],
        );
        rt::Paginator::new(
            self.get_general_form_created_dept_summary(data_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::get_group_active_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_group_active_info_pages(
        &self,
        request: &GetGroupActiveInfoRequest,
    ) -> rt::Paginator<
        GetGroupActiveInfoResponseBody,
        GetGroupActiveInfoError,
        GetGroupActiveInfoResponseBodyData,
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
        rt::Paginator::new(self.get_group_active_info(request), &PAGING)
    }
    /// Every page of [`Api::get_in_active_user_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `dataList` of each page.
    pub fn get_in_active_user_list_pages(
        &self,
        request: &GetInActiveUserListRequest,
    ) -> rt::Paginator<
        GetInActiveUserListResponseBody,
        GetInActiveUserListError,
        rt::BTreeMap<String, rt::serde_json::Value>,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["dataList"],
            &[],
            &[],
        );
        rt::Paginator::new(self.get_in_active_user_list(request), &PAGING)
    }
    /// Every page of [`Api::get_oa_operator_log_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `data` of each page.
    pub fn get_oa_operator_log_list_pages(
        &self,
        request: &GetOaOperatorLogListRequest,
    ) -> rt::Paginator<
        GetOaOperatorLogListResponseBody,
        GetOaOperatorLogListError,
        GetOaOperatorLogListResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &[],
        );
        rt::Paginator::new(self.get_oa_operator_log_list(request), &PAGING)
    }
    /// Every page of [`Api::get_out_groups_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `responseBody.total` items are read. Items: `responseBody.groupList` of each page.
    pub fn get_out_groups_by_page_pages(
        &self,
        request: &GetOutGroupsByPageRequest,
    ) -> rt::Paginator<
        GetOutGroupsByPageResponseBody,
        GetOutGroupsByPageError,
        GetOutGroupsByPageResponseBodyResponseBodyGroupList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["responseBody", "groupList"],
            &[],
            &["responseBody", "total"],
        );
        rt::Paginator::new(self.get_out_groups_by_page(request), &PAGING)
    }
    /// Every page of [`Api::get_outside_audit_group_message_by_page`]: the call again with `nextToken` set to the reply's `responseBody.nextToken`, until a reply has no token. Items: `responseBody.messageList` of each page.
    pub fn get_outside_audit_group_message_by_page_pages(
        &self,
        request: &GetOutsideAuditGroupMessageByPageRequest,
    ) -> rt::Paginator<
        GetOutsideAuditGroupMessageByPageResponseBody,
        GetOutsideAuditGroupMessageByPageError,
        GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["responseBody", "nextToken"],
            &[],
            &["responseBody", "messageList"],
        );
        rt::Paginator::new(
            self.get_outside_audit_group_message_by_page(request),
            &PAGING,
        )
    }
    /// Every page of [`Api::get_private_store_file_infos_by_page`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `fileInfos` of each page.
    pub fn get_private_store_file_infos_by_page_pages(
        &self,
        request: &GetPrivateStoreFileInfosByPageRequest,
    ) -> rt::Paginator<
        GetPrivateStoreFileInfosByPageResponseBody,
        GetPrivateStoreFileInfosByPageError,
        GetPrivateStoreFileInfosByPageResponseBodyFileInfos,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["fileInfos"],
        );
        rt::Paginator::new(self.get_private_store_file_infos_by_page(request), &PAGING)
    }
    /// Every page of [`Api::get_private_store_file_task_infos_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `items` of each page.
    pub fn get_private_store_file_task_infos_by_page_pages(
        &self,
        request: &GetPrivateStoreFileTaskInfosByPageRequest,
    ) -> rt::Paginator<
        GetPrivateStoreFileTaskInfosByPageResponseBody,
        GetPrivateStoreFileTaskInfosByPageError,
        GetPrivateStoreFileTaskInfosByPageResponseBodyItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["items"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self.get_private_store_file_task_infos_by_page(request),
            &PAGING,
        )
    }
    /// Every page of [`Api::get_private_store_task_file_infos_by_page`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `items` of each page.
    pub fn get_private_store_task_file_infos_by_page_pages(
        &self,
        request: &GetPrivateStoreTaskFileInfosByPageRequest,
    ) -> rt::Paginator<
        GetPrivateStoreTaskFileInfosByPageResponseBody,
        GetPrivateStoreTaskFileInfosByPageError,
        GetPrivateStoreTaskFileInfosByPageResponseBodyItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["items"],
        );
        rt::Paginator::new(
            self.get_private_store_task_file_infos_by_page(request),
            &PAGING,
        )
    }
    /// Every page of [`Api::get_public_devices`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCnt` items are read. Items: `data` of each page.
    pub fn get_public_devices_pages(
        &self,
        request: &GetPublicDevicesRequest,
    ) -> rt::Paginator<
        GetPublicDevicesResponseBody,
        GetPublicDevicesError,
        GetPublicDevicesResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCnt"],
        );
        rt::Paginator::new(self.get_public_devices(request), &PAGING)
    }
    /// Every page of [`Api::get_publisher_summary`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`.
    pub fn get_publisher_summary_pages(
        &self,
        data_id: &str,
        request: &GetPublisherSummaryRequest,
    ) -> rt::Paginator<
        GetPublisherSummaryResponseBody,
        GetPublisherSummaryError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.get_publisher_summary(data_id, request), &PAGING)
    }
    /// Every page of [`Api::get_real_people_records`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `data` of each page.
    pub fn get_real_people_records_pages(
        &self,
        request: &GetRealPeopleRecordsRequest,
    ) -> rt::Paginator<
        GetRealPeopleRecordsResponseBody,
        GetRealPeopleRecordsError,
        GetRealPeopleRecordsResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["nextToken"],
            &[],
            &["data"],
        );
        rt::Paginator::new(self.get_real_people_records(request), &PAGING)
    }
    /// Every page of [`Api::get_recognize_records`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `data` of each page.
    pub fn get_recognize_records_pages(
        &self,
        request: &GetRecognizeRecordsRequest,
    ) -> rt::Paginator<
        GetRecognizeRecordsResponseBody,
        GetRecognizeRecordsError,
        GetRecognizeRecordsResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["nextToken"],
            &[],
            &["data"],
        );
        rt::Paginator::new(self.get_recognize_records(request), &PAGING)
    }
    /// Every page of [`Api::get_security_config_member`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.userInfos` of each page.
    pub fn get_security_config_member_pages(
        &self,
        request: &GetSecurityConfigMemberRequest,
    ) -> rt::Paginator<
        GetSecurityConfigMemberResponseBody,
        GetSecurityConfigMemberError,
        GetSecurityConfigMemberResponseBodyResultUserInfos,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["result", "nextToken"],
            &[],
            &["result", "userInfos"],
        );
        rt::Paginator::new(self.get_security_config_member(request), &PAGING)
    }
    /// Every page of [`Api::get_signed_detail_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `total` items are read. Items: `auditSignedDetailDTOList` of each page.
    pub fn get_signed_detail_by_page_pages(
        &self,
        request: &GetSignedDetailByPageRequest,
    ) -> rt::Paginator<
        GetSignedDetailByPageResponseBody,
        GetSignedDetailByPageError,
        GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["auditSignedDetailDTOList"],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_signed_detail_by_page(request), &PAGING)
    }
    /// Every page of [`Api::get_trust_device_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `total` items are read. Items: `data` of each page.
    pub fn get_trust_device_list_pages(
        &self,
        request: &GetTrustDeviceListRequest,
    ) -> rt::Paginator<
        GetTrustDeviceListResponseBody,
        GetTrustDeviceListError,
        GetTrustDeviceListResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_trust_device_list(request), &PAGING)
    }
    /// Every page of [`Api::get_user_app_version_summary`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `data` of each page.
    pub fn get_user_app_version_summary_pages(
        &self,
        data_id: &str,
        request: &GetUserAppVersionSummaryRequest,
    ) -> rt::Paginator<
        GetUserAppVersionSummaryResponseBody,
        GetUserAppVersionSummaryError,
        GetUserAppVersionSummaryResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["data"],
        );
        rt::Paginator::new(self.get_user_app_version_summary(data_id, request), &PAGING)
    }
    /// Every page of [`Api::get_user_stay_length`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `itemList` of each page.
    pub fn get_user_stay_length_pages(
        &self,
        request: &GetUserStayLengthRequest,
    ) -> rt::Paginator<
        GetUserStayLengthResponseBody,
        GetUserStayLengthError,
        GetUserStayLengthResponseBodyItemList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["itemList"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_user_stay_length(request), &PAGING)
    }
    /// Every page of [`Api::list_mini_app_available_version`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `list` of each page.
    pub fn list_mini_app_available_version_pages(
        &self,
        request: &ListMiniAppAvailableVersionRequest,
    ) -> rt::Paginator<
        ListMiniAppAvailableVersionResponseBody,
        ListMiniAppAvailableVersionError,
        ListMiniAppAvailableVersionResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["list"],
            &[],
            &[],
        );
        rt::Paginator::new(self.list_mini_app_available_version(request), &PAGING)
    }
    /// Every page of [`Api::list_mini_app_history_version`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `list` of each page.
    pub fn list_mini_app_history_version_pages(
        &self,
        request: &ListMiniAppHistoryVersionRequest,
    ) -> rt::Paginator<
        ListMiniAppHistoryVersionResponseBody,
        ListMiniAppHistoryVersionError,
        ListMiniAppHistoryVersionResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &[],
            &[],
        );
        rt::Paginator::new(self.list_mini_app_history_version(request), &PAGING)
    }
    /// Every page of [`Api::list_punch_schedule_by_condition_with_paging`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn list_punch_schedule_by_condition_with_paging_pages(
        &self,
        request: &ListPunchScheduleByConditionWithPagingRequest,
    ) -> rt::Paginator<
        ListPunchScheduleByConditionWithPagingResponseBody,
        ListPunchScheduleByConditionWithPagingError,
        ListPunchScheduleByConditionWithPagingResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(
            self.list_punch_schedule_by_condition_with_paging(request),
            &PAGING,
        )
    }
    /// Every page of [`Api::query_conversation_page`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.data` of each page.
    pub fn query_conversation_page_pages(
        &self,
        request: &QueryConversationPageRequest,
    ) -> rt::Paginator<
        QueryConversationPageResponseBody,
        QueryConversationPageError,
        QueryConversationPageResponseBodyResultData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &[],
            &["result", "data"],
        );
        rt::Paginator::new(self.query_conversation_page(request), &PAGING)
    }
    /// Every page of [`Api::query_user_behavior`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCnt` items are read. Items: `data` of each page.
    pub fn query_user_behavior_pages(
        &self,
        request: &QueryUserBehaviorRequest,
    ) -> rt::Paginator<
        QueryUserBehaviorResponseBody,
        QueryUserBehaviorError,
        QueryUserBehaviorResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &["totalCnt"],
        );
        rt::Paginator::new(self.query_user_behavior(request), &PAGING)
    }
    /// Every page of [`Api::search_org_inner_group_info_by_cursor_page`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token. Items: `items` of each page.
    pub fn search_org_inner_group_info_by_cursor_page_pages(
        &self,
        request: &SearchOrgInnerGroupInfoByCursorPageRequest,
    ) -> rt::Paginator<
        SearchOrgInnerGroupInfoByCursorPageResponseBody,
        SearchOrgInnerGroupInfoByCursorPageError,
        SearchOrgInnerGroupInfoByCursorPageResponseBodyItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            true,
            &["nextCursor"],
            &[],
            &["items"],
        );
        rt::Paginator::new(
            self.search_org_inner_group_info_by_cursor_page(request),
            &PAGING,
        )
    }
}
/// `AddCustomSignConfigRequestSignTermFiles`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddCustomSignConfigRequestSignTermFiles {
    /// `fileName`.
    pub file_name: String,
    /// `mediaId`.
    pub media_id: String,
}
/// The required fields of [`AddCustomSignConfigRequestSignTermFiles`], each named where it is set: `AddCustomSignConfigRequestSignTermFiles::new(AddCustomSignConfigRequestSignTermFilesRequired { .. })`.
pub struct AddCustomSignConfigRequestSignTermFilesRequired {
    /// `fileName`: see [`AddCustomSignConfigRequestSignTermFiles::file_name`].
    pub file_name: String,
    /// `mediaId`: see [`AddCustomSignConfigRequestSignTermFiles::media_id`].
    pub media_id: String,
}
impl AddCustomSignConfigRequestSignTermFiles {
    /// A `AddCustomSignConfigRequestSignTermFiles` with its required fields (`fileName`, `mediaId`); set the others with the methods named after them.
    pub fn new(required: AddCustomSignConfigRequestSignTermFilesRequired) -> Self {
        let AddCustomSignConfigRequestSignTermFilesRequired { file_name, media_id } = required;
        Self { file_name, media_id }
    }
}
rt::impl_serialize! {
    AddCustomSignConfigRequestSignTermFiles { "fileName" => field(file_name), "mediaId"
    => field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCustomSignConfigRequestSignTermFiles { "fileName" => read_field(file_name),
    "mediaId" => read_field(media_id) }
}
/// `AddCustomSignConfigResponseBody`, a model several operations share: also named [`EditSecurityConfigMemberResponseBody`], [`ExchangeMainAdminResponseBody`], [`FileDecryptCallbackResponseBody`], [`FileEncryptCallbackResponseBody`], [`LogoutResponseBody`], [`OpenBenefitPackageResponseBody`], [`PushBadgeResponseBody`], [`SaveAndSubmitAuthInfoResponseBody`], [`SaveOpenTerminalInfoResponseBody`], [`SaveStorageFunctionSwitchResponseBody`], [`SaveStorageSwitchResponseBody`], [`SaveWhiteAppResponseBody`], [`SendPhoneDingResponseBody`], [`SetConversationSubtitleResponseBody`], [`SetConversationTopCategoryResponseBody`], [`UpdateTrustedDeviceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddCustomSignConfigResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddCustomSignConfigResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCustomSignConfigResponseBody { "success" => optional(success) }
}
/// `AddOrgResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOrgResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
}
rt::impl_deserialize! {
    AddOrgResponseBody { "corpId" => read_field(corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOrgResponseBody { "corpId" => optional(corp_id) }
}
/// `ApproveProcessCallbackRequestRequest`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ApproveProcessCallbackRequestRequest {
    /// `approveResult`.
    pub approve_result: String,
    /// `approveType`.
    pub approve_type: String,
    /// `approvers`.
    pub approvers: Option<Vec<String>>,
    /// `createTime`.
    pub create_time: i64,
    /// `eventType`.
    pub event_type: String,
    /// `finishTime`.
    pub finish_time: i64,
    /// `params`.
    pub params: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `title`.
    pub title: Option<String>,
}
/// The required fields of [`ApproveProcessCallbackRequestRequest`], each named where it is set: `ApproveProcessCallbackRequestRequest::new(ApproveProcessCallbackRequestRequestRequired { .. })`.
pub struct ApproveProcessCallbackRequestRequestRequired {
    /// `approveResult`: see [`ApproveProcessCallbackRequestRequest::approve_result`].
    pub approve_result: String,
    /// `approveType`: see [`ApproveProcessCallbackRequestRequest::approve_type`].
    pub approve_type: String,
    /// `createTime`: see [`ApproveProcessCallbackRequestRequest::create_time`].
    pub create_time: i64,
    /// `eventType`: see [`ApproveProcessCallbackRequestRequest::event_type`].
    pub event_type: String,
    /// `finishTime`: see [`ApproveProcessCallbackRequestRequest::finish_time`].
    pub finish_time: i64,
    /// `processInstanceId`: see [`ApproveProcessCallbackRequestRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl ApproveProcessCallbackRequestRequest {
    /// A `ApproveProcessCallbackRequestRequest` with its required fields (`approveResult`, `approveType`, `createTime`, `eventType`, `finishTime`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(required: ApproveProcessCallbackRequestRequestRequired) -> Self {
        let ApproveProcessCallbackRequestRequestRequired {
            approve_result,
            approve_type,
            create_time,
            event_type,
            finish_time,
            process_instance_id,
        } = required;
        Self {
            approve_result,
            approve_type,
            approvers: None,
            create_time,
            event_type,
            finish_time,
            params: None,
            process_instance_id,
            title: None,
        }
    }
    /// Sets `approvers`.
    pub fn approvers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.approvers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `params`.
    pub fn params(mut self, value: impl Into<String>) -> Self {
        self.params = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ApproveProcessCallbackRequestRequest { "approveResult" => field(approve_result),
    "approveType" => field(approve_type), "approvers" => optional(approvers),
    "createTime" => field(create_time), "eventType" => field(event_type), "finishTime" =>
    field(finish_time), "params" => optional(params), "processInstanceId" =>
    field(process_instance_id), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ApproveProcessCallbackRequestRequest { "approveResult" => read_field(approve_result),
    "approveType" => read_field(approve_type), "approvers" => read_field(approvers),
    "createTime" => read_field(create_time), "eventType" => read_field(event_type),
    "finishTime" => read_field(finish_time), "params" => read_field(params),
    "processInstanceId" => read_field(process_instance_id), "title" => read_field(title)
    }
}
/// `ApproveProcessCallbackResponseBody`, a model several operations share: also named [`ExclusiveCreateDingPortalResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ApproveProcessCallbackResponseBody {
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    ApproveProcessCallbackResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ApproveProcessCallbackResponseBody { "success" => optional(success) }
}
/// `BanOrOpenGroupWordsResponseBody`, a model several operations share: also named [`UpdateMiniAppVersionStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BanOrOpenGroupWordsResponseBody {
    /// `cause`.
    pub cause: Option<String>,
    /// `code`.
    pub code: Option<String>,
}
rt::impl_deserialize! {
    BanOrOpenGroupWordsResponseBody { "cause" => read_field(cause), "code" =>
    read_field(code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BanOrOpenGroupWordsResponseBody { "cause" => optional(cause), "code" =>
    optional(code) }
}
/// `BusinessEventUpdateResponseBody`, a model several operations share: also named [`ExclusiveBannerResponseBody`], [`ExclusivePcAlertResponseBody`], [`ExclusivePopupResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BusinessEventUpdateResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BusinessEventUpdateResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BusinessEventUpdateResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CheckControlHitStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckControlHitStatusResponseBody {
    /// `result`.
    pub result: Option<CheckControlHitStatusResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CheckControlHitStatusResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckControlHitStatusResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CleanFileRequestDentryIds`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CleanFileRequestDentryIds {
    /// `dentryId`.
    pub dentry_id: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
impl CleanFileRequestDentryIds {
    /// An empty `CleanFileRequestDentryIds`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dentryId`.
    pub fn dentry_id(mut self, value: i64) -> Self {
        self.dentry_id = Some(value);
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: i64) -> Self {
        self.space_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    CleanFileRequestDentryIds { "dentryId" => optional(dentry_id), "spaceId" =>
    optional(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CleanFileRequestDentryIds { "dentryId" => read_field(dentry_id), "spaceId" =>
    read_field(space_id) }
}
/// `CleanFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CleanFileResponseBody {
    /// `failureIds`.
    pub failure_ids: Option<Vec<i64>>,
    /// `successIds`.
    pub success_ids: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    CleanFileResponseBody { "failureIds" => read_field(failure_ids), "successIds" =>
    read_field(success_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CleanFileResponseBody { "failureIds" => optional(failure_ids), "successIds" =>
    optional(success_ids) }
}
/// `CreateCategoryAndBindingGroupsResponseBody`, a model several operations share: also named [`CreateMessageCategoryResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCategoryAndBindingGroupsResponseBody {
    /// `id`.
    pub id: Option<i64>,
}
rt::impl_deserialize! {
    CreateCategoryAndBindingGroupsResponseBody { "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCategoryAndBindingGroupsResponseBody { "id" => optional(id) }
}
/// `CreateDlpTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateDlpTaskResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    CreateDlpTaskResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateDlpTaskResponseBody { "requestId" => optional(request_id) }
}
/// `CreateMessageCategoryResponseBody`: the same model as [`CreateCategoryAndBindingGroupsResponseBody`].
pub type CreateMessageCategoryResponseBody = CreateCategoryAndBindingGroupsResponseBody;
/// `CreateRuleRequestCustomPlan`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRuleRequestCustomPlan {
    /// `currentCategoryList`.
    pub current_category_list: Option<Vec<String>>,
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `planName`.
    pub plan_name: Option<String>,
    /// `unSelectCategoryList`.
    pub un_select_category_list: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl CreateRuleRequestCustomPlan {
    /// An empty `CreateRuleRequestCustomPlan`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `currentCategoryList`.
    pub fn current_category_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.current_category_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `deptIds`.
    pub fn dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `planName`.
    pub fn plan_name(mut self, value: impl Into<String>) -> Self {
        self.plan_name = Some(value.into());
        self
    }
    /// Sets `unSelectCategoryList`.
    pub fn un_select_category_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.un_select_category_list = Some(value.into_iter().map(Into::into).collect());
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
    CreateRuleRequestCustomPlan { "currentCategoryList" =>
    optional(current_category_list), "deptIds" => optional(dept_ids), "planName" =>
    optional(plan_name), "unSelectCategoryList" => optional(un_select_category_list),
    "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRuleRequestCustomPlan { "currentCategoryList" =>
    read_field(current_category_list), "deptIds" => read_field(dept_ids), "planName" =>
    read_field(plan_name), "unSelectCategoryList" => read_field(un_select_category_list),
    "userIds" => read_field(user_ids) }
}
/// `CreateRuleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateRuleResponseBody {
    /// `id`.
    pub id: Option<i64>,
}
rt::impl_deserialize! {
    CreateRuleResponseBody { "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateRuleResponseBody { "id" => optional(id) }
}
/// `CreateTrustedDeviceResponseBody`, a model several operations share: also named [`DeleteTrustedDeviceResponseBody`], [`TransferExclusiveAccountOrgResponseBody`], [`UpdateFileStatusResponseBody`], [`UpdateVoiceMsgCtrlStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTrustedDeviceResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateTrustedDeviceResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTrustedDeviceResponseBody { "success" => optional(success) }
}
/// `CreateTrustedDeviceBatchRequestDetailList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTrustedDeviceBatchRequestDetailList {
    /// `did`.
    pub did: Option<String>,
    /// `macAddress`.
    pub mac_address: Option<String>,
    /// `platform`.
    pub platform: Option<String>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateTrustedDeviceBatchRequestDetailList {
    /// An empty `CreateTrustedDeviceBatchRequestDetailList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `did`.
    pub fn did(mut self, value: impl Into<String>) -> Self {
        self.did = Some(value.into());
        self
    }
    /// Sets `macAddress`.
    pub fn mac_address(mut self, value: impl Into<String>) -> Self {
        self.mac_address = Some(value.into());
        self
    }
    /// Sets `platform`.
    pub fn platform(mut self, value: impl Into<String>) -> Self {
        self.platform = Some(value.into());
        self
    }
    /// Sets `serialNumber`.
    pub fn serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTrustedDeviceBatchRequestDetailList { "did" => optional(did), "macAddress" =>
    optional(mac_address), "platform" => optional(platform), "serialNumber" =>
    optional(serial_number), "status" => optional(status), "title" => optional(title),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTrustedDeviceBatchRequestDetailList { "did" => read_field(did), "macAddress" =>
    read_field(mac_address), "platform" => read_field(platform), "serialNumber" =>
    read_field(serial_number), "status" => read_field(status), "title" =>
    read_field(title), "userId" => read_field(user_id) }
}
/// `CreateTrustedDeviceBatchResponseBody`, a model several operations share: also named [`UpdateRealmLicenseResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTrustedDeviceBatchResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CreateTrustedDeviceBatchResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTrustedDeviceBatchResponseBody { "result" => optional(result) }
}
/// `CreateVirusScanTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateVirusScanTaskResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CreateVirusScanTaskResponseBody { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateVirusScanTaskResponseBody { "taskId" => optional(task_id) }
}
/// `DataSyncResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DataSyncResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `rowsAffected`.
    pub rows_affected: Option<i64>,
}
rt::impl_deserialize! {
    DataSyncResponseBody { "dataList" => read_field(data_list), "rowsAffected" =>
    read_field(rows_affected) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DataSyncResponseBody { "dataList" => optional(data_list), "rowsAffected" =>
    optional(rows_affected) }
}
/// `DeleteAcrossCloudStroageConfigsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteAcrossCloudStroageConfigsResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    DeleteAcrossCloudStroageConfigsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteAcrossCloudStroageConfigsResponseBody { "result" => optional(result) }
}
/// `DeleteTrustedDeviceResponseBody`: the same model as [`CreateTrustedDeviceResponseBody`].
pub type DeleteTrustedDeviceResponseBody = CreateTrustedDeviceResponseBody;
/// `DistributePartnerAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DistributePartnerAppResponseBody {
    /// `inviteUrl`.
    pub invite_url: Option<String>,
}
rt::impl_deserialize! {
    DistributePartnerAppResponseBody { "inviteUrl" => read_field(invite_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DistributePartnerAppResponseBody { "inviteUrl" => optional(invite_url) }
}
/// `EditSecurityConfigMemberResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type EditSecurityConfigMemberResponseBody = AddCustomSignConfigResponseBody;
/// `ExchangeMainAdminResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type ExchangeMainAdminResponseBody = AddCustomSignConfigResponseBody;
/// `ExclusiveBannerResponseBody`: the same model as [`BusinessEventUpdateResponseBody`].
pub type ExclusiveBannerResponseBody = BusinessEventUpdateResponseBody;
/// `ExclusiveCreateDingPortalResponseBody`: the same model as [`ApproveProcessCallbackResponseBody`].
pub type ExclusiveCreateDingPortalResponseBody = ApproveProcessCallbackResponseBody;
/// `ExclusivePcAlertResponseBody`: the same model as [`BusinessEventUpdateResponseBody`].
pub type ExclusivePcAlertResponseBody = BusinessEventUpdateResponseBody;
/// `ExclusivePopupResponseBody`: the same model as [`BusinessEventUpdateResponseBody`].
pub type ExclusivePopupResponseBody = BusinessEventUpdateResponseBody;
/// `FileDecryptCallbackResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type FileDecryptCallbackResponseBody = AddCustomSignConfigResponseBody;
/// `FileEncryptCallbackResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type FileEncryptCallbackResponseBody = AddCustomSignConfigResponseBody;
/// `FileStorageActiveStorageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FileStorageActiveStorageResponseBody {
    /// `createDate`.
    pub create_date: Option<String>,
    /// `fileStorageOpenStatus`.
    pub file_storage_open_status: Option<i64>,
    /// `storageStatus`.
    pub storage_status: Option<i64>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    FileStorageActiveStorageResponseBody { "createDate" => read_field(create_date),
    "fileStorageOpenStatus" => read_field(file_storage_open_status), "storageStatus" =>
    read_field(storage_status), "usedQuota" => read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FileStorageActiveStorageResponseBody { "createDate" => optional(create_date),
    "fileStorageOpenStatus" => optional(file_storage_open_status), "storageStatus" =>
    optional(storage_status), "usedQuota" => optional(used_quota) }
}
/// `FileStorageCheckConnectionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FileStorageCheckConnectionResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `checkState`.
    pub check_state: Option<i64>,
    /// `oss`.
    pub oss: Option<String>,
}
rt::impl_deserialize! {
    FileStorageCheckConnectionResponseBody { "accessKeyId" => read_field(access_key_id),
    "checkState" => read_field(check_state), "oss" => read_field(oss) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FileStorageCheckConnectionResponseBody { "accessKeyId" => optional(access_key_id),
    "checkState" => optional(check_state), "oss" => optional(oss) }
}
/// `FileStorageGetQuotaDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FileStorageGetQuotaDataResponseBody {
    /// `quotaModelList`.
    pub quota_model_list: Option<Vec<FileStorageGetQuotaDataResponseBodyQuotaModelList>>,
}
rt::impl_deserialize! {
    FileStorageGetQuotaDataResponseBody { "quotaModelList" =>
    read_field(quota_model_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FileStorageGetQuotaDataResponseBody { "quotaModelList" => optional(quota_model_list)
    }
}
/// `FileStorageGetStorageStateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FileStorageGetStorageStateResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `createDate`.
    pub create_date: Option<String>,
    /// `fileStorageOpenStatus`.
    pub file_storage_open_status: Option<i64>,
    /// `oss`.
    pub oss: Option<String>,
    /// `storageStatus`.
    pub storage_status: Option<i64>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    FileStorageGetStorageStateResponseBody { "accessKeyId" => read_field(access_key_id),
    "createDate" => read_field(create_date), "fileStorageOpenStatus" =>
    read_field(file_storage_open_status), "oss" => read_field(oss), "storageStatus" =>
    read_field(storage_status), "usedQuota" => read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FileStorageGetStorageStateResponseBody { "accessKeyId" => optional(access_key_id),
    "createDate" => optional(create_date), "fileStorageOpenStatus" =>
    optional(file_storage_open_status), "oss" => optional(oss), "storageStatus" =>
    optional(storage_status), "usedQuota" => optional(used_quota) }
}
/// `FileStorageUpdateStorageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FileStorageUpdateStorageResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `oss`.
    pub oss: Option<String>,
}
rt::impl_deserialize! {
    FileStorageUpdateStorageResponseBody { "accessKeyId" => read_field(access_key_id),
    "oss" => read_field(oss) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FileStorageUpdateStorageResponseBody { "accessKeyId" => optional(access_key_id),
    "oss" => optional(oss) }
}
/// `GenerateDarkWaterMarkResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GenerateDarkWaterMarkResponseBody {
    /// `darkWatermarkVOList`.
    pub dark_watermark_vo_list: Option<
        Vec<GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList>,
    >,
}
rt::impl_deserialize! {
    GenerateDarkWaterMarkResponseBody { "darkWatermarkVOList" =>
    read_field(dark_watermark_vo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GenerateDarkWaterMarkResponseBody { "darkWatermarkVOList" =>
    optional(dark_watermark_vo_list) }
}
/// `GetAccountTransferListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAccountTransferListResponseBody {
    /// `itemList`.
    pub item_list: Option<Vec<GetAccountTransferListResponseBodyItemList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetAccountTransferListResponseBody { "itemList" => read_field(item_list),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAccountTransferListResponseBody { "itemList" => optional(item_list), "totalCount"
    => optional(total_count) }
}
/// `GetActiveUserSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActiveUserSummaryResponseBody {
    /// `actUsrCnt1m`.
    pub act_usr_cnt1m: Option<String>,
}
rt::impl_deserialize! {
    GetActiveUserSummaryResponseBody { "actUsrCnt1m" => read_field(act_usr_cnt1m) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetActiveUserSummaryResponseBody { "actUsrCnt1m" => optional(act_usr_cnt1m) }
}
/// `GetAgentIdByRelatedAppIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAgentIdByRelatedAppIdResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
}
rt::impl_deserialize! {
    GetAgentIdByRelatedAppIdResponseBody { "agentId" => read_field(agent_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAgentIdByRelatedAppIdResponseBody { "agentId" => optional(agent_id) }
}
/// `GetAllLabelableDeptsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllLabelableDeptsResponseBody {
    /// `data`.
    pub data: Option<Vec<GetAllLabelableDeptsResponseBodyData>>,
}
rt::impl_deserialize! {
    GetAllLabelableDeptsResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllLabelableDeptsResponseBody { "data" => optional(data) }
}
/// `GetAppDispatchInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAppDispatchInfoResponseBody {
    /// `android`.
    pub android: Option<Vec<GetAppDispatchInfoResponseBodyAndroid>>,
    /// `iOS`.
    pub i_os: Option<Vec<GetAppDispatchInfoResponseBodyIOS>>,
    /// `mac`.
    pub mac: Option<Vec<GetAppDispatchInfoResponseBodyMac>>,
    /// `windows`.
    pub windows: Option<Vec<GetAppDispatchInfoResponseBodyWindows>>,
}
rt::impl_deserialize! {
    GetAppDispatchInfoResponseBody { "android" => read_field(android), "iOS" =>
    read_field(i_os), "mac" => read_field(mac), "windows" => read_field(windows) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAppDispatchInfoResponseBody { "android" => optional(android), "iOS" =>
    optional(i_os), "mac" => optional(mac), "windows" => optional(windows) }
}
/// `GetCalenderSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCalenderSummaryResponseBody {
    /// `calendarCreateUserCnt`.
    pub calendar_create_user_cnt: Option<String>,
    /// `recvCalendarUserCnt1d`.
    pub recv_calendar_user_cnt1d: Option<String>,
    /// `useCalendarUserCnt1d`.
    pub use_calendar_user_cnt1d: Option<String>,
}
rt::impl_deserialize! {
    GetCalenderSummaryResponseBody { "calendarCreateUserCnt" =>
    read_field(calendar_create_user_cnt), "recvCalendarUserCnt1d" =>
    read_field(recv_calendar_user_cnt1d), "useCalendarUserCnt1d" =>
    read_field(use_calendar_user_cnt1d) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCalenderSummaryResponseBody { "calendarCreateUserCnt" =>
    optional(calendar_create_user_cnt), "recvCalendarUserCnt1d" =>
    optional(recv_calendar_user_cnt1d), "useCalendarUserCnt1d" =>
    optional(use_calendar_user_cnt1d) }
}
/// `GetCidsByBotCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCidsByBotCodeResponseBody {
    /// `groupInfos`.
    pub group_infos: Option<Vec<GetCidsByBotCodeResponseBodyGroupInfos>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
}
rt::impl_deserialize! {
    GetCidsByBotCodeResponseBody { "groupInfos" => read_field(group_infos), "hasMore" =>
    read_field(has_more) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCidsByBotCodeResponseBody { "groupInfos" => optional(group_infos), "hasMore" =>
    optional(has_more) }
}
/// `GetClassTagResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClassTagResponseBody {
    /// `creatorName`.
    pub creator_name: Option<String>,
    /// `dataType`.
    pub data_type: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `innerDownload`.
    pub inner_download: Option<String>,
    /// `innerTransfer`.
    pub inner_transfer: Option<String>,
    /// `modifierName`.
    pub modifier_name: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `outOp`.
    pub out_op: Option<String>,
    /// `rank`.
    pub rank: Option<i64>,
    /// `securityLevel`.
    pub security_level: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `updateTime`.
    pub update_time: Option<i64>,
}
rt::impl_deserialize! {
    GetClassTagResponseBody { "creatorName" => read_field(creator_name), "dataType" =>
    read_field(data_type), "description" => read_field(description), "innerDownload" =>
    read_field(inner_download), "innerTransfer" => read_field(inner_transfer),
    "modifierName" => read_field(modifier_name), "name" => read_field(name), "outOp" =>
    read_field(out_op), "rank" => read_field(rank), "securityLevel" =>
    read_field(security_level), "status" => read_field(status), "updateTime" =>
    read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClassTagResponseBody { "creatorName" => optional(creator_name), "dataType" =>
    optional(data_type), "description" => optional(description), "innerDownload" =>
    optional(inner_download), "innerTransfer" => optional(inner_transfer), "modifierName"
    => optional(modifier_name), "name" => optional(name), "outOp" => optional(out_op),
    "rank" => optional(rank), "securityLevel" => optional(security_level), "status" =>
    optional(status), "updateTime" => optional(update_time) }
}
/// `GetCommentListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCommentListResponseBody {
    /// `data`.
    pub data: Option<Vec<GetCommentListResponseBodyData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetCommentListResponseBody { "data" => read_field(data), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCommentListResponseBody { "data" => optional(data), "totalCount" =>
    optional(total_count) }
}
/// `GetConfBaseInfoByLogicalIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConfBaseInfoByLogicalIdResponseBody {
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `logicalConferenceId`.
    pub logical_conference_id: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    GetConfBaseInfoByLogicalIdResponseBody { "conferenceId" => read_field(conference_id),
    "logicalConferenceId" => read_field(logical_conference_id), "nickname" =>
    read_field(nickname), "startTime" => read_field(start_time), "title" =>
    read_field(title), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConfBaseInfoByLogicalIdResponseBody { "conferenceId" => optional(conference_id),
    "logicalConferenceId" => optional(logical_conference_id), "nickname" =>
    optional(nickname), "startTime" => optional(start_time), "title" => optional(title),
    "unionId" => optional(union_id) }
}
/// `GetConferenceDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConferenceDetailResponseBody {
    /// `attendeeNum`.
    pub attendee_num: Option<i64>,
    /// `attendeePercentage`.
    pub attendee_percentage: Option<String>,
    /// `callerId`.
    pub caller_id: Option<String>,
    /// `callerName`.
    pub caller_name: Option<String>,
    /// `confStartTime`.
    pub conf_start_time: Option<f64>,
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `duration`.
    pub duration: Option<f64>,
    /// `memberList`.
    pub member_list: Option<Vec<GetConferenceDetailResponseBodyMemberList>>,
    /// `title`.
    pub title: Option<String>,
    /// `totalNum`.
    pub total_num: Option<i64>,
}
rt::impl_deserialize! {
    GetConferenceDetailResponseBody { "attendeeNum" => read_field(attendee_num),
    "attendeePercentage" => read_field(attendee_percentage), "callerId" =>
    read_field(caller_id), "callerName" => read_field(caller_name), "confStartTime" =>
    read_field(conf_start_time), "conferenceId" => read_field(conference_id), "duration"
    => read_field(duration), "memberList" => read_field(member_list), "title" =>
    read_field(title), "totalNum" => read_field(total_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConferenceDetailResponseBody { "attendeeNum" => optional(attendee_num),
    "attendeePercentage" => optional(attendee_percentage), "callerId" =>
    optional(caller_id), "callerName" => optional(caller_name), "confStartTime" =>
    optional(conf_start_time), "conferenceId" => optional(conference_id), "duration" =>
    optional(duration), "memberList" => optional(member_list), "title" =>
    optional(title), "totalNum" => optional(total_num) }
}
/// `GetConversationCategoryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConversationCategoryResponseBody {
    /// `result`.
    pub result: Option<Vec<ConversationCategoryModel>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetConversationCategoryResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConversationCategoryResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetConversationDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConversationDetailResponseBody {
    /// `result`.
    pub result: Option<GetConversationDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetConversationDetailResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConversationDetailResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetDingReportDeptSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDingReportDeptSummaryResponseBody {
    /// `data`.
    pub data: Option<Vec<GetDingReportDeptSummaryResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    GetDingReportDeptSummaryResponseBody { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDingReportDeptSummaryResponseBody { "data" => optional(data), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `GetDingReportSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDingReportSummaryResponseBody {
    /// `reportCommentUserCnt1d`.
    pub report_comment_user_cnt1d: Option<String>,
}
rt::impl_deserialize! {
    GetDingReportSummaryResponseBody { "reportCommentUserCnt1d" =>
    read_field(report_comment_user_cnt1d) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDingReportSummaryResponseBody { "reportCommentUserCnt1d" =>
    optional(report_comment_user_cnt1d) }
}
/// `GetDocCreatedDeptSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDocCreatedDeptSummaryResponseBody {
    /// `data`.
    pub data: Option<Vec<GetDocCreatedDeptSummaryResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    GetDocCreatedDeptSummaryResponseBody { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDocCreatedDeptSummaryResponseBody { "data" => optional(data), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `GetDocCreatedSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDocCreatedSummaryResponseBody {
    /// `docCreateUserCnt1d`.
    pub doc_create_user_cnt1d: Option<String>,
    /// `docCreatedCnt`.
    pub doc_created_cnt: Option<String>,
}
rt::impl_deserialize! {
    GetDocCreatedSummaryResponseBody { "docCreateUserCnt1d" =>
    read_field(doc_create_user_cnt1d), "docCreatedCnt" => read_field(doc_created_cnt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDocCreatedSummaryResponseBody { "docCreateUserCnt1d" =>
    optional(doc_create_user_cnt1d), "docCreatedCnt" => optional(doc_created_cnt) }
}
/// `GetExclusiveAccountAllOrgListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetExclusiveAccountAllOrgListResponseBody {
    /// `orgInfoList`.
    pub org_info_list: Option<Vec<GetExclusiveAccountAllOrgListResponseBodyOrgInfoList>>,
}
rt::impl_deserialize! {
    GetExclusiveAccountAllOrgListResponseBody { "orgInfoList" =>
    read_field(org_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetExclusiveAccountAllOrgListResponseBody { "orgInfoList" => optional(org_info_list)
    }
}
/// `GetGeneralFormCreatedDeptSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGeneralFormCreatedDeptSummaryResponseBody {
    /// `data`.
    pub data: Option<Vec<GetGeneralFormCreatedDeptSummaryResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    GetGeneralFormCreatedDeptSummaryResponseBody { "data" => read_field(data), "hasMore"
    => read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGeneralFormCreatedDeptSummaryResponseBody { "data" => optional(data), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `GetGeneralFormCreatedSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGeneralFormCreatedSummaryResponseBody {
    /// `generalFormCreatedCnt`.
    pub general_form_created_cnt: Option<String>,
    /// `useGeneralFormUserCnt1d`.
    pub use_general_form_user_cnt1d: Option<String>,
}
rt::impl_deserialize! {
    GetGeneralFormCreatedSummaryResponseBody { "generalFormCreatedCnt" =>
    read_field(general_form_created_cnt), "useGeneralFormUserCnt1d" =>
    read_field(use_general_form_user_cnt1d) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGeneralFormCreatedSummaryResponseBody { "generalFormCreatedCnt" =>
    optional(general_form_created_cnt), "useGeneralFormUserCnt1d" =>
    optional(use_general_form_user_cnt1d) }
}
/// `GetGroupActiveInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupActiveInfoResponseBody {
    /// `data`.
    pub data: Option<Vec<GetGroupActiveInfoResponseBodyData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetGroupActiveInfoResponseBody { "data" => read_field(data), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupActiveInfoResponseBody { "data" => optional(data), "totalCount" =>
    optional(total_count) }
}
/// `GetGroupInfoByCidResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupInfoByCidResponseBody {
    /// `groupInfo`.
    pub group_info: Option<GetGroupInfoByCidResponseBodyGroupInfo>,
}
rt::impl_deserialize! {
    GetGroupInfoByCidResponseBody { "groupInfo" => read_field(group_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupInfoByCidResponseBody { "groupInfo" => optional(group_info) }
}
/// `GetGroupOrgByCidResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupOrgByCidResponseBody {
    /// `groupOrganization`.
    pub group_organization: Option<String>,
}
rt::impl_deserialize! {
    GetGroupOrgByCidResponseBody { "groupOrganization" => read_field(group_organization)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupOrgByCidResponseBody { "groupOrganization" => optional(group_organization) }
}
/// `GetInActiveUserListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInActiveUserListResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `metaList`.
    pub meta_list: Option<Vec<GetInActiveUserListResponseBodyMetaList>>,
}
rt::impl_deserialize! {
    GetInActiveUserListResponseBody { "dataList" => read_field(data_list), "metaList" =>
    read_field(meta_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInActiveUserListResponseBody { "dataList" => optional(data_list), "metaList" =>
    optional(meta_list) }
}
/// `GetLastOrgAuthDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLastOrgAuthDataResponseBody {
    /// `authRemark`.
    pub auth_remark: Option<String>,
    /// `authStatus`.
    pub auth_status: Option<i64>,
}
rt::impl_deserialize! {
    GetLastOrgAuthDataResponseBody { "authRemark" => read_field(auth_remark),
    "authStatus" => read_field(auth_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLastOrgAuthDataResponseBody { "authRemark" => optional(auth_remark), "authStatus"
    => optional(auth_status) }
}
/// `GetMsgConfigRequestListDynamicAttr`, a model several operations share: also named [`TaskInfoCreateAndStartTaskRequestAttrListTaskDynamicAttr`], [`TaskInfoUpdateTaskRequestAttrListTaskDynamicAttr`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMsgConfigRequestListDynamicAttr {
    /// `attrCode`.
    pub attr_code: Option<String>,
    /// `listAttrOptionsCode`.
    pub list_attr_options_code: Option<Vec<String>>,
}
impl GetMsgConfigRequestListDynamicAttr {
    /// An empty `GetMsgConfigRequestListDynamicAttr`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attrCode`.
    pub fn attr_code(mut self, value: impl Into<String>) -> Self {
        self.attr_code = Some(value.into());
        self
    }
    /// Sets `listAttrOptionsCode`.
    pub fn list_attr_options_code(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.list_attr_options_code = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    GetMsgConfigRequestListDynamicAttr { "attrCode" => optional(attr_code),
    "listAttrOptionsCode" => optional(list_attr_options_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMsgConfigRequestListDynamicAttr { "attrCode" => read_field(attr_code),
    "listAttrOptionsCode" => read_field(list_attr_options_code) }
}
/// `GetMsgConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetMsgConfigResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetMsgConfigResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgConfigResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetMsgLocationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgLocationResponseBody {
    /// `msgLocationUrl`.
    pub msg_location_url: Option<String>,
}
rt::impl_deserialize! {
    GetMsgLocationResponseBody { "msgLocationUrl" => read_field(msg_location_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgLocationResponseBody { "msgLocationUrl" => optional(msg_location_url) }
}
/// `GetMsgRecordDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBody {
    /// `errmsg`.
    pub errmsg: Option<String>,
    /// `errorcode`.
    pub errorcode: Option<String>,
    /// `result`.
    pub result: Option<GetMsgRecordDetailResponseBodyResult>,
}
rt::impl_deserialize! {
    GetMsgRecordDetailResponseBody { "errmsg" => read_field(errmsg), "errorcode" =>
    read_field(errorcode), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgRecordDetailResponseBody { "errmsg" => optional(errmsg), "errorcode" =>
    optional(errorcode), "result" => optional(result) }
}
/// `GetOaOperatorLogListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOaOperatorLogListResponseBody {
    /// `data`.
    pub data: Option<Vec<GetOaOperatorLogListResponseBodyData>>,
    /// `itemCount`.
    pub item_count: Option<i64>,
}
rt::impl_deserialize! {
    GetOaOperatorLogListResponseBody { "data" => read_field(data), "itemCount" =>
    read_field(item_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOaOperatorLogListResponseBody { "data" => optional(data), "itemCount" =>
    optional(item_count) }
}
/// `GetOutGroupsByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOutGroupsByPageResponseBody {
    /// `responseBody`.
    pub response_body: Option<GetOutGroupsByPageResponseBodyResponseBody>,
}
rt::impl_deserialize! {
    GetOutGroupsByPageResponseBody { "responseBody" => read_field(response_body) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOutGroupsByPageResponseBody { "responseBody" => optional(response_body) }
}
/// `GetOutsideAuditGroupMessageByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOutsideAuditGroupMessageByPageResponseBody {
    /// `responseBody`.
    pub response_body: Option<GetOutsideAuditGroupMessageByPageResponseBodyResponseBody>,
}
rt::impl_deserialize! {
    GetOutsideAuditGroupMessageByPageResponseBody { "responseBody" =>
    read_field(response_body) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOutsideAuditGroupMessageByPageResponseBody { "responseBody" =>
    optional(response_body) }
}
/// `GetPartnerTypeByParentIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPartnerTypeByParentIdResponseBody {
    /// `data`.
    pub data: Option<Vec<GetPartnerTypeByParentIdResponseBodyData>>,
}
rt::impl_deserialize! {
    GetPartnerTypeByParentIdResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPartnerTypeByParentIdResponseBody { "data" => optional(data) }
}
/// `GetPrivateStoreCapacityUsageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrivateStoreCapacityUsageResponseBody {
    /// `usedSize`.
    pub used_size: Option<i64>,
}
rt::impl_deserialize! {
    GetPrivateStoreCapacityUsageResponseBody { "usedSize" => read_field(used_size) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrivateStoreCapacityUsageResponseBody { "usedSize" => optional(used_size) }
}
/// `GetPrivateStoreFileInfosByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrivateStoreFileInfosByPageResponseBody {
    /// `fileInfos`.
    pub file_infos: Option<Vec<GetPrivateStoreFileInfosByPageResponseBodyFileInfos>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    GetPrivateStoreFileInfosByPageResponseBody { "fileInfos" => read_field(file_infos),
    "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrivateStoreFileInfosByPageResponseBody { "fileInfos" => optional(file_infos),
    "nextToken" => optional(next_token) }
}
/// `GetPrivateStoreFilePathResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrivateStoreFilePathResponseBody {
    /// `filePath`.
    pub file_path: Option<String>,
}
rt::impl_deserialize! {
    GetPrivateStoreFilePathResponseBody { "filePath" => read_field(file_path) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrivateStoreFilePathResponseBody { "filePath" => optional(file_path) }
}
/// `GetPrivateStoreFileTaskInfosByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrivateStoreFileTaskInfosByPageResponseBody {
    /// `hasNext`.
    pub has_next: Option<i64>,
    /// `itemCount`.
    pub item_count: Option<i64>,
    /// `items`.
    pub items: Option<Vec<GetPrivateStoreFileTaskInfosByPageResponseBodyItems>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetPrivateStoreFileTaskInfosByPageResponseBody { "hasNext" => read_field(has_next),
    "itemCount" => read_field(item_count), "items" => read_field(items), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrivateStoreFileTaskInfosByPageResponseBody { "hasNext" => optional(has_next),
    "itemCount" => optional(item_count), "items" => optional(items), "totalCount" =>
    optional(total_count) }
}
/// `GetPrivateStoreTaskFileInfosByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrivateStoreTaskFileInfosByPageResponseBody {
    /// `items`.
    pub items: Option<Vec<GetPrivateStoreTaskFileInfosByPageResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetPrivateStoreTaskFileInfosByPageResponseBody { "items" => read_field(items),
    "nextToken" => read_field(next_token), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrivateStoreTaskFileInfosByPageResponseBody { "items" => optional(items),
    "nextToken" => optional(next_token), "total" => optional(total) }
}
/// `GetPublicDevicesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPublicDevicesResponseBody {
    /// `data`.
    pub data: Option<Vec<GetPublicDevicesResponseBodyData>>,
    /// `dataCnt`.
    pub data_cnt: Option<i64>,
    /// `totalCnt`.
    pub total_cnt: Option<i64>,
}
rt::impl_deserialize! {
    GetPublicDevicesResponseBody { "data" => read_field(data), "dataCnt" =>
    read_field(data_cnt), "totalCnt" => read_field(total_cnt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPublicDevicesResponseBody { "data" => optional(data), "dataCnt" =>
    optional(data_cnt), "totalCnt" => optional(total_cnt) }
}
/// `GetPublisherSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPublisherSummaryResponseBody {
    /// `data`.
    pub data: Option<Vec<GetPublisherSummaryResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `publisherArticleCntStd`.
    pub publisher_article_cnt_std: Option<String>,
    /// `publisherArticlePvCntStd`.
    pub publisher_article_pv_cnt_std: Option<String>,
    /// `publisherArticlePvTop5`.
    pub publisher_article_pv_top5: Option<
        Vec<GetPublisherSummaryResponseBodyPublisherArticlePvTop5>,
    >,
    /// `publisherCntStd`.
    pub publisher_cnt_std: Option<String>,
}
rt::impl_deserialize! {
    GetPublisherSummaryResponseBody { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token), "publisherArticleCntStd"
    => read_field(publisher_article_cnt_std), "publisherArticlePvCntStd" =>
    read_field(publisher_article_pv_cnt_std), "publisherArticlePvTop5" =>
    read_field(publisher_article_pv_top5), "publisherCntStd" =>
    read_field(publisher_cnt_std) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPublisherSummaryResponseBody { "data" => optional(data), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token), "publisherArticleCntStd" =>
    optional(publisher_article_cnt_std), "publisherArticlePvCntStd" =>
    optional(publisher_article_pv_cnt_std), "publisherArticlePvTop5" =>
    optional(publisher_article_pv_top5), "publisherCntStd" => optional(publisher_cnt_std)
    }
}
/// `GetRealPeopleRecordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRealPeopleRecordsResponseBody {
    /// `data`.
    pub data: Option<Vec<GetRealPeopleRecordsResponseBodyData>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetRealPeopleRecordsResponseBody { "data" => read_field(data), "nextToken" =>
    read_field(next_token), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRealPeopleRecordsResponseBody { "data" => optional(data), "nextToken" =>
    optional(next_token), "total" => optional(total) }
}
/// `GetRecognizeRecordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecognizeRecordsResponseBody {
    /// `data`.
    pub data: Option<Vec<GetRecognizeRecordsResponseBodyData>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetRecognizeRecordsResponseBody { "data" => read_field(data), "nextToken" =>
    read_field(next_token), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecognizeRecordsResponseBody { "data" => optional(data), "nextToken" =>
    optional(next_token), "total" => optional(total) }
}
/// `GetRobotInfoByCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRobotInfoByCodeResponseBody {
    /// `robotInfoVO`.
    pub robot_info_vo: Option<GetRobotInfoByCodeResponseBodyRobotInfoVO>,
}
rt::impl_deserialize! {
    GetRobotInfoByCodeResponseBody { "robotInfoVO" => read_field(robot_info_vo) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRobotInfoByCodeResponseBody { "robotInfoVO" => optional(robot_info_vo) }
}
/// `GetSecurityConfigMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSecurityConfigMemberResponseBody {
    /// `result`.
    pub result: Option<GetSecurityConfigMemberResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetSecurityConfigMemberResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSecurityConfigMemberResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetSignedDetailByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignedDetailByPageResponseBody {
    /// `auditSignedDetailDTOList`.
    pub audit_signed_detail_dto_list: Option<
        Vec<GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList>,
    >,
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetSignedDetailByPageResponseBody { "auditSignedDetailDTOList" =>
    read_field(audit_signed_detail_dto_list), "currentPage" => read_field(current_page),
    "pageSize" => read_field(page_size), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignedDetailByPageResponseBody { "auditSignedDetailDTOList" =>
    optional(audit_signed_detail_dto_list), "currentPage" => optional(current_page),
    "pageSize" => optional(page_size), "total" => optional(total) }
}
/// `GetTrustDeviceListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTrustDeviceListResponseBody {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `data`.
    pub data: Option<Vec<GetTrustDeviceListResponseBodyData>>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetTrustDeviceListResponseBody { "currentPage" => read_field(current_page), "data" =>
    read_field(data), "pageSize" => read_field(page_size), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTrustDeviceListResponseBody { "currentPage" => optional(current_page), "data" =>
    optional(data), "pageSize" => optional(page_size), "total" => optional(total) }
}
/// `GetUserAppVersionSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserAppVersionSummaryResponseBody {
    /// `data`.
    pub data: Option<Vec<GetUserAppVersionSummaryResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    GetUserAppVersionSummaryResponseBody { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserAppVersionSummaryResponseBody { "data" => optional(data), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `GetUserFaceStateResponseBody`, a model several operations share: also named [`GetUserRealPeopleStateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserFaceStateResponseBody {
    /// `data`.
    pub data: Option<Vec<GetUserFaceStateResponseBodyData>>,
}
rt::impl_deserialize! {
    GetUserFaceStateResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserFaceStateResponseBody { "data" => optional(data) }
}
/// `GetUserRealPeopleStateResponseBody`: the same model as [`GetUserFaceStateResponseBody`].
pub type GetUserRealPeopleStateResponseBody = GetUserFaceStateResponseBody;
/// `GetUserStayLengthResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserStayLengthResponseBody {
    /// `itemList`.
    pub item_list: Option<Vec<GetUserStayLengthResponseBodyItemList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetUserStayLengthResponseBody { "itemList" => read_field(item_list), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserStayLengthResponseBody { "itemList" => optional(item_list), "totalCount" =>
    optional(total_count) }
}
/// `GetVirusScanResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetVirusScanResultResponseBody {
    /// `reason`.
    pub reason: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    GetVirusScanResultResponseBody { "reason" => read_field(reason), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetVirusScanResultResponseBody { "reason" => optional(reason), "status" =>
    optional(status) }
}
/// `GroupQueryByAttrRequestListDynamicAttr`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GroupQueryByAttrRequestListDynamicAttr {
    /// `attrCode`.
    pub attr_code: String,
    /// `listAttrOptionsCode`.
    pub list_attr_options_code: Vec<String>,
}
/// The required fields of [`GroupQueryByAttrRequestListDynamicAttr`], each named where it is set: `GroupQueryByAttrRequestListDynamicAttr::new(GroupQueryByAttrRequestListDynamicAttrRequired { .. })`.
pub struct GroupQueryByAttrRequestListDynamicAttrRequired {
    /// `attrCode`: see [`GroupQueryByAttrRequestListDynamicAttr::attr_code`].
    pub attr_code: String,
    /// `listAttrOptionsCode`: see [`GroupQueryByAttrRequestListDynamicAttr::list_attr_options_code`].
    pub list_attr_options_code: Vec<String>,
}
impl GroupQueryByAttrRequestListDynamicAttr {
    /// A `GroupQueryByAttrRequestListDynamicAttr` with its required fields (`attrCode`, `listAttrOptionsCode`); set the others with the methods named after them.
    pub fn new(required: GroupQueryByAttrRequestListDynamicAttrRequired) -> Self {
        let GroupQueryByAttrRequestListDynamicAttrRequired {
            attr_code,
            list_attr_options_code,
        } = required;
        Self {
            attr_code,
            list_attr_options_code,
        }
    }
}
rt::impl_serialize! {
    GroupQueryByAttrRequestListDynamicAttr { "attrCode" => field(attr_code),
    "listAttrOptionsCode" => field(list_attr_options_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupQueryByAttrRequestListDynamicAttr { "attrCode" => read_field(attr_code),
    "listAttrOptionsCode" => read_field(list_attr_options_code) }
}
/// `GroupQueryByAttrResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupQueryByAttrResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GroupQueryByAttrResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GroupQueryByAttrResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupQueryByAttrResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GroupQueryByOpenIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupQueryByOpenIdResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GroupQueryByOpenIdResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GroupQueryByOpenIdResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupQueryByOpenIdResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `ListAuditLogResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAuditLogResponseBody {
    /// `list`.
    pub list: Option<Vec<ListAuditLogResponseBodyList>>,
}
rt::impl_deserialize! {
    ListAuditLogResponseBody { "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAuditLogResponseBody { "list" => optional(list) }
}
/// `ListByCodesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListByCodesResponseBody {
    /// `robotInfoList`.
    pub robot_info_list: Option<Vec<ListByCodesResponseBodyRobotInfoList>>,
}
rt::impl_deserialize! {
    ListByCodesResponseBody { "robotInfoList" => read_field(robot_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListByCodesResponseBody { "robotInfoList" => optional(robot_info_list) }
}
/// `ListByPluginIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListByPluginIdsResponseBody {
    /// `pluginInfoList`.
    pub plugin_info_list: Option<Vec<ListByPluginIdsResponseBodyPluginInfoList>>,
}
rt::impl_deserialize! {
    ListByPluginIdsResponseBody { "pluginInfoList" => read_field(plugin_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListByPluginIdsResponseBody { "pluginInfoList" => optional(plugin_info_list) }
}
/// `ListCategorysRequestBody`, a model several operations share: also named [`ListRulesRequestBody`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCategorysRequestBody {
    /// `status`.
    pub status: Option<i64>,
}
impl ListCategorysRequestBody {
    /// An empty `ListCategorysRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListCategorysRequestBody { "status" => optional(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListCategorysRequestBody { "status" => read_field(status) }
}
/// `ListCategorysResponseBody`, a model several operations share: also named [`ListRulesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCategorysResponseBody {
    /// `detailModelList`.
    pub detail_model_list: Option<Vec<rt::BTreeMap<String, String>>>,
}
rt::impl_deserialize! {
    ListCategorysResponseBody { "detailModelList" => read_field(detail_model_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCategorysResponseBody { "detailModelList" => optional(detail_model_list) }
}
/// `ListJoinOrgInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListJoinOrgInfoResponseBody {
    /// `orgInfoList`.
    pub org_info_list: Option<Vec<ListJoinOrgInfoResponseBodyOrgInfoList>>,
}
rt::impl_deserialize! {
    ListJoinOrgInfoResponseBody { "orgInfoList" => read_field(org_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListJoinOrgInfoResponseBody { "orgInfoList" => optional(org_info_list) }
}
/// `ListMiniAppAvailableVersionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMiniAppAvailableVersionResponseBody {
    /// `list`.
    pub list: Option<Vec<ListMiniAppAvailableVersionResponseBodyList>>,
}
rt::impl_deserialize! {
    ListMiniAppAvailableVersionResponseBody { "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMiniAppAvailableVersionResponseBody { "list" => optional(list) }
}
/// `ListMiniAppHistoryVersionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMiniAppHistoryVersionResponseBody {
    /// `list`.
    pub list: Option<Vec<ListMiniAppHistoryVersionResponseBodyList>>,
}
rt::impl_deserialize! {
    ListMiniAppHistoryVersionResponseBody { "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMiniAppHistoryVersionResponseBody { "list" => optional(list) }
}
/// `ListPartnerRolesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPartnerRolesResponseBody {
    /// `list`.
    pub list: Option<Vec<ListPartnerRolesResponseBodyList>>,
}
rt::impl_deserialize! {
    ListPartnerRolesResponseBody { "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPartnerRolesResponseBody { "list" => optional(list) }
}
/// `ListPunchScheduleByConditionWithPagingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPunchScheduleByConditionWithPagingResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListPunchScheduleByConditionWithPagingResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    ListPunchScheduleByConditionWithPagingResponseBody { "hasMore" =>
    read_field(has_more), "list" => read_field(list), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPunchScheduleByConditionWithPagingResponseBody { "hasMore" => optional(has_more),
    "list" => optional(list), "nextToken" => optional(next_token) }
}
/// `ListRulesRequestBody`: the same model as [`ListCategorysRequestBody`].
pub type ListRulesRequestBody = ListCategorysRequestBody;
/// `ListRulesResponseBody`: the same model as [`ListCategorysResponseBody`].
pub type ListRulesResponseBody = ListCategorysResponseBody;
/// `LogoutResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type LogoutResponseBody = AddCustomSignConfigResponseBody;
/// `OpenBenefitPackageResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type OpenBenefitPackageResponseBody = AddCustomSignConfigResponseBody;
/// `OpportunitySearchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpportunitySearchResponseBody {
    /// `opportunityExist`.
    pub opportunity_exist: Option<bool>,
}
rt::impl_deserialize! {
    OpportunitySearchResponseBody { "opportunityExist" => read_field(opportunity_exist) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpportunitySearchResponseBody { "opportunityExist" => optional(opportunity_exist) }
}
/// `PreventCheatingCheckRiskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PreventCheatingCheckRiskResponseBody {
    /// `result`.
    pub result: Option<PreventCheatingCheckRiskResponseBodyResult>,
}
rt::impl_deserialize! {
    PreventCheatingCheckRiskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PreventCheatingCheckRiskResponseBody { "result" => optional(result) }
}
/// `PublishRuleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PublishRuleResponseBody {
    /// `isPublish`.
    pub is_publish: Option<bool>,
}
rt::impl_deserialize! {
    PublishRuleResponseBody { "isPublish" => read_field(is_publish) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PublishRuleResponseBody { "isPublish" => optional(is_publish) }
}
/// `PushBadgeRequestBadgeItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PushBadgeRequestBadgeItems {
    /// `pushValue`.
    pub push_value: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl PushBadgeRequestBadgeItems {
    /// An empty `PushBadgeRequestBadgeItems`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pushValue`.
    pub fn push_value(mut self, value: impl Into<String>) -> Self {
        self.push_value = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PushBadgeRequestBadgeItems { "pushValue" => optional(push_value), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushBadgeRequestBadgeItems { "pushValue" => read_field(push_value), "userId" =>
    read_field(user_id) }
}
/// `PushBadgeResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type PushBadgeResponseBody = AddCustomSignConfigResponseBody;
/// `QueryAcrossCloudStroageConfigsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAcrossCloudStroageConfigsResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `accessKeySecret`.
    pub access_key_secret: Option<String>,
    /// `bucketName`.
    pub bucket_name: Option<String>,
    /// `cloudType`.
    pub cloud_type: Option<i64>,
    /// `endpoint`.
    pub endpoint: Option<String>,
}
rt::impl_deserialize! {
    QueryAcrossCloudStroageConfigsResponseBody { "accessKeyId" =>
    read_field(access_key_id), "accessKeySecret" => read_field(access_key_secret),
    "bucketName" => read_field(bucket_name), "cloudType" => read_field(cloud_type),
    "endpoint" => read_field(endpoint) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAcrossCloudStroageConfigsResponseBody { "accessKeyId" =>
    optional(access_key_id), "accessKeySecret" => optional(access_key_secret),
    "bucketName" => optional(bucket_name), "cloudType" => optional(cloud_type),
    "endpoint" => optional(endpoint) }
}
/// `QueryChannelStaffInfoByMobileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryChannelStaffInfoByMobileResponseBody {
    /// `empInfo`.
    pub emp_info: Option<QueryChannelStaffInfoByMobileResponseBodyEmpInfo>,
    /// `exclusiveAccountEmpInfoList`.
    pub exclusive_account_emp_info_list: Option<
        Vec<QueryChannelStaffInfoByMobileResponseBodyExclusiveAccountEmpInfoList>,
    >,
}
rt::impl_deserialize! {
    QueryChannelStaffInfoByMobileResponseBody { "empInfo" => read_field(emp_info),
    "exclusiveAccountEmpInfoList" => read_field(exclusive_account_emp_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryChannelStaffInfoByMobileResponseBody { "empInfo" => optional(emp_info),
    "exclusiveAccountEmpInfoList" => optional(exclusive_account_emp_info_list) }
}
/// `QueryConversationPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConversationPageResponseBody {
    /// `result`.
    pub result: Option<QueryConversationPageResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryConversationPageResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConversationPageResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryExclusiveBenefitsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryExclusiveBenefitsResponseBody {
    /// `benefitsList`.
    pub benefits_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryExclusiveBenefitsResponseBody { "benefitsList" => read_field(benefits_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryExclusiveBenefitsResponseBody { "benefitsList" => optional(benefits_list) }
}
/// `QueryMsgSendRecordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMsgSendRecordsResponseBody {
    /// `errmsg`.
    pub errmsg: Option<String>,
    /// `errorcode`.
    pub errorcode: Option<String>,
    /// `result`.
    pub result: Option<QueryMsgSendRecordsResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryMsgSendRecordsResponseBody { "errmsg" => read_field(errmsg), "errorcode" =>
    read_field(errorcode), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMsgSendRecordsResponseBody { "errmsg" => optional(errmsg), "errorcode" =>
    optional(errorcode), "result" => optional(result) }
}
/// `QueryPartnerInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPartnerInfoResponseBody {
    /// `partnerDeptList`.
    pub partner_dept_list: Option<Vec<QueryPartnerInfoResponseBodyPartnerDeptList>>,
    /// `partnerLabelList`.
    pub partner_label_list: Option<Vec<QueryPartnerInfoResponseBodyPartnerLabelList>>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryPartnerInfoResponseBody { "partnerDeptList" => read_field(partner_dept_list),
    "partnerLabelList" => read_field(partner_label_list), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPartnerInfoResponseBody { "partnerDeptList" => optional(partner_dept_list),
    "partnerLabelList" => optional(partner_label_list), "userId" => optional(user_id) }
}
/// `QueryTemplateInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBody {
    /// `abilitySwitch`.
    pub ability_switch: Option<i64>,
    /// `appInfo`.
    pub app_info: Option<QueryTemplateInfoResponseBodyAppInfo>,
    /// `conversationScope`.
    pub conversation_scope: Option<Vec<String>>,
    /// `createAt`.
    pub create_at: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `grayConversationIds`.
    pub gray_conversation_ids: Option<Vec<String>>,
    /// `grayInfo`.
    pub gray_info: Option<QueryTemplateInfoResponseBodyGrayInfo>,
    /// `grayTemplateId`.
    pub gray_template_id: Option<String>,
    /// `groupSettingList`.
    pub group_setting_list: Option<Vec<QueryTemplateInfoResponseBodyGroupSettingList>>,
    /// `iconMediaId`.
    pub icon_media_id: Option<String>,
    /// `modifiedAt`.
    pub modified_at: Option<i64>,
    /// `modifyOrderId`.
    pub modify_order_id: Option<i64>,
    /// `modifyStatus`.
    pub modify_status: Option<i64>,
    /// `parentTemplateDetailVO`.
    pub parent_template_detail_vo: Option<
        QueryTemplateInfoResponseBodyParentTemplateDetailVO,
    >,
    /// `publishSubState`.
    pub publish_sub_state: Option<String>,
    /// `robotTemplateList`.
    pub robot_template_list: Option<Vec<String>>,
    /// `status`.
    pub status: Option<i64>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateIntroduction`.
    pub template_introduction: Option<QueryTemplateInfoResponseBodyTemplateIntroduction>,
    /// `templateName`.
    pub template_name: Option<String>,
    /// `templateType`.
    pub template_type: Option<i64>,
    /// `templateVisibility`.
    pub template_visibility: Option<QueryTemplateInfoResponseBodyTemplateVisibility>,
    /// `toolbarPluginList`.
    pub toolbar_plugin_list: Option<Vec<String>>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBody { "abilitySwitch" => read_field(ability_switch),
    "appInfo" => read_field(app_info), "conversationScope" =>
    read_field(conversation_scope), "createAt" => read_field(create_at), "description" =>
    read_field(description), "grayConversationIds" => read_field(gray_conversation_ids),
    "grayInfo" => read_field(gray_info), "grayTemplateId" =>
    read_field(gray_template_id), "groupSettingList" => read_field(group_setting_list),
    "iconMediaId" => read_field(icon_media_id), "modifiedAt" => read_field(modified_at),
    "modifyOrderId" => read_field(modify_order_id), "modifyStatus" =>
    read_field(modify_status), "parentTemplateDetailVO" =>
    read_field(parent_template_detail_vo), "publishSubState" =>
    read_field(publish_sub_state), "robotTemplateList" =>
    read_field(robot_template_list), "status" => read_field(status), "templateId" =>
    read_field(template_id), "templateIntroduction" => read_field(template_introduction),
    "templateName" => read_field(template_name), "templateType" =>
    read_field(template_type), "templateVisibility" => read_field(template_visibility),
    "toolbarPluginList" => read_field(toolbar_plugin_list), "version" =>
    read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBody { "abilitySwitch" => optional(ability_switch),
    "appInfo" => optional(app_info), "conversationScope" => optional(conversation_scope),
    "createAt" => optional(create_at), "description" => optional(description),
    "grayConversationIds" => optional(gray_conversation_ids), "grayInfo" =>
    optional(gray_info), "grayTemplateId" => optional(gray_template_id),
    "groupSettingList" => optional(group_setting_list), "iconMediaId" =>
    optional(icon_media_id), "modifiedAt" => optional(modified_at), "modifyOrderId" =>
    optional(modify_order_id), "modifyStatus" => optional(modify_status),
    "parentTemplateDetailVO" => optional(parent_template_detail_vo), "publishSubState" =>
    optional(publish_sub_state), "robotTemplateList" => optional(robot_template_list),
    "status" => optional(status), "templateId" => optional(template_id),
    "templateIntroduction" => optional(template_introduction), "templateName" =>
    optional(template_name), "templateType" => optional(template_type),
    "templateVisibility" => optional(template_visibility), "toolbarPluginList" =>
    optional(toolbar_plugin_list), "version" => optional(version) }
}
/// `QueryUserBehaviorResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserBehaviorResponseBody {
    /// `data`.
    pub data: Option<Vec<QueryUserBehaviorResponseBodyData>>,
    /// `dataCnt`.
    pub data_cnt: Option<i64>,
    /// `totalCnt`.
    pub total_cnt: Option<i64>,
}
rt::impl_deserialize! {
    QueryUserBehaviorResponseBody { "data" => read_field(data), "dataCnt" =>
    read_field(data_cnt), "totalCnt" => read_field(total_cnt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserBehaviorResponseBody { "data" => optional(data), "dataCnt" =>
    optional(data_cnt), "totalCnt" => optional(total_cnt) }
}
/// `RollbackMiniAppVersionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RollbackMiniAppVersionResponseBody {
    /// `cause`.
    pub cause: Option<String>,
    /// `code`.
    pub code: Option<i64>,
}
rt::impl_deserialize! {
    RollbackMiniAppVersionResponseBody { "cause" => read_field(cause), "code" =>
    read_field(code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RollbackMiniAppVersionResponseBody { "cause" => optional(cause), "code" =>
    optional(code) }
}
/// `RuleBatchReceiverRequestData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RuleBatchReceiverRequestData {
    /// `atAccount`.
    pub at_account: Option<String>,
    /// `attrs`.
    pub attrs: Option<RuleBatchReceiverRequestDataAttrs>,
    /// `callbackUrl`.
    pub callback_url: Option<String>,
    /// `cardCallbackUrl`.
    pub card_callback_url: Option<String>,
    /// `content`.
    pub content: Option<
        rt::BTreeMap<String, rt::BTreeMap<String, rt::serde_json::Value>>,
    >,
    /// `isAtAll`.
    pub is_at_all: Option<bool>,
    /// `receiverAccount`.
    pub receiver_account: Option<String>,
    /// `receiverType`.
    pub receiver_type: Option<i64>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
}
impl RuleBatchReceiverRequestData {
    /// An empty `RuleBatchReceiverRequestData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atAccount`.
    pub fn at_account(mut self, value: impl Into<String>) -> Self {
        self.at_account = Some(value.into());
        self
    }
    /// Sets `attrs`.
    pub fn attrs(mut self, value: RuleBatchReceiverRequestDataAttrs) -> Self {
        self.attrs = Some(value);
        self
    }
    /// Sets `callbackUrl`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets `cardCallbackUrl`.
    pub fn card_callback_url(mut self, value: impl Into<String>) -> Self {
        self.card_callback_url = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, rt::BTreeMap<String, rt::serde_json::Value>),
        >,
    ) -> Self {
        self.content = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `isAtAll`.
    pub fn is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = Some(value);
        self
    }
    /// Sets `receiverAccount`.
    pub fn receiver_account(mut self, value: impl Into<String>) -> Self {
        self.receiver_account = Some(value.into());
        self
    }
    /// Sets `receiverType`.
    pub fn receiver_type(mut self, value: i64) -> Self {
        self.receiver_type = Some(value);
        self
    }
    /// Sets `serialNumber`.
    pub fn serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RuleBatchReceiverRequestData { "atAccount" => optional(at_account), "attrs" =>
    optional(attrs), "callbackUrl" => optional(callback_url), "cardCallbackUrl" =>
    optional(card_callback_url), "content" => optional(content), "isAtAll" =>
    optional(is_at_all), "receiverAccount" => optional(receiver_account), "receiverType"
    => optional(receiver_type), "serialNumber" => optional(serial_number) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RuleBatchReceiverRequestData { "atAccount" => read_field(at_account), "attrs" =>
    read_field(attrs), "callbackUrl" => read_field(callback_url), "cardCallbackUrl" =>
    read_field(card_callback_url), "content" => read_field(content), "isAtAll" =>
    read_field(is_at_all), "receiverAccount" => read_field(receiver_account),
    "receiverType" => read_field(receiver_type), "serialNumber" =>
    read_field(serial_number) }
}
/// `RuleBatchReceiverResponseBody`, a model several operations share: also named [`SpecialRuleBatchReceiverResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RuleBatchReceiverResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<Vec<RuleBatchReceiverResponseBodyData>>,
    /// `msg`.
    pub msg: Option<String>,
    /// `msgId`.
    pub msg_id: Option<String>,
    /// `rows`.
    pub rows: Option<Vec<Vec<RuleBatchReceiverResponseBodyRows>>>,
}
rt::impl_deserialize! {
    RuleBatchReceiverResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "msg" => read_field(msg), "msgId" => read_field(msg_id), "rows" =>
    read_field(rows) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RuleBatchReceiverResponseBody { "code" => optional(code), "data" => optional(data),
    "msg" => optional(msg), "msgId" => optional(msg_id), "rows" => optional(rows) }
}
/// `SaveAcrossCloudStroageConfigsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveAcrossCloudStroageConfigsResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `endpoint`.
    pub endpoint: Option<String>,
    /// `state`.
    pub state: Option<i64>,
}
rt::impl_deserialize! {
    SaveAcrossCloudStroageConfigsResponseBody { "accessKeyId" =>
    read_field(access_key_id), "endpoint" => read_field(endpoint), "state" =>
    read_field(state) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveAcrossCloudStroageConfigsResponseBody { "accessKeyId" => optional(access_key_id),
    "endpoint" => optional(endpoint), "state" => optional(state) }
}
/// `SaveAndSubmitAuthInfoResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveAndSubmitAuthInfoResponseBody = AddCustomSignConfigResponseBody;
/// `SaveOpenTerminalInfoResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveOpenTerminalInfoResponseBody = AddCustomSignConfigResponseBody;
/// `SaveStorageFunctionSwitchRequestFunctionList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveStorageFunctionSwitchRequestFunctionList {
    /// `functionKey`.
    pub function_key: String,
    /// `functionValue`.
    pub function_value: String,
}
/// The required fields of [`SaveStorageFunctionSwitchRequestFunctionList`], each named where it is set: `SaveStorageFunctionSwitchRequestFunctionList::new(SaveStorageFunctionSwitchRequestFunctionListRequired { .. })`.
pub struct SaveStorageFunctionSwitchRequestFunctionListRequired {
    /// `functionKey`: see [`SaveStorageFunctionSwitchRequestFunctionList::function_key`].
    pub function_key: String,
    /// `functionValue`: see [`SaveStorageFunctionSwitchRequestFunctionList::function_value`].
    pub function_value: String,
}
impl SaveStorageFunctionSwitchRequestFunctionList {
    /// A `SaveStorageFunctionSwitchRequestFunctionList` with its required fields (`functionKey`, `functionValue`); set the others with the methods named after them.
    pub fn new(required: SaveStorageFunctionSwitchRequestFunctionListRequired) -> Self {
        let SaveStorageFunctionSwitchRequestFunctionListRequired {
            function_key,
            function_value,
        } = required;
        Self {
            function_key,
            function_value,
        }
    }
}
rt::impl_serialize! {
    SaveStorageFunctionSwitchRequestFunctionList { "functionKey" => field(function_key),
    "functionValue" => field(function_value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveStorageFunctionSwitchRequestFunctionList { "functionKey" =>
    read_field(function_key), "functionValue" => read_field(function_value) }
}
/// `SaveStorageFunctionSwitchResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveStorageFunctionSwitchResponseBody = AddCustomSignConfigResponseBody;
/// `SaveStorageSwitchResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveStorageSwitchResponseBody = AddCustomSignConfigResponseBody;
/// `SaveWhiteAppResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveWhiteAppResponseBody = AddCustomSignConfigResponseBody;
/// `SearchOrgInnerGroupInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchOrgInnerGroupInfoResponseBody {
    /// `itemCount`.
    pub item_count: Option<i64>,
    /// `items`.
    pub items: Option<Vec<SearchOrgInnerGroupInfoResponseBodyItems>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    SearchOrgInnerGroupInfoResponseBody { "itemCount" => read_field(item_count), "items"
    => read_field(items), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchOrgInnerGroupInfoResponseBody { "itemCount" => optional(item_count), "items" =>
    optional(items), "totalCount" => optional(total_count) }
}
/// `SearchOrgInnerGroupInfoByCursorPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchOrgInnerGroupInfoByCursorPageResponseBody {
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `items`.
    pub items: Option<Vec<SearchOrgInnerGroupInfoByCursorPageResponseBodyItems>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
rt::impl_deserialize! {
    SearchOrgInnerGroupInfoByCursorPageResponseBody { "hasNext" => read_field(has_next),
    "items" => read_field(items), "nextCursor" => read_field(next_cursor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchOrgInnerGroupInfoByCursorPageResponseBody { "hasNext" => optional(has_next),
    "items" => optional(items), "nextCursor" => optional(next_cursor) }
}
/// `SendMessageRequestMsgBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageRequestMsgBody {
    /// `action_card`.
    pub action_card: Option<SendMessageRequestMsgBodyActionCard>,
    /// `link`.
    pub link: Option<SendMessageRequestMsgBodyLink>,
    /// `markdown`.
    pub markdown: Option<SendMessageRequestMsgBodyMarkdown>,
}
impl SendMessageRequestMsgBody {
    /// An empty `SendMessageRequestMsgBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `action_card`.
    pub fn action_card(mut self, value: SendMessageRequestMsgBodyActionCard) -> Self {
        self.action_card = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(mut self, value: SendMessageRequestMsgBodyLink) -> Self {
        self.link = Some(value);
        self
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: SendMessageRequestMsgBodyMarkdown) -> Self {
        self.markdown = Some(value);
        self
    }
}
rt::impl_serialize! {
    SendMessageRequestMsgBody { "action_card" => optional(action_card), "link" =>
    optional(link), "markdown" => optional(markdown) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageRequestMsgBody { "action_card" => read_field(action_card), "link" =>
    read_field(link), "markdown" => read_field(markdown) }
}
/// `SendMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendMessageResponseBody {
    /// `errmsg`.
    pub errmsg: Option<String>,
    /// `errorcode`.
    pub errorcode: Option<String>,
    /// `task_id`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    SendMessageResponseBody { "errmsg" => read_field(errmsg), "errorcode" =>
    read_field(errorcode), "task_id" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendMessageResponseBody { "errmsg" => optional(errmsg), "errorcode" =>
    optional(errorcode), "task_id" => optional(task_id) }
}
/// `SendPhoneDingResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SendPhoneDingResponseBody = AddCustomSignConfigResponseBody;
/// `SetConversationCategoryResponseBody`, a model several operations share: also named [`SetOrgTopConversationCategoryResponseBody`], [`UpdateConversationTypeResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SetConversationCategoryResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SetConversationCategoryResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SetConversationCategoryResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `SetConversationSubtitleResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SetConversationSubtitleResponseBody = AddCustomSignConfigResponseBody;
/// `SetConversationTopCategoryRequestSetCategoryList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetConversationTopCategoryRequestSetCategoryList {
    /// `categoryId`.
    pub category_id: i64,
    /// `order`.
    pub order: Option<i64>,
}
/// The required fields of [`SetConversationTopCategoryRequestSetCategoryList`], each named where it is set: `SetConversationTopCategoryRequestSetCategoryList::new(SetConversationTopCategoryRequestSetCategoryListRequired { .. })`.
pub struct SetConversationTopCategoryRequestSetCategoryListRequired {
    /// `categoryId`: see [`SetConversationTopCategoryRequestSetCategoryList::category_id`].
    pub category_id: i64,
}
impl SetConversationTopCategoryRequestSetCategoryList {
    /// A `SetConversationTopCategoryRequestSetCategoryList` with its required fields (`categoryId`); set the others with the methods named after them.
    pub fn new(
        required: SetConversationTopCategoryRequestSetCategoryListRequired,
    ) -> Self {
        let SetConversationTopCategoryRequestSetCategoryListRequired { category_id } = required;
        Self { category_id, order: None }
    }
    /// Sets `order`.
    pub fn order(mut self, value: i64) -> Self {
        self.order = Some(value);
        self
    }
}
rt::impl_serialize! {
    SetConversationTopCategoryRequestSetCategoryList { "categoryId" =>
    field(category_id), "order" => optional(order) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetConversationTopCategoryRequestSetCategoryList { "categoryId" =>
    read_field(category_id), "order" => read_field(order) }
}
/// `SetConversationTopCategoryResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SetConversationTopCategoryResponseBody = AddCustomSignConfigResponseBody;
/// `SetOrgTopConversationCategoryRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetOrgTopConversationCategoryRequestBody {
    /// `categoryId`.
    pub category_id: Option<i64>,
    /// `categoryName`.
    pub category_name: String,
    /// `order`.
    pub order: Option<i64>,
}
/// The required fields of [`SetOrgTopConversationCategoryRequestBody`], each named where it is set: `SetOrgTopConversationCategoryRequestBody::new(SetOrgTopConversationCategoryRequestBodyRequired { .. })`.
pub struct SetOrgTopConversationCategoryRequestBodyRequired {
    /// `categoryName`: see [`SetOrgTopConversationCategoryRequestBody::category_name`].
    pub category_name: String,
}
impl SetOrgTopConversationCategoryRequestBody {
    /// A `SetOrgTopConversationCategoryRequestBody` with its required fields (`categoryName`); set the others with the methods named after them.
    pub fn new(required: SetOrgTopConversationCategoryRequestBodyRequired) -> Self {
        let SetOrgTopConversationCategoryRequestBodyRequired { category_name } = required;
        Self {
            category_id: None,
            category_name,
            order: None,
        }
    }
    /// Sets `categoryId`.
    pub fn category_id(mut self, value: i64) -> Self {
        self.category_id = Some(value);
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: i64) -> Self {
        self.order = Some(value);
        self
    }
}
rt::impl_serialize! {
    SetOrgTopConversationCategoryRequestBody { "categoryId" => optional(category_id),
    "categoryName" => field(category_name), "order" => optional(order) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetOrgTopConversationCategoryRequestBody { "categoryId" => read_field(category_id),
    "categoryName" => read_field(category_name), "order" => read_field(order) }
}
/// `SetOrgTopConversationCategoryResponseBody`: the same model as [`SetConversationCategoryResponseBody`].
pub type SetOrgTopConversationCategoryResponseBody = SetConversationCategoryResponseBody;
/// `SpecialRuleBatchReceiverRequestData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SpecialRuleBatchReceiverRequestData {
    /// `atAccount`.
    pub at_account: Option<String>,
    /// `attrs`.
    pub attrs: Option<SpecialRuleBatchReceiverRequestDataAttrs>,
    /// `callbackUrl`.
    pub callback_url: Option<String>,
    /// `cardCallbackUrl`.
    pub card_callback_url: Option<String>,
    /// `content`.
    pub content: Option<
        rt::BTreeMap<String, rt::BTreeMap<String, rt::serde_json::Value>>,
    >,
    /// `isAtAll`.
    pub is_at_all: Option<bool>,
    /// `privateContent`.
    pub private_content: Option<
        rt::BTreeMap<String, rt::BTreeMap<String, rt::serde_json::Value>>,
    >,
    /// `receiverAccount`.
    pub receiver_account: Option<String>,
    /// `receiverType`.
    pub receiver_type: Option<i64>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
}
impl SpecialRuleBatchReceiverRequestData {
    /// An empty `SpecialRuleBatchReceiverRequestData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atAccount`.
    pub fn at_account(mut self, value: impl Into<String>) -> Self {
        self.at_account = Some(value.into());
        self
    }
    /// Sets `attrs`.
    pub fn attrs(mut self, value: SpecialRuleBatchReceiverRequestDataAttrs) -> Self {
        self.attrs = Some(value);
        self
    }
    /// Sets `callbackUrl`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets `cardCallbackUrl`.
    pub fn card_callback_url(mut self, value: impl Into<String>) -> Self {
        self.card_callback_url = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, rt::BTreeMap<String, rt::serde_json::Value>),
        >,
    ) -> Self {
        self.content = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `isAtAll`.
    pub fn is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = Some(value);
        self
    }
    /// Sets `privateContent`.
    pub fn private_content(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, rt::BTreeMap<String, rt::serde_json::Value>),
        >,
    ) -> Self {
        self.private_content = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `receiverAccount`.
    pub fn receiver_account(mut self, value: impl Into<String>) -> Self {
        self.receiver_account = Some(value.into());
        self
    }
    /// Sets `receiverType`.
    pub fn receiver_type(mut self, value: i64) -> Self {
        self.receiver_type = Some(value);
        self
    }
    /// Sets `serialNumber`.
    pub fn serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SpecialRuleBatchReceiverRequestData { "atAccount" => optional(at_account), "attrs" =>
    optional(attrs), "callbackUrl" => optional(callback_url), "cardCallbackUrl" =>
    optional(card_callback_url), "content" => optional(content), "isAtAll" =>
    optional(is_at_all), "privateContent" => optional(private_content), "receiverAccount"
    => optional(receiver_account), "receiverType" => optional(receiver_type),
    "serialNumber" => optional(serial_number) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SpecialRuleBatchReceiverRequestData { "atAccount" => read_field(at_account), "attrs"
    => read_field(attrs), "callbackUrl" => read_field(callback_url), "cardCallbackUrl" =>
    read_field(card_callback_url), "content" => read_field(content), "isAtAll" =>
    read_field(is_at_all), "privateContent" => read_field(private_content),
    "receiverAccount" => read_field(receiver_account), "receiverType" =>
    read_field(receiver_type), "serialNumber" => read_field(serial_number) }
}
/// `SpecialRuleBatchReceiverResponseBody`: the same model as [`RuleBatchReceiverResponseBody`].
pub type SpecialRuleBatchReceiverResponseBody = RuleBatchReceiverResponseBody;
/// `TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS`, a model several operations share: also named [`TaskInfoCancelOrDelTaskRequestTaskExecutePersonDTOS`], [`TaskInfoCreateAndStartTaskRequestTaskExecutePersonDTOS`], [`TaskInfoFinishTaskRequestTaskExecutePersonDTOS`], [`TaskInfoUpdateTaskRequestTaskExecutePersonDTOS`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS {
    /// `employeeCode`.
    pub employee_code: Option<String>,
    /// `personType`.
    pub person_type: Option<i64>,
}
impl TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS {
    /// An empty `TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `employeeCode`.
    pub fn employee_code(mut self, value: impl Into<String>) -> Self {
        self.employee_code = Some(value.into());
        self
    }
    /// Sets `personType`.
    pub fn person_type(mut self, value: i64) -> Self {
        self.person_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS { "employeeCode" =>
    optional(employee_code), "personType" => optional(person_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS { "employeeCode" =>
    read_field(employee_code), "personType" => read_field(person_type) }
}
/// `TaskInfoAddDelTaskPersonResponseBody`, a model several operations share: also named [`TaskInfoCancelOrDelTaskResponseBody`], [`TaskInfoFinishTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TaskInfoAddDelTaskPersonResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<rt::serde_json::Value>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    TaskInfoAddDelTaskPersonResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TaskInfoAddDelTaskPersonResponseBody { "code" => optional(code), "data" =>
    optional(data), "message" => optional(message) }
}
/// `TaskInfoCancelOrDelTaskRequestCardDTO`, a model several operations share: also named [`TaskInfoCreateAndStartTaskRequestCardDTO`], [`TaskInfoFinishTaskRequestCardDTO`], [`TaskInfoUpdateTaskRequestCardDTO`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoCancelOrDelTaskRequestCardDTO {
    /// `atAccount`.
    pub at_account: Option<String>,
    /// `cardCallbackUrl`.
    pub card_callback_url: Option<String>,
    /// `content`.
    pub content: Option<rt::serde_json::Value>,
    /// `isAtAll`.
    pub is_at_all: Option<bool>,
    /// `receiverAccount`.
    pub receiver_account: Option<String>,
}
impl TaskInfoCancelOrDelTaskRequestCardDTO {
    /// An empty `TaskInfoCancelOrDelTaskRequestCardDTO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atAccount`.
    pub fn at_account(mut self, value: impl Into<String>) -> Self {
        self.at_account = Some(value.into());
        self
    }
    /// Sets `cardCallbackUrl`.
    pub fn card_callback_url(mut self, value: impl Into<String>) -> Self {
        self.card_callback_url = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `isAtAll`.
    pub fn is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = Some(value);
        self
    }
    /// Sets `receiverAccount`.
    pub fn receiver_account(mut self, value: impl Into<String>) -> Self {
        self.receiver_account = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TaskInfoCancelOrDelTaskRequestCardDTO { "atAccount" => optional(at_account),
    "cardCallbackUrl" => optional(card_callback_url), "content" => optional(content),
    "isAtAll" => optional(is_at_all), "receiverAccount" => optional(receiver_account) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoCancelOrDelTaskRequestCardDTO { "atAccount" => read_field(at_account),
    "cardCallbackUrl" => read_field(card_callback_url), "content" => read_field(content),
    "isAtAll" => read_field(is_at_all), "receiverAccount" => read_field(receiver_account)
    }
}
/// `TaskInfoCancelOrDelTaskRequestTaskExecutePersonDTOS`: the same model as [`TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS`].
pub type TaskInfoCancelOrDelTaskRequestTaskExecutePersonDTOS = TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS;
/// `TaskInfoCancelOrDelTaskResponseBody`: the same model as [`TaskInfoAddDelTaskPersonResponseBody`].
pub type TaskInfoCancelOrDelTaskResponseBody = TaskInfoAddDelTaskPersonResponseBody;
/// `TaskInfoCreateAndStartTaskRequestAttr`, a model several operations share: also named [`TaskInfoUpdateTaskRequestAttr`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskRequestAttr {
    /// `listTaskDynamicAttr`.
    pub list_task_dynamic_attr: Option<
        Vec<TaskInfoCreateAndStartTaskRequestAttrListTaskDynamicAttr>,
    >,
}
impl TaskInfoCreateAndStartTaskRequestAttr {
    /// An empty `TaskInfoCreateAndStartTaskRequestAttr`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `listTaskDynamicAttr`.
    pub fn list_task_dynamic_attr(
        mut self,
        value: impl IntoIterator<
            Item = TaskInfoCreateAndStartTaskRequestAttrListTaskDynamicAttr,
        >,
    ) -> Self {
        self.list_task_dynamic_attr = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    TaskInfoCreateAndStartTaskRequestAttr { "listTaskDynamicAttr" =>
    optional(list_task_dynamic_attr) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoCreateAndStartTaskRequestAttr { "listTaskDynamicAttr" =>
    read_field(list_task_dynamic_attr) }
}
/// `TaskInfoCreateAndStartTaskRequestBacklogDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskRequestBacklogDTO {
    /// `content`.
    pub content: Option<TaskInfoCreateAndStartTaskRequestBacklogDTOContent>,
}
impl TaskInfoCreateAndStartTaskRequestBacklogDTO {
    /// An empty `TaskInfoCreateAndStartTaskRequestBacklogDTO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: TaskInfoCreateAndStartTaskRequestBacklogDTOContent,
    ) -> Self {
        self.content = Some(value);
        self
    }
}
rt::impl_serialize! {
    TaskInfoCreateAndStartTaskRequestBacklogDTO { "content" => optional(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoCreateAndStartTaskRequestBacklogDTO { "content" => read_field(content) }
}
/// `TaskInfoCreateAndStartTaskRequestCardDTO`: the same model as [`TaskInfoCancelOrDelTaskRequestCardDTO`].
pub type TaskInfoCreateAndStartTaskRequestCardDTO = TaskInfoCancelOrDelTaskRequestCardDTO;
/// `TaskInfoCreateAndStartTaskRequestDetailUrl`, a model several operations share: also named [`TaskInfoUpdateTaskRequestDetailUrl`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskRequestDetailUrl {
    /// `appUrl`.
    pub app_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
impl TaskInfoCreateAndStartTaskRequestDetailUrl {
    /// An empty `TaskInfoCreateAndStartTaskRequestDetailUrl`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appUrl`.
    pub fn app_url(mut self, value: impl Into<String>) -> Self {
        self.app_url = Some(value.into());
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TaskInfoCreateAndStartTaskRequestDetailUrl { "appUrl" => optional(app_url), "pcUrl"
    => optional(pc_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoCreateAndStartTaskRequestDetailUrl { "appUrl" => read_field(app_url), "pcUrl"
    => read_field(pc_url) }
}
/// `TaskInfoCreateAndStartTaskRequestTaskExecutePersonDTOS`: the same model as [`TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS`].
pub type TaskInfoCreateAndStartTaskRequestTaskExecutePersonDTOS = TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS;
/// `TaskInfoCreateAndStartTaskRequestTaskGroupDTOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskRequestTaskGroupDTOList {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl TaskInfoCreateAndStartTaskRequestTaskGroupDTOList {
    /// An empty `TaskInfoCreateAndStartTaskRequestTaskGroupDTOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TaskInfoCreateAndStartTaskRequestTaskGroupDTOList { "openConversationId" =>
    optional(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoCreateAndStartTaskRequestTaskGroupDTOList { "openConversationId" =>
    read_field(open_conversation_id) }
}
/// `TaskInfoCreateAndStartTaskResponseBody`, a model several operations share: also named [`TaskInfoUpdateTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<TaskInfoCreateAndStartTaskResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    TaskInfoCreateAndStartTaskResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TaskInfoCreateAndStartTaskResponseBody { "code" => optional(code), "data" =>
    optional(data), "message" => optional(message) }
}
/// `TaskInfoFinishTaskRequestCardDTO`: the same model as [`TaskInfoCancelOrDelTaskRequestCardDTO`].
pub type TaskInfoFinishTaskRequestCardDTO = TaskInfoCancelOrDelTaskRequestCardDTO;
/// `TaskInfoFinishTaskRequestTaskExecutePersonDTOS`: the same model as [`TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS`].
pub type TaskInfoFinishTaskRequestTaskExecutePersonDTOS = TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS;
/// `TaskInfoFinishTaskResponseBody`: the same model as [`TaskInfoAddDelTaskPersonResponseBody`].
pub type TaskInfoFinishTaskResponseBody = TaskInfoAddDelTaskPersonResponseBody;
/// `TaskInfoUpdateTaskRequestAttr`: the same model as [`TaskInfoCreateAndStartTaskRequestAttr`].
pub type TaskInfoUpdateTaskRequestAttr = TaskInfoCreateAndStartTaskRequestAttr;
/// `TaskInfoUpdateTaskRequestCardDTO`: the same model as [`TaskInfoCancelOrDelTaskRequestCardDTO`].
pub type TaskInfoUpdateTaskRequestCardDTO = TaskInfoCancelOrDelTaskRequestCardDTO;
/// `TaskInfoUpdateTaskRequestDetailUrl`: the same model as [`TaskInfoCreateAndStartTaskRequestDetailUrl`].
pub type TaskInfoUpdateTaskRequestDetailUrl = TaskInfoCreateAndStartTaskRequestDetailUrl;
/// `TaskInfoUpdateTaskRequestTaskExecutePersonDTOS`: the same model as [`TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS`].
pub type TaskInfoUpdateTaskRequestTaskExecutePersonDTOS = TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS;
/// `TaskInfoUpdateTaskResponseBody`: the same model as [`TaskInfoCreateAndStartTaskResponseBody`].
pub type TaskInfoUpdateTaskResponseBody = TaskInfoCreateAndStartTaskResponseBody;
/// `TransferExclusiveAccountOrgResponseBody`: the same model as [`CreateTrustedDeviceResponseBody`].
pub type TransferExclusiveAccountOrgResponseBody = CreateTrustedDeviceResponseBody;
/// `UpdateCategoryNameResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateCategoryNameResponseBody {
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    UpdateCategoryNameResponseBody { "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateCategoryNameResponseBody { "status" => optional(status) }
}
/// `UpdateConversationTypeResponseBody`: the same model as [`SetConversationCategoryResponseBody`].
pub type UpdateConversationTypeResponseBody = SetConversationCategoryResponseBody;
/// `UpdateFileStatusResponseBody`: the same model as [`CreateTrustedDeviceResponseBody`].
pub type UpdateFileStatusResponseBody = CreateTrustedDeviceResponseBody;
/// `UpdateMiniAppVersionStatusResponseBody`: the same model as [`BanOrOpenGroupWordsResponseBody`].
pub type UpdateMiniAppVersionStatusResponseBody = BanOrOpenGroupWordsResponseBody;
/// `UpdateRealmLicenseRequestDetailList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateRealmLicenseRequestDetailList {
    /// `licenseType`.
    pub license_type: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl UpdateRealmLicenseRequestDetailList {
    /// An empty `UpdateRealmLicenseRequestDetailList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `licenseType`.
    pub fn license_type(mut self, value: i64) -> Self {
        self.license_type = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateRealmLicenseRequestDetailList { "licenseType" => optional(license_type),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRealmLicenseRequestDetailList { "licenseType" => read_field(license_type),
    "userId" => read_field(user_id) }
}
/// `UpdateRealmLicenseResponseBody`: the same model as [`CreateTrustedDeviceBatchResponseBody`].
pub type UpdateRealmLicenseResponseBody = CreateTrustedDeviceBatchResponseBody;
/// `UpdateStorageModeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateStorageModeResponseBody {
    /// `targetCorpId`.
    pub target_corp_id: Option<String>,
}
rt::impl_deserialize! {
    UpdateStorageModeResponseBody { "targetCorpId" => read_field(target_corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateStorageModeResponseBody { "targetCorpId" => optional(target_corp_id) }
}
/// `UpdateTrustedDeviceResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type UpdateTrustedDeviceResponseBody = AddCustomSignConfigResponseBody;
/// `UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMsgId`.
    pub open_msg_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo`], each named where it is set: `UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo::new(UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfoRequired { .. })`.
pub struct UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfoRequired {
    /// `openConversationId`: see [`UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openMsgId`: see [`UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo::open_msg_id`].
    pub open_msg_id: String,
    /// `userId`: see [`UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo::user_id`].
    pub user_id: String,
}
impl UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo {
    /// A `UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo` with its required fields (`openConversationId`, `openMsgId`, `userId`); set the others with the methods named after them.
    pub fn new(
        required: UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfoRequired,
    ) -> Self {
        let UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfoRequired {
            open_conversation_id,
            open_msg_id,
            user_id,
        } = required;
        Self {
            open_conversation_id,
            open_msg_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo { "openConversationId" =>
    field(open_conversation_id), "openMsgId" => field(open_msg_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo { "openConversationId" =>
    read_field(open_conversation_id), "openMsgId" => read_field(open_msg_id), "userId" =>
    read_field(user_id) }
}
/// `UpdateVoiceMsgCtrlStatusResponseBody`: the same model as [`CreateTrustedDeviceResponseBody`].
pub type UpdateVoiceMsgCtrlStatusResponseBody = CreateTrustedDeviceResponseBody;
/// `CheckControlHitStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckControlHitStatusResponseBodyResult {
    /// `controlList`.
    pub control_list: Option<Vec<String>>,
    /// `controlStatus`.
    pub control_status: Option<i64>,
    /// `reason`.
    pub reason: Option<String>,
}
rt::impl_deserialize! {
    CheckControlHitStatusResponseBodyResult { "controlList" => read_field(control_list),
    "controlStatus" => read_field(control_status), "reason" => read_field(reason) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckControlHitStatusResponseBodyResult { "controlList" => optional(control_list),
    "controlStatus" => optional(control_status), "reason" => optional(reason) }
}
/// `FileStorageGetQuotaDataResponseBodyQuotaModelList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FileStorageGetQuotaDataResponseBodyQuotaModelList {
    /// `statisticTime`.
    pub statistic_time: Option<String>,
    /// `usedStorage`.
    pub used_storage: Option<i64>,
}
rt::impl_deserialize! {
    FileStorageGetQuotaDataResponseBodyQuotaModelList { "statisticTime" =>
    read_field(statistic_time), "usedStorage" => read_field(used_storage) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FileStorageGetQuotaDataResponseBodyQuotaModelList { "statisticTime" =>
    optional(statistic_time), "usedStorage" => optional(used_storage) }
}
/// `GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList {
    /// `darkWatermark`.
    pub dark_watermark: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList { "darkWatermark" =>
    read_field(dark_watermark), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList { "darkWatermark" =>
    optional(dark_watermark), "userId" => optional(user_id) }
}
/// `GetAccountTransferListResponseBodyItemList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAccountTransferListResponseBodyItemList {
    /// `deptName`.
    pub dept_name: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetAccountTransferListResponseBodyItemList { "deptName" => read_field(dept_name),
    "name" => read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAccountTransferListResponseBodyItemList { "deptName" => optional(dept_name),
    "name" => optional(name), "userId" => optional(user_id) }
}
/// `GetAllLabelableDeptsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllLabelableDeptsResponseBodyData {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `partnerLabelVOLevel1`.
    pub partner_label_vo_level1: Option<
        GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1,
    >,
    /// `partnerLabelVOLevel2`.
    pub partner_label_vo_level2: Option<
        GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel2,
    >,
    /// `partnerLabelVOLevel3`.
    pub partner_label_vo_level3: Option<
        GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel3,
    >,
    /// `partnerLabelVOLevel4`.
    pub partner_label_vo_level4: Option<
        GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel4,
    >,
    /// `partnerLabelVOLevel5`.
    pub partner_label_vo_level5: Option<
        GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel5,
    >,
    /// `partnerNum`.
    pub partner_num: Option<String>,
    /// `superDeptId`.
    pub super_dept_id: Option<String>,
}
rt::impl_deserialize! {
    GetAllLabelableDeptsResponseBodyData { "deptId" => read_field(dept_id), "deptName" =>
    read_field(dept_name), "memberCount" => read_field(member_count),
    "partnerLabelVOLevel1" => read_field(partner_label_vo_level1), "partnerLabelVOLevel2"
    => read_field(partner_label_vo_level2), "partnerLabelVOLevel3" =>
    read_field(partner_label_vo_level3), "partnerLabelVOLevel4" =>
    read_field(partner_label_vo_level4), "partnerLabelVOLevel5" =>
    read_field(partner_label_vo_level5), "partnerNum" => read_field(partner_num),
    "superDeptId" => read_field(super_dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllLabelableDeptsResponseBodyData { "deptId" => optional(dept_id), "deptName" =>
    optional(dept_name), "memberCount" => optional(member_count), "partnerLabelVOLevel1"
    => optional(partner_label_vo_level1), "partnerLabelVOLevel2" =>
    optional(partner_label_vo_level2), "partnerLabelVOLevel3" =>
    optional(partner_label_vo_level3), "partnerLabelVOLevel4" =>
    optional(partner_label_vo_level4), "partnerLabelVOLevel5" =>
    optional(partner_label_vo_level5), "partnerNum" => optional(partner_num),
    "superDeptId" => optional(super_dept_id) }
}
/// `GetAppDispatchInfoResponseBodyAndroid`, a model several operations share: also named [`GetAppDispatchInfoResponseBodyMac`], [`GetAppDispatchInfoResponseBodyWindows`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAppDispatchInfoResponseBodyAndroid {
    /// `baseLineVersion`.
    pub base_line_version: Option<String>,
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `inGray`.
    pub in_gray: Option<bool>,
    /// `packTime`.
    pub pack_time: Option<i64>,
    /// `platform`.
    pub platform: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    GetAppDispatchInfoResponseBodyAndroid { "baseLineVersion" =>
    read_field(base_line_version), "downloadUrl" => read_field(download_url), "inGray" =>
    read_field(in_gray), "packTime" => read_field(pack_time), "platform" =>
    read_field(platform), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAppDispatchInfoResponseBodyAndroid { "baseLineVersion" =>
    optional(base_line_version), "downloadUrl" => optional(download_url), "inGray" =>
    optional(in_gray), "packTime" => optional(pack_time), "platform" =>
    optional(platform), "version" => optional(version) }
}
/// `GetAppDispatchInfoResponseBodyIOS`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAppDispatchInfoResponseBodyIOS {
    /// `baseLineVersion`.
    pub base_line_version: Option<String>,
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `ext`.
    pub ext: Option<GetAppDispatchInfoResponseBodyIOSExt>,
    /// `inGray`.
    pub in_gray: Option<bool>,
    /// `packTime`.
    pub pack_time: Option<i64>,
    /// `platform`.
    pub platform: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    GetAppDispatchInfoResponseBodyIOS { "baseLineVersion" =>
    read_field(base_line_version), "downloadUrl" => read_field(download_url), "ext" =>
    read_field(ext), "inGray" => read_field(in_gray), "packTime" =>
    read_field(pack_time), "platform" => read_field(platform), "version" =>
    read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAppDispatchInfoResponseBodyIOS { "baseLineVersion" => optional(base_line_version),
    "downloadUrl" => optional(download_url), "ext" => optional(ext), "inGray" =>
    optional(in_gray), "packTime" => optional(pack_time), "platform" =>
    optional(platform), "version" => optional(version) }
}
/// `GetAppDispatchInfoResponseBodyMac`: the same model as [`GetAppDispatchInfoResponseBodyAndroid`].
pub type GetAppDispatchInfoResponseBodyMac = GetAppDispatchInfoResponseBodyAndroid;
/// `GetAppDispatchInfoResponseBodyWindows`: the same model as [`GetAppDispatchInfoResponseBodyAndroid`].
pub type GetAppDispatchInfoResponseBodyWindows = GetAppDispatchInfoResponseBodyAndroid;
/// `GetCidsByBotCodeResponseBodyGroupInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCidsByBotCodeResponseBodyGroupInfos {
    /// `botCreator`.
    pub bot_creator: Option<String>,
    /// `botCreatorIsOrgMember`.
    pub bot_creator_is_org_member: Option<bool>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    GetCidsByBotCodeResponseBodyGroupInfos { "botCreator" => read_field(bot_creator),
    "botCreatorIsOrgMember" => read_field(bot_creator_is_org_member),
    "openConversationId" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCidsByBotCodeResponseBodyGroupInfos { "botCreator" => optional(bot_creator),
    "botCreatorIsOrgMember" => optional(bot_creator_is_org_member), "openConversationId"
    => optional(open_conversation_id) }
}
/// `GetCommentListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCommentListResponseBodyData {
    /// `commentId`.
    pub comment_id: Option<String>,
    /// `commentTime`.
    pub comment_time: Option<f64>,
    /// `commentUserName`.
    pub comment_user_name: Option<String>,
    /// `content`.
    pub content: Option<String>,
}
rt::impl_deserialize! {
    GetCommentListResponseBodyData { "commentId" => read_field(comment_id), "commentTime"
    => read_field(comment_time), "commentUserName" => read_field(comment_user_name),
    "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCommentListResponseBodyData { "commentId" => optional(comment_id), "commentTime"
    => optional(comment_time), "commentUserName" => optional(comment_user_name),
    "content" => optional(content) }
}
/// `GetConferenceDetailResponseBodyMemberList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConferenceDetailResponseBodyMemberList {
    /// `attendDuration`.
    pub attend_duration: Option<f64>,
    /// `name`.
    pub name: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    GetConferenceDetailResponseBodyMemberList { "attendDuration" =>
    read_field(attend_duration), "name" => read_field(name), "staffId" =>
    read_field(staff_id), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConferenceDetailResponseBodyMemberList { "attendDuration" =>
    optional(attend_duration), "name" => optional(name), "staffId" => optional(staff_id),
    "unionId" => optional(union_id) }
}
/// `ConversationCategoryModel`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConversationCategoryModel {
    /// `categoryId`.
    pub category_id: Option<i64>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `children`.
    pub children: Option<Vec<ConversationCategoryModel>>,
    /// `levelNum`.
    pub level_num: Option<i64>,
    /// `order`.
    pub order: Option<i64>,
}
rt::impl_deserialize! {
    ConversationCategoryModel { "categoryId" => read_field(category_id), "categoryName"
    => read_field(category_name), "children" => read_field(children), "levelNum" =>
    read_field(level_num), "order" => read_field(order) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConversationCategoryModel { "categoryId" => optional(category_id), "categoryName" =>
    optional(category_name), "children" => optional(children), "levelNum" =>
    optional(level_num), "order" => optional(order) }
}
/// `GetConversationDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConversationDetailResponseBodyResult {
    /// `categoryId`.
    pub category_id: Option<i64>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `groupCode`.
    pub group_code: Option<String>,
    /// `groupMembersCnt`.
    pub group_members_cnt: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupOwnerName`.
    pub group_owner_name: Option<String>,
    /// `groupOwnerUserId`.
    pub group_owner_user_id: Option<String>,
    /// `isKpConversation`.
    pub is_kp_conversation: Option<bool>,
    /// `manageSign`.
    pub manage_sign: Option<i64>,
    /// `multipleCategoryList`.
    pub multiple_category_list: Option<
        Vec<GetConversationDetailResponseBodyResultMultipleCategoryList>,
    >,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `order`.
    pub order: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    GetConversationDetailResponseBodyResult { "categoryId" => read_field(category_id),
    "categoryName" => read_field(category_name), "groupCode" => read_field(group_code),
    "groupMembersCnt" => read_field(group_members_cnt), "groupName" =>
    read_field(group_name), "groupOwnerName" => read_field(group_owner_name),
    "groupOwnerUserId" => read_field(group_owner_user_id), "isKpConversation" =>
    read_field(is_kp_conversation), "manageSign" => read_field(manage_sign),
    "multipleCategoryList" => read_field(multiple_category_list), "openConversationId" =>
    read_field(open_conversation_id), "order" => read_field(order), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConversationDetailResponseBodyResult { "categoryId" => optional(category_id),
    "categoryName" => optional(category_name), "groupCode" => optional(group_code),
    "groupMembersCnt" => optional(group_members_cnt), "groupName" =>
    optional(group_name), "groupOwnerName" => optional(group_owner_name),
    "groupOwnerUserId" => optional(group_owner_user_id), "isKpConversation" =>
    optional(is_kp_conversation), "manageSign" => optional(manage_sign),
    "multipleCategoryList" => optional(multiple_category_list), "openConversationId" =>
    optional(open_conversation_id), "order" => optional(order), "status" =>
    optional(status) }
}
/// `GetDingReportDeptSummaryResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDingReportDeptSummaryResponseBodyData {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `dingReportSendCnt`.
    pub ding_report_send_cnt: Option<String>,
    /// `dingReportSendUsrCnt`.
    pub ding_report_send_usr_cnt: Option<String>,
}
rt::impl_deserialize! {
    GetDingReportDeptSummaryResponseBodyData { "deptId" => read_field(dept_id),
    "deptName" => read_field(dept_name), "dingReportSendCnt" =>
    read_field(ding_report_send_cnt), "dingReportSendUsrCnt" =>
    read_field(ding_report_send_usr_cnt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDingReportDeptSummaryResponseBodyData { "deptId" => optional(dept_id), "deptName"
    => optional(dept_name), "dingReportSendCnt" => optional(ding_report_send_cnt),
    "dingReportSendUsrCnt" => optional(ding_report_send_usr_cnt) }
}
/// `GetDocCreatedDeptSummaryResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDocCreatedDeptSummaryResponseBodyData {
    /// `createDocUserCnt1d`.
    pub create_doc_user_cnt1d: Option<String>,
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `docCreatedCnt`.
    pub doc_created_cnt: Option<String>,
}
rt::impl_deserialize! {
    GetDocCreatedDeptSummaryResponseBodyData { "createDocUserCnt1d" =>
    read_field(create_doc_user_cnt1d), "deptId" => read_field(dept_id), "deptName" =>
    read_field(dept_name), "docCreatedCnt" => read_field(doc_created_cnt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDocCreatedDeptSummaryResponseBodyData { "createDocUserCnt1d" =>
    optional(create_doc_user_cnt1d), "deptId" => optional(dept_id), "deptName" =>
    optional(dept_name), "docCreatedCnt" => optional(doc_created_cnt) }
}
/// `GetExclusiveAccountAllOrgListResponseBodyOrgInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetExclusiveAccountAllOrgListResponseBodyOrgInfoList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `isMainOrg`.
    pub is_main_org: Option<bool>,
    /// `logoUrl`.
    pub logo_url: Option<String>,
    /// `orgFullName`.
    pub org_full_name: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
}
rt::impl_deserialize! {
    GetExclusiveAccountAllOrgListResponseBodyOrgInfoList { "corpId" =>
    read_field(corp_id), "isMainOrg" => read_field(is_main_org), "logoUrl" =>
    read_field(logo_url), "orgFullName" => read_field(org_full_name), "orgName" =>
    read_field(org_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetExclusiveAccountAllOrgListResponseBodyOrgInfoList { "corpId" => optional(corp_id),
    "isMainOrg" => optional(is_main_org), "logoUrl" => optional(logo_url), "orgFullName"
    => optional(org_full_name), "orgName" => optional(org_name) }
}
/// `GetGeneralFormCreatedDeptSummaryResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGeneralFormCreatedDeptSummaryResponseBodyData {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `generalFormCreateCnt1d`.
    pub general_form_create_cnt1d: Option<String>,
    /// `useGeneralFormUserCnt1d`.
    pub use_general_form_user_cnt1d: Option<String>,
}
rt::impl_deserialize! {
    GetGeneralFormCreatedDeptSummaryResponseBodyData { "deptId" => read_field(dept_id),
    "deptName" => read_field(dept_name), "generalFormCreateCnt1d" =>
    read_field(general_form_create_cnt1d), "useGeneralFormUserCnt1d" =>
    read_field(use_general_form_user_cnt1d) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGeneralFormCreatedDeptSummaryResponseBodyData { "deptId" => optional(dept_id),
    "deptName" => optional(dept_name), "generalFormCreateCnt1d" =>
    optional(general_form_create_cnt1d), "useGeneralFormUserCnt1d" =>
    optional(use_general_form_user_cnt1d) }
}
/// `GetGroupActiveInfoResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupActiveInfoResponseBodyData {
    /// `dingGroupId`.
    pub ding_group_id: Option<String>,
    /// `groupCreateTime`.
    pub group_create_time: Option<String>,
    /// `groupCreateUserId`.
    pub group_create_user_id: Option<String>,
    /// `groupCreateUserName`.
    pub group_create_user_name: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupType`.
    pub group_type: Option<i64>,
    /// `groupUserCnt1d`.
    pub group_user_cnt1d: Option<i64>,
    /// `openConvUv1d`.
    pub open_conv_uv1d: Option<i64>,
    /// `sendMessageCnt1d`.
    pub send_message_cnt1d: Option<i64>,
    /// `sendMessageUserCnt1d`.
    pub send_message_user_cnt1d: Option<i64>,
    /// `statDate`.
    pub stat_date: Option<String>,
}
rt::impl_deserialize! {
    GetGroupActiveInfoResponseBodyData { "dingGroupId" => read_field(ding_group_id),
    "groupCreateTime" => read_field(group_create_time), "groupCreateUserId" =>
    read_field(group_create_user_id), "groupCreateUserName" =>
    read_field(group_create_user_name), "groupName" => read_field(group_name),
    "groupType" => read_field(group_type), "groupUserCnt1d" =>
    read_field(group_user_cnt1d), "openConvUv1d" => read_field(open_conv_uv1d),
    "sendMessageCnt1d" => read_field(send_message_cnt1d), "sendMessageUserCnt1d" =>
    read_field(send_message_user_cnt1d), "statDate" => read_field(stat_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupActiveInfoResponseBodyData { "dingGroupId" => optional(ding_group_id),
    "groupCreateTime" => optional(group_create_time), "groupCreateUserId" =>
    optional(group_create_user_id), "groupCreateUserName" =>
    optional(group_create_user_name), "groupName" => optional(group_name), "groupType" =>
    optional(group_type), "groupUserCnt1d" => optional(group_user_cnt1d), "openConvUv1d"
    => optional(open_conv_uv1d), "sendMessageCnt1d" => optional(send_message_cnt1d),
    "sendMessageUserCnt1d" => optional(send_message_user_cnt1d), "statDate" =>
    optional(stat_date) }
}
/// `GetGroupInfoByCidResponseBodyGroupInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupInfoByCidResponseBodyGroupInfo {
    /// `allOrgMember`.
    pub all_org_member: Option<bool>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupNumber`.
    pub group_number: Option<i64>,
    /// `groupOrganization`.
    pub group_organization: Option<String>,
    /// `joinGroupUrl`.
    pub join_group_url: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    GetGroupInfoByCidResponseBodyGroupInfo { "allOrgMember" =>
    read_field(all_org_member), "groupName" => read_field(group_name), "groupNumber" =>
    read_field(group_number), "groupOrganization" => read_field(group_organization),
    "joinGroupUrl" => read_field(join_group_url), "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupInfoByCidResponseBodyGroupInfo { "allOrgMember" => optional(all_org_member),
    "groupName" => optional(group_name), "groupNumber" => optional(group_number),
    "groupOrganization" => optional(group_organization), "joinGroupUrl" =>
    optional(join_group_url), "openConversationId" => optional(open_conversation_id) }
}
/// `GetInActiveUserListResponseBodyMetaList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInActiveUserListResponseBodyMetaList {
    /// `kpiCaliber`.
    pub kpi_caliber: Option<String>,
    /// `kpiId`.
    pub kpi_id: Option<String>,
    /// `kpiName`.
    pub kpi_name: Option<String>,
    /// `period`.
    pub period: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
rt::impl_deserialize! {
    GetInActiveUserListResponseBodyMetaList { "kpiCaliber" => read_field(kpi_caliber),
    "kpiId" => read_field(kpi_id), "kpiName" => read_field(kpi_name), "period" =>
    read_field(period), "unit" => read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInActiveUserListResponseBodyMetaList { "kpiCaliber" => optional(kpi_caliber),
    "kpiId" => optional(kpi_id), "kpiName" => optional(kpi_name), "period" =>
    optional(period), "unit" => optional(unit) }
}
/// `GetMsgConfigResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBodyData {
    /// `groupAttributes`.
    pub group_attributes: Option<Vec<GetMsgConfigResponseBodyDataGroupAttributes>>,
    /// `msgConfigs`.
    pub msg_configs: Option<GetMsgConfigResponseBodyDataMsgConfigs>,
    /// `receiverAttributes`.
    pub receiver_attributes: Option<Vec<GetMsgConfigResponseBodyDataReceiverAttributes>>,
    /// `unitAttributes`.
    pub unit_attributes: Option<Vec<GetMsgConfigResponseBodyDataUnitAttributes>>,
}
rt::impl_deserialize! {
    GetMsgConfigResponseBodyData { "groupAttributes" => read_field(group_attributes),
    "msgConfigs" => read_field(msg_configs), "receiverAttributes" =>
    read_field(receiver_attributes), "unitAttributes" => read_field(unit_attributes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgConfigResponseBodyData { "groupAttributes" => optional(group_attributes),
    "msgConfigs" => optional(msg_configs), "receiverAttributes" =>
    optional(receiver_attributes), "unitAttributes" => optional(unit_attributes) }
}
/// `GetMsgRecordDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBodyResult {
    /// `action_card`.
    pub action_card: Option<GetMsgRecordDetailResponseBodyResultActionCard>,
    /// `allow_comment`.
    pub allow_comment: Option<bool>,
    /// `allow_forward`.
    pub allow_forward: Option<bool>,
    /// `articles`.
    pub articles: Option<Vec<GetMsgRecordDetailResponseBodyResultArticles>>,
    /// `create_time`.
    pub create_time: Option<i64>,
    /// `dep_id_list`.
    pub dep_id_list: Option<Vec<String>>,
    /// `is_to_all`.
    pub is_to_all: Option<bool>,
    /// `link`.
    pub link: Option<GetMsgRecordDetailResponseBodyResultLink>,
    /// `markdown`.
    pub markdown: Option<GetMsgRecordDetailResponseBodyResultMarkdown>,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `msg_type`.
    pub msg_type: Option<String>,
    /// `operator_user_id`.
    pub operator_user_id: Option<String>,
    /// `roleIdList`.
    pub role_id_list: Option<Vec<String>>,
    /// `send_time`.
    pub send_time: Option<i64>,
    /// `task_id`.
    pub task_id: Option<String>,
    /// `textContent`.
    pub text_content: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `userid_list`.
    pub userid_list: Option<Vec<String>>,
    /// `view_scope_type`.
    pub view_scope_type: Option<String>,
}
rt::impl_deserialize! {
    GetMsgRecordDetailResponseBodyResult { "action_card" => read_field(action_card),
    "allow_comment" => read_field(allow_comment), "allow_forward" =>
    read_field(allow_forward), "articles" => read_field(articles), "create_time" =>
    read_field(create_time), "dep_id_list" => read_field(dep_id_list), "is_to_all" =>
    read_field(is_to_all), "link" => read_field(link), "markdown" =>
    read_field(markdown), "mediaId" => read_field(media_id), "msg_type" =>
    read_field(msg_type), "operator_user_id" => read_field(operator_user_id),
    "roleIdList" => read_field(role_id_list), "send_time" => read_field(send_time),
    "task_id" => read_field(task_id), "textContent" => read_field(text_content), "title"
    => read_field(title), "userid_list" => read_field(userid_list), "view_scope_type" =>
    read_field(view_scope_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgRecordDetailResponseBodyResult { "action_card" => optional(action_card),
    "allow_comment" => optional(allow_comment), "allow_forward" =>
    optional(allow_forward), "articles" => optional(articles), "create_time" =>
    optional(create_time), "dep_id_list" => optional(dep_id_list), "is_to_all" =>
    optional(is_to_all), "link" => optional(link), "markdown" => optional(markdown),
    "mediaId" => optional(media_id), "msg_type" => optional(msg_type), "operator_user_id"
    => optional(operator_user_id), "roleIdList" => optional(role_id_list), "send_time" =>
    optional(send_time), "task_id" => optional(task_id), "textContent" =>
    optional(text_content), "title" => optional(title), "userid_list" =>
    optional(userid_list), "view_scope_type" => optional(view_scope_type) }
}
/// `GetOaOperatorLogListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOaOperatorLogListResponseBodyData {
    /// `category1Name`.
    pub category1_name: Option<String>,
    /// `category2Name`.
    pub category2_name: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `opName`.
    pub op_name: Option<String>,
    /// `opTime`.
    pub op_time: Option<i64>,
    /// `opUserId`.
    pub op_user_id: Option<String>,
}
rt::impl_deserialize! {
    GetOaOperatorLogListResponseBodyData { "category1Name" => read_field(category1_name),
    "category2Name" => read_field(category2_name), "content" => read_field(content),
    "opName" => read_field(op_name), "opTime" => read_field(op_time), "opUserId" =>
    read_field(op_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOaOperatorLogListResponseBodyData { "category1Name" => optional(category1_name),
    "category2Name" => optional(category2_name), "content" => optional(content), "opName"
    => optional(op_name), "opTime" => optional(op_time), "opUserId" =>
    optional(op_user_id) }
}
/// `GetOutGroupsByPageResponseBodyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOutGroupsByPageResponseBodyResponseBody {
    /// `groupList`.
    pub group_list: Option<Vec<GetOutGroupsByPageResponseBodyResponseBodyGroupList>>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetOutGroupsByPageResponseBodyResponseBody { "groupList" => read_field(group_list),
    "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOutGroupsByPageResponseBodyResponseBody { "groupList" => optional(group_list),
    "total" => optional(total) }
}
/// `GetOutsideAuditGroupMessageByPageResponseBodyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOutsideAuditGroupMessageByPageResponseBodyResponseBody {
    /// `messageList`.
    pub message_list: Option<
        Vec<GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList>,
    >,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    GetOutsideAuditGroupMessageByPageResponseBodyResponseBody { "messageList" =>
    read_field(message_list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOutsideAuditGroupMessageByPageResponseBodyResponseBody { "messageList" =>
    optional(message_list), "nextToken" => optional(next_token) }
}
/// `GetPartnerTypeByParentIdResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPartnerTypeByParentIdResponseBodyData {
    /// `labelId`.
    pub label_id: Option<String>,
    /// `typeId`.
    pub type_id: Option<f64>,
    /// `typeName`.
    pub type_name: Option<String>,
}
rt::impl_deserialize! {
    GetPartnerTypeByParentIdResponseBodyData { "labelId" => read_field(label_id),
    "typeId" => read_field(type_id), "typeName" => read_field(type_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPartnerTypeByParentIdResponseBodyData { "labelId" => optional(label_id), "typeId"
    => optional(type_id), "typeName" => optional(type_name) }
}
/// `GetPrivateStoreFileInfosByPageResponseBodyFileInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrivateStoreFileInfosByPageResponseBodyFileInfos {
    /// `contentTypeMcms`.
    pub content_type_mcms: Option<String>,
    /// `creatorStaffId`.
    pub creator_staff_id: Option<String>,
    /// `dentryId`.
    pub dentry_id: Option<i64>,
    /// `fileCreateTime`.
    pub file_create_time: Option<i64>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `filePath`.
    pub file_path: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `sceneTypeMcms`.
    pub scene_type_mcms: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetPrivateStoreFileInfosByPageResponseBodyFileInfos { "contentTypeMcms" =>
    read_field(content_type_mcms), "creatorStaffId" => read_field(creator_staff_id),
    "dentryId" => read_field(dentry_id), "fileCreateTime" =>
    read_field(file_create_time), "fileName" => read_field(file_name), "filePath" =>
    read_field(file_path), "fileSize" => read_field(file_size), "sceneTypeMcms" =>
    read_field(scene_type_mcms), "spaceId" => read_field(space_id), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrivateStoreFileInfosByPageResponseBodyFileInfos { "contentTypeMcms" =>
    optional(content_type_mcms), "creatorStaffId" => optional(creator_staff_id),
    "dentryId" => optional(dentry_id), "fileCreateTime" => optional(file_create_time),
    "fileName" => optional(file_name), "filePath" => optional(file_path), "fileSize" =>
    optional(file_size), "sceneTypeMcms" => optional(scene_type_mcms), "spaceId" =>
    optional(space_id), "status" => optional(status) }
}
/// `GetPrivateStoreFileTaskInfosByPageResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrivateStoreFileTaskInfosByPageResponseBodyItems {
    /// `classTagId`.
    pub class_tag_id: Option<String>,
    /// `classTagOperator`.
    pub class_tag_operator: Option<String>,
    /// `classTagText`.
    pub class_tag_text: Option<String>,
    /// `creatorLeaveStatus`.
    pub creator_leave_status: Option<i64>,
    /// `dealFileFormats`.
    pub deal_file_formats: Option<Vec<String>>,
    /// `dealFileOperator`.
    pub deal_file_operator: Option<i64>,
    /// `dealFileScopes`.
    pub deal_file_scopes: Option<Vec<String>>,
    /// `dealFileSize`.
    pub deal_file_size: Option<i64>,
    /// `fileCreateTimeEnd`.
    pub file_create_time_end: Option<i64>,
    /// `fileCreateTimeStart`.
    pub file_create_time_start: Option<i64>,
    /// `fileModifiedTimeEnd`.
    pub file_modified_time_end: Option<i64>,
    /// `fileModifiedTimeStart`.
    pub file_modified_time_start: Option<i64>,
    /// `taskCreateTime`.
    pub task_create_time: Option<i64>,
    /// `taskCreatorName`.
    pub task_creator_name: Option<String>,
    /// `taskDeleterName`.
    pub task_deleter_name: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `taskStatus`.
    pub task_status: Option<i64>,
}
rt::impl_deserialize! {
    GetPrivateStoreFileTaskInfosByPageResponseBodyItems { "classTagId" =>
    read_field(class_tag_id), "classTagOperator" => read_field(class_tag_operator),
    "classTagText" => read_field(class_tag_text), "creatorLeaveStatus" =>
    read_field(creator_leave_status), "dealFileFormats" => read_field(deal_file_formats),
    "dealFileOperator" => read_field(deal_file_operator), "dealFileScopes" =>
    read_field(deal_file_scopes), "dealFileSize" => read_field(deal_file_size),
    "fileCreateTimeEnd" => read_field(file_create_time_end), "fileCreateTimeStart" =>
    read_field(file_create_time_start), "fileModifiedTimeEnd" =>
    read_field(file_modified_time_end), "fileModifiedTimeStart" =>
    read_field(file_modified_time_start), "taskCreateTime" =>
    read_field(task_create_time), "taskCreatorName" => read_field(task_creator_name),
    "taskDeleterName" => read_field(task_deleter_name), "taskId" => read_field(task_id),
    "taskStatus" => read_field(task_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrivateStoreFileTaskInfosByPageResponseBodyItems { "classTagId" =>
    optional(class_tag_id), "classTagOperator" => optional(class_tag_operator),
    "classTagText" => optional(class_tag_text), "creatorLeaveStatus" =>
    optional(creator_leave_status), "dealFileFormats" => optional(deal_file_formats),
    "dealFileOperator" => optional(deal_file_operator), "dealFileScopes" =>
    optional(deal_file_scopes), "dealFileSize" => optional(deal_file_size),
    "fileCreateTimeEnd" => optional(file_create_time_end), "fileCreateTimeStart" =>
    optional(file_create_time_start), "fileModifiedTimeEnd" =>
    optional(file_modified_time_end), "fileModifiedTimeStart" =>
    optional(file_modified_time_start), "taskCreateTime" => optional(task_create_time),
    "taskCreatorName" => optional(task_creator_name), "taskDeleterName" =>
    optional(task_deleter_name), "taskId" => optional(task_id), "taskStatus" =>
    optional(task_status) }
}
/// `GetPrivateStoreTaskFileInfosByPageResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrivateStoreTaskFileInfosByPageResponseBodyItems {
    /// `classTagName`.
    pub class_tag_name: Option<String>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `fileCreateTime`.
    pub file_create_time: Option<i64>,
    /// `fileFormatName`.
    pub file_format_name: Option<String>,
    /// `fileModifiedTime`.
    pub file_modified_time: Option<i64>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileScopeName`.
    pub file_scope_name: Option<String>,
    /// `fileSizeName`.
    pub file_size_name: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
rt::impl_deserialize! {
    GetPrivateStoreTaskFileInfosByPageResponseBodyItems { "classTagName" =>
    read_field(class_tag_name), "dentryId" => read_field(dentry_id), "fileCreateTime" =>
    read_field(file_create_time), "fileFormatName" => read_field(file_format_name),
    "fileModifiedTime" => read_field(file_modified_time), "fileName" =>
    read_field(file_name), "fileScopeName" => read_field(file_scope_name), "fileSizeName"
    => read_field(file_size_name), "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrivateStoreTaskFileInfosByPageResponseBodyItems { "classTagName" =>
    optional(class_tag_name), "dentryId" => optional(dentry_id), "fileCreateTime" =>
    optional(file_create_time), "fileFormatName" => optional(file_format_name),
    "fileModifiedTime" => optional(file_modified_time), "fileName" =>
    optional(file_name), "fileScopeName" => optional(file_scope_name), "fileSizeName" =>
    optional(file_size_name), "spaceId" => optional(space_id) }
}
/// `GetPublicDevicesResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPublicDevicesResponseBodyData {
    /// `deviceDepts`.
    pub device_depts: Option<Vec<GetPublicDevicesResponseBodyDataDeviceDepts>>,
    /// `deviceRoles`.
    pub device_roles: Option<Vec<GetPublicDevicesResponseBodyDataDeviceRoles>>,
    /// `deviceScopeType`.
    pub device_scope_type: Option<i64>,
    /// `deviceStaffs`.
    pub device_staffs: Option<Vec<GetPublicDevicesResponseBodyDataDeviceStaffs>>,
    /// `deviceUuid`.
    pub device_uuid: Option<String>,
    /// `did`.
    pub did: Option<String>,
    /// `encryptDeviceId`.
    pub encrypt_device_id: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `macAddress`.
    pub mac_address: Option<String>,
    /// `platform`.
    pub platform: Option<String>,
    /// `retryPermission`.
    pub retry_permission: Option<String>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetPublicDevicesResponseBodyData { "deviceDepts" => read_field(device_depts),
    "deviceRoles" => read_field(device_roles), "deviceScopeType" =>
    read_field(device_scope_type), "deviceStaffs" => read_field(device_staffs),
    "deviceUuid" => read_field(device_uuid), "did" => read_field(did), "encryptDeviceId"
    => read_field(encrypt_device_id), "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "macAddress" => read_field(mac_address),
    "platform" => read_field(platform), "retryPermission" =>
    read_field(retry_permission), "serialNumber" => read_field(serial_number), "status"
    => read_field(status), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPublicDevicesResponseBodyData { "deviceDepts" => optional(device_depts),
    "deviceRoles" => optional(device_roles), "deviceScopeType" =>
    optional(device_scope_type), "deviceStaffs" => optional(device_staffs), "deviceUuid"
    => optional(device_uuid), "did" => optional(did), "encryptDeviceId" =>
    optional(encrypt_device_id), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "macAddress" => optional(mac_address), "platform" =>
    optional(platform), "retryPermission" => optional(retry_permission), "serialNumber"
    => optional(serial_number), "status" => optional(status), "title" => optional(title)
    }
}
/// `GetPublisherSummaryResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPublisherSummaryResponseBodyData {
    /// `publisherArticleCntStd`.
    pub publisher_article_cnt_std: Option<String>,
    /// `publisherArticlePvCntStd`.
    pub publisher_article_pv_cnt_std: Option<String>,
    /// `publisherName`.
    pub publisher_name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    GetPublisherSummaryResponseBodyData { "publisherArticleCntStd" =>
    read_field(publisher_article_cnt_std), "publisherArticlePvCntStd" =>
    read_field(publisher_article_pv_cnt_std), "publisherName" =>
    read_field(publisher_name), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPublisherSummaryResponseBodyData { "publisherArticleCntStd" =>
    optional(publisher_article_cnt_std), "publisherArticlePvCntStd" =>
    optional(publisher_article_pv_cnt_std), "publisherName" => optional(publisher_name),
    "unionId" => optional(union_id) }
}
/// `GetPublisherSummaryResponseBodyPublisherArticlePvTop5`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPublisherSummaryResponseBodyPublisherArticlePvTop5 {
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetPublisherSummaryResponseBodyPublisherArticlePvTop5 { "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPublisherSummaryResponseBodyPublisherArticlePvTop5 { "name" => optional(name) }
}
/// `GetRealPeopleRecordsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRealPeopleRecordsResponseBodyData {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `invokeTime`.
    pub invoke_time: Option<i64>,
    /// `personIdentification`.
    pub person_identification: Option<i64>,
    /// `platform`.
    pub platform: Option<i64>,
    /// `scene`.
    pub scene: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetRealPeopleRecordsResponseBodyData { "agentId" => read_field(agent_id),
    "invokeTime" => read_field(invoke_time), "personIdentification" =>
    read_field(person_identification), "platform" => read_field(platform), "scene" =>
    read_field(scene), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRealPeopleRecordsResponseBodyData { "agentId" => optional(agent_id), "invokeTime"
    => optional(invoke_time), "personIdentification" => optional(person_identification),
    "platform" => optional(platform), "scene" => optional(scene), "userId" =>
    optional(user_id) }
}
/// `GetRecognizeRecordsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecognizeRecordsResponseBodyData {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `faceCompareResult`.
    pub face_compare_result: Option<i64>,
    /// `invokeTime`.
    pub invoke_time: Option<i64>,
    /// `platform`.
    pub platform: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetRecognizeRecordsResponseBodyData { "agentId" => read_field(agent_id),
    "faceCompareResult" => read_field(face_compare_result), "invokeTime" =>
    read_field(invoke_time), "platform" => read_field(platform), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecognizeRecordsResponseBodyData { "agentId" => optional(agent_id),
    "faceCompareResult" => optional(face_compare_result), "invokeTime" =>
    optional(invoke_time), "platform" => optional(platform), "userId" =>
    optional(user_id) }
}
/// `GetRobotInfoByCodeResponseBodyRobotInfoVO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRobotInfoByCodeResponseBodyRobotInfoVO {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `brief`.
    pub brief: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `robotOrganization`.
    pub robot_organization: Option<i64>,
}
rt::impl_deserialize! {
    GetRobotInfoByCodeResponseBodyRobotInfoVO { "agentId" => read_field(agent_id),
    "brief" => read_field(brief), "description" => read_field(description), "name" =>
    read_field(name), "robotOrganization" => read_field(robot_organization) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRobotInfoByCodeResponseBodyRobotInfoVO { "agentId" => optional(agent_id), "brief"
    => optional(brief), "description" => optional(description), "name" => optional(name),
    "robotOrganization" => optional(robot_organization) }
}
/// `GetSecurityConfigMemberResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSecurityConfigMemberResponseBodyResult {
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<f64>,
    /// `scopeType`.
    pub scope_type: Option<i64>,
    /// `userInfos`.
    pub user_infos: Option<Vec<GetSecurityConfigMemberResponseBodyResultUserInfos>>,
}
rt::impl_deserialize! {
    GetSecurityConfigMemberResponseBodyResult { "hasNext" => read_field(has_next),
    "nextToken" => read_field(next_token), "scopeType" => read_field(scope_type),
    "userInfos" => read_field(user_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSecurityConfigMemberResponseBodyResult { "hasNext" => optional(has_next),
    "nextToken" => optional(next_token), "scopeType" => optional(scope_type), "userInfos"
    => optional(user_infos) }
}
/// `GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList {
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `phone`.
    pub phone: Option<String>,
    /// `roles`.
    pub roles: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList { "deptName" =>
    read_field(dept_name), "email" => read_field(email), "name" => read_field(name),
    "phone" => read_field(phone), "roles" => read_field(roles), "staffId" =>
    read_field(staff_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList { "deptName" =>
    optional(dept_name), "email" => optional(email), "name" => optional(name), "phone" =>
    optional(phone), "roles" => optional(roles), "staffId" => optional(staff_id), "title"
    => optional(title) }
}
/// `GetTrustDeviceListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTrustDeviceListResponseBodyData {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `deviceUuid`.
    pub device_uuid: Option<String>,
    /// `did`.
    pub did: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `macAddress`.
    pub mac_address: Option<String>,
    /// `model`.
    pub model: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `platform`.
    pub platform: Option<String>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetTrustDeviceListResponseBodyData { "createTime" => read_field(create_time),
    "deviceUuid" => read_field(device_uuid), "did" => read_field(did), "id" =>
    read_field(id), "macAddress" => read_field(mac_address), "model" =>
    read_field(model), "modifiedTime" => read_field(modified_time), "platform" =>
    read_field(platform), "serialNumber" => read_field(serial_number), "status" =>
    read_field(status), "title" => read_field(title), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTrustDeviceListResponseBodyData { "createTime" => optional(create_time),
    "deviceUuid" => optional(device_uuid), "did" => optional(did), "id" => optional(id),
    "macAddress" => optional(mac_address), "model" => optional(model), "modifiedTime" =>
    optional(modified_time), "platform" => optional(platform), "serialNumber" =>
    optional(serial_number), "status" => optional(status), "title" => optional(title),
    "userId" => optional(user_id) }
}
/// `GetUserAppVersionSummaryResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserAppVersionSummaryResponseBodyData {
    /// `appVersion`.
    pub app_version: Option<String>,
    /// `client`.
    pub client: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `statDate`.
    pub stat_date: Option<String>,
    /// `userCnt`.
    pub user_cnt: Option<f64>,
}
rt::impl_deserialize! {
    GetUserAppVersionSummaryResponseBodyData { "appVersion" => read_field(app_version),
    "client" => read_field(client), "orgName" => read_field(org_name), "statDate" =>
    read_field(stat_date), "userCnt" => read_field(user_cnt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserAppVersionSummaryResponseBodyData { "appVersion" => optional(app_version),
    "client" => optional(client), "orgName" => optional(org_name), "statDate" =>
    optional(stat_date), "userCnt" => optional(user_cnt) }
}
/// `GetUserFaceStateResponseBodyData`, a model several operations share: also named [`GetUserRealPeopleStateResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserFaceStateResponseBodyData {
    /// `state`.
    pub state: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserFaceStateResponseBodyData { "state" => read_field(state), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserFaceStateResponseBodyData { "state" => optional(state), "userId" =>
    optional(user_id) }
}
/// `GetUserRealPeopleStateResponseBodyData`: the same model as [`GetUserFaceStateResponseBodyData`].
pub type GetUserRealPeopleStateResponseBodyData = GetUserFaceStateResponseBodyData;
/// `GetUserStayLengthResponseBodyItemList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserStayLengthResponseBodyItemList {
    /// `name`.
    pub name: Option<String>,
    /// `statDate`.
    pub stat_date: Option<String>,
    /// `stayTimeLenApp1d`.
    pub stay_time_len_app1d: Option<i64>,
    /// `stayTimeLenPc1d`.
    pub stay_time_len_pc1d: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserStayLengthResponseBodyItemList { "name" => read_field(name), "statDate" =>
    read_field(stat_date), "stayTimeLenApp1d" => read_field(stay_time_len_app1d),
    "stayTimeLenPc1d" => read_field(stay_time_len_pc1d), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserStayLengthResponseBodyItemList { "name" => optional(name), "statDate" =>
    optional(stat_date), "stayTimeLenApp1d" => optional(stay_time_len_app1d),
    "stayTimeLenPc1d" => optional(stay_time_len_pc1d), "userId" => optional(user_id) }
}
/// `GroupQueryByAttrResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupQueryByAttrResponseBodyData {
    /// `counts`.
    pub counts: Option<i64>,
    /// `list`.
    pub list: Option<Vec<GroupQueryByAttrResponseBodyDataList>>,
    /// `pageIndex`.
    pub page_index: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
}
rt::impl_deserialize! {
    GroupQueryByAttrResponseBodyData { "counts" => read_field(counts), "list" =>
    read_field(list), "pageIndex" => read_field(page_index), "pageSize" =>
    read_field(page_size) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupQueryByAttrResponseBodyData { "counts" => optional(counts), "list" =>
    optional(list), "pageIndex" => optional(page_index), "pageSize" =>
    optional(page_size) }
}
/// `GroupQueryByOpenIdResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupQueryByOpenIdResponseBodyData {
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupTemplateId`.
    pub group_template_id: Option<String>,
    /// `groupTemplateName`.
    pub group_template_name: Option<String>,
    /// `groupTopic`.
    pub group_topic: Option<String>,
    /// `groupType`.
    pub group_type: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `listGroupDynamicAttr`.
    pub list_group_dynamic_attr: Option<
        Vec<GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr>,
    >,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    GroupQueryByOpenIdResponseBodyData { "groupName" => read_field(group_name),
    "groupTemplateId" => read_field(group_template_id), "groupTemplateName" =>
    read_field(group_template_name), "groupTopic" => read_field(group_topic), "groupType"
    => read_field(group_type), "id" => read_field(id), "listGroupDynamicAttr" =>
    read_field(list_group_dynamic_attr), "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupQueryByOpenIdResponseBodyData { "groupName" => optional(group_name),
    "groupTemplateId" => optional(group_template_id), "groupTemplateName" =>
    optional(group_template_name), "groupTopic" => optional(group_topic), "groupType" =>
    optional(group_type), "id" => optional(id), "listGroupDynamicAttr" =>
    optional(list_group_dynamic_attr), "openConversationId" =>
    optional(open_conversation_id) }
}
/// `ListAuditLogResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAuditLogResponseBodyList {
    /// `action`.
    pub action: Option<i64>,
    /// `actionView`.
    pub action_view: Option<String>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `docMemberList`.
    pub doc_member_list: Option<Vec<ListAuditLogResponseBodyListDocMemberList>>,
    /// `docMobileUrl`.
    pub doc_mobile_url: Option<String>,
    /// `docPcUrl`.
    pub doc_pc_url: Option<String>,
    /// `docReceiverList`.
    pub doc_receiver_list: Option<Vec<ListAuditLogResponseBodyListDocReceiverList>>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `ipAddress`.
    pub ip_address: Option<String>,
    /// `operateModule`.
    pub operate_module: Option<i64>,
    /// `operateModuleView`.
    pub operate_module_view: Option<String>,
    /// `operatorName`.
    pub operator_name: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `platform`.
    pub platform: Option<i64>,
    /// `platformView`.
    pub platform_view: Option<String>,
    /// `prevWorkSpaceId`.
    pub prev_work_space_id: Option<i64>,
    /// `prevWorkSpaceMobileUrl`.
    pub prev_work_space_mobile_url: Option<String>,
    /// `prevWorkSpaceName`.
    pub prev_work_space_name: Option<String>,
    /// `prevWorkSpacePcUrl`.
    pub prev_work_space_pc_url: Option<String>,
    /// `realName`.
    pub real_name: Option<String>,
    /// `receiverId`.
    pub receiver_id: Option<String>,
    /// `receiverName`.
    pub receiver_name: Option<String>,
    /// `receiverType`.
    pub receiver_type: Option<i64>,
    /// `receiverTypeView`.
    pub receiver_type_view: Option<String>,
    /// `resource`.
    pub resource: Option<String>,
    /// `resourceExtension`.
    pub resource_extension: Option<String>,
    /// `resourceSize`.
    pub resource_size: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `targetSpaceId`.
    pub target_space_id: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `workSpaceId`.
    pub work_space_id: Option<i64>,
    /// `workSpaceMobileUrl`.
    pub work_space_mobile_url: Option<String>,
    /// `workSpaceName`.
    pub work_space_name: Option<String>,
    /// `workSpacePcUrl`.
    pub work_space_pc_url: Option<String>,
}
rt::impl_deserialize! {
    ListAuditLogResponseBodyList { "action" => read_field(action), "actionView" =>
    read_field(action_view), "bizId" => read_field(biz_id), "docMemberList" =>
    read_field(doc_member_list), "docMobileUrl" => read_field(doc_mobile_url), "docPcUrl"
    => read_field(doc_pc_url), "docReceiverList" => read_field(doc_receiver_list),
    "gmtCreate" => read_field(gmt_create), "gmtModified" => read_field(gmt_modified),
    "ipAddress" => read_field(ip_address), "operateModule" => read_field(operate_module),
    "operateModuleView" => read_field(operate_module_view), "operatorName" =>
    read_field(operator_name), "orgName" => read_field(org_name), "platform" =>
    read_field(platform), "platformView" => read_field(platform_view), "prevWorkSpaceId"
    => read_field(prev_work_space_id), "prevWorkSpaceMobileUrl" =>
    read_field(prev_work_space_mobile_url), "prevWorkSpaceName" =>
    read_field(prev_work_space_name), "prevWorkSpacePcUrl" =>
    read_field(prev_work_space_pc_url), "realName" => read_field(real_name), "receiverId"
    => read_field(receiver_id), "receiverName" => read_field(receiver_name),
    "receiverType" => read_field(receiver_type), "receiverTypeView" =>
    read_field(receiver_type_view), "resource" => read_field(resource),
    "resourceExtension" => read_field(resource_extension), "resourceSize" =>
    read_field(resource_size), "status" => read_field(status), "targetSpaceId" =>
    read_field(target_space_id), "userId" => read_field(user_id), "workSpaceId" =>
    read_field(work_space_id), "workSpaceMobileUrl" => read_field(work_space_mobile_url),
    "workSpaceName" => read_field(work_space_name), "workSpacePcUrl" =>
    read_field(work_space_pc_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAuditLogResponseBodyList { "action" => optional(action), "actionView" =>
    optional(action_view), "bizId" => optional(biz_id), "docMemberList" =>
    optional(doc_member_list), "docMobileUrl" => optional(doc_mobile_url), "docPcUrl" =>
    optional(doc_pc_url), "docReceiverList" => optional(doc_receiver_list), "gmtCreate"
    => optional(gmt_create), "gmtModified" => optional(gmt_modified), "ipAddress" =>
    optional(ip_address), "operateModule" => optional(operate_module),
    "operateModuleView" => optional(operate_module_view), "operatorName" =>
    optional(operator_name), "orgName" => optional(org_name), "platform" =>
    optional(platform), "platformView" => optional(platform_view), "prevWorkSpaceId" =>
    optional(prev_work_space_id), "prevWorkSpaceMobileUrl" =>
    optional(prev_work_space_mobile_url), "prevWorkSpaceName" =>
    optional(prev_work_space_name), "prevWorkSpacePcUrl" =>
    optional(prev_work_space_pc_url), "realName" => optional(real_name), "receiverId" =>
    optional(receiver_id), "receiverName" => optional(receiver_name), "receiverType" =>
    optional(receiver_type), "receiverTypeView" => optional(receiver_type_view),
    "resource" => optional(resource), "resourceExtension" =>
    optional(resource_extension), "resourceSize" => optional(resource_size), "status" =>
    optional(status), "targetSpaceId" => optional(target_space_id), "userId" =>
    optional(user_id), "workSpaceId" => optional(work_space_id), "workSpaceMobileUrl" =>
    optional(work_space_mobile_url), "workSpaceName" => optional(work_space_name),
    "workSpacePcUrl" => optional(work_space_pc_url) }
}
/// `ListByCodesResponseBodyRobotInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListByCodesResponseBodyRobotInfoList {
    /// `brief`.
    pub brief: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `createAt`.
    pub create_at: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `dev`.
    pub dev: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `modifiedAt`.
    pub modified_at: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `outgoingToken`.
    pub outgoing_token: Option<String>,
    /// `outgoingUrl`.
    pub outgoing_url: Option<String>,
    /// `previewMediaId`.
    pub preview_media_id: Option<String>,
    /// `sourceUrl`.
    pub source_url: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    ListByCodesResponseBodyRobotInfoList { "brief" => read_field(brief), "code" =>
    read_field(code), "createAt" => read_field(create_at), "description" =>
    read_field(description), "dev" => read_field(dev), "icon" => read_field(icon),
    "modifiedAt" => read_field(modified_at), "name" => read_field(name), "outgoingToken"
    => read_field(outgoing_token), "outgoingUrl" => read_field(outgoing_url),
    "previewMediaId" => read_field(preview_media_id), "sourceUrl" =>
    read_field(source_url), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListByCodesResponseBodyRobotInfoList { "brief" => optional(brief), "code" =>
    optional(code), "createAt" => optional(create_at), "description" =>
    optional(description), "dev" => optional(dev), "icon" => optional(icon), "modifiedAt"
    => optional(modified_at), "name" => optional(name), "outgoingToken" =>
    optional(outgoing_token), "outgoingUrl" => optional(outgoing_url), "previewMediaId"
    => optional(preview_media_id), "sourceUrl" => optional(source_url), "status" =>
    optional(status) }
}
/// `ListByPluginIdsResponseBodyPluginInfoList`, a model several operations share: also named [`QueryTemplateInfoResponseBodyParentTemplateDetailVOToolbarPluginList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListByPluginIdsResponseBodyPluginInfoList {
    /// `appId`.
    pub app_id: Option<String>,
    /// `createAt`.
    pub create_at: Option<i64>,
    /// `desc`.
    pub desc: Option<String>,
    /// `icons`.
    pub icons: Option<String>,
    /// `modifiedAt`.
    pub modified_at: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `pluginId`.
    pub plugin_id: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    ListByPluginIdsResponseBodyPluginInfoList { "appId" => read_field(app_id), "createAt"
    => read_field(create_at), "desc" => read_field(desc), "icons" => read_field(icons),
    "modifiedAt" => read_field(modified_at), "name" => read_field(name), "pcUrl" =>
    read_field(pc_url), "pluginId" => read_field(plugin_id), "status" =>
    read_field(status), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListByPluginIdsResponseBodyPluginInfoList { "appId" => optional(app_id), "createAt"
    => optional(create_at), "desc" => optional(desc), "icons" => optional(icons),
    "modifiedAt" => optional(modified_at), "name" => optional(name), "pcUrl" =>
    optional(pc_url), "pluginId" => optional(plugin_id), "status" => optional(status),
    "url" => optional(url) }
}
/// `ListJoinOrgInfoResponseBodyOrgInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListJoinOrgInfoResponseBodyOrgInfoList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `domain`.
    pub domain: Option<String>,
    /// `orgFullName`.
    pub org_full_name: Option<String>,
    /// `orgName`.
    pub org_name: Option<i64>,
}
rt::impl_deserialize! {
    ListJoinOrgInfoResponseBodyOrgInfoList { "corpId" => read_field(corp_id), "domain" =>
    read_field(domain), "orgFullName" => read_field(org_full_name), "orgName" =>
    read_field(org_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListJoinOrgInfoResponseBodyOrgInfoList { "corpId" => optional(corp_id), "domain" =>
    optional(domain), "orgFullName" => optional(org_full_name), "orgName" =>
    optional(org_name) }
}
/// `ListMiniAppAvailableVersionResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMiniAppAvailableVersionResponseBodyList {
    /// `buildStatus`.
    pub build_status: Option<i64>,
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    ListMiniAppAvailableVersionResponseBodyList { "buildStatus" =>
    read_field(build_status), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMiniAppAvailableVersionResponseBodyList { "buildStatus" =>
    optional(build_status), "version" => optional(version) }
}
/// `ListMiniAppHistoryVersionResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMiniAppHistoryVersionResponseBodyList {
    /// `buildStatus`.
    pub build_status: Option<i64>,
    /// `h5Bundle`.
    pub h5_bundle: Option<String>,
    /// `packageSize`.
    pub package_size: Option<String>,
    /// `packageUrl`.
    pub package_url: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    ListMiniAppHistoryVersionResponseBodyList { "buildStatus" =>
    read_field(build_status), "h5Bundle" => read_field(h5_bundle), "packageSize" =>
    read_field(package_size), "packageUrl" => read_field(package_url), "version" =>
    read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMiniAppHistoryVersionResponseBodyList { "buildStatus" => optional(build_status),
    "h5Bundle" => optional(h5_bundle), "packageSize" => optional(package_size),
    "packageUrl" => optional(package_url), "version" => optional(version) }
}
/// `ListPartnerRolesResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPartnerRolesResponseBodyList {
    /// `id`.
    pub id: Option<i64>,
    /// `isNecessary`.
    pub is_necessary: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `visibleDepts`.
    pub visible_depts: Option<Vec<ListPartnerRolesResponseBodyListVisibleDepts>>,
    /// `visibleUsers`.
    pub visible_users: Option<Vec<ListPartnerRolesResponseBodyListVisibleUsers>>,
    /// `warningDepts`.
    pub warning_depts: Option<Vec<ListPartnerRolesResponseBodyListWarningDepts>>,
    /// `warningUsers`.
    pub warning_users: Option<Vec<ListPartnerRolesResponseBodyListWarningUsers>>,
}
rt::impl_deserialize! {
    ListPartnerRolesResponseBodyList { "id" => read_field(id), "isNecessary" =>
    read_field(is_necessary), "name" => read_field(name), "visibleDepts" =>
    read_field(visible_depts), "visibleUsers" => read_field(visible_users),
    "warningDepts" => read_field(warning_depts), "warningUsers" =>
    read_field(warning_users) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPartnerRolesResponseBodyList { "id" => optional(id), "isNecessary" =>
    optional(is_necessary), "name" => optional(name), "visibleDepts" =>
    optional(visible_depts), "visibleUsers" => optional(visible_users), "warningDepts" =>
    optional(warning_depts), "warningUsers" => optional(warning_users) }
}
/// `ListPunchScheduleByConditionWithPagingResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPunchScheduleByConditionWithPagingResponseBodyList {
    /// `bizOuterId`.
    pub biz_outer_id: Option<String>,
    /// `positionName`.
    pub position_name: Option<String>,
    /// `punchSymbol`.
    pub punch_symbol: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userPunchTime`.
    pub user_punch_time: Option<i64>,
}
rt::impl_deserialize! {
    ListPunchScheduleByConditionWithPagingResponseBodyList { "bizOuterId" =>
    read_field(biz_outer_id), "positionName" => read_field(position_name), "punchSymbol"
    => read_field(punch_symbol), "userId" => read_field(user_id), "userPunchTime" =>
    read_field(user_punch_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPunchScheduleByConditionWithPagingResponseBodyList { "bizOuterId" =>
    optional(biz_outer_id), "positionName" => optional(position_name), "punchSymbol" =>
    optional(punch_symbol), "userId" => optional(user_id), "userPunchTime" =>
    optional(user_punch_time) }
}
/// `PreventCheatingCheckRiskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PreventCheatingCheckRiskResponseBodyResult {
    /// `hasRisk`.
    pub has_risk: Option<bool>,
    /// `riskInfo`.
    pub risk_info: Option<rt::BTreeMap<String, String>>,
}
rt::impl_deserialize! {
    PreventCheatingCheckRiskResponseBodyResult { "hasRisk" => read_field(has_risk),
    "riskInfo" => read_field(risk_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PreventCheatingCheckRiskResponseBodyResult { "hasRisk" => optional(has_risk),
    "riskInfo" => optional(risk_info) }
}
/// `QueryChannelStaffInfoByMobileResponseBodyEmpInfo`, a model several operations share: also named [`QueryChannelStaffInfoByMobileResponseBodyExclusiveAccountEmpInfoList`], [`GetPublicDevicesResponseBodyDataDeviceStaffs`], [`GetSecurityConfigMemberResponseBodyResultUserInfos`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryChannelStaffInfoByMobileResponseBodyEmpInfo {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryChannelStaffInfoByMobileResponseBodyEmpInfo { "name" => read_field(name),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryChannelStaffInfoByMobileResponseBodyEmpInfo { "name" => optional(name), "userId"
    => optional(user_id) }
}
/// `QueryChannelStaffInfoByMobileResponseBodyExclusiveAccountEmpInfoList`: the same model as [`QueryChannelStaffInfoByMobileResponseBodyEmpInfo`].
pub type QueryChannelStaffInfoByMobileResponseBodyExclusiveAccountEmpInfoList = QueryChannelStaffInfoByMobileResponseBodyEmpInfo;
/// `QueryConversationPageResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConversationPageResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<QueryConversationPageResponseBodyResultData>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryConversationPageResponseBodyResult { "data" => read_field(data), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConversationPageResponseBodyResult { "data" => optional(data), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `QueryMsgSendRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMsgSendRecordsResponseBodyResult {
    /// `item_count`.
    pub item_count: Option<i64>,
    /// `items`.
    pub items: Option<Vec<QueryMsgSendRecordsResponseBodyResultItems>>,
    /// `total_count`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryMsgSendRecordsResponseBodyResult { "item_count" => read_field(item_count),
    "items" => read_field(items), "total_count" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMsgSendRecordsResponseBodyResult { "item_count" => optional(item_count), "items"
    => optional(items), "total_count" => optional(total_count) }
}
/// `QueryPartnerInfoResponseBodyPartnerDeptList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPartnerInfoResponseBodyPartnerDeptList {
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `partnerLabelModelLevel1`.
    pub partner_label_model_level1: Option<
        QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1,
    >,
    /// `partnerNum`.
    pub partner_num: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    QueryPartnerInfoResponseBodyPartnerDeptList { "memberCount" =>
    read_field(member_count), "partnerLabelModelLevel1" =>
    read_field(partner_label_model_level1), "partnerNum" => read_field(partner_num),
    "title" => read_field(title), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPartnerInfoResponseBodyPartnerDeptList { "memberCount" =>
    optional(member_count), "partnerLabelModelLevel1" =>
    optional(partner_label_model_level1), "partnerNum" => optional(partner_num), "title"
    => optional(title), "value" => optional(value) }
}
/// `QueryPartnerInfoResponseBodyPartnerLabelList`, a model several operations share: also named [`GetPublicDevicesResponseBodyDataDeviceDepts`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPartnerInfoResponseBodyPartnerLabelList {
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    QueryPartnerInfoResponseBodyPartnerLabelList { "id" => read_field(id), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPartnerInfoResponseBodyPartnerLabelList { "id" => optional(id), "name" =>
    optional(name) }
}
/// `QueryTemplateInfoResponseBodyAppInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyAppInfo {
    /// `appIcon`.
    pub app_icon: Option<String>,
    /// `appId`.
    pub app_id: Option<String>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBodyAppInfo { "appIcon" => read_field(app_icon), "appId" =>
    read_field(app_id), "appName" => read_field(app_name), "corpId" =>
    read_field(corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBodyAppInfo { "appIcon" => optional(app_icon), "appId" =>
    optional(app_id), "appName" => optional(app_name), "corpId" => optional(corp_id) }
}
/// `QueryTemplateInfoResponseBodyGrayInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyGrayInfo {
    /// `tenThousandPercent`.
    pub ten_thousand_percent: Option<i64>,
    /// `whiteSet`.
    pub white_set: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBodyGrayInfo { "tenThousandPercent" =>
    read_field(ten_thousand_percent), "whiteSet" => read_field(white_set) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBodyGrayInfo { "tenThousandPercent" =>
    optional(ten_thousand_percent), "whiteSet" => optional(white_set) }
}
/// `QueryTemplateInfoResponseBodyGroupSettingList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyGroupSettingList {
    /// `desc`.
    pub desc: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `state`.
    pub state: Option<bool>,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBodyGroupSettingList { "desc" => read_field(desc), "name" =>
    read_field(name), "state" => read_field(state) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBodyGroupSettingList { "desc" => optional(desc), "name" =>
    optional(name), "state" => optional(state) }
}
/// `QueryTemplateInfoResponseBodyParentTemplateDetailVO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyParentTemplateDetailVO {
    /// `robotTemplateList`.
    pub robot_template_list: Option<
        Vec<QueryTemplateInfoResponseBodyParentTemplateDetailVORobotTemplateList>,
    >,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `toolbarPluginList`.
    pub toolbar_plugin_list: Option<
        Vec<QueryTemplateInfoResponseBodyParentTemplateDetailVOToolbarPluginList>,
    >,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBodyParentTemplateDetailVO { "robotTemplateList" =>
    read_field(robot_template_list), "templateId" => read_field(template_id),
    "toolbarPluginList" => read_field(toolbar_plugin_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBodyParentTemplateDetailVO { "robotTemplateList" =>
    optional(robot_template_list), "templateId" => optional(template_id),
    "toolbarPluginList" => optional(toolbar_plugin_list) }
}
/// `QueryTemplateInfoResponseBodyTemplateIntroduction`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyTemplateIntroduction {
    /// `banner`.
    pub banner: Option<String>,
    /// `detail`.
    pub detail: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBodyTemplateIntroduction { "banner" => read_field(banner),
    "detail" => read_field(detail), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBodyTemplateIntroduction { "banner" => optional(banner),
    "detail" => optional(detail), "title" => optional(title) }
}
/// `QueryTemplateInfoResponseBodyTemplateVisibility`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyTemplateVisibility {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deptIds`.
    pub dept_ids: Option<Vec<QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds>>,
    /// `roleIds`.
    pub role_ids: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<QueryTemplateInfoResponseBodyTemplateVisibilityUserIds>>,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBodyTemplateVisibility { "corpId" => read_field(corp_id),
    "deptIds" => read_field(dept_ids), "roleIds" => read_field(role_ids), "userIds" =>
    read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBodyTemplateVisibility { "corpId" => optional(corp_id),
    "deptIds" => optional(dept_ids), "roleIds" => optional(role_ids), "userIds" =>
    optional(user_ids) }
}
/// `QueryUserBehaviorResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserBehaviorResponseBodyData {
    /// `pictureUrl`.
    pub picture_url: Option<String>,
    /// `platform`.
    pub platform: Option<i64>,
    /// `scene`.
    pub scene: Option<String>,
    /// `time`.
    pub time: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    QueryUserBehaviorResponseBodyData { "pictureUrl" => read_field(picture_url),
    "platform" => read_field(platform), "scene" => read_field(scene), "time" =>
    read_field(time), "type" => read_field(r#type), "userId" => read_field(user_id),
    "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserBehaviorResponseBodyData { "pictureUrl" => optional(picture_url), "platform"
    => optional(platform), "scene" => optional(scene), "time" => optional(time), "type"
    => optional(r#type), "userId" => optional(user_id), "userName" => optional(user_name)
    }
}
/// `RuleBatchReceiverRequestDataAttrs`, a model several operations share: also named [`SpecialRuleBatchReceiverRequestDataAttrs`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RuleBatchReceiverRequestDataAttrs {
    /// `listUnitId`.
    pub list_unit_id: Option<Vec<i64>>,
}
impl RuleBatchReceiverRequestDataAttrs {
    /// An empty `RuleBatchReceiverRequestDataAttrs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `listUnitId`.
    pub fn list_unit_id(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.list_unit_id = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    RuleBatchReceiverRequestDataAttrs { "listUnitId" => optional(list_unit_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RuleBatchReceiverRequestDataAttrs { "listUnitId" => read_field(list_unit_id) }
}
/// `RuleBatchReceiverResponseBodyData`, a model several operations share: also named [`SpecialRuleBatchReceiverResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RuleBatchReceiverResponseBodyData {
    /// `msgId`.
    pub msg_id: Option<String>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
}
rt::impl_deserialize! {
    RuleBatchReceiverResponseBodyData { "msgId" => read_field(msg_id), "serialNumber" =>
    read_field(serial_number) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RuleBatchReceiverResponseBodyData { "msgId" => optional(msg_id), "serialNumber" =>
    optional(serial_number) }
}
/// `RuleBatchReceiverResponseBodyRows`, a model several operations share: also named [`SpecialRuleBatchReceiverResponseBodyRows`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RuleBatchReceiverResponseBodyRows {
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `msgId`.
    pub msg_id: Option<String>,
}
rt::impl_deserialize! {
    RuleBatchReceiverResponseBodyRows { "serialNumber" => read_field(serial_number),
    "msgId" => read_field(msg_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RuleBatchReceiverResponseBodyRows { "serialNumber" => optional(serial_number),
    "msgId" => optional(msg_id) }
}
/// `SearchOrgInnerGroupInfoResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchOrgInnerGroupInfoResponseBodyItems {
    /// `extensions`.
    pub extensions: Option<rt::BTreeMap<String, String>>,
    /// `groupAdminsCount`.
    pub group_admins_count: Option<i64>,
    /// `groupCreateTime`.
    pub group_create_time: Option<i64>,
    /// `groupLastActiveTime`.
    pub group_last_active_time: Option<i64>,
    /// `groupLastActiveTimeShow`.
    pub group_last_active_time_show: Option<String>,
    /// `groupMembersCount`.
    pub group_members_count: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupOwner`.
    pub group_owner: Option<String>,
    /// `groupOwnerUserId`.
    pub group_owner_user_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `syncToDingpan`.
    pub sync_to_dingpan: Option<i64>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateName`.
    pub template_name: Option<String>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    SearchOrgInnerGroupInfoResponseBodyItems { "extensions" => read_field(extensions),
    "groupAdminsCount" => read_field(group_admins_count), "groupCreateTime" =>
    read_field(group_create_time), "groupLastActiveTime" =>
    read_field(group_last_active_time), "groupLastActiveTimeShow" =>
    read_field(group_last_active_time_show), "groupMembersCount" =>
    read_field(group_members_count), "groupName" => read_field(group_name), "groupOwner"
    => read_field(group_owner), "groupOwnerUserId" => read_field(group_owner_user_id),
    "openConversationId" => read_field(open_conversation_id), "status" =>
    read_field(status), "syncToDingpan" => read_field(sync_to_dingpan), "templateId" =>
    read_field(template_id), "templateName" => read_field(template_name), "usedQuota" =>
    read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchOrgInnerGroupInfoResponseBodyItems { "extensions" => optional(extensions),
    "groupAdminsCount" => optional(group_admins_count), "groupCreateTime" =>
    optional(group_create_time), "groupLastActiveTime" =>
    optional(group_last_active_time), "groupLastActiveTimeShow" =>
    optional(group_last_active_time_show), "groupMembersCount" =>
    optional(group_members_count), "groupName" => optional(group_name), "groupOwner" =>
    optional(group_owner), "groupOwnerUserId" => optional(group_owner_user_id),
    "openConversationId" => optional(open_conversation_id), "status" => optional(status),
    "syncToDingpan" => optional(sync_to_dingpan), "templateId" => optional(template_id),
    "templateName" => optional(template_name), "usedQuota" => optional(used_quota) }
}
/// `SearchOrgInnerGroupInfoByCursorPageResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchOrgInnerGroupInfoByCursorPageResponseBodyItems {
    /// `groupCreateTime`.
    pub group_create_time: Option<i64>,
    /// `groupLastActiveTime`.
    pub group_last_active_time: Option<i64>,
    /// `groupMembersCnt`.
    pub group_members_cnt: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupOwner`.
    pub group_owner: Option<String>,
    /// `groupOwnerUserId`.
    pub group_owner_user_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `syncToDingpan`.
    pub sync_to_dingpan: Option<i64>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    SearchOrgInnerGroupInfoByCursorPageResponseBodyItems { "groupCreateTime" =>
    read_field(group_create_time), "groupLastActiveTime" =>
    read_field(group_last_active_time), "groupMembersCnt" =>
    read_field(group_members_cnt), "groupName" => read_field(group_name), "groupOwner" =>
    read_field(group_owner), "groupOwnerUserId" => read_field(group_owner_user_id),
    "openConversationId" => read_field(open_conversation_id), "status" =>
    read_field(status), "syncToDingpan" => read_field(sync_to_dingpan), "usedQuota" =>
    read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchOrgInnerGroupInfoByCursorPageResponseBodyItems { "groupCreateTime" =>
    optional(group_create_time), "groupLastActiveTime" =>
    optional(group_last_active_time), "groupMembersCnt" => optional(group_members_cnt),
    "groupName" => optional(group_name), "groupOwner" => optional(group_owner),
    "groupOwnerUserId" => optional(group_owner_user_id), "openConversationId" =>
    optional(open_conversation_id), "status" => optional(status), "syncToDingpan" =>
    optional(sync_to_dingpan), "usedQuota" => optional(used_quota) }
}
/// `SendMessageRequestMsgBodyActionCard`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageRequestMsgBodyActionCard {
    /// `btn_orientation`.
    pub btn_orientation: Option<String>,
    /// `button_list`.
    pub button_list: Option<Vec<SendMessageRequestMsgBodyActionCardButtonList>>,
    /// `markdown`.
    pub markdown: Option<String>,
    /// `single_title`.
    pub single_title: Option<String>,
    /// `single_url`.
    pub single_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendMessageRequestMsgBodyActionCard {
    /// An empty `SendMessageRequestMsgBodyActionCard`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `btn_orientation`.
    pub fn btn_orientation(mut self, value: impl Into<String>) -> Self {
        self.btn_orientation = Some(value.into());
        self
    }
    /// Sets `button_list`.
    pub fn button_list(
        mut self,
        value: impl IntoIterator<Item = SendMessageRequestMsgBodyActionCardButtonList>,
    ) -> Self {
        self.button_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: impl Into<String>) -> Self {
        self.markdown = Some(value.into());
        self
    }
    /// Sets `single_title`.
    pub fn single_title(mut self, value: impl Into<String>) -> Self {
        self.single_title = Some(value.into());
        self
    }
    /// Sets `single_url`.
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
    SendMessageRequestMsgBodyActionCard { "btn_orientation" => optional(btn_orientation),
    "button_list" => optional(button_list), "markdown" => optional(markdown),
    "single_title" => optional(single_title), "single_url" => optional(single_url),
    "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageRequestMsgBodyActionCard { "btn_orientation" =>
    read_field(btn_orientation), "button_list" => read_field(button_list), "markdown" =>
    read_field(markdown), "single_title" => read_field(single_title), "single_url" =>
    read_field(single_url), "title" => read_field(title) }
}
/// `SendMessageRequestMsgBodyLink`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageRequestMsgBodyLink {
    /// `cover_image_media_id`.
    pub cover_image_media_id: Option<String>,
    /// `link_url`.
    pub link_url: Option<String>,
    /// `open_type`.
    pub open_type: Option<i64>,
    /// `summary`.
    pub summary: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendMessageRequestMsgBodyLink {
    /// An empty `SendMessageRequestMsgBodyLink`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cover_image_media_id`.
    pub fn cover_image_media_id(mut self, value: impl Into<String>) -> Self {
        self.cover_image_media_id = Some(value.into());
        self
    }
    /// Sets `link_url`.
    pub fn link_url(mut self, value: impl Into<String>) -> Self {
        self.link_url = Some(value.into());
        self
    }
    /// Sets `open_type`.
    pub fn open_type(mut self, value: i64) -> Self {
        self.open_type = Some(value);
        self
    }
    /// Sets `summary`.
    pub fn summary(mut self, value: impl Into<String>) -> Self {
        self.summary = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendMessageRequestMsgBodyLink { "cover_image_media_id" =>
    optional(cover_image_media_id), "link_url" => optional(link_url), "open_type" =>
    optional(open_type), "summary" => optional(summary), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageRequestMsgBodyLink { "cover_image_media_id" =>
    read_field(cover_image_media_id), "link_url" => read_field(link_url), "open_type" =>
    read_field(open_type), "summary" => read_field(summary), "title" => read_field(title)
    }
}
/// `SendMessageRequestMsgBodyMarkdown`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageRequestMsgBodyMarkdown {
    /// `text`.
    pub text: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendMessageRequestMsgBodyMarkdown {
    /// An empty `SendMessageRequestMsgBodyMarkdown`; set fields with the methods named after them.
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
    SendMessageRequestMsgBodyMarkdown { "text" => optional(text), "title" =>
    optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageRequestMsgBodyMarkdown { "text" => read_field(text), "title" =>
    read_field(title) }
}
/// `SpecialRuleBatchReceiverRequestDataAttrs`: the same model as [`RuleBatchReceiverRequestDataAttrs`].
pub type SpecialRuleBatchReceiverRequestDataAttrs = RuleBatchReceiverRequestDataAttrs;
/// `SpecialRuleBatchReceiverResponseBodyData`: the same model as [`RuleBatchReceiverResponseBodyData`].
pub type SpecialRuleBatchReceiverResponseBodyData = RuleBatchReceiverResponseBodyData;
/// `SpecialRuleBatchReceiverResponseBodyRows`: the same model as [`RuleBatchReceiverResponseBodyRows`].
pub type SpecialRuleBatchReceiverResponseBodyRows = RuleBatchReceiverResponseBodyRows;
/// `TaskInfoCreateAndStartTaskRequestAttrListTaskDynamicAttr`: the same model as [`GetMsgConfigRequestListDynamicAttr`].
pub type TaskInfoCreateAndStartTaskRequestAttrListTaskDynamicAttr = GetMsgConfigRequestListDynamicAttr;
/// `TaskInfoCreateAndStartTaskRequestBacklogDTOContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskRequestBacklogDTOContent {
    /// `isOnlyShowExecutor`.
    pub is_only_show_executor: Option<bool>,
    /// `priority`.
    pub priority: Option<i64>,
}
impl TaskInfoCreateAndStartTaskRequestBacklogDTOContent {
    /// An empty `TaskInfoCreateAndStartTaskRequestBacklogDTOContent`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `isOnlyShowExecutor`.
    pub fn is_only_show_executor(mut self, value: bool) -> Self {
        self.is_only_show_executor = Some(value);
        self
    }
    /// Sets `priority`.
    pub fn priority(mut self, value: i64) -> Self {
        self.priority = Some(value);
        self
    }
}
rt::impl_serialize! {
    TaskInfoCreateAndStartTaskRequestBacklogDTOContent { "isOnlyShowExecutor" =>
    optional(is_only_show_executor), "priority" => optional(priority) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoCreateAndStartTaskRequestBacklogDTOContent { "isOnlyShowExecutor" =>
    read_field(is_only_show_executor), "priority" => read_field(priority) }
}
/// `TaskInfoCreateAndStartTaskResponseBodyData`, a model several operations share: also named [`TaskInfoUpdateTaskResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskResponseBodyData {
    /// `groupVoList`.
    pub group_vo_list: Option<
        Vec<TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList>,
    >,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    TaskInfoCreateAndStartTaskResponseBodyData { "groupVoList" =>
    read_field(group_vo_list), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TaskInfoCreateAndStartTaskResponseBodyData { "groupVoList" =>
    optional(group_vo_list), "taskId" => optional(task_id) }
}
/// `TaskInfoUpdateTaskRequestAttrListTaskDynamicAttr`: the same model as [`GetMsgConfigRequestListDynamicAttr`].
pub type TaskInfoUpdateTaskRequestAttrListTaskDynamicAttr = GetMsgConfigRequestListDynamicAttr;
/// `TaskInfoUpdateTaskResponseBodyData`: the same model as [`TaskInfoCreateAndStartTaskResponseBodyData`].
pub type TaskInfoUpdateTaskResponseBodyData = TaskInfoCreateAndStartTaskResponseBodyData;
/// `GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1`, a model several operations share: also named [`GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel2`], [`GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel3`], [`GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel4`], [`GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel5`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1 {
    /// `labelId`.
    pub label_id: Option<i64>,
    /// `labelName`.
    pub label_name: Option<String>,
    /// `levelNum`.
    pub level_num: Option<i64>,
}
rt::impl_deserialize! {
    GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1 { "labelId" =>
    read_field(label_id), "labelName" => read_field(label_name), "levelNum" =>
    read_field(level_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1 { "labelId" =>
    optional(label_id), "labelName" => optional(label_name), "levelNum" =>
    optional(level_num) }
}
/// `GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel2`: the same model as [`GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1`].
pub type GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel2 = GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1;
/// `GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel3`: the same model as [`GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1`].
pub type GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel3 = GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1;
/// `GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel4`: the same model as [`GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1`].
pub type GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel4 = GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1;
/// `GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel5`: the same model as [`GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1`].
pub type GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel5 = GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1;
/// `GetAppDispatchInfoResponseBodyIOSExt`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAppDispatchInfoResponseBodyIOSExt {
    /// `plist`.
    pub plist: Option<String>,
}
rt::impl_deserialize! {
    GetAppDispatchInfoResponseBodyIOSExt { "plist" => read_field(plist) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAppDispatchInfoResponseBodyIOSExt { "plist" => optional(plist) }
}
/// `GetConversationDetailResponseBodyResultMultipleCategoryList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConversationDetailResponseBodyResultMultipleCategoryList {
    /// `categoryId`.
    pub category_id: Option<i64>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `order`.
    pub order: Option<i64>,
}
rt::impl_deserialize! {
    GetConversationDetailResponseBodyResultMultipleCategoryList { "categoryId" =>
    read_field(category_id), "categoryName" => read_field(category_name), "order" =>
    read_field(order) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConversationDetailResponseBodyResultMultipleCategoryList { "categoryId" =>
    optional(category_id), "categoryName" => optional(category_name), "order" =>
    optional(order) }
}
/// `GetMsgConfigResponseBodyDataGroupAttributes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBodyDataGroupAttributes {
    /// `configGroupId`.
    pub config_group_id: Option<i64>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `groupTopic`.
    pub group_topic: Option<String>,
    /// `groupType`.
    pub group_type: Option<String>,
    /// `listDynamicAttr`.
    pub list_dynamic_attr: Option<
        Vec<GetMsgConfigResponseBodyDataGroupAttributesListDynamicAttr>,
    >,
    /// `listReceiver`.
    pub list_receiver: Option<
        Vec<GetMsgConfigResponseBodyDataGroupAttributesListReceiver>,
    >,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `ownerJobNo`.
    pub owner_job_no: Option<String>,
    /// `subRuleCode`.
    pub sub_rule_code: Option<String>,
}
rt::impl_deserialize! {
    GetMsgConfigResponseBodyDataGroupAttributes { "configGroupId" =>
    read_field(config_group_id), "corpId" => read_field(corp_id), "groupTopic" =>
    read_field(group_topic), "groupType" => read_field(group_type), "listDynamicAttr" =>
    read_field(list_dynamic_attr), "listReceiver" => read_field(list_receiver),
    "openConversationId" => read_field(open_conversation_id), "ownerJobNo" =>
    read_field(owner_job_no), "subRuleCode" => read_field(sub_rule_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgConfigResponseBodyDataGroupAttributes { "configGroupId" =>
    optional(config_group_id), "corpId" => optional(corp_id), "groupTopic" =>
    optional(group_topic), "groupType" => optional(group_type), "listDynamicAttr" =>
    optional(list_dynamic_attr), "listReceiver" => optional(list_receiver),
    "openConversationId" => optional(open_conversation_id), "ownerJobNo" =>
    optional(owner_job_no), "subRuleCode" => optional(sub_rule_code) }
}
/// `GetMsgConfigResponseBodyDataMsgConfigs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBodyDataMsgConfigs {
    /// `cardId`.
    pub card_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `customParameters`.
    pub custom_parameters: Option<String>,
    /// `msgContentConsisFlag`.
    pub msg_content_consis_flag: Option<i64>,
    /// `msgId`.
    pub msg_id: Option<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `ruleBusinessCode`.
    pub rule_business_code: Option<String>,
    /// `ruleCategory`.
    pub rule_category: Option<i64>,
    /// `ruleCode`.
    pub rule_code: Option<String>,
    /// `ruleName`.
    pub rule_name: Option<String>,
    /// `subRuleCode`.
    pub sub_rule_code: Option<String>,
    /// `systemCode`.
    pub system_code: Option<String>,
    /// `taskBatchNo`.
    pub task_batch_no: Option<String>,
}
rt::impl_deserialize! {
    GetMsgConfigResponseBodyDataMsgConfigs { "cardId" => read_field(card_id), "corpId" =>
    read_field(corp_id), "customParameters" => read_field(custom_parameters),
    "msgContentConsisFlag" => read_field(msg_content_consis_flag), "msgId" =>
    read_field(msg_id), "robotCode" => read_field(robot_code), "ruleBusinessCode" =>
    read_field(rule_business_code), "ruleCategory" => read_field(rule_category),
    "ruleCode" => read_field(rule_code), "ruleName" => read_field(rule_name),
    "subRuleCode" => read_field(sub_rule_code), "systemCode" => read_field(system_code),
    "taskBatchNo" => read_field(task_batch_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgConfigResponseBodyDataMsgConfigs { "cardId" => optional(card_id), "corpId" =>
    optional(corp_id), "customParameters" => optional(custom_parameters),
    "msgContentConsisFlag" => optional(msg_content_consis_flag), "msgId" =>
    optional(msg_id), "robotCode" => optional(robot_code), "ruleBusinessCode" =>
    optional(rule_business_code), "ruleCategory" => optional(rule_category), "ruleCode"
    => optional(rule_code), "ruleName" => optional(rule_name), "subRuleCode" =>
    optional(sub_rule_code), "systemCode" => optional(system_code), "taskBatchNo" =>
    optional(task_batch_no) }
}
/// `GetMsgConfigResponseBodyDataReceiverAttributes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBodyDataReceiverAttributes {
    /// `employeeCode`.
    pub employee_code: Option<String>,
}
rt::impl_deserialize! {
    GetMsgConfigResponseBodyDataReceiverAttributes { "employeeCode" =>
    read_field(employee_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgConfigResponseBodyDataReceiverAttributes { "employeeCode" =>
    optional(employee_code) }
}
/// `GetMsgConfigResponseBodyDataUnitAttributes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBodyDataUnitAttributes {
    /// `unitId`.
    pub unit_id: Option<i64>,
}
rt::impl_deserialize! {
    GetMsgConfigResponseBodyDataUnitAttributes { "unitId" => read_field(unit_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgConfigResponseBodyDataUnitAttributes { "unitId" => optional(unit_id) }
}
/// `GetMsgRecordDetailResponseBodyResultActionCard`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBodyResultActionCard {
    /// `bnt_orientation`.
    pub bnt_orientation: Option<String>,
    /// `button_list`.
    pub button_list: Option<
        Vec<GetMsgRecordDetailResponseBodyResultActionCardButtonList>,
    >,
    /// `markdown`.
    pub markdown: Option<String>,
    /// `single_title`.
    pub single_title: Option<String>,
    /// `single_url`.
    pub single_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetMsgRecordDetailResponseBodyResultActionCard { "bnt_orientation" =>
    read_field(bnt_orientation), "button_list" => read_field(button_list), "markdown" =>
    read_field(markdown), "single_title" => read_field(single_title), "single_url" =>
    read_field(single_url), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgRecordDetailResponseBodyResultActionCard { "bnt_orientation" =>
    optional(bnt_orientation), "button_list" => optional(button_list), "markdown" =>
    optional(markdown), "single_title" => optional(single_title), "single_url" =>
    optional(single_url), "title" => optional(title) }
}
/// `GetMsgRecordDetailResponseBodyResultArticles`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBodyResultArticles {
    /// `article_id`.
    pub article_id: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `create_time`.
    pub create_time: Option<i64>,
    /// `digest`.
    pub digest: Option<String>,
    /// `publish_status`.
    pub publish_status: Option<i64>,
    /// `publish_time`.
    pub publish_time: Option<i64>,
    /// `thumb_media_id`.
    pub thumb_media_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `update_time`.
    pub update_time: Option<i64>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetMsgRecordDetailResponseBodyResultArticles { "article_id" =>
    read_field(article_id), "content" => read_field(content), "create_time" =>
    read_field(create_time), "digest" => read_field(digest), "publish_status" =>
    read_field(publish_status), "publish_time" => read_field(publish_time),
    "thumb_media_id" => read_field(thumb_media_id), "title" => read_field(title),
    "update_time" => read_field(update_time), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgRecordDetailResponseBodyResultArticles { "article_id" => optional(article_id),
    "content" => optional(content), "create_time" => optional(create_time), "digest" =>
    optional(digest), "publish_status" => optional(publish_status), "publish_time" =>
    optional(publish_time), "thumb_media_id" => optional(thumb_media_id), "title" =>
    optional(title), "update_time" => optional(update_time), "url" => optional(url) }
}
/// `GetMsgRecordDetailResponseBodyResultLink`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBodyResultLink {
    /// `cover_image_media_id`.
    pub cover_image_media_id: Option<String>,
    /// `link_url`.
    pub link_url: Option<String>,
    /// `open_type`.
    pub open_type: Option<i64>,
    /// `summary`.
    pub summary: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetMsgRecordDetailResponseBodyResultLink { "cover_image_media_id" =>
    read_field(cover_image_media_id), "link_url" => read_field(link_url), "open_type" =>
    read_field(open_type), "summary" => read_field(summary), "title" => read_field(title)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgRecordDetailResponseBodyResultLink { "cover_image_media_id" =>
    optional(cover_image_media_id), "link_url" => optional(link_url), "open_type" =>
    optional(open_type), "summary" => optional(summary), "title" => optional(title) }
}
/// `GetMsgRecordDetailResponseBodyResultMarkdown`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBodyResultMarkdown {
    /// `text`.
    pub text: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetMsgRecordDetailResponseBodyResultMarkdown { "text" => read_field(text), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgRecordDetailResponseBodyResultMarkdown { "text" => optional(text), "title" =>
    optional(title) }
}
/// `GetOutGroupsByPageResponseBodyResponseBodyGroupList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOutGroupsByPageResponseBodyResponseBodyGroupList {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    GetOutGroupsByPageResponseBodyResponseBodyGroupList { "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOutGroupsByPageResponseBodyResponseBodyGroupList { "openConversationId" =>
    optional(open_conversation_id) }
}
/// `GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList {
    /// `content`.
    pub content: Option<String>,
    /// `contentType`.
    pub content_type: Option<String>,
    /// `createAt`.
    pub create_at: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `sender`.
    pub sender: Option<
        GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender,
    >,
}
rt::impl_deserialize! {
    GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList { "content" =>
    read_field(content), "contentType" => read_field(content_type), "createAt" =>
    read_field(create_at), "openConversationId" => read_field(open_conversation_id),
    "sender" => read_field(sender) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList { "content" =>
    optional(content), "contentType" => optional(content_type), "createAt" =>
    optional(create_at), "openConversationId" => optional(open_conversation_id), "sender"
    => optional(sender) }
}
/// `GetPublicDevicesResponseBodyDataDeviceDepts`: the same model as [`QueryPartnerInfoResponseBodyPartnerLabelList`].
pub type GetPublicDevicesResponseBodyDataDeviceDepts = QueryPartnerInfoResponseBodyPartnerLabelList;
/// `GetPublicDevicesResponseBodyDataDeviceRoles`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPublicDevicesResponseBodyDataDeviceRoles {
    /// `name`.
    pub name: Option<String>,
    /// `tagCode`.
    pub tag_code: Option<String>,
}
rt::impl_deserialize! {
    GetPublicDevicesResponseBodyDataDeviceRoles { "name" => read_field(name), "tagCode"
    => read_field(tag_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPublicDevicesResponseBodyDataDeviceRoles { "name" => optional(name), "tagCode" =>
    optional(tag_code) }
}
/// `GetPublicDevicesResponseBodyDataDeviceStaffs`: the same model as [`QueryChannelStaffInfoByMobileResponseBodyEmpInfo`].
pub type GetPublicDevicesResponseBodyDataDeviceStaffs = QueryChannelStaffInfoByMobileResponseBodyEmpInfo;
/// `GetSecurityConfigMemberResponseBodyResultUserInfos`: the same model as [`QueryChannelStaffInfoByMobileResponseBodyEmpInfo`].
pub type GetSecurityConfigMemberResponseBodyResultUserInfos = QueryChannelStaffInfoByMobileResponseBodyEmpInfo;
/// `GroupQueryByAttrResponseBodyDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupQueryByAttrResponseBodyDataList {
    /// `groupMemberCount`.
    pub group_member_count: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `ownerJobNo`.
    pub owner_job_no: Option<String>,
    /// `ownerUserName`.
    pub owner_user_name: Option<String>,
}
rt::impl_deserialize! {
    GroupQueryByAttrResponseBodyDataList { "groupMemberCount" =>
    read_field(group_member_count), "groupName" => read_field(group_name),
    "openConversationId" => read_field(open_conversation_id), "ownerJobNo" =>
    read_field(owner_job_no), "ownerUserName" => read_field(owner_user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupQueryByAttrResponseBodyDataList { "groupMemberCount" =>
    optional(group_member_count), "groupName" => optional(group_name),
    "openConversationId" => optional(open_conversation_id), "ownerJobNo" =>
    optional(owner_job_no), "ownerUserName" => optional(owner_user_name) }
}
/// `GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr`, a model several operations share: also named [`GetMsgConfigResponseBodyDataGroupAttributesListDynamicAttr`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr {
    /// `attrCode`.
    pub attr_code: Option<String>,
    /// `listAttrOptionsCode`.
    pub list_attr_options_code: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr { "attrCode" =>
    read_field(attr_code), "listAttrOptionsCode" => read_field(list_attr_options_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr { "attrCode" =>
    optional(attr_code), "listAttrOptionsCode" => optional(list_attr_options_code) }
}
/// `ListAuditLogResponseBodyListDocMemberList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAuditLogResponseBodyListDocMemberList {
    /// `memberName`.
    pub member_name: Option<String>,
    /// `memberType`.
    pub member_type: Option<i64>,
    /// `memberTypeView`.
    pub member_type_view: Option<String>,
    /// `permissionRole`.
    pub permission_role: Option<i64>,
    /// `permissionRoleView`.
    pub permission_role_view: Option<String>,
}
rt::impl_deserialize! {
    ListAuditLogResponseBodyListDocMemberList { "memberName" => read_field(member_name),
    "memberType" => read_field(member_type), "memberTypeView" =>
    read_field(member_type_view), "permissionRole" => read_field(permission_role),
    "permissionRoleView" => read_field(permission_role_view) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAuditLogResponseBodyListDocMemberList { "memberName" => optional(member_name),
    "memberType" => optional(member_type), "memberTypeView" =>
    optional(member_type_view), "permissionRole" => optional(permission_role),
    "permissionRoleView" => optional(permission_role_view) }
}
/// `ListAuditLogResponseBodyListDocReceiverList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAuditLogResponseBodyListDocReceiverList {
    /// `receiverName`.
    pub receiver_name: Option<String>,
    /// `receiverType`.
    pub receiver_type: Option<i64>,
    /// `receiverTypeView`.
    pub receiver_type_view: Option<String>,
}
rt::impl_deserialize! {
    ListAuditLogResponseBodyListDocReceiverList { "receiverName" =>
    read_field(receiver_name), "receiverType" => read_field(receiver_type),
    "receiverTypeView" => read_field(receiver_type_view) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAuditLogResponseBodyListDocReceiverList { "receiverName" =>
    optional(receiver_name), "receiverType" => optional(receiver_type),
    "receiverTypeView" => optional(receiver_type_view) }
}
/// `ListPartnerRolesResponseBodyListVisibleDepts`, a model several operations share: also named [`ListPartnerRolesResponseBodyListWarningDepts`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPartnerRolesResponseBodyListVisibleDepts {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ListPartnerRolesResponseBodyListVisibleDepts { "deptId" => read_field(dept_id),
    "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPartnerRolesResponseBodyListVisibleDepts { "deptId" => optional(dept_id), "name"
    => optional(name) }
}
/// `ListPartnerRolesResponseBodyListVisibleUsers`, a model several operations share: also named [`ListPartnerRolesResponseBodyListWarningUsers`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPartnerRolesResponseBodyListVisibleUsers {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    ListPartnerRolesResponseBodyListVisibleUsers { "name" => read_field(name), "userId"
    => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPartnerRolesResponseBodyListVisibleUsers { "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `ListPartnerRolesResponseBodyListWarningDepts`: the same model as [`ListPartnerRolesResponseBodyListVisibleDepts`].
pub type ListPartnerRolesResponseBodyListWarningDepts = ListPartnerRolesResponseBodyListVisibleDepts;
/// `ListPartnerRolesResponseBodyListWarningUsers`: the same model as [`ListPartnerRolesResponseBodyListVisibleUsers`].
pub type ListPartnerRolesResponseBodyListWarningUsers = ListPartnerRolesResponseBodyListVisibleUsers;
/// `QueryConversationPageResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConversationPageResponseBodyResultData {
    /// `categoryId`.
    pub category_id: Option<i64>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `groupCode`.
    pub group_code: Option<String>,
    /// `groupMembersCnt`.
    pub group_members_cnt: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupOwnerName`.
    pub group_owner_name: Option<String>,
    /// `groupOwnerUserId`.
    pub group_owner_user_id: Option<String>,
    /// `isKpConversation`.
    pub is_kp_conversation: Option<bool>,
    /// `manageSign`.
    pub manage_sign: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `order`.
    pub order: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryConversationPageResponseBodyResultData { "categoryId" =>
    read_field(category_id), "categoryName" => read_field(category_name), "groupCode" =>
    read_field(group_code), "groupMembersCnt" => read_field(group_members_cnt),
    "groupName" => read_field(group_name), "groupOwnerName" =>
    read_field(group_owner_name), "groupOwnerUserId" => read_field(group_owner_user_id),
    "isKpConversation" => read_field(is_kp_conversation), "manageSign" =>
    read_field(manage_sign), "openConversationId" => read_field(open_conversation_id),
    "order" => read_field(order), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConversationPageResponseBodyResultData { "categoryId" => optional(category_id),
    "categoryName" => optional(category_name), "groupCode" => optional(group_code),
    "groupMembersCnt" => optional(group_members_cnt), "groupName" =>
    optional(group_name), "groupOwnerName" => optional(group_owner_name),
    "groupOwnerUserId" => optional(group_owner_user_id), "isKpConversation" =>
    optional(is_kp_conversation), "manageSign" => optional(manage_sign),
    "openConversationId" => optional(open_conversation_id), "order" => optional(order),
    "status" => optional(status) }
}
/// `QueryMsgSendRecordsResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMsgSendRecordsResponseBodyResultItems {
    /// `create_time`.
    pub create_time: Option<i64>,
    /// `msg_source`.
    pub msg_source: Option<i64>,
    /// `msg_type`.
    pub msg_type: Option<String>,
    /// `operator_user_id`.
    pub operator_user_id: Option<String>,
    /// `send_time`.
    pub send_time: Option<i64>,
    /// `task_id`.
    pub task_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryMsgSendRecordsResponseBodyResultItems { "create_time" =>
    read_field(create_time), "msg_source" => read_field(msg_source), "msg_type" =>
    read_field(msg_type), "operator_user_id" => read_field(operator_user_id), "send_time"
    => read_field(send_time), "task_id" => read_field(task_id), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMsgSendRecordsResponseBodyResultItems { "create_time" => optional(create_time),
    "msg_source" => optional(msg_source), "msg_type" => optional(msg_type),
    "operator_user_id" => optional(operator_user_id), "send_time" => optional(send_time),
    "task_id" => optional(task_id), "title" => optional(title) }
}
/// `QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1 {
    /// `labelId`.
    pub label_id: Option<i64>,
    /// `labelname`.
    pub labelname: Option<String>,
}
rt::impl_deserialize! {
    QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1 { "labelId" =>
    read_field(label_id), "labelname" => read_field(labelname) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1 { "labelId" =>
    optional(label_id), "labelname" => optional(labelname) }
}
/// `QueryTemplateInfoResponseBodyParentTemplateDetailVORobotTemplateList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyParentTemplateDetailVORobotTemplateList {
    /// `brief`.
    pub brief: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createAt`.
    pub create_at: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `dev`.
    pub dev: Option<String>,
    /// `groupTemplateId`.
    pub group_template_id: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `modifiedAt`.
    pub modified_at: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `outgoingToken`.
    pub outgoing_token: Option<String>,
    /// `outgoingUrl`.
    pub outgoing_url: Option<String>,
    /// `previewMediaId`.
    pub preview_media_id: Option<String>,
    /// `sourceUrl`.
    pub source_url: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBodyParentTemplateDetailVORobotTemplateList { "brief" =>
    read_field(brief), "code" => read_field(code), "corpId" => read_field(corp_id),
    "createAt" => read_field(create_at), "description" => read_field(description), "dev"
    => read_field(dev), "groupTemplateId" => read_field(group_template_id), "icon" =>
    read_field(icon), "modifiedAt" => read_field(modified_at), "name" =>
    read_field(name), "outgoingToken" => read_field(outgoing_token), "outgoingUrl" =>
    read_field(outgoing_url), "previewMediaId" => read_field(preview_media_id),
    "sourceUrl" => read_field(source_url), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBodyParentTemplateDetailVORobotTemplateList { "brief" =>
    optional(brief), "code" => optional(code), "corpId" => optional(corp_id), "createAt"
    => optional(create_at), "description" => optional(description), "dev" =>
    optional(dev), "groupTemplateId" => optional(group_template_id), "icon" =>
    optional(icon), "modifiedAt" => optional(modified_at), "name" => optional(name),
    "outgoingToken" => optional(outgoing_token), "outgoingUrl" => optional(outgoing_url),
    "previewMediaId" => optional(preview_media_id), "sourceUrl" => optional(source_url),
    "status" => optional(status) }
}
/// `QueryTemplateInfoResponseBodyParentTemplateDetailVOToolbarPluginList`: the same model as [`ListByPluginIdsResponseBodyPluginInfoList`].
pub type QueryTemplateInfoResponseBodyParentTemplateDetailVOToolbarPluginList = ListByPluginIdsResponseBodyPluginInfoList;
/// `QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds { "deptId" =>
    read_field(dept_id), "deptName" => read_field(dept_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds { "deptId" =>
    optional(dept_id), "deptName" => optional(dept_name) }
}
/// `QueryTemplateInfoResponseBodyTemplateVisibilityUserIds`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyTemplateVisibilityUserIds {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryTemplateInfoResponseBodyTemplateVisibilityUserIds { "avatar" =>
    read_field(avatar), "nick" => read_field(nick), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateInfoResponseBodyTemplateVisibilityUserIds { "avatar" =>
    optional(avatar), "nick" => optional(nick), "userId" => optional(user_id) }
}
/// `SendMessageRequestMsgBodyActionCardButtonList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageRequestMsgBodyActionCardButtonList {
    /// `action_url`.
    pub action_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendMessageRequestMsgBodyActionCardButtonList {
    /// An empty `SendMessageRequestMsgBodyActionCardButtonList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `action_url`.
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
    SendMessageRequestMsgBodyActionCardButtonList { "action_url" => optional(action_url),
    "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageRequestMsgBodyActionCardButtonList { "action_url" =>
    read_field(action_url), "title" => read_field(title) }
}
/// `TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList`, a model several operations share: also named [`TaskInfoUpdateTaskResponseBodyDataGroupVoList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList { "corpId" =>
    read_field(corp_id), "openConversationId" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList { "corpId" =>
    optional(corp_id), "openConversationId" => optional(open_conversation_id) }
}
/// `TaskInfoUpdateTaskResponseBodyDataGroupVoList`: the same model as [`TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList`].
pub type TaskInfoUpdateTaskResponseBodyDataGroupVoList = TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList;
/// `GetMsgConfigResponseBodyDataGroupAttributesListDynamicAttr`: the same model as [`GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr`].
pub type GetMsgConfigResponseBodyDataGroupAttributesListDynamicAttr = GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr;
/// `GetMsgConfigResponseBodyDataGroupAttributesListReceiver`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBodyDataGroupAttributesListReceiver {
    /// `employeeCode`.
    pub employee_code: Option<String>,
    /// `employeeName`.
    pub employee_name: Option<String>,
}
rt::impl_deserialize! {
    GetMsgConfigResponseBodyDataGroupAttributesListReceiver { "employeeCode" =>
    read_field(employee_code), "employeeName" => read_field(employee_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgConfigResponseBodyDataGroupAttributesListReceiver { "employeeCode" =>
    optional(employee_code), "employeeName" => optional(employee_name) }
}
/// `GetMsgRecordDetailResponseBodyResultActionCardButtonList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBodyResultActionCardButtonList {
    /// `action_url`.
    pub action_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetMsgRecordDetailResponseBodyResultActionCardButtonList { "action_url" =>
    read_field(action_url), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMsgRecordDetailResponseBodyResultActionCardButtonList { "action_url" =>
    optional(action_url), "title" => optional(title) }
}
/// `GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender {
    /// `id`.
    pub id: Option<String>,
    /// `idType`.
    pub id_type: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender { "id" =>
    read_field(id), "idType" => read_field(id_type), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender { "id" =>
    optional(id), "idType" => optional(id_type), "type" => optional(r#type) }
}
/// The request of [`Api::add_custom_sign_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddCustomSignConfigRequest {
    /// `allEffect`.
    pub all_effect: Option<bool>,
    /// `canDownload`.
    pub can_download: Option<bool>,
    /// `protocolName`.
    pub protocol_name: String,
    /// `pushDeptIds`.
    pub push_dept_ids: Option<Vec<String>>,
    /// `pushStaffIds`.
    pub push_staff_ids: Option<Vec<String>>,
    /// `signTermFiles`.
    pub sign_term_files: Vec<AddCustomSignConfigRequestSignTermFiles>,
    /// `termMessage`.
    pub term_message: String,
    /// `unpushDeptIds`.
    pub unpush_dept_ids: Option<Vec<String>>,
    /// `unpushStaffIds`.
    pub unpush_staff_ids: Option<Vec<String>>,
}
/// The required fields of [`AddCustomSignConfigRequest`], each named where it is set: `AddCustomSignConfigRequest::new(AddCustomSignConfigRequired { .. })`.
pub struct AddCustomSignConfigRequired {
    /// `protocolName`: see [`AddCustomSignConfigRequest::protocol_name`].
    pub protocol_name: String,
    /// `signTermFiles`: see [`AddCustomSignConfigRequest::sign_term_files`].
    pub sign_term_files: Vec<AddCustomSignConfigRequestSignTermFiles>,
    /// `termMessage`: see [`AddCustomSignConfigRequest::term_message`].
    pub term_message: String,
}
impl AddCustomSignConfigRequest {
    /// A `AddCustomSignConfigRequest` with its required fields (`protocolName`, `signTermFiles`, `termMessage`); set the others with the methods named after them.
    pub fn new(required: AddCustomSignConfigRequired) -> Self {
        let AddCustomSignConfigRequired {
            protocol_name,
            sign_term_files,
            term_message,
        } = required;
        Self {
            all_effect: None,
            can_download: None,
            protocol_name,
            push_dept_ids: None,
            push_staff_ids: None,
            sign_term_files,
            term_message,
            unpush_dept_ids: None,
            unpush_staff_ids: None,
        }
    }
    /// Sets `allEffect`.
    pub fn all_effect(mut self, value: bool) -> Self {
        self.all_effect = Some(value);
        self
    }
    /// Sets `canDownload`.
    pub fn can_download(mut self, value: bool) -> Self {
        self.can_download = Some(value);
        self
    }
    /// Sets `pushDeptIds`.
    pub fn push_dept_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.push_dept_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `pushStaffIds`.
    pub fn push_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.push_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `unpushDeptIds`.
    pub fn unpush_dept_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.unpush_dept_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `unpushStaffIds`.
    pub fn unpush_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.unpush_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    AddCustomSignConfigRequest { "allEffect" => optional(all_effect), "canDownload" =>
    optional(can_download), "protocolName" => field(protocol_name), "pushDeptIds" =>
    optional(push_dept_ids), "pushStaffIds" => optional(push_staff_ids), "signTermFiles"
    => field(sign_term_files), "termMessage" => field(term_message), "unpushDeptIds" =>
    optional(unpush_dept_ids), "unpushStaffIds" => optional(unpush_staff_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCustomSignConfigRequest { "allEffect" => read_field(all_effect), "canDownload" =>
    read_field(can_download), "protocolName" => read_field(protocol_name), "pushDeptIds"
    => read_field(push_dept_ids), "pushStaffIds" => read_field(push_staff_ids),
    "signTermFiles" => read_field(sign_term_files), "termMessage" =>
    read_field(term_message), "unpushDeptIds" => read_field(unpush_dept_ids),
    "unpushStaffIds" => read_field(unpush_staff_ids) }
}
impl rt::WriteRequest for AddCustomSignConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddOrgRequest {
    /// `city`.
    pub city: Option<String>,
    /// `industry`.
    pub industry: Option<String>,
    /// `industryCode`.
    pub industry_code: Option<i64>,
    /// `mobileNum`.
    pub mobile_num: String,
    /// `name`.
    pub name: String,
    /// `province`.
    pub province: Option<String>,
}
/// The required fields of [`AddOrgRequest`], each named where it is set: `AddOrgRequest::new(AddOrgRequired { .. })`.
pub struct AddOrgRequired {
    /// `mobileNum`: see [`AddOrgRequest::mobile_num`].
    pub mobile_num: String,
    /// `name`: see [`AddOrgRequest::name`].
    pub name: String,
}
impl AddOrgRequest {
    /// A `AddOrgRequest` with its required fields (`mobileNum`, `name`); set the others with the methods named after them.
    pub fn new(required: AddOrgRequired) -> Self {
        let AddOrgRequired { mobile_num, name } = required;
        Self {
            city: None,
            industry: None,
            industry_code: None,
            mobile_num,
            name,
            province: None,
        }
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `industry`.
    pub fn industry(mut self, value: impl Into<String>) -> Self {
        self.industry = Some(value.into());
        self
    }
    /// Sets `industryCode`.
    pub fn industry_code(mut self, value: i64) -> Self {
        self.industry_code = Some(value);
        self
    }
    /// Sets `province`.
    pub fn province(mut self, value: impl Into<String>) -> Self {
        self.province = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddOrgRequest { "city" => optional(city), "industry" => optional(industry),
    "industryCode" => optional(industry_code), "mobileNum" => field(mobile_num), "name"
    => field(name), "province" => optional(province) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddOrgRequest { "city" => read_field(city), "industry" => read_field(industry),
    "industryCode" => read_field(industry_code), "mobileNum" => read_field(mobile_num),
    "name" => read_field(name), "province" => read_field(province) }
}
impl rt::WriteRequest for AddOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::approve_process_callback`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ApproveProcessCallbackRequest {
    /// `accessKeyId`.
    pub access_key_id: String,
    /// `accessKeySecret`.
    pub access_key_secret: String,
    /// `request`.
    pub request: ApproveProcessCallbackRequestRequest,
    /// `targetCorpId`.
    pub target_corp_id: Option<String>,
}
/// The required fields of [`ApproveProcessCallbackRequest`], each named where it is set: `ApproveProcessCallbackRequest::new(ApproveProcessCallbackRequired { .. })`.
pub struct ApproveProcessCallbackRequired {
    /// `accessKeyId`: see [`ApproveProcessCallbackRequest::access_key_id`].
    pub access_key_id: String,
    /// `accessKeySecret`: see [`ApproveProcessCallbackRequest::access_key_secret`].
    pub access_key_secret: String,
    /// `request`: see [`ApproveProcessCallbackRequest::request`].
    pub request: ApproveProcessCallbackRequestRequest,
}
impl ApproveProcessCallbackRequest {
    /// A `ApproveProcessCallbackRequest` with its required fields (`accessKeyId`, `accessKeySecret`, `request`); set the others with the methods named after them.
    pub fn new(required: ApproveProcessCallbackRequired) -> Self {
        let ApproveProcessCallbackRequired {
            access_key_id,
            access_key_secret,
            request,
        } = required;
        Self {
            access_key_id,
            access_key_secret,
            request,
            target_corp_id: None,
        }
    }
    /// Sets `targetCorpId`.
    pub fn target_corp_id(mut self, value: impl Into<String>) -> Self {
        self.target_corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ApproveProcessCallbackRequest { "accessKeyId" => field(access_key_id),
    "accessKeySecret" => field(access_key_secret), "request" => field(request),
    "targetCorpId" => optional(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ApproveProcessCallbackRequest { "accessKeyId" => read_field(access_key_id),
    "accessKeySecret" => read_field(access_key_secret), "request" => read_field(request),
    "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for ApproveProcessCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ban_or_open_group_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BanOrOpenGroupWordsRequest {
    /// `banWordsType`.
    pub ban_words_type: i64,
    /// `openConverationId`.
    pub open_converation_id: String,
}
/// The required fields of [`BanOrOpenGroupWordsRequest`], each named where it is set: `BanOrOpenGroupWordsRequest::new(BanOrOpenGroupWordsRequired { .. })`.
pub struct BanOrOpenGroupWordsRequired {
    /// `banWordsType`: see [`BanOrOpenGroupWordsRequest::ban_words_type`].
    pub ban_words_type: i64,
    /// `openConverationId`: see [`BanOrOpenGroupWordsRequest::open_converation_id`].
    pub open_converation_id: String,
}
impl BanOrOpenGroupWordsRequest {
    /// A `BanOrOpenGroupWordsRequest` with its required fields (`banWordsType`, `openConverationId`); set the others with the methods named after them.
    pub fn new(required: BanOrOpenGroupWordsRequired) -> Self {
        let BanOrOpenGroupWordsRequired { ban_words_type, open_converation_id } = required;
        Self {
            ban_words_type,
            open_converation_id,
        }
    }
}
rt::impl_serialize! {
    BanOrOpenGroupWordsRequest { "banWordsType" => field(ban_words_type),
    "openConverationId" => field(open_converation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BanOrOpenGroupWordsRequest { "banWordsType" => read_field(ban_words_type),
    "openConverationId" => read_field(open_converation_id) }
}
impl rt::WriteRequest for BanOrOpenGroupWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::business_event_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BusinessEventUpdateRequest {
    /// `businessData`.
    pub business_data: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `eventType`.
    pub event_type: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `updateByKey`.
    pub update_by_key: bool,
}
/// The required fields of [`BusinessEventUpdateRequest`], each named where it is set: `BusinessEventUpdateRequest::new(BusinessEventUpdateRequired { .. })`.
pub struct BusinessEventUpdateRequired {
    /// `businessData`: see [`BusinessEventUpdateRequest::business_data`].
    pub business_data: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `eventType`: see [`BusinessEventUpdateRequest::event_type`].
    pub event_type: i64,
    /// `openConversationId`: see [`BusinessEventUpdateRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `updateByKey`: see [`BusinessEventUpdateRequest::update_by_key`].
    pub update_by_key: bool,
}
impl BusinessEventUpdateRequest {
    /// A `BusinessEventUpdateRequest` with its required fields (`businessData`, `eventType`, `openConversationId`, `updateByKey`); set the others with the methods named after them.
    pub fn new(required: BusinessEventUpdateRequired) -> Self {
        let BusinessEventUpdateRequired {
            business_data,
            event_type,
            open_conversation_id,
            update_by_key,
        } = required;
        Self {
            business_data,
            event_type,
            open_conversation_id,
            update_by_key,
        }
    }
}
rt::impl_serialize! {
    BusinessEventUpdateRequest { "businessData" => field(business_data), "eventType" =>
    field(event_type), "openConversationId" => field(open_conversation_id), "updateByKey"
    => field(update_by_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BusinessEventUpdateRequest { "businessData" => read_field(business_data), "eventType"
    => read_field(event_type), "openConversationId" => read_field(open_conversation_id),
    "updateByKey" => read_field(update_by_key) }
}
impl rt::WriteRequest for BusinessEventUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_control_hit_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckControlHitStatusRequest {
    /// `needMissedFunction`: a query parameter.
    pub need_missed_function: Option<bool>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`CheckControlHitStatusRequest`], each named where it is set: `CheckControlHitStatusRequest::new(CheckControlHitStatusRequired { .. })`.
pub struct CheckControlHitStatusRequired {
    /// `userId`: see [`CheckControlHitStatusRequest::user_id`].
    pub user_id: String,
}
impl CheckControlHitStatusRequest {
    /// A `CheckControlHitStatusRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: CheckControlHitStatusRequired) -> Self {
        let CheckControlHitStatusRequired { user_id } = required;
        Self {
            need_missed_function: None,
            user_id,
        }
    }
    /// Sets `needMissedFunction`.
    pub fn need_missed_function(mut self, value: bool) -> Self {
        self.need_missed_function = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckControlHitStatusRequest { "needMissedFunction" =>
    read_field(need_missed_function), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CheckControlHitStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("needMissedFunction", &self.need_missed_function);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::clean_file`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CleanFileRequest {
    /// `dentryIds`.
    pub dentry_ids: Option<Vec<CleanFileRequestDentryIds>>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
impl CleanFileRequest {
    /// An empty `CleanFileRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dentryIds`.
    pub fn dentry_ids(
        mut self,
        value: impl IntoIterator<Item = CleanFileRequestDentryIds>,
    ) -> Self {
        self.dentry_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `staffId`.
    pub fn staff_id(mut self, value: impl Into<String>) -> Self {
        self.staff_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CleanFileRequest { "dentryIds" => optional(dentry_ids), "staffId" =>
    optional(staff_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CleanFileRequest { "dentryIds" => read_field(dentry_ids), "staffId" =>
    read_field(staff_id) }
}
impl rt::WriteRequest for CleanFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_category_and_binding_groups`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCategoryAndBindingGroupsRequest {
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `groupIds`.
    pub group_ids: Option<Vec<i64>>,
}
impl CreateCategoryAndBindingGroupsRequest {
    /// An empty `CreateCategoryAndBindingGroupsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categoryName`.
    pub fn category_name(mut self, value: impl Into<String>) -> Self {
        self.category_name = Some(value.into());
        self
    }
    /// Sets `groupIds`.
    pub fn group_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.group_ids = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateCategoryAndBindingGroupsRequest { "categoryName" => optional(category_name),
    "groupIds" => optional(group_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCategoryAndBindingGroupsRequest { "categoryName" => read_field(category_name),
    "groupIds" => read_field(group_ids) }
}
impl rt::WriteRequest for CreateCategoryAndBindingGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_dlp_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateDlpTaskRequest {
    /// `dentryId`.
    pub dentry_id: String,
    /// `spaceId`.
    pub space_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CreateDlpTaskRequest`], each named where it is set: `CreateDlpTaskRequest::new(CreateDlpTaskRequired { .. })`.
pub struct CreateDlpTaskRequired {
    /// `dentryId`: see [`CreateDlpTaskRequest::dentry_id`].
    pub dentry_id: String,
    /// `spaceId`: see [`CreateDlpTaskRequest::space_id`].
    pub space_id: String,
    /// `userId`: see [`CreateDlpTaskRequest::user_id`].
    pub user_id: String,
}
impl CreateDlpTaskRequest {
    /// A `CreateDlpTaskRequest` with its required fields (`dentryId`, `spaceId`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateDlpTaskRequired) -> Self {
        let CreateDlpTaskRequired { dentry_id, space_id, user_id } = required;
        Self {
            dentry_id,
            space_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    CreateDlpTaskRequest { "dentryId" => field(dentry_id), "spaceId" => field(space_id),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDlpTaskRequest { "dentryId" => read_field(dentry_id), "spaceId" =>
    read_field(space_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreateDlpTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_message_category`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateMessageCategoryRequest {
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `groupIds`.
    pub group_ids: Option<Vec<String>>,
}
impl CreateMessageCategoryRequest {
    /// An empty `CreateMessageCategoryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categoryName`.
    pub fn category_name(mut self, value: impl Into<String>) -> Self {
        self.category_name = Some(value.into());
        self
    }
    /// Sets `groupIds`.
    pub fn group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    CreateMessageCategoryRequest { "categoryName" => optional(category_name), "groupIds"
    => optional(group_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMessageCategoryRequest { "categoryName" => read_field(category_name),
    "groupIds" => read_field(group_ids) }
}
impl rt::WriteRequest for CreateMessageCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_rule`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRuleRequest {
    /// `customPlan`.
    pub custom_plan: Option<CreateRuleRequestCustomPlan>,
}
impl CreateRuleRequest {
    /// An empty `CreateRuleRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customPlan`.
    pub fn custom_plan(mut self, value: CreateRuleRequestCustomPlan) -> Self {
        self.custom_plan = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateRuleRequest { "customPlan" => optional(custom_plan) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRuleRequest { "customPlan" => read_field(custom_plan) }
}
impl rt::WriteRequest for CreateRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_trusted_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTrustedDeviceRequest {
    /// `did`.
    pub did: Option<String>,
    /// `macAddress`.
    pub mac_address: Option<String>,
    /// `platform`.
    pub platform: String,
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CreateTrustedDeviceRequest`], each named where it is set: `CreateTrustedDeviceRequest::new(CreateTrustedDeviceRequired { .. })`.
pub struct CreateTrustedDeviceRequired {
    /// `platform`: see [`CreateTrustedDeviceRequest::platform`].
    pub platform: String,
    /// `userId`: see [`CreateTrustedDeviceRequest::user_id`].
    pub user_id: String,
}
impl CreateTrustedDeviceRequest {
    /// A `CreateTrustedDeviceRequest` with its required fields (`platform`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateTrustedDeviceRequired) -> Self {
        let CreateTrustedDeviceRequired { platform, user_id } = required;
        Self {
            did: None,
            mac_address: None,
            platform,
            serial_number: None,
            status: None,
            title: None,
            user_id,
        }
    }
    /// Sets `did`.
    pub fn did(mut self, value: impl Into<String>) -> Self {
        self.did = Some(value.into());
        self
    }
    /// Sets `macAddress`.
    pub fn mac_address(mut self, value: impl Into<String>) -> Self {
        self.mac_address = Some(value.into());
        self
    }
    /// Sets `serialNumber`.
    pub fn serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTrustedDeviceRequest { "did" => optional(did), "macAddress" =>
    optional(mac_address), "platform" => field(platform), "serialNumber" =>
    optional(serial_number), "status" => optional(status), "title" => optional(title),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTrustedDeviceRequest { "did" => read_field(did), "macAddress" =>
    read_field(mac_address), "platform" => read_field(platform), "serialNumber" =>
    read_field(serial_number), "status" => read_field(status), "title" =>
    read_field(title), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreateTrustedDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_trusted_device_batch`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTrustedDeviceBatchRequest {
    /// `detailList`.
    pub detail_list: Option<Vec<CreateTrustedDeviceBatchRequestDetailList>>,
    /// `macAddressList`.
    pub mac_address_list: Option<Vec<String>>,
    /// `platform`.
    pub platform: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateTrustedDeviceBatchRequest {
    /// An empty `CreateTrustedDeviceBatchRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detailList`.
    pub fn detail_list(
        mut self,
        value: impl IntoIterator<Item = CreateTrustedDeviceBatchRequestDetailList>,
    ) -> Self {
        self.detail_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `macAddressList`.
    pub fn mac_address_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.mac_address_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `platform`.
    pub fn platform(mut self, value: impl Into<String>) -> Self {
        self.platform = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTrustedDeviceBatchRequest { "detailList" => optional(detail_list),
    "macAddressList" => optional(mac_address_list), "platform" => optional(platform),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTrustedDeviceBatchRequest { "detailList" => read_field(detail_list),
    "macAddressList" => read_field(mac_address_list), "platform" => read_field(platform),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreateTrustedDeviceBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_virus_scan_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateVirusScanTaskRequest {
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `fileMd5`.
    pub file_md5: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `source`.
    pub source: i64,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CreateVirusScanTaskRequest`], each named where it is set: `CreateVirusScanTaskRequest::new(CreateVirusScanTaskRequired { .. })`.
pub struct CreateVirusScanTaskRequired {
    /// `source`: see [`CreateVirusScanTaskRequest::source`].
    pub source: i64,
    /// `userId`: see [`CreateVirusScanTaskRequest::user_id`].
    pub user_id: String,
}
impl CreateVirusScanTaskRequest {
    /// A `CreateVirusScanTaskRequest` with its required fields (`source`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateVirusScanTaskRequired) -> Self {
        let CreateVirusScanTaskRequired { source, user_id } = required;
        Self {
            dentry_id: None,
            download_url: None,
            file_md5: None,
            file_name: None,
            file_size: None,
            source,
            space_id: None,
            user_id,
        }
    }
    /// Sets `dentryId`.
    pub fn dentry_id(mut self, value: impl Into<String>) -> Self {
        self.dentry_id = Some(value.into());
        self
    }
    /// Sets `downloadUrl`.
    pub fn download_url(mut self, value: impl Into<String>) -> Self {
        self.download_url = Some(value.into());
        self
    }
    /// Sets `fileMd5`.
    pub fn file_md5(mut self, value: impl Into<String>) -> Self {
        self.file_md5 = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateVirusScanTaskRequest { "dentryId" => optional(dentry_id), "downloadUrl" =>
    optional(download_url), "fileMd5" => optional(file_md5), "fileName" =>
    optional(file_name), "fileSize" => optional(file_size), "source" => field(source),
    "spaceId" => optional(space_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateVirusScanTaskRequest { "dentryId" => read_field(dentry_id), "downloadUrl" =>
    read_field(download_url), "fileMd5" => read_field(file_md5), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "source" =>
    read_field(source), "spaceId" => read_field(space_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CreateVirusScanTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::data_sync`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DataSyncRequest {
    /// `sql`.
    pub sql: String,
}
/// The required fields of [`DataSyncRequest`], each named where it is set: `DataSyncRequest::new(DataSyncRequired { .. })`.
pub struct DataSyncRequired {
    /// `sql`: see [`DataSyncRequest::sql`].
    pub sql: String,
}
impl DataSyncRequest {
    /// A `DataSyncRequest` with its required fields (`sql`); set the others with the methods named after them.
    pub fn new(required: DataSyncRequired) -> Self {
        let DataSyncRequired { sql } = required;
        Self { sql }
    }
}
rt::impl_serialize! {
    DataSyncRequest { "sql" => field(sql) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DataSyncRequest { "sql" => read_field(sql) }
}
impl rt::WriteRequest for DataSyncRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_trusted_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteTrustedDeviceRequest {
    /// `did`.
    pub did: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `kickOff`.
    pub kick_off: bool,
    /// `macAddress`.
    pub mac_address: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`DeleteTrustedDeviceRequest`], each named where it is set: `DeleteTrustedDeviceRequest::new(DeleteTrustedDeviceRequired { .. })`.
pub struct DeleteTrustedDeviceRequired {
    /// `kickOff`: see [`DeleteTrustedDeviceRequest::kick_off`].
    pub kick_off: bool,
    /// `userId`: see [`DeleteTrustedDeviceRequest::user_id`].
    pub user_id: String,
}
impl DeleteTrustedDeviceRequest {
    /// A `DeleteTrustedDeviceRequest` with its required fields (`kickOff`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeleteTrustedDeviceRequired) -> Self {
        let DeleteTrustedDeviceRequired { kick_off, user_id } = required;
        Self {
            did: None,
            id: None,
            kick_off,
            mac_address: None,
            user_id,
        }
    }
    /// Sets `did`.
    pub fn did(mut self, value: impl Into<String>) -> Self {
        self.did = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }
    /// Sets `macAddress`.
    pub fn mac_address(mut self, value: impl Into<String>) -> Self {
        self.mac_address = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeleteTrustedDeviceRequest { "did" => optional(did), "id" => optional(id), "kickOff"
    => field(kick_off), "macAddress" => optional(mac_address), "userId" => field(user_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteTrustedDeviceRequest { "did" => read_field(did), "id" => read_field(id),
    "kickOff" => read_field(kick_off), "macAddress" => read_field(mac_address), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for DeleteTrustedDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::distribute_partner_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DistributePartnerAppRequest {
    /// `appId`.
    pub app_id: i64,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `subCorpId`.
    pub sub_corp_id: String,
    /// `type`.
    pub r#type: i64,
}
/// The required fields of [`DistributePartnerAppRequest`], each named where it is set: `DistributePartnerAppRequest::new(DistributePartnerAppRequired { .. })`.
pub struct DistributePartnerAppRequired {
    /// `appId`: see [`DistributePartnerAppRequest::app_id`].
    pub app_id: i64,
    /// `subCorpId`: see [`DistributePartnerAppRequest::sub_corp_id`].
    pub sub_corp_id: String,
    /// `type`: see [`DistributePartnerAppRequest::r#type`](DistributePartnerAppRequest::type).
    pub r#type: i64,
}
impl DistributePartnerAppRequest {
    /// A `DistributePartnerAppRequest` with its required fields (`appId`, `subCorpId`, `type`); set the others with the methods named after them.
    pub fn new(required: DistributePartnerAppRequired) -> Self {
        let DistributePartnerAppRequired { app_id, sub_corp_id, r#type } = required;
        Self {
            app_id,
            dept_id: None,
            sub_corp_id,
            r#type,
        }
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    DistributePartnerAppRequest { "appId" => field(app_id), "deptId" =>
    optional(dept_id), "subCorpId" => field(sub_corp_id), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DistributePartnerAppRequest { "appId" => read_field(app_id), "deptId" =>
    read_field(dept_id), "subCorpId" => read_field(sub_corp_id), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for DistributePartnerAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_security_config_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditSecurityConfigMemberRequest {
    /// `configKey`.
    pub config_key: String,
    /// `operateType`.
    pub operate_type: String,
    /// `operateUserId`.
    pub operate_user_id: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`EditSecurityConfigMemberRequest`], each named where it is set: `EditSecurityConfigMemberRequest::new(EditSecurityConfigMemberRequired { .. })`.
pub struct EditSecurityConfigMemberRequired {
    /// `configKey`: see [`EditSecurityConfigMemberRequest::config_key`].
    pub config_key: String,
    /// `operateType`: see [`EditSecurityConfigMemberRequest::operate_type`].
    pub operate_type: String,
    /// `operateUserId`: see [`EditSecurityConfigMemberRequest::operate_user_id`].
    pub operate_user_id: String,
    /// `userIds`: see [`EditSecurityConfigMemberRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl EditSecurityConfigMemberRequest {
    /// A `EditSecurityConfigMemberRequest` with its required fields (`configKey`, `operateType`, `operateUserId`, `userIds`); set the others with the methods named after them.
    pub fn new(required: EditSecurityConfigMemberRequired) -> Self {
        let EditSecurityConfigMemberRequired {
            config_key,
            operate_type,
            operate_user_id,
            user_ids,
        } = required;
        Self {
            config_key,
            operate_type,
            operate_user_id,
            user_ids,
        }
    }
}
rt::impl_serialize! {
    EditSecurityConfigMemberRequest { "configKey" => field(config_key), "operateType" =>
    field(operate_type), "operateUserId" => field(operate_user_id), "userIds" =>
    field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditSecurityConfigMemberRequest { "configKey" => read_field(config_key),
    "operateType" => read_field(operate_type), "operateUserId" =>
    read_field(operate_user_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for EditSecurityConfigMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::exchange_main_admin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExchangeMainAdminRequest {
    /// `newAdminUserId`.
    pub new_admin_user_id: String,
    /// `oldAdminUserId`.
    pub old_admin_user_id: String,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`ExchangeMainAdminRequest`], each named where it is set: `ExchangeMainAdminRequest::new(ExchangeMainAdminRequired { .. })`.
pub struct ExchangeMainAdminRequired {
    /// `newAdminUserId`: see [`ExchangeMainAdminRequest::new_admin_user_id`].
    pub new_admin_user_id: String,
    /// `oldAdminUserId`: see [`ExchangeMainAdminRequest::old_admin_user_id`].
    pub old_admin_user_id: String,
    /// `targetCorpId`: see [`ExchangeMainAdminRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl ExchangeMainAdminRequest {
    /// A `ExchangeMainAdminRequest` with its required fields (`newAdminUserId`, `oldAdminUserId`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: ExchangeMainAdminRequired) -> Self {
        let ExchangeMainAdminRequired {
            new_admin_user_id,
            old_admin_user_id,
            target_corp_id,
        } = required;
        Self {
            new_admin_user_id,
            old_admin_user_id,
            target_corp_id,
        }
    }
}
rt::impl_serialize! {
    ExchangeMainAdminRequest { "newAdminUserId" => field(new_admin_user_id),
    "oldAdminUserId" => field(old_admin_user_id), "targetCorpId" => field(target_corp_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExchangeMainAdminRequest { "newAdminUserId" => read_field(new_admin_user_id),
    "oldAdminUserId" => read_field(old_admin_user_id), "targetCorpId" =>
    read_field(target_corp_id) }
}
impl rt::WriteRequest for ExchangeMainAdminRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::exclusive_banner`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExclusiveBannerRequest {
    /// `allOrg`.
    pub all_org: Option<bool>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `imageMediaId`.
    pub image_media_id: Option<String>,
    /// `openLink`.
    pub open_link: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `userList`.
    pub user_list: Option<Vec<String>>,
}
impl ExclusiveBannerRequest {
    /// An empty `ExclusiveBannerRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `allOrg`.
    pub fn all_org(mut self, value: bool) -> Self {
        self.all_org = Some(value);
        self
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: i64) -> Self {
        self.duration = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `imageMediaId`.
    pub fn image_media_id(mut self, value: impl Into<String>) -> Self {
        self.image_media_id = Some(value.into());
        self
    }
    /// Sets `openLink`.
    pub fn open_link(mut self, value: impl Into<String>) -> Self {
        self.open_link = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `userList`.
    pub fn user_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    ExclusiveBannerRequest { "allOrg" => optional(all_org), "duration" =>
    optional(duration), "endTime" => optional(end_time), "imageMediaId" =>
    optional(image_media_id), "openLink" => optional(open_link), "startTime" =>
    optional(start_time), "userList" => optional(user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExclusiveBannerRequest { "allOrg" => read_field(all_org), "duration" =>
    read_field(duration), "endTime" => read_field(end_time), "imageMediaId" =>
    read_field(image_media_id), "openLink" => read_field(open_link), "startTime" =>
    read_field(start_time), "userList" => read_field(user_list) }
}
impl rt::WriteRequest for ExclusiveBannerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::exclusive_create_ding_portal`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExclusiveCreateDingPortalRequest {
    /// `dingPortalName`.
    pub ding_portal_name: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: String,
    /// `templateAppUuid`.
    pub template_app_uuid: String,
    /// `templateCorpId`.
    pub template_corp_id: String,
}
/// The required fields of [`ExclusiveCreateDingPortalRequest`], each named where it is set: `ExclusiveCreateDingPortalRequest::new(ExclusiveCreateDingPortalRequired { .. })`.
pub struct ExclusiveCreateDingPortalRequired {
    /// `targetCorpId`: see [`ExclusiveCreateDingPortalRequest::target_corp_id`].
    pub target_corp_id: String,
    /// `templateAppUuid`: see [`ExclusiveCreateDingPortalRequest::template_app_uuid`].
    pub template_app_uuid: String,
    /// `templateCorpId`: see [`ExclusiveCreateDingPortalRequest::template_corp_id`].
    pub template_corp_id: String,
}
impl ExclusiveCreateDingPortalRequest {
    /// A `ExclusiveCreateDingPortalRequest` with its required fields (`targetCorpId`, `templateAppUuid`, `templateCorpId`); set the others with the methods named after them.
    pub fn new(required: ExclusiveCreateDingPortalRequired) -> Self {
        let ExclusiveCreateDingPortalRequired {
            target_corp_id,
            template_app_uuid,
            template_corp_id,
        } = required;
        Self {
            ding_portal_name: None,
            target_corp_id,
            template_app_uuid,
            template_corp_id,
        }
    }
    /// Sets `dingPortalName`.
    pub fn ding_portal_name(mut self, value: impl Into<String>) -> Self {
        self.ding_portal_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExclusiveCreateDingPortalRequest { "dingPortalName" => optional(ding_portal_name),
    "targetCorpId" => field(target_corp_id), "templateAppUuid" =>
    field(template_app_uuid), "templateCorpId" => field(template_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExclusiveCreateDingPortalRequest { "dingPortalName" => read_field(ding_portal_name),
    "targetCorpId" => read_field(target_corp_id), "templateAppUuid" =>
    read_field(template_app_uuid), "templateCorpId" => read_field(template_corp_id) }
}
impl rt::WriteRequest for ExclusiveCreateDingPortalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::exclusive_pc_alert`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExclusivePcAlertRequest {
    /// `imageMediaId`.
    pub image_media_id: String,
    /// `openLink`.
    pub open_link: Option<String>,
    /// `userList`.
    pub user_list: Vec<String>,
}
/// The required fields of [`ExclusivePcAlertRequest`], each named where it is set: `ExclusivePcAlertRequest::new(ExclusivePcAlertRequired { .. })`.
pub struct ExclusivePcAlertRequired {
    /// `imageMediaId`: see [`ExclusivePcAlertRequest::image_media_id`].
    pub image_media_id: String,
    /// `userList`: see [`ExclusivePcAlertRequest::user_list`].
    pub user_list: Vec<String>,
}
impl ExclusivePcAlertRequest {
    /// A `ExclusivePcAlertRequest` with its required fields (`imageMediaId`, `userList`); set the others with the methods named after them.
    pub fn new(required: ExclusivePcAlertRequired) -> Self {
        let ExclusivePcAlertRequired { image_media_id, user_list } = required;
        Self {
            image_media_id,
            open_link: None,
            user_list,
        }
    }
    /// Sets `openLink`.
    pub fn open_link(mut self, value: impl Into<String>) -> Self {
        self.open_link = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExclusivePcAlertRequest { "imageMediaId" => field(image_media_id), "openLink" =>
    optional(open_link), "userList" => field(user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExclusivePcAlertRequest { "imageMediaId" => read_field(image_media_id), "openLink" =>
    read_field(open_link), "userList" => read_field(user_list) }
}
impl rt::WriteRequest for ExclusivePcAlertRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::exclusive_popup`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExclusivePopupRequest {
    /// `endTime`.
    pub end_time: i64,
    /// `imageMediaId`.
    pub image_media_id: String,
    /// `openLink`.
    pub open_link: Option<String>,
    /// `startTime`.
    pub start_time: i64,
    /// `userList`.
    pub user_list: Vec<String>,
}
/// The required fields of [`ExclusivePopupRequest`], each named where it is set: `ExclusivePopupRequest::new(ExclusivePopupRequired { .. })`.
pub struct ExclusivePopupRequired {
    /// `endTime`: see [`ExclusivePopupRequest::end_time`].
    pub end_time: i64,
    /// `imageMediaId`: see [`ExclusivePopupRequest::image_media_id`].
    pub image_media_id: String,
    /// `startTime`: see [`ExclusivePopupRequest::start_time`].
    pub start_time: i64,
    /// `userList`: see [`ExclusivePopupRequest::user_list`].
    pub user_list: Vec<String>,
}
impl ExclusivePopupRequest {
    /// A `ExclusivePopupRequest` with its required fields (`endTime`, `imageMediaId`, `startTime`, `userList`); set the others with the methods named after them.
    pub fn new(required: ExclusivePopupRequired) -> Self {
        let ExclusivePopupRequired { end_time, image_media_id, start_time, user_list } = required;
        Self {
            end_time,
            image_media_id,
            open_link: None,
            start_time,
            user_list,
        }
    }
    /// Sets `openLink`.
    pub fn open_link(mut self, value: impl Into<String>) -> Self {
        self.open_link = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExclusivePopupRequest { "endTime" => field(end_time), "imageMediaId" =>
    field(image_media_id), "openLink" => optional(open_link), "startTime" =>
    field(start_time), "userList" => field(user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExclusivePopupRequest { "endTime" => read_field(end_time), "imageMediaId" =>
    read_field(image_media_id), "openLink" => read_field(open_link), "startTime" =>
    read_field(start_time), "userList" => read_field(user_list) }
}
impl rt::WriteRequest for ExclusivePopupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::file_decrypt_callback`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FileDecryptCallbackRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `decryptFileSize`.
    pub decrypt_file_size: Option<i64>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
}
impl FileDecryptCallbackRequest {
    /// An empty `FileDecryptCallbackRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
    /// Sets `decryptFileSize`.
    pub fn decrypt_file_size(mut self, value: i64) -> Self {
        self.decrypt_file_size = Some(value);
        self
    }
    /// Sets `timestamp`.
    pub fn timestamp(mut self, value: i64) -> Self {
        self.timestamp = Some(value);
        self
    }
}
rt::impl_serialize! {
    FileDecryptCallbackRequest { "bizId" => optional(biz_id), "decryptFileSize" =>
    optional(decrypt_file_size), "timestamp" => optional(timestamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FileDecryptCallbackRequest { "bizId" => read_field(biz_id), "decryptFileSize" =>
    read_field(decrypt_file_size), "timestamp" => read_field(timestamp) }
}
impl rt::WriteRequest for FileDecryptCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::file_encrypt_callback`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FileEncryptCallbackRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
}
impl FileEncryptCallbackRequest {
    /// An empty `FileEncryptCallbackRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
    /// Sets `timestamp`.
    pub fn timestamp(mut self, value: i64) -> Self {
        self.timestamp = Some(value);
        self
    }
}
rt::impl_serialize! {
    FileEncryptCallbackRequest { "bizId" => optional(biz_id), "timestamp" =>
    optional(timestamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FileEncryptCallbackRequest { "bizId" => read_field(biz_id), "timestamp" =>
    read_field(timestamp) }
}
impl rt::WriteRequest for FileEncryptCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::file_storage_active_storage`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FileStorageActiveStorageRequest {
    /// `accessKeyId`.
    pub access_key_id: String,
    /// `accessKeySecret`.
    pub access_key_secret: String,
    /// `oss`.
    pub oss: String,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`FileStorageActiveStorageRequest`], each named where it is set: `FileStorageActiveStorageRequest::new(FileStorageActiveStorageRequired { .. })`.
pub struct FileStorageActiveStorageRequired {
    /// `accessKeyId`: see [`FileStorageActiveStorageRequest::access_key_id`].
    pub access_key_id: String,
    /// `accessKeySecret`: see [`FileStorageActiveStorageRequest::access_key_secret`].
    pub access_key_secret: String,
    /// `oss`: see [`FileStorageActiveStorageRequest::oss`].
    pub oss: String,
    /// `targetCorpId`: see [`FileStorageActiveStorageRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl FileStorageActiveStorageRequest {
    /// A `FileStorageActiveStorageRequest` with its required fields (`accessKeyId`, `accessKeySecret`, `oss`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: FileStorageActiveStorageRequired) -> Self {
        let FileStorageActiveStorageRequired {
            access_key_id,
            access_key_secret,
            oss,
            target_corp_id,
        } = required;
        Self {
            access_key_id,
            access_key_secret,
            oss,
            target_corp_id,
        }
    }
}
rt::impl_serialize! {
    FileStorageActiveStorageRequest { "accessKeyId" => field(access_key_id),
    "accessKeySecret" => field(access_key_secret), "oss" => field(oss), "targetCorpId" =>
    field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FileStorageActiveStorageRequest { "accessKeyId" => read_field(access_key_id),
    "accessKeySecret" => read_field(access_key_secret), "oss" => read_field(oss),
    "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for FileStorageActiveStorageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::file_storage_check_connection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FileStorageCheckConnectionRequest {
    /// `accessKeyId`.
    pub access_key_id: String,
    /// `accessKeySecret`.
    pub access_key_secret: String,
    /// `oss`.
    pub oss: String,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`FileStorageCheckConnectionRequest`], each named where it is set: `FileStorageCheckConnectionRequest::new(FileStorageCheckConnectionRequired { .. })`.
pub struct FileStorageCheckConnectionRequired {
    /// `accessKeyId`: see [`FileStorageCheckConnectionRequest::access_key_id`].
    pub access_key_id: String,
    /// `accessKeySecret`: see [`FileStorageCheckConnectionRequest::access_key_secret`].
    pub access_key_secret: String,
    /// `oss`: see [`FileStorageCheckConnectionRequest::oss`].
    pub oss: String,
    /// `targetCorpId`: see [`FileStorageCheckConnectionRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl FileStorageCheckConnectionRequest {
    /// A `FileStorageCheckConnectionRequest` with its required fields (`accessKeyId`, `accessKeySecret`, `oss`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: FileStorageCheckConnectionRequired) -> Self {
        let FileStorageCheckConnectionRequired {
            access_key_id,
            access_key_secret,
            oss,
            target_corp_id,
        } = required;
        Self {
            access_key_id,
            access_key_secret,
            oss,
            target_corp_id,
        }
    }
}
rt::impl_serialize! {
    FileStorageCheckConnectionRequest { "accessKeyId" => field(access_key_id),
    "accessKeySecret" => field(access_key_secret), "oss" => field(oss), "targetCorpId" =>
    field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FileStorageCheckConnectionRequest { "accessKeyId" => read_field(access_key_id),
    "accessKeySecret" => read_field(access_key_secret), "oss" => read_field(oss),
    "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for FileStorageCheckConnectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::file_storage_get_quota_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FileStorageGetQuotaDataRequest {
    /// `endTime`: a query parameter.
    pub end_time: String,
    /// `startTime`: a query parameter.
    pub start_time: String,
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
    /// `type`: a query parameter.
    pub r#type: String,
}
/// The required fields of [`FileStorageGetQuotaDataRequest`], each named where it is set: `FileStorageGetQuotaDataRequest::new(FileStorageGetQuotaDataRequired { .. })`.
pub struct FileStorageGetQuotaDataRequired {
    /// `endTime`: see [`FileStorageGetQuotaDataRequest::end_time`].
    pub end_time: String,
    /// `startTime`: see [`FileStorageGetQuotaDataRequest::start_time`].
    pub start_time: String,
    /// `targetCorpId`: see [`FileStorageGetQuotaDataRequest::target_corp_id`].
    pub target_corp_id: String,
    /// `type`: see [`FileStorageGetQuotaDataRequest::r#type`](FileStorageGetQuotaDataRequest::type).
    pub r#type: String,
}
impl FileStorageGetQuotaDataRequest {
    /// A `FileStorageGetQuotaDataRequest` with its required fields (`endTime`, `startTime`, `targetCorpId`, `type`); set the others with the methods named after them.
    pub fn new(required: FileStorageGetQuotaDataRequired) -> Self {
        let FileStorageGetQuotaDataRequired {
            end_time,
            start_time,
            target_corp_id,
            r#type,
        } = required;
        Self {
            end_time,
            start_time,
            target_corp_id,
            r#type,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FileStorageGetQuotaDataRequest { "endTime" => read_field(end_time), "startTime" =>
    read_field(start_time), "targetCorpId" => read_field(target_corp_id), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for FileStorageGetQuotaDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("startTime", &self.start_time);
        writer.query("targetCorpId", &self.target_corp_id);
        writer.query("type", &self.r#type);
    }
}
/// The request of [`Api::file_storage_get_storage_state`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FileStorageGetStorageStateRequest {
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
/// The required fields of [`FileStorageGetStorageStateRequest`], each named where it is set: `FileStorageGetStorageStateRequest::new(FileStorageGetStorageStateRequired { .. })`.
pub struct FileStorageGetStorageStateRequired {
    /// `targetCorpId`: see [`FileStorageGetStorageStateRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl FileStorageGetStorageStateRequest {
    /// A `FileStorageGetStorageStateRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(required: FileStorageGetStorageStateRequired) -> Self {
        let FileStorageGetStorageStateRequired { target_corp_id } = required;
        Self { target_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FileStorageGetStorageStateRequest { "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for FileStorageGetStorageStateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::file_storage_update_storage`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FileStorageUpdateStorageRequest {
    /// `accessKeyId`.
    pub access_key_id: String,
    /// `accessKeySecret`.
    pub access_key_secret: String,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`FileStorageUpdateStorageRequest`], each named where it is set: `FileStorageUpdateStorageRequest::new(FileStorageUpdateStorageRequired { .. })`.
pub struct FileStorageUpdateStorageRequired {
    /// `accessKeyId`: see [`FileStorageUpdateStorageRequest::access_key_id`].
    pub access_key_id: String,
    /// `accessKeySecret`: see [`FileStorageUpdateStorageRequest::access_key_secret`].
    pub access_key_secret: String,
    /// `targetCorpId`: see [`FileStorageUpdateStorageRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl FileStorageUpdateStorageRequest {
    /// A `FileStorageUpdateStorageRequest` with its required fields (`accessKeyId`, `accessKeySecret`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: FileStorageUpdateStorageRequired) -> Self {
        let FileStorageUpdateStorageRequired {
            access_key_id,
            access_key_secret,
            target_corp_id,
        } = required;
        Self {
            access_key_id,
            access_key_secret,
            target_corp_id,
        }
    }
}
rt::impl_serialize! {
    FileStorageUpdateStorageRequest { "accessKeyId" => field(access_key_id),
    "accessKeySecret" => field(access_key_secret), "targetCorpId" =>
    field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FileStorageUpdateStorageRequest { "accessKeyId" => read_field(access_key_id),
    "accessKeySecret" => read_field(access_key_secret), "targetCorpId" =>
    read_field(target_corp_id) }
}
impl rt::WriteRequest for FileStorageUpdateStorageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::generate_dark_water_mark`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GenerateDarkWaterMarkRequest {
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`GenerateDarkWaterMarkRequest`], each named where it is set: `GenerateDarkWaterMarkRequest::new(GenerateDarkWaterMarkRequired { .. })`.
pub struct GenerateDarkWaterMarkRequired {
    /// `userIdList`: see [`GenerateDarkWaterMarkRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl GenerateDarkWaterMarkRequest {
    /// A `GenerateDarkWaterMarkRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(required: GenerateDarkWaterMarkRequired) -> Self {
        let GenerateDarkWaterMarkRequired { user_id_list } = required;
        Self { user_id_list }
    }
}
rt::impl_serialize! {
    GenerateDarkWaterMarkRequest { "userIdList" => field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GenerateDarkWaterMarkRequest { "userIdList" => read_field(user_id_list) }
}
impl rt::WriteRequest for GenerateDarkWaterMarkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_account_transfer_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAccountTransferListRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `status`: a query parameter.
    pub status: i64,
}
/// The required fields of [`GetAccountTransferListRequest`], each named where it is set: `GetAccountTransferListRequest::new(GetAccountTransferListRequired { .. })`.
pub struct GetAccountTransferListRequired {
    /// `pageNumber`: see [`GetAccountTransferListRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetAccountTransferListRequest::page_size`].
    pub page_size: i64,
    /// `status`: see [`GetAccountTransferListRequest::status`].
    pub status: i64,
}
impl GetAccountTransferListRequest {
    /// A `GetAccountTransferListRequest` with its required fields (`pageNumber`, `pageSize`, `status`); set the others with the methods named after them.
    pub fn new(required: GetAccountTransferListRequired) -> Self {
        let GetAccountTransferListRequired { page_number, page_size, status } = required;
        Self {
            page_number,
            page_size,
            status,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAccountTransferListRequest { "pageNumber" => read_field(page_number), "pageSize"
    => read_field(page_size), "status" => read_field(status) }
}
impl rt::WriteRequest for GetAccountTransferListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("status", &self.status);
    }
}
/// The request of [`Api::get_agent_id_by_related_app_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAgentIdByRelatedAppIdRequest {
    /// `appId`: a query parameter.
    pub app_id: i64,
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
/// The required fields of [`GetAgentIdByRelatedAppIdRequest`], each named where it is set: `GetAgentIdByRelatedAppIdRequest::new(GetAgentIdByRelatedAppIdRequired { .. })`.
pub struct GetAgentIdByRelatedAppIdRequired {
    /// `appId`: see [`GetAgentIdByRelatedAppIdRequest::app_id`].
    pub app_id: i64,
    /// `targetCorpId`: see [`GetAgentIdByRelatedAppIdRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl GetAgentIdByRelatedAppIdRequest {
    /// A `GetAgentIdByRelatedAppIdRequest` with its required fields (`appId`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: GetAgentIdByRelatedAppIdRequired) -> Self {
        let GetAgentIdByRelatedAppIdRequired { app_id, target_corp_id } = required;
        Self { app_id, target_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAgentIdByRelatedAppIdRequest { "appId" => read_field(app_id), "targetCorpId" =>
    read_field(target_corp_id) }
}
impl rt::WriteRequest for GetAgentIdByRelatedAppIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appId", &self.app_id);
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::get_app_dispatch_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAppDispatchInfoRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
}
impl GetAppDispatchInfoRequest {
    /// An empty `GetAppDispatchInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAppDispatchInfoRequest { "endTime" => read_field(end_time), "startTime" =>
    read_field(start_time) }
}
impl rt::WriteRequest for GetAppDispatchInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::get_cids_by_bot_code`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCidsByBotCodeRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `robotCode`: a query parameter.
    pub robot_code: Option<String>,
}
impl GetCidsByBotCodeRequest {
    /// An empty `GetCidsByBotCodeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCidsByBotCodeRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for GetCidsByBotCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("robotCode", &self.robot_code);
    }
}
/// The request of [`Api::get_class_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetClassTagRequest {
    /// `entityId`: a query parameter.
    pub entity_id: String,
    /// `tagCode`: a query parameter.
    pub tag_code: String,
}
/// The required fields of [`GetClassTagRequest`], each named where it is set: `GetClassTagRequest::new(GetClassTagRequired { .. })`.
pub struct GetClassTagRequired {
    /// `entityId`: see [`GetClassTagRequest::entity_id`].
    pub entity_id: String,
    /// `tagCode`: see [`GetClassTagRequest::tag_code`].
    pub tag_code: String,
}
impl GetClassTagRequest {
    /// A `GetClassTagRequest` with its required fields (`entityId`, `tagCode`); set the others with the methods named after them.
    pub fn new(required: GetClassTagRequired) -> Self {
        let GetClassTagRequired { entity_id, tag_code } = required;
        Self { entity_id, tag_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetClassTagRequest { "entityId" => read_field(entity_id), "tagCode" =>
    read_field(tag_code) }
}
impl rt::WriteRequest for GetClassTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("entityId", &self.entity_id);
        writer.query("tagCode", &self.tag_code);
    }
}
/// The request of [`Api::get_comment_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCommentListRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`GetCommentListRequest`], each named where it is set: `GetCommentListRequest::new(GetCommentListRequired { .. })`.
pub struct GetCommentListRequired {
    /// `pageNumber`: see [`GetCommentListRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetCommentListRequest::page_size`].
    pub page_size: i64,
}
impl GetCommentListRequest {
    /// A `GetCommentListRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: GetCommentListRequired) -> Self {
        let GetCommentListRequired { page_number, page_size } = required;
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCommentListRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for GetCommentListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::get_conf_base_info_by_logical_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetConfBaseInfoByLogicalIdRequest {
    /// `logicalConferenceId`: a query parameter.
    pub logical_conference_id: String,
}
/// The required fields of [`GetConfBaseInfoByLogicalIdRequest`], each named where it is set: `GetConfBaseInfoByLogicalIdRequest::new(GetConfBaseInfoByLogicalIdRequired { .. })`.
pub struct GetConfBaseInfoByLogicalIdRequired {
    /// `logicalConferenceId`: see [`GetConfBaseInfoByLogicalIdRequest::logical_conference_id`].
    pub logical_conference_id: String,
}
impl GetConfBaseInfoByLogicalIdRequest {
    /// A `GetConfBaseInfoByLogicalIdRequest` with its required fields (`logicalConferenceId`); set the others with the methods named after them.
    pub fn new(required: GetConfBaseInfoByLogicalIdRequired) -> Self {
        let GetConfBaseInfoByLogicalIdRequired { logical_conference_id } = required;
        Self { logical_conference_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConfBaseInfoByLogicalIdRequest { "logicalConferenceId" =>
    read_field(logical_conference_id) }
}
impl rt::WriteRequest for GetConfBaseInfoByLogicalIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("logicalConferenceId", &self.logical_conference_id);
    }
}
/// The request of [`Api::get_conversation_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetConversationDetailRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`GetConversationDetailRequest`], each named where it is set: `GetConversationDetailRequest::new(GetConversationDetailRequired { .. })`.
pub struct GetConversationDetailRequired {
    /// `openConversationId`: see [`GetConversationDetailRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetConversationDetailRequest {
    /// A `GetConversationDetailRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetConversationDetailRequired) -> Self {
        let GetConversationDetailRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
rt::impl_serialize! {
    GetConversationDetailRequest { "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConversationDetailRequest { "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for GetConversationDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_ding_report_dept_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDingReportDeptSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
/// The required fields of [`GetDingReportDeptSummaryRequest`], each named where it is set: `GetDingReportDeptSummaryRequest::new(GetDingReportDeptSummaryRequired { .. })`.
pub struct GetDingReportDeptSummaryRequired {
    /// `maxResults`: see [`GetDingReportDeptSummaryRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetDingReportDeptSummaryRequest::next_token`].
    pub next_token: i64,
}
impl GetDingReportDeptSummaryRequest {
    /// A `GetDingReportDeptSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetDingReportDeptSummaryRequired) -> Self {
        let GetDingReportDeptSummaryRequired { max_results, next_token } = required;
        Self { max_results, next_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDingReportDeptSummaryRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for GetDingReportDeptSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_doc_created_dept_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDocCreatedDeptSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
/// The required fields of [`GetDocCreatedDeptSummaryRequest`], each named where it is set: `GetDocCreatedDeptSummaryRequest::new(GetDocCreatedDeptSummaryRequired { .. })`.
pub struct GetDocCreatedDeptSummaryRequired {
    /// `maxResults`: see [`GetDocCreatedDeptSummaryRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetDocCreatedDeptSummaryRequest::next_token`].
    pub next_token: i64,
}
impl GetDocCreatedDeptSummaryRequest {
    /// A `GetDocCreatedDeptSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetDocCreatedDeptSummaryRequired) -> Self {
        let GetDocCreatedDeptSummaryRequired { max_results, next_token } = required;
        Self { max_results, next_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDocCreatedDeptSummaryRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for GetDocCreatedDeptSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_exclusive_account_all_org_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetExclusiveAccountAllOrgListRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetExclusiveAccountAllOrgListRequest`], each named where it is set: `GetExclusiveAccountAllOrgListRequest::new(GetExclusiveAccountAllOrgListRequired { .. })`.
pub struct GetExclusiveAccountAllOrgListRequired {
    /// `unionId`: see [`GetExclusiveAccountAllOrgListRequest::union_id`].
    pub union_id: String,
}
impl GetExclusiveAccountAllOrgListRequest {
    /// A `GetExclusiveAccountAllOrgListRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetExclusiveAccountAllOrgListRequired) -> Self {
        let GetExclusiveAccountAllOrgListRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetExclusiveAccountAllOrgListRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetExclusiveAccountAllOrgListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_general_form_created_dept_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetGeneralFormCreatedDeptSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
/// The required fields of [`GetGeneralFormCreatedDeptSummaryRequest`], each named where it is set: `GetGeneralFormCreatedDeptSummaryRequest::new(GetGeneralFormCreatedDeptSummaryRequired { .. })`.
pub struct GetGeneralFormCreatedDeptSummaryRequired {
    /// `maxResults`: see [`GetGeneralFormCreatedDeptSummaryRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetGeneralFormCreatedDeptSummaryRequest::next_token`].
    pub next_token: i64,
}
impl GetGeneralFormCreatedDeptSummaryRequest {
    /// A `GetGeneralFormCreatedDeptSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetGeneralFormCreatedDeptSummaryRequired) -> Self {
        let GetGeneralFormCreatedDeptSummaryRequired { max_results, next_token } = required;
        Self { max_results, next_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetGeneralFormCreatedDeptSummaryRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for GetGeneralFormCreatedDeptSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_group_active_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetGroupActiveInfoRequest {
    /// `dingGroupId`: a query parameter.
    pub ding_group_id: Option<String>,
    /// `groupType`: a query parameter.
    pub group_type: Option<i64>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`GetGroupActiveInfoRequest`], each named where it is set: `GetGroupActiveInfoRequest::new(GetGroupActiveInfoRequired { .. })`.
pub struct GetGroupActiveInfoRequired {
    /// `pageNumber`: see [`GetGroupActiveInfoRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetGroupActiveInfoRequest::page_size`].
    pub page_size: i64,
    /// `statDate`: see [`GetGroupActiveInfoRequest::stat_date`].
    pub stat_date: String,
}
impl GetGroupActiveInfoRequest {
    /// A `GetGroupActiveInfoRequest` with its required fields (`pageNumber`, `pageSize`, `statDate`); set the others with the methods named after them.
    pub fn new(required: GetGroupActiveInfoRequired) -> Self {
        let GetGroupActiveInfoRequired { page_number, page_size, stat_date } = required;
        Self {
            ding_group_id: None,
            group_type: None,
            page_number,
            page_size,
            stat_date,
        }
    }
    /// Sets `dingGroupId`.
    pub fn ding_group_id(mut self, value: impl Into<String>) -> Self {
        self.ding_group_id = Some(value.into());
        self
    }
    /// Sets `groupType`.
    pub fn group_type(mut self, value: i64) -> Self {
        self.group_type = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetGroupActiveInfoRequest { "dingGroupId" => read_field(ding_group_id), "groupType"
    => read_field(group_type), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for GetGroupActiveInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingGroupId", &self.ding_group_id);
        writer.query("groupType", &self.group_type);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::get_group_info_by_cid`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupInfoByCidRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: Option<String>,
}
impl GetGroupInfoByCidRequest {
    /// An empty `GetGroupInfoByCidRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetGroupInfoByCidRequest { "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for GetGroupInfoByCidRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
    }
}
/// The request of [`Api::get_group_org_by_cid`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupOrgByCidRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: Option<String>,
}
impl GetGroupOrgByCidRequest {
    /// An empty `GetGroupOrgByCidRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetGroupOrgByCidRequest { "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for GetGroupOrgByCidRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
    }
}
/// The request of [`Api::get_in_active_user_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetInActiveUserListRequest {
    /// `deptIds`.
    pub dept_ids: Option<Vec<String>>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `statDate`.
    pub stat_date: String,
}
/// The required fields of [`GetInActiveUserListRequest`], each named where it is set: `GetInActiveUserListRequest::new(GetInActiveUserListRequired { .. })`.
pub struct GetInActiveUserListRequired {
    /// `pageNumber`: see [`GetInActiveUserListRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetInActiveUserListRequest::page_size`].
    pub page_size: i64,
    /// `statDate`: see [`GetInActiveUserListRequest::stat_date`].
    pub stat_date: String,
}
impl GetInActiveUserListRequest {
    /// A `GetInActiveUserListRequest` with its required fields (`pageNumber`, `pageSize`, `statDate`); set the others with the methods named after them.
    pub fn new(required: GetInActiveUserListRequired) -> Self {
        let GetInActiveUserListRequired { page_number, page_size, stat_date } = required;
        Self {
            dept_ids: None,
            page_number,
            page_size,
            stat_date,
        }
    }
    /// Sets `deptIds`.
    pub fn dept_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dept_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    GetInActiveUserListRequest { "deptIds" => optional(dept_ids), "pageNumber" =>
    field(page_number), "pageSize" => field(page_size), "statDate" => field(stat_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInActiveUserListRequest { "deptIds" => read_field(dept_ids), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "statDate" =>
    read_field(stat_date) }
}
impl rt::WriteRequest for GetInActiveUserListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_last_org_auth_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetLastOrgAuthDataRequest {
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
/// The required fields of [`GetLastOrgAuthDataRequest`], each named where it is set: `GetLastOrgAuthDataRequest::new(GetLastOrgAuthDataRequired { .. })`.
pub struct GetLastOrgAuthDataRequired {
    /// `targetCorpId`: see [`GetLastOrgAuthDataRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl GetLastOrgAuthDataRequest {
    /// A `GetLastOrgAuthDataRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(required: GetLastOrgAuthDataRequired) -> Self {
        let GetLastOrgAuthDataRequired { target_corp_id } = required;
        Self { target_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetLastOrgAuthDataRequest { "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for GetLastOrgAuthDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::get_msg_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMsgConfigRequest {
    /// `groupTopic`.
    pub group_topic: Option<String>,
    /// `groupType`.
    pub group_type: Option<String>,
    /// `listDynamicAttr`.
    pub list_dynamic_attr: Option<Vec<GetMsgConfigRequestListDynamicAttr>>,
    /// `listEmployeeCode`.
    pub list_employee_code: Option<Vec<String>>,
    /// `listUnitId`.
    pub list_unit_id: Option<Vec<i64>>,
    /// `ownerJobNo`.
    pub owner_job_no: Option<String>,
    /// `ruleBusinessCode`.
    pub rule_business_code: Option<String>,
    /// `ruleCategory`.
    pub rule_category: Option<i64>,
    /// `ruleCode`.
    pub rule_code: Option<String>,
    /// `secretKey`.
    pub secret_key: String,
    /// `sysCode`.
    pub sys_code: Option<String>,
}
/// The required fields of [`GetMsgConfigRequest`], each named where it is set: `GetMsgConfigRequest::new(GetMsgConfigRequired { .. })`.
pub struct GetMsgConfigRequired {
    /// `secretKey`: see [`GetMsgConfigRequest::secret_key`].
    pub secret_key: String,
}
impl GetMsgConfigRequest {
    /// A `GetMsgConfigRequest` with its required fields (`secretKey`); set the others with the methods named after them.
    pub fn new(required: GetMsgConfigRequired) -> Self {
        let GetMsgConfigRequired { secret_key } = required;
        Self {
            group_topic: None,
            group_type: None,
            list_dynamic_attr: None,
            list_employee_code: None,
            list_unit_id: None,
            owner_job_no: None,
            rule_business_code: None,
            rule_category: None,
            rule_code: None,
            secret_key,
            sys_code: None,
        }
    }
    /// Sets `groupTopic`.
    pub fn group_topic(mut self, value: impl Into<String>) -> Self {
        self.group_topic = Some(value.into());
        self
    }
    /// Sets `groupType`.
    pub fn group_type(mut self, value: impl Into<String>) -> Self {
        self.group_type = Some(value.into());
        self
    }
    /// Sets `listDynamicAttr`.
    pub fn list_dynamic_attr(
        mut self,
        value: impl IntoIterator<Item = GetMsgConfigRequestListDynamicAttr>,
    ) -> Self {
        self.list_dynamic_attr = Some(value.into_iter().collect());
        self
    }
    /// Sets `listEmployeeCode`.
    pub fn list_employee_code(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.list_employee_code = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `listUnitId`.
    pub fn list_unit_id(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.list_unit_id = Some(value.into_iter().collect());
        self
    }
    /// Sets `ownerJobNo`.
    pub fn owner_job_no(mut self, value: impl Into<String>) -> Self {
        self.owner_job_no = Some(value.into());
        self
    }
    /// Sets `ruleBusinessCode`.
    pub fn rule_business_code(mut self, value: impl Into<String>) -> Self {
        self.rule_business_code = Some(value.into());
        self
    }
    /// Sets `ruleCategory`.
    pub fn rule_category(mut self, value: i64) -> Self {
        self.rule_category = Some(value);
        self
    }
    /// Sets `ruleCode`.
    pub fn rule_code(mut self, value: impl Into<String>) -> Self {
        self.rule_code = Some(value.into());
        self
    }
    /// Sets `sysCode`.
    pub fn sys_code(mut self, value: impl Into<String>) -> Self {
        self.sys_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetMsgConfigRequest { "groupTopic" => optional(group_topic), "groupType" =>
    optional(group_type), "listDynamicAttr" => optional(list_dynamic_attr),
    "listEmployeeCode" => optional(list_employee_code), "listUnitId" =>
    optional(list_unit_id), "ownerJobNo" => optional(owner_job_no), "ruleBusinessCode" =>
    optional(rule_business_code), "ruleCategory" => optional(rule_category), "ruleCode"
    => optional(rule_code), "secretKey" => field(secret_key), "sysCode" =>
    optional(sys_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMsgConfigRequest { "groupTopic" => read_field(group_topic), "groupType" =>
    read_field(group_type), "listDynamicAttr" => read_field(list_dynamic_attr),
    "listEmployeeCode" => read_field(list_employee_code), "listUnitId" =>
    read_field(list_unit_id), "ownerJobNo" => read_field(owner_job_no),
    "ruleBusinessCode" => read_field(rule_business_code), "ruleCategory" =>
    read_field(rule_category), "ruleCode" => read_field(rule_code), "secretKey" =>
    read_field(secret_key), "sysCode" => read_field(sys_code) }
}
impl rt::WriteRequest for GetMsgConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_msg_location`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMsgLocationRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMsgId`.
    pub open_msg_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GetMsgLocationRequest`], each named where it is set: `GetMsgLocationRequest::new(GetMsgLocationRequired { .. })`.
pub struct GetMsgLocationRequired {
    /// `openConversationId`: see [`GetMsgLocationRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openMsgId`: see [`GetMsgLocationRequest::open_msg_id`].
    pub open_msg_id: String,
    /// `userId`: see [`GetMsgLocationRequest::user_id`].
    pub user_id: String,
}
impl GetMsgLocationRequest {
    /// A `GetMsgLocationRequest` with its required fields (`openConversationId`, `openMsgId`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetMsgLocationRequired) -> Self {
        let GetMsgLocationRequired { open_conversation_id, open_msg_id, user_id } = required;
        Self {
            open_conversation_id,
            open_msg_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    GetMsgLocationRequest { "openConversationId" => field(open_conversation_id),
    "openMsgId" => field(open_msg_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMsgLocationRequest { "openConversationId" => read_field(open_conversation_id),
    "openMsgId" => read_field(open_msg_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetMsgLocationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_msg_record_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMsgRecordDetailRequest {
    /// `task_id`.
    pub task_id: String,
    /// `unionid`.
    pub unionid: String,
}
/// The required fields of [`GetMsgRecordDetailRequest`], each named where it is set: `GetMsgRecordDetailRequest::new(GetMsgRecordDetailRequired { .. })`.
pub struct GetMsgRecordDetailRequired {
    /// `task_id`: see [`GetMsgRecordDetailRequest::task_id`].
    pub task_id: String,
    /// `unionid`: see [`GetMsgRecordDetailRequest::unionid`].
    pub unionid: String,
}
impl GetMsgRecordDetailRequest {
    /// A `GetMsgRecordDetailRequest` with its required fields (`task_id`, `unionid`); set the others with the methods named after them.
    pub fn new(required: GetMsgRecordDetailRequired) -> Self {
        let GetMsgRecordDetailRequired { task_id, unionid } = required;
        Self { task_id, unionid }
    }
}
rt::impl_serialize! {
    GetMsgRecordDetailRequest { "task_id" => field(task_id), "unionid" => field(unionid)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMsgRecordDetailRequest { "task_id" => read_field(task_id), "unionid" =>
    read_field(unionid) }
}
impl rt::WriteRequest for GetMsgRecordDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_oa_operator_log_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOaOperatorLogListRequest {
    /// `categoryList`.
    pub category_list: Option<Vec<String>>,
    /// `endTime`.
    pub end_time: i64,
    /// `opUserId`.
    pub op_user_id: Option<String>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `startTime`.
    pub start_time: i64,
}
/// The required fields of [`GetOaOperatorLogListRequest`], each named where it is set: `GetOaOperatorLogListRequest::new(GetOaOperatorLogListRequired { .. })`.
pub struct GetOaOperatorLogListRequired {
    /// `endTime`: see [`GetOaOperatorLogListRequest::end_time`].
    pub end_time: i64,
    /// `pageNumber`: see [`GetOaOperatorLogListRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetOaOperatorLogListRequest::page_size`].
    pub page_size: i64,
    /// `startTime`: see [`GetOaOperatorLogListRequest::start_time`].
    pub start_time: i64,
}
impl GetOaOperatorLogListRequest {
    /// A `GetOaOperatorLogListRequest` with its required fields (`endTime`, `pageNumber`, `pageSize`, `startTime`); set the others with the methods named after them.
    pub fn new(required: GetOaOperatorLogListRequired) -> Self {
        let GetOaOperatorLogListRequired {
            end_time,
            page_number,
            page_size,
            start_time,
        } = required;
        Self {
            category_list: None,
            end_time,
            op_user_id: None,
            page_number,
            page_size,
            start_time,
        }
    }
    /// Sets `categoryList`.
    pub fn category_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.category_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetOaOperatorLogListRequest { "categoryList" => optional(category_list), "endTime" =>
    field(end_time), "opUserId" => optional(op_user_id), "pageNumber" =>
    field(page_number), "pageSize" => field(page_size), "startTime" => field(start_time)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOaOperatorLogListRequest { "categoryList" => read_field(category_list), "endTime"
    => read_field(end_time), "opUserId" => read_field(op_user_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "startTime" =>
    read_field(start_time) }
}
impl rt::WriteRequest for GetOaOperatorLogListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_out_groups_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOutGroupsByPageRequest {
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: Option<i64>,
}
/// The required fields of [`GetOutGroupsByPageRequest`], each named where it is set: `GetOutGroupsByPageRequest::new(GetOutGroupsByPageRequired { .. })`.
pub struct GetOutGroupsByPageRequired {
    /// `pageNumber`: see [`GetOutGroupsByPageRequest::page_number`].
    pub page_number: i64,
}
impl GetOutGroupsByPageRequest {
    /// A `GetOutGroupsByPageRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(required: GetOutGroupsByPageRequired) -> Self {
        let GetOutGroupsByPageRequired { page_number } = required;
        Self {
            page_number,
            page_size: None,
        }
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetOutGroupsByPageRequest { "pageNumber" => field(page_number), "pageSize" =>
    optional(page_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOutGroupsByPageRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for GetOutGroupsByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_outside_audit_group_message_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOutsideAuditGroupMessageByPageRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`GetOutsideAuditGroupMessageByPageRequest`], each named where it is set: `GetOutsideAuditGroupMessageByPageRequest::new(GetOutsideAuditGroupMessageByPageRequired { .. })`.
pub struct GetOutsideAuditGroupMessageByPageRequired {
    /// `nextToken`: see [`GetOutsideAuditGroupMessageByPageRequest::next_token`].
    pub next_token: i64,
    /// `openConversationId`: see [`GetOutsideAuditGroupMessageByPageRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetOutsideAuditGroupMessageByPageRequest {
    /// A `GetOutsideAuditGroupMessageByPageRequest` with its required fields (`nextToken`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetOutsideAuditGroupMessageByPageRequired) -> Self {
        let GetOutsideAuditGroupMessageByPageRequired {
            next_token,
            open_conversation_id,
        } = required;
        Self {
            max_results: None,
            next_token,
            open_conversation_id,
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetOutsideAuditGroupMessageByPageRequest { "maxResults" => optional(max_results),
    "nextToken" => field(next_token), "openConversationId" => field(open_conversation_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOutsideAuditGroupMessageByPageRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for GetOutsideAuditGroupMessageByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_private_store_capacity_usage`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPrivateStoreCapacityUsageRequest {
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
/// The required fields of [`GetPrivateStoreCapacityUsageRequest`], each named where it is set: `GetPrivateStoreCapacityUsageRequest::new(GetPrivateStoreCapacityUsageRequired { .. })`.
pub struct GetPrivateStoreCapacityUsageRequired {
    /// `targetCorpId`: see [`GetPrivateStoreCapacityUsageRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl GetPrivateStoreCapacityUsageRequest {
    /// A `GetPrivateStoreCapacityUsageRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(required: GetPrivateStoreCapacityUsageRequired) -> Self {
        let GetPrivateStoreCapacityUsageRequired { target_corp_id } = required;
        Self { target_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPrivateStoreCapacityUsageRequest { "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for GetPrivateStoreCapacityUsageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::get_private_store_file_infos_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPrivateStoreFileInfosByPageRequest {
    /// `contentType`.
    pub content_type: Option<String>,
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `fileCreateTime`.
    pub file_create_time: i64,
    /// `fileStatus`.
    pub file_status: Option<String>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `order`.
    pub order: String,
    /// `sceneType`.
    pub scene_type: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`GetPrivateStoreFileInfosByPageRequest`], each named where it is set: `GetPrivateStoreFileInfosByPageRequest::new(GetPrivateStoreFileInfosByPageRequired { .. })`.
pub struct GetPrivateStoreFileInfosByPageRequired {
    /// `fileCreateTime`: see [`GetPrivateStoreFileInfosByPageRequest::file_create_time`].
    pub file_create_time: i64,
    /// `order`: see [`GetPrivateStoreFileInfosByPageRequest::order`].
    pub order: String,
    /// `targetCorpId`: see [`GetPrivateStoreFileInfosByPageRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl GetPrivateStoreFileInfosByPageRequest {
    /// A `GetPrivateStoreFileInfosByPageRequest` with its required fields (`fileCreateTime`, `order`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: GetPrivateStoreFileInfosByPageRequired) -> Self {
        let GetPrivateStoreFileInfosByPageRequired {
            file_create_time,
            order,
            target_corp_id,
        } = required;
        Self {
            content_type: None,
            dept_ids: None,
            file_create_time,
            file_status: None,
            max_results: None,
            name: None,
            next_token: None,
            order,
            scene_type: None,
            target_corp_id,
            user_ids: None,
        }
    }
    /// Sets `contentType`.
    pub fn content_type(mut self, value: impl Into<String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
    /// Sets `deptIds`.
    pub fn dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `fileStatus`.
    pub fn file_status(mut self, value: impl Into<String>) -> Self {
        self.file_status = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `sceneType`.
    pub fn scene_type(mut self, value: impl Into<String>) -> Self {
        self.scene_type = Some(value.into());
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
    GetPrivateStoreFileInfosByPageRequest { "contentType" => optional(content_type),
    "deptIds" => optional(dept_ids), "fileCreateTime" => field(file_create_time),
    "fileStatus" => optional(file_status), "maxResults" => optional(max_results), "name"
    => optional(name), "nextToken" => optional(next_token), "order" => field(order),
    "sceneType" => optional(scene_type), "targetCorpId" => field(target_corp_id),
    "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPrivateStoreFileInfosByPageRequest { "contentType" => read_field(content_type),
    "deptIds" => read_field(dept_ids), "fileCreateTime" => read_field(file_create_time),
    "fileStatus" => read_field(file_status), "maxResults" => read_field(max_results),
    "name" => read_field(name), "nextToken" => read_field(next_token), "order" =>
    read_field(order), "sceneType" => read_field(scene_type), "targetCorpId" =>
    read_field(target_corp_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for GetPrivateStoreFileInfosByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_private_store_file_path`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPrivateStoreFilePathRequest {
    /// `dentryId`.
    pub dentry_id: i64,
    /// `spaceId`.
    pub space_id: i64,
}
/// The required fields of [`GetPrivateStoreFilePathRequest`], each named where it is set: `GetPrivateStoreFilePathRequest::new(GetPrivateStoreFilePathRequired { .. })`.
pub struct GetPrivateStoreFilePathRequired {
    /// `dentryId`: see [`GetPrivateStoreFilePathRequest::dentry_id`].
    pub dentry_id: i64,
    /// `spaceId`: see [`GetPrivateStoreFilePathRequest::space_id`].
    pub space_id: i64,
}
impl GetPrivateStoreFilePathRequest {
    /// A `GetPrivateStoreFilePathRequest` with its required fields (`dentryId`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: GetPrivateStoreFilePathRequired) -> Self {
        let GetPrivateStoreFilePathRequired { dentry_id, space_id } = required;
        Self { dentry_id, space_id }
    }
}
rt::impl_serialize! {
    GetPrivateStoreFilePathRequest { "dentryId" => field(dentry_id), "spaceId" =>
    field(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPrivateStoreFilePathRequest { "dentryId" => read_field(dentry_id), "spaceId" =>
    read_field(space_id) }
}
impl rt::WriteRequest for GetPrivateStoreFilePathRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_private_store_file_task_infos_by_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPrivateStoreFileTaskInfosByPageRequest {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `taskStatus`.
    pub task_status: Option<i64>,
}
impl GetPrivateStoreFileTaskInfosByPageRequest {
    /// An empty `GetPrivateStoreFileTaskInfosByPageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `taskStatus`.
    pub fn task_status(mut self, value: i64) -> Self {
        self.task_status = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetPrivateStoreFileTaskInfosByPageRequest { "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "taskStatus" => optional(task_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPrivateStoreFileTaskInfosByPageRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "taskStatus" => read_field(task_status) }
}
impl rt::WriteRequest for GetPrivateStoreFileTaskInfosByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_private_store_task_file_infos_by_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPrivateStoreTaskFileInfosByPageRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
}
impl GetPrivateStoreTaskFileInfosByPageRequest {
    /// An empty `GetPrivateStoreTaskFileInfosByPageRequest`; set fields with the methods named after them.
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
    /// Sets `taskId`.
    pub fn task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetPrivateStoreTaskFileInfosByPageRequest { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "taskId" => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPrivateStoreTaskFileInfosByPageRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for GetPrivateStoreTaskFileInfosByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_public_devices`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPublicDevicesRequest {
    /// `deviceUuid`: a query parameter.
    pub device_uuid: Option<String>,
    /// `didList`: a query parameter, JSON-encoded.
    pub did_list: Option<Vec<String>>,
    /// `encryptDeviceIdList`: a query parameter, JSON-encoded.
    pub encrypt_device_id_list: Option<Vec<String>>,
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `macAddress`: a query parameter.
    pub mac_address: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `platform`: a query parameter.
    pub platform: Option<String>,
    /// `serialNumber`: a query parameter.
    pub serial_number: Option<String>,
    /// `serialNumberList`: a query parameter, JSON-encoded.
    pub serial_number_list: Option<Vec<String>>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `title`: a query parameter.
    pub title: Option<String>,
}
impl GetPublicDevicesRequest {
    /// An empty `GetPublicDevicesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceUuid`.
    pub fn device_uuid(mut self, value: impl Into<String>) -> Self {
        self.device_uuid = Some(value.into());
        self
    }
    /// Sets `didList`.
    pub fn did_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.did_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `encryptDeviceIdList`.
    pub fn encrypt_device_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.encrypt_device_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `macAddress`.
    pub fn mac_address(mut self, value: impl Into<String>) -> Self {
        self.mac_address = Some(value.into());
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
    /// Sets `platform`.
    pub fn platform(mut self, value: impl Into<String>) -> Self {
        self.platform = Some(value.into());
        self
    }
    /// Sets `serialNumber`.
    pub fn serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
    /// Sets `serialNumberList`.
    pub fn serial_number_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.serial_number_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPublicDevicesRequest { "deviceUuid" => read_field(device_uuid), "didList" =>
    read_field(did_list), "encryptDeviceIdList" => read_field(encrypt_device_id_list),
    "endTime" => read_field(end_time), "macAddress" => read_field(mac_address),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "platform" => read_field(platform), "serialNumber" => read_field(serial_number),
    "serialNumberList" => read_field(serial_number_list), "startTime" =>
    read_field(start_time), "title" => read_field(title) }
}
impl rt::WriteRequest for GetPublicDevicesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deviceUuid", &self.device_uuid);
        writer.query_json("didList", &self.did_list);
        writer.query_json("encryptDeviceIdList", &self.encrypt_device_id_list);
        writer.query("endTime", &self.end_time);
        writer.query("macAddress", &self.mac_address);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("platform", &self.platform);
        writer.query("serialNumber", &self.serial_number);
        writer.query_json("serialNumberList", &self.serial_number_list);
        writer.query("startTime", &self.start_time);
        writer.query("title", &self.title);
    }
}
/// The request of [`Api::get_publisher_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPublisherSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
/// The required fields of [`GetPublisherSummaryRequest`], each named where it is set: `GetPublisherSummaryRequest::new(GetPublisherSummaryRequired { .. })`.
pub struct GetPublisherSummaryRequired {
    /// `maxResults`: see [`GetPublisherSummaryRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetPublisherSummaryRequest::next_token`].
    pub next_token: i64,
}
impl GetPublisherSummaryRequest {
    /// A `GetPublisherSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetPublisherSummaryRequired) -> Self {
        let GetPublisherSummaryRequired { max_results, next_token } = required;
        Self { max_results, next_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPublisherSummaryRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for GetPublisherSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_real_people_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRealPeopleRecordsRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `fromTime`.
    pub from_time: Option<i64>,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `personIdentification`.
    pub person_identification: Option<i64>,
    /// `scene`.
    pub scene: Option<i64>,
    /// `toTime`.
    pub to_time: Option<i64>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`GetRealPeopleRecordsRequest`], each named where it is set: `GetRealPeopleRecordsRequest::new(GetRealPeopleRecordsRequired { .. })`.
pub struct GetRealPeopleRecordsRequired {
    /// `maxResults`: see [`GetRealPeopleRecordsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetRealPeopleRecordsRequest::next_token`].
    pub next_token: i64,
}
impl GetRealPeopleRecordsRequest {
    /// A `GetRealPeopleRecordsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetRealPeopleRecordsRequired) -> Self {
        let GetRealPeopleRecordsRequired { max_results, next_token } = required;
        Self {
            agent_id: None,
            from_time: None,
            max_results,
            next_token,
            person_identification: None,
            scene: None,
            to_time: None,
            user_ids: None,
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
    /// Sets `fromTime`.
    pub fn from_time(mut self, value: i64) -> Self {
        self.from_time = Some(value);
        self
    }
    /// Sets `personIdentification`.
    pub fn person_identification(mut self, value: i64) -> Self {
        self.person_identification = Some(value);
        self
    }
    /// Sets `scene`.
    pub fn scene(mut self, value: i64) -> Self {
        self.scene = Some(value);
        self
    }
    /// Sets `toTime`.
    pub fn to_time(mut self, value: i64) -> Self {
        self.to_time = Some(value);
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
    GetRealPeopleRecordsRequest { "agentId" => optional(agent_id), "fromTime" =>
    optional(from_time), "maxResults" => field(max_results), "nextToken" =>
    field(next_token), "personIdentification" => optional(person_identification), "scene"
    => optional(scene), "toTime" => optional(to_time), "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRealPeopleRecordsRequest { "agentId" => read_field(agent_id), "fromTime" =>
    read_field(from_time), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "personIdentification" => read_field(person_identification),
    "scene" => read_field(scene), "toTime" => read_field(to_time), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for GetRealPeopleRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_recognize_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRecognizeRecordsRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `faceCompareResult`.
    pub face_compare_result: Option<i64>,
    /// `fromTime`.
    pub from_time: Option<i64>,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `toTime`.
    pub to_time: Option<i64>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`GetRecognizeRecordsRequest`], each named where it is set: `GetRecognizeRecordsRequest::new(GetRecognizeRecordsRequired { .. })`.
pub struct GetRecognizeRecordsRequired {
    /// `maxResults`: see [`GetRecognizeRecordsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetRecognizeRecordsRequest::next_token`].
    pub next_token: i64,
}
impl GetRecognizeRecordsRequest {
    /// A `GetRecognizeRecordsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetRecognizeRecordsRequired) -> Self {
        let GetRecognizeRecordsRequired { max_results, next_token } = required;
        Self {
            agent_id: None,
            face_compare_result: None,
            from_time: None,
            max_results,
            next_token,
            to_time: None,
            user_ids: None,
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
    /// Sets `faceCompareResult`.
    pub fn face_compare_result(mut self, value: i64) -> Self {
        self.face_compare_result = Some(value);
        self
    }
    /// Sets `fromTime`.
    pub fn from_time(mut self, value: i64) -> Self {
        self.from_time = Some(value);
        self
    }
    /// Sets `toTime`.
    pub fn to_time(mut self, value: i64) -> Self {
        self.to_time = Some(value);
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
    GetRecognizeRecordsRequest { "agentId" => optional(agent_id), "faceCompareResult" =>
    optional(face_compare_result), "fromTime" => optional(from_time), "maxResults" =>
    field(max_results), "nextToken" => field(next_token), "toTime" => optional(to_time),
    "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRecognizeRecordsRequest { "agentId" => read_field(agent_id), "faceCompareResult"
    => read_field(face_compare_result), "fromTime" => read_field(from_time), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token), "toTime" =>
    read_field(to_time), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for GetRecognizeRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_robot_info_by_code`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRobotInfoByCodeRequest {
    /// `robotCode`: a query parameter.
    pub robot_code: Option<String>,
}
impl GetRobotInfoByCodeRequest {
    /// An empty `GetRobotInfoByCodeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRobotInfoByCodeRequest { "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for GetRobotInfoByCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("robotCode", &self.robot_code);
    }
}
/// The request of [`Api::get_security_config_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSecurityConfigMemberRequest {
    /// `configKey`.
    pub config_key: String,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: f64,
}
/// The required fields of [`GetSecurityConfigMemberRequest`], each named where it is set: `GetSecurityConfigMemberRequest::new(GetSecurityConfigMemberRequired { .. })`.
pub struct GetSecurityConfigMemberRequired {
    /// `configKey`: see [`GetSecurityConfigMemberRequest::config_key`].
    pub config_key: String,
    /// `maxResults`: see [`GetSecurityConfigMemberRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetSecurityConfigMemberRequest::next_token`].
    pub next_token: f64,
}
impl GetSecurityConfigMemberRequest {
    /// A `GetSecurityConfigMemberRequest` with its required fields (`configKey`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetSecurityConfigMemberRequired) -> Self {
        let GetSecurityConfigMemberRequired { config_key, max_results, next_token } = required;
        Self {
            config_key,
            max_results,
            next_token,
        }
    }
}
rt::impl_serialize! {
    GetSecurityConfigMemberRequest { "configKey" => field(config_key), "maxResults" =>
    field(max_results), "nextToken" => field(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSecurityConfigMemberRequest { "configKey" => read_field(config_key), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for GetSecurityConfigMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_signed_detail_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSignedDetailByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `signStatus`: a query parameter.
    pub sign_status: i64,
}
/// The required fields of [`GetSignedDetailByPageRequest`], each named where it is set: `GetSignedDetailByPageRequest::new(GetSignedDetailByPageRequired { .. })`.
pub struct GetSignedDetailByPageRequired {
    /// `pageNumber`: see [`GetSignedDetailByPageRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetSignedDetailByPageRequest::page_size`].
    pub page_size: i64,
    /// `signStatus`: see [`GetSignedDetailByPageRequest::sign_status`].
    pub sign_status: i64,
}
impl GetSignedDetailByPageRequest {
    /// A `GetSignedDetailByPageRequest` with its required fields (`pageNumber`, `pageSize`, `signStatus`); set the others with the methods named after them.
    pub fn new(required: GetSignedDetailByPageRequired) -> Self {
        let GetSignedDetailByPageRequired { page_number, page_size, sign_status } = required;
        Self {
            page_number,
            page_size,
            sign_status,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSignedDetailByPageRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "signStatus" => read_field(sign_status) }
}
impl rt::WriteRequest for GetSignedDetailByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("signStatus", &self.sign_status);
    }
}
/// The request of [`Api::get_trust_device_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTrustDeviceListRequest {
    /// `deviceUuid`.
    pub device_uuid: Option<String>,
    /// `gmtCreateEnd`.
    pub gmt_create_end: Option<i64>,
    /// `gmtCreateStart`.
    pub gmt_create_start: Option<i64>,
    /// `gmtModifiedEnd`.
    pub gmt_modified_end: Option<i64>,
    /// `gmtModifiedStart`.
    pub gmt_modified_start: Option<i64>,
    /// `macAddress`.
    pub mac_address: Option<String>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `platform`.
    pub platform: Option<String>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `serialNumberList`.
    pub serial_number_list: Option<Vec<String>>,
    /// `status`.
    pub status: Option<i64>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl GetTrustDeviceListRequest {
    /// An empty `GetTrustDeviceListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceUuid`.
    pub fn device_uuid(mut self, value: impl Into<String>) -> Self {
        self.device_uuid = Some(value.into());
        self
    }
    /// Sets `gmtCreateEnd`.
    pub fn gmt_create_end(mut self, value: i64) -> Self {
        self.gmt_create_end = Some(value);
        self
    }
    /// Sets `gmtCreateStart`.
    pub fn gmt_create_start(mut self, value: i64) -> Self {
        self.gmt_create_start = Some(value);
        self
    }
    /// Sets `gmtModifiedEnd`.
    pub fn gmt_modified_end(mut self, value: i64) -> Self {
        self.gmt_modified_end = Some(value);
        self
    }
    /// Sets `gmtModifiedStart`.
    pub fn gmt_modified_start(mut self, value: i64) -> Self {
        self.gmt_modified_start = Some(value);
        self
    }
    /// Sets `macAddress`.
    pub fn mac_address(mut self, value: impl Into<String>) -> Self {
        self.mac_address = Some(value.into());
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
    /// Sets `platform`.
    pub fn platform(mut self, value: impl Into<String>) -> Self {
        self.platform = Some(value.into());
        self
    }
    /// Sets `serialNumber`.
    pub fn serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
    /// Sets `serialNumberList`.
    pub fn serial_number_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.serial_number_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
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
    GetTrustDeviceListRequest { "deviceUuid" => optional(device_uuid), "gmtCreateEnd" =>
    optional(gmt_create_end), "gmtCreateStart" => optional(gmt_create_start),
    "gmtModifiedEnd" => optional(gmt_modified_end), "gmtModifiedStart" =>
    optional(gmt_modified_start), "macAddress" => optional(mac_address), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "platform" =>
    optional(platform), "serialNumber" => optional(serial_number), "serialNumberList" =>
    optional(serial_number_list), "status" => optional(status), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTrustDeviceListRequest { "deviceUuid" => read_field(device_uuid), "gmtCreateEnd"
    => read_field(gmt_create_end), "gmtCreateStart" => read_field(gmt_create_start),
    "gmtModifiedEnd" => read_field(gmt_modified_end), "gmtModifiedStart" =>
    read_field(gmt_modified_start), "macAddress" => read_field(mac_address), "pageNumber"
    => read_field(page_number), "pageSize" => read_field(page_size), "platform" =>
    read_field(platform), "serialNumber" => read_field(serial_number), "serialNumberList"
    => read_field(serial_number_list), "status" => read_field(status), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for GetTrustDeviceListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_app_version_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserAppVersionSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
/// The required fields of [`GetUserAppVersionSummaryRequest`], each named where it is set: `GetUserAppVersionSummaryRequest::new(GetUserAppVersionSummaryRequired { .. })`.
pub struct GetUserAppVersionSummaryRequired {
    /// `maxResults`: see [`GetUserAppVersionSummaryRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetUserAppVersionSummaryRequest::next_token`].
    pub next_token: i64,
}
impl GetUserAppVersionSummaryRequest {
    /// A `GetUserAppVersionSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetUserAppVersionSummaryRequired) -> Self {
        let GetUserAppVersionSummaryRequired { max_results, next_token } = required;
        Self { max_results, next_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserAppVersionSummaryRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for GetUserAppVersionSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_user_face_state`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserFaceStateRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`GetUserFaceStateRequest`], each named where it is set: `GetUserFaceStateRequest::new(GetUserFaceStateRequired { .. })`.
pub struct GetUserFaceStateRequired {
    /// `userIds`: see [`GetUserFaceStateRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl GetUserFaceStateRequest {
    /// A `GetUserFaceStateRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: GetUserFaceStateRequired) -> Self {
        let GetUserFaceStateRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    GetUserFaceStateRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserFaceStateRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for GetUserFaceStateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_real_people_state`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserRealPeopleStateRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`GetUserRealPeopleStateRequest`], each named where it is set: `GetUserRealPeopleStateRequest::new(GetUserRealPeopleStateRequired { .. })`.
pub struct GetUserRealPeopleStateRequired {
    /// `userIds`: see [`GetUserRealPeopleStateRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl GetUserRealPeopleStateRequest {
    /// A `GetUserRealPeopleStateRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: GetUserRealPeopleStateRequired) -> Self {
        let GetUserRealPeopleStateRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    GetUserRealPeopleStateRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserRealPeopleStateRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for GetUserRealPeopleStateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_stay_length`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserStayLengthRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`GetUserStayLengthRequest`], each named where it is set: `GetUserStayLengthRequest::new(GetUserStayLengthRequired { .. })`.
pub struct GetUserStayLengthRequired {
    /// `pageNumber`: see [`GetUserStayLengthRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetUserStayLengthRequest::page_size`].
    pub page_size: i64,
    /// `statDate`: see [`GetUserStayLengthRequest::stat_date`].
    pub stat_date: String,
}
impl GetUserStayLengthRequest {
    /// A `GetUserStayLengthRequest` with its required fields (`pageNumber`, `pageSize`, `statDate`); set the others with the methods named after them.
    pub fn new(required: GetUserStayLengthRequired) -> Self {
        let GetUserStayLengthRequired { page_number, page_size, stat_date } = required;
        Self {
            page_number,
            page_size,
            stat_date,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserStayLengthRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for GetUserStayLengthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::get_virus_scan_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetVirusScanResultRequest {
    /// `taskId`.
    pub task_id: String,
}
/// The required fields of [`GetVirusScanResultRequest`], each named where it is set: `GetVirusScanResultRequest::new(GetVirusScanResultRequired { .. })`.
pub struct GetVirusScanResultRequired {
    /// `taskId`: see [`GetVirusScanResultRequest::task_id`].
    pub task_id: String,
}
impl GetVirusScanResultRequest {
    /// A `GetVirusScanResultRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(required: GetVirusScanResultRequired) -> Self {
        let GetVirusScanResultRequired { task_id } = required;
        Self { task_id }
    }
}
rt::impl_serialize! {
    GetVirusScanResultRequest { "taskId" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetVirusScanResultRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for GetVirusScanResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_query_by_attr`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GroupQueryByAttrRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `groupTopic`.
    pub group_topic: Option<String>,
    /// `groupType`.
    pub group_type: Option<String>,
    /// `listDynamicAttr`.
    pub list_dynamic_attr: Option<Vec<GroupQueryByAttrRequestListDynamicAttr>>,
    /// `pageIndex`.
    pub page_index: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `secretKey`.
    pub secret_key: String,
}
/// The required fields of [`GroupQueryByAttrRequest`], each named where it is set: `GroupQueryByAttrRequest::new(GroupQueryByAttrRequired { .. })`.
pub struct GroupQueryByAttrRequired {
    /// `corpId`: see [`GroupQueryByAttrRequest::corp_id`].
    pub corp_id: String,
    /// `secretKey`: see [`GroupQueryByAttrRequest::secret_key`].
    pub secret_key: String,
}
impl GroupQueryByAttrRequest {
    /// A `GroupQueryByAttrRequest` with its required fields (`corpId`, `secretKey`); set the others with the methods named after them.
    pub fn new(required: GroupQueryByAttrRequired) -> Self {
        let GroupQueryByAttrRequired { corp_id, secret_key } = required;
        Self {
            corp_id,
            group_topic: None,
            group_type: None,
            list_dynamic_attr: None,
            page_index: None,
            page_size: None,
            secret_key,
        }
    }
    /// Sets `groupTopic`.
    pub fn group_topic(mut self, value: impl Into<String>) -> Self {
        self.group_topic = Some(value.into());
        self
    }
    /// Sets `groupType`.
    pub fn group_type(mut self, value: impl Into<String>) -> Self {
        self.group_type = Some(value.into());
        self
    }
    /// Sets `listDynamicAttr`.
    pub fn list_dynamic_attr(
        mut self,
        value: impl IntoIterator<Item = GroupQueryByAttrRequestListDynamicAttr>,
    ) -> Self {
        self.list_dynamic_attr = Some(value.into_iter().collect());
        self
    }
    /// Sets `pageIndex`.
    pub fn page_index(mut self, value: i64) -> Self {
        self.page_index = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
rt::impl_serialize! {
    GroupQueryByAttrRequest { "corpId" => field(corp_id), "groupTopic" =>
    optional(group_topic), "groupType" => optional(group_type), "listDynamicAttr" =>
    optional(list_dynamic_attr), "pageIndex" => optional(page_index), "pageSize" =>
    optional(page_size), "secretKey" => field(secret_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupQueryByAttrRequest { "corpId" => read_field(corp_id), "groupTopic" =>
    read_field(group_topic), "groupType" => read_field(group_type), "listDynamicAttr" =>
    read_field(list_dynamic_attr), "pageIndex" => read_field(page_index), "pageSize" =>
    read_field(page_size), "secretKey" => read_field(secret_key) }
}
impl rt::WriteRequest for GroupQueryByAttrRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_query_by_open_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GroupQueryByOpenIdRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `secretKey`.
    pub secret_key: String,
}
/// The required fields of [`GroupQueryByOpenIdRequest`], each named where it is set: `GroupQueryByOpenIdRequest::new(GroupQueryByOpenIdRequired { .. })`.
pub struct GroupQueryByOpenIdRequired {
    /// `openConversationId`: see [`GroupQueryByOpenIdRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `secretKey`: see [`GroupQueryByOpenIdRequest::secret_key`].
    pub secret_key: String,
}
impl GroupQueryByOpenIdRequest {
    /// A `GroupQueryByOpenIdRequest` with its required fields (`openConversationId`, `secretKey`); set the others with the methods named after them.
    pub fn new(required: GroupQueryByOpenIdRequired) -> Self {
        let GroupQueryByOpenIdRequired { open_conversation_id, secret_key } = required;
        Self {
            open_conversation_id,
            secret_key,
        }
    }
}
rt::impl_serialize! {
    GroupQueryByOpenIdRequest { "openConversationId" => field(open_conversation_id),
    "secretKey" => field(secret_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupQueryByOpenIdRequest { "openConversationId" => read_field(open_conversation_id),
    "secretKey" => read_field(secret_key) }
}
impl rt::WriteRequest for GroupQueryByOpenIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_audit_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListAuditLogRequest {
    /// `endDate`: a query parameter.
    pub end_date: i64,
    /// `nextBizId`: a query parameter.
    pub next_biz_id: Option<i64>,
    /// `nextGmtCreate`: a query parameter.
    pub next_gmt_create: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `startDate`: a query parameter.
    pub start_date: i64,
}
/// The required fields of [`ListAuditLogRequest`], each named where it is set: `ListAuditLogRequest::new(ListAuditLogRequired { .. })`.
pub struct ListAuditLogRequired {
    /// `endDate`: see [`ListAuditLogRequest::end_date`].
    pub end_date: i64,
    /// `pageSize`: see [`ListAuditLogRequest::page_size`].
    pub page_size: i64,
    /// `startDate`: see [`ListAuditLogRequest::start_date`].
    pub start_date: i64,
}
impl ListAuditLogRequest {
    /// A `ListAuditLogRequest` with its required fields (`endDate`, `pageSize`, `startDate`); set the others with the methods named after them.
    pub fn new(required: ListAuditLogRequired) -> Self {
        let ListAuditLogRequired { end_date, page_size, start_date } = required;
        Self {
            end_date,
            next_biz_id: None,
            next_gmt_create: None,
            page_size,
            start_date,
        }
    }
    /// Sets `nextBizId`.
    pub fn next_biz_id(mut self, value: i64) -> Self {
        self.next_biz_id = Some(value);
        self
    }
    /// Sets `nextGmtCreate`.
    pub fn next_gmt_create(mut self, value: i64) -> Self {
        self.next_gmt_create = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAuditLogRequest { "endDate" => read_field(end_date), "nextBizId" =>
    read_field(next_biz_id), "nextGmtCreate" => read_field(next_gmt_create), "pageSize"
    => read_field(page_size), "startDate" => read_field(start_date) }
}
impl rt::WriteRequest for ListAuditLogRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endDate", &self.end_date);
        writer.query("nextBizId", &self.next_biz_id);
        writer.query("nextGmtCreate", &self.next_gmt_create);
        writer.query("pageSize", &self.page_size);
        writer.query("startDate", &self.start_date);
    }
}
/// The request of [`Api::list_by_codes`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListByCodesRequest {
    /// `body`.
    pub body: Option<Vec<String>>,
}
impl ListByCodesRequest {
    /// An empty `ListByCodesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.body = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListByCodesRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for ListByCodesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        if let Some(body) = &self.body {
            writer.json_body(body);
        }
    }
}
/// The request of [`Api::list_by_plugin_ids`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListByPluginIdsRequest {
    /// `body`.
    pub body: Option<Vec<String>>,
}
impl ListByPluginIdsRequest {
    /// An empty `ListByPluginIdsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.body = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListByPluginIdsRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for ListByPluginIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        if let Some(body) = &self.body {
            writer.json_body(body);
        }
    }
}
/// The request of [`Api::list_categorys`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListCategorysRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: ListCategorysRequestBody,
}
/// The required fields of [`ListCategorysRequest`], each named where it is set: `ListCategorysRequest::new(ListCategorysRequired { .. })`.
pub struct ListCategorysRequired {
    /// `body`: see [`ListCategorysRequest::body`].
    pub body: ListCategorysRequestBody,
}
impl ListCategorysRequest {
    /// A `ListCategorysRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: ListCategorysRequired) -> Self {
        let ListCategorysRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListCategorysRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for ListCategorysRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::list_join_org_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListJoinOrgInfoRequest {
    /// `mobile`: a query parameter.
    pub mobile: String,
}
/// The required fields of [`ListJoinOrgInfoRequest`], each named where it is set: `ListJoinOrgInfoRequest::new(ListJoinOrgInfoRequired { .. })`.
pub struct ListJoinOrgInfoRequired {
    /// `mobile`: see [`ListJoinOrgInfoRequest::mobile`].
    pub mobile: String,
}
impl ListJoinOrgInfoRequest {
    /// A `ListJoinOrgInfoRequest` with its required fields (`mobile`); set the others with the methods named after them.
    pub fn new(required: ListJoinOrgInfoRequired) -> Self {
        let ListJoinOrgInfoRequired { mobile } = required;
        Self { mobile }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListJoinOrgInfoRequest { "mobile" => read_field(mobile) }
}
impl rt::WriteRequest for ListJoinOrgInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mobile", &self.mobile);
    }
}
/// The request of [`Api::list_mini_app_available_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListMiniAppAvailableVersionRequest {
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `versionTypeSet`.
    pub version_type_set: Vec<i64>,
}
/// The required fields of [`ListMiniAppAvailableVersionRequest`], each named where it is set: `ListMiniAppAvailableVersionRequest::new(ListMiniAppAvailableVersionRequired { .. })`.
pub struct ListMiniAppAvailableVersionRequired {
    /// `pageNumber`: see [`ListMiniAppAvailableVersionRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`ListMiniAppAvailableVersionRequest::page_size`].
    pub page_size: i64,
    /// `versionTypeSet`: see [`ListMiniAppAvailableVersionRequest::version_type_set`].
    pub version_type_set: Vec<i64>,
}
impl ListMiniAppAvailableVersionRequest {
    /// A `ListMiniAppAvailableVersionRequest` with its required fields (`pageNumber`, `pageSize`, `versionTypeSet`); set the others with the methods named after them.
    pub fn new(required: ListMiniAppAvailableVersionRequired) -> Self {
        let ListMiniAppAvailableVersionRequired {
            page_number,
            page_size,
            version_type_set,
        } = required;
        Self {
            mini_app_id: None,
            page_number,
            page_size,
            version_type_set,
        }
    }
    /// Sets `miniAppId`.
    pub fn mini_app_id(mut self, value: impl Into<String>) -> Self {
        self.mini_app_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ListMiniAppAvailableVersionRequest { "miniAppId" => optional(mini_app_id),
    "pageNumber" => field(page_number), "pageSize" => field(page_size), "versionTypeSet"
    => field(version_type_set) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListMiniAppAvailableVersionRequest { "miniAppId" => read_field(mini_app_id),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "versionTypeSet" => read_field(version_type_set) }
}
impl rt::WriteRequest for ListMiniAppAvailableVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_mini_app_history_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListMiniAppHistoryVersionRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`ListMiniAppHistoryVersionRequest`], each named where it is set: `ListMiniAppHistoryVersionRequest::new(ListMiniAppHistoryVersionRequired { .. })`.
pub struct ListMiniAppHistoryVersionRequired {
    /// `miniAppId`: see [`ListMiniAppHistoryVersionRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `pageNumber`: see [`ListMiniAppHistoryVersionRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`ListMiniAppHistoryVersionRequest::page_size`].
    pub page_size: i64,
}
impl ListMiniAppHistoryVersionRequest {
    /// A `ListMiniAppHistoryVersionRequest` with its required fields (`miniAppId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: ListMiniAppHistoryVersionRequired) -> Self {
        let ListMiniAppHistoryVersionRequired { mini_app_id, page_number, page_size } = required;
        Self {
            mini_app_id,
            page_number,
            page_size,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListMiniAppHistoryVersionRequest { "miniAppId" => read_field(mini_app_id),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ListMiniAppHistoryVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("miniAppId", &self.mini_app_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_punch_schedule_by_condition_with_paging`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListPunchScheduleByConditionWithPagingRequest {
    /// `bizInstanceId`.
    pub biz_instance_id: String,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `scheduleDateEnd`.
    pub schedule_date_end: Option<String>,
    /// `scheduleDateStart`.
    pub schedule_date_start: Option<String>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
/// The required fields of [`ListPunchScheduleByConditionWithPagingRequest`], each named where it is set: `ListPunchScheduleByConditionWithPagingRequest::new(ListPunchScheduleByConditionWithPagingRequired { .. })`.
pub struct ListPunchScheduleByConditionWithPagingRequired {
    /// `bizInstanceId`: see [`ListPunchScheduleByConditionWithPagingRequest::biz_instance_id`].
    pub biz_instance_id: String,
    /// `maxResults`: see [`ListPunchScheduleByConditionWithPagingRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`ListPunchScheduleByConditionWithPagingRequest::next_token`].
    pub next_token: i64,
}
impl ListPunchScheduleByConditionWithPagingRequest {
    /// A `ListPunchScheduleByConditionWithPagingRequest` with its required fields (`bizInstanceId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: ListPunchScheduleByConditionWithPagingRequired) -> Self {
        let ListPunchScheduleByConditionWithPagingRequired {
            biz_instance_id,
            max_results,
            next_token,
        } = required;
        Self {
            biz_instance_id,
            max_results,
            next_token,
            schedule_date_end: None,
            schedule_date_start: None,
            user_id_list: None,
        }
    }
    /// Sets `scheduleDateEnd`.
    pub fn schedule_date_end(mut self, value: impl Into<String>) -> Self {
        self.schedule_date_end = Some(value.into());
        self
    }
    /// Sets `scheduleDateStart`.
    pub fn schedule_date_start(mut self, value: impl Into<String>) -> Self {
        self.schedule_date_start = Some(value.into());
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
    ListPunchScheduleByConditionWithPagingRequest { "bizInstanceId" =>
    field(biz_instance_id), "maxResults" => field(max_results), "nextToken" =>
    field(next_token), "scheduleDateEnd" => optional(schedule_date_end),
    "scheduleDateStart" => optional(schedule_date_start), "userIdList" =>
    optional(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListPunchScheduleByConditionWithPagingRequest { "bizInstanceId" =>
    read_field(biz_instance_id), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "scheduleDateEnd" => read_field(schedule_date_end),
    "scheduleDateStart" => read_field(schedule_date_start), "userIdList" =>
    read_field(user_id_list) }
}
impl rt::WriteRequest for ListPunchScheduleByConditionWithPagingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_rules`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRulesRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: ListRulesRequestBody,
}
/// The required fields of [`ListRulesRequest`], each named where it is set: `ListRulesRequest::new(ListRulesRequired { .. })`.
pub struct ListRulesRequired {
    /// `body`: see [`ListRulesRequest::body`].
    pub body: ListRulesRequestBody,
}
impl ListRulesRequest {
    /// A `ListRulesRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: ListRulesRequired) -> Self {
        let ListRulesRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRulesRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for ListRulesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::logout`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LogoutRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`LogoutRequest`], each named where it is set: `LogoutRequest::new(LogoutRequired { .. })`.
pub struct LogoutRequired {
    /// `deviceType`: see [`LogoutRequest::device_type`].
    pub device_type: String,
    /// `userId`: see [`LogoutRequest::user_id`].
    pub user_id: String,
}
impl LogoutRequest {
    /// A `LogoutRequest` with its required fields (`deviceType`, `userId`); set the others with the methods named after them.
    pub fn new(required: LogoutRequired) -> Self {
        let LogoutRequired { device_type, user_id } = required;
        Self { device_type, user_id }
    }
}
rt::impl_serialize! {
    LogoutRequest { "deviceType" => field(device_type), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LogoutRequest { "deviceType" => read_field(device_type), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for LogoutRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_benefit_package`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenBenefitPackageRequest {
    /// `benefitPackage`.
    pub benefit_package: i64,
    /// `endDate`.
    pub end_date: i64,
    /// `startDate`.
    pub start_date: i64,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`OpenBenefitPackageRequest`], each named where it is set: `OpenBenefitPackageRequest::new(OpenBenefitPackageRequired { .. })`.
pub struct OpenBenefitPackageRequired {
    /// `benefitPackage`: see [`OpenBenefitPackageRequest::benefit_package`].
    pub benefit_package: i64,
    /// `endDate`: see [`OpenBenefitPackageRequest::end_date`].
    pub end_date: i64,
    /// `startDate`: see [`OpenBenefitPackageRequest::start_date`].
    pub start_date: i64,
    /// `targetCorpId`: see [`OpenBenefitPackageRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl OpenBenefitPackageRequest {
    /// A `OpenBenefitPackageRequest` with its required fields (`benefitPackage`, `endDate`, `startDate`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: OpenBenefitPackageRequired) -> Self {
        let OpenBenefitPackageRequired {
            benefit_package,
            end_date,
            start_date,
            target_corp_id,
        } = required;
        Self {
            benefit_package,
            end_date,
            start_date,
            target_corp_id,
        }
    }
}
rt::impl_serialize! {
    OpenBenefitPackageRequest { "benefitPackage" => field(benefit_package), "endDate" =>
    field(end_date), "startDate" => field(start_date), "targetCorpId" =>
    field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenBenefitPackageRequest { "benefitPackage" => read_field(benefit_package),
    "endDate" => read_field(end_date), "startDate" => read_field(start_date),
    "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for OpenBenefitPackageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::opportunity_search`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpportunitySearchRequest {
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`OpportunitySearchRequest`], each named where it is set: `OpportunitySearchRequest::new(OpportunitySearchRequired { .. })`.
pub struct OpportunitySearchRequired {
    /// `targetCorpId`: see [`OpportunitySearchRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl OpportunitySearchRequest {
    /// A `OpportunitySearchRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(required: OpportunitySearchRequired) -> Self {
        let OpportunitySearchRequired { target_corp_id } = required;
        Self { target_corp_id }
    }
}
rt::impl_serialize! {
    OpportunitySearchRequest { "targetCorpId" => field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpportunitySearchRequest { "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for OpportunitySearchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::prevent_cheating_check_risk`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PreventCheatingCheckRiskRequest {
    /// `clientVer`.
    pub client_ver: String,
    /// `platform`.
    pub platform: String,
    /// `platformVer`.
    pub platform_ver: String,
    /// `sec`.
    pub sec: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PreventCheatingCheckRiskRequest`], each named where it is set: `PreventCheatingCheckRiskRequest::new(PreventCheatingCheckRiskRequired { .. })`.
pub struct PreventCheatingCheckRiskRequired {
    /// `clientVer`: see [`PreventCheatingCheckRiskRequest::client_ver`].
    pub client_ver: String,
    /// `platform`: see [`PreventCheatingCheckRiskRequest::platform`].
    pub platform: String,
    /// `platformVer`: see [`PreventCheatingCheckRiskRequest::platform_ver`].
    pub platform_ver: String,
    /// `sec`: see [`PreventCheatingCheckRiskRequest::sec`].
    pub sec: String,
    /// `userId`: see [`PreventCheatingCheckRiskRequest::user_id`].
    pub user_id: String,
}
impl PreventCheatingCheckRiskRequest {
    /// A `PreventCheatingCheckRiskRequest` with its required fields (`clientVer`, `platform`, `platformVer`, `sec`, `userId`); set the others with the methods named after them.
    pub fn new(required: PreventCheatingCheckRiskRequired) -> Self {
        let PreventCheatingCheckRiskRequired {
            client_ver,
            platform,
            platform_ver,
            sec,
            user_id,
        } = required;
        Self {
            client_ver,
            platform,
            platform_ver,
            sec,
            user_id,
        }
    }
}
rt::impl_serialize! {
    PreventCheatingCheckRiskRequest { "clientVer" => field(client_ver), "platform" =>
    field(platform), "platformVer" => field(platform_ver), "sec" => field(sec), "userId"
    => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PreventCheatingCheckRiskRequest { "clientVer" => read_field(client_ver), "platform"
    => read_field(platform), "platformVer" => read_field(platform_ver), "sec" =>
    read_field(sec), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for PreventCheatingCheckRiskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::publish_file_change_notice`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PublishFileChangeNoticeRequest {
    /// `fileId`.
    pub file_id: String,
    /// `operateType`.
    pub operate_type: Option<String>,
    /// `operatorUnionId`.
    pub operator_union_id: String,
    /// `spaceId`.
    pub space_id: String,
}
/// The required fields of [`PublishFileChangeNoticeRequest`], each named where it is set: `PublishFileChangeNoticeRequest::new(PublishFileChangeNoticeRequired { .. })`.
pub struct PublishFileChangeNoticeRequired {
    /// `fileId`: see [`PublishFileChangeNoticeRequest::file_id`].
    pub file_id: String,
    /// `operatorUnionId`: see [`PublishFileChangeNoticeRequest::operator_union_id`].
    pub operator_union_id: String,
    /// `spaceId`: see [`PublishFileChangeNoticeRequest::space_id`].
    pub space_id: String,
}
impl PublishFileChangeNoticeRequest {
    /// A `PublishFileChangeNoticeRequest` with its required fields (`fileId`, `operatorUnionId`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: PublishFileChangeNoticeRequired) -> Self {
        let PublishFileChangeNoticeRequired { file_id, operator_union_id, space_id } = required;
        Self {
            file_id,
            operate_type: None,
            operator_union_id,
            space_id,
        }
    }
    /// Sets `operateType`.
    pub fn operate_type(mut self, value: impl Into<String>) -> Self {
        self.operate_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PublishFileChangeNoticeRequest { "fileId" => field(file_id), "operateType" =>
    optional(operate_type), "operatorUnionId" => field(operator_union_id), "spaceId" =>
    field(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PublishFileChangeNoticeRequest { "fileId" => read_field(file_id), "operateType" =>
    read_field(operate_type), "operatorUnionId" => read_field(operator_union_id),
    "spaceId" => read_field(space_id) }
}
impl rt::WriteRequest for PublishFileChangeNoticeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::publish_rule`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PublishRuleRequest {
    /// `status`.
    pub status: Option<i64>,
}
impl PublishRuleRequest {
    /// An empty `PublishRuleRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
rt::impl_serialize! {
    PublishRuleRequest { "status" => optional(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PublishRuleRequest { "status" => read_field(status) }
}
impl rt::WriteRequest for PublishRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_badge`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushBadgeRequest {
    /// `agentId`.
    pub agent_id: String,
    /// `badgeItems`.
    pub badge_items: Option<Vec<PushBadgeRequestBadgeItems>>,
    /// `pushType`.
    pub push_type: String,
    /// `version`.
    pub version: Option<i64>,
}
/// The required fields of [`PushBadgeRequest`], each named where it is set: `PushBadgeRequest::new(PushBadgeRequired { .. })`.
pub struct PushBadgeRequired {
    /// `agentId`: see [`PushBadgeRequest::agent_id`].
    pub agent_id: String,
    /// `pushType`: see [`PushBadgeRequest::push_type`].
    pub push_type: String,
}
impl PushBadgeRequest {
    /// A `PushBadgeRequest` with its required fields (`agentId`, `pushType`); set the others with the methods named after them.
    pub fn new(required: PushBadgeRequired) -> Self {
        let PushBadgeRequired { agent_id, push_type } = required;
        Self {
            agent_id,
            badge_items: None,
            push_type,
            version: None,
        }
    }
    /// Sets `badgeItems`.
    pub fn badge_items(
        mut self,
        value: impl IntoIterator<Item = PushBadgeRequestBadgeItems>,
    ) -> Self {
        self.badge_items = Some(value.into_iter().collect());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
rt::impl_serialize! {
    PushBadgeRequest { "agentId" => field(agent_id), "badgeItems" =>
    optional(badge_items), "pushType" => field(push_type), "version" => optional(version)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushBadgeRequest { "agentId" => read_field(agent_id), "badgeItems" =>
    read_field(badge_items), "pushType" => read_field(push_type), "version" =>
    read_field(version) }
}
impl rt::WriteRequest for PushBadgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_across_cloud_stroage_configs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAcrossCloudStroageConfigsRequest {
    /// `targetCloudType`: a query parameter.
    pub target_cloud_type: i64,
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
/// The required fields of [`QueryAcrossCloudStroageConfigsRequest`], each named where it is set: `QueryAcrossCloudStroageConfigsRequest::new(QueryAcrossCloudStroageConfigsRequired { .. })`.
pub struct QueryAcrossCloudStroageConfigsRequired {
    /// `targetCloudType`: see [`QueryAcrossCloudStroageConfigsRequest::target_cloud_type`].
    pub target_cloud_type: i64,
    /// `targetCorpId`: see [`QueryAcrossCloudStroageConfigsRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl QueryAcrossCloudStroageConfigsRequest {
    /// A `QueryAcrossCloudStroageConfigsRequest` with its required fields (`targetCloudType`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: QueryAcrossCloudStroageConfigsRequired) -> Self {
        let QueryAcrossCloudStroageConfigsRequired {
            target_cloud_type,
            target_corp_id,
        } = required;
        Self {
            target_cloud_type,
            target_corp_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAcrossCloudStroageConfigsRequest { "targetCloudType" =>
    read_field(target_cloud_type), "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for QueryAcrossCloudStroageConfigsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCloudType", &self.target_cloud_type);
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::query_channel_staff_info_by_mobile`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryChannelStaffInfoByMobileRequest {
    /// `mobile`: a query parameter.
    pub mobile: String,
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
/// The required fields of [`QueryChannelStaffInfoByMobileRequest`], each named where it is set: `QueryChannelStaffInfoByMobileRequest::new(QueryChannelStaffInfoByMobileRequired { .. })`.
pub struct QueryChannelStaffInfoByMobileRequired {
    /// `mobile`: see [`QueryChannelStaffInfoByMobileRequest::mobile`].
    pub mobile: String,
    /// `targetCorpId`: see [`QueryChannelStaffInfoByMobileRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl QueryChannelStaffInfoByMobileRequest {
    /// A `QueryChannelStaffInfoByMobileRequest` with its required fields (`mobile`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: QueryChannelStaffInfoByMobileRequired) -> Self {
        let QueryChannelStaffInfoByMobileRequired { mobile, target_corp_id } = required;
        Self { mobile, target_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryChannelStaffInfoByMobileRequest { "mobile" => read_field(mobile), "targetCorpId"
    => read_field(target_corp_id) }
}
impl rt::WriteRequest for QueryChannelStaffInfoByMobileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mobile", &self.mobile);
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::query_conversation_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryConversationPageRequest {
    /// `categoryId`: a query parameter.
    pub category_id: i64,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
/// The required fields of [`QueryConversationPageRequest`], each named where it is set: `QueryConversationPageRequest::new(QueryConversationPageRequired { .. })`.
pub struct QueryConversationPageRequired {
    /// `categoryId`: see [`QueryConversationPageRequest::category_id`].
    pub category_id: i64,
    /// `maxResults`: see [`QueryConversationPageRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`QueryConversationPageRequest::next_token`].
    pub next_token: String,
}
impl QueryConversationPageRequest {
    /// A `QueryConversationPageRequest` with its required fields (`categoryId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: QueryConversationPageRequired) -> Self {
        let QueryConversationPageRequired { category_id, max_results, next_token } = required;
        Self {
            category_id,
            max_results,
            next_token,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryConversationPageRequest { "categoryId" => read_field(category_id), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for QueryConversationPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("categoryId", &self.category_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_msg_send_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMsgSendRecordsRequest {
    /// `end_time`.
    pub end_time: Option<i64>,
    /// `msgTypeList`.
    pub msg_type_list: Option<Vec<String>>,
    /// `msg_source`.
    pub msg_source: Option<i64>,
    /// `page_number`.
    pub page_number: i64,
    /// `page_size`.
    pub page_size: i64,
    /// `start_time`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `unionid`.
    pub unionid: String,
}
/// The required fields of [`QueryMsgSendRecordsRequest`], each named where it is set: `QueryMsgSendRecordsRequest::new(QueryMsgSendRecordsRequired { .. })`.
pub struct QueryMsgSendRecordsRequired {
    /// `page_number`: see [`QueryMsgSendRecordsRequest::page_number`].
    pub page_number: i64,
    /// `page_size`: see [`QueryMsgSendRecordsRequest::page_size`].
    pub page_size: i64,
    /// `unionid`: see [`QueryMsgSendRecordsRequest::unionid`].
    pub unionid: String,
}
impl QueryMsgSendRecordsRequest {
    /// A `QueryMsgSendRecordsRequest` with its required fields (`page_number`, `page_size`, `unionid`); set the others with the methods named after them.
    pub fn new(required: QueryMsgSendRecordsRequired) -> Self {
        let QueryMsgSendRecordsRequired { page_number, page_size, unionid } = required;
        Self {
            end_time: None,
            msg_type_list: None,
            msg_source: None,
            page_number,
            page_size,
            start_time: None,
            status: None,
            unionid,
        }
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `msgTypeList`.
    pub fn msg_type_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.msg_type_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `msg_source`.
    pub fn msg_source(mut self, value: i64) -> Self {
        self.msg_source = Some(value);
        self
    }
    /// Sets `start_time`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
rt::impl_serialize! {
    QueryMsgSendRecordsRequest { "end_time" => optional(end_time), "msgTypeList" =>
    optional(msg_type_list), "msg_source" => optional(msg_source), "page_number" =>
    field(page_number), "page_size" => field(page_size), "start_time" =>
    optional(start_time), "status" => optional(status), "unionid" => field(unionid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMsgSendRecordsRequest { "end_time" => read_field(end_time), "msgTypeList" =>
    read_field(msg_type_list), "msg_source" => read_field(msg_source), "page_number" =>
    read_field(page_number), "page_size" => read_field(page_size), "start_time" =>
    read_field(start_time), "status" => read_field(status), "unionid" =>
    read_field(unionid) }
}
impl rt::WriteRequest for QueryMsgSendRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_user_behavior`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserBehaviorRequest {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `platform`.
    pub platform: i64,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `type`.
    pub r#type: i64,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`QueryUserBehaviorRequest`], each named where it is set: `QueryUserBehaviorRequest::new(QueryUserBehaviorRequired { .. })`.
pub struct QueryUserBehaviorRequired {
    /// `pageNumber`: see [`QueryUserBehaviorRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryUserBehaviorRequest::page_size`].
    pub page_size: i64,
    /// `platform`: see [`QueryUserBehaviorRequest::platform`].
    pub platform: i64,
    /// `type`: see [`QueryUserBehaviorRequest::r#type`](QueryUserBehaviorRequest::type).
    pub r#type: i64,
}
impl QueryUserBehaviorRequest {
    /// A `QueryUserBehaviorRequest` with its required fields (`pageNumber`, `pageSize`, `platform`, `type`); set the others with the methods named after them.
    pub fn new(required: QueryUserBehaviorRequired) -> Self {
        let QueryUserBehaviorRequired { page_number, page_size, platform, r#type } = required;
        Self {
            end_time: None,
            page_number,
            page_size,
            platform,
            start_time: None,
            r#type,
            user_id: None,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryUserBehaviorRequest { "endTime" => optional(end_time), "pageNumber" =>
    field(page_number), "pageSize" => field(page_size), "platform" => field(platform),
    "startTime" => optional(start_time), "type" => field(r#type), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserBehaviorRequest { "endTime" => read_field(end_time), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "platform" =>
    read_field(platform), "startTime" => read_field(start_time), "type" =>
    read_field(r#type), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryUserBehaviorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rollback_mini_app_version`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RollbackMiniAppVersionRequest {
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
    /// `rollbackVersion`.
    pub rollback_version: Option<String>,
    /// `targetVersion`.
    pub target_version: Option<String>,
}
impl RollbackMiniAppVersionRequest {
    /// An empty `RollbackMiniAppVersionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `miniAppId`.
    pub fn mini_app_id(mut self, value: impl Into<String>) -> Self {
        self.mini_app_id = Some(value.into());
        self
    }
    /// Sets `rollbackVersion`.
    pub fn rollback_version(mut self, value: impl Into<String>) -> Self {
        self.rollback_version = Some(value.into());
        self
    }
    /// Sets `targetVersion`.
    pub fn target_version(mut self, value: impl Into<String>) -> Self {
        self.target_version = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RollbackMiniAppVersionRequest { "miniAppId" => optional(mini_app_id),
    "rollbackVersion" => optional(rollback_version), "targetVersion" =>
    optional(target_version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RollbackMiniAppVersionRequest { "miniAppId" => read_field(mini_app_id),
    "rollbackVersion" => read_field(rollback_version), "targetVersion" =>
    read_field(target_version) }
}
impl rt::WriteRequest for RollbackMiniAppVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rule_batch_receiver`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RuleBatchReceiverRequest {
    /// `batchNo`.
    pub batch_no: Option<String>,
    /// `cardOptions`.
    pub card_options: Option<String>,
    /// `data`.
    pub data: Option<Vec<RuleBatchReceiverRequestData>>,
    /// `ruleCode`.
    pub rule_code: Option<String>,
    /// `secretKey`.
    pub secret_key: Option<String>,
    /// `specialStrategy`.
    pub special_strategy: Option<bool>,
    /// `taskBatchNo`.
    pub task_batch_no: Option<String>,
}
impl RuleBatchReceiverRequest {
    /// An empty `RuleBatchReceiverRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `batchNo`.
    pub fn batch_no(mut self, value: impl Into<String>) -> Self {
        self.batch_no = Some(value.into());
        self
    }
    /// Sets `cardOptions`.
    pub fn card_options(mut self, value: impl Into<String>) -> Self {
        self.card_options = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = RuleBatchReceiverRequestData>,
    ) -> Self {
        self.data = Some(value.into_iter().collect());
        self
    }
    /// Sets `ruleCode`.
    pub fn rule_code(mut self, value: impl Into<String>) -> Self {
        self.rule_code = Some(value.into());
        self
    }
    /// Sets `secretKey`.
    pub fn secret_key(mut self, value: impl Into<String>) -> Self {
        self.secret_key = Some(value.into());
        self
    }
    /// Sets `specialStrategy`.
    pub fn special_strategy(mut self, value: bool) -> Self {
        self.special_strategy = Some(value);
        self
    }
    /// Sets `taskBatchNo`.
    pub fn task_batch_no(mut self, value: impl Into<String>) -> Self {
        self.task_batch_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RuleBatchReceiverRequest { "batchNo" => optional(batch_no), "cardOptions" =>
    optional(card_options), "data" => optional(data), "ruleCode" => optional(rule_code),
    "secretKey" => optional(secret_key), "specialStrategy" => optional(special_strategy),
    "taskBatchNo" => optional(task_batch_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RuleBatchReceiverRequest { "batchNo" => read_field(batch_no), "cardOptions" =>
    read_field(card_options), "data" => read_field(data), "ruleCode" =>
    read_field(rule_code), "secretKey" => read_field(secret_key), "specialStrategy" =>
    read_field(special_strategy), "taskBatchNo" => read_field(task_batch_no) }
}
impl rt::WriteRequest for RuleBatchReceiverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_across_cloud_stroage_configs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveAcrossCloudStroageConfigsRequest {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `accessKeySecret`.
    pub access_key_secret: Option<String>,
    /// `bucketName`.
    pub bucket_name: Option<String>,
    /// `cloudType`.
    pub cloud_type: i64,
    /// `endpoint`.
    pub endpoint: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`SaveAcrossCloudStroageConfigsRequest`], each named where it is set: `SaveAcrossCloudStroageConfigsRequest::new(SaveAcrossCloudStroageConfigsRequired { .. })`.
pub struct SaveAcrossCloudStroageConfigsRequired {
    /// `cloudType`: see [`SaveAcrossCloudStroageConfigsRequest::cloud_type`].
    pub cloud_type: i64,
    /// `targetCorpId`: see [`SaveAcrossCloudStroageConfigsRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl SaveAcrossCloudStroageConfigsRequest {
    /// A `SaveAcrossCloudStroageConfigsRequest` with its required fields (`cloudType`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: SaveAcrossCloudStroageConfigsRequired) -> Self {
        let SaveAcrossCloudStroageConfigsRequired { cloud_type, target_corp_id } = required;
        Self {
            access_key_id: None,
            access_key_secret: None,
            bucket_name: None,
            cloud_type,
            endpoint: None,
            target_corp_id,
        }
    }
    /// Sets `accessKeyId`.
    pub fn access_key_id(mut self, value: impl Into<String>) -> Self {
        self.access_key_id = Some(value.into());
        self
    }
    /// Sets `accessKeySecret`.
    pub fn access_key_secret(mut self, value: impl Into<String>) -> Self {
        self.access_key_secret = Some(value.into());
        self
    }
    /// Sets `bucketName`.
    pub fn bucket_name(mut self, value: impl Into<String>) -> Self {
        self.bucket_name = Some(value.into());
        self
    }
    /// Sets `endpoint`.
    pub fn endpoint(mut self, value: impl Into<String>) -> Self {
        self.endpoint = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SaveAcrossCloudStroageConfigsRequest { "accessKeyId" => optional(access_key_id),
    "accessKeySecret" => optional(access_key_secret), "bucketName" =>
    optional(bucket_name), "cloudType" => field(cloud_type), "endpoint" =>
    optional(endpoint), "targetCorpId" => field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveAcrossCloudStroageConfigsRequest { "accessKeyId" => read_field(access_key_id),
    "accessKeySecret" => read_field(access_key_secret), "bucketName" =>
    read_field(bucket_name), "cloudType" => read_field(cloud_type), "endpoint" =>
    read_field(endpoint), "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for SaveAcrossCloudStroageConfigsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_and_submit_auth_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveAndSubmitAuthInfoRequest {
    /// `applyRemark`.
    pub apply_remark: Option<String>,
    /// `authorizeMediaId`.
    pub authorize_media_id: Option<String>,
    /// `industry`.
    pub industry: String,
    /// `legalPerson`.
    pub legal_person: String,
    /// `legalPersonIdCard`.
    pub legal_person_id_card: String,
    /// `licenseMediaId`.
    pub license_media_id: Option<String>,
    /// `locCity`.
    pub loc_city: i64,
    /// `locCityName`.
    pub loc_city_name: String,
    /// `locProvince`.
    pub loc_province: i64,
    /// `locProvinceName`.
    pub loc_province_name: String,
    /// `mobileNum`.
    pub mobile_num: String,
    /// `orgName`.
    pub org_name: String,
    /// `organizationCode`.
    pub organization_code: Option<String>,
    /// `organizationCodeMediaId`.
    pub organization_code_media_id: Option<String>,
    /// `registLocation`.
    pub regist_location: String,
    /// `registNum`.
    pub regist_num: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: String,
    /// `unifiedSocialCredit`.
    pub unified_social_credit: Option<String>,
}
/// The required fields of [`SaveAndSubmitAuthInfoRequest`], each named where it is set: `SaveAndSubmitAuthInfoRequest::new(SaveAndSubmitAuthInfoRequired { .. })`.
pub struct SaveAndSubmitAuthInfoRequired {
    /// `industry`: see [`SaveAndSubmitAuthInfoRequest::industry`].
    pub industry: String,
    /// `legalPerson`: see [`SaveAndSubmitAuthInfoRequest::legal_person`].
    pub legal_person: String,
    /// `legalPersonIdCard`: see [`SaveAndSubmitAuthInfoRequest::legal_person_id_card`].
    pub legal_person_id_card: String,
    /// `locCity`: see [`SaveAndSubmitAuthInfoRequest::loc_city`].
    pub loc_city: i64,
    /// `locCityName`: see [`SaveAndSubmitAuthInfoRequest::loc_city_name`].
    pub loc_city_name: String,
    /// `locProvince`: see [`SaveAndSubmitAuthInfoRequest::loc_province`].
    pub loc_province: i64,
    /// `locProvinceName`: see [`SaveAndSubmitAuthInfoRequest::loc_province_name`].
    pub loc_province_name: String,
    /// `mobileNum`: see [`SaveAndSubmitAuthInfoRequest::mobile_num`].
    pub mobile_num: String,
    /// `orgName`: see [`SaveAndSubmitAuthInfoRequest::org_name`].
    pub org_name: String,
    /// `registLocation`: see [`SaveAndSubmitAuthInfoRequest::regist_location`].
    pub regist_location: String,
    /// `targetCorpId`: see [`SaveAndSubmitAuthInfoRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl SaveAndSubmitAuthInfoRequest {
    /// A `SaveAndSubmitAuthInfoRequest` with its required fields (`industry`, `legalPerson`, `legalPersonIdCard`, `locCity`, `locCityName`, `locProvince`, `locProvinceName`, `mobileNum`, `orgName`, `registLocation`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: SaveAndSubmitAuthInfoRequired) -> Self {
        let SaveAndSubmitAuthInfoRequired {
            industry,
            legal_person,
            legal_person_id_card,
            loc_city,
            loc_city_name,
            loc_province,
            loc_province_name,
            mobile_num,
            org_name,
            regist_location,
            target_corp_id,
        } = required;
        Self {
            apply_remark: None,
            authorize_media_id: None,
            industry,
            legal_person,
            legal_person_id_card,
            license_media_id: None,
            loc_city,
            loc_city_name,
            loc_province,
            loc_province_name,
            mobile_num,
            org_name,
            organization_code: None,
            organization_code_media_id: None,
            regist_location,
            regist_num: None,
            target_corp_id,
            unified_social_credit: None,
        }
    }
    /// Sets `applyRemark`.
    pub fn apply_remark(mut self, value: impl Into<String>) -> Self {
        self.apply_remark = Some(value.into());
        self
    }
    /// Sets `authorizeMediaId`.
    pub fn authorize_media_id(mut self, value: impl Into<String>) -> Self {
        self.authorize_media_id = Some(value.into());
        self
    }
    /// Sets `licenseMediaId`.
    pub fn license_media_id(mut self, value: impl Into<String>) -> Self {
        self.license_media_id = Some(value.into());
        self
    }
    /// Sets `organizationCode`.
    pub fn organization_code(mut self, value: impl Into<String>) -> Self {
        self.organization_code = Some(value.into());
        self
    }
    /// Sets `organizationCodeMediaId`.
    pub fn organization_code_media_id(mut self, value: impl Into<String>) -> Self {
        self.organization_code_media_id = Some(value.into());
        self
    }
    /// Sets `registNum`.
    pub fn regist_num(mut self, value: impl Into<String>) -> Self {
        self.regist_num = Some(value.into());
        self
    }
    /// Sets `unifiedSocialCredit`.
    pub fn unified_social_credit(mut self, value: impl Into<String>) -> Self {
        self.unified_social_credit = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SaveAndSubmitAuthInfoRequest { "applyRemark" => optional(apply_remark),
    "authorizeMediaId" => optional(authorize_media_id), "industry" => field(industry),
    "legalPerson" => field(legal_person), "legalPersonIdCard" =>
    field(legal_person_id_card), "licenseMediaId" => optional(license_media_id),
    "locCity" => field(loc_city), "locCityName" => field(loc_city_name), "locProvince" =>
    field(loc_province), "locProvinceName" => field(loc_province_name), "mobileNum" =>
    field(mobile_num), "orgName" => field(org_name), "organizationCode" =>
    optional(organization_code), "organizationCodeMediaId" =>
    optional(organization_code_media_id), "registLocation" => field(regist_location),
    "registNum" => optional(regist_num), "targetCorpId" => field(target_corp_id),
    "unifiedSocialCredit" => optional(unified_social_credit) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveAndSubmitAuthInfoRequest { "applyRemark" => read_field(apply_remark),
    "authorizeMediaId" => read_field(authorize_media_id), "industry" =>
    read_field(industry), "legalPerson" => read_field(legal_person), "legalPersonIdCard"
    => read_field(legal_person_id_card), "licenseMediaId" =>
    read_field(license_media_id), "locCity" => read_field(loc_city), "locCityName" =>
    read_field(loc_city_name), "locProvince" => read_field(loc_province),
    "locProvinceName" => read_field(loc_province_name), "mobileNum" =>
    read_field(mobile_num), "orgName" => read_field(org_name), "organizationCode" =>
    read_field(organization_code), "organizationCodeMediaId" =>
    read_field(organization_code_media_id), "registLocation" =>
    read_field(regist_location), "registNum" => read_field(regist_num), "targetCorpId" =>
    read_field(target_corp_id), "unifiedSocialCredit" =>
    read_field(unified_social_credit) }
}
impl rt::WriteRequest for SaveAndSubmitAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_open_terminal_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveOpenTerminalInfoRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `logSource`.
    pub log_source: String,
    /// `logType`.
    pub log_type: String,
    /// `openExt`.
    pub open_ext: String,
}
/// The required fields of [`SaveOpenTerminalInfoRequest`], each named where it is set: `SaveOpenTerminalInfoRequest::new(SaveOpenTerminalInfoRequired { .. })`.
pub struct SaveOpenTerminalInfoRequired {
    /// `corpId`: see [`SaveOpenTerminalInfoRequest::corp_id`].
    pub corp_id: String,
    /// `logSource`: see [`SaveOpenTerminalInfoRequest::log_source`].
    pub log_source: String,
    /// `logType`: see [`SaveOpenTerminalInfoRequest::log_type`].
    pub log_type: String,
    /// `openExt`: see [`SaveOpenTerminalInfoRequest::open_ext`].
    pub open_ext: String,
}
impl SaveOpenTerminalInfoRequest {
    /// A `SaveOpenTerminalInfoRequest` with its required fields (`corpId`, `logSource`, `logType`, `openExt`); set the others with the methods named after them.
    pub fn new(required: SaveOpenTerminalInfoRequired) -> Self {
        let SaveOpenTerminalInfoRequired { corp_id, log_source, log_type, open_ext } = required;
        Self {
            corp_id,
            log_source,
            log_type,
            open_ext,
        }
    }
}
rt::impl_serialize! {
    SaveOpenTerminalInfoRequest { "corpId" => field(corp_id), "logSource" =>
    field(log_source), "logType" => field(log_type), "openExt" => field(open_ext) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveOpenTerminalInfoRequest { "corpId" => read_field(corp_id), "logSource" =>
    read_field(log_source), "logType" => read_field(log_type), "openExt" =>
    read_field(open_ext) }
}
impl rt::WriteRequest for SaveOpenTerminalInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_storage_function_switch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveStorageFunctionSwitchRequest {
    /// `functionList`.
    pub function_list: Vec<SaveStorageFunctionSwitchRequestFunctionList>,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`SaveStorageFunctionSwitchRequest`], each named where it is set: `SaveStorageFunctionSwitchRequest::new(SaveStorageFunctionSwitchRequired { .. })`.
pub struct SaveStorageFunctionSwitchRequired {
    /// `functionList`: see [`SaveStorageFunctionSwitchRequest::function_list`].
    pub function_list: Vec<SaveStorageFunctionSwitchRequestFunctionList>,
    /// `targetCorpId`: see [`SaveStorageFunctionSwitchRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl SaveStorageFunctionSwitchRequest {
    /// A `SaveStorageFunctionSwitchRequest` with its required fields (`functionList`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: SaveStorageFunctionSwitchRequired) -> Self {
        let SaveStorageFunctionSwitchRequired { function_list, target_corp_id } = required;
        Self {
            function_list,
            target_corp_id,
        }
    }
}
rt::impl_serialize! {
    SaveStorageFunctionSwitchRequest { "functionList" => field(function_list),
    "targetCorpId" => field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveStorageFunctionSwitchRequest { "functionList" => read_field(function_list),
    "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for SaveStorageFunctionSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_storage_switch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveStorageSwitchRequest {
    /// `openStorage`.
    pub open_storage: i64,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`SaveStorageSwitchRequest`], each named where it is set: `SaveStorageSwitchRequest::new(SaveStorageSwitchRequired { .. })`.
pub struct SaveStorageSwitchRequired {
    /// `openStorage`: see [`SaveStorageSwitchRequest::open_storage`].
    pub open_storage: i64,
    /// `targetCorpId`: see [`SaveStorageSwitchRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl SaveStorageSwitchRequest {
    /// A `SaveStorageSwitchRequest` with its required fields (`openStorage`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: SaveStorageSwitchRequired) -> Self {
        let SaveStorageSwitchRequired { open_storage, target_corp_id } = required;
        Self {
            open_storage,
            target_corp_id,
        }
    }
}
rt::impl_serialize! {
    SaveStorageSwitchRequest { "openStorage" => field(open_storage), "targetCorpId" =>
    field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveStorageSwitchRequest { "openStorage" => read_field(open_storage), "targetCorpId"
    => read_field(target_corp_id) }
}
impl rt::WriteRequest for SaveStorageSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_white_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveWhiteAppRequest {
    /// `agentIdList`.
    pub agent_id_list: Option<Vec<i64>>,
    /// `agentIdMap`.
    pub agent_id_map: String,
    /// `operation`.
    pub operation: Option<String>,
}
/// The required fields of [`SaveWhiteAppRequest`], each named where it is set: `SaveWhiteAppRequest::new(SaveWhiteAppRequired { .. })`.
pub struct SaveWhiteAppRequired {
    /// `agentIdMap`: see [`SaveWhiteAppRequest::agent_id_map`].
    pub agent_id_map: String,
}
impl SaveWhiteAppRequest {
    /// A `SaveWhiteAppRequest` with its required fields (`agentIdMap`); set the others with the methods named after them.
    pub fn new(required: SaveWhiteAppRequired) -> Self {
        let SaveWhiteAppRequired { agent_id_map } = required;
        Self {
            agent_id_list: None,
            agent_id_map,
            operation: None,
        }
    }
    /// Sets `agentIdList`.
    pub fn agent_id_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.agent_id_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `operation`.
    pub fn operation(mut self, value: impl Into<String>) -> Self {
        self.operation = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SaveWhiteAppRequest { "agentIdList" => optional(agent_id_list), "agentIdMap" =>
    field(agent_id_map), "operation" => optional(operation) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveWhiteAppRequest { "agentIdList" => read_field(agent_id_list), "agentIdMap" =>
    read_field(agent_id_map), "operation" => read_field(operation) }
}
impl rt::WriteRequest for SaveWhiteAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_org_inner_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchOrgInnerGroupInfoRequest {
    /// `createTimeEnd`: a query parameter.
    pub create_time_end: Option<i64>,
    /// `createTimeStart`: a query parameter.
    pub create_time_start: Option<i64>,
    /// `groupMembersCountEnd`: a query parameter.
    pub group_members_count_end: Option<i64>,
    /// `groupMembersCountStart`: a query parameter.
    pub group_members_count_start: Option<i64>,
    /// `groupName`: a query parameter.
    pub group_name: Option<String>,
    /// `groupOwner`: a query parameter.
    pub group_owner: Option<String>,
    /// `lastActiveTimeEnd`: a query parameter.
    pub last_active_time_end: Option<i64>,
    /// `lastActiveTimeStart`: a query parameter.
    pub last_active_time_start: Option<i64>,
    /// `operatorUserId`: a query parameter.
    pub operator_user_id: String,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `pageStart`: a query parameter.
    pub page_start: i64,
    /// `syncToDingpan`: a query parameter.
    pub sync_to_dingpan: Option<i64>,
    /// `uuid`: a query parameter.
    pub uuid: String,
}
/// The required fields of [`SearchOrgInnerGroupInfoRequest`], each named where it is set: `SearchOrgInnerGroupInfoRequest::new(SearchOrgInnerGroupInfoRequired { .. })`.
pub struct SearchOrgInnerGroupInfoRequired {
    /// `operatorUserId`: see [`SearchOrgInnerGroupInfoRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `pageSize`: see [`SearchOrgInnerGroupInfoRequest::page_size`].
    pub page_size: i64,
    /// `pageStart`: see [`SearchOrgInnerGroupInfoRequest::page_start`].
    pub page_start: i64,
    /// `uuid`: see [`SearchOrgInnerGroupInfoRequest::uuid`].
    pub uuid: String,
}
impl SearchOrgInnerGroupInfoRequest {
    /// A `SearchOrgInnerGroupInfoRequest` with its required fields (`operatorUserId`, `pageSize`, `pageStart`, `uuid`); set the others with the methods named after them.
    pub fn new(required: SearchOrgInnerGroupInfoRequired) -> Self {
        let SearchOrgInnerGroupInfoRequired {
            operator_user_id,
            page_size,
            page_start,
            uuid,
        } = required;
        Self {
            create_time_end: None,
            create_time_start: None,
            group_members_count_end: None,
            group_members_count_start: None,
            group_name: None,
            group_owner: None,
            last_active_time_end: None,
            last_active_time_start: None,
            operator_user_id,
            page_size,
            page_start,
            sync_to_dingpan: None,
            uuid,
        }
    }
    /// Sets `createTimeEnd`.
    pub fn create_time_end(mut self, value: i64) -> Self {
        self.create_time_end = Some(value);
        self
    }
    /// Sets `createTimeStart`.
    pub fn create_time_start(mut self, value: i64) -> Self {
        self.create_time_start = Some(value);
        self
    }
    /// Sets `groupMembersCountEnd`.
    pub fn group_members_count_end(mut self, value: i64) -> Self {
        self.group_members_count_end = Some(value);
        self
    }
    /// Sets `groupMembersCountStart`.
    pub fn group_members_count_start(mut self, value: i64) -> Self {
        self.group_members_count_start = Some(value);
        self
    }
    /// Sets `groupName`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
    /// Sets `groupOwner`.
    pub fn group_owner(mut self, value: impl Into<String>) -> Self {
        self.group_owner = Some(value.into());
        self
    }
    /// Sets `lastActiveTimeEnd`.
    pub fn last_active_time_end(mut self, value: i64) -> Self {
        self.last_active_time_end = Some(value);
        self
    }
    /// Sets `lastActiveTimeStart`.
    pub fn last_active_time_start(mut self, value: i64) -> Self {
        self.last_active_time_start = Some(value);
        self
    }
    /// Sets `syncToDingpan`.
    pub fn sync_to_dingpan(mut self, value: i64) -> Self {
        self.sync_to_dingpan = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchOrgInnerGroupInfoRequest { "createTimeEnd" => read_field(create_time_end),
    "createTimeStart" => read_field(create_time_start), "groupMembersCountEnd" =>
    read_field(group_members_count_end), "groupMembersCountStart" =>
    read_field(group_members_count_start), "groupName" => read_field(group_name),
    "groupOwner" => read_field(group_owner), "lastActiveTimeEnd" =>
    read_field(last_active_time_end), "lastActiveTimeStart" =>
    read_field(last_active_time_start), "operatorUserId" => read_field(operator_user_id),
    "pageSize" => read_field(page_size), "pageStart" => read_field(page_start),
    "syncToDingpan" => read_field(sync_to_dingpan), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for SearchOrgInnerGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("createTimeEnd", &self.create_time_end);
        writer.query("createTimeStart", &self.create_time_start);
        writer.query("groupMembersCountEnd", &self.group_members_count_end);
        writer.query("groupMembersCountStart", &self.group_members_count_start);
        writer.query("groupName", &self.group_name);
        writer.query("groupOwner", &self.group_owner);
        writer.query("lastActiveTimeEnd", &self.last_active_time_end);
        writer.query("lastActiveTimeStart", &self.last_active_time_start);
        writer.query("operatorUserId", &self.operator_user_id);
        writer.query("pageSize", &self.page_size);
        writer.query("pageStart", &self.page_start);
        writer.query("syncToDingpan", &self.sync_to_dingpan);
        writer.query("uuid", &self.uuid);
    }
}
/// The request of [`Api::search_org_inner_group_info_by_cursor_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchOrgInnerGroupInfoByCursorPageRequest {
    /// `count`: a query parameter.
    pub count: i64,
    /// `cursor`: a query parameter.
    pub cursor: i64,
    /// `forward`: a query parameter.
    pub forward: Option<bool>,
}
/// The required fields of [`SearchOrgInnerGroupInfoByCursorPageRequest`], each named where it is set: `SearchOrgInnerGroupInfoByCursorPageRequest::new(SearchOrgInnerGroupInfoByCursorPageRequired { .. })`.
pub struct SearchOrgInnerGroupInfoByCursorPageRequired {
    /// `count`: see [`SearchOrgInnerGroupInfoByCursorPageRequest::count`].
    pub count: i64,
    /// `cursor`: see [`SearchOrgInnerGroupInfoByCursorPageRequest::cursor`].
    pub cursor: i64,
}
impl SearchOrgInnerGroupInfoByCursorPageRequest {
    /// A `SearchOrgInnerGroupInfoByCursorPageRequest` with its required fields (`count`, `cursor`); set the others with the methods named after them.
    pub fn new(required: SearchOrgInnerGroupInfoByCursorPageRequired) -> Self {
        let SearchOrgInnerGroupInfoByCursorPageRequired { count, cursor } = required;
        Self {
            count,
            cursor,
            forward: None,
        }
    }
    /// Sets `forward`.
    pub fn forward(mut self, value: bool) -> Self {
        self.forward = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchOrgInnerGroupInfoByCursorPageRequest { "count" => read_field(count), "cursor"
    => read_field(cursor), "forward" => read_field(forward) }
}
impl rt::WriteRequest for SearchOrgInnerGroupInfoByCursorPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("count", &self.count);
        writer.query("cursor", &self.cursor);
        writer.query("forward", &self.forward);
    }
}
/// The request of [`Api::send_app_ding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendAppDingRequest {
    /// `content`.
    pub content: String,
    /// `userids`.
    pub userids: Vec<String>,
}
/// The required fields of [`SendAppDingRequest`], each named where it is set: `SendAppDingRequest::new(SendAppDingRequired { .. })`.
pub struct SendAppDingRequired {
    /// `content`: see [`SendAppDingRequest::content`].
    pub content: String,
    /// `userids`: see [`SendAppDingRequest::userids`].
    pub userids: Vec<String>,
}
impl SendAppDingRequest {
    /// A `SendAppDingRequest` with its required fields (`content`, `userids`); set the others with the methods named after them.
    pub fn new(required: SendAppDingRequired) -> Self {
        let SendAppDingRequired { content, userids } = required;
        Self { content, userids }
    }
}
rt::impl_serialize! {
    SendAppDingRequest { "content" => field(content), "userids" => field(userids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAppDingRequest { "content" => read_field(content), "userids" =>
    read_field(userids) }
}
impl rt::WriteRequest for SendAppDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_invitation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendInvitationRequest {
    /// `deptId`.
    pub dept_id: String,
    /// `orgAlias`.
    pub org_alias: String,
    /// `partnerLabelId`.
    pub partner_label_id: i64,
    /// `partnerNum`.
    pub partner_num: String,
    /// `phone`.
    pub phone: String,
}
/// The required fields of [`SendInvitationRequest`], each named where it is set: `SendInvitationRequest::new(SendInvitationRequired { .. })`.
pub struct SendInvitationRequired {
    /// `deptId`: see [`SendInvitationRequest::dept_id`].
    pub dept_id: String,
    /// `orgAlias`: see [`SendInvitationRequest::org_alias`].
    pub org_alias: String,
    /// `partnerLabelId`: see [`SendInvitationRequest::partner_label_id`].
    pub partner_label_id: i64,
    /// `partnerNum`: see [`SendInvitationRequest::partner_num`].
    pub partner_num: String,
    /// `phone`: see [`SendInvitationRequest::phone`].
    pub phone: String,
}
impl SendInvitationRequest {
    /// A `SendInvitationRequest` with its required fields (`deptId`, `orgAlias`, `partnerLabelId`, `partnerNum`, `phone`); set the others with the methods named after them.
    pub fn new(required: SendInvitationRequired) -> Self {
        let SendInvitationRequired {
            dept_id,
            org_alias,
            partner_label_id,
            partner_num,
            phone,
        } = required;
        Self {
            dept_id,
            org_alias,
            partner_label_id,
            partner_num,
            phone,
        }
    }
}
rt::impl_serialize! {
    SendInvitationRequest { "deptId" => field(dept_id), "orgAlias" => field(org_alias),
    "partnerLabelId" => field(partner_label_id), "partnerNum" => field(partner_num),
    "phone" => field(phone) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendInvitationRequest { "deptId" => read_field(dept_id), "orgAlias" =>
    read_field(org_alias), "partnerLabelId" => read_field(partner_label_id), "partnerNum"
    => read_field(partner_num), "phone" => read_field(phone) }
}
impl rt::WriteRequest for SendInvitationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageRequest {
    /// `allow_comment`.
    pub allow_comment: Option<bool>,
    /// `comment_type`.
    pub comment_type: Option<i64>,
    /// `dep_id_list`.
    pub dep_id_list: Option<Vec<i64>>,
    /// `is_preview`.
    pub is_preview: Option<bool>,
    /// `is_to_all`.
    pub is_to_all: Option<bool>,
    /// `media_id`.
    pub media_id: Option<String>,
    /// `msg_body`.
    pub msg_body: Option<SendMessageRequestMsgBody>,
    /// `msg_type`.
    pub msg_type: Option<String>,
    /// `roleIds`.
    pub role_ids: Option<Vec<i64>>,
    /// `show_homepage`.
    pub show_homepage: Option<i64>,
    /// `text_content`.
    pub text_content: Option<String>,
    /// `unionid`.
    pub unionid: Option<String>,
    /// `userid_list`.
    pub userid_list: Option<Vec<String>>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl SendMessageRequest {
    /// An empty `SendMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `allow_comment`.
    pub fn allow_comment(mut self, value: bool) -> Self {
        self.allow_comment = Some(value);
        self
    }
    /// Sets `comment_type`.
    pub fn comment_type(mut self, value: i64) -> Self {
        self.comment_type = Some(value);
        self
    }
    /// Sets `dep_id_list`.
    pub fn dep_id_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dep_id_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `is_preview`.
    pub fn is_preview(mut self, value: bool) -> Self {
        self.is_preview = Some(value);
        self
    }
    /// Sets `is_to_all`.
    pub fn is_to_all(mut self, value: bool) -> Self {
        self.is_to_all = Some(value);
        self
    }
    /// Sets `media_id`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
    /// Sets `msg_body`.
    pub fn msg_body(mut self, value: SendMessageRequestMsgBody) -> Self {
        self.msg_body = Some(value);
        self
    }
    /// Sets `msg_type`.
    pub fn msg_type(mut self, value: impl Into<String>) -> Self {
        self.msg_type = Some(value.into());
        self
    }
    /// Sets `roleIds`.
    pub fn role_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.role_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `show_homepage`.
    pub fn show_homepage(mut self, value: i64) -> Self {
        self.show_homepage = Some(value);
        self
    }
    /// Sets `text_content`.
    pub fn text_content(mut self, value: impl Into<String>) -> Self {
        self.text_content = Some(value.into());
        self
    }
    /// Sets `unionid`.
    pub fn unionid(mut self, value: impl Into<String>) -> Self {
        self.unionid = Some(value.into());
        self
    }
    /// Sets `userid_list`.
    pub fn userid_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.userid_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendMessageRequest { "allow_comment" => optional(allow_comment), "comment_type" =>
    optional(comment_type), "dep_id_list" => optional(dep_id_list), "is_preview" =>
    optional(is_preview), "is_to_all" => optional(is_to_all), "media_id" =>
    optional(media_id), "msg_body" => optional(msg_body), "msg_type" =>
    optional(msg_type), "roleIds" => optional(role_ids), "show_homepage" =>
    optional(show_homepage), "text_content" => optional(text_content), "unionid" =>
    optional(unionid), "userid_list" => optional(userid_list), "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageRequest { "allow_comment" => read_field(allow_comment), "comment_type" =>
    read_field(comment_type), "dep_id_list" => read_field(dep_id_list), "is_preview" =>
    read_field(is_preview), "is_to_all" => read_field(is_to_all), "media_id" =>
    read_field(media_id), "msg_body" => read_field(msg_body), "msg_type" =>
    read_field(msg_type), "roleIds" => read_field(role_ids), "show_homepage" =>
    read_field(show_homepage), "text_content" => read_field(text_content), "unionid" =>
    read_field(unionid), "userid_list" => read_field(userid_list), "uuid" =>
    read_field(uuid) }
}
impl rt::WriteRequest for SendMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_phone_ding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendPhoneDingRequest {
    /// `content`.
    pub content: String,
    /// `userids`.
    pub userids: Vec<String>,
}
/// The required fields of [`SendPhoneDingRequest`], each named where it is set: `SendPhoneDingRequest::new(SendPhoneDingRequired { .. })`.
pub struct SendPhoneDingRequired {
    /// `content`: see [`SendPhoneDingRequest::content`].
    pub content: String,
    /// `userids`: see [`SendPhoneDingRequest::userids`].
    pub userids: Vec<String>,
}
impl SendPhoneDingRequest {
    /// A `SendPhoneDingRequest` with its required fields (`content`, `userids`); set the others with the methods named after them.
    pub fn new(required: SendPhoneDingRequired) -> Self {
        let SendPhoneDingRequired { content, userids } = required;
        Self { content, userids }
    }
}
rt::impl_serialize! {
    SendPhoneDingRequest { "content" => field(content), "userids" => field(userids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendPhoneDingRequest { "content" => read_field(content), "userids" =>
    read_field(userids) }
}
impl rt::WriteRequest for SendPhoneDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_conversation_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetConversationCategoryRequest {
    /// `categoryId`.
    pub category_id: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`SetConversationCategoryRequest`], each named where it is set: `SetConversationCategoryRequest::new(SetConversationCategoryRequired { .. })`.
pub struct SetConversationCategoryRequired {
    /// `categoryId`: see [`SetConversationCategoryRequest::category_id`].
    pub category_id: i64,
    /// `openConversationId`: see [`SetConversationCategoryRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl SetConversationCategoryRequest {
    /// A `SetConversationCategoryRequest` with its required fields (`categoryId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: SetConversationCategoryRequired) -> Self {
        let SetConversationCategoryRequired { category_id, open_conversation_id } = required;
        Self {
            category_id,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    SetConversationCategoryRequest { "categoryId" => field(category_id),
    "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetConversationCategoryRequest { "categoryId" => read_field(category_id),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for SetConversationCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_conversation_subtitle`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetConversationSubtitleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `subtitle`.
    pub subtitle: Option<String>,
    /// `subtitleColor`.
    pub subtitle_color: Option<String>,
}
/// The required fields of [`SetConversationSubtitleRequest`], each named where it is set: `SetConversationSubtitleRequest::new(SetConversationSubtitleRequired { .. })`.
pub struct SetConversationSubtitleRequired {
    /// `openConversationId`: see [`SetConversationSubtitleRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl SetConversationSubtitleRequest {
    /// A `SetConversationSubtitleRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: SetConversationSubtitleRequired) -> Self {
        let SetConversationSubtitleRequired { open_conversation_id } = required;
        Self {
            open_conversation_id,
            subtitle: None,
            subtitle_color: None,
        }
    }
    /// Sets `subtitle`.
    pub fn subtitle(mut self, value: impl Into<String>) -> Self {
        self.subtitle = Some(value.into());
        self
    }
    /// Sets `subtitleColor`.
    pub fn subtitle_color(mut self, value: impl Into<String>) -> Self {
        self.subtitle_color = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetConversationSubtitleRequest { "openConversationId" => field(open_conversation_id),
    "subtitle" => optional(subtitle), "subtitleColor" => optional(subtitle_color) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetConversationSubtitleRequest { "openConversationId" =>
    read_field(open_conversation_id), "subtitle" => read_field(subtitle), "subtitleColor"
    => read_field(subtitle_color) }
}
impl rt::WriteRequest for SetConversationSubtitleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_conversation_top_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetConversationTopCategoryRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `setCategoryList`.
    pub set_category_list: Option<Vec<SetConversationTopCategoryRequestSetCategoryList>>,
    /// `sign`.
    pub sign: Option<i64>,
}
/// The required fields of [`SetConversationTopCategoryRequest`], each named where it is set: `SetConversationTopCategoryRequest::new(SetConversationTopCategoryRequired { .. })`.
pub struct SetConversationTopCategoryRequired {
    /// `openConversationId`: see [`SetConversationTopCategoryRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl SetConversationTopCategoryRequest {
    /// A `SetConversationTopCategoryRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: SetConversationTopCategoryRequired) -> Self {
        let SetConversationTopCategoryRequired { open_conversation_id } = required;
        Self {
            open_conversation_id,
            set_category_list: None,
            sign: None,
        }
    }
    /// Sets `setCategoryList`.
    pub fn set_category_list(
        mut self,
        value: impl IntoIterator<Item = SetConversationTopCategoryRequestSetCategoryList>,
    ) -> Self {
        self.set_category_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `sign`.
    pub fn sign(mut self, value: i64) -> Self {
        self.sign = Some(value);
        self
    }
}
rt::impl_serialize! {
    SetConversationTopCategoryRequest { "openConversationId" =>
    field(open_conversation_id), "setCategoryList" => optional(set_category_list), "sign"
    => optional(sign) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetConversationTopCategoryRequest { "openConversationId" =>
    read_field(open_conversation_id), "setCategoryList" => read_field(set_category_list),
    "sign" => read_field(sign) }
}
impl rt::WriteRequest for SetConversationTopCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_dept_partner_type_and_num`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetDeptPartnerTypeAndNumRequest {
    /// `deptId`.
    pub dept_id: String,
    /// `labelIds`.
    pub label_ids: Option<Vec<String>>,
    /// `partnerNum`.
    pub partner_num: Option<String>,
}
/// The required fields of [`SetDeptPartnerTypeAndNumRequest`], each named where it is set: `SetDeptPartnerTypeAndNumRequest::new(SetDeptPartnerTypeAndNumRequired { .. })`.
pub struct SetDeptPartnerTypeAndNumRequired {
    /// `deptId`: see [`SetDeptPartnerTypeAndNumRequest::dept_id`].
    pub dept_id: String,
}
impl SetDeptPartnerTypeAndNumRequest {
    /// A `SetDeptPartnerTypeAndNumRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: SetDeptPartnerTypeAndNumRequired) -> Self {
        let SetDeptPartnerTypeAndNumRequired { dept_id } = required;
        Self {
            dept_id,
            label_ids: None,
            partner_num: None,
        }
    }
    /// Sets `labelIds`.
    pub fn label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.label_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `partnerNum`.
    pub fn partner_num(mut self, value: impl Into<String>) -> Self {
        self.partner_num = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetDeptPartnerTypeAndNumRequest { "deptId" => field(dept_id), "labelIds" =>
    optional(label_ids), "partnerNum" => optional(partner_num) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetDeptPartnerTypeAndNumRequest { "deptId" => read_field(dept_id), "labelIds" =>
    read_field(label_ids), "partnerNum" => read_field(partner_num) }
}
impl rt::WriteRequest for SetDeptPartnerTypeAndNumRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_org_top_conversation_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetOrgTopConversationCategoryRequest {
    /// `body`.
    pub body: Vec<SetOrgTopConversationCategoryRequestBody>,
}
/// The required fields of [`SetOrgTopConversationCategoryRequest`], each named where it is set: `SetOrgTopConversationCategoryRequest::new(SetOrgTopConversationCategoryRequired { .. })`.
pub struct SetOrgTopConversationCategoryRequired {
    /// `body`: see [`SetOrgTopConversationCategoryRequest::body`].
    pub body: Vec<SetOrgTopConversationCategoryRequestBody>,
}
impl SetOrgTopConversationCategoryRequest {
    /// A `SetOrgTopConversationCategoryRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: SetOrgTopConversationCategoryRequired) -> Self {
        let SetOrgTopConversationCategoryRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetOrgTopConversationCategoryRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for SetOrgTopConversationCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::special_rule_batch_receiver`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SpecialRuleBatchReceiverRequest {
    /// `batchNo`.
    pub batch_no: Option<String>,
    /// `cardOptions`.
    pub card_options: Option<String>,
    /// `data`.
    pub data: Option<Vec<SpecialRuleBatchReceiverRequestData>>,
    /// `ruleCode`.
    pub rule_code: Option<String>,
    /// `secretKey`.
    pub secret_key: Option<String>,
    /// `specialStrategy`.
    pub special_strategy: Option<bool>,
    /// `taskBatchNo`.
    pub task_batch_no: Option<String>,
}
impl SpecialRuleBatchReceiverRequest {
    /// An empty `SpecialRuleBatchReceiverRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `batchNo`.
    pub fn batch_no(mut self, value: impl Into<String>) -> Self {
        self.batch_no = Some(value.into());
        self
    }
    /// Sets `cardOptions`.
    pub fn card_options(mut self, value: impl Into<String>) -> Self {
        self.card_options = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = SpecialRuleBatchReceiverRequestData>,
    ) -> Self {
        self.data = Some(value.into_iter().collect());
        self
    }
    /// Sets `ruleCode`.
    pub fn rule_code(mut self, value: impl Into<String>) -> Self {
        self.rule_code = Some(value.into());
        self
    }
    /// Sets `secretKey`.
    pub fn secret_key(mut self, value: impl Into<String>) -> Self {
        self.secret_key = Some(value.into());
        self
    }
    /// Sets `specialStrategy`.
    pub fn special_strategy(mut self, value: bool) -> Self {
        self.special_strategy = Some(value);
        self
    }
    /// Sets `taskBatchNo`.
    pub fn task_batch_no(mut self, value: impl Into<String>) -> Self {
        self.task_batch_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SpecialRuleBatchReceiverRequest { "batchNo" => optional(batch_no), "cardOptions" =>
    optional(card_options), "data" => optional(data), "ruleCode" => optional(rule_code),
    "secretKey" => optional(secret_key), "specialStrategy" => optional(special_strategy),
    "taskBatchNo" => optional(task_batch_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SpecialRuleBatchReceiverRequest { "batchNo" => read_field(batch_no), "cardOptions" =>
    read_field(card_options), "data" => read_field(data), "ruleCode" =>
    read_field(rule_code), "secretKey" => read_field(secret_key), "specialStrategy" =>
    read_field(special_strategy), "taskBatchNo" => read_field(task_batch_no) }
}
impl rt::WriteRequest for SpecialRuleBatchReceiverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_add_del_task_person`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TaskInfoAddDelTaskPersonRequest {
    /// `operateType`.
    pub operate_type: i64,
    /// `operatorAccount`.
    pub operator_account: String,
    /// `outTaskId`.
    pub out_task_id: String,
    /// `projId`.
    pub proj_id: String,
    /// `secretKey`.
    pub secret_key: String,
    /// `taskExecutePersonDTOS`.
    pub task_execute_person_dtos: Vec<
        TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS,
    >,
}
/// The required fields of [`TaskInfoAddDelTaskPersonRequest`], each named where it is set: `TaskInfoAddDelTaskPersonRequest::new(TaskInfoAddDelTaskPersonRequired { .. })`.
pub struct TaskInfoAddDelTaskPersonRequired {
    /// `operateType`: see [`TaskInfoAddDelTaskPersonRequest::operate_type`].
    pub operate_type: i64,
    /// `operatorAccount`: see [`TaskInfoAddDelTaskPersonRequest::operator_account`].
    pub operator_account: String,
    /// `outTaskId`: see [`TaskInfoAddDelTaskPersonRequest::out_task_id`].
    pub out_task_id: String,
    /// `projId`: see [`TaskInfoAddDelTaskPersonRequest::proj_id`].
    pub proj_id: String,
    /// `secretKey`: see [`TaskInfoAddDelTaskPersonRequest::secret_key`].
    pub secret_key: String,
    /// `taskExecutePersonDTOS`: see [`TaskInfoAddDelTaskPersonRequest::task_execute_person_dtos`].
    pub task_execute_person_dtos: Vec<
        TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS,
    >,
}
impl TaskInfoAddDelTaskPersonRequest {
    /// A `TaskInfoAddDelTaskPersonRequest` with its required fields (`operateType`, `operatorAccount`, `outTaskId`, `projId`, `secretKey`, `taskExecutePersonDTOS`); set the others with the methods named after them.
    pub fn new(required: TaskInfoAddDelTaskPersonRequired) -> Self {
        let TaskInfoAddDelTaskPersonRequired {
            operate_type,
            operator_account,
            out_task_id,
            proj_id,
            secret_key,
            task_execute_person_dtos,
        } = required;
        Self {
            operate_type,
            operator_account,
            out_task_id,
            proj_id,
            secret_key,
            task_execute_person_dtos,
        }
    }
}
rt::impl_serialize! {
    TaskInfoAddDelTaskPersonRequest { "operateType" => field(operate_type),
    "operatorAccount" => field(operator_account), "outTaskId" => field(out_task_id),
    "projId" => field(proj_id), "secretKey" => field(secret_key), "taskExecutePersonDTOS"
    => field(task_execute_person_dtos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoAddDelTaskPersonRequest { "operateType" => read_field(operate_type),
    "operatorAccount" => read_field(operator_account), "outTaskId" =>
    read_field(out_task_id), "projId" => read_field(proj_id), "secretKey" =>
    read_field(secret_key), "taskExecutePersonDTOS" =>
    read_field(task_execute_person_dtos) }
}
impl rt::WriteRequest for TaskInfoAddDelTaskPersonRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_cancel_or_del_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TaskInfoCancelOrDelTaskRequest {
    /// `cardDTO`.
    pub card_dto: Option<TaskInfoCancelOrDelTaskRequestCardDTO>,
    /// `operatorAccount`.
    pub operator_account: String,
    /// `outTaskId`.
    pub out_task_id: Option<String>,
    /// `projId`.
    pub proj_id: String,
    /// `secretKey`.
    pub secret_key: String,
    /// `sendMsgFlag`.
    pub send_msg_flag: Option<i64>,
    /// `taskExecutePersonDTOS`.
    pub task_execute_person_dtos: Option<
        Vec<TaskInfoCancelOrDelTaskRequestTaskExecutePersonDTOS>,
    >,
}
/// The required fields of [`TaskInfoCancelOrDelTaskRequest`], each named where it is set: `TaskInfoCancelOrDelTaskRequest::new(TaskInfoCancelOrDelTaskRequired { .. })`.
pub struct TaskInfoCancelOrDelTaskRequired {
    /// `operatorAccount`: see [`TaskInfoCancelOrDelTaskRequest::operator_account`].
    pub operator_account: String,
    /// `projId`: see [`TaskInfoCancelOrDelTaskRequest::proj_id`].
    pub proj_id: String,
    /// `secretKey`: see [`TaskInfoCancelOrDelTaskRequest::secret_key`].
    pub secret_key: String,
}
impl TaskInfoCancelOrDelTaskRequest {
    /// A `TaskInfoCancelOrDelTaskRequest` with its required fields (`operatorAccount`, `projId`, `secretKey`); set the others with the methods named after them.
    pub fn new(required: TaskInfoCancelOrDelTaskRequired) -> Self {
        let TaskInfoCancelOrDelTaskRequired { operator_account, proj_id, secret_key } = required;
        Self {
            card_dto: None,
            operator_account,
            out_task_id: None,
            proj_id,
            secret_key,
            send_msg_flag: None,
            task_execute_person_dtos: None,
        }
    }
    /// Sets `cardDTO`.
    pub fn card_dto(mut self, value: TaskInfoCancelOrDelTaskRequestCardDTO) -> Self {
        self.card_dto = Some(value);
        self
    }
    /// Sets `outTaskId`.
    pub fn out_task_id(mut self, value: impl Into<String>) -> Self {
        self.out_task_id = Some(value.into());
        self
    }
    /// Sets `sendMsgFlag`.
    pub fn send_msg_flag(mut self, value: i64) -> Self {
        self.send_msg_flag = Some(value);
        self
    }
    /// Sets `taskExecutePersonDTOS`.
    pub fn task_execute_person_dtos(
        mut self,
        value: impl IntoIterator<
            Item = TaskInfoCancelOrDelTaskRequestTaskExecutePersonDTOS,
        >,
    ) -> Self {
        self.task_execute_person_dtos = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    TaskInfoCancelOrDelTaskRequest { "cardDTO" => optional(card_dto), "operatorAccount"
    => field(operator_account), "outTaskId" => optional(out_task_id), "projId" =>
    field(proj_id), "secretKey" => field(secret_key), "sendMsgFlag" =>
    optional(send_msg_flag), "taskExecutePersonDTOS" =>
    optional(task_execute_person_dtos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoCancelOrDelTaskRequest { "cardDTO" => read_field(card_dto), "operatorAccount"
    => read_field(operator_account), "outTaskId" => read_field(out_task_id), "projId" =>
    read_field(proj_id), "secretKey" => read_field(secret_key), "sendMsgFlag" =>
    read_field(send_msg_flag), "taskExecutePersonDTOS" =>
    read_field(task_execute_person_dtos) }
}
impl rt::WriteRequest for TaskInfoCancelOrDelTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_create_and_start_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskRequest {
    /// `attr`.
    pub attr: Option<TaskInfoCreateAndStartTaskRequestAttr>,
    /// `backlogDTO`.
    pub backlog_dto: Option<TaskInfoCreateAndStartTaskRequestBacklogDTO>,
    /// `backlogGenerateFlag`.
    pub backlog_generate_flag: Option<i64>,
    /// `businessCode`.
    pub business_code: Option<String>,
    /// `canceldelTaskCardId`.
    pub canceldel_task_card_id: Option<String>,
    /// `cardDTO`.
    pub card_dto: Option<TaskInfoCreateAndStartTaskRequestCardDTO>,
    /// `customFlag`.
    pub custom_flag: i64,
    /// `detailUrl`.
    pub detail_url: Option<TaskInfoCreateAndStartTaskRequestDetailUrl>,
    /// `finishTaskCardId`.
    pub finish_task_card_id: Option<String>,
    /// `operatorAccount`.
    pub operator_account: String,
    /// `outTaskId`.
    pub out_task_id: String,
    /// `projId`.
    pub proj_id: String,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `secretKey`.
    pub secret_key: String,
    /// `sendMsgFlag`.
    pub send_msg_flag: Option<i64>,
    /// `sort`.
    pub sort: Option<i64>,
    /// `startTaskCardId`.
    pub start_task_card_id: Option<String>,
    /// `state`.
    pub state: Option<i64>,
    /// `taskContent`.
    pub task_content: Option<String>,
    /// `taskEndTime`.
    pub task_end_time: Option<i64>,
    /// `taskExecutePersonDTOS`.
    pub task_execute_person_dtos: Option<
        Vec<TaskInfoCreateAndStartTaskRequestTaskExecutePersonDTOS>,
    >,
    /// `taskGroupDTOList`.
    pub task_group_dto_list: Option<
        Vec<TaskInfoCreateAndStartTaskRequestTaskGroupDTOList>,
    >,
    /// `taskSystem`.
    pub task_system: String,
    /// `taskTemplCode`.
    pub task_templ_code: Option<String>,
    /// `taskTitle`.
    pub task_title: String,
    /// `taskType`.
    pub task_type: String,
    /// `taskUrlMobile`.
    pub task_url_mobile: Option<String>,
    /// `taskUrlPc`.
    pub task_url_pc: Option<String>,
    /// `updateTaskCardId`.
    pub update_task_card_id: Option<String>,
}
/// The required fields of [`TaskInfoCreateAndStartTaskRequest`], each named where it is set: `TaskInfoCreateAndStartTaskRequest::new(TaskInfoCreateAndStartTaskRequired { .. })`.
pub struct TaskInfoCreateAndStartTaskRequired {
    /// `customFlag`: see [`TaskInfoCreateAndStartTaskRequest::custom_flag`].
    pub custom_flag: i64,
    /// `operatorAccount`: see [`TaskInfoCreateAndStartTaskRequest::operator_account`].
    pub operator_account: String,
    /// `outTaskId`: see [`TaskInfoCreateAndStartTaskRequest::out_task_id`].
    pub out_task_id: String,
    /// `projId`: see [`TaskInfoCreateAndStartTaskRequest::proj_id`].
    pub proj_id: String,
    /// `secretKey`: see [`TaskInfoCreateAndStartTaskRequest::secret_key`].
    pub secret_key: String,
    /// `taskSystem`: see [`TaskInfoCreateAndStartTaskRequest::task_system`].
    pub task_system: String,
    /// `taskTitle`: see [`TaskInfoCreateAndStartTaskRequest::task_title`].
    pub task_title: String,
    /// `taskType`: see [`TaskInfoCreateAndStartTaskRequest::task_type`].
    pub task_type: String,
}
impl TaskInfoCreateAndStartTaskRequest {
    /// A `TaskInfoCreateAndStartTaskRequest` with its required fields (`customFlag`, `operatorAccount`, `outTaskId`, `projId`, `secretKey`, `taskSystem`, `taskTitle`, `taskType`); set the others with the methods named after them.
    pub fn new(required: TaskInfoCreateAndStartTaskRequired) -> Self {
        let TaskInfoCreateAndStartTaskRequired {
            custom_flag,
            operator_account,
            out_task_id,
            proj_id,
            secret_key,
            task_system,
            task_title,
            task_type,
        } = required;
        Self {
            attr: None,
            backlog_dto: None,
            backlog_generate_flag: None,
            business_code: None,
            canceldel_task_card_id: None,
            card_dto: None,
            custom_flag,
            detail_url: None,
            finish_task_card_id: None,
            operator_account,
            out_task_id,
            proj_id,
            robot_code: None,
            secret_key,
            send_msg_flag: None,
            sort: None,
            start_task_card_id: None,
            state: None,
            task_content: None,
            task_end_time: None,
            task_execute_person_dtos: None,
            task_group_dto_list: None,
            task_system,
            task_templ_code: None,
            task_title,
            task_type,
            task_url_mobile: None,
            task_url_pc: None,
            update_task_card_id: None,
        }
    }
    /// Sets `attr`.
    pub fn attr(mut self, value: TaskInfoCreateAndStartTaskRequestAttr) -> Self {
        self.attr = Some(value);
        self
    }
    /// Sets `backlogDTO`.
    pub fn backlog_dto(
        mut self,
        value: TaskInfoCreateAndStartTaskRequestBacklogDTO,
    ) -> Self {
        self.backlog_dto = Some(value);
        self
    }
    /// Sets `backlogGenerateFlag`.
    pub fn backlog_generate_flag(mut self, value: i64) -> Self {
        self.backlog_generate_flag = Some(value);
        self
    }
    /// Sets `businessCode`.
    pub fn business_code(mut self, value: impl Into<String>) -> Self {
        self.business_code = Some(value.into());
        self
    }
    /// Sets `canceldelTaskCardId`.
    pub fn canceldel_task_card_id(mut self, value: impl Into<String>) -> Self {
        self.canceldel_task_card_id = Some(value.into());
        self
    }
    /// Sets `cardDTO`.
    pub fn card_dto(mut self, value: TaskInfoCreateAndStartTaskRequestCardDTO) -> Self {
        self.card_dto = Some(value);
        self
    }
    /// Sets `detailUrl`.
    pub fn detail_url(
        mut self,
        value: TaskInfoCreateAndStartTaskRequestDetailUrl,
    ) -> Self {
        self.detail_url = Some(value);
        self
    }
    /// Sets `finishTaskCardId`.
    pub fn finish_task_card_id(mut self, value: impl Into<String>) -> Self {
        self.finish_task_card_id = Some(value.into());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `sendMsgFlag`.
    pub fn send_msg_flag(mut self, value: i64) -> Self {
        self.send_msg_flag = Some(value);
        self
    }
    /// Sets `sort`.
    pub fn sort(mut self, value: i64) -> Self {
        self.sort = Some(value);
        self
    }
    /// Sets `startTaskCardId`.
    pub fn start_task_card_id(mut self, value: impl Into<String>) -> Self {
        self.start_task_card_id = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: i64) -> Self {
        self.state = Some(value);
        self
    }
    /// Sets `taskContent`.
    pub fn task_content(mut self, value: impl Into<String>) -> Self {
        self.task_content = Some(value.into());
        self
    }
    /// Sets `taskEndTime`.
    pub fn task_end_time(mut self, value: i64) -> Self {
        self.task_end_time = Some(value);
        self
    }
    /// Sets `taskExecutePersonDTOS`.
    pub fn task_execute_person_dtos(
        mut self,
        value: impl IntoIterator<
            Item = TaskInfoCreateAndStartTaskRequestTaskExecutePersonDTOS,
        >,
    ) -> Self {
        self.task_execute_person_dtos = Some(value.into_iter().collect());
        self
    }
    /// Sets `taskGroupDTOList`.
    pub fn task_group_dto_list(
        mut self,
        value: impl IntoIterator<
            Item = TaskInfoCreateAndStartTaskRequestTaskGroupDTOList,
        >,
    ) -> Self {
        self.task_group_dto_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `taskTemplCode`.
    pub fn task_templ_code(mut self, value: impl Into<String>) -> Self {
        self.task_templ_code = Some(value.into());
        self
    }
    /// Sets `taskUrlMobile`.
    pub fn task_url_mobile(mut self, value: impl Into<String>) -> Self {
        self.task_url_mobile = Some(value.into());
        self
    }
    /// Sets `taskUrlPc`.
    pub fn task_url_pc(mut self, value: impl Into<String>) -> Self {
        self.task_url_pc = Some(value.into());
        self
    }
    /// Sets `updateTaskCardId`.
    pub fn update_task_card_id(mut self, value: impl Into<String>) -> Self {
        self.update_task_card_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TaskInfoCreateAndStartTaskRequest { "attr" => optional(attr), "backlogDTO" =>
    optional(backlog_dto), "backlogGenerateFlag" => optional(backlog_generate_flag),
    "businessCode" => optional(business_code), "canceldelTaskCardId" =>
    optional(canceldel_task_card_id), "cardDTO" => optional(card_dto), "customFlag" =>
    field(custom_flag), "detailUrl" => optional(detail_url), "finishTaskCardId" =>
    optional(finish_task_card_id), "operatorAccount" => field(operator_account),
    "outTaskId" => field(out_task_id), "projId" => field(proj_id), "robotCode" =>
    optional(robot_code), "secretKey" => field(secret_key), "sendMsgFlag" =>
    optional(send_msg_flag), "sort" => optional(sort), "startTaskCardId" =>
    optional(start_task_card_id), "state" => optional(state), "taskContent" =>
    optional(task_content), "taskEndTime" => optional(task_end_time),
    "taskExecutePersonDTOS" => optional(task_execute_person_dtos), "taskGroupDTOList" =>
    optional(task_group_dto_list), "taskSystem" => field(task_system), "taskTemplCode" =>
    optional(task_templ_code), "taskTitle" => field(task_title), "taskType" =>
    field(task_type), "taskUrlMobile" => optional(task_url_mobile), "taskUrlPc" =>
    optional(task_url_pc), "updateTaskCardId" => optional(update_task_card_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoCreateAndStartTaskRequest { "attr" => read_field(attr), "backlogDTO" =>
    read_field(backlog_dto), "backlogGenerateFlag" => read_field(backlog_generate_flag),
    "businessCode" => read_field(business_code), "canceldelTaskCardId" =>
    read_field(canceldel_task_card_id), "cardDTO" => read_field(card_dto), "customFlag"
    => read_field(custom_flag), "detailUrl" => read_field(detail_url), "finishTaskCardId"
    => read_field(finish_task_card_id), "operatorAccount" =>
    read_field(operator_account), "outTaskId" => read_field(out_task_id), "projId" =>
    read_field(proj_id), "robotCode" => read_field(robot_code), "secretKey" =>
    read_field(secret_key), "sendMsgFlag" => read_field(send_msg_flag), "sort" =>
    read_field(sort), "startTaskCardId" => read_field(start_task_card_id), "state" =>
    read_field(state), "taskContent" => read_field(task_content), "taskEndTime" =>
    read_field(task_end_time), "taskExecutePersonDTOS" =>
    read_field(task_execute_person_dtos), "taskGroupDTOList" =>
    read_field(task_group_dto_list), "taskSystem" => read_field(task_system),
    "taskTemplCode" => read_field(task_templ_code), "taskTitle" =>
    read_field(task_title), "taskType" => read_field(task_type), "taskUrlMobile" =>
    read_field(task_url_mobile), "taskUrlPc" => read_field(task_url_pc),
    "updateTaskCardId" => read_field(update_task_card_id) }
}
impl rt::WriteRequest for TaskInfoCreateAndStartTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_finish_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TaskInfoFinishTaskRequest {
    /// `cardDTO`.
    pub card_dto: Option<TaskInfoFinishTaskRequestCardDTO>,
    /// `operatorAccount`.
    pub operator_account: String,
    /// `outTaskId`.
    pub out_task_id: Option<String>,
    /// `projId`.
    pub proj_id: String,
    /// `secretKey`.
    pub secret_key: String,
    /// `sendMsgFlag`.
    pub send_msg_flag: Option<i64>,
    /// `taskExecutePersonDTOS`.
    pub task_execute_person_dtos: Option<
        Vec<TaskInfoFinishTaskRequestTaskExecutePersonDTOS>,
    >,
}
/// The required fields of [`TaskInfoFinishTaskRequest`], each named where it is set: `TaskInfoFinishTaskRequest::new(TaskInfoFinishTaskRequired { .. })`.
pub struct TaskInfoFinishTaskRequired {
    /// `operatorAccount`: see [`TaskInfoFinishTaskRequest::operator_account`].
    pub operator_account: String,
    /// `projId`: see [`TaskInfoFinishTaskRequest::proj_id`].
    pub proj_id: String,
    /// `secretKey`: see [`TaskInfoFinishTaskRequest::secret_key`].
    pub secret_key: String,
}
impl TaskInfoFinishTaskRequest {
    /// A `TaskInfoFinishTaskRequest` with its required fields (`operatorAccount`, `projId`, `secretKey`); set the others with the methods named after them.
    pub fn new(required: TaskInfoFinishTaskRequired) -> Self {
        let TaskInfoFinishTaskRequired { operator_account, proj_id, secret_key } = required;
        Self {
            card_dto: None,
            operator_account,
            out_task_id: None,
            proj_id,
            secret_key,
            send_msg_flag: None,
            task_execute_person_dtos: None,
        }
    }
    /// Sets `cardDTO`.
    pub fn card_dto(mut self, value: TaskInfoFinishTaskRequestCardDTO) -> Self {
        self.card_dto = Some(value);
        self
    }
    /// Sets `outTaskId`.
    pub fn out_task_id(mut self, value: impl Into<String>) -> Self {
        self.out_task_id = Some(value.into());
        self
    }
    /// Sets `sendMsgFlag`.
    pub fn send_msg_flag(mut self, value: i64) -> Self {
        self.send_msg_flag = Some(value);
        self
    }
    /// Sets `taskExecutePersonDTOS`.
    pub fn task_execute_person_dtos(
        mut self,
        value: impl IntoIterator<Item = TaskInfoFinishTaskRequestTaskExecutePersonDTOS>,
    ) -> Self {
        self.task_execute_person_dtos = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    TaskInfoFinishTaskRequest { "cardDTO" => optional(card_dto), "operatorAccount" =>
    field(operator_account), "outTaskId" => optional(out_task_id), "projId" =>
    field(proj_id), "secretKey" => field(secret_key), "sendMsgFlag" =>
    optional(send_msg_flag), "taskExecutePersonDTOS" =>
    optional(task_execute_person_dtos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoFinishTaskRequest { "cardDTO" => read_field(card_dto), "operatorAccount" =>
    read_field(operator_account), "outTaskId" => read_field(out_task_id), "projId" =>
    read_field(proj_id), "secretKey" => read_field(secret_key), "sendMsgFlag" =>
    read_field(send_msg_flag), "taskExecutePersonDTOS" =>
    read_field(task_execute_person_dtos) }
}
impl rt::WriteRequest for TaskInfoFinishTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_update_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TaskInfoUpdateTaskRequest {
    /// `attr`.
    pub attr: Option<TaskInfoUpdateTaskRequestAttr>,
    /// `canceldelTaskCardId`.
    pub canceldel_task_card_id: Option<String>,
    /// `cardDTO`.
    pub card_dto: Option<TaskInfoUpdateTaskRequestCardDTO>,
    /// `detailUrl`.
    pub detail_url: Option<TaskInfoUpdateTaskRequestDetailUrl>,
    /// `finishTaskCardId`.
    pub finish_task_card_id: Option<String>,
    /// `listOpenConversationId`.
    pub list_open_conversation_id: Option<Vec<String>>,
    /// `operateType`.
    pub operate_type: Option<i64>,
    /// `operatorAccount`.
    pub operator_account: String,
    /// `outTaskId`.
    pub out_task_id: Option<String>,
    /// `projId`.
    pub proj_id: String,
    /// `secretKey`.
    pub secret_key: String,
    /// `sendMsgFlag`.
    pub send_msg_flag: Option<i64>,
    /// `startTaskCardId`.
    pub start_task_card_id: Option<String>,
    /// `taskContent`.
    pub task_content: Option<String>,
    /// `taskEndTime`.
    pub task_end_time: Option<i64>,
    /// `taskExecutePersonDTOS`.
    pub task_execute_person_dtos: Option<
        Vec<TaskInfoUpdateTaskRequestTaskExecutePersonDTOS>,
    >,
    /// `taskTitle`.
    pub task_title: Option<String>,
    /// `taskUrlMobile`.
    pub task_url_mobile: Option<String>,
    /// `taskUrlPc`.
    pub task_url_pc: Option<String>,
    /// `updateTaskCardId`.
    pub update_task_card_id: Option<String>,
}
/// The required fields of [`TaskInfoUpdateTaskRequest`], each named where it is set: `TaskInfoUpdateTaskRequest::new(TaskInfoUpdateTaskRequired { .. })`.
pub struct TaskInfoUpdateTaskRequired {
    /// `operatorAccount`: see [`TaskInfoUpdateTaskRequest::operator_account`].
    pub operator_account: String,
    /// `projId`: see [`TaskInfoUpdateTaskRequest::proj_id`].
    pub proj_id: String,
    /// `secretKey`: see [`TaskInfoUpdateTaskRequest::secret_key`].
    pub secret_key: String,
}
impl TaskInfoUpdateTaskRequest {
    /// A `TaskInfoUpdateTaskRequest` with its required fields (`operatorAccount`, `projId`, `secretKey`); set the others with the methods named after them.
    pub fn new(required: TaskInfoUpdateTaskRequired) -> Self {
        let TaskInfoUpdateTaskRequired { operator_account, proj_id, secret_key } = required;
        Self {
            attr: None,
            canceldel_task_card_id: None,
            card_dto: None,
            detail_url: None,
            finish_task_card_id: None,
            list_open_conversation_id: None,
            operate_type: None,
            operator_account,
            out_task_id: None,
            proj_id,
            secret_key,
            send_msg_flag: None,
            start_task_card_id: None,
            task_content: None,
            task_end_time: None,
            task_execute_person_dtos: None,
            task_title: None,
            task_url_mobile: None,
            task_url_pc: None,
            update_task_card_id: None,
        }
    }
    /// Sets `attr`.
    pub fn attr(mut self, value: TaskInfoUpdateTaskRequestAttr) -> Self {
        self.attr = Some(value);
        self
    }
    /// Sets `canceldelTaskCardId`.
    pub fn canceldel_task_card_id(mut self, value: impl Into<String>) -> Self {
        self.canceldel_task_card_id = Some(value.into());
        self
    }
    /// Sets `cardDTO`.
    pub fn card_dto(mut self, value: TaskInfoUpdateTaskRequestCardDTO) -> Self {
        self.card_dto = Some(value);
        self
    }
    /// Sets `detailUrl`.
    pub fn detail_url(mut self, value: TaskInfoUpdateTaskRequestDetailUrl) -> Self {
        self.detail_url = Some(value);
        self
    }
    /// Sets `finishTaskCardId`.
    pub fn finish_task_card_id(mut self, value: impl Into<String>) -> Self {
        self.finish_task_card_id = Some(value.into());
        self
    }
    /// Sets `listOpenConversationId`.
    pub fn list_open_conversation_id(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.list_open_conversation_id = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `operateType`.
    pub fn operate_type(mut self, value: i64) -> Self {
        self.operate_type = Some(value);
        self
    }
    /// Sets `outTaskId`.
    pub fn out_task_id(mut self, value: impl Into<String>) -> Self {
        self.out_task_id = Some(value.into());
        self
    }
    /// Sets `sendMsgFlag`.
    pub fn send_msg_flag(mut self, value: i64) -> Self {
        self.send_msg_flag = Some(value);
        self
    }
    /// Sets `startTaskCardId`.
    pub fn start_task_card_id(mut self, value: impl Into<String>) -> Self {
        self.start_task_card_id = Some(value.into());
        self
    }
    /// Sets `taskContent`.
    pub fn task_content(mut self, value: impl Into<String>) -> Self {
        self.task_content = Some(value.into());
        self
    }
    /// Sets `taskEndTime`.
    pub fn task_end_time(mut self, value: i64) -> Self {
        self.task_end_time = Some(value);
        self
    }
    /// Sets `taskExecutePersonDTOS`.
    pub fn task_execute_person_dtos(
        mut self,
        value: impl IntoIterator<Item = TaskInfoUpdateTaskRequestTaskExecutePersonDTOS>,
    ) -> Self {
        self.task_execute_person_dtos = Some(value.into_iter().collect());
        self
    }
    /// Sets `taskTitle`.
    pub fn task_title(mut self, value: impl Into<String>) -> Self {
        self.task_title = Some(value.into());
        self
    }
    /// Sets `taskUrlMobile`.
    pub fn task_url_mobile(mut self, value: impl Into<String>) -> Self {
        self.task_url_mobile = Some(value.into());
        self
    }
    /// Sets `taskUrlPc`.
    pub fn task_url_pc(mut self, value: impl Into<String>) -> Self {
        self.task_url_pc = Some(value.into());
        self
    }
    /// Sets `updateTaskCardId`.
    pub fn update_task_card_id(mut self, value: impl Into<String>) -> Self {
        self.update_task_card_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TaskInfoUpdateTaskRequest { "attr" => optional(attr), "canceldelTaskCardId" =>
    optional(canceldel_task_card_id), "cardDTO" => optional(card_dto), "detailUrl" =>
    optional(detail_url), "finishTaskCardId" => optional(finish_task_card_id),
    "listOpenConversationId" => optional(list_open_conversation_id), "operateType" =>
    optional(operate_type), "operatorAccount" => field(operator_account), "outTaskId" =>
    optional(out_task_id), "projId" => field(proj_id), "secretKey" => field(secret_key),
    "sendMsgFlag" => optional(send_msg_flag), "startTaskCardId" =>
    optional(start_task_card_id), "taskContent" => optional(task_content), "taskEndTime"
    => optional(task_end_time), "taskExecutePersonDTOS" =>
    optional(task_execute_person_dtos), "taskTitle" => optional(task_title),
    "taskUrlMobile" => optional(task_url_mobile), "taskUrlPc" => optional(task_url_pc),
    "updateTaskCardId" => optional(update_task_card_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TaskInfoUpdateTaskRequest { "attr" => read_field(attr), "canceldelTaskCardId" =>
    read_field(canceldel_task_card_id), "cardDTO" => read_field(card_dto), "detailUrl" =>
    read_field(detail_url), "finishTaskCardId" => read_field(finish_task_card_id),
    "listOpenConversationId" => read_field(list_open_conversation_id), "operateType" =>
    read_field(operate_type), "operatorAccount" => read_field(operator_account),
    "outTaskId" => read_field(out_task_id), "projId" => read_field(proj_id), "secretKey"
    => read_field(secret_key), "sendMsgFlag" => read_field(send_msg_flag),
    "startTaskCardId" => read_field(start_task_card_id), "taskContent" =>
    read_field(task_content), "taskEndTime" => read_field(task_end_time),
    "taskExecutePersonDTOS" => read_field(task_execute_person_dtos), "taskTitle" =>
    read_field(task_title), "taskUrlMobile" => read_field(task_url_mobile), "taskUrlPc"
    => read_field(task_url_pc), "updateTaskCardId" => read_field(update_task_card_id) }
}
impl rt::WriteRequest for TaskInfoUpdateTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::transfer_exclusive_account_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TransferExclusiveAccountOrgRequest {
    /// `isSettingMainOrg`.
    pub is_setting_main_org: Option<bool>,
    /// `targetCorpId`.
    pub target_corp_id: Option<String>,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`TransferExclusiveAccountOrgRequest`], each named where it is set: `TransferExclusiveAccountOrgRequest::new(TransferExclusiveAccountOrgRequired { .. })`.
pub struct TransferExclusiveAccountOrgRequired {
    /// `userIds`: see [`TransferExclusiveAccountOrgRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl TransferExclusiveAccountOrgRequest {
    /// A `TransferExclusiveAccountOrgRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: TransferExclusiveAccountOrgRequired) -> Self {
        let TransferExclusiveAccountOrgRequired { user_ids } = required;
        Self {
            is_setting_main_org: None,
            target_corp_id: None,
            user_ids,
        }
    }
    /// Sets `isSettingMainOrg`.
    pub fn is_setting_main_org(mut self, value: bool) -> Self {
        self.is_setting_main_org = Some(value);
        self
    }
    /// Sets `targetCorpId`.
    pub fn target_corp_id(mut self, value: impl Into<String>) -> Self {
        self.target_corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TransferExclusiveAccountOrgRequest { "isSettingMainOrg" =>
    optional(is_setting_main_org), "targetCorpId" => optional(target_corp_id), "userIds"
    => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TransferExclusiveAccountOrgRequest { "isSettingMainOrg" =>
    read_field(is_setting_main_org), "targetCorpId" => read_field(target_corp_id),
    "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for TransferExclusiveAccountOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_category_name`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCategoryNameRequest {
    /// `currentCategoryName`.
    pub current_category_name: Option<String>,
    /// `targetCategoryName`.
    pub target_category_name: Option<String>,
}
impl UpdateCategoryNameRequest {
    /// An empty `UpdateCategoryNameRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `currentCategoryName`.
    pub fn current_category_name(mut self, value: impl Into<String>) -> Self {
        self.current_category_name = Some(value.into());
        self
    }
    /// Sets `targetCategoryName`.
    pub fn target_category_name(mut self, value: impl Into<String>) -> Self {
        self.target_category_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateCategoryNameRequest { "currentCategoryName" => optional(current_category_name),
    "targetCategoryName" => optional(target_category_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCategoryNameRequest { "currentCategoryName" =>
    read_field(current_category_name), "targetCategoryName" =>
    read_field(target_category_name) }
}
impl rt::WriteRequest for UpdateCategoryNameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_conversation_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateConversationTypeRequest {
    /// `manageSign`.
    pub manage_sign: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`UpdateConversationTypeRequest`], each named where it is set: `UpdateConversationTypeRequest::new(UpdateConversationTypeRequired { .. })`.
pub struct UpdateConversationTypeRequired {
    /// `manageSign`: see [`UpdateConversationTypeRequest::manage_sign`].
    pub manage_sign: i64,
    /// `openConversationId`: see [`UpdateConversationTypeRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl UpdateConversationTypeRequest {
    /// A `UpdateConversationTypeRequest` with its required fields (`manageSign`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: UpdateConversationTypeRequired) -> Self {
        let UpdateConversationTypeRequired { manage_sign, open_conversation_id } = required;
        Self {
            manage_sign,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    UpdateConversationTypeRequest { "manageSign" => field(manage_sign),
    "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateConversationTypeRequest { "manageSign" => read_field(manage_sign),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for UpdateConversationTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_file_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFileStatusRequest {
    /// `requestIds`.
    pub request_ids: Vec<String>,
    /// `status`.
    pub status: i64,
}
/// The required fields of [`UpdateFileStatusRequest`], each named where it is set: `UpdateFileStatusRequest::new(UpdateFileStatusRequired { .. })`.
pub struct UpdateFileStatusRequired {
    /// `requestIds`: see [`UpdateFileStatusRequest::request_ids`].
    pub request_ids: Vec<String>,
    /// `status`: see [`UpdateFileStatusRequest::status`].
    pub status: i64,
}
impl UpdateFileStatusRequest {
    /// A `UpdateFileStatusRequest` with its required fields (`requestIds`, `status`); set the others with the methods named after them.
    pub fn new(required: UpdateFileStatusRequired) -> Self {
        let UpdateFileStatusRequired { request_ids, status } = required;
        Self { request_ids, status }
    }
}
rt::impl_serialize! {
    UpdateFileStatusRequest { "requestIds" => field(request_ids), "status" =>
    field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFileStatusRequest { "requestIds" => read_field(request_ids), "status" =>
    read_field(status) }
}
impl rt::WriteRequest for UpdateFileStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_mini_app_version_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateMiniAppVersionStatusRequest {
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `version`.
    pub version: Option<String>,
    /// `versionType`.
    pub version_type: i64,
}
/// The required fields of [`UpdateMiniAppVersionStatusRequest`], each named where it is set: `UpdateMiniAppVersionStatusRequest::new(UpdateMiniAppVersionStatusRequired { .. })`.
pub struct UpdateMiniAppVersionStatusRequired {
    /// `miniAppId`: see [`UpdateMiniAppVersionStatusRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `versionType`: see [`UpdateMiniAppVersionStatusRequest::version_type`].
    pub version_type: i64,
}
impl UpdateMiniAppVersionStatusRequest {
    /// A `UpdateMiniAppVersionStatusRequest` with its required fields (`miniAppId`, `versionType`); set the others with the methods named after them.
    pub fn new(required: UpdateMiniAppVersionStatusRequired) -> Self {
        let UpdateMiniAppVersionStatusRequired { mini_app_id, version_type } = required;
        Self {
            mini_app_id,
            version: None,
            version_type,
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateMiniAppVersionStatusRequest { "miniAppId" => field(mini_app_id), "version" =>
    optional(version), "versionType" => field(version_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMiniAppVersionStatusRequest { "miniAppId" => read_field(mini_app_id), "version"
    => read_field(version), "versionType" => read_field(version_type) }
}
impl rt::WriteRequest for UpdateMiniAppVersionStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_partner_visibility`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdatePartnerVisibilityRequest {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `labelId`.
    pub label_id: i64,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`UpdatePartnerVisibilityRequest`], each named where it is set: `UpdatePartnerVisibilityRequest::new(UpdatePartnerVisibilityRequired { .. })`.
pub struct UpdatePartnerVisibilityRequired {
    /// `labelId`: see [`UpdatePartnerVisibilityRequest::label_id`].
    pub label_id: i64,
}
impl UpdatePartnerVisibilityRequest {
    /// A `UpdatePartnerVisibilityRequest` with its required fields (`labelId`); set the others with the methods named after them.
    pub fn new(required: UpdatePartnerVisibilityRequired) -> Self {
        let UpdatePartnerVisibilityRequired { label_id } = required;
        Self {
            dept_ids: None,
            label_id,
            user_ids: None,
        }
    }
    /// Sets `deptIds`.
    pub fn dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_ids = Some(value.into_iter().collect());
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
    UpdatePartnerVisibilityRequest { "deptIds" => optional(dept_ids), "labelId" =>
    field(label_id), "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePartnerVisibilityRequest { "deptIds" => read_field(dept_ids), "labelId" =>
    read_field(label_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for UpdatePartnerVisibilityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_realm_license`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateRealmLicenseRequest {
    /// `detailList`.
    pub detail_list: Option<Vec<UpdateRealmLicenseRequestDetailList>>,
}
impl UpdateRealmLicenseRequest {
    /// An empty `UpdateRealmLicenseRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detailList`.
    pub fn detail_list(
        mut self,
        value: impl IntoIterator<Item = UpdateRealmLicenseRequestDetailList>,
    ) -> Self {
        self.detail_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    UpdateRealmLicenseRequest { "detailList" => optional(detail_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRealmLicenseRequest { "detailList" => read_field(detail_list) }
}
impl rt::WriteRequest for UpdateRealmLicenseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_role_visibility`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateRoleVisibilityRequest {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `labelId`.
    pub label_id: i64,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`UpdateRoleVisibilityRequest`], each named where it is set: `UpdateRoleVisibilityRequest::new(UpdateRoleVisibilityRequired { .. })`.
pub struct UpdateRoleVisibilityRequired {
    /// `labelId`: see [`UpdateRoleVisibilityRequest::label_id`].
    pub label_id: i64,
}
impl UpdateRoleVisibilityRequest {
    /// A `UpdateRoleVisibilityRequest` with its required fields (`labelId`); set the others with the methods named after them.
    pub fn new(required: UpdateRoleVisibilityRequired) -> Self {
        let UpdateRoleVisibilityRequired { label_id } = required;
        Self {
            dept_ids: None,
            label_id,
            user_ids: None,
        }
    }
    /// Sets `deptIds`.
    pub fn dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_ids = Some(value.into_iter().collect());
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
    UpdateRoleVisibilityRequest { "deptIds" => optional(dept_ids), "labelId" =>
    field(label_id), "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRoleVisibilityRequest { "deptIds" => read_field(dept_ids), "labelId" =>
    read_field(label_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for UpdateRoleVisibilityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_storage_mode`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateStorageModeRequest {
    /// `fileStorageMode`.
    pub file_storage_mode: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`UpdateStorageModeRequest`], each named where it is set: `UpdateStorageModeRequest::new(UpdateStorageModeRequired { .. })`.
pub struct UpdateStorageModeRequired {
    /// `targetCorpId`: see [`UpdateStorageModeRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl UpdateStorageModeRequest {
    /// A `UpdateStorageModeRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(required: UpdateStorageModeRequired) -> Self {
        let UpdateStorageModeRequired { target_corp_id } = required;
        Self {
            file_storage_mode: None,
            target_corp_id,
        }
    }
    /// Sets `fileStorageMode`.
    pub fn file_storage_mode(mut self, value: impl Into<String>) -> Self {
        self.file_storage_mode = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateStorageModeRequest { "fileStorageMode" => optional(file_storage_mode),
    "targetCorpId" => field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateStorageModeRequest { "fileStorageMode" => read_field(file_storage_mode),
    "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for UpdateStorageModeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_trusted_device`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTrustedDeviceRequest {
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
impl UpdateTrustedDeviceRequest {
    /// An empty `UpdateTrustedDeviceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTrustedDeviceRequest { "status" => optional(status), "title" => optional(title)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTrustedDeviceRequest { "status" => read_field(status), "title" =>
    read_field(title) }
}
impl rt::WriteRequest for UpdateTrustedDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_voice_msg_ctrl_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateVoiceMsgCtrlStatusRequest {
    /// `status`.
    pub status: i64,
    /// `voiceMsgCtrlInfo`.
    pub voice_msg_ctrl_info: UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo,
}
/// The required fields of [`UpdateVoiceMsgCtrlStatusRequest`], each named where it is set: `UpdateVoiceMsgCtrlStatusRequest::new(UpdateVoiceMsgCtrlStatusRequired { .. })`.
pub struct UpdateVoiceMsgCtrlStatusRequired {
    /// `status`: see [`UpdateVoiceMsgCtrlStatusRequest::status`].
    pub status: i64,
    /// `voiceMsgCtrlInfo`: see [`UpdateVoiceMsgCtrlStatusRequest::voice_msg_ctrl_info`].
    pub voice_msg_ctrl_info: UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo,
}
impl UpdateVoiceMsgCtrlStatusRequest {
    /// A `UpdateVoiceMsgCtrlStatusRequest` with its required fields (`status`, `voiceMsgCtrlInfo`); set the others with the methods named after them.
    pub fn new(required: UpdateVoiceMsgCtrlStatusRequired) -> Self {
        let UpdateVoiceMsgCtrlStatusRequired { status, voice_msg_ctrl_info } = required;
        Self {
            status,
            voice_msg_ctrl_info,
        }
    }
}
rt::impl_serialize! {
    UpdateVoiceMsgCtrlStatusRequest { "status" => field(status), "voiceMsgCtrlInfo" =>
    field(voice_msg_ctrl_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateVoiceMsgCtrlStatusRequest { "status" => read_field(status), "voiceMsgCtrlInfo"
    => read_field(voice_msg_ctrl_info) }
}
impl rt::WriteRequest for UpdateVoiceMsgCtrlStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_custom_sign_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddCustomSignConfigError = rt::ServiceError;
/// An error reply of [`Api::add_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddOrgError = rt::ServiceError;
/// An error reply of [`Api::approve_process_callback`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ApproveProcessCallbackError = rt::ServiceError;
/// An error reply of [`Api::ban_or_open_group_words`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BanOrOpenGroupWordsError = rt::ServiceError;
/// An error reply of [`Api::business_event_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BusinessEventUpdateError = rt::ServiceError;
/// An error reply of [`Api::check_control_hit_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckControlHitStatusError = rt::ServiceError;
/// An error reply of [`Api::clean_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CleanFileError = rt::ServiceError;
/// An error reply of [`Api::create_category_and_binding_groups`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCategoryAndBindingGroupsError = rt::ServiceError;
/// An error reply of [`Api::create_dlp_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDlpTaskError = rt::ServiceError;
/// An error reply of [`Api::create_message_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateMessageCategoryError = rt::ServiceError;
/// An error reply of [`Api::create_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateRuleError = rt::ServiceError;
/// An error reply of [`Api::create_trusted_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTrustedDeviceError = rt::ServiceError;
/// An error reply of [`Api::create_trusted_device_batch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTrustedDeviceBatchError = rt::ServiceError;
/// An error reply of [`Api::create_virus_scan_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateVirusScanTaskError = rt::ServiceError;
/// An error reply of [`Api::data_sync`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DataSyncError = rt::ServiceError;
/// An error reply of [`Api::delete_across_cloud_stroage_configs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteAcrossCloudStroageConfigsError = rt::ServiceError;
/// An error reply of [`Api::delete_comment`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteCommentError = rt::ServiceError;
/// An error reply of [`Api::delete_trusted_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteTrustedDeviceError = rt::ServiceError;
/// An error reply of [`Api::distribute_partner_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DistributePartnerAppError = rt::ServiceError;
/// An error reply of [`Api::edit_security_config_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditSecurityConfigMemberError = rt::ServiceError;
/// An error reply of [`Api::exchange_main_admin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExchangeMainAdminError = rt::ServiceError;
/// An error reply of [`Api::exclusive_banner`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExclusiveBannerError = rt::ServiceError;
/// An error reply of [`Api::exclusive_create_ding_portal`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExclusiveCreateDingPortalError = rt::ServiceError;
/// An error reply of [`Api::exclusive_pc_alert`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExclusivePcAlertError = rt::ServiceError;
/// An error reply of [`Api::exclusive_popup`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExclusivePopupError = rt::ServiceError;
/// An error reply of [`Api::file_decrypt_callback`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FileDecryptCallbackError = rt::ServiceError;
/// An error reply of [`Api::file_encrypt_callback`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FileEncryptCallbackError = rt::ServiceError;
/// An error reply of [`Api::file_storage_active_storage`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FileStorageActiveStorageError = rt::ServiceError;
/// An error reply of [`Api::file_storage_check_connection`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FileStorageCheckConnectionError = rt::ServiceError;
/// An error reply of [`Api::file_storage_get_quota_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FileStorageGetQuotaDataError = rt::ServiceError;
/// An error reply of [`Api::file_storage_get_storage_state`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FileStorageGetStorageStateError = rt::ServiceError;
/// An error reply of [`Api::file_storage_update_storage`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FileStorageUpdateStorageError = rt::ServiceError;
/// An error reply of [`Api::generate_dark_water_mark`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GenerateDarkWaterMarkError = rt::ServiceError;
/// An error reply of [`Api::get_account_transfer_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAccountTransferListError = rt::ServiceError;
/// An error reply of [`Api::get_active_user_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetActiveUserSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_agent_id_by_related_app_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAgentIdByRelatedAppIdError = rt::ServiceError;
/// An error reply of [`Api::get_all_labelable_depts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllLabelableDeptsError = rt::ServiceError;
/// An error reply of [`Api::get_app_dispatch_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAppDispatchInfoError = rt::ServiceError;
/// An error reply of [`Api::get_calender_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCalenderSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_cids_by_bot_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCidsByBotCodeError = rt::ServiceError;
/// An error reply of [`Api::get_class_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetClassTagError = rt::ServiceError;
/// An error reply of [`Api::get_comment_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCommentListError = rt::ServiceError;
/// An error reply of [`Api::get_conf_base_info_by_logical_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConfBaseInfoByLogicalIdError = rt::ServiceError;
/// An error reply of [`Api::get_conference_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConferenceDetailError = rt::ServiceError;
/// An error reply of [`Api::get_conversation_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConversationCategoryError = rt::ServiceError;
/// An error reply of [`Api::get_conversation_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConversationDetailError = rt::ServiceError;
/// An error reply of [`Api::get_ding_report_dept_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDingReportDeptSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_ding_report_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDingReportSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_doc_created_dept_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDocCreatedDeptSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_doc_created_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDocCreatedSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_exclusive_account_all_org_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetExclusiveAccountAllOrgListError = rt::ServiceError;
/// An error reply of [`Api::get_general_form_created_dept_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetGeneralFormCreatedDeptSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_general_form_created_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetGeneralFormCreatedSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_group_active_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetGroupActiveInfoError = rt::ServiceError;
/// An error reply of [`Api::get_group_info_by_cid`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetGroupInfoByCidError = rt::ServiceError;
/// An error reply of [`Api::get_group_org_by_cid`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetGroupOrgByCidError = rt::ServiceError;
/// An error reply of [`Api::get_in_active_user_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInActiveUserListError = rt::ServiceError;
/// An error reply of [`Api::get_last_org_auth_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetLastOrgAuthDataError = rt::ServiceError;
/// An error reply of [`Api::get_msg_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMsgConfigError = rt::ServiceError;
/// An error reply of [`Api::get_msg_location`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMsgLocationError = rt::ServiceError;
/// An error reply of [`Api::get_msg_record_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMsgRecordDetailError = rt::ServiceError;
/// An error reply of [`Api::get_oa_operator_log_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOaOperatorLogListError = rt::ServiceError;
/// An error reply of [`Api::get_out_groups_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOutGroupsByPageError = rt::ServiceError;
/// An error reply of [`Api::get_outside_audit_group_message_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOutsideAuditGroupMessageByPageError = rt::ServiceError;
/// An error reply of [`Api::get_partner_type_by_parent_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPartnerTypeByParentIdError = rt::ServiceError;
/// An error reply of [`Api::get_private_store_capacity_usage`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPrivateStoreCapacityUsageError = rt::ServiceError;
/// An error reply of [`Api::get_private_store_file_infos_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPrivateStoreFileInfosByPageError = rt::ServiceError;
/// An error reply of [`Api::get_private_store_file_path`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPrivateStoreFilePathError = rt::ServiceError;
/// An error reply of [`Api::get_private_store_file_task_infos_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPrivateStoreFileTaskInfosByPageError = rt::ServiceError;
/// An error reply of [`Api::get_private_store_task_file_infos_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPrivateStoreTaskFileInfosByPageError = rt::ServiceError;
/// An error reply of [`Api::get_public_devices`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPublicDevicesError = rt::ServiceError;
/// An error reply of [`Api::get_publisher_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPublisherSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_real_people_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRealPeopleRecordsError = rt::ServiceError;
/// An error reply of [`Api::get_recognize_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecognizeRecordsError = rt::ServiceError;
/// An error reply of [`Api::get_robot_info_by_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRobotInfoByCodeError = rt::ServiceError;
/// An error reply of [`Api::get_security_config_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSecurityConfigMemberError = rt::ServiceError;
/// An error reply of [`Api::get_signed_detail_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSignedDetailByPageError = rt::ServiceError;
/// An error reply of [`Api::get_trust_device_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTrustDeviceListError = rt::ServiceError;
/// An error reply of [`Api::get_user_app_version_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserAppVersionSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_user_face_state`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserFaceStateError = rt::ServiceError;
/// An error reply of [`Api::get_user_real_people_state`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserRealPeopleStateError = rt::ServiceError;
/// An error reply of [`Api::get_user_stay_length`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserStayLengthError = rt::ServiceError;
/// An error reply of [`Api::get_virus_scan_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetVirusScanResultError = rt::ServiceError;
/// An error reply of [`Api::group_query_by_attr`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupQueryByAttrError = rt::ServiceError;
/// An error reply of [`Api::group_query_by_open_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupQueryByOpenIdError = rt::ServiceError;
/// An error reply of [`Api::list_audit_log`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAuditLogError = rt::ServiceError;
/// An error reply of [`Api::list_by_codes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListByCodesError = rt::ServiceError;
/// An error reply of [`Api::list_by_plugin_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListByPluginIdsError = rt::ServiceError;
/// An error reply of [`Api::list_categorys`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListCategorysError = rt::ServiceError;
/// An error reply of [`Api::list_join_org_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListJoinOrgInfoError = rt::ServiceError;
/// An error reply of [`Api::list_mini_app_available_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListMiniAppAvailableVersionError = rt::ServiceError;
/// An error reply of [`Api::list_mini_app_history_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListMiniAppHistoryVersionError = rt::ServiceError;
/// An error reply of [`Api::list_partner_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListPartnerRolesError = rt::ServiceError;
/// An error reply of [`Api::list_punch_schedule_by_condition_with_paging`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListPunchScheduleByConditionWithPagingError = rt::ServiceError;
/// An error reply of [`Api::list_rules`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListRulesError = rt::ServiceError;
/// An error reply of [`Api::logout`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LogoutError = rt::ServiceError;
/// An error reply of [`Api::open_benefit_package`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenBenefitPackageError = rt::ServiceError;
/// An error reply of [`Api::opportunity_search`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpportunitySearchError = rt::ServiceError;
/// An error reply of [`Api::prevent_cheating_check_risk`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PreventCheatingCheckRiskError = rt::ServiceError;
/// An error reply of [`Api::publish_file_change_notice`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PublishFileChangeNoticeError = rt::ServiceError;
/// An error reply of [`Api::publish_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PublishRuleError = rt::ServiceError;
/// An error reply of [`Api::push_badge`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushBadgeError = rt::ServiceError;
/// An error reply of [`Api::query_across_cloud_stroage_configs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAcrossCloudStroageConfigsError = rt::ServiceError;
/// An error reply of [`Api::query_channel_staff_info_by_mobile`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryChannelStaffInfoByMobileError = rt::ServiceError;
/// An error reply of [`Api::query_conversation_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryConversationPageError = rt::ServiceError;
/// An error reply of [`Api::query_exclusive_benefits`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryExclusiveBenefitsError = rt::ServiceError;
/// An error reply of [`Api::query_msg_send_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMsgSendRecordsError = rt::ServiceError;
/// An error reply of [`Api::query_partner_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPartnerInfoError = rt::ServiceError;
/// An error reply of [`Api::query_template_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTemplateInfoError = rt::ServiceError;
/// An error reply of [`Api::query_user_behavior`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserBehaviorError = rt::ServiceError;
/// An error reply of [`Api::rollback_mini_app_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RollbackMiniAppVersionError = rt::ServiceError;
/// An error reply of [`Api::rule_batch_receiver`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RuleBatchReceiverError = rt::ServiceError;
/// An error reply of [`Api::save_across_cloud_stroage_configs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveAcrossCloudStroageConfigsError = rt::ServiceError;
/// An error reply of [`Api::save_and_submit_auth_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveAndSubmitAuthInfoError = rt::ServiceError;
/// An error reply of [`Api::save_open_terminal_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveOpenTerminalInfoError = rt::ServiceError;
/// An error reply of [`Api::save_storage_function_switch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveStorageFunctionSwitchError = rt::ServiceError;
/// An error reply of [`Api::save_storage_switch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveStorageSwitchError = rt::ServiceError;
/// An error reply of [`Api::save_white_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveWhiteAppError = rt::ServiceError;
/// An error reply of [`Api::search_org_inner_group_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchOrgInnerGroupInfoError = rt::ServiceError;
/// An error reply of [`Api::search_org_inner_group_info_by_cursor_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchOrgInnerGroupInfoByCursorPageError = rt::ServiceError;
/// An error reply of [`Api::send_app_ding`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendAppDingError = rt::ServiceError;
/// An error reply of [`Api::send_invitation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendInvitationError = rt::ServiceError;
/// An error reply of [`Api::send_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendMessageError = rt::ServiceError;
/// An error reply of [`Api::send_phone_ding`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendPhoneDingError = rt::ServiceError;
/// An error reply of [`Api::set_conversation_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetConversationCategoryError = rt::ServiceError;
/// An error reply of [`Api::set_conversation_subtitle`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetConversationSubtitleError = rt::ServiceError;
/// An error reply of [`Api::set_conversation_top_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetConversationTopCategoryError = rt::ServiceError;
/// An error reply of [`Api::set_dept_partner_type_and_num`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetDeptPartnerTypeAndNumError = rt::ServiceError;
/// An error reply of [`Api::set_org_top_conversation_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetOrgTopConversationCategoryError = rt::ServiceError;
/// An error reply of [`Api::special_rule_batch_receiver`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SpecialRuleBatchReceiverError = rt::ServiceError;
/// An error reply of [`Api::task_info_add_del_task_person`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TaskInfoAddDelTaskPersonError = rt::ServiceError;
/// An error reply of [`Api::task_info_cancel_or_del_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TaskInfoCancelOrDelTaskError = rt::ServiceError;
/// An error reply of [`Api::task_info_create_and_start_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TaskInfoCreateAndStartTaskError = rt::ServiceError;
/// An error reply of [`Api::task_info_finish_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TaskInfoFinishTaskError = rt::ServiceError;
/// An error reply of [`Api::task_info_update_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TaskInfoUpdateTaskError = rt::ServiceError;
/// An error reply of [`Api::transfer_exclusive_account_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TransferExclusiveAccountOrgError = rt::ServiceError;
/// An error reply of [`Api::update_category_name`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCategoryNameError = rt::ServiceError;
/// An error reply of [`Api::update_conversation_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateConversationTypeError = rt::ServiceError;
/// An error reply of [`Api::update_file_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFileStatusError = rt::ServiceError;
/// An error reply of [`Api::update_mini_app_version_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMiniAppVersionStatusError = rt::ServiceError;
/// An error reply of [`Api::update_partner_visibility`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePartnerVisibilityError = rt::ServiceError;
/// An error reply of [`Api::update_realm_license`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRealmLicenseError = rt::ServiceError;
/// An error reply of [`Api::update_role_visibility`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRoleVisibilityError = rt::ServiceError;
/// An error reply of [`Api::update_storage_mode`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateStorageModeError = rt::ServiceError;
/// An error reply of [`Api::update_trusted_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTrustedDeviceError = rt::ServiceError;
/// An error reply of [`Api::update_voice_msg_ctrl_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateVoiceMsgCtrlStatusError = rt::ServiceError;
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
        "AddCustomSignConfig" => {
            rt::conformance::reply(api.add_custom_sign_config(&inputs.request(true)?))
                .await
        }
        "AddOrg" => rt::conformance::reply(api.add_org(&inputs.request(true)?)).await,
        "ApproveProcessCallback" => {
            rt::conformance::reply(api.approve_process_callback(&inputs.request(true)?))
                .await
        }
        "BanOrOpenGroupWords" => {
            rt::conformance::reply(api.ban_or_open_group_words(&inputs.request(true)?))
                .await
        }
        "BusinessEventUpdate" => {
            rt::conformance::reply(api.business_event_update(&inputs.request(true)?))
                .await
        }
        "CheckControlHitStatus" => {
            rt::conformance::reply(api.check_control_hit_status(&inputs.request(false)?))
                .await
        }
        "CleanFile" => {
            rt::conformance::reply(api.clean_file(&inputs.request(true)?)).await
        }
        "CreateCategoryAndBindingGroups" => {
            rt::conformance::reply(
                    api.create_category_and_binding_groups(&inputs.request(true)?),
                )
                .await
        }
        "CreateDlpTask" => {
            rt::conformance::reply(api.create_dlp_task(&inputs.request(true)?)).await
        }
        "CreateMessageCategory" => {
            rt::conformance::reply(api.create_message_category(&inputs.request(true)?))
                .await
        }
        "CreateRule" => {
            rt::conformance::reply(api.create_rule(&inputs.request(true)?)).await
        }
        "CreateTrustedDevice" => {
            rt::conformance::reply(api.create_trusted_device(&inputs.request(true)?))
                .await
        }
        "CreateTrustedDeviceBatch" => {
            rt::conformance::reply(
                    api.create_trusted_device_batch(&inputs.request(true)?),
                )
                .await
        }
        "CreateVirusScanTask" => {
            rt::conformance::reply(api.create_virus_scan_task(&inputs.request(true)?))
                .await
        }
        "DataSync" => rt::conformance::reply(api.data_sync(&inputs.request(true)?)).await,
        "DeleteAcrossCloudStroageConfigs" => {
            rt::conformance::reply(
                    api.delete_across_cloud_stroage_configs(inputs.path(0usize)?),
                )
                .await
        }
        "DeleteComment" => {
            rt::conformance::reply(
                    api.delete_comment(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "DeleteTrustedDevice" => {
            rt::conformance::reply(api.delete_trusted_device(&inputs.request(true)?))
                .await
        }
        "DistributePartnerApp" => {
            rt::conformance::reply(api.distribute_partner_app(&inputs.request(true)?))
                .await
        }
        "EditSecurityConfigMember" => {
            rt::conformance::reply(
                    api.edit_security_config_member(&inputs.request(true)?),
                )
                .await
        }
        "ExchangeMainAdmin" => {
            rt::conformance::reply(api.exchange_main_admin(&inputs.request(true)?)).await
        }
        "ExclusiveBanner" => {
            rt::conformance::reply(api.exclusive_banner(&inputs.request(true)?)).await
        }
        "ExclusiveCreateDingPortal" => {
            rt::conformance::reply(
                    api.exclusive_create_ding_portal(&inputs.request(true)?),
                )
                .await
        }
        "ExclusivePcAlert" => {
            rt::conformance::reply(api.exclusive_pc_alert(&inputs.request(true)?)).await
        }
        "ExclusivePopup" => {
            rt::conformance::reply(api.exclusive_popup(&inputs.request(true)?)).await
        }
        "FileDecryptCallback" => {
            rt::conformance::reply(api.file_decrypt_callback(&inputs.request(true)?))
                .await
        }
        "FileEncryptCallback" => {
            rt::conformance::reply(api.file_encrypt_callback(&inputs.request(true)?))
                .await
        }
        "FileStorageActiveStorage" => {
            rt::conformance::reply(
                    api.file_storage_active_storage(&inputs.request(true)?),
                )
                .await
        }
        "FileStorageCheckConnection" => {
            rt::conformance::reply(
                    api.file_storage_check_connection(&inputs.request(true)?),
                )
                .await
        }
        "FileStorageGetQuotaData" => {
            rt::conformance::reply(
                    api.file_storage_get_quota_data(&inputs.request(false)?),
                )
                .await
        }
        "FileStorageGetStorageState" => {
            rt::conformance::reply(
                    api.file_storage_get_storage_state(&inputs.request(false)?),
                )
                .await
        }
        "FileStorageUpdateStorage" => {
            rt::conformance::reply(
                    api.file_storage_update_storage(&inputs.request(true)?),
                )
                .await
        }
        "GenerateDarkWaterMark" => {
            rt::conformance::reply(api.generate_dark_water_mark(&inputs.request(true)?))
                .await
        }
        "GetAccountTransferList" => {
            rt::conformance::reply(
                    api.get_account_transfer_list(&inputs.request(false)?),
                )
                .await
        }
        "GetActiveUserSummary" => {
            rt::conformance::reply(api.get_active_user_summary(inputs.path(0usize)?))
                .await
        }
        "GetAgentIdByRelatedAppId" => {
            rt::conformance::reply(
                    api.get_agent_id_by_related_app_id(&inputs.request(false)?),
                )
                .await
        }
        "GetAllLabelableDepts" => {
            rt::conformance::reply(api.get_all_labelable_depts()).await
        }
        "GetAppDispatchInfo" => {
            rt::conformance::reply(api.get_app_dispatch_info(&inputs.request(false)?))
                .await
        }
        "GetCalenderSummary" => {
            rt::conformance::reply(api.get_calender_summary(inputs.path(0usize)?)).await
        }
        "GetCidsByBotCode" => {
            rt::conformance::reply(api.get_cids_by_bot_code(&inputs.request(false)?))
                .await
        }
        "GetClassTag" => {
            rt::conformance::reply(api.get_class_tag(&inputs.request(false)?)).await
        }
        "GetCommentList" => {
            rt::conformance::reply(
                    api.get_comment_list(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetConfBaseInfoByLogicalId" => {
            rt::conformance::reply(
                    api.get_conf_base_info_by_logical_id(&inputs.request(false)?),
                )
                .await
        }
        "GetConferenceDetail" => {
            rt::conformance::reply(api.get_conference_detail(inputs.path(0usize)?)).await
        }
        "GetConversationCategory" => {
            rt::conformance::reply(api.get_conversation_category()).await
        }
        "GetConversationDetail" => {
            rt::conformance::reply(api.get_conversation_detail(&inputs.request(true)?))
                .await
        }
        "GetDingReportDeptSummary" => {
            rt::conformance::reply(
                    api
                        .get_ding_report_dept_summary(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetDingReportSummary" => {
            rt::conformance::reply(api.get_ding_report_summary(inputs.path(0usize)?))
                .await
        }
        "GetDocCreatedDeptSummary" => {
            rt::conformance::reply(
                    api
                        .get_doc_created_dept_summary(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetDocCreatedSummary" => {
            rt::conformance::reply(api.get_doc_created_summary(inputs.path(0usize)?))
                .await
        }
        "GetExclusiveAccountAllOrgList" => {
            rt::conformance::reply(
                    api.get_exclusive_account_all_org_list(&inputs.request(false)?),
                )
                .await
        }
        "GetGeneralFormCreatedDeptSummary" => {
            rt::conformance::reply(
                    api
                        .get_general_form_created_dept_summary(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetGeneralFormCreatedSummary" => {
            rt::conformance::reply(
                    api.get_general_form_created_summary(inputs.path(0usize)?),
                )
                .await
        }
        "GetGroupActiveInfo" => {
            rt::conformance::reply(api.get_group_active_info(&inputs.request(false)?))
                .await
        }
        "GetGroupInfoByCid" => {
            rt::conformance::reply(api.get_group_info_by_cid(&inputs.request(false)?))
                .await
        }
        "GetGroupOrgByCid" => {
            rt::conformance::reply(api.get_group_org_by_cid(&inputs.request(false)?))
                .await
        }
        "GetInActiveUserList" => {
            rt::conformance::reply(api.get_in_active_user_list(&inputs.request(true)?))
                .await
        }
        "GetLastOrgAuthData" => {
            rt::conformance::reply(api.get_last_org_auth_data(&inputs.request(false)?))
                .await
        }
        "GetMsgConfig" => {
            rt::conformance::reply(api.get_msg_config(&inputs.request(true)?)).await
        }
        "GetMsgLocation" => {
            rt::conformance::reply(api.get_msg_location(&inputs.request(true)?)).await
        }
        "GetMsgRecordDetail" => {
            rt::conformance::reply(api.get_msg_record_detail(&inputs.request(true)?))
                .await
        }
        "GetOaOperatorLogList" => {
            rt::conformance::reply(api.get_oa_operator_log_list(&inputs.request(true)?))
                .await
        }
        "GetOutGroupsByPage" => {
            rt::conformance::reply(api.get_out_groups_by_page(&inputs.request(true)?))
                .await
        }
        "GetOutsideAuditGroupMessageByPage" => {
            rt::conformance::reply(
                    api.get_outside_audit_group_message_by_page(&inputs.request(true)?),
                )
                .await
        }
        "GetPartnerTypeByParentId" => {
            rt::conformance::reply(
                    api.get_partner_type_by_parent_id(inputs.path(0usize)?),
                )
                .await
        }
        "GetPrivateStoreCapacityUsage" => {
            rt::conformance::reply(
                    api.get_private_store_capacity_usage(&inputs.request(false)?),
                )
                .await
        }
        "GetPrivateStoreFileInfosByPage" => {
            rt::conformance::reply(
                    api.get_private_store_file_infos_by_page(&inputs.request(true)?),
                )
                .await
        }
        "GetPrivateStoreFilePath" => {
            rt::conformance::reply(
                    api.get_private_store_file_path(&inputs.request(true)?),
                )
                .await
        }
        "GetPrivateStoreFileTaskInfosByPage" => {
            rt::conformance::reply(
                    api.get_private_store_file_task_infos_by_page(&inputs.request(true)?),
                )
                .await
        }
        "GetPrivateStoreTaskFileInfosByPage" => {
            rt::conformance::reply(
                    api.get_private_store_task_file_infos_by_page(&inputs.request(true)?),
                )
                .await
        }
        "GetPublicDevices" => {
            rt::conformance::reply(api.get_public_devices(&inputs.request(false)?)).await
        }
        "GetPublisherSummary" => {
            rt::conformance::reply(
                    api
                        .get_publisher_summary(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetRealPeopleRecords" => {
            rt::conformance::reply(api.get_real_people_records(&inputs.request(true)?))
                .await
        }
        "GetRecognizeRecords" => {
            rt::conformance::reply(api.get_recognize_records(&inputs.request(true)?))
                .await
        }
        "GetRobotInfoByCode" => {
            rt::conformance::reply(api.get_robot_info_by_code(&inputs.request(false)?))
                .await
        }
        "GetSecurityConfigMember" => {
            rt::conformance::reply(
                    api.get_security_config_member(&inputs.request(true)?),
                )
                .await
        }
        "GetSignedDetailByPage" => {
            rt::conformance::reply(
                    api.get_signed_detail_by_page(&inputs.request(false)?),
                )
                .await
        }
        "GetTrustDeviceList" => {
            rt::conformance::reply(api.get_trust_device_list(&inputs.request(true)?))
                .await
        }
        "GetUserAppVersionSummary" => {
            rt::conformance::reply(
                    api
                        .get_user_app_version_summary(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetUserFaceState" => {
            rt::conformance::reply(api.get_user_face_state(&inputs.request(true)?)).await
        }
        "GetUserRealPeopleState" => {
            rt::conformance::reply(
                    api.get_user_real_people_state(&inputs.request(true)?),
                )
                .await
        }
        "GetUserStayLength" => {
            rt::conformance::reply(api.get_user_stay_length(&inputs.request(false)?))
                .await
        }
        "GetVirusScanResult" => {
            rt::conformance::reply(api.get_virus_scan_result(&inputs.request(true)?))
                .await
        }
        "GroupQueryByAttr" => {
            rt::conformance::reply(api.group_query_by_attr(&inputs.request(true)?)).await
        }
        "GroupQueryByOpenId" => {
            rt::conformance::reply(api.group_query_by_open_id(&inputs.request(true)?))
                .await
        }
        "ListAuditLog" => {
            rt::conformance::reply(api.list_audit_log(&inputs.request(false)?)).await
        }
        "ListByCodes" => {
            rt::conformance::reply(api.list_by_codes(&inputs.request(false)?)).await
        }
        "ListByPluginIds" => {
            rt::conformance::reply(api.list_by_plugin_ids(&inputs.request(false)?)).await
        }
        "ListCategorys" => {
            rt::conformance::reply(api.list_categorys(&inputs.request(false)?)).await
        }
        "ListJoinOrgInfo" => {
            rt::conformance::reply(api.list_join_org_info(&inputs.request(false)?)).await
        }
        "ListMiniAppAvailableVersion" => {
            rt::conformance::reply(
                    api.list_mini_app_available_version(&inputs.request(true)?),
                )
                .await
        }
        "ListMiniAppHistoryVersion" => {
            rt::conformance::reply(
                    api.list_mini_app_history_version(&inputs.request(false)?),
                )
                .await
        }
        "ListPartnerRoles" => {
            rt::conformance::reply(api.list_partner_roles(inputs.path(0usize)?)).await
        }
        "ListPunchScheduleByConditionWithPaging" => {
            rt::conformance::reply(
                    api
                        .list_punch_schedule_by_condition_with_paging(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "ListRules" => {
            rt::conformance::reply(api.list_rules(&inputs.request(false)?)).await
        }
        "Logout" => rt::conformance::reply(api.logout(&inputs.request(true)?)).await,
        "OpenBenefitPackage" => {
            rt::conformance::reply(api.open_benefit_package(&inputs.request(true)?))
                .await
        }
        "OpportunitySearch" => {
            rt::conformance::reply(api.opportunity_search(&inputs.request(true)?)).await
        }
        "PreventCheatingCheckRisk" => {
            rt::conformance::reply(
                    api.prevent_cheating_check_risk(&inputs.request(true)?),
                )
                .await
        }
        "PublishFileChangeNotice" => {
            rt::conformance::reply(
                    api.publish_file_change_notice(&inputs.request(true)?),
                )
                .await
        }
        "PublishRule" => {
            rt::conformance::reply(api.publish_rule(&inputs.request(true)?)).await
        }
        "PushBadge" => {
            rt::conformance::reply(api.push_badge(&inputs.request(true)?)).await
        }
        "QueryAcrossCloudStroageConfigs" => {
            rt::conformance::reply(
                    api.query_across_cloud_stroage_configs(&inputs.request(false)?),
                )
                .await
        }
        "QueryChannelStaffInfoByMobile" => {
            rt::conformance::reply(
                    api.query_channel_staff_info_by_mobile(&inputs.request(false)?),
                )
                .await
        }
        "QueryConversationPage" => {
            rt::conformance::reply(api.query_conversation_page(&inputs.request(false)?))
                .await
        }
        "QueryExclusiveBenefits" => {
            rt::conformance::reply(api.query_exclusive_benefits()).await
        }
        "QueryMsgSendRecords" => {
            rt::conformance::reply(api.query_msg_send_records(&inputs.request(true)?))
                .await
        }
        "QueryPartnerInfo" => {
            rt::conformance::reply(api.query_partner_info(inputs.path(0usize)?)).await
        }
        "QueryTemplateInfo" => {
            rt::conformance::reply(api.query_template_info(inputs.path(0usize)?)).await
        }
        "QueryUserBehavior" => {
            rt::conformance::reply(api.query_user_behavior(&inputs.request(true)?)).await
        }
        "RollbackMiniAppVersion" => {
            rt::conformance::reply(api.rollback_mini_app_version(&inputs.request(true)?))
                .await
        }
        "RuleBatchReceiver" => {
            rt::conformance::reply(api.rule_batch_receiver(&inputs.request(true)?)).await
        }
        "SaveAcrossCloudStroageConfigs" => {
            rt::conformance::reply(
                    api.save_across_cloud_stroage_configs(&inputs.request(true)?),
                )
                .await
        }
        "SaveAndSubmitAuthInfo" => {
            rt::conformance::reply(api.save_and_submit_auth_info(&inputs.request(true)?))
                .await
        }
        "SaveOpenTerminalInfo" => {
            rt::conformance::reply(api.save_open_terminal_info(&inputs.request(true)?))
                .await
        }
        "SaveStorageFunctionSwitch" => {
            rt::conformance::reply(
                    api.save_storage_function_switch(&inputs.request(true)?),
                )
                .await
        }
        "SaveStorageSwitch" => {
            rt::conformance::reply(api.save_storage_switch(&inputs.request(true)?)).await
        }
        "SaveWhiteApp" => {
            rt::conformance::reply(api.save_white_app(&inputs.request(true)?)).await
        }
        "SearchOrgInnerGroupInfo" => {
            rt::conformance::reply(
                    api.search_org_inner_group_info(&inputs.request(false)?),
                )
                .await
        }
        "SearchOrgInnerGroupInfoByCursorPage" => {
            rt::conformance::reply(
                    api
                        .search_org_inner_group_info_by_cursor_page(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SendAppDing" => {
            rt::conformance::reply(api.send_app_ding(&inputs.request(true)?)).await
        }
        "SendInvitation" => {
            rt::conformance::reply(api.send_invitation(&inputs.request(true)?)).await
        }
        "SendMessage" => {
            rt::conformance::reply(api.send_message(&inputs.request(true)?)).await
        }
        "SendPhoneDing" => {
            rt::conformance::reply(api.send_phone_ding(&inputs.request(true)?)).await
        }
        "SetConversationCategory" => {
            rt::conformance::reply(api.set_conversation_category(&inputs.request(true)?))
                .await
        }
        "SetConversationSubtitle" => {
            rt::conformance::reply(api.set_conversation_subtitle(&inputs.request(true)?))
                .await
        }
        "SetConversationTopCategory" => {
            rt::conformance::reply(
                    api.set_conversation_top_category(&inputs.request(true)?),
                )
                .await
        }
        "SetDeptPartnerTypeAndNum" => {
            rt::conformance::reply(
                    api.set_dept_partner_type_and_num(&inputs.request(true)?),
                )
                .await
        }
        "SetOrgTopConversationCategory" => {
            rt::conformance::reply(
                    api.set_org_top_conversation_category(&inputs.request(false)?),
                )
                .await
        }
        "SpecialRuleBatchReceiver" => {
            rt::conformance::reply(
                    api.special_rule_batch_receiver(&inputs.request(true)?),
                )
                .await
        }
        "TaskInfoAddDelTaskPerson" => {
            rt::conformance::reply(
                    api.task_info_add_del_task_person(&inputs.request(true)?),
                )
                .await
        }
        "TaskInfoCancelOrDelTask" => {
            rt::conformance::reply(
                    api.task_info_cancel_or_del_task(&inputs.request(true)?),
                )
                .await
        }
        "TaskInfoCreateAndStartTask" => {
            rt::conformance::reply(
                    api.task_info_create_and_start_task(&inputs.request(true)?),
                )
                .await
        }
        "TaskInfoFinishTask" => {
            rt::conformance::reply(api.task_info_finish_task(&inputs.request(true)?))
                .await
        }
        "TaskInfoUpdateTask" => {
            rt::conformance::reply(api.task_info_update_task(&inputs.request(true)?))
                .await
        }
        "TransferExclusiveAccountOrg" => {
            rt::conformance::reply(
                    api.transfer_exclusive_account_org(&inputs.request(true)?),
                )
                .await
        }
        "UpdateCategoryName" => {
            rt::conformance::reply(api.update_category_name(&inputs.request(true)?))
                .await
        }
        "UpdateConversationType" => {
            rt::conformance::reply(api.update_conversation_type(&inputs.request(true)?))
                .await
        }
        "UpdateFileStatus" => {
            rt::conformance::reply(api.update_file_status(&inputs.request(true)?)).await
        }
        "UpdateMiniAppVersionStatus" => {
            rt::conformance::reply(
                    api.update_mini_app_version_status(&inputs.request(true)?),
                )
                .await
        }
        "UpdatePartnerVisibility" => {
            rt::conformance::reply(api.update_partner_visibility(&inputs.request(true)?))
                .await
        }
        "UpdateRealmLicense" => {
            rt::conformance::reply(api.update_realm_license(&inputs.request(true)?))
                .await
        }
        "UpdateRoleVisibility" => {
            rt::conformance::reply(api.update_role_visibility(&inputs.request(true)?))
                .await
        }
        "UpdateStorageMode" => {
            rt::conformance::reply(api.update_storage_mode(&inputs.request(true)?)).await
        }
        "UpdateTrustedDevice" => {
            rt::conformance::reply(
                    api
                        .update_trusted_device(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateVoiceMsgCtrlStatus" => {
            rt::conformance::reply(
                    api.update_voice_msg_ctrl_status(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
