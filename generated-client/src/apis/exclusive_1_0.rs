// @generated from api-spec/exclusive_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.exclusive_1_0()`. Generated from `api-spec/exclusive_1_0.yaml`.
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
    /// `POST /v1.0/exclusive/sign/addCustomSignConfig` (operation `AddCustomSignConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddCustomSignConfigError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/orgnizations` (operation `AddOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddOrgError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/approvalResults/callback` (operation `ApproveProcessCallback`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ApproveProcessCallbackError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/enterpriseSecurities/banOrOpenGroupWords` (operation `BanOrOpenGroupWords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BanOrOpenGroupWordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/businessGroups/events` (operation `BusinessEventUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BusinessEventUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/soc/functionHitStatuses/check` (operation `CheckControlHitStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckControlHitStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/privateStores/files/clean` (operation `CleanFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CleanFileError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/messageCategories/categories/createAndBind` (operation `CreateCategoryAndBindingGroups`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCategoryAndBindingGroupsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/dlpTasks` (operation `CreateDlpTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateDlpTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/messageCategories/categories/create` (operation `CreateMessageCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateMessageCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/messageCategories/rules` (operation `CreateRule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateRuleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/trustedDevices` (operation `CreateTrustedDevice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTrustedDeviceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/trusts/devices` (operation `CreateTrustedDeviceBatch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTrustedDeviceBatchError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/virusScanTasks` (operation `CreateVirusScanTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateVirusScanTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/datas/sync` (operation `DataSync`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DataSyncError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/exclusive/fileStorages/acrossClouds/configurations/{target_corp_id}` (operation `DeleteAcrossCloudStroageConfigs`).
    ///
    /// # Path parameters
    ///
    /// - `target_corp_id` (`target_corp_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteAcrossCloudStroageConfigsError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/exclusive/fileStorages/acrossClouds/configurations/{target_corp_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[target_corp_id], &())
    }
    /// 删除评论
    ///
    /// `DELETE /v1.0/exclusive/publishers/{publisher_id}/comments/{comment_id}` (operation `DeleteComment`).
    ///
    /// # Path parameters
    ///
    /// - `publisher_id` (`publisher_id`)
    /// - `comment_id` (`comment_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteCommentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_comment(
        &self,
        publisher_id: &str,
        comment_id: &str,
    ) -> rt::Call<bool, DeleteCommentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteComment",
            rt::Method::Delete,
            "/v1.0/exclusive/publishers/{publisher_id}/comments/{comment_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[publisher_id, comment_id], &())
    }
    /// 删除指定可信设备
    ///
    /// `POST /v1.0/exclusive/trustedDevices/remove` (operation `DeleteTrustedDevice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteTrustedDeviceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/partners/applications/distribute` (operation `DistributePartnerApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DistributePartnerAppError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/securities/configs/members` (operation `EditSecurityConfigMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditSecurityConfigMemberError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/orgnizations/mainAdministrators/exchange` (operation `ExchangeMainAdmin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExchangeMainAdminError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/customize/marketing/banner` (operation `ExclusiveBanner`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExclusiveBannerError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/workbenches/templates/spread` (operation `ExclusiveCreateDingPortal`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExclusiveCreateDingPortalError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/customize/marketing/pcAlert` (operation `ExclusivePcAlert`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExclusivePcAlertError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/customize/marketing/popup` (operation `ExclusivePopup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExclusivePopupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/clientDecrypt/decrypt/callback` (operation `FileDecryptCallback`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FileDecryptCallbackError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/clientDecrypt/encrypt/callback` (operation `FileEncryptCallback`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FileEncryptCallbackError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/fileStorages/active` (operation `FileStorageActiveStorage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FileStorageActiveStorageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/fileStorages/connections/check` (operation `FileStorageCheckConnection`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FileStorageCheckConnectionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/fileStorages/quotaDatas` (operation `FileStorageGetQuotaData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FileStorageGetQuotaDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/fileStorages/states` (operation `FileStorageGetStorageState`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FileStorageGetStorageStateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/fileStorages/configurations` (operation `FileStorageUpdateStorage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FileStorageUpdateStorageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/enterpriseSecurities/darkWatermarks/generate` (operation `GenerateDarkWaterMark`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GenerateDarkWaterMarkError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/dataTransfer/accounts` (operation `GetAccountTransferList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAccountTransferListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/data/dau/org/{data_id}` (operation `GetActiveUserSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetActiveUserSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_active_user_summary(
        &self,
        data_id: &str,
    ) -> rt::Call<GetActiveUserSummaryResponseBody, GetActiveUserSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetActiveUserSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/dau/org/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 根据AppId获取微应用在该组织下的agentId
    ///
    /// `GET /v1.0/exclusive/exclusiveDesigns/agentId` (operation `GetAgentIdByRelatedAppId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAgentIdByRelatedAppIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/partnerDepartments` (operation `GetAllLabelableDepts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllLabelableDeptsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/apps/distributionInfos` (operation `GetAppDispatchInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAppDispatchInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/data/calendar/org/{data_id}` (operation `GetCalenderSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCalenderSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_calender_summary(
        &self,
        data_id: &str,
    ) -> rt::Call<GetCalenderSummaryResponseBody, GetCalenderSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCalenderSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/calendar/org/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 根据机器人code获取群openConversationId列表
    ///
    /// `POST /v1.0/exclusive/groups/openConversationIds` (operation `GetCidsByBotCode`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCidsByBotCodeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/classes/entities/tags` (operation `GetClassTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetClassTagError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/publishers/{publisher_id}/comments/list` (operation `GetCommentList`).
    ///
    /// # Path parameters
    ///
    /// - `publisher_id` (`publisher_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCommentListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_comment_list(
        &self,
        publisher_id: &str,
        request: &GetCommentListRequest,
    ) -> rt::Call<GetCommentListResponseBody, GetCommentListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCommentList",
            rt::Method::Get,
            "/v1.0/exclusive/publishers/{publisher_id}/comments/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[publisher_id], request)
    }
    /// 根据逻辑会议id获取会议基本信息
    ///
    /// `GET /v1.0/exclusive/data/conferences` (operation `GetConfBaseInfoByLogicalId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConfBaseInfoByLogicalIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/data/conferences/{conference_id}` (operation `GetConferenceDetail`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConferenceDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_conference_detail(
        &self,
        conference_id: &str,
    ) -> rt::Call<GetConferenceDetailResponseBody, GetConferenceDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConferenceDetail",
            rt::Method::Get,
            "/v1.0/exclusive/data/conferences/{conference_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], &())
    }
    /// 获取会话分组数据
    ///
    /// `GET /v1.0/exclusive/conversationCategories` (operation `GetConversationCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConversationCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/categories/conversations/details/query` (operation `GetConversationDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConversationDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/data/report/dept/{data_id}` (operation `GetDingReportDeptSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDingReportDeptSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_ding_report_dept_summary(
        &self,
        data_id: &str,
        request: &GetDingReportDeptSummaryRequest,
    ) -> rt::Call<GetDingReportDeptSummaryResponseBody, GetDingReportDeptSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDingReportDeptSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/report/dept/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 获取组织维度发布日志信息
    ///
    /// `GET /v1.0/exclusive/datas/{data_id}/reports/organizations` (operation `GetDingReportSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDingReportSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_ding_report_summary(
        &self,
        data_id: &str,
    ) -> rt::Call<GetDingReportSummaryResponseBody, GetDingReportSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDingReportSummary",
            rt::Method::Get,
            "/v1.0/exclusive/datas/{data_id}/reports/organizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 获得部门维度用户创建文档数和创建文档人数
    ///
    /// `GET /v1.0/exclusive/data/doc/dept/{data_id}` (operation `GetDocCreatedDeptSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDocCreatedDeptSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_doc_created_dept_summary(
        &self,
        data_id: &str,
        request: &GetDocCreatedDeptSummaryRequest,
    ) -> rt::Call<GetDocCreatedDeptSummaryResponseBody, GetDocCreatedDeptSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDocCreatedDeptSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/doc/dept/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 获取组织维度用户创建文档数和创建文档人数
    ///
    /// `GET /v1.0/exclusive/data/doc/org/{data_id}` (operation `GetDocCreatedSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDocCreatedSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_doc_created_summary(
        &self,
        data_id: &str,
    ) -> rt::Call<GetDocCreatedSummaryResponseBody, GetDocCreatedSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDocCreatedSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/doc/org/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 获取专属账号所有组织列表
    ///
    /// `GET /v1.0/exclusive/exclusiveAccounts/organizations` (operation `GetExclusiveAccountAllOrgList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetExclusiveAccountAllOrgListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/data/generalForm/dept/{data_id}` (operation `GetGeneralFormCreatedDeptSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetGeneralFormCreatedDeptSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/exclusive/data/generalForm/dept/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 获取组织维度发布智能填表数量和使用智能填表人数
    ///
    /// `GET /v1.0/exclusive/data/generalForm/org/{data_id}` (operation `GetGeneralFormCreatedSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetGeneralFormCreatedSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/exclusive/data/generalForm/org/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], &())
    }
    /// 获取群活跃明细
    ///
    /// `GET /v1.0/exclusive/data/activeGroups` (operation `GetGroupActiveInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetGroupActiveInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/groups/infos/query` (operation `GetGroupInfoByCid`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetGroupInfoByCidError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/groups/organizations/query` (operation `GetGroupOrgByCid`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetGroupOrgByCidError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/inactives/users/query` (operation `GetInActiveUserList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInActiveUserListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/organizations/authInfos` (operation `GetLastOrgAuthData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetLastOrgAuthDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/portals/msgConfigs/query` (operation `GetMsgConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMsgConfigError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/messageLocations/query` (operation `GetMsgLocation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMsgLocationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/follow/message/getMsgRecordDetail` (operation `GetMsgRecordDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMsgRecordDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/oaOperatorLogs/query` (operation `GetOaOperatorLogList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOaOperatorLogListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/audits/outsideGroups/query` (operation `GetOutGroupsByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOutGroupsByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/audits/outsideGroups/messages/query` (operation `GetOutsideAuditGroupMessageByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOutsideAuditGroupMessageByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/partnerLabels/{parent_id}` (operation `GetPartnerTypeByParentId`).
    ///
    /// # Path parameters
    ///
    /// - `parent_id` (`parent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPartnerTypeByParentIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_partner_type_by_parent_id(
        &self,
        parent_id: &str,
    ) -> rt::Call<GetPartnerTypeByParentIdResponseBody, GetPartnerTypeByParentIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPartnerTypeByParentId",
            rt::Method::Get,
            "/v1.0/exclusive/partnerLabels/{parent_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[parent_id], &())
    }
    /// 获取专属存储容量信息
    ///
    /// `GET /v1.0/exclusive/privateStores/capacityUsages/infos` (operation `GetPrivateStoreCapacityUsage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPrivateStoreCapacityUsageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/privateStores/fileInfos/query` (operation `GetPrivateStoreFileInfosByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPrivateStoreFileInfosByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/privateStores/filePaths/query` (operation `GetPrivateStoreFilePath`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPrivateStoreFilePathError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/privateStores/taskInfos/query` (operation `GetPrivateStoreFileTaskInfosByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPrivateStoreFileTaskInfosByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/privateStores/taskInfos/file/query` (operation `GetPrivateStoreTaskFileInfosByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPrivateStoreTaskFileInfosByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/trusts/publicDevices` (operation `GetPublicDevices`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPublicDevicesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/data/publisher/{data_id}` (operation `GetPublisherSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPublisherSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_publisher_summary(
        &self,
        data_id: &str,
        request: &GetPublisherSummaryRequest,
    ) -> rt::Call<GetPublisherSummaryResponseBody, GetPublisherSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPublisherSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/publisher/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 获取实人认证接口调用记录
    ///
    /// `POST /v1.0/exclusive/persons/identificationRecords/query` (operation `GetRealPeopleRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRealPeopleRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/faces/recognizeRecords/query` (operation `GetRecognizeRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRecognizeRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/robots/infos` (operation `GetRobotInfoByCode`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRobotInfoByCodeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/securities/configs/members/query` (operation `GetSecurityConfigMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSecurityConfigMemberError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/audits/users` (operation `GetSignedDetailByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSignedDetailByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/trustedDevices/query` (operation `GetTrustDeviceList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTrustDeviceListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/data/appVersion/org/{data_id}` (operation `GetUserAppVersionSummary`).
    ///
    /// # Path parameters
    ///
    /// - `data_id` (`data_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserAppVersionSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_app_version_summary(
        &self,
        data_id: &str,
        request: &GetUserAppVersionSummaryRequest,
    ) -> rt::Call<GetUserAppVersionSummaryResponseBody, GetUserAppVersionSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserAppVersionSummary",
            rt::Method::Get,
            "/v1.0/exclusive/data/appVersion/org/{data_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_id], request)
    }
    /// 人脸录入状态查询
    ///
    /// `POST /v1.0/exclusive/faces/recognizeStates/query` (operation `GetUserFaceState`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserFaceStateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/persons/identificationStates/query` (operation `GetUserRealPeopleState`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserRealPeopleStateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/data/users/stayTimes` (operation `GetUserStayLength`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserStayLengthError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/virusScanTasks/query` (operation `GetVirusScanResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetVirusScanResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/portals/groups/queryGroup` (operation `GroupQueryByAttr`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupQueryByAttrError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/portals/groups/getGroupByOpenConversationId` (operation `GroupQueryByOpenId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupQueryByOpenIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/fileAuditLogs` (operation `ListAuditLog`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAuditLogError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/sceneGroups/robotInfos/query` (operation `ListByCodes`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListByCodesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/sceneGroups/pluginInfos/query` (operation `ListByPluginIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListByPluginIdsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/messageCategories/categories/listCategories` (operation `ListCategorys`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListCategorysError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/exclusiveAccounts/organizations/infos` (operation `ListJoinOrgInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListJoinOrgInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/miniApps/versions/availableLists` (operation `ListMiniAppAvailableVersion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListMiniAppAvailableVersionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/miniApps/versions/historyLists` (operation `ListMiniAppHistoryVersion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListMiniAppHistoryVersionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/partners/roles/{parent_id}` (operation `ListPartnerRoles`).
    ///
    /// # Path parameters
    ///
    /// - `parent_id` (`parent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListPartnerRolesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_partner_roles(
        &self,
        parent_id: &str,
    ) -> rt::Call<ListPartnerRolesResponseBody, ListPartnerRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPartnerRoles",
            rt::Method::Get,
            "/v1.0/exclusive/partners/roles/{parent_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[parent_id], &())
    }
    /// 获取巡点信息列表
    ///
    /// `POST /v1.0/exclusive/punchSchedules/query` (operation `ListPunchScheduleByConditionWithPaging`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListPunchScheduleByConditionWithPagingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/messageCategories/rules/listRules` (operation `ListRules`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListRulesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/users/logout` (operation `Logout`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LogoutError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/benefitPackages/purchase` (operation `OpenBenefitPackage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenBenefitPackageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/opportunities/check` (operation `OpportunitySearch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpportunitySearchError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/preventCheats/risks/check` (operation `PreventCheatingCheckRisk`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PreventCheatingCheckRiskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/comments/send` (operation `PublishFileChangeNotice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PublishFileChangeNoticeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/messageCategories/rules/publish` (operation `PublishRule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PublishRuleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/exclusiveDesigns/redPoints/push` (operation `PushBadge`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PushBadgeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/fileStorages/acrossClouds/configurations` (operation `QueryAcrossCloudStroageConfigs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAcrossCloudStroageConfigsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/channelOrganizations/users` (operation `QueryChannelStaffInfoByMobile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryChannelStaffInfoByMobileError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/categories/conversations` (operation `QueryConversationPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryConversationPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/benefits` (operation `QueryExclusiveBenefits`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryExclusiveBenefitsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/follow/message/queryMsgSendRecords` (operation `QueryMsgSendRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMsgSendRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/partners/users/{user_id}` (operation `QueryPartnerInfo`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPartnerInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_partner_info(
        &self,
        user_id: &str,
    ) -> rt::Call<QueryPartnerInfoResponseBody, QueryPartnerInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPartnerInfo",
            rt::Method::Get,
            "/v1.0/exclusive/partners/users/{user_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 根据templateId查询模版信息
    ///
    /// `GET /v1.0/exclusive/sceneGroups/templates/{template_id}/infos` (operation `QueryTemplateInfo`).
    ///
    /// # Path parameters
    ///
    /// - `template_id` (`template_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTemplateInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_template_info(
        &self,
        template_id: &str,
    ) -> rt::Call<QueryTemplateInfoResponseBody, QueryTemplateInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTemplateInfo",
            rt::Method::Get,
            "/v1.0/exclusive/sceneGroups/templates/{template_id}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], &())
    }
    /// 获取用户截屏操作记录
    ///
    /// `POST /v1.0/exclusive/enterpriseSecurities/userBehaviors/screenshots/query` (operation `QueryUserBehavior`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserBehaviorError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/miniApps/versions/rollback` (operation `RollbackMiniAppVersion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RollbackMiniAppVersionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/dmc/rules/messages/batchSend` (operation `RuleBatchReceiver`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RuleBatchReceiverError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/fileStorages/acrossClouds/configurations` (operation `SaveAcrossCloudStroageConfigs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveAcrossCloudStroageConfigsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/ognizations/authInfos/saveAndSubmit` (operation `SaveAndSubmitAuthInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveAndSubmitAuthInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/externalLogs/terminalInfos/save` (operation `SaveOpenTerminalInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveOpenTerminalInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/storages/functions/save` (operation `SaveStorageFunctionSwitch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveStorageFunctionSwitchError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/storages/switches/save` (operation `SaveStorageSwitch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveStorageSwitchError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/miniApps/whiteLists/save` (operation `SaveWhiteApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveWhiteAppError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/securities/orgGroupInfos` (operation `SearchOrgInnerGroupInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchOrgInnerGroupInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/exclusive/securities/orgAllGroupInfos` (operation `SearchOrgInnerGroupInfoByCursorPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchOrgInnerGroupInfoByCursorPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/appDings/send` (operation `SendAppDing`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendAppDingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/partnerDepartments/invitations/send` (operation `SendInvitation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendInvitationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/follow/message/send` (operation `SendMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendMessageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/phoneDings/send` (operation `SendPhoneDing`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendPhoneDingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/conversationCategories/set` (operation `SetConversationCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetConversationCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/conversations/subtitles/set` (operation `SetConversationSubtitle`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetConversationSubtitleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/conversations/topCategories/set` (operation `SetConversationTopCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetConversationTopCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/partnerDepartments` (operation `SetDeptPartnerTypeAndNum`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetDeptPartnerTypeAndNumError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/topConversations/categories/set` (operation `SetOrgTopConversationCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetOrgTopConversationCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/dmc/rules/specialMessages/batchSend` (operation `SpecialRuleBatchReceiver`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SpecialRuleBatchReceiverError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/addDelTaskPerson` (operation `TaskInfoAddDelTaskPerson`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TaskInfoAddDelTaskPersonError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/cancelOrDelTask` (operation `TaskInfoCancelOrDelTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TaskInfoCancelOrDelTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/createAndStart` (operation `TaskInfoCreateAndStartTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TaskInfoCreateAndStartTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/finishTask` (operation `TaskInfoFinishTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TaskInfoFinishTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/taskCenters/taskInfos/update` (operation `TaskInfoUpdateTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TaskInfoUpdateTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/organizations/transfer` (operation `TransferExclusiveAccountOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TransferExclusiveAccountOrgError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/messageCategories/categories/names` (operation `UpdateCategoryName`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCategoryNameError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/conversationTypes` (operation `UpdateConversationType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateConversationTypeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/sending/files/status` (operation `UpdateFileStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFileStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/exclusive/miniApps/versions/versionStatus` (operation `UpdateMiniAppVersionStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateMiniAppVersionStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/partnerDepartments/visibilityPartners` (operation `UpdatePartnerVisibility`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePartnerVisibilityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/frontLines/licenses` (operation `UpdateRealmLicense`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRealmLicenseError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/partnerDepartments/visibilityRoles` (operation `UpdateRoleVisibility`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRoleVisibilityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/fileStorages/acrossClouds/storageModes` (operation `UpdateStorageMode`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateStorageModeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/exclusive/trustedDevices/{device_id}` (operation `UpdateTrustedDevice`).
    ///
    /// # Path parameters
    ///
    /// - `device_id` (`device_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTrustedDeviceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_trusted_device(
        &self,
        device_id: &str,
        request: &UpdateTrustedDeviceRequest,
    ) -> rt::Call<UpdateTrustedDeviceResponseBody, UpdateTrustedDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTrustedDevice",
            rt::Method::Put,
            "/v1.0/exclusive/trustedDevices/{device_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[device_id], request)
    }
    /// 允许三方调用该API，决定对应的语音消息管控状态
    ///
    /// `PUT /v1.0/exclusive/voiceMessages/ctrlStatuses` (operation `UpdateVoiceMsgCtrlStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateVoiceMsgCtrlStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddCustomSignConfigRequestSignTermFiles {
    /// `fileName`.
    pub file_name: String,
    /// `mediaId`.
    pub media_id: String,
}
impl AddCustomSignConfigRequestSignTermFiles {
    /// A `AddCustomSignConfigRequestSignTermFiles` with its required fields (`fileName`, `mediaId`); set the others with the methods named after them.
    pub fn new(file_name: impl Into<String>, media_id: impl Into<String>) -> Self {
        Self {
            file_name: file_name.into(),
            media_id: media_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddCustomSignConfigRequestSignTermFiles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileName", &self.file_name)?;
        object.field("mediaId", &self.media_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCustomSignConfigRequestSignTermFiles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCustomSignConfigRequestSignTermFiles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileName" => rt::read_field(map, &mut self.file_name),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            _ => Ok(false),
        }
    }
}
/// `AddCustomSignConfigResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCustomSignConfigResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddCustomSignConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddCustomSignConfigResponseBody {
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
impl rt::serde::Serialize for AddCustomSignConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddOrgResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOrgResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOrgResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOrgResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddOrgResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.end()
    }
}
/// `ApproveProcessCallbackRequestRequest`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ApproveProcessCallbackRequestRequest {
    /// A `ApproveProcessCallbackRequestRequest` with its required fields (`approveResult`, `approveType`, `createTime`, `eventType`, `finishTime`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(
        approve_result: impl Into<String>,
        approve_type: impl Into<String>,
        create_time: i64,
        event_type: impl Into<String>,
        finish_time: i64,
        process_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            approve_result: approve_result.into(),
            approve_type: approve_type.into(),
            approvers: None,
            create_time,
            event_type: event_type.into(),
            finish_time,
            params: None,
            process_instance_id: process_instance_id.into(),
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
impl rt::serde::Serialize for ApproveProcessCallbackRequestRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("approveResult", &self.approve_result)?;
        object.field("approveType", &self.approve_type)?;
        object.optional("approvers", &self.approvers)?;
        object.field("createTime", &self.create_time)?;
        object.field("eventType", &self.event_type)?;
        object.field("finishTime", &self.finish_time)?;
        object.optional("params", &self.params)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ApproveProcessCallbackRequestRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ApproveProcessCallbackRequestRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approveResult" => rt::read_field(map, &mut self.approve_result),
            "approveType" => rt::read_field(map, &mut self.approve_type),
            "approvers" => rt::read_field(map, &mut self.approvers),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "eventType" => rt::read_field(map, &mut self.event_type),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "params" => rt::read_field(map, &mut self.params),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `ApproveProcessCallbackResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ApproveProcessCallbackResponseBody {
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ApproveProcessCallbackResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ApproveProcessCallbackResponseBody {
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
impl rt::serde::Serialize for ApproveProcessCallbackResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BanOrOpenGroupWordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BanOrOpenGroupWordsResponseBody {
    /// `cause`.
    pub cause: Option<String>,
    /// `code`.
    pub code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BanOrOpenGroupWordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BanOrOpenGroupWordsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cause" => rt::read_field(map, &mut self.cause),
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BanOrOpenGroupWordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cause", &self.cause)?;
        object.optional("code", &self.code)?;
        object.end()
    }
}
/// `BusinessEventUpdateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BusinessEventUpdateResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BusinessEventUpdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BusinessEventUpdateResponseBody {
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
impl rt::serde::Serialize for BusinessEventUpdateResponseBody {
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
/// `CheckControlHitStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckControlHitStatusResponseBody {
    /// `result`.
    pub result: Option<CheckControlHitStatusResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckControlHitStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckControlHitStatusResponseBody {
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
impl rt::serde::Serialize for CheckControlHitStatusResponseBody {
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
impl rt::serde::Serialize for CleanFileRequestDentryIds {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CleanFileRequestDentryIds {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CleanFileRequestDentryIds {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
/// `CleanFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CleanFileResponseBody {
    /// `failureIds`.
    pub failure_ids: Option<Vec<i64>>,
    /// `successIds`.
    pub success_ids: Option<Vec<i64>>,
}
impl<'de> rt::serde::Deserialize<'de> for CleanFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CleanFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failureIds" => rt::read_field(map, &mut self.failure_ids),
            "successIds" => rt::read_field(map, &mut self.success_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CleanFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failureIds", &self.failure_ids)?;
        object.optional("successIds", &self.success_ids)?;
        object.end()
    }
}
/// `CreateCategoryAndBindingGroupsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCategoryAndBindingGroupsResponseBody {
    /// `id`.
    pub id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCategoryAndBindingGroupsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCategoryAndBindingGroupsResponseBody {
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
impl rt::serde::Serialize for CreateCategoryAndBindingGroupsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `CreateDlpTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDlpTaskResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateDlpTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateDlpTaskResponseBody {
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
impl rt::serde::Serialize for CreateDlpTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateRuleRequestCustomPlan {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentCategoryList", &self.current_category_list)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("planName", &self.plan_name)?;
        object.optional("unSelectCategoryList", &self.un_select_category_list)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRuleRequestCustomPlan {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRuleRequestCustomPlan {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentCategoryList" => rt::read_field(map, &mut self.current_category_list),
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "planName" => rt::read_field(map, &mut self.plan_name),
            "unSelectCategoryList" => {
                rt::read_field(map, &mut self.un_select_category_list)
            }
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
/// `CreateRuleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRuleResponseBody {
    /// `id`.
    pub id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateRuleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateRuleResponseBody {
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
impl rt::serde::Serialize for CreateRuleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `CreateTrustedDeviceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTrustedDeviceResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTrustedDeviceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTrustedDeviceResponseBody {
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
impl rt::serde::Serialize for CreateTrustedDeviceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateTrustedDeviceBatchRequestDetailList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("did", &self.did)?;
        object.optional("macAddress", &self.mac_address)?;
        object.optional("platform", &self.platform)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTrustedDeviceBatchRequestDetailList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTrustedDeviceBatchRequestDetailList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "did" => rt::read_field(map, &mut self.did),
            "macAddress" => rt::read_field(map, &mut self.mac_address),
            "platform" => rt::read_field(map, &mut self.platform),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CreateTrustedDeviceBatchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTrustedDeviceBatchResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTrustedDeviceBatchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTrustedDeviceBatchResponseBody {
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
impl rt::serde::Serialize for CreateTrustedDeviceBatchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateVirusScanTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateVirusScanTaskResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateVirusScanTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateVirusScanTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateVirusScanTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `DataSyncResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataSyncResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `rowsAffected`.
    pub rows_affected: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for DataSyncResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DataSyncResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "rowsAffected" => rt::read_field(map, &mut self.rows_affected),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DataSyncResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("rowsAffected", &self.rows_affected)?;
        object.end()
    }
}
/// `DeleteAcrossCloudStroageConfigsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteAcrossCloudStroageConfigsResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteAcrossCloudStroageConfigsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteAcrossCloudStroageConfigsResponseBody {
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
impl rt::serde::Serialize for DeleteAcrossCloudStroageConfigsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DeleteTrustedDeviceResponseBody`: the same model as [`CreateTrustedDeviceResponseBody`].
pub type DeleteTrustedDeviceResponseBody = CreateTrustedDeviceResponseBody;
/// `DistributePartnerAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DistributePartnerAppResponseBody {
    /// `inviteUrl`.
    pub invite_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DistributePartnerAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DistributePartnerAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "inviteUrl" => rt::read_field(map, &mut self.invite_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DistributePartnerAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("inviteUrl", &self.invite_url)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for FileStorageActiveStorageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FileStorageActiveStorageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createDate" => rt::read_field(map, &mut self.create_date),
            "fileStorageOpenStatus" => {
                rt::read_field(map, &mut self.file_storage_open_status)
            }
            "storageStatus" => rt::read_field(map, &mut self.storage_status),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FileStorageActiveStorageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createDate", &self.create_date)?;
        object.optional("fileStorageOpenStatus", &self.file_storage_open_status)?;
        object.optional("storageStatus", &self.storage_status)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
/// `FileStorageCheckConnectionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FileStorageCheckConnectionResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `checkState`.
    pub check_state: Option<i64>,
    /// `oss`.
    pub oss: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for FileStorageCheckConnectionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FileStorageCheckConnectionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "checkState" => rt::read_field(map, &mut self.check_state),
            "oss" => rt::read_field(map, &mut self.oss),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FileStorageCheckConnectionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("checkState", &self.check_state)?;
        object.optional("oss", &self.oss)?;
        object.end()
    }
}
/// `FileStorageGetQuotaDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FileStorageGetQuotaDataResponseBody {
    /// `quotaModelList`.
    pub quota_model_list: Option<Vec<FileStorageGetQuotaDataResponseBodyQuotaModelList>>,
}
impl<'de> rt::serde::Deserialize<'de> for FileStorageGetQuotaDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FileStorageGetQuotaDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "quotaModelList" => rt::read_field(map, &mut self.quota_model_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FileStorageGetQuotaDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("quotaModelList", &self.quota_model_list)?;
        object.end()
    }
}
/// `FileStorageGetStorageStateResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for FileStorageGetStorageStateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FileStorageGetStorageStateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "createDate" => rt::read_field(map, &mut self.create_date),
            "fileStorageOpenStatus" => {
                rt::read_field(map, &mut self.file_storage_open_status)
            }
            "oss" => rt::read_field(map, &mut self.oss),
            "storageStatus" => rt::read_field(map, &mut self.storage_status),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FileStorageGetStorageStateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("createDate", &self.create_date)?;
        object.optional("fileStorageOpenStatus", &self.file_storage_open_status)?;
        object.optional("oss", &self.oss)?;
        object.optional("storageStatus", &self.storage_status)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
/// `FileStorageUpdateStorageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FileStorageUpdateStorageResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `oss`.
    pub oss: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for FileStorageUpdateStorageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FileStorageUpdateStorageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "oss" => rt::read_field(map, &mut self.oss),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FileStorageUpdateStorageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("oss", &self.oss)?;
        object.end()
    }
}
/// `GenerateDarkWaterMarkResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GenerateDarkWaterMarkResponseBody {
    /// `darkWatermarkVOList`.
    pub dark_watermark_vo_list: Option<
        Vec<GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GenerateDarkWaterMarkResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GenerateDarkWaterMarkResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "darkWatermarkVOList" => {
                rt::read_field(map, &mut self.dark_watermark_vo_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GenerateDarkWaterMarkResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("darkWatermarkVOList", &self.dark_watermark_vo_list)?;
        object.end()
    }
}
/// `GetAccountTransferListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAccountTransferListResponseBody {
    /// `itemList`.
    pub item_list: Option<Vec<GetAccountTransferListResponseBodyItemList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAccountTransferListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAccountTransferListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemList" => rt::read_field(map, &mut self.item_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAccountTransferListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itemList", &self.item_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetActiveUserSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetActiveUserSummaryResponseBody {
    /// `actUsrCnt1m`.
    pub act_usr_cnt1m: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetActiveUserSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetActiveUserSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actUsrCnt1m" => rt::read_field(map, &mut self.act_usr_cnt1m),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetActiveUserSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actUsrCnt1m", &self.act_usr_cnt1m)?;
        object.end()
    }
}
/// `GetAgentIdByRelatedAppIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAgentIdByRelatedAppIdResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAgentIdByRelatedAppIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAgentIdByRelatedAppIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAgentIdByRelatedAppIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.end()
    }
}
/// `GetAllLabelableDeptsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllLabelableDeptsResponseBody {
    /// `data`.
    pub data: Option<Vec<GetAllLabelableDeptsResponseBodyData>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllLabelableDeptsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllLabelableDeptsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllLabelableDeptsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `GetAppDispatchInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAppDispatchInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAppDispatchInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "android" => rt::read_field(map, &mut self.android),
            "iOS" => rt::read_field(map, &mut self.i_os),
            "mac" => rt::read_field(map, &mut self.mac),
            "windows" => rt::read_field(map, &mut self.windows),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAppDispatchInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("android", &self.android)?;
        object.optional("iOS", &self.i_os)?;
        object.optional("mac", &self.mac)?;
        object.optional("windows", &self.windows)?;
        object.end()
    }
}
/// `GetCalenderSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCalenderSummaryResponseBody {
    /// `calendarCreateUserCnt`.
    pub calendar_create_user_cnt: Option<String>,
    /// `recvCalendarUserCnt1d`.
    pub recv_calendar_user_cnt1d: Option<String>,
    /// `useCalendarUserCnt1d`.
    pub use_calendar_user_cnt1d: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCalenderSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCalenderSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "calendarCreateUserCnt" => {
                rt::read_field(map, &mut self.calendar_create_user_cnt)
            }
            "recvCalendarUserCnt1d" => {
                rt::read_field(map, &mut self.recv_calendar_user_cnt1d)
            }
            "useCalendarUserCnt1d" => {
                rt::read_field(map, &mut self.use_calendar_user_cnt1d)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCalenderSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("calendarCreateUserCnt", &self.calendar_create_user_cnt)?;
        object.optional("recvCalendarUserCnt1d", &self.recv_calendar_user_cnt1d)?;
        object.optional("useCalendarUserCnt1d", &self.use_calendar_user_cnt1d)?;
        object.end()
    }
}
/// `GetCidsByBotCodeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCidsByBotCodeResponseBody {
    /// `groupInfos`.
    pub group_infos: Option<Vec<GetCidsByBotCodeResponseBodyGroupInfos>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCidsByBotCodeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCidsByBotCodeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupInfos" => rt::read_field(map, &mut self.group_infos),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCidsByBotCodeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupInfos", &self.group_infos)?;
        object.optional("hasMore", &self.has_more)?;
        object.end()
    }
}
/// `GetClassTagResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetClassTagResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClassTagResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorName" => rt::read_field(map, &mut self.creator_name),
            "dataType" => rt::read_field(map, &mut self.data_type),
            "description" => rt::read_field(map, &mut self.description),
            "innerDownload" => rt::read_field(map, &mut self.inner_download),
            "innerTransfer" => rt::read_field(map, &mut self.inner_transfer),
            "modifierName" => rt::read_field(map, &mut self.modifier_name),
            "name" => rt::read_field(map, &mut self.name),
            "outOp" => rt::read_field(map, &mut self.out_op),
            "rank" => rt::read_field(map, &mut self.rank),
            "securityLevel" => rt::read_field(map, &mut self.security_level),
            "status" => rt::read_field(map, &mut self.status),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetClassTagResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorName", &self.creator_name)?;
        object.optional("dataType", &self.data_type)?;
        object.optional("description", &self.description)?;
        object.optional("innerDownload", &self.inner_download)?;
        object.optional("innerTransfer", &self.inner_transfer)?;
        object.optional("modifierName", &self.modifier_name)?;
        object.optional("name", &self.name)?;
        object.optional("outOp", &self.out_op)?;
        object.optional("rank", &self.rank)?;
        object.optional("securityLevel", &self.security_level)?;
        object.optional("status", &self.status)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `GetCommentListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCommentListResponseBody {
    /// `data`.
    pub data: Option<Vec<GetCommentListResponseBodyData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCommentListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCommentListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCommentListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetConfBaseInfoByLogicalIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetConfBaseInfoByLogicalIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConfBaseInfoByLogicalIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "logicalConferenceId" => rt::read_field(map, &mut self.logical_conference_id),
            "nickname" => rt::read_field(map, &mut self.nickname),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConfBaseInfoByLogicalIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("logicalConferenceId", &self.logical_conference_id)?;
        object.optional("nickname", &self.nickname)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("title", &self.title)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `GetConferenceDetailResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetConferenceDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConferenceDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendeeNum" => rt::read_field(map, &mut self.attendee_num),
            "attendeePercentage" => rt::read_field(map, &mut self.attendee_percentage),
            "callerId" => rt::read_field(map, &mut self.caller_id),
            "callerName" => rt::read_field(map, &mut self.caller_name),
            "confStartTime" => rt::read_field(map, &mut self.conf_start_time),
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "memberList" => rt::read_field(map, &mut self.member_list),
            "title" => rt::read_field(map, &mut self.title),
            "totalNum" => rt::read_field(map, &mut self.total_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConferenceDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendeeNum", &self.attendee_num)?;
        object.optional("attendeePercentage", &self.attendee_percentage)?;
        object.optional("callerId", &self.caller_id)?;
        object.optional("callerName", &self.caller_name)?;
        object.optional("confStartTime", &self.conf_start_time)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("memberList", &self.member_list)?;
        object.optional("title", &self.title)?;
        object.optional("totalNum", &self.total_num)?;
        object.end()
    }
}
/// `GetConversationCategoryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConversationCategoryResponseBody {
    /// `result`.
    pub result: Option<Vec<ConversationCategoryModel>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConversationCategoryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConversationCategoryResponseBody {
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
impl rt::serde::Serialize for GetConversationCategoryResponseBody {
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
/// `GetConversationDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConversationDetailResponseBody {
    /// `result`.
    pub result: Option<GetConversationDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConversationDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConversationDetailResponseBody {
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
impl rt::serde::Serialize for GetConversationDetailResponseBody {
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
/// `GetDingReportDeptSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDingReportDeptSummaryResponseBody {
    /// `data`.
    pub data: Option<Vec<GetDingReportDeptSummaryResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDingReportDeptSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDingReportDeptSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDingReportDeptSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetDingReportSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDingReportSummaryResponseBody {
    /// `reportCommentUserCnt1d`.
    pub report_comment_user_cnt1d: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDingReportSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDingReportSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reportCommentUserCnt1d" => {
                rt::read_field(map, &mut self.report_comment_user_cnt1d)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDingReportSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("reportCommentUserCnt1d", &self.report_comment_user_cnt1d)?;
        object.end()
    }
}
/// `GetDocCreatedDeptSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDocCreatedDeptSummaryResponseBody {
    /// `data`.
    pub data: Option<Vec<GetDocCreatedDeptSummaryResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDocCreatedDeptSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDocCreatedDeptSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDocCreatedDeptSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetDocCreatedSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDocCreatedSummaryResponseBody {
    /// `docCreateUserCnt1d`.
    pub doc_create_user_cnt1d: Option<String>,
    /// `docCreatedCnt`.
    pub doc_created_cnt: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDocCreatedSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDocCreatedSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docCreateUserCnt1d" => rt::read_field(map, &mut self.doc_create_user_cnt1d),
            "docCreatedCnt" => rt::read_field(map, &mut self.doc_created_cnt),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDocCreatedSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("docCreateUserCnt1d", &self.doc_create_user_cnt1d)?;
        object.optional("docCreatedCnt", &self.doc_created_cnt)?;
        object.end()
    }
}
/// `GetExclusiveAccountAllOrgListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetExclusiveAccountAllOrgListResponseBody {
    /// `orgInfoList`.
    pub org_info_list: Option<Vec<GetExclusiveAccountAllOrgListResponseBodyOrgInfoList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetExclusiveAccountAllOrgListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetExclusiveAccountAllOrgListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orgInfoList" => rt::read_field(map, &mut self.org_info_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetExclusiveAccountAllOrgListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("orgInfoList", &self.org_info_list)?;
        object.end()
    }
}
/// `GetGeneralFormCreatedDeptSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGeneralFormCreatedDeptSummaryResponseBody {
    /// `data`.
    pub data: Option<Vec<GetGeneralFormCreatedDeptSummaryResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetGeneralFormCreatedDeptSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGeneralFormCreatedDeptSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGeneralFormCreatedDeptSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetGeneralFormCreatedSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGeneralFormCreatedSummaryResponseBody {
    /// `generalFormCreatedCnt`.
    pub general_form_created_cnt: Option<String>,
    /// `useGeneralFormUserCnt1d`.
    pub use_general_form_user_cnt1d: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetGeneralFormCreatedSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGeneralFormCreatedSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "generalFormCreatedCnt" => {
                rt::read_field(map, &mut self.general_form_created_cnt)
            }
            "useGeneralFormUserCnt1d" => {
                rt::read_field(map, &mut self.use_general_form_user_cnt1d)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGeneralFormCreatedSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("generalFormCreatedCnt", &self.general_form_created_cnt)?;
        object.optional("useGeneralFormUserCnt1d", &self.use_general_form_user_cnt1d)?;
        object.end()
    }
}
/// `GetGroupActiveInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupActiveInfoResponseBody {
    /// `data`.
    pub data: Option<Vec<GetGroupActiveInfoResponseBodyData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetGroupActiveInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGroupActiveInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGroupActiveInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetGroupInfoByCidResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupInfoByCidResponseBody {
    /// `groupInfo`.
    pub group_info: Option<GetGroupInfoByCidResponseBodyGroupInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for GetGroupInfoByCidResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGroupInfoByCidResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupInfo" => rt::read_field(map, &mut self.group_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGroupInfoByCidResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupInfo", &self.group_info)?;
        object.end()
    }
}
/// `GetGroupOrgByCidResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupOrgByCidResponseBody {
    /// `groupOrganization`.
    pub group_organization: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetGroupOrgByCidResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGroupOrgByCidResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupOrganization" => rt::read_field(map, &mut self.group_organization),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGroupOrgByCidResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupOrganization", &self.group_organization)?;
        object.end()
    }
}
/// `GetInActiveUserListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInActiveUserListResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `metaList`.
    pub meta_list: Option<Vec<GetInActiveUserListResponseBodyMetaList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetInActiveUserListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInActiveUserListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "metaList" => rt::read_field(map, &mut self.meta_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInActiveUserListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("metaList", &self.meta_list)?;
        object.end()
    }
}
/// `GetLastOrgAuthDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetLastOrgAuthDataResponseBody {
    /// `authRemark`.
    pub auth_remark: Option<String>,
    /// `authStatus`.
    pub auth_status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetLastOrgAuthDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetLastOrgAuthDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authRemark" => rt::read_field(map, &mut self.auth_remark),
            "authStatus" => rt::read_field(map, &mut self.auth_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetLastOrgAuthDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authRemark", &self.auth_remark)?;
        object.optional("authStatus", &self.auth_status)?;
        object.end()
    }
}
/// `GetMsgConfigRequestListDynamicAttr`.
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
impl rt::serde::Serialize for GetMsgConfigRequestListDynamicAttr {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attrCode", &self.attr_code)?;
        object.optional("listAttrOptionsCode", &self.list_attr_options_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMsgConfigRequestListDynamicAttr {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMsgConfigRequestListDynamicAttr {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attrCode" => rt::read_field(map, &mut self.attr_code),
            "listAttrOptionsCode" => {
                rt::read_field(map, &mut self.list_attr_options_code)
            }
            _ => Ok(false),
        }
    }
}
/// `GetMsgConfigResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetMsgConfigResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMsgConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgConfigResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetMsgLocationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMsgLocationResponseBody {
    /// `msgLocationUrl`.
    pub msg_location_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMsgLocationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgLocationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "msgLocationUrl" => rt::read_field(map, &mut self.msg_location_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgLocationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("msgLocationUrl", &self.msg_location_url)?;
        object.end()
    }
}
/// `GetMsgRecordDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBody {
    /// `errmsg`.
    pub errmsg: Option<String>,
    /// `errorcode`.
    pub errorcode: Option<String>,
    /// `result`.
    pub result: Option<GetMsgRecordDetailResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMsgRecordDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgRecordDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errmsg" => rt::read_field(map, &mut self.errmsg),
            "errorcode" => rt::read_field(map, &mut self.errorcode),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgRecordDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errmsg", &self.errmsg)?;
        object.optional("errorcode", &self.errorcode)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetOaOperatorLogListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOaOperatorLogListResponseBody {
    /// `data`.
    pub data: Option<Vec<GetOaOperatorLogListResponseBodyData>>,
    /// `itemCount`.
    pub item_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOaOperatorLogListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOaOperatorLogListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "itemCount" => rt::read_field(map, &mut self.item_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOaOperatorLogListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("itemCount", &self.item_count)?;
        object.end()
    }
}
/// `GetOutGroupsByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOutGroupsByPageResponseBody {
    /// `responseBody`.
    pub response_body: Option<GetOutGroupsByPageResponseBodyResponseBody>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOutGroupsByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOutGroupsByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "responseBody" => rt::read_field(map, &mut self.response_body),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOutGroupsByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("responseBody", &self.response_body)?;
        object.end()
    }
}
/// `GetOutsideAuditGroupMessageByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOutsideAuditGroupMessageByPageResponseBody {
    /// `responseBody`.
    pub response_body: Option<GetOutsideAuditGroupMessageByPageResponseBodyResponseBody>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOutsideAuditGroupMessageByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOutsideAuditGroupMessageByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "responseBody" => rt::read_field(map, &mut self.response_body),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOutsideAuditGroupMessageByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("responseBody", &self.response_body)?;
        object.end()
    }
}
/// `GetPartnerTypeByParentIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPartnerTypeByParentIdResponseBody {
    /// `data`.
    pub data: Option<Vec<GetPartnerTypeByParentIdResponseBodyData>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPartnerTypeByParentIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPartnerTypeByParentIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPartnerTypeByParentIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `GetPrivateStoreCapacityUsageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPrivateStoreCapacityUsageResponseBody {
    /// `usedSize`.
    pub used_size: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPrivateStoreCapacityUsageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrivateStoreCapacityUsageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "usedSize" => rt::read_field(map, &mut self.used_size),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrivateStoreCapacityUsageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("usedSize", &self.used_size)?;
        object.end()
    }
}
/// `GetPrivateStoreFileInfosByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPrivateStoreFileInfosByPageResponseBody {
    /// `fileInfos`.
    pub file_infos: Option<Vec<GetPrivateStoreFileInfosByPageResponseBodyFileInfos>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPrivateStoreFileInfosByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrivateStoreFileInfosByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileInfos" => rt::read_field(map, &mut self.file_infos),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrivateStoreFileInfosByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileInfos", &self.file_infos)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetPrivateStoreFilePathResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPrivateStoreFilePathResponseBody {
    /// `filePath`.
    pub file_path: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPrivateStoreFilePathResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrivateStoreFilePathResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "filePath" => rt::read_field(map, &mut self.file_path),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrivateStoreFilePathResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("filePath", &self.file_path)?;
        object.end()
    }
}
/// `GetPrivateStoreFileTaskInfosByPageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetPrivateStoreFileTaskInfosByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrivateStoreFileTaskInfosByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasNext" => rt::read_field(map, &mut self.has_next),
            "itemCount" => rt::read_field(map, &mut self.item_count),
            "items" => rt::read_field(map, &mut self.items),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrivateStoreFileTaskInfosByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasNext", &self.has_next)?;
        object.optional("itemCount", &self.item_count)?;
        object.optional("items", &self.items)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetPrivateStoreTaskFileInfosByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPrivateStoreTaskFileInfosByPageResponseBody {
    /// `items`.
    pub items: Option<Vec<GetPrivateStoreTaskFileInfosByPageResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetPrivateStoreTaskFileInfosByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrivateStoreTaskFileInfosByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrivateStoreTaskFileInfosByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetPublicDevicesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPublicDevicesResponseBody {
    /// `data`.
    pub data: Option<Vec<GetPublicDevicesResponseBodyData>>,
    /// `dataCnt`.
    pub data_cnt: Option<i64>,
    /// `totalCnt`.
    pub total_cnt: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPublicDevicesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPublicDevicesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "dataCnt" => rt::read_field(map, &mut self.data_cnt),
            "totalCnt" => rt::read_field(map, &mut self.total_cnt),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPublicDevicesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("dataCnt", &self.data_cnt)?;
        object.optional("totalCnt", &self.total_cnt)?;
        object.end()
    }
}
/// `GetPublisherSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetPublisherSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPublisherSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "publisherArticleCntStd" => {
                rt::read_field(map, &mut self.publisher_article_cnt_std)
            }
            "publisherArticlePvCntStd" => {
                rt::read_field(map, &mut self.publisher_article_pv_cnt_std)
            }
            "publisherArticlePvTop5" => {
                rt::read_field(map, &mut self.publisher_article_pv_top5)
            }
            "publisherCntStd" => rt::read_field(map, &mut self.publisher_cnt_std),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPublisherSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("publisherArticleCntStd", &self.publisher_article_cnt_std)?;
        object.optional("publisherArticlePvCntStd", &self.publisher_article_pv_cnt_std)?;
        object.optional("publisherArticlePvTop5", &self.publisher_article_pv_top5)?;
        object.optional("publisherCntStd", &self.publisher_cnt_std)?;
        object.end()
    }
}
/// `GetRealPeopleRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRealPeopleRecordsResponseBody {
    /// `data`.
    pub data: Option<Vec<GetRealPeopleRecordsResponseBodyData>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRealPeopleRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRealPeopleRecordsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRealPeopleRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetRecognizeRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecognizeRecordsResponseBody {
    /// `data`.
    pub data: Option<Vec<GetRecognizeRecordsResponseBodyData>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecognizeRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecognizeRecordsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecognizeRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetRobotInfoByCodeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRobotInfoByCodeResponseBody {
    /// `robotInfoVO`.
    pub robot_info_vo: Option<GetRobotInfoByCodeResponseBodyRobotInfoVO>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRobotInfoByCodeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRobotInfoByCodeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "robotInfoVO" => rt::read_field(map, &mut self.robot_info_vo),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRobotInfoByCodeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("robotInfoVO", &self.robot_info_vo)?;
        object.end()
    }
}
/// `GetSecurityConfigMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSecurityConfigMemberResponseBody {
    /// `result`.
    pub result: Option<GetSecurityConfigMemberResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSecurityConfigMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSecurityConfigMemberResponseBody {
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
impl rt::serde::Serialize for GetSecurityConfigMemberResponseBody {
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
/// `GetSignedDetailByPageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSignedDetailByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignedDetailByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "auditSignedDetailDTOList" => {
                rt::read_field(map, &mut self.audit_signed_detail_dto_list)
            }
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignedDetailByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("auditSignedDetailDTOList", &self.audit_signed_detail_dto_list)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetTrustDeviceListResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTrustDeviceListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTrustDeviceListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "data" => rt::read_field(map, &mut self.data),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTrustDeviceListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("data", &self.data)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetUserAppVersionSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserAppVersionSummaryResponseBody {
    /// `data`.
    pub data: Option<Vec<GetUserAppVersionSummaryResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserAppVersionSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserAppVersionSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserAppVersionSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetUserFaceStateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserFaceStateResponseBody {
    /// `data`.
    pub data: Option<Vec<GetUserFaceStateResponseBodyData>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserFaceStateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserFaceStateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserFaceStateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `GetUserRealPeopleStateResponseBody`: the same model as [`GetUserFaceStateResponseBody`].
pub type GetUserRealPeopleStateResponseBody = GetUserFaceStateResponseBody;
/// `GetUserStayLengthResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserStayLengthResponseBody {
    /// `itemList`.
    pub item_list: Option<Vec<GetUserStayLengthResponseBodyItemList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserStayLengthResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserStayLengthResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemList" => rt::read_field(map, &mut self.item_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserStayLengthResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itemList", &self.item_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetVirusScanResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetVirusScanResultResponseBody {
    /// `reason`.
    pub reason: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetVirusScanResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetVirusScanResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reason" => rt::read_field(map, &mut self.reason),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetVirusScanResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("reason", &self.reason)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GroupQueryByAttrRequestListDynamicAttr`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GroupQueryByAttrRequestListDynamicAttr {
    /// `attrCode`.
    pub attr_code: String,
    /// `listAttrOptionsCode`.
    pub list_attr_options_code: Vec<String>,
}
impl GroupQueryByAttrRequestListDynamicAttr {
    /// A `GroupQueryByAttrRequestListDynamicAttr` with its required fields (`attrCode`, `listAttrOptionsCode`); set the others with the methods named after them.
    pub fn new(
        attr_code: impl Into<String>,
        list_attr_options_code: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            attr_code: attr_code.into(),
            list_attr_options_code: list_attr_options_code
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}
impl rt::serde::Serialize for GroupQueryByAttrRequestListDynamicAttr {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("attrCode", &self.attr_code)?;
        object.field("listAttrOptionsCode", &self.list_attr_options_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupQueryByAttrRequestListDynamicAttr {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupQueryByAttrRequestListDynamicAttr {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attrCode" => rt::read_field(map, &mut self.attr_code),
            "listAttrOptionsCode" => {
                rt::read_field(map, &mut self.list_attr_options_code)
            }
            _ => Ok(false),
        }
    }
}
/// `GroupQueryByAttrResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupQueryByAttrResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GroupQueryByAttrResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupQueryByAttrResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupQueryByAttrResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupQueryByAttrResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GroupQueryByOpenIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupQueryByOpenIdResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GroupQueryByOpenIdResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupQueryByOpenIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupQueryByOpenIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupQueryByOpenIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `ListAuditLogResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAuditLogResponseBody {
    /// `list`.
    pub list: Option<Vec<ListAuditLogResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAuditLogResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAuditLogResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAuditLogResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `ListByCodesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListByCodesResponseBody {
    /// `robotInfoList`.
    pub robot_info_list: Option<Vec<ListByCodesResponseBodyRobotInfoList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListByCodesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListByCodesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "robotInfoList" => rt::read_field(map, &mut self.robot_info_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListByCodesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("robotInfoList", &self.robot_info_list)?;
        object.end()
    }
}
/// `ListByPluginIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListByPluginIdsResponseBody {
    /// `pluginInfoList`.
    pub plugin_info_list: Option<Vec<ListByPluginIdsResponseBodyPluginInfoList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListByPluginIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListByPluginIdsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pluginInfoList" => rt::read_field(map, &mut self.plugin_info_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListByPluginIdsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pluginInfoList", &self.plugin_info_list)?;
        object.end()
    }
}
/// `ListCategorysRequestBody`.
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
impl rt::serde::Serialize for ListCategorysRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListCategorysRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListCategorysRequestBody {
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
/// `ListCategorysResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCategorysResponseBody {
    /// `detailModelList`.
    pub detail_model_list: Option<Vec<rt::BTreeMap<String, String>>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCategorysResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCategorysResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detailModelList" => rt::read_field(map, &mut self.detail_model_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCategorysResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detailModelList", &self.detail_model_list)?;
        object.end()
    }
}
/// `ListJoinOrgInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListJoinOrgInfoResponseBody {
    /// `orgInfoList`.
    pub org_info_list: Option<Vec<ListJoinOrgInfoResponseBodyOrgInfoList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListJoinOrgInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListJoinOrgInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orgInfoList" => rt::read_field(map, &mut self.org_info_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListJoinOrgInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("orgInfoList", &self.org_info_list)?;
        object.end()
    }
}
/// `ListMiniAppAvailableVersionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMiniAppAvailableVersionResponseBody {
    /// `list`.
    pub list: Option<Vec<ListMiniAppAvailableVersionResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListMiniAppAvailableVersionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMiniAppAvailableVersionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMiniAppAvailableVersionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `ListMiniAppHistoryVersionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMiniAppHistoryVersionResponseBody {
    /// `list`.
    pub list: Option<Vec<ListMiniAppHistoryVersionResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListMiniAppHistoryVersionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMiniAppHistoryVersionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMiniAppHistoryVersionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `ListPartnerRolesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPartnerRolesResponseBody {
    /// `list`.
    pub list: Option<Vec<ListPartnerRolesResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPartnerRolesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPartnerRolesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPartnerRolesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `ListPunchScheduleByConditionWithPagingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPunchScheduleByConditionWithPagingResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListPunchScheduleByConditionWithPagingResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListPunchScheduleByConditionWithPagingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPunchScheduleByConditionWithPagingResponseBody {
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
impl rt::serde::Serialize for ListPunchScheduleByConditionWithPagingResponseBody {
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
/// `ListRulesRequestBody`: the same model as [`ListCategorysRequestBody`].
pub type ListRulesRequestBody = ListCategorysRequestBody;
/// `ListRulesResponseBody`: the same model as [`ListCategorysResponseBody`].
pub type ListRulesResponseBody = ListCategorysResponseBody;
/// `LogoutResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type LogoutResponseBody = AddCustomSignConfigResponseBody;
/// `OpenBenefitPackageResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type OpenBenefitPackageResponseBody = AddCustomSignConfigResponseBody;
/// `OpportunitySearchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpportunitySearchResponseBody {
    /// `opportunityExist`.
    pub opportunity_exist: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OpportunitySearchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpportunitySearchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opportunityExist" => rt::read_field(map, &mut self.opportunity_exist),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpportunitySearchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("opportunityExist", &self.opportunity_exist)?;
        object.end()
    }
}
/// `PreventCheatingCheckRiskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PreventCheatingCheckRiskResponseBody {
    /// `result`.
    pub result: Option<PreventCheatingCheckRiskResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for PreventCheatingCheckRiskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PreventCheatingCheckRiskResponseBody {
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
impl rt::serde::Serialize for PreventCheatingCheckRiskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PublishRuleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PublishRuleResponseBody {
    /// `isPublish`.
    pub is_publish: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PublishRuleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PublishRuleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isPublish" => rt::read_field(map, &mut self.is_publish),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PublishRuleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isPublish", &self.is_publish)?;
        object.end()
    }
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
impl rt::serde::Serialize for PushBadgeRequestBadgeItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pushValue", &self.push_value)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PushBadgeRequestBadgeItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PushBadgeRequestBadgeItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pushValue" => rt::read_field(map, &mut self.push_value),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `PushBadgeResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type PushBadgeResponseBody = AddCustomSignConfigResponseBody;
/// `QueryAcrossCloudStroageConfigsResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryAcrossCloudStroageConfigsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAcrossCloudStroageConfigsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "accessKeySecret" => rt::read_field(map, &mut self.access_key_secret),
            "bucketName" => rt::read_field(map, &mut self.bucket_name),
            "cloudType" => rt::read_field(map, &mut self.cloud_type),
            "endpoint" => rt::read_field(map, &mut self.endpoint),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAcrossCloudStroageConfigsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("accessKeySecret", &self.access_key_secret)?;
        object.optional("bucketName", &self.bucket_name)?;
        object.optional("cloudType", &self.cloud_type)?;
        object.optional("endpoint", &self.endpoint)?;
        object.end()
    }
}
/// `QueryChannelStaffInfoByMobileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryChannelStaffInfoByMobileResponseBody {
    /// `empInfo`.
    pub emp_info: Option<QueryChannelStaffInfoByMobileResponseBodyEmpInfo>,
    /// `exclusiveAccountEmpInfoList`.
    pub exclusive_account_emp_info_list: Option<
        Vec<QueryChannelStaffInfoByMobileResponseBodyExclusiveAccountEmpInfoList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryChannelStaffInfoByMobileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryChannelStaffInfoByMobileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "empInfo" => rt::read_field(map, &mut self.emp_info),
            "exclusiveAccountEmpInfoList" => {
                rt::read_field(map, &mut self.exclusive_account_emp_info_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryChannelStaffInfoByMobileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("empInfo", &self.emp_info)?;
        object
            .optional(
                "exclusiveAccountEmpInfoList",
                &self.exclusive_account_emp_info_list,
            )?;
        object.end()
    }
}
/// `QueryConversationPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConversationPageResponseBody {
    /// `result`.
    pub result: Option<QueryConversationPageResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryConversationPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConversationPageResponseBody {
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
impl rt::serde::Serialize for QueryConversationPageResponseBody {
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
/// `QueryExclusiveBenefitsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryExclusiveBenefitsResponseBody {
    /// `benefitsList`.
    pub benefits_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryExclusiveBenefitsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryExclusiveBenefitsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitsList" => rt::read_field(map, &mut self.benefits_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryExclusiveBenefitsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("benefitsList", &self.benefits_list)?;
        object.end()
    }
}
/// `QueryMsgSendRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMsgSendRecordsResponseBody {
    /// `errmsg`.
    pub errmsg: Option<String>,
    /// `errorcode`.
    pub errorcode: Option<String>,
    /// `result`.
    pub result: Option<QueryMsgSendRecordsResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMsgSendRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMsgSendRecordsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errmsg" => rt::read_field(map, &mut self.errmsg),
            "errorcode" => rt::read_field(map, &mut self.errorcode),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMsgSendRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errmsg", &self.errmsg)?;
        object.optional("errorcode", &self.errorcode)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryPartnerInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPartnerInfoResponseBody {
    /// `partnerDeptList`.
    pub partner_dept_list: Option<Vec<QueryPartnerInfoResponseBodyPartnerDeptList>>,
    /// `partnerLabelList`.
    pub partner_label_list: Option<Vec<QueryPartnerInfoResponseBodyPartnerLabelList>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPartnerInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPartnerInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "partnerDeptList" => rt::read_field(map, &mut self.partner_dept_list),
            "partnerLabelList" => rt::read_field(map, &mut self.partner_label_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPartnerInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("partnerDeptList", &self.partner_dept_list)?;
        object.optional("partnerLabelList", &self.partner_label_list)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryTemplateInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTemplateInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTemplateInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "abilitySwitch" => rt::read_field(map, &mut self.ability_switch),
            "appInfo" => rt::read_field(map, &mut self.app_info),
            "conversationScope" => rt::read_field(map, &mut self.conversation_scope),
            "createAt" => rt::read_field(map, &mut self.create_at),
            "description" => rt::read_field(map, &mut self.description),
            "grayConversationIds" => rt::read_field(map, &mut self.gray_conversation_ids),
            "grayInfo" => rt::read_field(map, &mut self.gray_info),
            "grayTemplateId" => rt::read_field(map, &mut self.gray_template_id),
            "groupSettingList" => rt::read_field(map, &mut self.group_setting_list),
            "iconMediaId" => rt::read_field(map, &mut self.icon_media_id),
            "modifiedAt" => rt::read_field(map, &mut self.modified_at),
            "modifyOrderId" => rt::read_field(map, &mut self.modify_order_id),
            "modifyStatus" => rt::read_field(map, &mut self.modify_status),
            "parentTemplateDetailVO" => {
                rt::read_field(map, &mut self.parent_template_detail_vo)
            }
            "publishSubState" => rt::read_field(map, &mut self.publish_sub_state),
            "robotTemplateList" => rt::read_field(map, &mut self.robot_template_list),
            "status" => rt::read_field(map, &mut self.status),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateIntroduction" => {
                rt::read_field(map, &mut self.template_introduction)
            }
            "templateName" => rt::read_field(map, &mut self.template_name),
            "templateType" => rt::read_field(map, &mut self.template_type),
            "templateVisibility" => rt::read_field(map, &mut self.template_visibility),
            "toolbarPluginList" => rt::read_field(map, &mut self.toolbar_plugin_list),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTemplateInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("abilitySwitch", &self.ability_switch)?;
        object.optional("appInfo", &self.app_info)?;
        object.optional("conversationScope", &self.conversation_scope)?;
        object.optional("createAt", &self.create_at)?;
        object.optional("description", &self.description)?;
        object.optional("grayConversationIds", &self.gray_conversation_ids)?;
        object.optional("grayInfo", &self.gray_info)?;
        object.optional("grayTemplateId", &self.gray_template_id)?;
        object.optional("groupSettingList", &self.group_setting_list)?;
        object.optional("iconMediaId", &self.icon_media_id)?;
        object.optional("modifiedAt", &self.modified_at)?;
        object.optional("modifyOrderId", &self.modify_order_id)?;
        object.optional("modifyStatus", &self.modify_status)?;
        object.optional("parentTemplateDetailVO", &self.parent_template_detail_vo)?;
        object.optional("publishSubState", &self.publish_sub_state)?;
        object.optional("robotTemplateList", &self.robot_template_list)?;
        object.optional("status", &self.status)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateIntroduction", &self.template_introduction)?;
        object.optional("templateName", &self.template_name)?;
        object.optional("templateType", &self.template_type)?;
        object.optional("templateVisibility", &self.template_visibility)?;
        object.optional("toolbarPluginList", &self.toolbar_plugin_list)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `QueryUserBehaviorResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserBehaviorResponseBody {
    /// `data`.
    pub data: Option<Vec<QueryUserBehaviorResponseBodyData>>,
    /// `dataCnt`.
    pub data_cnt: Option<i64>,
    /// `totalCnt`.
    pub total_cnt: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserBehaviorResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserBehaviorResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "dataCnt" => rt::read_field(map, &mut self.data_cnt),
            "totalCnt" => rt::read_field(map, &mut self.total_cnt),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserBehaviorResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("dataCnt", &self.data_cnt)?;
        object.optional("totalCnt", &self.total_cnt)?;
        object.end()
    }
}
/// `RollbackMiniAppVersionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RollbackMiniAppVersionResponseBody {
    /// `cause`.
    pub cause: Option<String>,
    /// `code`.
    pub code: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for RollbackMiniAppVersionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RollbackMiniAppVersionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cause" => rt::read_field(map, &mut self.cause),
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RollbackMiniAppVersionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cause", &self.cause)?;
        object.optional("code", &self.code)?;
        object.end()
    }
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
impl rt::serde::Serialize for RuleBatchReceiverRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atAccount", &self.at_account)?;
        object.optional("attrs", &self.attrs)?;
        object.optional("callbackUrl", &self.callback_url)?;
        object.optional("cardCallbackUrl", &self.card_callback_url)?;
        object.optional("content", &self.content)?;
        object.optional("isAtAll", &self.is_at_all)?;
        object.optional("receiverAccount", &self.receiver_account)?;
        object.optional("receiverType", &self.receiver_type)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RuleBatchReceiverRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RuleBatchReceiverRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atAccount" => rt::read_field(map, &mut self.at_account),
            "attrs" => rt::read_field(map, &mut self.attrs),
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardCallbackUrl" => rt::read_field(map, &mut self.card_callback_url),
            "content" => rt::read_field(map, &mut self.content),
            "isAtAll" => rt::read_field(map, &mut self.is_at_all),
            "receiverAccount" => rt::read_field(map, &mut self.receiver_account),
            "receiverType" => rt::read_field(map, &mut self.receiver_type),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            _ => Ok(false),
        }
    }
}
/// `RuleBatchReceiverResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RuleBatchReceiverResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RuleBatchReceiverResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "msg" => rt::read_field(map, &mut self.msg),
            "msgId" => rt::read_field(map, &mut self.msg_id),
            "rows" => rt::read_field(map, &mut self.rows),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RuleBatchReceiverResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("msg", &self.msg)?;
        object.optional("msgId", &self.msg_id)?;
        object.optional("rows", &self.rows)?;
        object.end()
    }
}
/// `SaveAcrossCloudStroageConfigsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveAcrossCloudStroageConfigsResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `endpoint`.
    pub endpoint: Option<String>,
    /// `state`.
    pub state: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveAcrossCloudStroageConfigsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveAcrossCloudStroageConfigsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "endpoint" => rt::read_field(map, &mut self.endpoint),
            "state" => rt::read_field(map, &mut self.state),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SaveAcrossCloudStroageConfigsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("endpoint", &self.endpoint)?;
        object.optional("state", &self.state)?;
        object.end()
    }
}
/// `SaveAndSubmitAuthInfoResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveAndSubmitAuthInfoResponseBody = AddCustomSignConfigResponseBody;
/// `SaveOpenTerminalInfoResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveOpenTerminalInfoResponseBody = AddCustomSignConfigResponseBody;
/// `SaveStorageFunctionSwitchRequestFunctionList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveStorageFunctionSwitchRequestFunctionList {
    /// `functionKey`.
    pub function_key: String,
    /// `functionValue`.
    pub function_value: String,
}
impl SaveStorageFunctionSwitchRequestFunctionList {
    /// A `SaveStorageFunctionSwitchRequestFunctionList` with its required fields (`functionKey`, `functionValue`); set the others with the methods named after them.
    pub fn new(
        function_key: impl Into<String>,
        function_value: impl Into<String>,
    ) -> Self {
        Self {
            function_key: function_key.into(),
            function_value: function_value.into(),
        }
    }
}
impl rt::serde::Serialize for SaveStorageFunctionSwitchRequestFunctionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("functionKey", &self.function_key)?;
        object.field("functionValue", &self.function_value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveStorageFunctionSwitchRequestFunctionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveStorageFunctionSwitchRequestFunctionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "functionKey" => rt::read_field(map, &mut self.function_key),
            "functionValue" => rt::read_field(map, &mut self.function_value),
            _ => Ok(false),
        }
    }
}
/// `SaveStorageFunctionSwitchResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveStorageFunctionSwitchResponseBody = AddCustomSignConfigResponseBody;
/// `SaveStorageSwitchResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveStorageSwitchResponseBody = AddCustomSignConfigResponseBody;
/// `SaveWhiteAppResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SaveWhiteAppResponseBody = AddCustomSignConfigResponseBody;
/// `SearchOrgInnerGroupInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchOrgInnerGroupInfoResponseBody {
    /// `itemCount`.
    pub item_count: Option<i64>,
    /// `items`.
    pub items: Option<Vec<SearchOrgInnerGroupInfoResponseBodyItems>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchOrgInnerGroupInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchOrgInnerGroupInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemCount" => rt::read_field(map, &mut self.item_count),
            "items" => rt::read_field(map, &mut self.items),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchOrgInnerGroupInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itemCount", &self.item_count)?;
        object.optional("items", &self.items)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `SearchOrgInnerGroupInfoByCursorPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchOrgInnerGroupInfoByCursorPageResponseBody {
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `items`.
    pub items: Option<Vec<SearchOrgInnerGroupInfoByCursorPageResponseBodyItems>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for SearchOrgInnerGroupInfoByCursorPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchOrgInnerGroupInfoByCursorPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasNext" => rt::read_field(map, &mut self.has_next),
            "items" => rt::read_field(map, &mut self.items),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchOrgInnerGroupInfoByCursorPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasNext", &self.has_next)?;
        object.optional("items", &self.items)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.end()
    }
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
impl rt::serde::Serialize for SendMessageRequestMsgBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action_card", &self.action_card)?;
        object.optional("link", &self.link)?;
        object.optional("markdown", &self.markdown)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageRequestMsgBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageRequestMsgBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action_card" => rt::read_field(map, &mut self.action_card),
            "link" => rt::read_field(map, &mut self.link),
            "markdown" => rt::read_field(map, &mut self.markdown),
            _ => Ok(false),
        }
    }
}
/// `SendMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageResponseBody {
    /// `errmsg`.
    pub errmsg: Option<String>,
    /// `errorcode`.
    pub errorcode: Option<String>,
    /// `task_id`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SendMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errmsg" => rt::read_field(map, &mut self.errmsg),
            "errorcode" => rt::read_field(map, &mut self.errorcode),
            "task_id" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errmsg", &self.errmsg)?;
        object.optional("errorcode", &self.errorcode)?;
        object.optional("task_id", &self.task_id)?;
        object.end()
    }
}
/// `SendPhoneDingResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SendPhoneDingResponseBody = AddCustomSignConfigResponseBody;
/// `SetConversationCategoryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetConversationCategoryResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SetConversationCategoryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SetConversationCategoryResponseBody {
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
impl rt::serde::Serialize for SetConversationCategoryResponseBody {
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
/// `SetConversationSubtitleResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SetConversationSubtitleResponseBody = AddCustomSignConfigResponseBody;
/// `SetConversationTopCategoryRequestSetCategoryList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetConversationTopCategoryRequestSetCategoryList {
    /// `categoryId`.
    pub category_id: i64,
    /// `order`.
    pub order: Option<i64>,
}
impl SetConversationTopCategoryRequestSetCategoryList {
    /// A `SetConversationTopCategoryRequestSetCategoryList` with its required fields (`categoryId`); set the others with the methods named after them.
    pub fn new(category_id: i64) -> Self {
        Self { category_id, order: None }
    }
    /// Sets `order`.
    pub fn order(mut self, value: i64) -> Self {
        self.order = Some(value);
        self
    }
}
impl rt::serde::Serialize for SetConversationTopCategoryRequestSetCategoryList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("categoryId", &self.category_id)?;
        object.optional("order", &self.order)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SetConversationTopCategoryRequestSetCategoryList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetConversationTopCategoryRequestSetCategoryList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "order" => rt::read_field(map, &mut self.order),
            _ => Ok(false),
        }
    }
}
/// `SetConversationTopCategoryResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type SetConversationTopCategoryResponseBody = AddCustomSignConfigResponseBody;
/// `SetOrgTopConversationCategoryRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetOrgTopConversationCategoryRequestBody {
    /// `categoryId`.
    pub category_id: Option<i64>,
    /// `categoryName`.
    pub category_name: String,
    /// `order`.
    pub order: Option<i64>,
}
impl SetOrgTopConversationCategoryRequestBody {
    /// A `SetOrgTopConversationCategoryRequestBody` with its required fields (`categoryName`); set the others with the methods named after them.
    pub fn new(category_name: impl Into<String>) -> Self {
        Self {
            category_id: None,
            category_name: category_name.into(),
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
impl rt::serde::Serialize for SetOrgTopConversationCategoryRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryId", &self.category_id)?;
        object.field("categoryName", &self.category_name)?;
        object.optional("order", &self.order)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetOrgTopConversationCategoryRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetOrgTopConversationCategoryRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "order" => rt::read_field(map, &mut self.order),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SpecialRuleBatchReceiverRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atAccount", &self.at_account)?;
        object.optional("attrs", &self.attrs)?;
        object.optional("callbackUrl", &self.callback_url)?;
        object.optional("cardCallbackUrl", &self.card_callback_url)?;
        object.optional("content", &self.content)?;
        object.optional("isAtAll", &self.is_at_all)?;
        object.optional("privateContent", &self.private_content)?;
        object.optional("receiverAccount", &self.receiver_account)?;
        object.optional("receiverType", &self.receiver_type)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SpecialRuleBatchReceiverRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SpecialRuleBatchReceiverRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atAccount" => rt::read_field(map, &mut self.at_account),
            "attrs" => rt::read_field(map, &mut self.attrs),
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardCallbackUrl" => rt::read_field(map, &mut self.card_callback_url),
            "content" => rt::read_field(map, &mut self.content),
            "isAtAll" => rt::read_field(map, &mut self.is_at_all),
            "privateContent" => rt::read_field(map, &mut self.private_content),
            "receiverAccount" => rt::read_field(map, &mut self.receiver_account),
            "receiverType" => rt::read_field(map, &mut self.receiver_type),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            _ => Ok(false),
        }
    }
}
/// `SpecialRuleBatchReceiverResponseBody`: the same model as [`RuleBatchReceiverResponseBody`].
pub type SpecialRuleBatchReceiverResponseBody = RuleBatchReceiverResponseBody;
/// `TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS`.
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
impl rt::serde::Serialize for TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("employeeCode", &self.employee_code)?;
        object.optional("personType", &self.person_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "employeeCode" => rt::read_field(map, &mut self.employee_code),
            "personType" => rt::read_field(map, &mut self.person_type),
            _ => Ok(false),
        }
    }
}
/// `TaskInfoAddDelTaskPersonResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoAddDelTaskPersonResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<rt::serde_json::Value>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TaskInfoAddDelTaskPersonResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TaskInfoAddDelTaskPersonResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TaskInfoAddDelTaskPersonResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `TaskInfoCancelOrDelTaskRequestCardDTO`.
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
impl rt::serde::Serialize for TaskInfoCancelOrDelTaskRequestCardDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atAccount", &self.at_account)?;
        object.optional("cardCallbackUrl", &self.card_callback_url)?;
        object.optional("content", &self.content)?;
        object.optional("isAtAll", &self.is_at_all)?;
        object.optional("receiverAccount", &self.receiver_account)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TaskInfoCancelOrDelTaskRequestCardDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoCancelOrDelTaskRequestCardDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atAccount" => rt::read_field(map, &mut self.at_account),
            "cardCallbackUrl" => rt::read_field(map, &mut self.card_callback_url),
            "content" => rt::read_field(map, &mut self.content),
            "isAtAll" => rt::read_field(map, &mut self.is_at_all),
            "receiverAccount" => rt::read_field(map, &mut self.receiver_account),
            _ => Ok(false),
        }
    }
}
/// `TaskInfoCancelOrDelTaskRequestTaskExecutePersonDTOS`: the same model as [`TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS`].
pub type TaskInfoCancelOrDelTaskRequestTaskExecutePersonDTOS = TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS;
/// `TaskInfoCancelOrDelTaskResponseBody`: the same model as [`TaskInfoAddDelTaskPersonResponseBody`].
pub type TaskInfoCancelOrDelTaskResponseBody = TaskInfoAddDelTaskPersonResponseBody;
/// `TaskInfoCreateAndStartTaskRequestAttr`.
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
impl rt::serde::Serialize for TaskInfoCreateAndStartTaskRequestAttr {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("listTaskDynamicAttr", &self.list_task_dynamic_attr)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TaskInfoCreateAndStartTaskRequestAttr {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoCreateAndStartTaskRequestAttr {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "listTaskDynamicAttr" => {
                rt::read_field(map, &mut self.list_task_dynamic_attr)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for TaskInfoCreateAndStartTaskRequestBacklogDTO {
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
impl<'de> rt::serde::Deserialize<'de> for TaskInfoCreateAndStartTaskRequestBacklogDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoCreateAndStartTaskRequestBacklogDTO {
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
/// `TaskInfoCreateAndStartTaskRequestCardDTO`: the same model as [`TaskInfoCancelOrDelTaskRequestCardDTO`].
pub type TaskInfoCreateAndStartTaskRequestCardDTO = TaskInfoCancelOrDelTaskRequestCardDTO;
/// `TaskInfoCreateAndStartTaskRequestDetailUrl`.
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
impl rt::serde::Serialize for TaskInfoCreateAndStartTaskRequestDetailUrl {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUrl", &self.app_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TaskInfoCreateAndStartTaskRequestDetailUrl {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoCreateAndStartTaskRequestDetailUrl {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUrl" => rt::read_field(map, &mut self.app_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for TaskInfoCreateAndStartTaskRequestTaskGroupDTOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for TaskInfoCreateAndStartTaskRequestTaskGroupDTOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoCreateAndStartTaskRequestTaskGroupDTOList {
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
/// `TaskInfoCreateAndStartTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<TaskInfoCreateAndStartTaskResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TaskInfoCreateAndStartTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TaskInfoCreateAndStartTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TaskInfoCreateAndStartTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCategoryNameResponseBody {
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateCategoryNameResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateCategoryNameResponseBody {
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
impl rt::serde::Serialize for UpdateCategoryNameResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.end()
    }
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
impl rt::serde::Serialize for UpdateRealmLicenseRequestDetailList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("licenseType", &self.license_type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRealmLicenseRequestDetailList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRealmLicenseRequestDetailList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "licenseType" => rt::read_field(map, &mut self.license_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `UpdateRealmLicenseResponseBody`: the same model as [`CreateTrustedDeviceBatchResponseBody`].
pub type UpdateRealmLicenseResponseBody = CreateTrustedDeviceBatchResponseBody;
/// `UpdateStorageModeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateStorageModeResponseBody {
    /// `targetCorpId`.
    pub target_corp_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateStorageModeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateStorageModeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateStorageModeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
/// `UpdateTrustedDeviceResponseBody`: the same model as [`AddCustomSignConfigResponseBody`].
pub type UpdateTrustedDeviceResponseBody = AddCustomSignConfigResponseBody;
/// `UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMsgId`.
    pub open_msg_id: String,
    /// `userId`.
    pub user_id: String,
}
impl UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo {
    /// A `UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo` with its required fields (`openConversationId`, `openMsgId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_msg_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_msg_id: open_msg_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openMsgId", &self.open_msg_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `UpdateVoiceMsgCtrlStatusResponseBody`: the same model as [`CreateTrustedDeviceResponseBody`].
pub type UpdateVoiceMsgCtrlStatusResponseBody = CreateTrustedDeviceResponseBody;
/// `CheckControlHitStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckControlHitStatusResponseBodyResult {
    /// `controlList`.
    pub control_list: Option<Vec<String>>,
    /// `controlStatus`.
    pub control_status: Option<i64>,
    /// `reason`.
    pub reason: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckControlHitStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckControlHitStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "controlList" => rt::read_field(map, &mut self.control_list),
            "controlStatus" => rt::read_field(map, &mut self.control_status),
            "reason" => rt::read_field(map, &mut self.reason),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CheckControlHitStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("controlList", &self.control_list)?;
        object.optional("controlStatus", &self.control_status)?;
        object.optional("reason", &self.reason)?;
        object.end()
    }
}
/// `FileStorageGetQuotaDataResponseBodyQuotaModelList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FileStorageGetQuotaDataResponseBodyQuotaModelList {
    /// `statisticTime`.
    pub statistic_time: Option<String>,
    /// `usedStorage`.
    pub used_storage: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for FileStorageGetQuotaDataResponseBodyQuotaModelList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FileStorageGetQuotaDataResponseBodyQuotaModelList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "statisticTime" => rt::read_field(map, &mut self.statistic_time),
            "usedStorage" => rt::read_field(map, &mut self.used_storage),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FileStorageGetQuotaDataResponseBodyQuotaModelList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("statisticTime", &self.statistic_time)?;
        object.optional("usedStorage", &self.used_storage)?;
        object.end()
    }
}
/// `GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList {
    /// `darkWatermark`.
    pub dark_watermark: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "darkWatermark" => rt::read_field(map, &mut self.dark_watermark),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GenerateDarkWaterMarkResponseBodyDarkWatermarkVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("darkWatermark", &self.dark_watermark)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetAccountTransferListResponseBodyItemList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAccountTransferListResponseBodyItemList {
    /// `deptName`.
    pub dept_name: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAccountTransferListResponseBodyItemList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAccountTransferListResponseBodyItemList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAccountTransferListResponseBodyItemList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetAllLabelableDeptsResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAllLabelableDeptsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllLabelableDeptsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "partnerLabelVOLevel1" => {
                rt::read_field(map, &mut self.partner_label_vo_level1)
            }
            "partnerLabelVOLevel2" => {
                rt::read_field(map, &mut self.partner_label_vo_level2)
            }
            "partnerLabelVOLevel3" => {
                rt::read_field(map, &mut self.partner_label_vo_level3)
            }
            "partnerLabelVOLevel4" => {
                rt::read_field(map, &mut self.partner_label_vo_level4)
            }
            "partnerLabelVOLevel5" => {
                rt::read_field(map, &mut self.partner_label_vo_level5)
            }
            "partnerNum" => rt::read_field(map, &mut self.partner_num),
            "superDeptId" => rt::read_field(map, &mut self.super_dept_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllLabelableDeptsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("partnerLabelVOLevel1", &self.partner_label_vo_level1)?;
        object.optional("partnerLabelVOLevel2", &self.partner_label_vo_level2)?;
        object.optional("partnerLabelVOLevel3", &self.partner_label_vo_level3)?;
        object.optional("partnerLabelVOLevel4", &self.partner_label_vo_level4)?;
        object.optional("partnerLabelVOLevel5", &self.partner_label_vo_level5)?;
        object.optional("partnerNum", &self.partner_num)?;
        object.optional("superDeptId", &self.super_dept_id)?;
        object.end()
    }
}
/// `GetAppDispatchInfoResponseBodyAndroid`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAppDispatchInfoResponseBodyAndroid {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAppDispatchInfoResponseBodyAndroid {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "baseLineVersion" => rt::read_field(map, &mut self.base_line_version),
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "inGray" => rt::read_field(map, &mut self.in_gray),
            "packTime" => rt::read_field(map, &mut self.pack_time),
            "platform" => rt::read_field(map, &mut self.platform),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAppDispatchInfoResponseBodyAndroid {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("baseLineVersion", &self.base_line_version)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("inGray", &self.in_gray)?;
        object.optional("packTime", &self.pack_time)?;
        object.optional("platform", &self.platform)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetAppDispatchInfoResponseBodyIOS`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAppDispatchInfoResponseBodyIOS {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAppDispatchInfoResponseBodyIOS {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "baseLineVersion" => rt::read_field(map, &mut self.base_line_version),
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "ext" => rt::read_field(map, &mut self.ext),
            "inGray" => rt::read_field(map, &mut self.in_gray),
            "packTime" => rt::read_field(map, &mut self.pack_time),
            "platform" => rt::read_field(map, &mut self.platform),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAppDispatchInfoResponseBodyIOS {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("baseLineVersion", &self.base_line_version)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("ext", &self.ext)?;
        object.optional("inGray", &self.in_gray)?;
        object.optional("packTime", &self.pack_time)?;
        object.optional("platform", &self.platform)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetAppDispatchInfoResponseBodyMac`: the same model as [`GetAppDispatchInfoResponseBodyAndroid`].
pub type GetAppDispatchInfoResponseBodyMac = GetAppDispatchInfoResponseBodyAndroid;
/// `GetAppDispatchInfoResponseBodyWindows`: the same model as [`GetAppDispatchInfoResponseBodyAndroid`].
pub type GetAppDispatchInfoResponseBodyWindows = GetAppDispatchInfoResponseBodyAndroid;
/// `GetCidsByBotCodeResponseBodyGroupInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCidsByBotCodeResponseBodyGroupInfos {
    /// `botCreator`.
    pub bot_creator: Option<String>,
    /// `botCreatorIsOrgMember`.
    pub bot_creator_is_org_member: Option<bool>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCidsByBotCodeResponseBodyGroupInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCidsByBotCodeResponseBodyGroupInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "botCreator" => rt::read_field(map, &mut self.bot_creator),
            "botCreatorIsOrgMember" => {
                rt::read_field(map, &mut self.bot_creator_is_org_member)
            }
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCidsByBotCodeResponseBodyGroupInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("botCreator", &self.bot_creator)?;
        object.optional("botCreatorIsOrgMember", &self.bot_creator_is_org_member)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `GetCommentListResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetCommentListResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCommentListResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commentId" => rt::read_field(map, &mut self.comment_id),
            "commentTime" => rt::read_field(map, &mut self.comment_time),
            "commentUserName" => rt::read_field(map, &mut self.comment_user_name),
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCommentListResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commentId", &self.comment_id)?;
        object.optional("commentTime", &self.comment_time)?;
        object.optional("commentUserName", &self.comment_user_name)?;
        object.optional("content", &self.content)?;
        object.end()
    }
}
/// `GetConferenceDetailResponseBodyMemberList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetConferenceDetailResponseBodyMemberList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConferenceDetailResponseBodyMemberList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendDuration" => rt::read_field(map, &mut self.attend_duration),
            "name" => rt::read_field(map, &mut self.name),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConferenceDetailResponseBodyMemberList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendDuration", &self.attend_duration)?;
        object.optional("name", &self.name)?;
        object.optional("staffId", &self.staff_id)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `ConversationCategoryModel`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ConversationCategoryModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConversationCategoryModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "children" => rt::read_field(map, &mut self.children),
            "levelNum" => rt::read_field(map, &mut self.level_num),
            "order" => rt::read_field(map, &mut self.order),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConversationCategoryModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryId", &self.category_id)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("children", &self.children)?;
        object.optional("levelNum", &self.level_num)?;
        object.optional("order", &self.order)?;
        object.end()
    }
}
/// `GetConversationDetailResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetConversationDetailResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConversationDetailResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "groupCode" => rt::read_field(map, &mut self.group_code),
            "groupMembersCnt" => rt::read_field(map, &mut self.group_members_cnt),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupOwnerName" => rt::read_field(map, &mut self.group_owner_name),
            "groupOwnerUserId" => rt::read_field(map, &mut self.group_owner_user_id),
            "isKpConversation" => rt::read_field(map, &mut self.is_kp_conversation),
            "manageSign" => rt::read_field(map, &mut self.manage_sign),
            "multipleCategoryList" => {
                rt::read_field(map, &mut self.multiple_category_list)
            }
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "order" => rt::read_field(map, &mut self.order),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConversationDetailResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryId", &self.category_id)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("groupCode", &self.group_code)?;
        object.optional("groupMembersCnt", &self.group_members_cnt)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupOwnerName", &self.group_owner_name)?;
        object.optional("groupOwnerUserId", &self.group_owner_user_id)?;
        object.optional("isKpConversation", &self.is_kp_conversation)?;
        object.optional("manageSign", &self.manage_sign)?;
        object.optional("multipleCategoryList", &self.multiple_category_list)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("order", &self.order)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetDingReportDeptSummaryResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDingReportDeptSummaryResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDingReportDeptSummaryResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "dingReportSendCnt" => rt::read_field(map, &mut self.ding_report_send_cnt),
            "dingReportSendUsrCnt" => {
                rt::read_field(map, &mut self.ding_report_send_usr_cnt)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDingReportDeptSummaryResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("dingReportSendCnt", &self.ding_report_send_cnt)?;
        object.optional("dingReportSendUsrCnt", &self.ding_report_send_usr_cnt)?;
        object.end()
    }
}
/// `GetDocCreatedDeptSummaryResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDocCreatedDeptSummaryResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDocCreatedDeptSummaryResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createDocUserCnt1d" => rt::read_field(map, &mut self.create_doc_user_cnt1d),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "docCreatedCnt" => rt::read_field(map, &mut self.doc_created_cnt),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDocCreatedDeptSummaryResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createDocUserCnt1d", &self.create_doc_user_cnt1d)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("docCreatedCnt", &self.doc_created_cnt)?;
        object.end()
    }
}
/// `GetExclusiveAccountAllOrgListResponseBodyOrgInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetExclusiveAccountAllOrgListResponseBodyOrgInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetExclusiveAccountAllOrgListResponseBodyOrgInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "isMainOrg" => rt::read_field(map, &mut self.is_main_org),
            "logoUrl" => rt::read_field(map, &mut self.logo_url),
            "orgFullName" => rt::read_field(map, &mut self.org_full_name),
            "orgName" => rt::read_field(map, &mut self.org_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetExclusiveAccountAllOrgListResponseBodyOrgInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("isMainOrg", &self.is_main_org)?;
        object.optional("logoUrl", &self.logo_url)?;
        object.optional("orgFullName", &self.org_full_name)?;
        object.optional("orgName", &self.org_name)?;
        object.end()
    }
}
/// `GetGeneralFormCreatedDeptSummaryResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetGeneralFormCreatedDeptSummaryResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGeneralFormCreatedDeptSummaryResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "generalFormCreateCnt1d" => {
                rt::read_field(map, &mut self.general_form_create_cnt1d)
            }
            "useGeneralFormUserCnt1d" => {
                rt::read_field(map, &mut self.use_general_form_user_cnt1d)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGeneralFormCreatedDeptSummaryResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("generalFormCreateCnt1d", &self.general_form_create_cnt1d)?;
        object.optional("useGeneralFormUserCnt1d", &self.use_general_form_user_cnt1d)?;
        object.end()
    }
}
/// `GetGroupActiveInfoResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetGroupActiveInfoResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGroupActiveInfoResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingGroupId" => rt::read_field(map, &mut self.ding_group_id),
            "groupCreateTime" => rt::read_field(map, &mut self.group_create_time),
            "groupCreateUserId" => rt::read_field(map, &mut self.group_create_user_id),
            "groupCreateUserName" => {
                rt::read_field(map, &mut self.group_create_user_name)
            }
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "groupUserCnt1d" => rt::read_field(map, &mut self.group_user_cnt1d),
            "openConvUv1d" => rt::read_field(map, &mut self.open_conv_uv1d),
            "sendMessageCnt1d" => rt::read_field(map, &mut self.send_message_cnt1d),
            "sendMessageUserCnt1d" => {
                rt::read_field(map, &mut self.send_message_user_cnt1d)
            }
            "statDate" => rt::read_field(map, &mut self.stat_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGroupActiveInfoResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingGroupId", &self.ding_group_id)?;
        object.optional("groupCreateTime", &self.group_create_time)?;
        object.optional("groupCreateUserId", &self.group_create_user_id)?;
        object.optional("groupCreateUserName", &self.group_create_user_name)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupType", &self.group_type)?;
        object.optional("groupUserCnt1d", &self.group_user_cnt1d)?;
        object.optional("openConvUv1d", &self.open_conv_uv1d)?;
        object.optional("sendMessageCnt1d", &self.send_message_cnt1d)?;
        object.optional("sendMessageUserCnt1d", &self.send_message_user_cnt1d)?;
        object.optional("statDate", &self.stat_date)?;
        object.end()
    }
}
/// `GetGroupInfoByCidResponseBodyGroupInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetGroupInfoByCidResponseBodyGroupInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGroupInfoByCidResponseBodyGroupInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allOrgMember" => rt::read_field(map, &mut self.all_org_member),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupNumber" => rt::read_field(map, &mut self.group_number),
            "groupOrganization" => rt::read_field(map, &mut self.group_organization),
            "joinGroupUrl" => rt::read_field(map, &mut self.join_group_url),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGroupInfoByCidResponseBodyGroupInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allOrgMember", &self.all_org_member)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupNumber", &self.group_number)?;
        object.optional("groupOrganization", &self.group_organization)?;
        object.optional("joinGroupUrl", &self.join_group_url)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `GetInActiveUserListResponseBodyMetaList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetInActiveUserListResponseBodyMetaList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInActiveUserListResponseBodyMetaList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "kpiCaliber" => rt::read_field(map, &mut self.kpi_caliber),
            "kpiId" => rt::read_field(map, &mut self.kpi_id),
            "kpiName" => rt::read_field(map, &mut self.kpi_name),
            "period" => rt::read_field(map, &mut self.period),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInActiveUserListResponseBodyMetaList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("kpiCaliber", &self.kpi_caliber)?;
        object.optional("kpiId", &self.kpi_id)?;
        object.optional("kpiName", &self.kpi_name)?;
        object.optional("period", &self.period)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
}
/// `GetMsgConfigResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMsgConfigResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgConfigResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupAttributes" => rt::read_field(map, &mut self.group_attributes),
            "msgConfigs" => rt::read_field(map, &mut self.msg_configs),
            "receiverAttributes" => rt::read_field(map, &mut self.receiver_attributes),
            "unitAttributes" => rt::read_field(map, &mut self.unit_attributes),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgConfigResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupAttributes", &self.group_attributes)?;
        object.optional("msgConfigs", &self.msg_configs)?;
        object.optional("receiverAttributes", &self.receiver_attributes)?;
        object.optional("unitAttributes", &self.unit_attributes)?;
        object.end()
    }
}
/// `GetMsgRecordDetailResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMsgRecordDetailResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgRecordDetailResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action_card" => rt::read_field(map, &mut self.action_card),
            "allow_comment" => rt::read_field(map, &mut self.allow_comment),
            "allow_forward" => rt::read_field(map, &mut self.allow_forward),
            "articles" => rt::read_field(map, &mut self.articles),
            "create_time" => rt::read_field(map, &mut self.create_time),
            "dep_id_list" => rt::read_field(map, &mut self.dep_id_list),
            "is_to_all" => rt::read_field(map, &mut self.is_to_all),
            "link" => rt::read_field(map, &mut self.link),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "msg_type" => rt::read_field(map, &mut self.msg_type),
            "operator_user_id" => rt::read_field(map, &mut self.operator_user_id),
            "roleIdList" => rt::read_field(map, &mut self.role_id_list),
            "send_time" => rt::read_field(map, &mut self.send_time),
            "task_id" => rt::read_field(map, &mut self.task_id),
            "textContent" => rt::read_field(map, &mut self.text_content),
            "title" => rt::read_field(map, &mut self.title),
            "userid_list" => rt::read_field(map, &mut self.userid_list),
            "view_scope_type" => rt::read_field(map, &mut self.view_scope_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgRecordDetailResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action_card", &self.action_card)?;
        object.optional("allow_comment", &self.allow_comment)?;
        object.optional("allow_forward", &self.allow_forward)?;
        object.optional("articles", &self.articles)?;
        object.optional("create_time", &self.create_time)?;
        object.optional("dep_id_list", &self.dep_id_list)?;
        object.optional("is_to_all", &self.is_to_all)?;
        object.optional("link", &self.link)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("mediaId", &self.media_id)?;
        object.optional("msg_type", &self.msg_type)?;
        object.optional("operator_user_id", &self.operator_user_id)?;
        object.optional("roleIdList", &self.role_id_list)?;
        object.optional("send_time", &self.send_time)?;
        object.optional("task_id", &self.task_id)?;
        object.optional("textContent", &self.text_content)?;
        object.optional("title", &self.title)?;
        object.optional("userid_list", &self.userid_list)?;
        object.optional("view_scope_type", &self.view_scope_type)?;
        object.end()
    }
}
/// `GetOaOperatorLogListResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetOaOperatorLogListResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOaOperatorLogListResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category1Name" => rt::read_field(map, &mut self.category1_name),
            "category2Name" => rt::read_field(map, &mut self.category2_name),
            "content" => rt::read_field(map, &mut self.content),
            "opName" => rt::read_field(map, &mut self.op_name),
            "opTime" => rt::read_field(map, &mut self.op_time),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOaOperatorLogListResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("category1Name", &self.category1_name)?;
        object.optional("category2Name", &self.category2_name)?;
        object.optional("content", &self.content)?;
        object.optional("opName", &self.op_name)?;
        object.optional("opTime", &self.op_time)?;
        object.optional("opUserId", &self.op_user_id)?;
        object.end()
    }
}
/// `GetOutGroupsByPageResponseBodyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOutGroupsByPageResponseBodyResponseBody {
    /// `groupList`.
    pub group_list: Option<Vec<GetOutGroupsByPageResponseBodyResponseBodyGroupList>>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOutGroupsByPageResponseBodyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOutGroupsByPageResponseBodyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupList" => rt::read_field(map, &mut self.group_list),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOutGroupsByPageResponseBodyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupList", &self.group_list)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetOutsideAuditGroupMessageByPageResponseBodyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOutsideAuditGroupMessageByPageResponseBodyResponseBody {
    /// `messageList`.
    pub message_list: Option<
        Vec<GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList>,
    >,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetOutsideAuditGroupMessageByPageResponseBodyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOutsideAuditGroupMessageByPageResponseBodyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageList" => rt::read_field(map, &mut self.message_list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOutsideAuditGroupMessageByPageResponseBodyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("messageList", &self.message_list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetPartnerTypeByParentIdResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPartnerTypeByParentIdResponseBodyData {
    /// `labelId`.
    pub label_id: Option<String>,
    /// `typeId`.
    pub type_id: Option<f64>,
    /// `typeName`.
    pub type_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPartnerTypeByParentIdResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPartnerTypeByParentIdResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelId" => rt::read_field(map, &mut self.label_id),
            "typeId" => rt::read_field(map, &mut self.type_id),
            "typeName" => rt::read_field(map, &mut self.type_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPartnerTypeByParentIdResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labelId", &self.label_id)?;
        object.optional("typeId", &self.type_id)?;
        object.optional("typeName", &self.type_name)?;
        object.end()
    }
}
/// `GetPrivateStoreFileInfosByPageResponseBodyFileInfos`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetPrivateStoreFileInfosByPageResponseBodyFileInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrivateStoreFileInfosByPageResponseBodyFileInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentTypeMcms" => rt::read_field(map, &mut self.content_type_mcms),
            "creatorStaffId" => rt::read_field(map, &mut self.creator_staff_id),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "fileCreateTime" => rt::read_field(map, &mut self.file_create_time),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "filePath" => rt::read_field(map, &mut self.file_path),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "sceneTypeMcms" => rt::read_field(map, &mut self.scene_type_mcms),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrivateStoreFileInfosByPageResponseBodyFileInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentTypeMcms", &self.content_type_mcms)?;
        object.optional("creatorStaffId", &self.creator_staff_id)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("fileCreateTime", &self.file_create_time)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("filePath", &self.file_path)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("sceneTypeMcms", &self.scene_type_mcms)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetPrivateStoreFileTaskInfosByPageResponseBodyItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetPrivateStoreFileTaskInfosByPageResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrivateStoreFileTaskInfosByPageResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "classTagId" => rt::read_field(map, &mut self.class_tag_id),
            "classTagOperator" => rt::read_field(map, &mut self.class_tag_operator),
            "classTagText" => rt::read_field(map, &mut self.class_tag_text),
            "creatorLeaveStatus" => rt::read_field(map, &mut self.creator_leave_status),
            "dealFileFormats" => rt::read_field(map, &mut self.deal_file_formats),
            "dealFileOperator" => rt::read_field(map, &mut self.deal_file_operator),
            "dealFileScopes" => rt::read_field(map, &mut self.deal_file_scopes),
            "dealFileSize" => rt::read_field(map, &mut self.deal_file_size),
            "fileCreateTimeEnd" => rt::read_field(map, &mut self.file_create_time_end),
            "fileCreateTimeStart" => {
                rt::read_field(map, &mut self.file_create_time_start)
            }
            "fileModifiedTimeEnd" => {
                rt::read_field(map, &mut self.file_modified_time_end)
            }
            "fileModifiedTimeStart" => {
                rt::read_field(map, &mut self.file_modified_time_start)
            }
            "taskCreateTime" => rt::read_field(map, &mut self.task_create_time),
            "taskCreatorName" => rt::read_field(map, &mut self.task_creator_name),
            "taskDeleterName" => rt::read_field(map, &mut self.task_deleter_name),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskStatus" => rt::read_field(map, &mut self.task_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrivateStoreFileTaskInfosByPageResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("classTagId", &self.class_tag_id)?;
        object.optional("classTagOperator", &self.class_tag_operator)?;
        object.optional("classTagText", &self.class_tag_text)?;
        object.optional("creatorLeaveStatus", &self.creator_leave_status)?;
        object.optional("dealFileFormats", &self.deal_file_formats)?;
        object.optional("dealFileOperator", &self.deal_file_operator)?;
        object.optional("dealFileScopes", &self.deal_file_scopes)?;
        object.optional("dealFileSize", &self.deal_file_size)?;
        object.optional("fileCreateTimeEnd", &self.file_create_time_end)?;
        object.optional("fileCreateTimeStart", &self.file_create_time_start)?;
        object.optional("fileModifiedTimeEnd", &self.file_modified_time_end)?;
        object.optional("fileModifiedTimeStart", &self.file_modified_time_start)?;
        object.optional("taskCreateTime", &self.task_create_time)?;
        object.optional("taskCreatorName", &self.task_creator_name)?;
        object.optional("taskDeleterName", &self.task_deleter_name)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskStatus", &self.task_status)?;
        object.end()
    }
}
/// `GetPrivateStoreTaskFileInfosByPageResponseBodyItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetPrivateStoreTaskFileInfosByPageResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrivateStoreTaskFileInfosByPageResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "classTagName" => rt::read_field(map, &mut self.class_tag_name),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "fileCreateTime" => rt::read_field(map, &mut self.file_create_time),
            "fileFormatName" => rt::read_field(map, &mut self.file_format_name),
            "fileModifiedTime" => rt::read_field(map, &mut self.file_modified_time),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileScopeName" => rt::read_field(map, &mut self.file_scope_name),
            "fileSizeName" => rt::read_field(map, &mut self.file_size_name),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrivateStoreTaskFileInfosByPageResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("classTagName", &self.class_tag_name)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("fileCreateTime", &self.file_create_time)?;
        object.optional("fileFormatName", &self.file_format_name)?;
        object.optional("fileModifiedTime", &self.file_modified_time)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileScopeName", &self.file_scope_name)?;
        object.optional("fileSizeName", &self.file_size_name)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `GetPublicDevicesResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetPublicDevicesResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPublicDevicesResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceDepts" => rt::read_field(map, &mut self.device_depts),
            "deviceRoles" => rt::read_field(map, &mut self.device_roles),
            "deviceScopeType" => rt::read_field(map, &mut self.device_scope_type),
            "deviceStaffs" => rt::read_field(map, &mut self.device_staffs),
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "did" => rt::read_field(map, &mut self.did),
            "encryptDeviceId" => rt::read_field(map, &mut self.encrypt_device_id),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "macAddress" => rt::read_field(map, &mut self.mac_address),
            "platform" => rt::read_field(map, &mut self.platform),
            "retryPermission" => rt::read_field(map, &mut self.retry_permission),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPublicDevicesResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceDepts", &self.device_depts)?;
        object.optional("deviceRoles", &self.device_roles)?;
        object.optional("deviceScopeType", &self.device_scope_type)?;
        object.optional("deviceStaffs", &self.device_staffs)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("did", &self.did)?;
        object.optional("encryptDeviceId", &self.encrypt_device_id)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("macAddress", &self.mac_address)?;
        object.optional("platform", &self.platform)?;
        object.optional("retryPermission", &self.retry_permission)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetPublisherSummaryResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetPublisherSummaryResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPublisherSummaryResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "publisherArticleCntStd" => {
                rt::read_field(map, &mut self.publisher_article_cnt_std)
            }
            "publisherArticlePvCntStd" => {
                rt::read_field(map, &mut self.publisher_article_pv_cnt_std)
            }
            "publisherName" => rt::read_field(map, &mut self.publisher_name),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPublisherSummaryResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("publisherArticleCntStd", &self.publisher_article_cnt_std)?;
        object.optional("publisherArticlePvCntStd", &self.publisher_article_pv_cnt_std)?;
        object.optional("publisherName", &self.publisher_name)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `GetPublisherSummaryResponseBodyPublisherArticlePvTop5`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPublisherSummaryResponseBodyPublisherArticlePvTop5 {
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetPublisherSummaryResponseBodyPublisherArticlePvTop5 {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPublisherSummaryResponseBodyPublisherArticlePvTop5 {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPublisherSummaryResponseBodyPublisherArticlePvTop5 {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `GetRealPeopleRecordsResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRealPeopleRecordsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRealPeopleRecordsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "invokeTime" => rt::read_field(map, &mut self.invoke_time),
            "personIdentification" => {
                rt::read_field(map, &mut self.person_identification)
            }
            "platform" => rt::read_field(map, &mut self.platform),
            "scene" => rt::read_field(map, &mut self.scene),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRealPeopleRecordsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("invokeTime", &self.invoke_time)?;
        object.optional("personIdentification", &self.person_identification)?;
        object.optional("platform", &self.platform)?;
        object.optional("scene", &self.scene)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetRecognizeRecordsResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRecognizeRecordsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecognizeRecordsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "faceCompareResult" => rt::read_field(map, &mut self.face_compare_result),
            "invokeTime" => rt::read_field(map, &mut self.invoke_time),
            "platform" => rt::read_field(map, &mut self.platform),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecognizeRecordsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("faceCompareResult", &self.face_compare_result)?;
        object.optional("invokeTime", &self.invoke_time)?;
        object.optional("platform", &self.platform)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetRobotInfoByCodeResponseBodyRobotInfoVO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRobotInfoByCodeResponseBodyRobotInfoVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRobotInfoByCodeResponseBodyRobotInfoVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "brief" => rt::read_field(map, &mut self.brief),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "robotOrganization" => rt::read_field(map, &mut self.robot_organization),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRobotInfoByCodeResponseBodyRobotInfoVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("brief", &self.brief)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("robotOrganization", &self.robot_organization)?;
        object.end()
    }
}
/// `GetSecurityConfigMemberResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSecurityConfigMemberResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSecurityConfigMemberResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasNext" => rt::read_field(map, &mut self.has_next),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            "userInfos" => rt::read_field(map, &mut self.user_infos),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSecurityConfigMemberResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasNext", &self.has_next)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("scopeType", &self.scope_type)?;
        object.optional("userInfos", &self.user_infos)?;
        object.end()
    }
}
/// `GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "email" => rt::read_field(map, &mut self.email),
            "name" => rt::read_field(map, &mut self.name),
            "phone" => rt::read_field(map, &mut self.phone),
            "roles" => rt::read_field(map, &mut self.roles),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignedDetailByPageResponseBodyAuditSignedDetailDTOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("email", &self.email)?;
        object.optional("name", &self.name)?;
        object.optional("phone", &self.phone)?;
        object.optional("roles", &self.roles)?;
        object.optional("staffId", &self.staff_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetTrustDeviceListResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTrustDeviceListResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTrustDeviceListResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "did" => rt::read_field(map, &mut self.did),
            "id" => rt::read_field(map, &mut self.id),
            "macAddress" => rt::read_field(map, &mut self.mac_address),
            "model" => rt::read_field(map, &mut self.model),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "platform" => rt::read_field(map, &mut self.platform),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTrustDeviceListResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("did", &self.did)?;
        object.optional("id", &self.id)?;
        object.optional("macAddress", &self.mac_address)?;
        object.optional("model", &self.model)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("platform", &self.platform)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetUserAppVersionSummaryResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetUserAppVersionSummaryResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserAppVersionSummaryResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appVersion" => rt::read_field(map, &mut self.app_version),
            "client" => rt::read_field(map, &mut self.client),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "statDate" => rt::read_field(map, &mut self.stat_date),
            "userCnt" => rt::read_field(map, &mut self.user_cnt),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserAppVersionSummaryResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appVersion", &self.app_version)?;
        object.optional("client", &self.client)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("statDate", &self.stat_date)?;
        object.optional("userCnt", &self.user_cnt)?;
        object.end()
    }
}
/// `GetUserFaceStateResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserFaceStateResponseBodyData {
    /// `state`.
    pub state: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserFaceStateResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserFaceStateResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "state" => rt::read_field(map, &mut self.state),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserFaceStateResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("state", &self.state)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetUserRealPeopleStateResponseBodyData`: the same model as [`GetUserFaceStateResponseBodyData`].
pub type GetUserRealPeopleStateResponseBodyData = GetUserFaceStateResponseBodyData;
/// `GetUserStayLengthResponseBodyItemList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetUserStayLengthResponseBodyItemList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserStayLengthResponseBodyItemList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "statDate" => rt::read_field(map, &mut self.stat_date),
            "stayTimeLenApp1d" => rt::read_field(map, &mut self.stay_time_len_app1d),
            "stayTimeLenPc1d" => rt::read_field(map, &mut self.stay_time_len_pc1d),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserStayLengthResponseBodyItemList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("statDate", &self.stat_date)?;
        object.optional("stayTimeLenApp1d", &self.stay_time_len_app1d)?;
        object.optional("stayTimeLenPc1d", &self.stay_time_len_pc1d)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GroupQueryByAttrResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GroupQueryByAttrResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupQueryByAttrResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "counts" => rt::read_field(map, &mut self.counts),
            "list" => rt::read_field(map, &mut self.list),
            "pageIndex" => rt::read_field(map, &mut self.page_index),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupQueryByAttrResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("counts", &self.counts)?;
        object.optional("list", &self.list)?;
        object.optional("pageIndex", &self.page_index)?;
        object.optional("pageSize", &self.page_size)?;
        object.end()
    }
}
/// `GroupQueryByOpenIdResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GroupQueryByOpenIdResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupQueryByOpenIdResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupTemplateId" => rt::read_field(map, &mut self.group_template_id),
            "groupTemplateName" => rt::read_field(map, &mut self.group_template_name),
            "groupTopic" => rt::read_field(map, &mut self.group_topic),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "id" => rt::read_field(map, &mut self.id),
            "listGroupDynamicAttr" => {
                rt::read_field(map, &mut self.list_group_dynamic_attr)
            }
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupQueryByOpenIdResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupTemplateId", &self.group_template_id)?;
        object.optional("groupTemplateName", &self.group_template_name)?;
        object.optional("groupTopic", &self.group_topic)?;
        object.optional("groupType", &self.group_type)?;
        object.optional("id", &self.id)?;
        object.optional("listGroupDynamicAttr", &self.list_group_dynamic_attr)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `ListAuditLogResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListAuditLogResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAuditLogResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "actionView" => rt::read_field(map, &mut self.action_view),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "docMemberList" => rt::read_field(map, &mut self.doc_member_list),
            "docMobileUrl" => rt::read_field(map, &mut self.doc_mobile_url),
            "docPcUrl" => rt::read_field(map, &mut self.doc_pc_url),
            "docReceiverList" => rt::read_field(map, &mut self.doc_receiver_list),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "ipAddress" => rt::read_field(map, &mut self.ip_address),
            "operateModule" => rt::read_field(map, &mut self.operate_module),
            "operateModuleView" => rt::read_field(map, &mut self.operate_module_view),
            "operatorName" => rt::read_field(map, &mut self.operator_name),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "platform" => rt::read_field(map, &mut self.platform),
            "platformView" => rt::read_field(map, &mut self.platform_view),
            "prevWorkSpaceId" => rt::read_field(map, &mut self.prev_work_space_id),
            "prevWorkSpaceMobileUrl" => {
                rt::read_field(map, &mut self.prev_work_space_mobile_url)
            }
            "prevWorkSpaceName" => rt::read_field(map, &mut self.prev_work_space_name),
            "prevWorkSpacePcUrl" => rt::read_field(map, &mut self.prev_work_space_pc_url),
            "realName" => rt::read_field(map, &mut self.real_name),
            "receiverId" => rt::read_field(map, &mut self.receiver_id),
            "receiverName" => rt::read_field(map, &mut self.receiver_name),
            "receiverType" => rt::read_field(map, &mut self.receiver_type),
            "receiverTypeView" => rt::read_field(map, &mut self.receiver_type_view),
            "resource" => rt::read_field(map, &mut self.resource),
            "resourceExtension" => rt::read_field(map, &mut self.resource_extension),
            "resourceSize" => rt::read_field(map, &mut self.resource_size),
            "status" => rt::read_field(map, &mut self.status),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "workSpaceId" => rt::read_field(map, &mut self.work_space_id),
            "workSpaceMobileUrl" => rt::read_field(map, &mut self.work_space_mobile_url),
            "workSpaceName" => rt::read_field(map, &mut self.work_space_name),
            "workSpacePcUrl" => rt::read_field(map, &mut self.work_space_pc_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAuditLogResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("actionView", &self.action_view)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("docMemberList", &self.doc_member_list)?;
        object.optional("docMobileUrl", &self.doc_mobile_url)?;
        object.optional("docPcUrl", &self.doc_pc_url)?;
        object.optional("docReceiverList", &self.doc_receiver_list)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("ipAddress", &self.ip_address)?;
        object.optional("operateModule", &self.operate_module)?;
        object.optional("operateModuleView", &self.operate_module_view)?;
        object.optional("operatorName", &self.operator_name)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("platform", &self.platform)?;
        object.optional("platformView", &self.platform_view)?;
        object.optional("prevWorkSpaceId", &self.prev_work_space_id)?;
        object.optional("prevWorkSpaceMobileUrl", &self.prev_work_space_mobile_url)?;
        object.optional("prevWorkSpaceName", &self.prev_work_space_name)?;
        object.optional("prevWorkSpacePcUrl", &self.prev_work_space_pc_url)?;
        object.optional("realName", &self.real_name)?;
        object.optional("receiverId", &self.receiver_id)?;
        object.optional("receiverName", &self.receiver_name)?;
        object.optional("receiverType", &self.receiver_type)?;
        object.optional("receiverTypeView", &self.receiver_type_view)?;
        object.optional("resource", &self.resource)?;
        object.optional("resourceExtension", &self.resource_extension)?;
        object.optional("resourceSize", &self.resource_size)?;
        object.optional("status", &self.status)?;
        object.optional("targetSpaceId", &self.target_space_id)?;
        object.optional("userId", &self.user_id)?;
        object.optional("workSpaceId", &self.work_space_id)?;
        object.optional("workSpaceMobileUrl", &self.work_space_mobile_url)?;
        object.optional("workSpaceName", &self.work_space_name)?;
        object.optional("workSpacePcUrl", &self.work_space_pc_url)?;
        object.end()
    }
}
/// `ListByCodesResponseBodyRobotInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListByCodesResponseBodyRobotInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListByCodesResponseBodyRobotInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "brief" => rt::read_field(map, &mut self.brief),
            "code" => rt::read_field(map, &mut self.code),
            "createAt" => rt::read_field(map, &mut self.create_at),
            "description" => rt::read_field(map, &mut self.description),
            "dev" => rt::read_field(map, &mut self.dev),
            "icon" => rt::read_field(map, &mut self.icon),
            "modifiedAt" => rt::read_field(map, &mut self.modified_at),
            "name" => rt::read_field(map, &mut self.name),
            "outgoingToken" => rt::read_field(map, &mut self.outgoing_token),
            "outgoingUrl" => rt::read_field(map, &mut self.outgoing_url),
            "previewMediaId" => rt::read_field(map, &mut self.preview_media_id),
            "sourceUrl" => rt::read_field(map, &mut self.source_url),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListByCodesResponseBodyRobotInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("brief", &self.brief)?;
        object.optional("code", &self.code)?;
        object.optional("createAt", &self.create_at)?;
        object.optional("description", &self.description)?;
        object.optional("dev", &self.dev)?;
        object.optional("icon", &self.icon)?;
        object.optional("modifiedAt", &self.modified_at)?;
        object.optional("name", &self.name)?;
        object.optional("outgoingToken", &self.outgoing_token)?;
        object.optional("outgoingUrl", &self.outgoing_url)?;
        object.optional("previewMediaId", &self.preview_media_id)?;
        object.optional("sourceUrl", &self.source_url)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `ListByPluginIdsResponseBodyPluginInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListByPluginIdsResponseBodyPluginInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListByPluginIdsResponseBodyPluginInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "createAt" => rt::read_field(map, &mut self.create_at),
            "desc" => rt::read_field(map, &mut self.desc),
            "icons" => rt::read_field(map, &mut self.icons),
            "modifiedAt" => rt::read_field(map, &mut self.modified_at),
            "name" => rt::read_field(map, &mut self.name),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "pluginId" => rt::read_field(map, &mut self.plugin_id),
            "status" => rt::read_field(map, &mut self.status),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListByPluginIdsResponseBodyPluginInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appId", &self.app_id)?;
        object.optional("createAt", &self.create_at)?;
        object.optional("desc", &self.desc)?;
        object.optional("icons", &self.icons)?;
        object.optional("modifiedAt", &self.modified_at)?;
        object.optional("name", &self.name)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("pluginId", &self.plugin_id)?;
        object.optional("status", &self.status)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `ListJoinOrgInfoResponseBodyOrgInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListJoinOrgInfoResponseBodyOrgInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListJoinOrgInfoResponseBodyOrgInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "domain" => rt::read_field(map, &mut self.domain),
            "orgFullName" => rt::read_field(map, &mut self.org_full_name),
            "orgName" => rt::read_field(map, &mut self.org_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListJoinOrgInfoResponseBodyOrgInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("domain", &self.domain)?;
        object.optional("orgFullName", &self.org_full_name)?;
        object.optional("orgName", &self.org_name)?;
        object.end()
    }
}
/// `ListMiniAppAvailableVersionResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMiniAppAvailableVersionResponseBodyList {
    /// `buildStatus`.
    pub build_status: Option<i64>,
    /// `version`.
    pub version: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListMiniAppAvailableVersionResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMiniAppAvailableVersionResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "buildStatus" => rt::read_field(map, &mut self.build_status),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMiniAppAvailableVersionResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("buildStatus", &self.build_status)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `ListMiniAppHistoryVersionResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListMiniAppHistoryVersionResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMiniAppHistoryVersionResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "buildStatus" => rt::read_field(map, &mut self.build_status),
            "h5Bundle" => rt::read_field(map, &mut self.h5_bundle),
            "packageSize" => rt::read_field(map, &mut self.package_size),
            "packageUrl" => rt::read_field(map, &mut self.package_url),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMiniAppHistoryVersionResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("buildStatus", &self.build_status)?;
        object.optional("h5Bundle", &self.h5_bundle)?;
        object.optional("packageSize", &self.package_size)?;
        object.optional("packageUrl", &self.package_url)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `ListPartnerRolesResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListPartnerRolesResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPartnerRolesResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "isNecessary" => rt::read_field(map, &mut self.is_necessary),
            "name" => rt::read_field(map, &mut self.name),
            "visibleDepts" => rt::read_field(map, &mut self.visible_depts),
            "visibleUsers" => rt::read_field(map, &mut self.visible_users),
            "warningDepts" => rt::read_field(map, &mut self.warning_depts),
            "warningUsers" => rt::read_field(map, &mut self.warning_users),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPartnerRolesResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("isNecessary", &self.is_necessary)?;
        object.optional("name", &self.name)?;
        object.optional("visibleDepts", &self.visible_depts)?;
        object.optional("visibleUsers", &self.visible_users)?;
        object.optional("warningDepts", &self.warning_depts)?;
        object.optional("warningUsers", &self.warning_users)?;
        object.end()
    }
}
/// `ListPunchScheduleByConditionWithPagingResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for ListPunchScheduleByConditionWithPagingResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPunchScheduleByConditionWithPagingResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizOuterId" => rt::read_field(map, &mut self.biz_outer_id),
            "positionName" => rt::read_field(map, &mut self.position_name),
            "punchSymbol" => rt::read_field(map, &mut self.punch_symbol),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userPunchTime" => rt::read_field(map, &mut self.user_punch_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPunchScheduleByConditionWithPagingResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizOuterId", &self.biz_outer_id)?;
        object.optional("positionName", &self.position_name)?;
        object.optional("punchSymbol", &self.punch_symbol)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userPunchTime", &self.user_punch_time)?;
        object.end()
    }
}
/// `PreventCheatingCheckRiskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PreventCheatingCheckRiskResponseBodyResult {
    /// `hasRisk`.
    pub has_risk: Option<bool>,
    /// `riskInfo`.
    pub risk_info: Option<rt::BTreeMap<String, String>>,
}
impl<'de> rt::serde::Deserialize<'de> for PreventCheatingCheckRiskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PreventCheatingCheckRiskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasRisk" => rt::read_field(map, &mut self.has_risk),
            "riskInfo" => rt::read_field(map, &mut self.risk_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PreventCheatingCheckRiskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasRisk", &self.has_risk)?;
        object.optional("riskInfo", &self.risk_info)?;
        object.end()
    }
}
/// `QueryChannelStaffInfoByMobileResponseBodyEmpInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryChannelStaffInfoByMobileResponseBodyEmpInfo {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryChannelStaffInfoByMobileResponseBodyEmpInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryChannelStaffInfoByMobileResponseBodyEmpInfo {
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
impl rt::serde::Serialize for QueryChannelStaffInfoByMobileResponseBodyEmpInfo {
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
/// `QueryChannelStaffInfoByMobileResponseBodyExclusiveAccountEmpInfoList`: the same model as [`QueryChannelStaffInfoByMobileResponseBodyEmpInfo`].
pub type QueryChannelStaffInfoByMobileResponseBodyExclusiveAccountEmpInfoList = QueryChannelStaffInfoByMobileResponseBodyEmpInfo;
/// `QueryConversationPageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryConversationPageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConversationPageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConversationPageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryMsgSendRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMsgSendRecordsResponseBodyResult {
    /// `item_count`.
    pub item_count: Option<i64>,
    /// `items`.
    pub items: Option<Vec<QueryMsgSendRecordsResponseBodyResultItems>>,
    /// `total_count`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMsgSendRecordsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMsgSendRecordsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "item_count" => rt::read_field(map, &mut self.item_count),
            "items" => rt::read_field(map, &mut self.items),
            "total_count" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMsgSendRecordsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("item_count", &self.item_count)?;
        object.optional("items", &self.items)?;
        object.optional("total_count", &self.total_count)?;
        object.end()
    }
}
/// `QueryPartnerInfoResponseBodyPartnerDeptList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryPartnerInfoResponseBodyPartnerDeptList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPartnerInfoResponseBodyPartnerDeptList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "partnerLabelModelLevel1" => {
                rt::read_field(map, &mut self.partner_label_model_level1)
            }
            "partnerNum" => rt::read_field(map, &mut self.partner_num),
            "title" => rt::read_field(map, &mut self.title),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPartnerInfoResponseBodyPartnerDeptList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("partnerLabelModelLevel1", &self.partner_label_model_level1)?;
        object.optional("partnerNum", &self.partner_num)?;
        object.optional("title", &self.title)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `QueryPartnerInfoResponseBodyPartnerLabelList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPartnerInfoResponseBodyPartnerLabelList {
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPartnerInfoResponseBodyPartnerLabelList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPartnerInfoResponseBodyPartnerLabelList {
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
impl rt::serde::Serialize for QueryPartnerInfoResponseBodyPartnerLabelList {
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
/// `QueryTemplateInfoResponseBodyAppInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTemplateInfoResponseBodyAppInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTemplateInfoResponseBodyAppInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appIcon" => rt::read_field(map, &mut self.app_icon),
            "appId" => rt::read_field(map, &mut self.app_id),
            "appName" => rt::read_field(map, &mut self.app_name),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTemplateInfoResponseBodyAppInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appIcon", &self.app_icon)?;
        object.optional("appId", &self.app_id)?;
        object.optional("appName", &self.app_name)?;
        object.optional("corpId", &self.corp_id)?;
        object.end()
    }
}
/// `QueryTemplateInfoResponseBodyGrayInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyGrayInfo {
    /// `tenThousandPercent`.
    pub ten_thousand_percent: Option<i64>,
    /// `whiteSet`.
    pub white_set: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTemplateInfoResponseBodyGrayInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTemplateInfoResponseBodyGrayInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tenThousandPercent" => rt::read_field(map, &mut self.ten_thousand_percent),
            "whiteSet" => rt::read_field(map, &mut self.white_set),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTemplateInfoResponseBodyGrayInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tenThousandPercent", &self.ten_thousand_percent)?;
        object.optional("whiteSet", &self.white_set)?;
        object.end()
    }
}
/// `QueryTemplateInfoResponseBodyGroupSettingList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyGroupSettingList {
    /// `desc`.
    pub desc: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `state`.
    pub state: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTemplateInfoResponseBodyGroupSettingList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTemplateInfoResponseBodyGroupSettingList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "desc" => rt::read_field(map, &mut self.desc),
            "name" => rt::read_field(map, &mut self.name),
            "state" => rt::read_field(map, &mut self.state),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTemplateInfoResponseBodyGroupSettingList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("desc", &self.desc)?;
        object.optional("name", &self.name)?;
        object.optional("state", &self.state)?;
        object.end()
    }
}
/// `QueryTemplateInfoResponseBodyParentTemplateDetailVO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryTemplateInfoResponseBodyParentTemplateDetailVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTemplateInfoResponseBodyParentTemplateDetailVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "robotTemplateList" => rt::read_field(map, &mut self.robot_template_list),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "toolbarPluginList" => rt::read_field(map, &mut self.toolbar_plugin_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTemplateInfoResponseBodyParentTemplateDetailVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("robotTemplateList", &self.robot_template_list)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("toolbarPluginList", &self.toolbar_plugin_list)?;
        object.end()
    }
}
/// `QueryTemplateInfoResponseBodyTemplateIntroduction`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyTemplateIntroduction {
    /// `banner`.
    pub banner: Option<String>,
    /// `detail`.
    pub detail: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryTemplateInfoResponseBodyTemplateIntroduction {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTemplateInfoResponseBodyTemplateIntroduction {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "banner" => rt::read_field(map, &mut self.banner),
            "detail" => rt::read_field(map, &mut self.detail),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTemplateInfoResponseBodyTemplateIntroduction {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("banner", &self.banner)?;
        object.optional("detail", &self.detail)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryTemplateInfoResponseBodyTemplateVisibility`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryTemplateInfoResponseBodyTemplateVisibility {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTemplateInfoResponseBodyTemplateVisibility {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "roleIds" => rt::read_field(map, &mut self.role_ids),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTemplateInfoResponseBodyTemplateVisibility {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("roleIds", &self.role_ids)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `QueryUserBehaviorResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryUserBehaviorResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserBehaviorResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pictureUrl" => rt::read_field(map, &mut self.picture_url),
            "platform" => rt::read_field(map, &mut self.platform),
            "scene" => rt::read_field(map, &mut self.scene),
            "time" => rt::read_field(map, &mut self.time),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserBehaviorResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pictureUrl", &self.picture_url)?;
        object.optional("platform", &self.platform)?;
        object.optional("scene", &self.scene)?;
        object.optional("time", &self.time)?;
        object.optional("type", &self.r#type)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `RuleBatchReceiverRequestDataAttrs`.
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
impl rt::serde::Serialize for RuleBatchReceiverRequestDataAttrs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("listUnitId", &self.list_unit_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RuleBatchReceiverRequestDataAttrs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RuleBatchReceiverRequestDataAttrs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "listUnitId" => rt::read_field(map, &mut self.list_unit_id),
            _ => Ok(false),
        }
    }
}
/// `RuleBatchReceiverResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RuleBatchReceiverResponseBodyData {
    /// `msgId`.
    pub msg_id: Option<String>,
    /// `serialNumber`.
    pub serial_number: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RuleBatchReceiverResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RuleBatchReceiverResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "msgId" => rt::read_field(map, &mut self.msg_id),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RuleBatchReceiverResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("msgId", &self.msg_id)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.end()
    }
}
/// `RuleBatchReceiverResponseBodyRows`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RuleBatchReceiverResponseBodyRows {
    /// `serialNumber`.
    pub serial_number: Option<String>,
    /// `msgId`.
    pub msg_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RuleBatchReceiverResponseBodyRows {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RuleBatchReceiverResponseBodyRows {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "msgId" => rt::read_field(map, &mut self.msg_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RuleBatchReceiverResponseBodyRows {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.optional("msgId", &self.msg_id)?;
        object.end()
    }
}
/// `SearchOrgInnerGroupInfoResponseBodyItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchOrgInnerGroupInfoResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchOrgInnerGroupInfoResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extensions" => rt::read_field(map, &mut self.extensions),
            "groupAdminsCount" => rt::read_field(map, &mut self.group_admins_count),
            "groupCreateTime" => rt::read_field(map, &mut self.group_create_time),
            "groupLastActiveTime" => {
                rt::read_field(map, &mut self.group_last_active_time)
            }
            "groupLastActiveTimeShow" => {
                rt::read_field(map, &mut self.group_last_active_time_show)
            }
            "groupMembersCount" => rt::read_field(map, &mut self.group_members_count),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupOwner" => rt::read_field(map, &mut self.group_owner),
            "groupOwnerUserId" => rt::read_field(map, &mut self.group_owner_user_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "status" => rt::read_field(map, &mut self.status),
            "syncToDingpan" => rt::read_field(map, &mut self.sync_to_dingpan),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateName" => rt::read_field(map, &mut self.template_name),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchOrgInnerGroupInfoResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extensions", &self.extensions)?;
        object.optional("groupAdminsCount", &self.group_admins_count)?;
        object.optional("groupCreateTime", &self.group_create_time)?;
        object.optional("groupLastActiveTime", &self.group_last_active_time)?;
        object.optional("groupLastActiveTimeShow", &self.group_last_active_time_show)?;
        object.optional("groupMembersCount", &self.group_members_count)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupOwner", &self.group_owner)?;
        object.optional("groupOwnerUserId", &self.group_owner_user_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("status", &self.status)?;
        object.optional("syncToDingpan", &self.sync_to_dingpan)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateName", &self.template_name)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
/// `SearchOrgInnerGroupInfoByCursorPageResponseBodyItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for SearchOrgInnerGroupInfoByCursorPageResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchOrgInnerGroupInfoByCursorPageResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupCreateTime" => rt::read_field(map, &mut self.group_create_time),
            "groupLastActiveTime" => {
                rt::read_field(map, &mut self.group_last_active_time)
            }
            "groupMembersCnt" => rt::read_field(map, &mut self.group_members_cnt),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupOwner" => rt::read_field(map, &mut self.group_owner),
            "groupOwnerUserId" => rt::read_field(map, &mut self.group_owner_user_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "status" => rt::read_field(map, &mut self.status),
            "syncToDingpan" => rt::read_field(map, &mut self.sync_to_dingpan),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchOrgInnerGroupInfoByCursorPageResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupCreateTime", &self.group_create_time)?;
        object.optional("groupLastActiveTime", &self.group_last_active_time)?;
        object.optional("groupMembersCnt", &self.group_members_cnt)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupOwner", &self.group_owner)?;
        object.optional("groupOwnerUserId", &self.group_owner_user_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("status", &self.status)?;
        object.optional("syncToDingpan", &self.sync_to_dingpan)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
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
impl rt::serde::Serialize for SendMessageRequestMsgBodyActionCard {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("btn_orientation", &self.btn_orientation)?;
        object.optional("button_list", &self.button_list)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("single_title", &self.single_title)?;
        object.optional("single_url", &self.single_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageRequestMsgBodyActionCard {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageRequestMsgBodyActionCard {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "btn_orientation" => rt::read_field(map, &mut self.btn_orientation),
            "button_list" => rt::read_field(map, &mut self.button_list),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "single_title" => rt::read_field(map, &mut self.single_title),
            "single_url" => rt::read_field(map, &mut self.single_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SendMessageRequestMsgBodyLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cover_image_media_id", &self.cover_image_media_id)?;
        object.optional("link_url", &self.link_url)?;
        object.optional("open_type", &self.open_type)?;
        object.optional("summary", &self.summary)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageRequestMsgBodyLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageRequestMsgBodyLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cover_image_media_id" => rt::read_field(map, &mut self.cover_image_media_id),
            "link_url" => rt::read_field(map, &mut self.link_url),
            "open_type" => rt::read_field(map, &mut self.open_type),
            "summary" => rt::read_field(map, &mut self.summary),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
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
impl rt::serde::Serialize for SendMessageRequestMsgBodyMarkdown {
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
impl<'de> rt::serde::Deserialize<'de> for SendMessageRequestMsgBodyMarkdown {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageRequestMsgBodyMarkdown {
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
impl rt::serde::Serialize for TaskInfoCreateAndStartTaskRequestBacklogDTOContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isOnlyShowExecutor", &self.is_only_show_executor)?;
        object.optional("priority", &self.priority)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for TaskInfoCreateAndStartTaskRequestBacklogDTOContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoCreateAndStartTaskRequestBacklogDTOContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isOnlyShowExecutor" => rt::read_field(map, &mut self.is_only_show_executor),
            "priority" => rt::read_field(map, &mut self.priority),
            _ => Ok(false),
        }
    }
}
/// `TaskInfoCreateAndStartTaskResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskResponseBodyData {
    /// `groupVoList`.
    pub group_vo_list: Option<
        Vec<TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList>,
    >,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TaskInfoCreateAndStartTaskResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TaskInfoCreateAndStartTaskResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupVoList" => rt::read_field(map, &mut self.group_vo_list),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TaskInfoCreateAndStartTaskResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupVoList", &self.group_vo_list)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `TaskInfoUpdateTaskRequestAttrListTaskDynamicAttr`: the same model as [`GetMsgConfigRequestListDynamicAttr`].
pub type TaskInfoUpdateTaskRequestAttrListTaskDynamicAttr = GetMsgConfigRequestListDynamicAttr;
/// `TaskInfoUpdateTaskResponseBodyData`: the same model as [`TaskInfoCreateAndStartTaskResponseBodyData`].
pub type TaskInfoUpdateTaskResponseBodyData = TaskInfoCreateAndStartTaskResponseBodyData;
/// `GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1 {
    /// `labelId`.
    pub label_id: Option<i64>,
    /// `labelName`.
    pub label_name: Option<String>,
    /// `levelNum`.
    pub level_num: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1 {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1 {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelId" => rt::read_field(map, &mut self.label_id),
            "labelName" => rt::read_field(map, &mut self.label_name),
            "levelNum" => rt::read_field(map, &mut self.level_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllLabelableDeptsResponseBodyDataPartnerLabelVOLevel1 {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labelId", &self.label_id)?;
        object.optional("labelName", &self.label_name)?;
        object.optional("levelNum", &self.level_num)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAppDispatchInfoResponseBodyIOSExt {
    /// `plist`.
    pub plist: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAppDispatchInfoResponseBodyIOSExt {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAppDispatchInfoResponseBodyIOSExt {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "plist" => rt::read_field(map, &mut self.plist),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAppDispatchInfoResponseBodyIOSExt {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("plist", &self.plist)?;
        object.end()
    }
}
/// `GetConversationDetailResponseBodyResultMultipleCategoryList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConversationDetailResponseBodyResultMultipleCategoryList {
    /// `categoryId`.
    pub category_id: Option<i64>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `order`.
    pub order: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetConversationDetailResponseBodyResultMultipleCategoryList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConversationDetailResponseBodyResultMultipleCategoryList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "order" => rt::read_field(map, &mut self.order),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetConversationDetailResponseBodyResultMultipleCategoryList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryId", &self.category_id)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("order", &self.order)?;
        object.end()
    }
}
/// `GetMsgConfigResponseBodyDataGroupAttributes`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMsgConfigResponseBodyDataGroupAttributes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgConfigResponseBodyDataGroupAttributes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configGroupId" => rt::read_field(map, &mut self.config_group_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "groupTopic" => rt::read_field(map, &mut self.group_topic),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "listDynamicAttr" => rt::read_field(map, &mut self.list_dynamic_attr),
            "listReceiver" => rt::read_field(map, &mut self.list_receiver),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "ownerJobNo" => rt::read_field(map, &mut self.owner_job_no),
            "subRuleCode" => rt::read_field(map, &mut self.sub_rule_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgConfigResponseBodyDataGroupAttributes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("configGroupId", &self.config_group_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("groupTopic", &self.group_topic)?;
        object.optional("groupType", &self.group_type)?;
        object.optional("listDynamicAttr", &self.list_dynamic_attr)?;
        object.optional("listReceiver", &self.list_receiver)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("ownerJobNo", &self.owner_job_no)?;
        object.optional("subRuleCode", &self.sub_rule_code)?;
        object.end()
    }
}
/// `GetMsgConfigResponseBodyDataMsgConfigs`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMsgConfigResponseBodyDataMsgConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgConfigResponseBodyDataMsgConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardId" => rt::read_field(map, &mut self.card_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "customParameters" => rt::read_field(map, &mut self.custom_parameters),
            "msgContentConsisFlag" => {
                rt::read_field(map, &mut self.msg_content_consis_flag)
            }
            "msgId" => rt::read_field(map, &mut self.msg_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "ruleBusinessCode" => rt::read_field(map, &mut self.rule_business_code),
            "ruleCategory" => rt::read_field(map, &mut self.rule_category),
            "ruleCode" => rt::read_field(map, &mut self.rule_code),
            "ruleName" => rt::read_field(map, &mut self.rule_name),
            "subRuleCode" => rt::read_field(map, &mut self.sub_rule_code),
            "systemCode" => rt::read_field(map, &mut self.system_code),
            "taskBatchNo" => rt::read_field(map, &mut self.task_batch_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgConfigResponseBodyDataMsgConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardId", &self.card_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("customParameters", &self.custom_parameters)?;
        object.optional("msgContentConsisFlag", &self.msg_content_consis_flag)?;
        object.optional("msgId", &self.msg_id)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("ruleBusinessCode", &self.rule_business_code)?;
        object.optional("ruleCategory", &self.rule_category)?;
        object.optional("ruleCode", &self.rule_code)?;
        object.optional("ruleName", &self.rule_name)?;
        object.optional("subRuleCode", &self.sub_rule_code)?;
        object.optional("systemCode", &self.system_code)?;
        object.optional("taskBatchNo", &self.task_batch_no)?;
        object.end()
    }
}
/// `GetMsgConfigResponseBodyDataReceiverAttributes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBodyDataReceiverAttributes {
    /// `employeeCode`.
    pub employee_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetMsgConfigResponseBodyDataReceiverAttributes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgConfigResponseBodyDataReceiverAttributes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "employeeCode" => rt::read_field(map, &mut self.employee_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgConfigResponseBodyDataReceiverAttributes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("employeeCode", &self.employee_code)?;
        object.end()
    }
}
/// `GetMsgConfigResponseBodyDataUnitAttributes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBodyDataUnitAttributes {
    /// `unitId`.
    pub unit_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMsgConfigResponseBodyDataUnitAttributes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgConfigResponseBodyDataUnitAttributes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unitId" => rt::read_field(map, &mut self.unit_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgConfigResponseBodyDataUnitAttributes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unitId", &self.unit_id)?;
        object.end()
    }
}
/// `GetMsgRecordDetailResponseBodyResultActionCard`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetMsgRecordDetailResponseBodyResultActionCard {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgRecordDetailResponseBodyResultActionCard {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bnt_orientation" => rt::read_field(map, &mut self.bnt_orientation),
            "button_list" => rt::read_field(map, &mut self.button_list),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "single_title" => rt::read_field(map, &mut self.single_title),
            "single_url" => rt::read_field(map, &mut self.single_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgRecordDetailResponseBodyResultActionCard {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bnt_orientation", &self.bnt_orientation)?;
        object.optional("button_list", &self.button_list)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("single_title", &self.single_title)?;
        object.optional("single_url", &self.single_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetMsgRecordDetailResponseBodyResultArticles`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMsgRecordDetailResponseBodyResultArticles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgRecordDetailResponseBodyResultArticles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "article_id" => rt::read_field(map, &mut self.article_id),
            "content" => rt::read_field(map, &mut self.content),
            "create_time" => rt::read_field(map, &mut self.create_time),
            "digest" => rt::read_field(map, &mut self.digest),
            "publish_status" => rt::read_field(map, &mut self.publish_status),
            "publish_time" => rt::read_field(map, &mut self.publish_time),
            "thumb_media_id" => rt::read_field(map, &mut self.thumb_media_id),
            "title" => rt::read_field(map, &mut self.title),
            "update_time" => rt::read_field(map, &mut self.update_time),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgRecordDetailResponseBodyResultArticles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("article_id", &self.article_id)?;
        object.optional("content", &self.content)?;
        object.optional("create_time", &self.create_time)?;
        object.optional("digest", &self.digest)?;
        object.optional("publish_status", &self.publish_status)?;
        object.optional("publish_time", &self.publish_time)?;
        object.optional("thumb_media_id", &self.thumb_media_id)?;
        object.optional("title", &self.title)?;
        object.optional("update_time", &self.update_time)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetMsgRecordDetailResponseBodyResultLink`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMsgRecordDetailResponseBodyResultLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgRecordDetailResponseBodyResultLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cover_image_media_id" => rt::read_field(map, &mut self.cover_image_media_id),
            "link_url" => rt::read_field(map, &mut self.link_url),
            "open_type" => rt::read_field(map, &mut self.open_type),
            "summary" => rt::read_field(map, &mut self.summary),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgRecordDetailResponseBodyResultLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cover_image_media_id", &self.cover_image_media_id)?;
        object.optional("link_url", &self.link_url)?;
        object.optional("open_type", &self.open_type)?;
        object.optional("summary", &self.summary)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetMsgRecordDetailResponseBodyResultMarkdown`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBodyResultMarkdown {
    /// `text`.
    pub text: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMsgRecordDetailResponseBodyResultMarkdown {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgRecordDetailResponseBodyResultMarkdown {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgRecordDetailResponseBodyResultMarkdown {
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
/// `GetOutGroupsByPageResponseBodyResponseBodyGroupList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOutGroupsByPageResponseBodyResponseBodyGroupList {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetOutGroupsByPageResponseBodyResponseBodyGroupList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOutGroupsByPageResponseBodyResponseBodyGroupList {
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
impl rt::serde::Serialize for GetOutGroupsByPageResponseBodyResponseBodyGroupList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "contentType" => rt::read_field(map, &mut self.content_type),
            "createAt" => rt::read_field(map, &mut self.create_at),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "sender" => rt::read_field(map, &mut self.sender),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("createAt", &self.create_at)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("sender", &self.sender)?;
        object.end()
    }
}
/// `GetPublicDevicesResponseBodyDataDeviceDepts`: the same model as [`QueryPartnerInfoResponseBodyPartnerLabelList`].
pub type GetPublicDevicesResponseBodyDataDeviceDepts = QueryPartnerInfoResponseBodyPartnerLabelList;
/// `GetPublicDevicesResponseBodyDataDeviceRoles`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPublicDevicesResponseBodyDataDeviceRoles {
    /// `name`.
    pub name: Option<String>,
    /// `tagCode`.
    pub tag_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPublicDevicesResponseBodyDataDeviceRoles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPublicDevicesResponseBodyDataDeviceRoles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPublicDevicesResponseBodyDataDeviceRoles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("tagCode", &self.tag_code)?;
        object.end()
    }
}
/// `GetPublicDevicesResponseBodyDataDeviceStaffs`: the same model as [`QueryChannelStaffInfoByMobileResponseBodyEmpInfo`].
pub type GetPublicDevicesResponseBodyDataDeviceStaffs = QueryChannelStaffInfoByMobileResponseBodyEmpInfo;
/// `GetSecurityConfigMemberResponseBodyResultUserInfos`: the same model as [`QueryChannelStaffInfoByMobileResponseBodyEmpInfo`].
pub type GetSecurityConfigMemberResponseBodyResultUserInfos = QueryChannelStaffInfoByMobileResponseBodyEmpInfo;
/// `GroupQueryByAttrResponseBodyDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GroupQueryByAttrResponseBodyDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupQueryByAttrResponseBodyDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupMemberCount" => rt::read_field(map, &mut self.group_member_count),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "ownerJobNo" => rt::read_field(map, &mut self.owner_job_no),
            "ownerUserName" => rt::read_field(map, &mut self.owner_user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupQueryByAttrResponseBodyDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupMemberCount", &self.group_member_count)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("ownerJobNo", &self.owner_job_no)?;
        object.optional("ownerUserName", &self.owner_user_name)?;
        object.end()
    }
}
/// `GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr {
    /// `attrCode`.
    pub attr_code: Option<String>,
    /// `listAttrOptionsCode`.
    pub list_attr_options_code: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attrCode" => rt::read_field(map, &mut self.attr_code),
            "listAttrOptionsCode" => {
                rt::read_field(map, &mut self.list_attr_options_code)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attrCode", &self.attr_code)?;
        object.optional("listAttrOptionsCode", &self.list_attr_options_code)?;
        object.end()
    }
}
/// `ListAuditLogResponseBodyListDocMemberList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListAuditLogResponseBodyListDocMemberList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAuditLogResponseBodyListDocMemberList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberName" => rt::read_field(map, &mut self.member_name),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "memberTypeView" => rt::read_field(map, &mut self.member_type_view),
            "permissionRole" => rt::read_field(map, &mut self.permission_role),
            "permissionRoleView" => rt::read_field(map, &mut self.permission_role_view),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAuditLogResponseBodyListDocMemberList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberName", &self.member_name)?;
        object.optional("memberType", &self.member_type)?;
        object.optional("memberTypeView", &self.member_type_view)?;
        object.optional("permissionRole", &self.permission_role)?;
        object.optional("permissionRoleView", &self.permission_role_view)?;
        object.end()
    }
}
/// `ListAuditLogResponseBodyListDocReceiverList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAuditLogResponseBodyListDocReceiverList {
    /// `receiverName`.
    pub receiver_name: Option<String>,
    /// `receiverType`.
    pub receiver_type: Option<i64>,
    /// `receiverTypeView`.
    pub receiver_type_view: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAuditLogResponseBodyListDocReceiverList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAuditLogResponseBodyListDocReceiverList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "receiverName" => rt::read_field(map, &mut self.receiver_name),
            "receiverType" => rt::read_field(map, &mut self.receiver_type),
            "receiverTypeView" => rt::read_field(map, &mut self.receiver_type_view),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAuditLogResponseBodyListDocReceiverList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("receiverName", &self.receiver_name)?;
        object.optional("receiverType", &self.receiver_type)?;
        object.optional("receiverTypeView", &self.receiver_type_view)?;
        object.end()
    }
}
/// `ListPartnerRolesResponseBodyListVisibleDepts`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPartnerRolesResponseBodyListVisibleDepts {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPartnerRolesResponseBodyListVisibleDepts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPartnerRolesResponseBodyListVisibleDepts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPartnerRolesResponseBodyListVisibleDepts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `ListPartnerRolesResponseBodyListVisibleUsers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPartnerRolesResponseBodyListVisibleUsers {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPartnerRolesResponseBodyListVisibleUsers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPartnerRolesResponseBodyListVisibleUsers {
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
impl rt::serde::Serialize for ListPartnerRolesResponseBodyListVisibleUsers {
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
/// `ListPartnerRolesResponseBodyListWarningDepts`: the same model as [`ListPartnerRolesResponseBodyListVisibleDepts`].
pub type ListPartnerRolesResponseBodyListWarningDepts = ListPartnerRolesResponseBodyListVisibleDepts;
/// `ListPartnerRolesResponseBodyListWarningUsers`: the same model as [`ListPartnerRolesResponseBodyListVisibleUsers`].
pub type ListPartnerRolesResponseBodyListWarningUsers = ListPartnerRolesResponseBodyListVisibleUsers;
/// `QueryConversationPageResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryConversationPageResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConversationPageResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "groupCode" => rt::read_field(map, &mut self.group_code),
            "groupMembersCnt" => rt::read_field(map, &mut self.group_members_cnt),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupOwnerName" => rt::read_field(map, &mut self.group_owner_name),
            "groupOwnerUserId" => rt::read_field(map, &mut self.group_owner_user_id),
            "isKpConversation" => rt::read_field(map, &mut self.is_kp_conversation),
            "manageSign" => rt::read_field(map, &mut self.manage_sign),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "order" => rt::read_field(map, &mut self.order),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConversationPageResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryId", &self.category_id)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("groupCode", &self.group_code)?;
        object.optional("groupMembersCnt", &self.group_members_cnt)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupOwnerName", &self.group_owner_name)?;
        object.optional("groupOwnerUserId", &self.group_owner_user_id)?;
        object.optional("isKpConversation", &self.is_kp_conversation)?;
        object.optional("manageSign", &self.manage_sign)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("order", &self.order)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryMsgSendRecordsResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMsgSendRecordsResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMsgSendRecordsResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "create_time" => rt::read_field(map, &mut self.create_time),
            "msg_source" => rt::read_field(map, &mut self.msg_source),
            "msg_type" => rt::read_field(map, &mut self.msg_type),
            "operator_user_id" => rt::read_field(map, &mut self.operator_user_id),
            "send_time" => rt::read_field(map, &mut self.send_time),
            "task_id" => rt::read_field(map, &mut self.task_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMsgSendRecordsResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("create_time", &self.create_time)?;
        object.optional("msg_source", &self.msg_source)?;
        object.optional("msg_type", &self.msg_type)?;
        object.optional("operator_user_id", &self.operator_user_id)?;
        object.optional("send_time", &self.send_time)?;
        object.optional("task_id", &self.task_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1 {
    /// `labelId`.
    pub label_id: Option<i64>,
    /// `labelname`.
    pub labelname: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1 {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1 {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelId" => rt::read_field(map, &mut self.label_id),
            "labelname" => rt::read_field(map, &mut self.labelname),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryPartnerInfoResponseBodyPartnerDeptListPartnerLabelModelLevel1 {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labelId", &self.label_id)?;
        object.optional("labelname", &self.labelname)?;
        object.end()
    }
}
/// `QueryTemplateInfoResponseBodyParentTemplateDetailVORobotTemplateList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryTemplateInfoResponseBodyParentTemplateDetailVORobotTemplateList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryTemplateInfoResponseBodyParentTemplateDetailVORobotTemplateList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "brief" => rt::read_field(map, &mut self.brief),
            "code" => rt::read_field(map, &mut self.code),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createAt" => rt::read_field(map, &mut self.create_at),
            "description" => rt::read_field(map, &mut self.description),
            "dev" => rt::read_field(map, &mut self.dev),
            "groupTemplateId" => rt::read_field(map, &mut self.group_template_id),
            "icon" => rt::read_field(map, &mut self.icon),
            "modifiedAt" => rt::read_field(map, &mut self.modified_at),
            "name" => rt::read_field(map, &mut self.name),
            "outgoingToken" => rt::read_field(map, &mut self.outgoing_token),
            "outgoingUrl" => rt::read_field(map, &mut self.outgoing_url),
            "previewMediaId" => rt::read_field(map, &mut self.preview_media_id),
            "sourceUrl" => rt::read_field(map, &mut self.source_url),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryTemplateInfoResponseBodyParentTemplateDetailVORobotTemplateList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("brief", &self.brief)?;
        object.optional("code", &self.code)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("createAt", &self.create_at)?;
        object.optional("description", &self.description)?;
        object.optional("dev", &self.dev)?;
        object.optional("groupTemplateId", &self.group_template_id)?;
        object.optional("icon", &self.icon)?;
        object.optional("modifiedAt", &self.modified_at)?;
        object.optional("name", &self.name)?;
        object.optional("outgoingToken", &self.outgoing_token)?;
        object.optional("outgoingUrl", &self.outgoing_url)?;
        object.optional("previewMediaId", &self.preview_media_id)?;
        object.optional("sourceUrl", &self.source_url)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryTemplateInfoResponseBodyParentTemplateDetailVOToolbarPluginList`: the same model as [`ListByPluginIdsResponseBodyPluginInfoList`].
pub type QueryTemplateInfoResponseBodyParentTemplateDetailVOToolbarPluginList = ListByPluginIdsResponseBodyPluginInfoList;
/// `QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTemplateInfoResponseBodyTemplateVisibilityDeptIds {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("deptName", &self.dept_name)?;
        object.end()
    }
}
/// `QueryTemplateInfoResponseBodyTemplateVisibilityUserIds`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTemplateInfoResponseBodyTemplateVisibilityUserIds {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryTemplateInfoResponseBodyTemplateVisibilityUserIds {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTemplateInfoResponseBodyTemplateVisibilityUserIds {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatar" => rt::read_field(map, &mut self.avatar),
            "nick" => rt::read_field(map, &mut self.nick),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTemplateInfoResponseBodyTemplateVisibilityUserIds {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("nick", &self.nick)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for SendMessageRequestMsgBodyActionCardButtonList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action_url", &self.action_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageRequestMsgBodyActionCardButtonList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageRequestMsgBodyActionCardButtonList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action_url" => rt::read_field(map, &mut self.action_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `TaskInfoUpdateTaskResponseBodyDataGroupVoList`: the same model as [`TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList`].
pub type TaskInfoUpdateTaskResponseBodyDataGroupVoList = TaskInfoCreateAndStartTaskResponseBodyDataGroupVoList;
/// `GetMsgConfigResponseBodyDataGroupAttributesListDynamicAttr`: the same model as [`GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr`].
pub type GetMsgConfigResponseBodyDataGroupAttributesListDynamicAttr = GroupQueryByOpenIdResponseBodyDataListGroupDynamicAttr;
/// `GetMsgConfigResponseBodyDataGroupAttributesListReceiver`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMsgConfigResponseBodyDataGroupAttributesListReceiver {
    /// `employeeCode`.
    pub employee_code: Option<String>,
    /// `employeeName`.
    pub employee_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetMsgConfigResponseBodyDataGroupAttributesListReceiver {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgConfigResponseBodyDataGroupAttributesListReceiver {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "employeeCode" => rt::read_field(map, &mut self.employee_code),
            "employeeName" => rt::read_field(map, &mut self.employee_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgConfigResponseBodyDataGroupAttributesListReceiver {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("employeeCode", &self.employee_code)?;
        object.optional("employeeName", &self.employee_name)?;
        object.end()
    }
}
/// `GetMsgRecordDetailResponseBodyResultActionCardButtonList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMsgRecordDetailResponseBodyResultActionCardButtonList {
    /// `action_url`.
    pub action_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetMsgRecordDetailResponseBodyResultActionCardButtonList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMsgRecordDetailResponseBodyResultActionCardButtonList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action_url" => rt::read_field(map, &mut self.action_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMsgRecordDetailResponseBodyResultActionCardButtonList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action_url", &self.action_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender {
    /// `id`.
    pub id: Option<String>,
    /// `idType`.
    pub id_type: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "idType" => rt::read_field(map, &mut self.id_type),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetOutsideAuditGroupMessageByPageResponseBodyResponseBodyMessageListSender {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("idType", &self.id_type)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// The request of [`Api::add_custom_sign_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddCustomSignConfigRequest {
    /// A `AddCustomSignConfigRequest` with its required fields (`protocolName`, `signTermFiles`, `termMessage`); set the others with the methods named after them.
    pub fn new(
        protocol_name: impl Into<String>,
        sign_term_files: impl IntoIterator<
            Item = AddCustomSignConfigRequestSignTermFiles,
        >,
        term_message: impl Into<String>,
    ) -> Self {
        Self {
            all_effect: None,
            can_download: None,
            protocol_name: protocol_name.into(),
            push_dept_ids: None,
            push_staff_ids: None,
            sign_term_files: sign_term_files.into_iter().collect(),
            term_message: term_message.into(),
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
impl rt::serde::Serialize for AddCustomSignConfigRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allEffect", &self.all_effect)?;
        object.optional("canDownload", &self.can_download)?;
        object.field("protocolName", &self.protocol_name)?;
        object.optional("pushDeptIds", &self.push_dept_ids)?;
        object.optional("pushStaffIds", &self.push_staff_ids)?;
        object.field("signTermFiles", &self.sign_term_files)?;
        object.field("termMessage", &self.term_message)?;
        object.optional("unpushDeptIds", &self.unpush_dept_ids)?;
        object.optional("unpushStaffIds", &self.unpush_staff_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCustomSignConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCustomSignConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allEffect" => rt::read_field(map, &mut self.all_effect),
            "canDownload" => rt::read_field(map, &mut self.can_download),
            "protocolName" => rt::read_field(map, &mut self.protocol_name),
            "pushDeptIds" => rt::read_field(map, &mut self.push_dept_ids),
            "pushStaffIds" => rt::read_field(map, &mut self.push_staff_ids),
            "signTermFiles" => rt::read_field(map, &mut self.sign_term_files),
            "termMessage" => rt::read_field(map, &mut self.term_message),
            "unpushDeptIds" => rt::read_field(map, &mut self.unpush_dept_ids),
            "unpushStaffIds" => rt::read_field(map, &mut self.unpush_staff_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddCustomSignConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddOrgRequest {
    /// A `AddOrgRequest` with its required fields (`mobileNum`, `name`); set the others with the methods named after them.
    pub fn new(mobile_num: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            city: None,
            industry: None,
            industry_code: None,
            mobile_num: mobile_num.into(),
            name: name.into(),
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
impl rt::serde::Serialize for AddOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("city", &self.city)?;
        object.optional("industry", &self.industry)?;
        object.optional("industryCode", &self.industry_code)?;
        object.field("mobileNum", &self.mobile_num)?;
        object.field("name", &self.name)?;
        object.optional("province", &self.province)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "city" => rt::read_field(map, &mut self.city),
            "industry" => rt::read_field(map, &mut self.industry),
            "industryCode" => rt::read_field(map, &mut self.industry_code),
            "mobileNum" => rt::read_field(map, &mut self.mobile_num),
            "name" => rt::read_field(map, &mut self.name),
            "province" => rt::read_field(map, &mut self.province),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::approve_process_callback`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ApproveProcessCallbackRequest {
    /// A `ApproveProcessCallbackRequest` with its required fields (`accessKeyId`, `accessKeySecret`, `request`); set the others with the methods named after them.
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<String>,
        request: ApproveProcessCallbackRequestRequest,
    ) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            access_key_secret: access_key_secret.into(),
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
impl rt::serde::Serialize for ApproveProcessCallbackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("accessKeyId", &self.access_key_id)?;
        object.field("accessKeySecret", &self.access_key_secret)?;
        object.field("request", &self.request)?;
        object.optional("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ApproveProcessCallbackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ApproveProcessCallbackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "accessKeySecret" => rt::read_field(map, &mut self.access_key_secret),
            "request" => rt::read_field(map, &mut self.request),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ApproveProcessCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ban_or_open_group_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BanOrOpenGroupWordsRequest {
    /// `banWordsType`.
    pub ban_words_type: i64,
    /// `openConverationId`.
    pub open_converation_id: String,
}
impl BanOrOpenGroupWordsRequest {
    /// A `BanOrOpenGroupWordsRequest` with its required fields (`banWordsType`, `openConverationId`); set the others with the methods named after them.
    pub fn new(ban_words_type: i64, open_converation_id: impl Into<String>) -> Self {
        Self {
            ban_words_type,
            open_converation_id: open_converation_id.into(),
        }
    }
}
impl rt::serde::Serialize for BanOrOpenGroupWordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("banWordsType", &self.ban_words_type)?;
        object.field("openConverationId", &self.open_converation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BanOrOpenGroupWordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BanOrOpenGroupWordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "banWordsType" => rt::read_field(map, &mut self.ban_words_type),
            "openConverationId" => rt::read_field(map, &mut self.open_converation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BanOrOpenGroupWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::business_event_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BusinessEventUpdateRequest {
    /// A `BusinessEventUpdateRequest` with its required fields (`businessData`, `eventType`, `openConversationId`, `updateByKey`); set the others with the methods named after them.
    pub fn new(
        business_data: impl IntoIterator<
            Item = (impl Into<String>, rt::serde_json::Value),
        >,
        event_type: i64,
        open_conversation_id: impl Into<String>,
        update_by_key: bool,
    ) -> Self {
        Self {
            business_data: business_data
                .into_iter()
                .map(|(k, v)| (k.into(), v))
                .collect(),
            event_type,
            open_conversation_id: open_conversation_id.into(),
            update_by_key,
        }
    }
}
impl rt::serde::Serialize for BusinessEventUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("businessData", &self.business_data)?;
        object.field("eventType", &self.event_type)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("updateByKey", &self.update_by_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BusinessEventUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BusinessEventUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessData" => rt::read_field(map, &mut self.business_data),
            "eventType" => rt::read_field(map, &mut self.event_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "updateByKey" => rt::read_field(map, &mut self.update_by_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BusinessEventUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_control_hit_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckControlHitStatusRequest {
    /// `needMissedFunction`: a query parameter.
    pub need_missed_function: Option<bool>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl CheckControlHitStatusRequest {
    /// A `CheckControlHitStatusRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            need_missed_function: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `needMissedFunction`.
    pub fn need_missed_function(mut self, value: bool) -> Self {
        self.need_missed_function = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckControlHitStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckControlHitStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "needMissedFunction" => rt::read_field(map, &mut self.need_missed_function),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CleanFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryIds", &self.dentry_ids)?;
        object.optional("staffId", &self.staff_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CleanFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CleanFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryIds" => rt::read_field(map, &mut self.dentry_ids),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateCategoryAndBindingGroupsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("groupIds", &self.group_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCategoryAndBindingGroupsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCategoryAndBindingGroupsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "groupIds" => rt::read_field(map, &mut self.group_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateCategoryAndBindingGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_dlp_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateDlpTaskRequest {
    /// `dentryId`.
    pub dentry_id: String,
    /// `spaceId`.
    pub space_id: String,
    /// `userId`.
    pub user_id: String,
}
impl CreateDlpTaskRequest {
    /// A `CreateDlpTaskRequest` with its required fields (`dentryId`, `spaceId`, `userId`); set the others with the methods named after them.
    pub fn new(
        dentry_id: impl Into<String>,
        space_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            dentry_id: dentry_id.into(),
            space_id: space_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CreateDlpTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryId", &self.dentry_id)?;
        object.field("spaceId", &self.space_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateDlpTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDlpTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateMessageCategoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("groupIds", &self.group_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateMessageCategoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMessageCategoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "groupIds" => rt::read_field(map, &mut self.group_ids),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateRuleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customPlan", &self.custom_plan)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRuleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRuleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customPlan" => rt::read_field(map, &mut self.custom_plan),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_trusted_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateTrustedDeviceRequest {
    /// A `CreateTrustedDeviceRequest` with its required fields (`platform`, `userId`); set the others with the methods named after them.
    pub fn new(platform: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            did: None,
            mac_address: None,
            platform: platform.into(),
            serial_number: None,
            status: None,
            title: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for CreateTrustedDeviceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("did", &self.did)?;
        object.optional("macAddress", &self.mac_address)?;
        object.field("platform", &self.platform)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTrustedDeviceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTrustedDeviceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "did" => rt::read_field(map, &mut self.did),
            "macAddress" => rt::read_field(map, &mut self.mac_address),
            "platform" => rt::read_field(map, &mut self.platform),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateTrustedDeviceBatchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detailList", &self.detail_list)?;
        object.optional("macAddressList", &self.mac_address_list)?;
        object.optional("platform", &self.platform)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTrustedDeviceBatchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTrustedDeviceBatchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detailList" => rt::read_field(map, &mut self.detail_list),
            "macAddressList" => rt::read_field(map, &mut self.mac_address_list),
            "platform" => rt::read_field(map, &mut self.platform),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTrustedDeviceBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_virus_scan_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateVirusScanTaskRequest {
    /// A `CreateVirusScanTaskRequest` with its required fields (`source`, `userId`); set the others with the methods named after them.
    pub fn new(source: i64, user_id: impl Into<String>) -> Self {
        Self {
            dentry_id: None,
            download_url: None,
            file_md5: None,
            file_name: None,
            file_size: None,
            source,
            space_id: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for CreateVirusScanTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("fileMd5", &self.file_md5)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.field("source", &self.source)?;
        object.optional("spaceId", &self.space_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateVirusScanTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateVirusScanTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "fileMd5" => rt::read_field(map, &mut self.file_md5),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "source" => rt::read_field(map, &mut self.source),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateVirusScanTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::data_sync`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DataSyncRequest {
    /// `sql`.
    pub sql: String,
}
impl DataSyncRequest {
    /// A `DataSyncRequest` with its required fields (`sql`); set the others with the methods named after them.
    pub fn new(sql: impl Into<String>) -> Self {
        Self { sql: sql.into() }
    }
}
impl rt::serde::Serialize for DataSyncRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("sql", &self.sql)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DataSyncRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DataSyncRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sql" => rt::read_field(map, &mut self.sql),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DataSyncRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_trusted_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DeleteTrustedDeviceRequest {
    /// A `DeleteTrustedDeviceRequest` with its required fields (`kickOff`, `userId`); set the others with the methods named after them.
    pub fn new(kick_off: bool, user_id: impl Into<String>) -> Self {
        Self {
            did: None,
            id: None,
            kick_off,
            mac_address: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for DeleteTrustedDeviceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("did", &self.did)?;
        object.optional("id", &self.id)?;
        object.field("kickOff", &self.kick_off)?;
        object.optional("macAddress", &self.mac_address)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteTrustedDeviceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteTrustedDeviceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "did" => rt::read_field(map, &mut self.did),
            "id" => rt::read_field(map, &mut self.id),
            "kickOff" => rt::read_field(map, &mut self.kick_off),
            "macAddress" => rt::read_field(map, &mut self.mac_address),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteTrustedDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::distribute_partner_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DistributePartnerAppRequest {
    /// A `DistributePartnerAppRequest` with its required fields (`appId`, `subCorpId`, `type`); set the others with the methods named after them.
    pub fn new(app_id: i64, sub_corp_id: impl Into<String>, r#type: i64) -> Self {
        Self {
            app_id,
            dept_id: None,
            sub_corp_id: sub_corp_id.into(),
            r#type,
        }
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for DistributePartnerAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appId", &self.app_id)?;
        object.optional("deptId", &self.dept_id)?;
        object.field("subCorpId", &self.sub_corp_id)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DistributePartnerAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DistributePartnerAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DistributePartnerAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_security_config_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditSecurityConfigMemberRequest {
    /// A `EditSecurityConfigMemberRequest` with its required fields (`configKey`, `operateType`, `operateUserId`, `userIds`); set the others with the methods named after them.
    pub fn new(
        config_key: impl Into<String>,
        operate_type: impl Into<String>,
        operate_user_id: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            config_key: config_key.into(),
            operate_type: operate_type.into(),
            operate_user_id: operate_user_id.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for EditSecurityConfigMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("configKey", &self.config_key)?;
        object.field("operateType", &self.operate_type)?;
        object.field("operateUserId", &self.operate_user_id)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditSecurityConfigMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditSecurityConfigMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configKey" => rt::read_field(map, &mut self.config_key),
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditSecurityConfigMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::exchange_main_admin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ExchangeMainAdminRequest {
    /// `newAdminUserId`.
    pub new_admin_user_id: String,
    /// `oldAdminUserId`.
    pub old_admin_user_id: String,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
impl ExchangeMainAdminRequest {
    /// A `ExchangeMainAdminRequest` with its required fields (`newAdminUserId`, `oldAdminUserId`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(
        new_admin_user_id: impl Into<String>,
        old_admin_user_id: impl Into<String>,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            new_admin_user_id: new_admin_user_id.into(),
            old_admin_user_id: old_admin_user_id.into(),
            target_corp_id: target_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for ExchangeMainAdminRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("newAdminUserId", &self.new_admin_user_id)?;
        object.field("oldAdminUserId", &self.old_admin_user_id)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExchangeMainAdminRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExchangeMainAdminRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "newAdminUserId" => rt::read_field(map, &mut self.new_admin_user_id),
            "oldAdminUserId" => rt::read_field(map, &mut self.old_admin_user_id),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ExclusiveBannerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allOrg", &self.all_org)?;
        object.optional("duration", &self.duration)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("imageMediaId", &self.image_media_id)?;
        object.optional("openLink", &self.open_link)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExclusiveBannerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExclusiveBannerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allOrg" => rt::read_field(map, &mut self.all_org),
            "duration" => rt::read_field(map, &mut self.duration),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "imageMediaId" => rt::read_field(map, &mut self.image_media_id),
            "openLink" => rt::read_field(map, &mut self.open_link),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExclusiveBannerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::exclusive_create_ding_portal`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExclusiveCreateDingPortalRequest {
    /// A `ExclusiveCreateDingPortalRequest` with its required fields (`targetCorpId`, `templateAppUuid`, `templateCorpId`); set the others with the methods named after them.
    pub fn new(
        target_corp_id: impl Into<String>,
        template_app_uuid: impl Into<String>,
        template_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            ding_portal_name: None,
            target_corp_id: target_corp_id.into(),
            template_app_uuid: template_app_uuid.into(),
            template_corp_id: template_corp_id.into(),
        }
    }
    /// Sets `dingPortalName`.
    pub fn ding_portal_name(mut self, value: impl Into<String>) -> Self {
        self.ding_portal_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ExclusiveCreateDingPortalRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingPortalName", &self.ding_portal_name)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.field("templateAppUuid", &self.template_app_uuid)?;
        object.field("templateCorpId", &self.template_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExclusiveCreateDingPortalRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExclusiveCreateDingPortalRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingPortalName" => rt::read_field(map, &mut self.ding_portal_name),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "templateAppUuid" => rt::read_field(map, &mut self.template_app_uuid),
            "templateCorpId" => rt::read_field(map, &mut self.template_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExclusiveCreateDingPortalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::exclusive_pc_alert`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ExclusivePcAlertRequest {
    /// `imageMediaId`.
    pub image_media_id: String,
    /// `openLink`.
    pub open_link: Option<String>,
    /// `userList`.
    pub user_list: Vec<String>,
}
impl ExclusivePcAlertRequest {
    /// A `ExclusivePcAlertRequest` with its required fields (`imageMediaId`, `userList`); set the others with the methods named after them.
    pub fn new(
        image_media_id: impl Into<String>,
        user_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            image_media_id: image_media_id.into(),
            open_link: None,
            user_list: user_list.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `openLink`.
    pub fn open_link(mut self, value: impl Into<String>) -> Self {
        self.open_link = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ExclusivePcAlertRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("imageMediaId", &self.image_media_id)?;
        object.optional("openLink", &self.open_link)?;
        object.field("userList", &self.user_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExclusivePcAlertRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExclusivePcAlertRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "imageMediaId" => rt::read_field(map, &mut self.image_media_id),
            "openLink" => rt::read_field(map, &mut self.open_link),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExclusivePcAlertRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::exclusive_popup`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExclusivePopupRequest {
    /// A `ExclusivePopupRequest` with its required fields (`endTime`, `imageMediaId`, `startTime`, `userList`); set the others with the methods named after them.
    pub fn new(
        end_time: i64,
        image_media_id: impl Into<String>,
        start_time: i64,
        user_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            end_time,
            image_media_id: image_media_id.into(),
            open_link: None,
            start_time,
            user_list: user_list.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `openLink`.
    pub fn open_link(mut self, value: impl Into<String>) -> Self {
        self.open_link = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ExclusivePopupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("imageMediaId", &self.image_media_id)?;
        object.optional("openLink", &self.open_link)?;
        object.field("startTime", &self.start_time)?;
        object.field("userList", &self.user_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExclusivePopupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExclusivePopupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "imageMediaId" => rt::read_field(map, &mut self.image_media_id),
            "openLink" => rt::read_field(map, &mut self.open_link),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for FileDecryptCallbackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("decryptFileSize", &self.decrypt_file_size)?;
        object.optional("timestamp", &self.timestamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FileDecryptCallbackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FileDecryptCallbackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "decryptFileSize" => rt::read_field(map, &mut self.decrypt_file_size),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for FileEncryptCallbackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("timestamp", &self.timestamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FileEncryptCallbackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FileEncryptCallbackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FileEncryptCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::file_storage_active_storage`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl FileStorageActiveStorageRequest {
    /// A `FileStorageActiveStorageRequest` with its required fields (`accessKeyId`, `accessKeySecret`, `oss`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<String>,
        oss: impl Into<String>,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            access_key_secret: access_key_secret.into(),
            oss: oss.into(),
            target_corp_id: target_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for FileStorageActiveStorageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("accessKeyId", &self.access_key_id)?;
        object.field("accessKeySecret", &self.access_key_secret)?;
        object.field("oss", &self.oss)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FileStorageActiveStorageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FileStorageActiveStorageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "accessKeySecret" => rt::read_field(map, &mut self.access_key_secret),
            "oss" => rt::read_field(map, &mut self.oss),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FileStorageActiveStorageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::file_storage_check_connection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl FileStorageCheckConnectionRequest {
    /// A `FileStorageCheckConnectionRequest` with its required fields (`accessKeyId`, `accessKeySecret`, `oss`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<String>,
        oss: impl Into<String>,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            access_key_secret: access_key_secret.into(),
            oss: oss.into(),
            target_corp_id: target_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for FileStorageCheckConnectionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("accessKeyId", &self.access_key_id)?;
        object.field("accessKeySecret", &self.access_key_secret)?;
        object.field("oss", &self.oss)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FileStorageCheckConnectionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FileStorageCheckConnectionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "accessKeySecret" => rt::read_field(map, &mut self.access_key_secret),
            "oss" => rt::read_field(map, &mut self.oss),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FileStorageCheckConnectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::file_storage_get_quota_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl FileStorageGetQuotaDataRequest {
    /// A `FileStorageGetQuotaDataRequest` with its required fields (`endTime`, `startTime`, `targetCorpId`, `type`); set the others with the methods named after them.
    pub fn new(
        end_time: impl Into<String>,
        start_time: impl Into<String>,
        target_corp_id: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            end_time: end_time.into(),
            start_time: start_time.into(),
            target_corp_id: target_corp_id.into(),
            r#type: r#type.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FileStorageGetQuotaDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FileStorageGetQuotaDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FileStorageGetStorageStateRequest {
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
impl FileStorageGetStorageStateRequest {
    /// A `FileStorageGetStorageStateRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(target_corp_id: impl Into<String>) -> Self {
        Self {
            target_corp_id: target_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FileStorageGetStorageStateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FileStorageGetStorageStateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FileStorageGetStorageStateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::file_storage_update_storage`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FileStorageUpdateStorageRequest {
    /// `accessKeyId`.
    pub access_key_id: String,
    /// `accessKeySecret`.
    pub access_key_secret: String,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
impl FileStorageUpdateStorageRequest {
    /// A `FileStorageUpdateStorageRequest` with its required fields (`accessKeyId`, `accessKeySecret`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<String>,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            access_key_secret: access_key_secret.into(),
            target_corp_id: target_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for FileStorageUpdateStorageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("accessKeyId", &self.access_key_id)?;
        object.field("accessKeySecret", &self.access_key_secret)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FileStorageUpdateStorageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FileStorageUpdateStorageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "accessKeySecret" => rt::read_field(map, &mut self.access_key_secret),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FileStorageUpdateStorageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::generate_dark_water_mark`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GenerateDarkWaterMarkRequest {
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
impl GenerateDarkWaterMarkRequest {
    /// A `GenerateDarkWaterMarkRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(user_id_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GenerateDarkWaterMarkRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GenerateDarkWaterMarkRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GenerateDarkWaterMarkRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GenerateDarkWaterMarkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_account_transfer_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAccountTransferListRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `status`: a query parameter.
    pub status: i64,
}
impl GetAccountTransferListRequest {
    /// A `GetAccountTransferListRequest` with its required fields (`pageNumber`, `pageSize`, `status`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, status: i64) -> Self {
        Self {
            page_number,
            page_size,
            status,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAccountTransferListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAccountTransferListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAgentIdByRelatedAppIdRequest {
    /// `appId`: a query parameter.
    pub app_id: i64,
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
impl GetAgentIdByRelatedAppIdRequest {
    /// A `GetAgentIdByRelatedAppIdRequest` with its required fields (`appId`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(app_id: i64, target_corp_id: impl Into<String>) -> Self {
        Self {
            app_id,
            target_corp_id: target_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAgentIdByRelatedAppIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAgentIdByRelatedAppIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAppDispatchInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAppDispatchInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCidsByBotCodeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCidsByBotCodeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetClassTagRequest {
    /// `entityId`: a query parameter.
    pub entity_id: String,
    /// `tagCode`: a query parameter.
    pub tag_code: String,
}
impl GetClassTagRequest {
    /// A `GetClassTagRequest` with its required fields (`entityId`, `tagCode`); set the others with the methods named after them.
    pub fn new(entity_id: impl Into<String>, tag_code: impl Into<String>) -> Self {
        Self {
            entity_id: entity_id.into(),
            tag_code: tag_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetClassTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetClassTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetClassTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("entityId", &self.entity_id);
        writer.query("tagCode", &self.tag_code);
    }
}
/// The request of [`Api::get_comment_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCommentListRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl GetCommentListRequest {
    /// A `GetCommentListRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
        Self { page_number, page_size }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCommentListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCommentListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCommentListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::get_conf_base_info_by_logical_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetConfBaseInfoByLogicalIdRequest {
    /// `logicalConferenceId`: a query parameter.
    pub logical_conference_id: String,
}
impl GetConfBaseInfoByLogicalIdRequest {
    /// A `GetConfBaseInfoByLogicalIdRequest` with its required fields (`logicalConferenceId`); set the others with the methods named after them.
    pub fn new(logical_conference_id: impl Into<String>) -> Self {
        Self {
            logical_conference_id: logical_conference_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetConfBaseInfoByLogicalIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetConfBaseInfoByLogicalIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "logicalConferenceId" => rt::read_field(map, &mut self.logical_conference_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetConfBaseInfoByLogicalIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("logicalConferenceId", &self.logical_conference_id);
    }
}
/// The request of [`Api::get_conversation_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetConversationDetailRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl GetConversationDetailRequest {
    /// A `GetConversationDetailRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetConversationDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetConversationDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetConversationDetailRequest {
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
impl rt::WriteRequest for GetConversationDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_ding_report_dept_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDingReportDeptSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl GetDingReportDeptSummaryRequest {
    /// A `GetDingReportDeptSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self { max_results, next_token }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDingReportDeptSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDingReportDeptSummaryRequest {
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
impl rt::WriteRequest for GetDingReportDeptSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_doc_created_dept_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDocCreatedDeptSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl GetDocCreatedDeptSummaryRequest {
    /// A `GetDocCreatedDeptSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self { max_results, next_token }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDocCreatedDeptSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDocCreatedDeptSummaryRequest {
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
impl rt::WriteRequest for GetDocCreatedDeptSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_exclusive_account_all_org_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetExclusiveAccountAllOrgListRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetExclusiveAccountAllOrgListRequest {
    /// A `GetExclusiveAccountAllOrgListRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetExclusiveAccountAllOrgListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetExclusiveAccountAllOrgListRequest {
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
impl rt::WriteRequest for GetExclusiveAccountAllOrgListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_general_form_created_dept_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetGeneralFormCreatedDeptSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl GetGeneralFormCreatedDeptSummaryRequest {
    /// A `GetGeneralFormCreatedDeptSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self { max_results, next_token }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetGeneralFormCreatedDeptSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetGeneralFormCreatedDeptSummaryRequest {
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
impl rt::WriteRequest for GetGeneralFormCreatedDeptSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_group_active_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetGroupActiveInfoRequest {
    /// A `GetGroupActiveInfoRequest` with its required fields (`pageNumber`, `pageSize`, `statDate`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, stat_date: impl Into<String>) -> Self {
        Self {
            ding_group_id: None,
            group_type: None,
            page_number,
            page_size,
            stat_date: stat_date.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetGroupActiveInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetGroupActiveInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingGroupId" => rt::read_field(map, &mut self.ding_group_id),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "statDate" => rt::read_field(map, &mut self.stat_date),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetGroupInfoByCidRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetGroupInfoByCidRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetGroupOrgByCidRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetGroupOrgByCidRequest {
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
impl rt::WriteRequest for GetGroupOrgByCidRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
    }
}
/// The request of [`Api::get_in_active_user_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetInActiveUserListRequest {
    /// A `GetInActiveUserListRequest` with its required fields (`pageNumber`, `pageSize`, `statDate`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, stat_date: impl Into<String>) -> Self {
        Self {
            dept_ids: None,
            page_number,
            page_size,
            stat_date: stat_date.into(),
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
impl rt::serde::Serialize for GetInActiveUserListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.field("statDate", &self.stat_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInActiveUserListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInActiveUserListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "statDate" => rt::read_field(map, &mut self.stat_date),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetInActiveUserListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_last_org_auth_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetLastOrgAuthDataRequest {
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
impl GetLastOrgAuthDataRequest {
    /// A `GetLastOrgAuthDataRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(target_corp_id: impl Into<String>) -> Self {
        Self {
            target_corp_id: target_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetLastOrgAuthDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetLastOrgAuthDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetLastOrgAuthDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::get_msg_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetMsgConfigRequest {
    /// A `GetMsgConfigRequest` with its required fields (`secretKey`); set the others with the methods named after them.
    pub fn new(secret_key: impl Into<String>) -> Self {
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
            secret_key: secret_key.into(),
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
impl rt::serde::Serialize for GetMsgConfigRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupTopic", &self.group_topic)?;
        object.optional("groupType", &self.group_type)?;
        object.optional("listDynamicAttr", &self.list_dynamic_attr)?;
        object.optional("listEmployeeCode", &self.list_employee_code)?;
        object.optional("listUnitId", &self.list_unit_id)?;
        object.optional("ownerJobNo", &self.owner_job_no)?;
        object.optional("ruleBusinessCode", &self.rule_business_code)?;
        object.optional("ruleCategory", &self.rule_category)?;
        object.optional("ruleCode", &self.rule_code)?;
        object.field("secretKey", &self.secret_key)?;
        object.optional("sysCode", &self.sys_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMsgConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMsgConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupTopic" => rt::read_field(map, &mut self.group_topic),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "listDynamicAttr" => rt::read_field(map, &mut self.list_dynamic_attr),
            "listEmployeeCode" => rt::read_field(map, &mut self.list_employee_code),
            "listUnitId" => rt::read_field(map, &mut self.list_unit_id),
            "ownerJobNo" => rt::read_field(map, &mut self.owner_job_no),
            "ruleBusinessCode" => rt::read_field(map, &mut self.rule_business_code),
            "ruleCategory" => rt::read_field(map, &mut self.rule_category),
            "ruleCode" => rt::read_field(map, &mut self.rule_code),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            "sysCode" => rt::read_field(map, &mut self.sys_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMsgConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_msg_location`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetMsgLocationRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMsgId`.
    pub open_msg_id: String,
    /// `userId`.
    pub user_id: String,
}
impl GetMsgLocationRequest {
    /// A `GetMsgLocationRequest` with its required fields (`openConversationId`, `openMsgId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_msg_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_msg_id: open_msg_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetMsgLocationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openMsgId", &self.open_msg_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMsgLocationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMsgLocationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMsgLocationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_msg_record_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetMsgRecordDetailRequest {
    /// `task_id`.
    pub task_id: String,
    /// `unionid`.
    pub unionid: String,
}
impl GetMsgRecordDetailRequest {
    /// A `GetMsgRecordDetailRequest` with its required fields (`task_id`, `unionid`); set the others with the methods named after them.
    pub fn new(task_id: impl Into<String>, unionid: impl Into<String>) -> Self {
        Self {
            task_id: task_id.into(),
            unionid: unionid.into(),
        }
    }
}
impl rt::serde::Serialize for GetMsgRecordDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("task_id", &self.task_id)?;
        object.field("unionid", &self.unionid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMsgRecordDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMsgRecordDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "task_id" => rt::read_field(map, &mut self.task_id),
            "unionid" => rt::read_field(map, &mut self.unionid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMsgRecordDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_oa_operator_log_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetOaOperatorLogListRequest {
    /// A `GetOaOperatorLogListRequest` with its required fields (`endTime`, `pageNumber`, `pageSize`, `startTime`); set the others with the methods named after them.
    pub fn new(
        end_time: i64,
        page_number: i64,
        page_size: i64,
        start_time: i64,
    ) -> Self {
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
impl rt::serde::Serialize for GetOaOperatorLogListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryList", &self.category_list)?;
        object.field("endTime", &self.end_time)?;
        object.optional("opUserId", &self.op_user_id)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.field("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOaOperatorLogListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOaOperatorLogListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryList" => rt::read_field(map, &mut self.category_list),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOaOperatorLogListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_out_groups_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetOutGroupsByPageRequest {
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: Option<i64>,
}
impl GetOutGroupsByPageRequest {
    /// A `GetOutGroupsByPageRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(page_number: i64) -> Self {
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
impl rt::serde::Serialize for GetOutGroupsByPageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOutGroupsByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOutGroupsByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOutGroupsByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_outside_audit_group_message_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetOutsideAuditGroupMessageByPageRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl GetOutsideAuditGroupMessageByPageRequest {
    /// A `GetOutsideAuditGroupMessageByPageRequest` with its required fields (`nextToken`, `openConversationId`); set the others with the methods named after them.
    pub fn new(next_token: i64, open_conversation_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token,
            open_conversation_id: open_conversation_id.into(),
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetOutsideAuditGroupMessageByPageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOutsideAuditGroupMessageByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOutsideAuditGroupMessageByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOutsideAuditGroupMessageByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_private_store_capacity_usage`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPrivateStoreCapacityUsageRequest {
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
impl GetPrivateStoreCapacityUsageRequest {
    /// A `GetPrivateStoreCapacityUsageRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(target_corp_id: impl Into<String>) -> Self {
        Self {
            target_corp_id: target_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPrivateStoreCapacityUsageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPrivateStoreCapacityUsageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetPrivateStoreCapacityUsageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::get_private_store_file_infos_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetPrivateStoreFileInfosByPageRequest {
    /// A `GetPrivateStoreFileInfosByPageRequest` with its required fields (`fileCreateTime`, `order`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(
        file_create_time: i64,
        order: impl Into<String>,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            content_type: None,
            dept_ids: None,
            file_create_time,
            file_status: None,
            max_results: None,
            name: None,
            next_token: None,
            order: order.into(),
            scene_type: None,
            target_corp_id: target_corp_id.into(),
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
impl rt::serde::Serialize for GetPrivateStoreFileInfosByPageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.field("fileCreateTime", &self.file_create_time)?;
        object.optional("fileStatus", &self.file_status)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("name", &self.name)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("order", &self.order)?;
        object.optional("sceneType", &self.scene_type)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPrivateStoreFileInfosByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPrivateStoreFileInfosByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "fileCreateTime" => rt::read_field(map, &mut self.file_create_time),
            "fileStatus" => rt::read_field(map, &mut self.file_status),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "name" => rt::read_field(map, &mut self.name),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "order" => rt::read_field(map, &mut self.order),
            "sceneType" => rt::read_field(map, &mut self.scene_type),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetPrivateStoreFileInfosByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_private_store_file_path`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPrivateStoreFilePathRequest {
    /// `dentryId`.
    pub dentry_id: i64,
    /// `spaceId`.
    pub space_id: i64,
}
impl GetPrivateStoreFilePathRequest {
    /// A `GetPrivateStoreFilePathRequest` with its required fields (`dentryId`, `spaceId`); set the others with the methods named after them.
    pub fn new(dentry_id: i64, space_id: i64) -> Self {
        Self { dentry_id, space_id }
    }
}
impl rt::serde::Serialize for GetPrivateStoreFilePathRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryId", &self.dentry_id)?;
        object.field("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPrivateStoreFilePathRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPrivateStoreFilePathRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetPrivateStoreFileTaskInfosByPageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("taskStatus", &self.task_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPrivateStoreFileTaskInfosByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPrivateStoreFileTaskInfosByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "taskStatus" => rt::read_field(map, &mut self.task_status),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetPrivateStoreTaskFileInfosByPageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPrivateStoreTaskFileInfosByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPrivateStoreTaskFileInfosByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPublicDevicesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPublicDevicesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "didList" => rt::read_field(map, &mut self.did_list),
            "encryptDeviceIdList" => {
                rt::read_field(map, &mut self.encrypt_device_id_list)
            }
            "endTime" => rt::read_field(map, &mut self.end_time),
            "macAddress" => rt::read_field(map, &mut self.mac_address),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "platform" => rt::read_field(map, &mut self.platform),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "serialNumberList" => rt::read_field(map, &mut self.serial_number_list),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPublisherSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl GetPublisherSummaryRequest {
    /// A `GetPublisherSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self { max_results, next_token }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPublisherSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPublisherSummaryRequest {
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
impl rt::WriteRequest for GetPublisherSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_real_people_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetRealPeopleRecordsRequest {
    /// A `GetRealPeopleRecordsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
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
impl rt::serde::Serialize for GetRealPeopleRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("fromTime", &self.from_time)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.optional("personIdentification", &self.person_identification)?;
        object.optional("scene", &self.scene)?;
        object.optional("toTime", &self.to_time)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRealPeopleRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRealPeopleRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "fromTime" => rt::read_field(map, &mut self.from_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "personIdentification" => {
                rt::read_field(map, &mut self.person_identification)
            }
            "scene" => rt::read_field(map, &mut self.scene),
            "toTime" => rt::read_field(map, &mut self.to_time),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRealPeopleRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_recognize_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetRecognizeRecordsRequest {
    /// A `GetRecognizeRecordsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
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
impl rt::serde::Serialize for GetRecognizeRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("faceCompareResult", &self.face_compare_result)?;
        object.optional("fromTime", &self.from_time)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.optional("toTime", &self.to_time)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRecognizeRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRecognizeRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "faceCompareResult" => rt::read_field(map, &mut self.face_compare_result),
            "fromTime" => rt::read_field(map, &mut self.from_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "toTime" => rt::read_field(map, &mut self.to_time),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRobotInfoByCodeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRobotInfoByCodeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRobotInfoByCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("robotCode", &self.robot_code);
    }
}
/// The request of [`Api::get_security_config_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSecurityConfigMemberRequest {
    /// `configKey`.
    pub config_key: String,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: f64,
}
impl GetSecurityConfigMemberRequest {
    /// A `GetSecurityConfigMemberRequest` with its required fields (`configKey`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(
        config_key: impl Into<String>,
        max_results: i64,
        next_token: f64,
    ) -> Self {
        Self {
            config_key: config_key.into(),
            max_results,
            next_token,
        }
    }
}
impl rt::serde::Serialize for GetSecurityConfigMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("configKey", &self.config_key)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSecurityConfigMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSecurityConfigMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configKey" => rt::read_field(map, &mut self.config_key),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSecurityConfigMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_signed_detail_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSignedDetailByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `signStatus`: a query parameter.
    pub sign_status: i64,
}
impl GetSignedDetailByPageRequest {
    /// A `GetSignedDetailByPageRequest` with its required fields (`pageNumber`, `pageSize`, `signStatus`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, sign_status: i64) -> Self {
        Self {
            page_number,
            page_size,
            sign_status,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSignedDetailByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSignedDetailByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "signStatus" => rt::read_field(map, &mut self.sign_status),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetTrustDeviceListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("gmtCreateEnd", &self.gmt_create_end)?;
        object.optional("gmtCreateStart", &self.gmt_create_start)?;
        object.optional("gmtModifiedEnd", &self.gmt_modified_end)?;
        object.optional("gmtModifiedStart", &self.gmt_modified_start)?;
        object.optional("macAddress", &self.mac_address)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("platform", &self.platform)?;
        object.optional("serialNumber", &self.serial_number)?;
        object.optional("serialNumberList", &self.serial_number_list)?;
        object.optional("status", &self.status)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTrustDeviceListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTrustDeviceListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "gmtCreateEnd" => rt::read_field(map, &mut self.gmt_create_end),
            "gmtCreateStart" => rt::read_field(map, &mut self.gmt_create_start),
            "gmtModifiedEnd" => rt::read_field(map, &mut self.gmt_modified_end),
            "gmtModifiedStart" => rt::read_field(map, &mut self.gmt_modified_start),
            "macAddress" => rt::read_field(map, &mut self.mac_address),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "platform" => rt::read_field(map, &mut self.platform),
            "serialNumber" => rt::read_field(map, &mut self.serial_number),
            "serialNumberList" => rt::read_field(map, &mut self.serial_number_list),
            "status" => rt::read_field(map, &mut self.status),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTrustDeviceListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_app_version_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserAppVersionSummaryRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl GetUserAppVersionSummaryRequest {
    /// A `GetUserAppVersionSummaryRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self { max_results, next_token }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserAppVersionSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserAppVersionSummaryRequest {
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
impl rt::WriteRequest for GetUserAppVersionSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_user_face_state`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserFaceStateRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl GetUserFaceStateRequest {
    /// A `GetUserFaceStateRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetUserFaceStateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserFaceStateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserFaceStateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserFaceStateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_real_people_state`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserRealPeopleStateRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl GetUserRealPeopleStateRequest {
    /// A `GetUserRealPeopleStateRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetUserRealPeopleStateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserRealPeopleStateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserRealPeopleStateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserRealPeopleStateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_stay_length`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserStayLengthRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
impl GetUserStayLengthRequest {
    /// A `GetUserStayLengthRequest` with its required fields (`pageNumber`, `pageSize`, `statDate`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, stat_date: impl Into<String>) -> Self {
        Self {
            page_number,
            page_size,
            stat_date: stat_date.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserStayLengthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserStayLengthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "statDate" => rt::read_field(map, &mut self.stat_date),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetVirusScanResultRequest {
    /// `taskId`.
    pub task_id: String,
}
impl GetVirusScanResultRequest {
    /// A `GetVirusScanResultRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self { task_id: task_id.into() }
    }
}
impl rt::serde::Serialize for GetVirusScanResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetVirusScanResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetVirusScanResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetVirusScanResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_query_by_attr`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GroupQueryByAttrRequest {
    /// A `GroupQueryByAttrRequest` with its required fields (`corpId`, `secretKey`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Self {
            corp_id: corp_id.into(),
            group_topic: None,
            group_type: None,
            list_dynamic_attr: None,
            page_index: None,
            page_size: None,
            secret_key: secret_key.into(),
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
impl rt::serde::Serialize for GroupQueryByAttrRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("groupTopic", &self.group_topic)?;
        object.optional("groupType", &self.group_type)?;
        object.optional("listDynamicAttr", &self.list_dynamic_attr)?;
        object.optional("pageIndex", &self.page_index)?;
        object.optional("pageSize", &self.page_size)?;
        object.field("secretKey", &self.secret_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupQueryByAttrRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupQueryByAttrRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "groupTopic" => rt::read_field(map, &mut self.group_topic),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "listDynamicAttr" => rt::read_field(map, &mut self.list_dynamic_attr),
            "pageIndex" => rt::read_field(map, &mut self.page_index),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupQueryByAttrRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_query_by_open_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GroupQueryByOpenIdRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `secretKey`.
    pub secret_key: String,
}
impl GroupQueryByOpenIdRequest {
    /// A `GroupQueryByOpenIdRequest` with its required fields (`openConversationId`, `secretKey`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            secret_key: secret_key.into(),
        }
    }
}
impl rt::serde::Serialize for GroupQueryByOpenIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("secretKey", &self.secret_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupQueryByOpenIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupQueryByOpenIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupQueryByOpenIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_audit_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListAuditLogRequest {
    /// A `ListAuditLogRequest` with its required fields (`endDate`, `pageSize`, `startDate`); set the others with the methods named after them.
    pub fn new(end_date: i64, page_size: i64, start_date: i64) -> Self {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAuditLogRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAuditLogRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endDate" => rt::read_field(map, &mut self.end_date),
            "nextBizId" => rt::read_field(map, &mut self.next_biz_id),
            "nextGmtCreate" => rt::read_field(map, &mut self.next_gmt_create),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListByCodesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListByCodesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListByPluginIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListByPluginIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListCategorysRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: ListCategorysRequestBody,
}
impl ListCategorysRequest {
    /// A `ListCategorysRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: ListCategorysRequestBody) -> Self {
        Self { body }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListCategorysRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListCategorysRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListCategorysRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::list_join_org_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListJoinOrgInfoRequest {
    /// `mobile`: a query parameter.
    pub mobile: String,
}
impl ListJoinOrgInfoRequest {
    /// A `ListJoinOrgInfoRequest` with its required fields (`mobile`); set the others with the methods named after them.
    pub fn new(mobile: impl Into<String>) -> Self {
        Self { mobile: mobile.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListJoinOrgInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListJoinOrgInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobile" => rt::read_field(map, &mut self.mobile),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListJoinOrgInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mobile", &self.mobile);
    }
}
/// The request of [`Api::list_mini_app_available_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListMiniAppAvailableVersionRequest {
    /// A `ListMiniAppAvailableVersionRequest` with its required fields (`pageNumber`, `pageSize`, `versionTypeSet`); set the others with the methods named after them.
    pub fn new(
        page_number: i64,
        page_size: i64,
        version_type_set: impl IntoIterator<Item = i64>,
    ) -> Self {
        Self {
            mini_app_id: None,
            page_number,
            page_size,
            version_type_set: version_type_set.into_iter().collect(),
        }
    }
    /// Sets `miniAppId`.
    pub fn mini_app_id(mut self, value: impl Into<String>) -> Self {
        self.mini_app_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ListMiniAppAvailableVersionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("miniAppId", &self.mini_app_id)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.field("versionTypeSet", &self.version_type_set)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListMiniAppAvailableVersionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListMiniAppAvailableVersionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "miniAppId" => rt::read_field(map, &mut self.mini_app_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "versionTypeSet" => rt::read_field(map, &mut self.version_type_set),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListMiniAppAvailableVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_mini_app_history_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListMiniAppHistoryVersionRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl ListMiniAppHistoryVersionRequest {
    /// A `ListMiniAppHistoryVersionRequest` with its required fields (`miniAppId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(
        mini_app_id: impl Into<String>,
        page_number: i64,
        page_size: i64,
    ) -> Self {
        Self {
            mini_app_id: mini_app_id.into(),
            page_number,
            page_size,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListMiniAppHistoryVersionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListMiniAppHistoryVersionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "miniAppId" => rt::read_field(map, &mut self.mini_app_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListPunchScheduleByConditionWithPagingRequest {
    /// A `ListPunchScheduleByConditionWithPagingRequest` with its required fields (`bizInstanceId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(
        biz_instance_id: impl Into<String>,
        max_results: i64,
        next_token: i64,
    ) -> Self {
        Self {
            biz_instance_id: biz_instance_id.into(),
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
impl rt::serde::Serialize for ListPunchScheduleByConditionWithPagingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizInstanceId", &self.biz_instance_id)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.optional("scheduleDateEnd", &self.schedule_date_end)?;
        object.optional("scheduleDateStart", &self.schedule_date_start)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListPunchScheduleByConditionWithPagingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListPunchScheduleByConditionWithPagingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizInstanceId" => rt::read_field(map, &mut self.biz_instance_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "scheduleDateEnd" => rt::read_field(map, &mut self.schedule_date_end),
            "scheduleDateStart" => rt::read_field(map, &mut self.schedule_date_start),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListPunchScheduleByConditionWithPagingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_rules`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListRulesRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: ListRulesRequestBody,
}
impl ListRulesRequest {
    /// A `ListRulesRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: ListRulesRequestBody) -> Self {
        Self { body }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRulesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRulesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListRulesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::logout`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LogoutRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `userId`.
    pub user_id: String,
}
impl LogoutRequest {
    /// A `LogoutRequest` with its required fields (`deviceType`, `userId`); set the others with the methods named after them.
    pub fn new(device_type: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            device_type: device_type.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for LogoutRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceType", &self.device_type)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LogoutRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LogoutRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LogoutRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_benefit_package`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl OpenBenefitPackageRequest {
    /// A `OpenBenefitPackageRequest` with its required fields (`benefitPackage`, `endDate`, `startDate`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(
        benefit_package: i64,
        end_date: i64,
        start_date: i64,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            benefit_package,
            end_date,
            start_date,
            target_corp_id: target_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for OpenBenefitPackageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("benefitPackage", &self.benefit_package)?;
        object.field("endDate", &self.end_date)?;
        object.field("startDate", &self.start_date)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenBenefitPackageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenBenefitPackageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitPackage" => rt::read_field(map, &mut self.benefit_package),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenBenefitPackageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::opportunity_search`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpportunitySearchRequest {
    /// `targetCorpId`.
    pub target_corp_id: String,
}
impl OpportunitySearchRequest {
    /// A `OpportunitySearchRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(target_corp_id: impl Into<String>) -> Self {
        Self {
            target_corp_id: target_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for OpportunitySearchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpportunitySearchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpportunitySearchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpportunitySearchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::prevent_cheating_check_risk`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PreventCheatingCheckRiskRequest {
    /// A `PreventCheatingCheckRiskRequest` with its required fields (`clientVer`, `platform`, `platformVer`, `sec`, `userId`); set the others with the methods named after them.
    pub fn new(
        client_ver: impl Into<String>,
        platform: impl Into<String>,
        platform_ver: impl Into<String>,
        sec: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            client_ver: client_ver.into(),
            platform: platform.into(),
            platform_ver: platform_ver.into(),
            sec: sec.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for PreventCheatingCheckRiskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("clientVer", &self.client_ver)?;
        object.field("platform", &self.platform)?;
        object.field("platformVer", &self.platform_ver)?;
        object.field("sec", &self.sec)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PreventCheatingCheckRiskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PreventCheatingCheckRiskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clientVer" => rt::read_field(map, &mut self.client_ver),
            "platform" => rt::read_field(map, &mut self.platform),
            "platformVer" => rt::read_field(map, &mut self.platform_ver),
            "sec" => rt::read_field(map, &mut self.sec),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PreventCheatingCheckRiskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::publish_file_change_notice`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PublishFileChangeNoticeRequest {
    /// A `PublishFileChangeNoticeRequest` with its required fields (`fileId`, `operatorUnionId`, `spaceId`); set the others with the methods named after them.
    pub fn new(
        file_id: impl Into<String>,
        operator_union_id: impl Into<String>,
        space_id: impl Into<String>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            operate_type: None,
            operator_union_id: operator_union_id.into(),
            space_id: space_id.into(),
        }
    }
    /// Sets `operateType`.
    pub fn operate_type(mut self, value: impl Into<String>) -> Self {
        self.operate_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PublishFileChangeNoticeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileId", &self.file_id)?;
        object.optional("operateType", &self.operate_type)?;
        object.field("operatorUnionId", &self.operator_union_id)?;
        object.field("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PublishFileChangeNoticeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PublishFileChangeNoticeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for PublishRuleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PublishRuleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PublishRuleRequest {
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
impl rt::WriteRequest for PublishRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_badge`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PushBadgeRequest {
    /// A `PushBadgeRequest` with its required fields (`agentId`, `pushType`); set the others with the methods named after them.
    pub fn new(agent_id: impl Into<String>, push_type: impl Into<String>) -> Self {
        Self {
            agent_id: agent_id.into(),
            badge_items: None,
            push_type: push_type.into(),
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
impl rt::serde::Serialize for PushBadgeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("agentId", &self.agent_id)?;
        object.optional("badgeItems", &self.badge_items)?;
        object.field("pushType", &self.push_type)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PushBadgeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PushBadgeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "badgeItems" => rt::read_field(map, &mut self.badge_items),
            "pushType" => rt::read_field(map, &mut self.push_type),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PushBadgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_across_cloud_stroage_configs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAcrossCloudStroageConfigsRequest {
    /// `targetCloudType`: a query parameter.
    pub target_cloud_type: i64,
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
impl QueryAcrossCloudStroageConfigsRequest {
    /// A `QueryAcrossCloudStroageConfigsRequest` with its required fields (`targetCloudType`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(target_cloud_type: i64, target_corp_id: impl Into<String>) -> Self {
        Self {
            target_cloud_type,
            target_corp_id: target_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAcrossCloudStroageConfigsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAcrossCloudStroageConfigsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetCloudType" => rt::read_field(map, &mut self.target_cloud_type),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAcrossCloudStroageConfigsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCloudType", &self.target_cloud_type);
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::query_channel_staff_info_by_mobile`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryChannelStaffInfoByMobileRequest {
    /// `mobile`: a query parameter.
    pub mobile: String,
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: String,
}
impl QueryChannelStaffInfoByMobileRequest {
    /// A `QueryChannelStaffInfoByMobileRequest` with its required fields (`mobile`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(mobile: impl Into<String>, target_corp_id: impl Into<String>) -> Self {
        Self {
            mobile: mobile.into(),
            target_corp_id: target_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryChannelStaffInfoByMobileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryChannelStaffInfoByMobileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobile" => rt::read_field(map, &mut self.mobile),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryChannelStaffInfoByMobileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mobile", &self.mobile);
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::query_conversation_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryConversationPageRequest {
    /// `categoryId`: a query parameter.
    pub category_id: i64,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
impl QueryConversationPageRequest {
    /// A `QueryConversationPageRequest` with its required fields (`categoryId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(
        category_id: i64,
        max_results: i64,
        next_token: impl Into<String>,
    ) -> Self {
        Self {
            category_id,
            max_results,
            next_token: next_token.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryConversationPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryConversationPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryMsgSendRecordsRequest {
    /// A `QueryMsgSendRecordsRequest` with its required fields (`page_number`, `page_size`, `unionid`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, unionid: impl Into<String>) -> Self {
        Self {
            end_time: None,
            msg_type_list: None,
            msg_source: None,
            page_number,
            page_size,
            start_time: None,
            status: None,
            unionid: unionid.into(),
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
impl rt::serde::Serialize for QueryMsgSendRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("end_time", &self.end_time)?;
        object.optional("msgTypeList", &self.msg_type_list)?;
        object.optional("msg_source", &self.msg_source)?;
        object.field("page_number", &self.page_number)?;
        object.field("page_size", &self.page_size)?;
        object.optional("start_time", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.field("unionid", &self.unionid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMsgSendRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMsgSendRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "end_time" => rt::read_field(map, &mut self.end_time),
            "msgTypeList" => rt::read_field(map, &mut self.msg_type_list),
            "msg_source" => rt::read_field(map, &mut self.msg_source),
            "page_number" => rt::read_field(map, &mut self.page_number),
            "page_size" => rt::read_field(map, &mut self.page_size),
            "start_time" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "unionid" => rt::read_field(map, &mut self.unionid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMsgSendRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_user_behavior`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryUserBehaviorRequest {
    /// A `QueryUserBehaviorRequest` with its required fields (`pageNumber`, `pageSize`, `platform`, `type`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, platform: i64, r#type: i64) -> Self {
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
impl rt::serde::Serialize for QueryUserBehaviorRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.field("platform", &self.platform)?;
        object.optional("startTime", &self.start_time)?;
        object.field("type", &self.r#type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserBehaviorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserBehaviorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "platform" => rt::read_field(map, &mut self.platform),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RollbackMiniAppVersionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("miniAppId", &self.mini_app_id)?;
        object.optional("rollbackVersion", &self.rollback_version)?;
        object.optional("targetVersion", &self.target_version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RollbackMiniAppVersionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RollbackMiniAppVersionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "miniAppId" => rt::read_field(map, &mut self.mini_app_id),
            "rollbackVersion" => rt::read_field(map, &mut self.rollback_version),
            "targetVersion" => rt::read_field(map, &mut self.target_version),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RuleBatchReceiverRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("batchNo", &self.batch_no)?;
        object.optional("cardOptions", &self.card_options)?;
        object.optional("data", &self.data)?;
        object.optional("ruleCode", &self.rule_code)?;
        object.optional("secretKey", &self.secret_key)?;
        object.optional("specialStrategy", &self.special_strategy)?;
        object.optional("taskBatchNo", &self.task_batch_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RuleBatchReceiverRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RuleBatchReceiverRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "batchNo" => rt::read_field(map, &mut self.batch_no),
            "cardOptions" => rt::read_field(map, &mut self.card_options),
            "data" => rt::read_field(map, &mut self.data),
            "ruleCode" => rt::read_field(map, &mut self.rule_code),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            "specialStrategy" => rt::read_field(map, &mut self.special_strategy),
            "taskBatchNo" => rt::read_field(map, &mut self.task_batch_no),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RuleBatchReceiverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_across_cloud_stroage_configs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SaveAcrossCloudStroageConfigsRequest {
    /// A `SaveAcrossCloudStroageConfigsRequest` with its required fields (`cloudType`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(cloud_type: i64, target_corp_id: impl Into<String>) -> Self {
        Self {
            access_key_id: None,
            access_key_secret: None,
            bucket_name: None,
            cloud_type,
            endpoint: None,
            target_corp_id: target_corp_id.into(),
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
impl rt::serde::Serialize for SaveAcrossCloudStroageConfigsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("accessKeySecret", &self.access_key_secret)?;
        object.optional("bucketName", &self.bucket_name)?;
        object.field("cloudType", &self.cloud_type)?;
        object.optional("endpoint", &self.endpoint)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveAcrossCloudStroageConfigsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveAcrossCloudStroageConfigsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "accessKeySecret" => rt::read_field(map, &mut self.access_key_secret),
            "bucketName" => rt::read_field(map, &mut self.bucket_name),
            "cloudType" => rt::read_field(map, &mut self.cloud_type),
            "endpoint" => rt::read_field(map, &mut self.endpoint),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveAcrossCloudStroageConfigsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_and_submit_auth_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SaveAndSubmitAuthInfoRequest {
    /// A `SaveAndSubmitAuthInfoRequest` with its required fields (`industry`, `legalPerson`, `legalPersonIdCard`, `locCity`, `locCityName`, `locProvince`, `locProvinceName`, `mobileNum`, `orgName`, `registLocation`, `targetCorpId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        industry: impl Into<String>,
        legal_person: impl Into<String>,
        legal_person_id_card: impl Into<String>,
        loc_city: i64,
        loc_city_name: impl Into<String>,
        loc_province: i64,
        loc_province_name: impl Into<String>,
        mobile_num: impl Into<String>,
        org_name: impl Into<String>,
        regist_location: impl Into<String>,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            apply_remark: None,
            authorize_media_id: None,
            industry: industry.into(),
            legal_person: legal_person.into(),
            legal_person_id_card: legal_person_id_card.into(),
            license_media_id: None,
            loc_city,
            loc_city_name: loc_city_name.into(),
            loc_province,
            loc_province_name: loc_province_name.into(),
            mobile_num: mobile_num.into(),
            org_name: org_name.into(),
            organization_code: None,
            organization_code_media_id: None,
            regist_location: regist_location.into(),
            regist_num: None,
            target_corp_id: target_corp_id.into(),
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
impl rt::serde::Serialize for SaveAndSubmitAuthInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applyRemark", &self.apply_remark)?;
        object.optional("authorizeMediaId", &self.authorize_media_id)?;
        object.field("industry", &self.industry)?;
        object.field("legalPerson", &self.legal_person)?;
        object.field("legalPersonIdCard", &self.legal_person_id_card)?;
        object.optional("licenseMediaId", &self.license_media_id)?;
        object.field("locCity", &self.loc_city)?;
        object.field("locCityName", &self.loc_city_name)?;
        object.field("locProvince", &self.loc_province)?;
        object.field("locProvinceName", &self.loc_province_name)?;
        object.field("mobileNum", &self.mobile_num)?;
        object.field("orgName", &self.org_name)?;
        object.optional("organizationCode", &self.organization_code)?;
        object.optional("organizationCodeMediaId", &self.organization_code_media_id)?;
        object.field("registLocation", &self.regist_location)?;
        object.optional("registNum", &self.regist_num)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.optional("unifiedSocialCredit", &self.unified_social_credit)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveAndSubmitAuthInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveAndSubmitAuthInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyRemark" => rt::read_field(map, &mut self.apply_remark),
            "authorizeMediaId" => rt::read_field(map, &mut self.authorize_media_id),
            "industry" => rt::read_field(map, &mut self.industry),
            "legalPerson" => rt::read_field(map, &mut self.legal_person),
            "legalPersonIdCard" => rt::read_field(map, &mut self.legal_person_id_card),
            "licenseMediaId" => rt::read_field(map, &mut self.license_media_id),
            "locCity" => rt::read_field(map, &mut self.loc_city),
            "locCityName" => rt::read_field(map, &mut self.loc_city_name),
            "locProvince" => rt::read_field(map, &mut self.loc_province),
            "locProvinceName" => rt::read_field(map, &mut self.loc_province_name),
            "mobileNum" => rt::read_field(map, &mut self.mobile_num),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "organizationCode" => rt::read_field(map, &mut self.organization_code),
            "organizationCodeMediaId" => {
                rt::read_field(map, &mut self.organization_code_media_id)
            }
            "registLocation" => rt::read_field(map, &mut self.regist_location),
            "registNum" => rt::read_field(map, &mut self.regist_num),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "unifiedSocialCredit" => rt::read_field(map, &mut self.unified_social_credit),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveAndSubmitAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_open_terminal_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SaveOpenTerminalInfoRequest {
    /// A `SaveOpenTerminalInfoRequest` with its required fields (`corpId`, `logSource`, `logType`, `openExt`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        log_source: impl Into<String>,
        log_type: impl Into<String>,
        open_ext: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            log_source: log_source.into(),
            log_type: log_type.into(),
            open_ext: open_ext.into(),
        }
    }
}
impl rt::serde::Serialize for SaveOpenTerminalInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.field("logSource", &self.log_source)?;
        object.field("logType", &self.log_type)?;
        object.field("openExt", &self.open_ext)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveOpenTerminalInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveOpenTerminalInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "logSource" => rt::read_field(map, &mut self.log_source),
            "logType" => rt::read_field(map, &mut self.log_type),
            "openExt" => rt::read_field(map, &mut self.open_ext),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveOpenTerminalInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_storage_function_switch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveStorageFunctionSwitchRequest {
    /// `functionList`.
    pub function_list: Vec<SaveStorageFunctionSwitchRequestFunctionList>,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
impl SaveStorageFunctionSwitchRequest {
    /// A `SaveStorageFunctionSwitchRequest` with its required fields (`functionList`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(
        function_list: impl IntoIterator<
            Item = SaveStorageFunctionSwitchRequestFunctionList,
        >,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            function_list: function_list.into_iter().collect(),
            target_corp_id: target_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for SaveStorageFunctionSwitchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("functionList", &self.function_list)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveStorageFunctionSwitchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveStorageFunctionSwitchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "functionList" => rt::read_field(map, &mut self.function_list),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveStorageFunctionSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_storage_switch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveStorageSwitchRequest {
    /// `openStorage`.
    pub open_storage: i64,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
impl SaveStorageSwitchRequest {
    /// A `SaveStorageSwitchRequest` with its required fields (`openStorage`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(open_storage: i64, target_corp_id: impl Into<String>) -> Self {
        Self {
            open_storage,
            target_corp_id: target_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for SaveStorageSwitchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openStorage", &self.open_storage)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveStorageSwitchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveStorageSwitchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openStorage" => rt::read_field(map, &mut self.open_storage),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveStorageSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_white_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveWhiteAppRequest {
    /// `agentIdList`.
    pub agent_id_list: Option<Vec<i64>>,
    /// `agentIdMap`.
    pub agent_id_map: String,
    /// `operation`.
    pub operation: Option<String>,
}
impl SaveWhiteAppRequest {
    /// A `SaveWhiteAppRequest` with its required fields (`agentIdMap`); set the others with the methods named after them.
    pub fn new(agent_id_map: impl Into<String>) -> Self {
        Self {
            agent_id_list: None,
            agent_id_map: agent_id_map.into(),
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
impl rt::serde::Serialize for SaveWhiteAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentIdList", &self.agent_id_list)?;
        object.field("agentIdMap", &self.agent_id_map)?;
        object.optional("operation", &self.operation)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveWhiteAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveWhiteAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentIdList" => rt::read_field(map, &mut self.agent_id_list),
            "agentIdMap" => rt::read_field(map, &mut self.agent_id_map),
            "operation" => rt::read_field(map, &mut self.operation),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveWhiteAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_org_inner_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchOrgInnerGroupInfoRequest {
    /// A `SearchOrgInnerGroupInfoRequest` with its required fields (`operatorUserId`, `pageSize`, `pageStart`, `uuid`); set the others with the methods named after them.
    pub fn new(
        operator_user_id: impl Into<String>,
        page_size: i64,
        page_start: i64,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            create_time_end: None,
            create_time_start: None,
            group_members_count_end: None,
            group_members_count_start: None,
            group_name: None,
            group_owner: None,
            last_active_time_end: None,
            last_active_time_start: None,
            operator_user_id: operator_user_id.into(),
            page_size,
            page_start,
            sync_to_dingpan: None,
            uuid: uuid.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchOrgInnerGroupInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchOrgInnerGroupInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTimeEnd" => rt::read_field(map, &mut self.create_time_end),
            "createTimeStart" => rt::read_field(map, &mut self.create_time_start),
            "groupMembersCountEnd" => {
                rt::read_field(map, &mut self.group_members_count_end)
            }
            "groupMembersCountStart" => {
                rt::read_field(map, &mut self.group_members_count_start)
            }
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupOwner" => rt::read_field(map, &mut self.group_owner),
            "lastActiveTimeEnd" => rt::read_field(map, &mut self.last_active_time_end),
            "lastActiveTimeStart" => {
                rt::read_field(map, &mut self.last_active_time_start)
            }
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "pageStart" => rt::read_field(map, &mut self.page_start),
            "syncToDingpan" => rt::read_field(map, &mut self.sync_to_dingpan),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchOrgInnerGroupInfoByCursorPageRequest {
    /// `count`: a query parameter.
    pub count: i64,
    /// `cursor`: a query parameter.
    pub cursor: i64,
    /// `forward`: a query parameter.
    pub forward: Option<bool>,
}
impl SearchOrgInnerGroupInfoByCursorPageRequest {
    /// A `SearchOrgInnerGroupInfoByCursorPageRequest` with its required fields (`count`, `cursor`); set the others with the methods named after them.
    pub fn new(count: i64, cursor: i64) -> Self {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchOrgInnerGroupInfoByCursorPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchOrgInnerGroupInfoByCursorPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "cursor" => rt::read_field(map, &mut self.cursor),
            "forward" => rt::read_field(map, &mut self.forward),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendAppDingRequest {
    /// `content`.
    pub content: String,
    /// `userids`.
    pub userids: Vec<String>,
}
impl SendAppDingRequest {
    /// A `SendAppDingRequest` with its required fields (`content`, `userids`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        userids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            content: content.into(),
            userids: userids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for SendAppDingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("userids", &self.userids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendAppDingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAppDingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "userids" => rt::read_field(map, &mut self.userids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendAppDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_invitation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendInvitationRequest {
    /// A `SendInvitationRequest` with its required fields (`deptId`, `orgAlias`, `partnerLabelId`, `partnerNum`, `phone`); set the others with the methods named after them.
    pub fn new(
        dept_id: impl Into<String>,
        org_alias: impl Into<String>,
        partner_label_id: i64,
        partner_num: impl Into<String>,
        phone: impl Into<String>,
    ) -> Self {
        Self {
            dept_id: dept_id.into(),
            org_alias: org_alias.into(),
            partner_label_id,
            partner_num: partner_num.into(),
            phone: phone.into(),
        }
    }
}
impl rt::serde::Serialize for SendInvitationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptId", &self.dept_id)?;
        object.field("orgAlias", &self.org_alias)?;
        object.field("partnerLabelId", &self.partner_label_id)?;
        object.field("partnerNum", &self.partner_num)?;
        object.field("phone", &self.phone)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendInvitationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendInvitationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "orgAlias" => rt::read_field(map, &mut self.org_alias),
            "partnerLabelId" => rt::read_field(map, &mut self.partner_label_id),
            "partnerNum" => rt::read_field(map, &mut self.partner_num),
            "phone" => rt::read_field(map, &mut self.phone),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SendMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allow_comment", &self.allow_comment)?;
        object.optional("comment_type", &self.comment_type)?;
        object.optional("dep_id_list", &self.dep_id_list)?;
        object.optional("is_preview", &self.is_preview)?;
        object.optional("is_to_all", &self.is_to_all)?;
        object.optional("media_id", &self.media_id)?;
        object.optional("msg_body", &self.msg_body)?;
        object.optional("msg_type", &self.msg_type)?;
        object.optional("roleIds", &self.role_ids)?;
        object.optional("show_homepage", &self.show_homepage)?;
        object.optional("text_content", &self.text_content)?;
        object.optional("unionid", &self.unionid)?;
        object.optional("userid_list", &self.userid_list)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allow_comment" => rt::read_field(map, &mut self.allow_comment),
            "comment_type" => rt::read_field(map, &mut self.comment_type),
            "dep_id_list" => rt::read_field(map, &mut self.dep_id_list),
            "is_preview" => rt::read_field(map, &mut self.is_preview),
            "is_to_all" => rt::read_field(map, &mut self.is_to_all),
            "media_id" => rt::read_field(map, &mut self.media_id),
            "msg_body" => rt::read_field(map, &mut self.msg_body),
            "msg_type" => rt::read_field(map, &mut self.msg_type),
            "roleIds" => rt::read_field(map, &mut self.role_ids),
            "show_homepage" => rt::read_field(map, &mut self.show_homepage),
            "text_content" => rt::read_field(map, &mut self.text_content),
            "unionid" => rt::read_field(map, &mut self.unionid),
            "userid_list" => rt::read_field(map, &mut self.userid_list),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_phone_ding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendPhoneDingRequest {
    /// `content`.
    pub content: String,
    /// `userids`.
    pub userids: Vec<String>,
}
impl SendPhoneDingRequest {
    /// A `SendPhoneDingRequest` with its required fields (`content`, `userids`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        userids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            content: content.into(),
            userids: userids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for SendPhoneDingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("userids", &self.userids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendPhoneDingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendPhoneDingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "userids" => rt::read_field(map, &mut self.userids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendPhoneDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_conversation_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetConversationCategoryRequest {
    /// `categoryId`.
    pub category_id: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl SetConversationCategoryRequest {
    /// A `SetConversationCategoryRequest` with its required fields (`categoryId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(category_id: i64, open_conversation_id: impl Into<String>) -> Self {
        Self {
            category_id,
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for SetConversationCategoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("categoryId", &self.category_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetConversationCategoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetConversationCategoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetConversationCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_conversation_subtitle`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetConversationSubtitleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `subtitle`.
    pub subtitle: Option<String>,
    /// `subtitleColor`.
    pub subtitle_color: Option<String>,
}
impl SetConversationSubtitleRequest {
    /// A `SetConversationSubtitleRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
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
impl rt::serde::Serialize for SetConversationSubtitleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("subtitle", &self.subtitle)?;
        object.optional("subtitleColor", &self.subtitle_color)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetConversationSubtitleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetConversationSubtitleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "subtitle" => rt::read_field(map, &mut self.subtitle),
            "subtitleColor" => rt::read_field(map, &mut self.subtitle_color),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetConversationSubtitleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_conversation_top_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetConversationTopCategoryRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `setCategoryList`.
    pub set_category_list: Option<Vec<SetConversationTopCategoryRequestSetCategoryList>>,
    /// `sign`.
    pub sign: Option<i64>,
}
impl SetConversationTopCategoryRequest {
    /// A `SetConversationTopCategoryRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
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
impl rt::serde::Serialize for SetConversationTopCategoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("setCategoryList", &self.set_category_list)?;
        object.optional("sign", &self.sign)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetConversationTopCategoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetConversationTopCategoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "setCategoryList" => rt::read_field(map, &mut self.set_category_list),
            "sign" => rt::read_field(map, &mut self.sign),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetConversationTopCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_dept_partner_type_and_num`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetDeptPartnerTypeAndNumRequest {
    /// `deptId`.
    pub dept_id: String,
    /// `labelIds`.
    pub label_ids: Option<Vec<String>>,
    /// `partnerNum`.
    pub partner_num: Option<String>,
}
impl SetDeptPartnerTypeAndNumRequest {
    /// A `SetDeptPartnerTypeAndNumRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(dept_id: impl Into<String>) -> Self {
        Self {
            dept_id: dept_id.into(),
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
impl rt::serde::Serialize for SetDeptPartnerTypeAndNumRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptId", &self.dept_id)?;
        object.optional("labelIds", &self.label_ids)?;
        object.optional("partnerNum", &self.partner_num)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetDeptPartnerTypeAndNumRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetDeptPartnerTypeAndNumRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "labelIds" => rt::read_field(map, &mut self.label_ids),
            "partnerNum" => rt::read_field(map, &mut self.partner_num),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetDeptPartnerTypeAndNumRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_org_top_conversation_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetOrgTopConversationCategoryRequest {
    /// `body`.
    pub body: Vec<SetOrgTopConversationCategoryRequestBody>,
}
impl SetOrgTopConversationCategoryRequest {
    /// A `SetOrgTopConversationCategoryRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(
        body: impl IntoIterator<Item = SetOrgTopConversationCategoryRequestBody>,
    ) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetOrgTopConversationCategoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetOrgTopConversationCategoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SpecialRuleBatchReceiverRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("batchNo", &self.batch_no)?;
        object.optional("cardOptions", &self.card_options)?;
        object.optional("data", &self.data)?;
        object.optional("ruleCode", &self.rule_code)?;
        object.optional("secretKey", &self.secret_key)?;
        object.optional("specialStrategy", &self.special_strategy)?;
        object.optional("taskBatchNo", &self.task_batch_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SpecialRuleBatchReceiverRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SpecialRuleBatchReceiverRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "batchNo" => rt::read_field(map, &mut self.batch_no),
            "cardOptions" => rt::read_field(map, &mut self.card_options),
            "data" => rt::read_field(map, &mut self.data),
            "ruleCode" => rt::read_field(map, &mut self.rule_code),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            "specialStrategy" => rt::read_field(map, &mut self.special_strategy),
            "taskBatchNo" => rt::read_field(map, &mut self.task_batch_no),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SpecialRuleBatchReceiverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_add_del_task_person`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl TaskInfoAddDelTaskPersonRequest {
    /// A `TaskInfoAddDelTaskPersonRequest` with its required fields (`operateType`, `operatorAccount`, `outTaskId`, `projId`, `secretKey`, `taskExecutePersonDTOS`); set the others with the methods named after them.
    pub fn new(
        operate_type: i64,
        operator_account: impl Into<String>,
        out_task_id: impl Into<String>,
        proj_id: impl Into<String>,
        secret_key: impl Into<String>,
        task_execute_person_dtos: impl IntoIterator<
            Item = TaskInfoAddDelTaskPersonRequestTaskExecutePersonDTOS,
        >,
    ) -> Self {
        Self {
            operate_type,
            operator_account: operator_account.into(),
            out_task_id: out_task_id.into(),
            proj_id: proj_id.into(),
            secret_key: secret_key.into(),
            task_execute_person_dtos: task_execute_person_dtos.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for TaskInfoAddDelTaskPersonRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operateType", &self.operate_type)?;
        object.field("operatorAccount", &self.operator_account)?;
        object.field("outTaskId", &self.out_task_id)?;
        object.field("projId", &self.proj_id)?;
        object.field("secretKey", &self.secret_key)?;
        object.field("taskExecutePersonDTOS", &self.task_execute_person_dtos)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TaskInfoAddDelTaskPersonRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoAddDelTaskPersonRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "operatorAccount" => rt::read_field(map, &mut self.operator_account),
            "outTaskId" => rt::read_field(map, &mut self.out_task_id),
            "projId" => rt::read_field(map, &mut self.proj_id),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            "taskExecutePersonDTOS" => {
                rt::read_field(map, &mut self.task_execute_person_dtos)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TaskInfoAddDelTaskPersonRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_cancel_or_del_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl TaskInfoCancelOrDelTaskRequest {
    /// A `TaskInfoCancelOrDelTaskRequest` with its required fields (`operatorAccount`, `projId`, `secretKey`); set the others with the methods named after them.
    pub fn new(
        operator_account: impl Into<String>,
        proj_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        Self {
            card_dto: None,
            operator_account: operator_account.into(),
            out_task_id: None,
            proj_id: proj_id.into(),
            secret_key: secret_key.into(),
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
impl rt::serde::Serialize for TaskInfoCancelOrDelTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardDTO", &self.card_dto)?;
        object.field("operatorAccount", &self.operator_account)?;
        object.optional("outTaskId", &self.out_task_id)?;
        object.field("projId", &self.proj_id)?;
        object.field("secretKey", &self.secret_key)?;
        object.optional("sendMsgFlag", &self.send_msg_flag)?;
        object.optional("taskExecutePersonDTOS", &self.task_execute_person_dtos)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TaskInfoCancelOrDelTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoCancelOrDelTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardDTO" => rt::read_field(map, &mut self.card_dto),
            "operatorAccount" => rt::read_field(map, &mut self.operator_account),
            "outTaskId" => rt::read_field(map, &mut self.out_task_id),
            "projId" => rt::read_field(map, &mut self.proj_id),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            "sendMsgFlag" => rt::read_field(map, &mut self.send_msg_flag),
            "taskExecutePersonDTOS" => {
                rt::read_field(map, &mut self.task_execute_person_dtos)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TaskInfoCancelOrDelTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_create_and_start_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl TaskInfoCreateAndStartTaskRequest {
    /// A `TaskInfoCreateAndStartTaskRequest` with its required fields (`customFlag`, `operatorAccount`, `outTaskId`, `projId`, `secretKey`, `taskSystem`, `taskTitle`, `taskType`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        custom_flag: i64,
        operator_account: impl Into<String>,
        out_task_id: impl Into<String>,
        proj_id: impl Into<String>,
        secret_key: impl Into<String>,
        task_system: impl Into<String>,
        task_title: impl Into<String>,
        task_type: impl Into<String>,
    ) -> Self {
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
            operator_account: operator_account.into(),
            out_task_id: out_task_id.into(),
            proj_id: proj_id.into(),
            robot_code: None,
            secret_key: secret_key.into(),
            send_msg_flag: None,
            sort: None,
            start_task_card_id: None,
            state: None,
            task_content: None,
            task_end_time: None,
            task_execute_person_dtos: None,
            task_group_dto_list: None,
            task_system: task_system.into(),
            task_templ_code: None,
            task_title: task_title.into(),
            task_type: task_type.into(),
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
impl rt::serde::Serialize for TaskInfoCreateAndStartTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attr", &self.attr)?;
        object.optional("backlogDTO", &self.backlog_dto)?;
        object.optional("backlogGenerateFlag", &self.backlog_generate_flag)?;
        object.optional("businessCode", &self.business_code)?;
        object.optional("canceldelTaskCardId", &self.canceldel_task_card_id)?;
        object.optional("cardDTO", &self.card_dto)?;
        object.field("customFlag", &self.custom_flag)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("finishTaskCardId", &self.finish_task_card_id)?;
        object.field("operatorAccount", &self.operator_account)?;
        object.field("outTaskId", &self.out_task_id)?;
        object.field("projId", &self.proj_id)?;
        object.optional("robotCode", &self.robot_code)?;
        object.field("secretKey", &self.secret_key)?;
        object.optional("sendMsgFlag", &self.send_msg_flag)?;
        object.optional("sort", &self.sort)?;
        object.optional("startTaskCardId", &self.start_task_card_id)?;
        object.optional("state", &self.state)?;
        object.optional("taskContent", &self.task_content)?;
        object.optional("taskEndTime", &self.task_end_time)?;
        object.optional("taskExecutePersonDTOS", &self.task_execute_person_dtos)?;
        object.optional("taskGroupDTOList", &self.task_group_dto_list)?;
        object.field("taskSystem", &self.task_system)?;
        object.optional("taskTemplCode", &self.task_templ_code)?;
        object.field("taskTitle", &self.task_title)?;
        object.field("taskType", &self.task_type)?;
        object.optional("taskUrlMobile", &self.task_url_mobile)?;
        object.optional("taskUrlPc", &self.task_url_pc)?;
        object.optional("updateTaskCardId", &self.update_task_card_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TaskInfoCreateAndStartTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoCreateAndStartTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attr" => rt::read_field(map, &mut self.attr),
            "backlogDTO" => rt::read_field(map, &mut self.backlog_dto),
            "backlogGenerateFlag" => rt::read_field(map, &mut self.backlog_generate_flag),
            "businessCode" => rt::read_field(map, &mut self.business_code),
            "canceldelTaskCardId" => {
                rt::read_field(map, &mut self.canceldel_task_card_id)
            }
            "cardDTO" => rt::read_field(map, &mut self.card_dto),
            "customFlag" => rt::read_field(map, &mut self.custom_flag),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "finishTaskCardId" => rt::read_field(map, &mut self.finish_task_card_id),
            "operatorAccount" => rt::read_field(map, &mut self.operator_account),
            "outTaskId" => rt::read_field(map, &mut self.out_task_id),
            "projId" => rt::read_field(map, &mut self.proj_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            "sendMsgFlag" => rt::read_field(map, &mut self.send_msg_flag),
            "sort" => rt::read_field(map, &mut self.sort),
            "startTaskCardId" => rt::read_field(map, &mut self.start_task_card_id),
            "state" => rt::read_field(map, &mut self.state),
            "taskContent" => rt::read_field(map, &mut self.task_content),
            "taskEndTime" => rt::read_field(map, &mut self.task_end_time),
            "taskExecutePersonDTOS" => {
                rt::read_field(map, &mut self.task_execute_person_dtos)
            }
            "taskGroupDTOList" => rt::read_field(map, &mut self.task_group_dto_list),
            "taskSystem" => rt::read_field(map, &mut self.task_system),
            "taskTemplCode" => rt::read_field(map, &mut self.task_templ_code),
            "taskTitle" => rt::read_field(map, &mut self.task_title),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "taskUrlMobile" => rt::read_field(map, &mut self.task_url_mobile),
            "taskUrlPc" => rt::read_field(map, &mut self.task_url_pc),
            "updateTaskCardId" => rt::read_field(map, &mut self.update_task_card_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TaskInfoCreateAndStartTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_finish_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl TaskInfoFinishTaskRequest {
    /// A `TaskInfoFinishTaskRequest` with its required fields (`operatorAccount`, `projId`, `secretKey`); set the others with the methods named after them.
    pub fn new(
        operator_account: impl Into<String>,
        proj_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        Self {
            card_dto: None,
            operator_account: operator_account.into(),
            out_task_id: None,
            proj_id: proj_id.into(),
            secret_key: secret_key.into(),
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
impl rt::serde::Serialize for TaskInfoFinishTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardDTO", &self.card_dto)?;
        object.field("operatorAccount", &self.operator_account)?;
        object.optional("outTaskId", &self.out_task_id)?;
        object.field("projId", &self.proj_id)?;
        object.field("secretKey", &self.secret_key)?;
        object.optional("sendMsgFlag", &self.send_msg_flag)?;
        object.optional("taskExecutePersonDTOS", &self.task_execute_person_dtos)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TaskInfoFinishTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoFinishTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardDTO" => rt::read_field(map, &mut self.card_dto),
            "operatorAccount" => rt::read_field(map, &mut self.operator_account),
            "outTaskId" => rt::read_field(map, &mut self.out_task_id),
            "projId" => rt::read_field(map, &mut self.proj_id),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            "sendMsgFlag" => rt::read_field(map, &mut self.send_msg_flag),
            "taskExecutePersonDTOS" => {
                rt::read_field(map, &mut self.task_execute_person_dtos)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TaskInfoFinishTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::task_info_update_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl TaskInfoUpdateTaskRequest {
    /// A `TaskInfoUpdateTaskRequest` with its required fields (`operatorAccount`, `projId`, `secretKey`); set the others with the methods named after them.
    pub fn new(
        operator_account: impl Into<String>,
        proj_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        Self {
            attr: None,
            canceldel_task_card_id: None,
            card_dto: None,
            detail_url: None,
            finish_task_card_id: None,
            list_open_conversation_id: None,
            operate_type: None,
            operator_account: operator_account.into(),
            out_task_id: None,
            proj_id: proj_id.into(),
            secret_key: secret_key.into(),
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
impl rt::serde::Serialize for TaskInfoUpdateTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attr", &self.attr)?;
        object.optional("canceldelTaskCardId", &self.canceldel_task_card_id)?;
        object.optional("cardDTO", &self.card_dto)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("finishTaskCardId", &self.finish_task_card_id)?;
        object.optional("listOpenConversationId", &self.list_open_conversation_id)?;
        object.optional("operateType", &self.operate_type)?;
        object.field("operatorAccount", &self.operator_account)?;
        object.optional("outTaskId", &self.out_task_id)?;
        object.field("projId", &self.proj_id)?;
        object.field("secretKey", &self.secret_key)?;
        object.optional("sendMsgFlag", &self.send_msg_flag)?;
        object.optional("startTaskCardId", &self.start_task_card_id)?;
        object.optional("taskContent", &self.task_content)?;
        object.optional("taskEndTime", &self.task_end_time)?;
        object.optional("taskExecutePersonDTOS", &self.task_execute_person_dtos)?;
        object.optional("taskTitle", &self.task_title)?;
        object.optional("taskUrlMobile", &self.task_url_mobile)?;
        object.optional("taskUrlPc", &self.task_url_pc)?;
        object.optional("updateTaskCardId", &self.update_task_card_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TaskInfoUpdateTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TaskInfoUpdateTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attr" => rt::read_field(map, &mut self.attr),
            "canceldelTaskCardId" => {
                rt::read_field(map, &mut self.canceldel_task_card_id)
            }
            "cardDTO" => rt::read_field(map, &mut self.card_dto),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "finishTaskCardId" => rt::read_field(map, &mut self.finish_task_card_id),
            "listOpenConversationId" => {
                rt::read_field(map, &mut self.list_open_conversation_id)
            }
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "operatorAccount" => rt::read_field(map, &mut self.operator_account),
            "outTaskId" => rt::read_field(map, &mut self.out_task_id),
            "projId" => rt::read_field(map, &mut self.proj_id),
            "secretKey" => rt::read_field(map, &mut self.secret_key),
            "sendMsgFlag" => rt::read_field(map, &mut self.send_msg_flag),
            "startTaskCardId" => rt::read_field(map, &mut self.start_task_card_id),
            "taskContent" => rt::read_field(map, &mut self.task_content),
            "taskEndTime" => rt::read_field(map, &mut self.task_end_time),
            "taskExecutePersonDTOS" => {
                rt::read_field(map, &mut self.task_execute_person_dtos)
            }
            "taskTitle" => rt::read_field(map, &mut self.task_title),
            "taskUrlMobile" => rt::read_field(map, &mut self.task_url_mobile),
            "taskUrlPc" => rt::read_field(map, &mut self.task_url_pc),
            "updateTaskCardId" => rt::read_field(map, &mut self.update_task_card_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TaskInfoUpdateTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::transfer_exclusive_account_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TransferExclusiveAccountOrgRequest {
    /// `isSettingMainOrg`.
    pub is_setting_main_org: Option<bool>,
    /// `targetCorpId`.
    pub target_corp_id: Option<String>,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl TransferExclusiveAccountOrgRequest {
    /// A `TransferExclusiveAccountOrgRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            is_setting_main_org: None,
            target_corp_id: None,
            user_ids: user_ids.into_iter().map(Into::into).collect(),
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
impl rt::serde::Serialize for TransferExclusiveAccountOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isSettingMainOrg", &self.is_setting_main_org)?;
        object.optional("targetCorpId", &self.target_corp_id)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TransferExclusiveAccountOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TransferExclusiveAccountOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isSettingMainOrg" => rt::read_field(map, &mut self.is_setting_main_org),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateCategoryNameRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentCategoryName", &self.current_category_name)?;
        object.optional("targetCategoryName", &self.target_category_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCategoryNameRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCategoryNameRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentCategoryName" => rt::read_field(map, &mut self.current_category_name),
            "targetCategoryName" => rt::read_field(map, &mut self.target_category_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateCategoryNameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_conversation_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateConversationTypeRequest {
    /// `manageSign`.
    pub manage_sign: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl UpdateConversationTypeRequest {
    /// A `UpdateConversationTypeRequest` with its required fields (`manageSign`, `openConversationId`); set the others with the methods named after them.
    pub fn new(manage_sign: i64, open_conversation_id: impl Into<String>) -> Self {
        Self {
            manage_sign,
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateConversationTypeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("manageSign", &self.manage_sign)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateConversationTypeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateConversationTypeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "manageSign" => rt::read_field(map, &mut self.manage_sign),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateConversationTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_file_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateFileStatusRequest {
    /// `requestIds`.
    pub request_ids: Vec<String>,
    /// `status`.
    pub status: i64,
}
impl UpdateFileStatusRequest {
    /// A `UpdateFileStatusRequest` with its required fields (`requestIds`, `status`); set the others with the methods named after them.
    pub fn new(
        request_ids: impl IntoIterator<Item = impl Into<String>>,
        status: i64,
    ) -> Self {
        Self {
            request_ids: request_ids.into_iter().map(Into::into).collect(),
            status,
        }
    }
}
impl rt::serde::Serialize for UpdateFileStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("requestIds", &self.request_ids)?;
        object.field("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFileStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFileStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestIds" => rt::read_field(map, &mut self.request_ids),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateFileStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_mini_app_version_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateMiniAppVersionStatusRequest {
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `version`.
    pub version: Option<String>,
    /// `versionType`.
    pub version_type: i64,
}
impl UpdateMiniAppVersionStatusRequest {
    /// A `UpdateMiniAppVersionStatusRequest` with its required fields (`miniAppId`, `versionType`); set the others with the methods named after them.
    pub fn new(mini_app_id: impl Into<String>, version_type: i64) -> Self {
        Self {
            mini_app_id: mini_app_id.into(),
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
impl rt::serde::Serialize for UpdateMiniAppVersionStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("miniAppId", &self.mini_app_id)?;
        object.optional("version", &self.version)?;
        object.field("versionType", &self.version_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMiniAppVersionStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMiniAppVersionStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "miniAppId" => rt::read_field(map, &mut self.mini_app_id),
            "version" => rt::read_field(map, &mut self.version),
            "versionType" => rt::read_field(map, &mut self.version_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateMiniAppVersionStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_partner_visibility`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdatePartnerVisibilityRequest {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `labelId`.
    pub label_id: i64,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl UpdatePartnerVisibilityRequest {
    /// A `UpdatePartnerVisibilityRequest` with its required fields (`labelId`); set the others with the methods named after them.
    pub fn new(label_id: i64) -> Self {
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
impl rt::serde::Serialize for UpdatePartnerVisibilityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.field("labelId", &self.label_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePartnerVisibilityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePartnerVisibilityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "labelId" => rt::read_field(map, &mut self.label_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateRealmLicenseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detailList", &self.detail_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRealmLicenseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRealmLicenseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detailList" => rt::read_field(map, &mut self.detail_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRealmLicenseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_role_visibility`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRoleVisibilityRequest {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `labelId`.
    pub label_id: i64,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl UpdateRoleVisibilityRequest {
    /// A `UpdateRoleVisibilityRequest` with its required fields (`labelId`); set the others with the methods named after them.
    pub fn new(label_id: i64) -> Self {
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
impl rt::serde::Serialize for UpdateRoleVisibilityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.field("labelId", &self.label_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRoleVisibilityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRoleVisibilityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "labelId" => rt::read_field(map, &mut self.label_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRoleVisibilityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_storage_mode`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateStorageModeRequest {
    /// `fileStorageMode`.
    pub file_storage_mode: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
impl UpdateStorageModeRequest {
    /// A `UpdateStorageModeRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(target_corp_id: impl Into<String>) -> Self {
        Self {
            file_storage_mode: None,
            target_corp_id: target_corp_id.into(),
        }
    }
    /// Sets `fileStorageMode`.
    pub fn file_storage_mode(mut self, value: impl Into<String>) -> Self {
        self.file_storage_mode = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateStorageModeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileStorageMode", &self.file_storage_mode)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateStorageModeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateStorageModeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileStorageMode" => rt::read_field(map, &mut self.file_storage_mode),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTrustedDeviceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTrustedDeviceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTrustedDeviceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateTrustedDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_voice_msg_ctrl_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateVoiceMsgCtrlStatusRequest {
    /// `status`.
    pub status: i64,
    /// `voiceMsgCtrlInfo`.
    pub voice_msg_ctrl_info: UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo,
}
impl UpdateVoiceMsgCtrlStatusRequest {
    /// A `UpdateVoiceMsgCtrlStatusRequest` with its required fields (`status`, `voiceMsgCtrlInfo`); set the others with the methods named after them.
    pub fn new(
        status: i64,
        voice_msg_ctrl_info: UpdateVoiceMsgCtrlStatusRequestVoiceMsgCtrlInfo,
    ) -> Self {
        Self {
            status,
            voice_msg_ctrl_info,
        }
    }
}
impl rt::serde::Serialize for UpdateVoiceMsgCtrlStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("status", &self.status)?;
        object.field("voiceMsgCtrlInfo", &self.voice_msg_ctrl_info)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateVoiceMsgCtrlStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateVoiceMsgCtrlStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            "voiceMsgCtrlInfo" => rt::read_field(map, &mut self.voice_msg_ctrl_info),
            _ => Ok(false),
        }
    }
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
