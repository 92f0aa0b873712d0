// @generated from api-spec/bizfinance_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能财务 2.0 (Business Finance 2.0)：企业账户、发票与凭证。
//!
//! 68 operations, methods of [`Api`] (`client.bizfinance_2_0()`), behind the cargo feature `bizfinance_2_0`; its paths start with `/v2.0/bizfinance/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `bizfinance_2_0`. Get it with `client.bizfinance_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 新增智能财务的企业账户
    ///
    /// `POST /v2.0/bizfinance/enterpriseAccounts`: DingTalk's `AddFinanceEnterpriseAccount` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddFinanceEnterpriseAccount")]
    #[doc(alias = "/v2.0/bizfinance/enterpriseAccounts")]
    #[doc(alias = "POST /v2.0/bizfinance/enterpriseAccounts")]
    pub fn add_finance_enterprise_account(
        &self,
        request: &AddFinanceEnterpriseAccountRequest,
    ) -> rt::Call<
        AddFinanceEnterpriseAccountResponseBody,
        AddFinanceEnterpriseAccountError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddFinanceEnterpriseAccount",
            rt::Method::Post,
            "/v2.0/bizfinance/enterpriseAccounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 留资上报
    ///
    /// `PUT /v2.0/bizfinance/retentionRecord`: DingTalk's `AddRetentionRecord` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddRetentionRecord")]
    #[doc(alias = "/v2.0/bizfinance/retentionRecord")]
    #[doc(alias = "PUT /v2.0/bizfinance/retentionRecord")]
    pub fn add_retention_record(
        &self,
        request: &AddRetentionRecordRequest,
    ) -> rt::Call<AddRetentionRecordResponseBody, AddRetentionRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRetentionRecord",
            rt::Method::Put,
            "/v2.0/bizfinance/retentionRecord",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 调用大模型生成ai凭证
    ///
    /// `POST /v2.0/bizfinance/aiVoucher/execute`: DingTalk's `AiVoucher` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AiVoucher")]
    #[doc(alias = "/v2.0/bizfinance/aiVoucher/execute")]
    #[doc(alias = "POST /v2.0/bizfinance/aiVoucher/execute")]
    pub fn ai_voucher(
        &self,
        request: &AiVoucherRequest,
    ) -> rt::Call<AiVoucherResponseBody, AiVoucherError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AiVoucher",
            rt::Method::Post,
            "/v2.0/bizfinance/aiVoucher/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 银行接入层通用接口
    ///
    /// `POST /v2.0/bizfinance/bankGateways/invoke`: DingTalk's `BankGatewayInvoke` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BankGatewayInvoke")]
    #[doc(alias = "/v2.0/bizfinance/bankGateways/invoke")]
    #[doc(alias = "POST /v2.0/bizfinance/bankGateways/invoke")]
    pub fn bank_gateway_invoke(
        &self,
        request: &BankGatewayInvokeRequest,
    ) -> rt::Call<BankGatewayInvokeResponseBody, BankGatewayInvokeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BankGatewayInvoke",
            rt::Method::Post,
            "/v2.0/bizfinance/bankGateways/invoke",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量删除智能财务单据
    ///
    /// `POST /v2.0/bizfinance/instances/remove`: DingTalk's `BatchDeleteReceipt` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchDeleteReceipt")]
    #[doc(alias = "/v2.0/bizfinance/instances/remove")]
    #[doc(alias = "POST /v2.0/bizfinance/instances/remove")]
    pub fn batch_delete_receipt(
        &self,
        request: &BatchDeleteReceiptRequest,
    ) -> rt::Call<BatchDeleteReceiptResponseBody, BatchDeleteReceiptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchDeleteReceipt",
            rt::Method::Post,
            "/v2.0/bizfinance/instances/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询企业票池发票下载链接
    ///
    /// `POST /v2.0/bizfinance/invoices/urls/batchQuery`: DingTalk's `BatchQueryOrgInvoiceUrl` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryOrgInvoiceUrl")]
    #[doc(alias = "/v2.0/bizfinance/invoices/urls/batchQuery")]
    #[doc(alias = "POST /v2.0/bizfinance/invoices/urls/batchQuery")]
    pub fn batch_query_org_invoice_url(
        &self,
        request: &BatchQueryOrgInvoiceUrlRequest,
    ) -> rt::Call<BatchQueryOrgInvoiceUrlResponseBody, BatchQueryOrgInvoiceUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryOrgInvoiceUrl",
            rt::Method::Post,
            "/v2.0/bizfinance/invoices/urls/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询支付回单文件
    ///
    /// `POST /v2.0/bizfinance/payments/recallFiles/batchQuery`: DingTalk's `BatchQueryPaymentRecallFile` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryPaymentRecallFile")]
    #[doc(alias = "/v2.0/bizfinance/payments/recallFiles/batchQuery")]
    #[doc(alias = "POST /v2.0/bizfinance/payments/recallFiles/batchQuery")]
    pub fn batch_query_payment_recall_file(
        &self,
        request: &BatchQueryPaymentRecallFileRequest,
    ) -> rt::Call<
        BatchQueryPaymentRecallFileResponseBody,
        BatchQueryPaymentRecallFileError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryPaymentRecallFile",
            rt::Method::Post,
            "/v2.0/bizfinance/payments/recallFiles/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量同步银行回单
    ///
    /// `POST /v2.0/bizfinance/receipts/batchSync`: DingTalk's `BatchSyncBankReceipt` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchSyncBankReceipt")]
    #[doc(alias = "/v2.0/bizfinance/receipts/batchSync")]
    #[doc(alias = "POST /v2.0/bizfinance/receipts/batchSync")]
    pub fn batch_sync_bank_receipt(
        &self,
        request: &BatchSyncBankReceiptRequest,
    ) -> rt::Call<BatchSyncBankReceiptResponseBody, BatchSyncBankReceiptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchSyncBankReceipt",
            rt::Method::Post,
            "/v2.0/bizfinance/receipts/batchSync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 已签约的企业账户解约
    ///
    /// `POST /v2.0/bizfinance/enterpriseAccounts/cancelSign`: DingTalk's `CancelSignEnterpriseAccount` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelSignEnterpriseAccount")]
    #[doc(alias = "/v2.0/bizfinance/enterpriseAccounts/cancelSign")]
    #[doc(alias = "POST /v2.0/bizfinance/enterpriseAccounts/cancelSign")]
    pub fn cancel_sign_enterprise_account(
        &self,
        request: &CancelSignEnterpriseAccountRequest,
    ) -> rt::Call<
        CancelSignEnterpriseAccountResponseBody,
        CancelSignEnterpriseAccountError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelSignEnterpriseAccount",
            rt::Method::Post,
            "/v2.0/bizfinance/enterpriseAccounts/cancelSign",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查验发票是否生成凭证
    ///
    /// `POST /v2.0/bizfinance/invoices/checkVoucherStatus/query`: DingTalk's `CheckVoucherStatus` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckVoucherStatus")]
    #[doc(alias = "/v2.0/bizfinance/invoices/checkVoucherStatus/query")]
    #[doc(alias = "POST /v2.0/bizfinance/invoices/checkVoucherStatus/query")]
    pub fn check_voucher_status(
        &self,
        request: &CheckVoucherStatusRequest,
    ) -> rt::Call<CheckVoucherStatusResponseBody, CheckVoucherStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckVoucherStatus",
            rt::Method::Post,
            "/v2.0/bizfinance/invoices/checkVoucherStatus/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取唤起智能财务收银台的地址
    ///
    /// `POST /v2.0/bizfinance/payments/confirm`: DingTalk's `ConfirmPaymentOrder` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConfirmPaymentOrder")]
    #[doc(alias = "/v2.0/bizfinance/payments/confirm")]
    #[doc(alias = "POST /v2.0/bizfinance/payments/confirm")]
    pub fn confirm_payment_order(
        &self,
        request: &ConfirmPaymentOrderRequest,
    ) -> rt::Call<ConfirmPaymentOrderResponseBody, ConfirmPaymentOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConfirmPaymentOrder",
            rt::Method::Post,
            "/v2.0/bizfinance/payments/confirm",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建收款订单
    ///
    /// `POST /v2.0/bizfinance/me/collections/orders`: DingTalk's `CreateCollectionOrder` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCollectionOrder")]
    #[doc(alias = "/v2.0/bizfinance/me/collections/orders")]
    #[doc(alias = "POST /v2.0/bizfinance/me/collections/orders")]
    pub fn create_collection_order(
        &self,
        request: &CreateCollectionOrderRequest,
    ) -> rt::Call<CreateCollectionOrderResponseBody, CreateCollectionOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCollectionOrder",
            rt::Method::Post,
            "/v2.0/bizfinance/me/collections/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建应付单
    ///
    /// `POST /v2.0/bizfinance/createArapReceipt`: DingTalk's `CreatePayableReceipt` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreatePayableReceipt")]
    #[doc(alias = "/v2.0/bizfinance/createArapReceipt")]
    #[doc(alias = "POST /v2.0/bizfinance/createArapReceipt")]
    pub fn create_payable_receipt(
        &self,
        request: &CreatePayableReceiptRequest,
    ) -> rt::Call<CreatePayableReceiptResponseBody, CreatePayableReceiptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreatePayableReceipt",
            rt::Method::Post,
            "/v2.0/bizfinance/createArapReceipt",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建智能财务待支付订单
    ///
    /// `POST /v2.0/bizfinance/payments/orders`: DingTalk's `CreatePaymentOrder` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreatePaymentOrder")]
    #[doc(alias = "/v2.0/bizfinance/payments/orders")]
    #[doc(alias = "POST /v2.0/bizfinance/payments/orders")]
    pub fn create_payment_order(
        &self,
        request: &CreatePaymentOrderRequest,
    ) -> rt::Call<CreatePaymentOrderResponseBody, CreatePaymentOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreatePaymentOrder",
            rt::Method::Post,
            "/v2.0/bizfinance/payments/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 停用企业主体
    ///
    /// `POST /v2.0/bizfinance/companies/delete`: DingTalk's `DeleteCompany` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteCompany")]
    #[doc(alias = "/v2.0/bizfinance/companies/delete")]
    #[doc(alias = "POST /v2.0/bizfinance/companies/delete")]
    pub fn delete_company(
        &self,
        request: &DeleteCompanyRequest,
    ) -> rt::Call<DeleteCompanyResponseBody, DeleteCompanyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteCompany",
            rt::Method::Post,
            "/v2.0/bizfinance/companies/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 停用企业账户
    ///
    /// `POST /v2.0/bizfinance/enterpriseAccounts/delete`: DingTalk's `DeleteEnterpriseAccount` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteEnterpriseAccount")]
    #[doc(alias = "/v2.0/bizfinance/enterpriseAccounts/delete")]
    #[doc(alias = "POST /v2.0/bizfinance/enterpriseAccounts/delete")]
    pub fn delete_enterprise_account(
        &self,
        request: &DeleteEnterpriseAccountRequest,
    ) -> rt::Call<DeleteEnterpriseAccountResponseBody, DeleteEnterpriseAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteEnterpriseAccount",
            rt::Method::Post,
            "/v2.0/bizfinance/enterpriseAccounts/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除智能财务OA审批单，有权限控制
    ///
    /// `POST /v2.0/bizfinance/processInstance/delete`: DingTalk's `DeleteProcessInstance` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteProcessInstance")]
    #[doc(alias = "/v2.0/bizfinance/processInstance/delete")]
    #[doc(alias = "POST /v2.0/bizfinance/processInstance/delete")]
    pub fn delete_process_instance(
        &self,
        request: &DeleteProcessInstanceRequest,
    ) -> rt::Call<DeleteProcessInstanceResponseBody, DeleteProcessInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteProcessInstance",
            rt::Method::Post,
            "/v2.0/bizfinance/processInstance/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除工作流流程实例
    ///
    /// `POST /v2.0/bizfinance/workflowInstance/delete`: DingTalk's `DeleteWorkflowInstance` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteWorkflowInstance")]
    #[doc(alias = "/v2.0/bizfinance/workflowInstance/delete")]
    #[doc(alias = "POST /v2.0/bizfinance/workflowInstance/delete")]
    pub fn delete_workflow_instance(
        &self,
        request: &DeleteWorkflowInstanceRequest,
    ) -> rt::Call<DeleteWorkflowInstanceResponseBody, DeleteWorkflowInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWorkflowInstance",
            rt::Method::Post,
            "/v2.0/bizfinance/workflowInstance/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 启用企业主体
    ///
    /// `POST /v2.0/bizfinance/companies/enable`: DingTalk's `EnableCompany` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EnableCompany")]
    #[doc(alias = "/v2.0/bizfinance/companies/enable")]
    #[doc(alias = "POST /v2.0/bizfinance/companies/enable")]
    pub fn enable_company(
        &self,
        request: &EnableCompanyRequest,
    ) -> rt::Call<EnableCompanyResponseBody, EnableCompanyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EnableCompany",
            rt::Method::Post,
            "/v2.0/bizfinance/companies/enable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 启用企业账户
    ///
    /// `POST /v2.0/bizfinance/enterpriseAccounts/enable`: DingTalk's `EnableEnterpriseAccount` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EnableEnterpriseAccount")]
    #[doc(alias = "/v2.0/bizfinance/enterpriseAccounts/enable")]
    #[doc(alias = "POST /v2.0/bizfinance/enterpriseAccounts/enable")]
    pub fn enable_enterprise_account(
        &self,
        request: &EnableEnterpriseAccountRequest,
    ) -> rt::Call<EnableEnterpriseAccountResponseBody, EnableEnterpriseAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EnableEnterpriseAccount",
            rt::Method::Post,
            "/v2.0/bizfinance/enterpriseAccounts/enable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取费用类别
    ///
    /// `GET /v2.0/bizfinance/categories`: DingTalk's `GetCategory` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCategory")]
    #[doc(alias = "/v2.0/bizfinance/categories")]
    #[doc(alias = "GET /v2.0/bizfinance/categories")]
    pub fn get_category(
        &self,
        request: &GetCategoryRequest,
    ) -> rt::Call<GetCategoryResponseBody, GetCategoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCategory",
            rt::Method::Get,
            "/v2.0/bizfinance/categories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业内自定义辅助档案信息
    ///
    /// `POST /v2.0/bizfinance/customInfos/query`: DingTalk's `GetDefine` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_define_pages`].
    #[doc(alias = "GetDefine")]
    #[doc(alias = "/v2.0/bizfinance/customInfos/query")]
    #[doc(alias = "POST /v2.0/bizfinance/customInfos/query")]
    pub fn get_define(
        &self,
        request: &GetDefineRequest,
    ) -> rt::Call<GetDefineResponseBody, GetDefineError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDefine",
            rt::Method::Post,
            "/v2.0/bizfinance/customInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业内自定义辅助档案数据信息
    ///
    /// `POST /v2.0/bizfinance/customDatas/query`: DingTalk's `GetDefineData` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_define_data_pages`].
    #[doc(alias = "GetDefineData")]
    #[doc(alias = "/v2.0/bizfinance/customDatas/query")]
    #[doc(alias = "POST /v2.0/bizfinance/customDatas/query")]
    pub fn get_define_data(
        &self,
        request: &GetDefineDataRequest,
    ) -> rt::Call<GetDefineDataResponseBody, GetDefineDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDefineData",
            rt::Method::Post,
            "/v2.0/bizfinance/customDatas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业账户
    ///
    /// `GET /v2.0/bizfinance/financeAccounts`: DingTalk's `GetFinanceAccount` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFinanceAccount")]
    #[doc(alias = "/v2.0/bizfinance/financeAccounts")]
    #[doc(alias = "GET /v2.0/bizfinance/financeAccounts")]
    pub fn get_finance_account(
        &self,
        request: &GetFinanceAccountRequest,
    ) -> rt::Call<GetFinanceAccountResponseBody, GetFinanceAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFinanceAccount",
            rt::Method::Get,
            "/v2.0/bizfinance/financeAccounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取单条项目
    ///
    /// `GET /v2.0/bizfinance/projects`: DingTalk's `GetProject` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProject")]
    #[doc(alias = "/v2.0/bizfinance/projects")]
    #[doc(alias = "GET /v2.0/bizfinance/projects")]
    pub fn get_project(
        &self,
        request: &GetProjectRequest,
    ) -> rt::Call<GetProjectResponseBody, GetProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProject",
            rt::Method::Get,
            "/v2.0/bizfinance/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务单据详情
    ///
    /// `GET /v2.0/bizfinance/receipts/details`: DingTalk's `GetReceipt` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetReceipt")]
    #[doc(alias = "/v2.0/bizfinance/receipts/details")]
    #[doc(alias = "GET /v2.0/bizfinance/receipts/details")]
    pub fn get_receipt(
        &self,
        request: &GetReceiptRequest,
    ) -> rt::Call<GetReceiptResponseBody, GetReceiptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetReceipt",
            rt::Method::Get,
            "/v2.0/bizfinance/receipts/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务应用内维护的供应商信息
    ///
    /// `GET /v2.0/bizfinance/suppliers/details`: DingTalk's `GetSupplier` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSupplier")]
    #[doc(alias = "/v2.0/bizfinance/suppliers/details")]
    #[doc(alias = "GET /v2.0/bizfinance/suppliers/details")]
    pub fn get_supplier(
        &self,
        request: &GetSupplierRequest,
    ) -> rt::Call<GetSupplierResponseBody, GetSupplierError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSupplier",
            rt::Method::Get,
            "/v2.0/bizfinance/suppliers/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 订单开票
    ///
    /// `POST /v2.0/bizfinance/issueInvoices/order`: DingTalk's `IssueInvoiceWithOrder` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IssueInvoiceWithOrder")]
    #[doc(alias = "/v2.0/bizfinance/issueInvoices/order")]
    #[doc(alias = "POST /v2.0/bizfinance/issueInvoices/order")]
    pub fn issue_invoice_with_order(
        &self,
        request: &IssueInvoiceWithOrderRequest,
    ) -> rt::Call<IssueInvoiceWithOrderResponseBody, IssueInvoiceWithOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IssueInvoiceWithOrder",
            rt::Method::Post,
            "/v2.0/bizfinance/issueInvoices/order",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据不同的bizType查询不同的数据
    ///
    /// `POST /v2.0/bizfinance/link/bizTypes/invoke`: DingTalk's `LinkCommonInvoke` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LinkCommonInvoke")]
    #[doc(alias = "/v2.0/bizfinance/link/bizTypes/invoke")]
    #[doc(alias = "POST /v2.0/bizfinance/link/bizTypes/invoke")]
    pub fn link_common_invoke(
        &self,
        request: &LinkCommonInvokeRequest,
    ) -> rt::Call<LinkCommonInvokeResponseBody, LinkCommonInvokeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LinkCommonInvoke",
            rt::Method::Post,
            "/v2.0/bizfinance/link/bizTypes/invoke",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 订单开票
    ///
    /// `POST /v2.0/bizfinance/billings/order`: DingTalk's `OrderBilling` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OrderBilling")]
    #[doc(alias = "/v2.0/bizfinance/billings/order")]
    #[doc(alias = "POST /v2.0/bizfinance/billings/order")]
    pub fn order_billing(
        &self,
        request: &OrderBillingRequest,
    ) -> rt::Call<OrderBillingResponseBody, OrderBillingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OrderBilling",
            rt::Method::Post,
            "/v2.0/bizfinance/billings/order",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业支付绑定的付款账户列表
    ///
    /// `GET /v2.0/bizfinance/corpPayAccounts/batch`: DingTalk's `PageQueryCorpPayAccounts` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PageQueryCorpPayAccounts")]
    #[doc(alias = "/v2.0/bizfinance/corpPayAccounts/batch")]
    #[doc(alias = "GET /v2.0/bizfinance/corpPayAccounts/batch")]
    pub fn page_query_corp_pay_accounts(
        &self,
    ) -> rt::Call<PageQueryCorpPayAccountsResponseBody, PageQueryCorpPayAccountsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageQueryCorpPayAccounts",
            rt::Method::Get,
            "/v2.0/bizfinance/corpPayAccounts/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 分页查询账户的银行交易流水
    ///
    /// `POST /v2.0/bizfinance/payments/trades/query`: DingTalk's `QueryAccountTradeByPage` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_account_trade_by_page_pages`].
    #[doc(alias = "QueryAccountTradeByPage")]
    #[doc(alias = "/v2.0/bizfinance/payments/trades/query")]
    #[doc(alias = "POST /v2.0/bizfinance/payments/trades/query")]
    pub fn query_account_trade_by_page(
        &self,
        request: &QueryAccountTradeByPageRequest,
    ) -> rt::Call<QueryAccountTradeByPageResponseBody, QueryAccountTradeByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAccountTradeByPage",
            rt::Method::Post,
            "/v2.0/bizfinance/payments/trades/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据staffId批量查询返回支付宝userId
    ///
    /// `POST /v2.0/bizfinance/consumption/aliPay/getUserId`: DingTalk's `QueryAlipayUserId` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAlipayUserId")]
    #[doc(alias = "/v2.0/bizfinance/consumption/aliPay/getUserId")]
    #[doc(alias = "POST /v2.0/bizfinance/consumption/aliPay/getUserId")]
    pub fn query_alipay_user_id(
        &self,
        request: &QueryAlipayUserIdRequest,
    ) -> rt::Call<QueryAlipayUserIdResponseBody, QueryAlipayUserIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAlipayUserId",
            rt::Method::Post,
            "/v2.0/bizfinance/consumption/aliPay/getUserId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询审批单上的附件和发票
    ///
    /// `GET /v2.0/bizfinance/receipts/attachment`: DingTalk's `QueryAttachment` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAttachment")]
    #[doc(alias = "/v2.0/bizfinance/receipts/attachment")]
    #[doc(alias = "GET /v2.0/bizfinance/receipts/attachment")]
    pub fn query_attachment(
        &self,
        request: &QueryAttachmentRequest,
    ) -> rt::Call<QueryAttachmentResponseBody, QueryAttachmentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAttachment",
            rt::Method::Get,
            "/v2.0/bizfinance/receipts/attachment",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询银行列表
    ///
    /// `GET /v2.0/bizfinance/bankinfo/bank`: DingTalk's `QueryBank` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBank")]
    #[doc(alias = "/v2.0/bizfinance/bankinfo/bank")]
    #[doc(alias = "GET /v2.0/bizfinance/bankinfo/bank")]
    pub fn query_bank(&self) -> rt::Call<QueryBankResponseBody, QueryBankError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBank",
            rt::Method::Get,
            "/v2.0/bizfinance/bankinfo/bank",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询支行名
    ///
    /// `GET /v2.0/bizfinance/bankinfo/branch`: DingTalk's `QueryBranch` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBranch")]
    #[doc(alias = "/v2.0/bizfinance/bankinfo/branch")]
    #[doc(alias = "GET /v2.0/bizfinance/bankinfo/branch")]
    pub fn query_branch(
        &self,
        request: &QueryBranchRequest,
    ) -> rt::Call<QueryBranchResponseBody, QueryBranchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBranch",
            rt::Method::Get,
            "/v2.0/bizfinance/bankinfo/branch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取费用类别
    ///
    /// `POST /v2.0/bizfinance/categories/batch`: DingTalk's `QueryCategoryByPage` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_category_by_page_pages`].
    #[doc(alias = "QueryCategoryByPage")]
    #[doc(alias = "/v2.0/bizfinance/categories/batch")]
    #[doc(alias = "POST /v2.0/bizfinance/categories/batch")]
    pub fn query_category_by_page(
        &self,
        request: &QueryCategoryByPageRequest,
    ) -> rt::Call<QueryCategoryByPageResponseBody, QueryCategoryByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCategoryByPage",
            rt::Method::Post,
            "/v2.0/bizfinance/categories/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询城市列表
    ///
    /// `GET /v2.0/bizfinance/bankinfo/city`: DingTalk's `QueryCity` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCity")]
    #[doc(alias = "/v2.0/bizfinance/bankinfo/city")]
    #[doc(alias = "GET /v2.0/bizfinance/bankinfo/city")]
    pub fn query_city(
        &self,
        request: &QueryCityRequest,
    ) -> rt::Call<QueryCityResponseBody, QueryCityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCity",
            rt::Method::Get,
            "/v2.0/bizfinance/bankinfo/city",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询进件信息
    ///
    /// `GET /v2.0/bizfinance/me/collections/accounts`: DingTalk's `QueryCollectionInfoList` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCollectionInfoList")]
    #[doc(alias = "/v2.0/bizfinance/me/collections/accounts")]
    #[doc(alias = "GET /v2.0/bizfinance/me/collections/accounts")]
    pub fn query_collection_info_list(
        &self,
        request: &QueryCollectionInfoListRequest,
    ) -> rt::Call<QueryCollectionInfoListResponseBody, QueryCollectionInfoListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCollectionInfoList",
            rt::Method::Get,
            "/v2.0/bizfinance/me/collections/accounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询收款订单
    ///
    /// `GET /v2.0/bizfinance/me/collections/orders`: DingTalk's `QueryCollectionOrder` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCollectionOrder")]
    #[doc(alias = "/v2.0/bizfinance/me/collections/orders")]
    #[doc(alias = "GET /v2.0/bizfinance/me/collections/orders")]
    pub fn query_collection_order(
        &self,
        request: &QueryCollectionOrderRequest,
    ) -> rt::Call<QueryCollectionOrderResponseBody, QueryCollectionOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCollectionOrder",
            rt::Method::Get,
            "/v2.0/bizfinance/me/collections/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据企业名称列表，查询是否在钉钉有组织，及组织的认证状态与规模
    ///
    /// `GET /v2.0/bizfinance/queryCorpScale`: DingTalk's `QueryCorpScale` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCorpScale")]
    #[doc(alias = "/v2.0/bizfinance/queryCorpScale")]
    #[doc(alias = "GET /v2.0/bizfinance/queryCorpScale")]
    pub fn query_corp_scale(
        &self,
        request: &QueryCorpScaleRequest,
    ) -> rt::Call<QueryCorpScaleResponseBody, QueryCorpScaleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCorpScale",
            rt::Method::Get,
            "/v2.0/bizfinance/queryCorpScale",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页批量获取智能财务应用内维护的客户信息
    ///
    /// `POST /v2.0/bizfinance/customers/batch`: DingTalk's `QueryCustomerByPage` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_customer_by_page_pages`].
    #[doc(alias = "QueryCustomerByPage")]
    #[doc(alias = "/v2.0/bizfinance/customers/batch")]
    #[doc(alias = "POST /v2.0/bizfinance/customers/batch")]
    pub fn query_customer_by_page(
        &self,
        request: &QueryCustomerByPageRequest,
    ) -> rt::Call<QueryCustomerByPageResponseBody, QueryCustomerByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCustomerByPage",
            rt::Method::Post,
            "/v2.0/bizfinance/customers/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取企业账户
    ///
    /// `POST /v2.0/bizfinance/financeAccounts/batch`: DingTalk's `QueryEnterpriseAccountByPage` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_enterprise_account_by_page_pages`].
    #[doc(alias = "QueryEnterpriseAccountByPage")]
    #[doc(alias = "/v2.0/bizfinance/financeAccounts/batch")]
    #[doc(alias = "POST /v2.0/bizfinance/financeAccounts/batch")]
    pub fn query_enterprise_account_by_page(
        &self,
        request: &QueryEnterpriseAccountByPageRequest,
    ) -> rt::Call<
        QueryEnterpriseAccountByPageResponseBody,
        QueryEnterpriseAccountByPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryEnterpriseAccountByPage",
            rt::Method::Post,
            "/v2.0/bizfinance/financeAccounts/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务企业账户签约地址
    ///
    /// `GET /v2.0/bizfinance/enterpriseAccounts/sign`: DingTalk's `QueryEnterpriseAccountSignUrl` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryEnterpriseAccountSignUrl")]
    #[doc(alias = "/v2.0/bizfinance/enterpriseAccounts/sign")]
    #[doc(alias = "GET /v2.0/bizfinance/enterpriseAccounts/sign")]
    pub fn query_enterprise_account_sign_url(
        &self,
        request: &QueryEnterpriseAccountSignUrlRequest,
    ) -> rt::Call<
        QueryEnterpriseAccountSignUrlResponseBody,
        QueryEnterpriseAccountSignUrlError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryEnterpriseAccountSignUrl",
            rt::Method::Get,
            "/v2.0/bizfinance/enterpriseAccounts/sign",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询组织的企业码开通情况
    ///
    /// `POST /v2.0/bizfinance/enterprisecode/getOpenDetail`: DingTalk's `QueryEnterpriseCodeOpenDetail` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryEnterpriseCodeOpenDetail")]
    #[doc(alias = "/v2.0/bizfinance/enterprisecode/getOpenDetail")]
    #[doc(alias = "POST /v2.0/bizfinance/enterprisecode/getOpenDetail")]
    pub fn query_enterprise_code_open_detail(
        &self,
    ) -> rt::Call<
        QueryEnterpriseCodeOpenDetailResponseBody,
        QueryEnterpriseCodeOpenDetailError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryEnterpriseCodeOpenDetail",
            rt::Method::Post,
            "/v2.0/bizfinance/enterprisecode/getOpenDetail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询支付订单详情
    ///
    /// `GET /v2.0/bizfinance/instances/{instanceId}/paymentOrders/details`: DingTalk's `QueryInstancePaymentOrderDetail` (module feature `bizfinance_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryInstancePaymentOrderDetail")]
    #[doc(alias = "/v2.0/bizfinance/instances/{instanceId}/paymentOrders/details")]
    #[doc(alias = "GET /v2.0/bizfinance/instances/{instanceId}/paymentOrders/details")]
    pub fn query_instance_payment_order_detail(
        &self,
        instance_id: &str,
        request: &QueryInstancePaymentOrderDetailRequest,
    ) -> rt::Call<
        QueryInstancePaymentOrderDetailResponseBody,
        QueryInstancePaymentOrderDetailError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryInstancePaymentOrderDetail",
            rt::Method::Get,
            "/v2.0/bizfinance/instances/{instanceId}/paymentOrders/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 发票数据迁移，根据数据key查询具体数据data
    ///
    /// `POST /v2.0/bizfinance/invoices/transferredDatas/query`: DingTalk's `QueryInvoiceTransferData` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryInvoiceTransferData")]
    #[doc(alias = "/v2.0/bizfinance/invoices/transferredDatas/query")]
    #[doc(alias = "POST /v2.0/bizfinance/invoices/transferredDatas/query")]
    pub fn query_invoice_transfer_data(
        &self,
        request: &QueryInvoiceTransferDataRequest,
    ) -> rt::Call<QueryInvoiceTransferDataResponseBody, QueryInvoiceTransferDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryInvoiceTransferData",
            rt::Method::Post,
            "/v2.0/bizfinance/invoices/transferredDatas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询支付的权益使用信息
    ///
    /// `GET /v2.0/bizfinance/payments/benefits`: DingTalk's `QueryPaymentBenefit` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPaymentBenefit")]
    #[doc(alias = "/v2.0/bizfinance/payments/benefits")]
    #[doc(alias = "GET /v2.0/bizfinance/payments/benefits")]
    pub fn query_payment_benefit(
        &self,
        request: &QueryPaymentBenefitRequest,
    ) -> rt::Call<QueryPaymentBenefitResponseBody, QueryPaymentBenefitError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPaymentBenefit",
            rt::Method::Get,
            "/v2.0/bizfinance/payments/benefits",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询智能财务支付订单信息
    ///
    /// `GET /v2.0/bizfinance/payments/orders`: DingTalk's `QueryPaymentOrderDetail` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPaymentOrderDetail")]
    #[doc(alias = "/v2.0/bizfinance/payments/orders")]
    #[doc(alias = "GET /v2.0/bizfinance/payments/orders")]
    pub fn query_payment_order_detail(
        &self,
        request: &QueryPaymentOrderDetailRequest,
    ) -> rt::Call<QueryPaymentOrderDetailResponseBody, QueryPaymentOrderDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPaymentOrderDetail",
            rt::Method::Get,
            "/v2.0/bizfinance/payments/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询支付回单信息
    ///
    /// `GET /v2.0/bizfinance/payments/recallFiles/{instanceId}`: DingTalk's `QueryPaymentRecallFile` (module feature `bizfinance_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPaymentRecallFile")]
    #[doc(alias = "/v2.0/bizfinance/payments/recallFiles/{instanceId}")]
    #[doc(alias = "GET /v2.0/bizfinance/payments/recallFiles/{instanceId}")]
    pub fn query_payment_recall_file(
        &self,
        instance_id: &str,
        request: &QueryPaymentRecallFileRequest,
    ) -> rt::Call<QueryPaymentRecallFileResponseBody, QueryPaymentRecallFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPaymentRecallFile",
            rt::Method::Get,
            "/v2.0/bizfinance/payments/recallFiles/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 查询支付回单信息，权限集与QueryPaymentRecallFile不同
    ///
    /// `GET /v2.0/bizfinance/payments/recallFilesV2/{instanceId}`: DingTalk's `QueryPaymentRecallFileVTwo` (module feature `bizfinance_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPaymentRecallFileVTwo")]
    #[doc(alias = "/v2.0/bizfinance/payments/recallFilesV2/{instanceId}")]
    #[doc(alias = "GET /v2.0/bizfinance/payments/recallFilesV2/{instanceId}")]
    pub fn query_payment_recall_file_v_two(
        &self,
        instance_id: &str,
        request: &QueryPaymentRecallFileVTwoRequest,
    ) -> rt::Call<
        QueryPaymentRecallFileVTwoResponseBody,
        QueryPaymentRecallFileVTwoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPaymentRecallFileVTwo",
            rt::Method::Get,
            "/v2.0/bizfinance/payments/recallFilesV2/{instanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 查询支付订单的状态
    ///
    /// `GET /v2.0/bizfinance/payments/statuses`: DingTalk's `QueryPaymentStatus` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPaymentStatus")]
    #[doc(alias = "/v2.0/bizfinance/payments/statuses")]
    #[doc(alias = "GET /v2.0/bizfinance/payments/statuses")]
    pub fn query_payment_status(
        &self,
        request: &QueryPaymentStatusRequest,
    ) -> rt::Call<QueryPaymentStatusResponseBody, QueryPaymentStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPaymentStatus",
            rt::Method::Get,
            "/v2.0/bizfinance/payments/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询对应权限点的人员staffId
    ///
    /// `POST /v2.0/bizfinance/consumption/permission/getUserIds`: DingTalk's `QueryPermissionUserIds` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPermissionUserIds")]
    #[doc(alias = "/v2.0/bizfinance/consumption/permission/getUserIds")]
    #[doc(alias = "POST /v2.0/bizfinance/consumption/permission/getUserIds")]
    pub fn query_permission_user_ids(
        &self,
    ) -> rt::Call<QueryPermissionUserIdsResponseBody, QueryPermissionUserIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPermissionUserIds",
            rt::Method::Post,
            "/v2.0/bizfinance/consumption/permission/getUserIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 批量获取商品信息
    ///
    /// `POST /v2.0/bizfinance/products/query`: DingTalk's `QueryProductByPage` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_product_by_page_pages`].
    #[doc(alias = "QueryProductByPage")]
    #[doc(alias = "/v2.0/bizfinance/products/query")]
    #[doc(alias = "POST /v2.0/bizfinance/products/query")]
    pub fn query_product_by_page(
        &self,
        request: &QueryProductByPageRequest,
    ) -> rt::Call<QueryProductByPageResponseBody, QueryProductByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProductByPage",
            rt::Method::Post,
            "/v2.0/bizfinance/products/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取项目信息
    ///
    /// `POST /v2.0/bizfinance/projects/batch`: DingTalk's `QueryProjectByPage` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_project_by_page_pages`].
    #[doc(alias = "QueryProjectByPage")]
    #[doc(alias = "/v2.0/bizfinance/projects/batch")]
    #[doc(alias = "POST /v2.0/bizfinance/projects/batch")]
    pub fn query_project_by_page(
        &self,
        request: &QueryProjectByPageRequest,
    ) -> rt::Call<QueryProjectByPageResponseBody, QueryProjectByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProjectByPage",
            rt::Method::Post,
            "/v2.0/bizfinance/projects/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询省份列表
    ///
    /// `GET /v2.0/bizfinance/bankinfo/province`: DingTalk's `QueryProvince` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryProvince")]
    #[doc(alias = "/v2.0/bizfinance/bankinfo/province")]
    #[doc(alias = "GET /v2.0/bizfinance/bankinfo/province")]
    pub fn query_province(
        &self,
    ) -> rt::Call<QueryProvinceResponseBody, QueryProvinceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProvince",
            rt::Method::Get,
            "/v2.0/bizfinance/bankinfo/province",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 批量查询智能财务单据主数据信息
    ///
    /// `POST /v2.0/bizfinance/invoices/receipts/query`: DingTalk's `QueryReceiptForInvoice` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_receipt_for_invoice_pages`].
    #[doc(alias = "QueryReceiptForInvoice")]
    #[doc(alias = "/v2.0/bizfinance/invoices/receipts/query")]
    #[doc(alias = "POST /v2.0/bizfinance/invoices/receipts/query")]
    pub fn query_receipt_for_invoice(
        &self,
        request: &QueryReceiptForInvoiceRequest,
    ) -> rt::Call<QueryReceiptForInvoiceResponseBody, QueryReceiptForInvoiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryReceiptForInvoice",
            rt::Method::Post,
            "/v2.0/bizfinance/invoices/receipts/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取智能财务单据详情列表
    ///
    /// `GET /v2.0/bizfinance/receipts`: DingTalk's `QueryReceiptsByPage` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryReceiptsByPage")]
    #[doc(alias = "/v2.0/bizfinance/receipts")]
    #[doc(alias = "GET /v2.0/bizfinance/receipts")]
    pub fn query_receipts_by_page(
        &self,
        request: &QueryReceiptsByPageRequest,
    ) -> rt::Call<QueryReceiptsByPageResponseBody, QueryReceiptsByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryReceiptsByPage",
            rt::Method::Get,
            "/v2.0/bizfinance/receipts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页批量获取智能财务应用内维护的供应商信息
    ///
    /// `GET /v2.0/bizfinance/suppliers`: DingTalk's `QuerySupplierByPage` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_supplier_by_page_pages`].
    #[doc(alias = "QuerySupplierByPage")]
    #[doc(alias = "/v2.0/bizfinance/suppliers")]
    #[doc(alias = "GET /v2.0/bizfinance/suppliers")]
    pub fn query_supplier_by_page(
        &self,
        request: &QuerySupplierByPageRequest,
    ) -> rt::Call<QuerySupplierByPageResponseBody, QuerySupplierByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySupplierByPage",
            rt::Method::Get,
            "/v2.0/bizfinance/suppliers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询组织是否命中走新发票应用
    ///
    /// `GET /v2.0/bizfinance/invoice/appGray`: DingTalk's `QueryUseNewInvoiceApp` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUseNewInvoiceApp")]
    #[doc(alias = "/v2.0/bizfinance/invoice/appGray")]
    #[doc(alias = "GET /v2.0/bizfinance/invoice/appGray")]
    pub fn query_use_new_invoice_app(
        &self,
    ) -> rt::Call<QueryUseNewInvoiceAppResponseBody, QueryUseNewInvoiceAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUseNewInvoiceApp",
            rt::Method::Get,
            "/v2.0/bizfinance/invoice/appGray",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询用户角色成员，支持分页，可获取某个企业主体下的角色成员
    ///
    /// `GET /v2.0/bizfinance/users/roles`: DingTalk's `QueryUserRoleList` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserRoleList")]
    #[doc(alias = "/v2.0/bizfinance/users/roles")]
    #[doc(alias = "GET /v2.0/bizfinance/users/roles")]
    pub fn query_user_role_list(
        &self,
        request: &QueryUserRoleListRequest,
    ) -> rt::Call<QueryUserRoleListResponseBody, QueryUserRoleListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserRoleList",
            rt::Method::Get,
            "/v2.0/bizfinance/users/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 签约企业账户
    ///
    /// `POST /v2.0/bizfinance/enterpriseAccounts/sign`: DingTalk's `SignEnterpriseAccount` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SignEnterpriseAccount")]
    #[doc(alias = "/v2.0/bizfinance/enterpriseAccounts/sign")]
    #[doc(alias = "POST /v2.0/bizfinance/enterpriseAccounts/sign")]
    pub fn sign_enterprise_account(
        &self,
        request: &SignEnterpriseAccountRequest,
    ) -> rt::Call<SignEnterpriseAccountResponseBody, SignEnterpriseAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SignEnterpriseAccount",
            rt::Method::Post,
            "/v2.0/bizfinance/enterpriseAccounts/sign",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送银企支付回单文件信息
    ///
    /// `POST /v2.0/bizfinance/receipts/syncRecall`: DingTalk's `SyncReceiptRecall` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncReceiptRecall")]
    #[doc(alias = "/v2.0/bizfinance/receipts/syncRecall")]
    #[doc(alias = "POST /v2.0/bizfinance/receipts/syncRecall")]
    pub fn sync_receipt_recall(
        &self,
        request: &SyncReceiptRecallRequest,
    ) -> rt::Call<SyncReceiptRecallResponseBody, SyncReceiptRecallError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncReceiptRecall",
            rt::Method::Post,
            "/v2.0/bizfinance/receipts/syncRecall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新智能财务档案的状态
    ///
    /// `PUT /v2.0/bizfinance/auxiliaries/status`: DingTalk's `UpdateAuxiliaryStatus` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateAuxiliaryStatus")]
    #[doc(alias = "/v2.0/bizfinance/auxiliaries/status")]
    #[doc(alias = "PUT /v2.0/bizfinance/auxiliaries/status")]
    pub fn update_auxiliary_status(
        &self,
        request: &UpdateAuxiliaryStatusRequest,
    ) -> rt::Call<UpdateAuxiliaryStatusResponseBody, UpdateAuxiliaryStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAuxiliaryStatus",
            rt::Method::Put,
            "/v2.0/bizfinance/auxiliaries/status",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新智能财务的企业账户
    ///
    /// `PUT /v2.0/bizfinance/enterpriseAccounts`: DingTalk's `UpdateFinanceEnterpriseAccount` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFinanceEnterpriseAccount")]
    #[doc(alias = "/v2.0/bizfinance/enterpriseAccounts")]
    #[doc(alias = "PUT /v2.0/bizfinance/enterpriseAccounts")]
    pub fn update_finance_enterprise_account(
        &self,
        request: &UpdateFinanceEnterpriseAccountRequest,
    ) -> rt::Call<
        UpdateFinanceEnterpriseAccountResponseBody,
        UpdateFinanceEnterpriseAccountError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFinanceEnterpriseAccount",
            rt::Method::Put,
            "/v2.0/bizfinance/enterpriseAccounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新单据的支付状态
    ///
    /// `PUT /v2.0/bizfinance/instances/{instanceId}/paymentOrders/states`: DingTalk's `UpdateInstanceOrderInfo` (module feature `bizfinance_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInstanceOrderInfo")]
    #[doc(alias = "/v2.0/bizfinance/instances/{instanceId}/paymentOrders/states")]
    #[doc(alias = "PUT /v2.0/bizfinance/instances/{instanceId}/paymentOrders/states")]
    pub fn update_instance_order_info(
        &self,
        instance_id: &str,
        request: &UpdateInstanceOrderInfoRequest,
    ) -> rt::Call<UpdateInstanceOrderInfoResponseBody, UpdateInstanceOrderInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInstanceOrderInfo",
            rt::Method::Put,
            "/v2.0/bizfinance/instances/{instanceId}/paymentOrders/states",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 发票数据迁移，新发票应用上报已成功搬移数据
    ///
    /// `PUT /v2.0/bizfinance/invoices/transferredDatas/statuses`: DingTalk's `UpdateInvoiceDataTransferDone` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceDataTransferDone")]
    #[doc(alias = "/v2.0/bizfinance/invoices/transferredDatas/statuses")]
    #[doc(alias = "PUT /v2.0/bizfinance/invoices/transferredDatas/statuses")]
    pub fn update_invoice_data_transfer_done(
        &self,
    ) -> rt::Call<
        UpdateInvoiceDataTransferDoneResponseBody,
        UpdateInvoiceDataTransferDoneError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceDataTransferDone",
            rt::Method::Put,
            "/v2.0/bizfinance/invoices/transferredDatas/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 用于更新智能财务企业票池内对应发票的下载链接
    ///
    /// `PUT /v2.0/bizfinance/invoices/urls`: DingTalk's `UpdateInvoiceUrl` (module feature `bizfinance_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceUrl")]
    #[doc(alias = "/v2.0/bizfinance/invoices/urls")]
    #[doc(alias = "PUT /v2.0/bizfinance/invoices/urls")]
    pub fn update_invoice_url(
        &self,
        request: &UpdateInvoiceUrlRequest,
    ) -> rt::Call<UpdateInvoiceUrlResponseBody, UpdateInvoiceUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceUrl",
            rt::Method::Put,
            "/v2.0/bizfinance/invoices/urls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_define`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false` or `totalCount` items are read. Items: `list` of each page.
    pub fn get_define_pages(
        &self,
        request: &GetDefineRequest,
    ) -> rt::Paginator<
        GetDefineResponseBody,
        GetDefineError,
        GetDefineResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["list"],
            &["hasMore"],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_define(request), &PAGING)
    }
    /// Every page of [`Api::get_define_data`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false` or `totalCount` items are read. Items: `list` of each page.
    pub fn get_define_data_pages(
        &self,
        request: &GetDefineDataRequest,
    ) -> rt::Paginator<
        GetDefineDataResponseBody,
        GetDefineDataError,
        GetDefineDataResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["list"],
            &["hasMore"],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_define_data(request), &PAGING)
    }
    /// Every page of [`Api::query_account_trade_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false` or `totalCount` items are read. Items: `result` of each page.
    pub fn query_account_trade_by_page_pages(
        &self,
        request: &QueryAccountTradeByPageRequest,
    ) -> rt::Paginator<
        QueryAccountTradeByPageResponseBody,
        QueryAccountTradeByPageError,
        QueryAccountTradeByPageResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["result"],
            &["hasMore"],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_account_trade_by_page(request), &PAGING)
    }
    /// Every page of [`Api::query_category_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_category_by_page_pages(
        &self,
        request: &QueryCategoryByPageRequest,
    ) -> rt::Paginator<
        QueryCategoryByPageResponseBody,
        QueryCategoryByPageError,
        QueryCategoryByPageResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_category_by_page(request), &PAGING)
    }
    /// Every page of [`Api::query_customer_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_customer_by_page_pages(
        &self,
        request: &QueryCustomerByPageRequest,
    ) -> rt::Paginator<
        QueryCustomerByPageResponseBody,
        QueryCustomerByPageError,
        QueryCustomerByPageResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_customer_by_page(request), &PAGING)
    }
    /// Every page of [`Api::query_enterprise_account_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_enterprise_account_by_page_pages(
        &self,
        request: &QueryEnterpriseAccountByPageRequest,
    ) -> rt::Paginator<
        QueryEnterpriseAccountByPageResponseBody,
        QueryEnterpriseAccountByPageError,
        QueryEnterpriseAccountByPageResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_enterprise_account_by_page(request), &PAGING)
    }
    /// Every page of [`Api::query_product_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_product_by_page_pages(
        &self,
        request: &QueryProductByPageRequest,
    ) -> rt::Paginator<
        QueryProductByPageResponseBody,
        QueryProductByPageError,
        QueryProductByPageResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_product_by_page(request), &PAGING)
    }
    /// Every page of [`Api::query_project_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_project_by_page_pages(
        &self,
        request: &QueryProjectByPageRequest,
    ) -> rt::Paginator<
        QueryProjectByPageResponseBody,
        QueryProjectByPageError,
        QueryProjectByPageResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_project_by_page(request), &PAGING)
    }
    /// Every page of [`Api::query_receipt_for_invoice`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `list` of each page.
    pub fn query_receipt_for_invoice_pages(
        &self,
        request: &QueryReceiptForInvoiceRequest,
    ) -> rt::Paginator<
        QueryReceiptForInvoiceResponseBody,
        QueryReceiptForInvoiceError,
        QueryReceiptForInvoiceResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["list"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_receipt_for_invoice(request), &PAGING)
    }
    /// Every page of [`Api::query_supplier_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_supplier_by_page_pages(
        &self,
        request: &QuerySupplierByPageRequest,
    ) -> rt::Paginator<
        QuerySupplierByPageResponseBody,
        QuerySupplierByPageError,
        QuerySupplierByPageResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_supplier_by_page(request), &PAGING)
    }
}
/// `AddFinanceEnterpriseAccountResponseBody`, a model several operations share: also named [`UpdateFinanceEnterpriseAccountResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddFinanceEnterpriseAccountResponseBody {
    /// `accountCode`.
    pub account_code: Option<String>,
}
rt::impl_deserialize! {
    AddFinanceEnterpriseAccountResponseBody { "accountCode" => read_field(account_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddFinanceEnterpriseAccountResponseBody { "accountCode" => optional(account_code) }
}
/// `AddRetentionRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddRetentionRecordResponseBody {
    /// `isSuccess`.
    pub is_success: Option<bool>,
}
rt::impl_deserialize! {
    AddRetentionRecordResponseBody { "isSuccess" => read_field(is_success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddRetentionRecordResponseBody { "isSuccess" => optional(is_success) }
}
/// `AiVoucherResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiVoucherResponseBody {
    /// `content`.
    pub content: Option<String>,
}
rt::impl_deserialize! {
    AiVoucherResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiVoucherResponseBody { "content" => optional(content) }
}
/// `BankGatewayInvokeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BankGatewayInvokeResponseBody {
    /// `outputData`.
    pub output_data: Option<String>,
}
rt::impl_deserialize! {
    BankGatewayInvokeResponseBody { "outputData" => read_field(output_data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BankGatewayInvokeResponseBody { "outputData" => optional(output_data) }
}
/// `BatchDeleteReceiptResponseBody`, a model several operations share: also named [`BatchSyncBankReceiptResponseBody`], [`CancelSignEnterpriseAccountResponseBody`], [`DeleteCompanyResponseBody`], [`DeleteEnterpriseAccountResponseBody`], [`DeleteProcessInstanceResponseBody`], [`DeleteWorkflowInstanceResponseBody`], [`EnableCompanyResponseBody`], [`EnableEnterpriseAccountResponseBody`], [`SignEnterpriseAccountResponseBody`], [`SyncReceiptRecallResponseBody`], [`UpdateAuxiliaryStatusResponseBody`], [`UpdateInstanceOrderInfoResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchDeleteReceiptResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    BatchDeleteReceiptResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchDeleteReceiptResponseBody { "result" => optional(result) }
}
/// `BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList {
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
}
impl BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList {
    /// An empty `BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `invoiceCode`.
    pub fn invoice_code(mut self, value: impl Into<String>) -> Self {
        self.invoice_code = Some(value.into());
        self
    }
    /// Sets `invoiceNo`.
    pub fn invoice_no(mut self, value: impl Into<String>) -> Self {
        self.invoice_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList { "invoiceCode" =>
    optional(invoice_code), "invoiceNo" => optional(invoice_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList { "invoiceCode" =>
    read_field(invoice_code), "invoiceNo" => read_field(invoice_no) }
}
/// `BatchQueryOrgInvoiceUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryOrgInvoiceUrlResponseBody {
    /// `failInvoiceList`.
    pub fail_invoice_list: Option<
        Vec<BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList>,
    >,
    /// `orgInvoiceUrlList`.
    pub org_invoice_url_list: Option<
        Vec<BatchQueryOrgInvoiceUrlResponseBodyOrgInvoiceUrlList>,
    >,
}
rt::impl_deserialize! {
    BatchQueryOrgInvoiceUrlResponseBody { "failInvoiceList" =>
    read_field(fail_invoice_list), "orgInvoiceUrlList" =>
    read_field(org_invoice_url_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryOrgInvoiceUrlResponseBody { "failInvoiceList" =>
    optional(fail_invoice_list), "orgInvoiceUrlList" => optional(org_invoice_url_list) }
}
/// `BatchQueryPaymentRecallFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryPaymentRecallFileResponseBody {
    /// `paymentRecallFileList`.
    pub payment_recall_file_list: Option<
        Vec<BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList>,
    >,
}
rt::impl_deserialize! {
    BatchQueryPaymentRecallFileResponseBody { "paymentRecallFileList" =>
    read_field(payment_recall_file_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryPaymentRecallFileResponseBody { "paymentRecallFileList" =>
    optional(payment_recall_file_list) }
}
/// `BatchSyncBankReceiptRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchSyncBankReceiptRequestBody {
    /// `fileDownloadUrl`.
    pub file_download_url: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `messageId`.
    pub message_id: Option<String>,
    /// `messageIdType`.
    pub message_id_type: Option<String>,
}
impl BatchSyncBankReceiptRequestBody {
    /// An empty `BatchSyncBankReceiptRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileDownloadUrl`.
    pub fn file_download_url(mut self, value: impl Into<String>) -> Self {
        self.file_download_url = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `messageId`.
    pub fn message_id(mut self, value: impl Into<String>) -> Self {
        self.message_id = Some(value.into());
        self
    }
    /// Sets `messageIdType`.
    pub fn message_id_type(mut self, value: impl Into<String>) -> Self {
        self.message_id_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchSyncBankReceiptRequestBody { "fileDownloadUrl" => optional(file_download_url),
    "fileName" => optional(file_name), "messageId" => optional(message_id),
    "messageIdType" => optional(message_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSyncBankReceiptRequestBody { "fileDownloadUrl" => read_field(file_download_url),
    "fileName" => read_field(file_name), "messageId" => read_field(message_id),
    "messageIdType" => read_field(message_id_type) }
}
/// `BatchSyncBankReceiptResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type BatchSyncBankReceiptResponseBody = BatchDeleteReceiptResponseBody;
/// `CancelSignEnterpriseAccountResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type CancelSignEnterpriseAccountResponseBody = BatchDeleteReceiptResponseBody;
/// `CheckVoucherStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckVoucherStatusResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CheckVoucherStatusResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckVoucherStatusResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ConfirmPaymentOrderResponseBody`, a model several operations share: also named [`QueryEnterpriseAccountSignUrlResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConfirmPaymentOrderResponseBody {
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    ConfirmPaymentOrderResponseBody { "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConfirmPaymentOrderResponseBody { "url" => optional(url) }
}
/// `CreateCollectionOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCollectionOrderResponseBody {
    /// `collectionUrl`.
    pub collection_url: Option<String>,
}
rt::impl_deserialize! {
    CreateCollectionOrderResponseBody { "collectionUrl" => read_field(collection_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCollectionOrderResponseBody { "collectionUrl" => optional(collection_url) }
}
/// `CreatePayableReceiptRequestReceipt`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePayableReceiptRequestReceipt {
    /// `amount`.
    pub amount: Option<String>,
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `customerCode`.
    pub customer_code: Option<String>,
    /// `dangAnDataInfoList`.
    pub dang_an_data_info_list: Option<
        Vec<CreatePayableReceiptRequestReceiptDangAnDataInfoList>,
    >,
    /// `departmentCode`.
    pub department_code: Option<String>,
    /// `empAccountUserId`.
    pub emp_account_user_id: Option<String>,
    /// `enterpriseAccountCode`.
    pub enterprise_account_code: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `occurDate`.
    pub occur_date: Option<i64>,
    /// `principalId`.
    pub principal_id: Option<String>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `receiptPlans`.
    pub receipt_plans: Option<Vec<CreatePayableReceiptRequestReceiptReceiptPlans>>,
    /// `receiptType`.
    pub receipt_type: Option<i64>,
    /// `recodeTime`.
    pub recode_time: Option<i64>,
    /// `remark`.
    pub remark: Option<String>,
    /// `supplierCode`.
    pub supplier_code: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreatePayableReceiptRequestReceipt {
    /// An empty `CreatePayableReceiptRequestReceipt`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<String>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `categoryCode`.
    pub fn category_code(mut self, value: impl Into<String>) -> Self {
        self.category_code = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `createTime`.
    pub fn create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `customerCode`.
    pub fn customer_code(mut self, value: impl Into<String>) -> Self {
        self.customer_code = Some(value.into());
        self
    }
    /// Sets `dangAnDataInfoList`.
    pub fn dang_an_data_info_list(
        mut self,
        value: impl IntoIterator<
            Item = CreatePayableReceiptRequestReceiptDangAnDataInfoList,
        >,
    ) -> Self {
        self.dang_an_data_info_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `departmentCode`.
    pub fn department_code(mut self, value: impl Into<String>) -> Self {
        self.department_code = Some(value.into());
        self
    }
    /// Sets `empAccountUserId`.
    pub fn emp_account_user_id(mut self, value: impl Into<String>) -> Self {
        self.emp_account_user_id = Some(value.into());
        self
    }
    /// Sets `enterpriseAccountCode`.
    pub fn enterprise_account_code(mut self, value: impl Into<String>) -> Self {
        self.enterprise_account_code = Some(value.into());
        self
    }
    /// Sets `formCode`.
    pub fn form_code(mut self, value: impl Into<String>) -> Self {
        self.form_code = Some(value.into());
        self
    }
    /// Sets `occurDate`.
    pub fn occur_date(mut self, value: i64) -> Self {
        self.occur_date = Some(value);
        self
    }
    /// Sets `principalId`.
    pub fn principal_id(mut self, value: impl Into<String>) -> Self {
        self.principal_id = Some(value.into());
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `projectCode`.
    pub fn project_code(mut self, value: impl Into<String>) -> Self {
        self.project_code = Some(value.into());
        self
    }
    /// Sets `receiptPlans`.
    pub fn receipt_plans(
        mut self,
        value: impl IntoIterator<Item = CreatePayableReceiptRequestReceiptReceiptPlans>,
    ) -> Self {
        self.receipt_plans = Some(value.into_iter().collect());
        self
    }
    /// Sets `receiptType`.
    pub fn receipt_type(mut self, value: i64) -> Self {
        self.receipt_type = Some(value);
        self
    }
    /// Sets `recodeTime`.
    pub fn recode_time(mut self, value: i64) -> Self {
        self.recode_time = Some(value);
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `supplierCode`.
    pub fn supplier_code(mut self, value: impl Into<String>) -> Self {
        self.supplier_code = Some(value.into());
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
    CreatePayableReceiptRequestReceipt { "amount" => optional(amount), "categoryCode" =>
    optional(category_code), "code" => optional(code), "companyCode" =>
    optional(company_code), "corpId" => optional(corp_id), "createTime" =>
    optional(create_time), "customerCode" => optional(customer_code),
    "dangAnDataInfoList" => optional(dang_an_data_info_list), "departmentCode" =>
    optional(department_code), "empAccountUserId" => optional(emp_account_user_id),
    "enterpriseAccountCode" => optional(enterprise_account_code), "formCode" =>
    optional(form_code), "occurDate" => optional(occur_date), "principalId" =>
    optional(principal_id), "productCode" => optional(product_code), "projectCode" =>
    optional(project_code), "receiptPlans" => optional(receipt_plans), "receiptType" =>
    optional(receipt_type), "recodeTime" => optional(recode_time), "remark" =>
    optional(remark), "supplierCode" => optional(supplier_code), "title" =>
    optional(title), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePayableReceiptRequestReceipt { "amount" => read_field(amount), "categoryCode"
    => read_field(category_code), "code" => read_field(code), "companyCode" =>
    read_field(company_code), "corpId" => read_field(corp_id), "createTime" =>
    read_field(create_time), "customerCode" => read_field(customer_code),
    "dangAnDataInfoList" => read_field(dang_an_data_info_list), "departmentCode" =>
    read_field(department_code), "empAccountUserId" => read_field(emp_account_user_id),
    "enterpriseAccountCode" => read_field(enterprise_account_code), "formCode" =>
    read_field(form_code), "occurDate" => read_field(occur_date), "principalId" =>
    read_field(principal_id), "productCode" => read_field(product_code), "projectCode" =>
    read_field(project_code), "receiptPlans" => read_field(receipt_plans), "receiptType"
    => read_field(receipt_type), "recodeTime" => read_field(recode_time), "remark" =>
    read_field(remark), "supplierCode" => read_field(supplier_code), "title" =>
    read_field(title), "userId" => read_field(user_id) }
}
/// `CreatePayableReceiptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePayableReceiptResponseBody {
    /// `result`.
    pub result: Option<CreatePayableReceiptResponseBodyResult>,
}
rt::impl_deserialize! {
    CreatePayableReceiptResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreatePayableReceiptResponseBody { "result" => optional(result) }
}
/// `CreatePaymentOrderRequestPayeeAccountDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePaymentOrderRequestPayeeAccountDTO {
    /// `bankOpenDTO`.
    pub bank_open_dto: Option<CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO>,
}
impl CreatePaymentOrderRequestPayeeAccountDTO {
    /// An empty `CreatePaymentOrderRequestPayeeAccountDTO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bankOpenDTO`.
    pub fn bank_open_dto(
        mut self,
        value: CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO,
    ) -> Self {
        self.bank_open_dto = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreatePaymentOrderRequestPayeeAccountDTO { "bankOpenDTO" => optional(bank_open_dto) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePaymentOrderRequestPayeeAccountDTO { "bankOpenDTO" => read_field(bank_open_dto)
    }
}
/// `CreatePaymentOrderRequestPayerAccountDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePaymentOrderRequestPayerAccountDTO {
    /// `enterpriseAccountCode`.
    pub enterprise_account_code: Option<String>,
}
impl CreatePaymentOrderRequestPayerAccountDTO {
    /// An empty `CreatePaymentOrderRequestPayerAccountDTO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enterpriseAccountCode`.
    pub fn enterprise_account_code(mut self, value: impl Into<String>) -> Self {
        self.enterprise_account_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreatePaymentOrderRequestPayerAccountDTO { "enterpriseAccountCode" =>
    optional(enterprise_account_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePaymentOrderRequestPayerAccountDTO { "enterpriseAccountCode" =>
    read_field(enterprise_account_code) }
}
/// `CreatePaymentOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePaymentOrderResponseBody {
    /// `expireTime`.
    pub expire_time: Option<i64>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `outBizNo`.
    pub out_biz_no: Option<String>,
}
rt::impl_deserialize! {
    CreatePaymentOrderResponseBody { "expireTime" => read_field(expire_time), "orderNo"
    => read_field(order_no), "outBizNo" => read_field(out_biz_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreatePaymentOrderResponseBody { "expireTime" => optional(expire_time), "orderNo" =>
    optional(order_no), "outBizNo" => optional(out_biz_no) }
}
/// `DeleteCompanyResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type DeleteCompanyResponseBody = BatchDeleteReceiptResponseBody;
/// `DeleteEnterpriseAccountResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type DeleteEnterpriseAccountResponseBody = BatchDeleteReceiptResponseBody;
/// `DeleteProcessInstanceResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type DeleteProcessInstanceResponseBody = BatchDeleteReceiptResponseBody;
/// `DeleteWorkflowInstanceResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type DeleteWorkflowInstanceResponseBody = BatchDeleteReceiptResponseBody;
/// `EnableCompanyResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type EnableCompanyResponseBody = BatchDeleteReceiptResponseBody;
/// `EnableEnterpriseAccountResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type EnableEnterpriseAccountResponseBody = BatchDeleteReceiptResponseBody;
/// `GetCategoryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCategoryResponseBody {
    /// `accountantBookIdList`.
    pub accountant_book_id_list: Option<Vec<String>>,
    /// `code`.
    pub code: Option<String>,
    /// `isDir`.
    pub is_dir: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `parentCode`.
    pub parent_code: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetCategoryResponseBody { "accountantBookIdList" =>
    read_field(accountant_book_id_list), "code" => read_field(code), "isDir" =>
    read_field(is_dir), "name" => read_field(name), "parentCode" =>
    read_field(parent_code), "remark" => read_field(remark), "status" =>
    read_field(status), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCategoryResponseBody { "accountantBookIdList" =>
    optional(accountant_book_id_list), "code" => optional(code), "isDir" =>
    optional(is_dir), "name" => optional(name), "parentCode" => optional(parent_code),
    "remark" => optional(remark), "status" => optional(status), "type" =>
    optional(r#type) }
}
/// `GetDefineResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDefineResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<GetDefineResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetDefineResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDefineResponseBody { "hasMore" => optional(has_more), "list" => optional(list),
    "totalCount" => optional(total_count) }
}
/// `GetDefineDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDefineDataResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<GetDefineDataResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetDefineDataResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDefineDataResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "totalCount" => optional(total_count) }
}
/// `GetFinanceAccountResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFinanceAccountResponseBody {
    /// `accountCode`.
    pub account_code: Option<String>,
    /// `accountId`.
    pub account_id: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountRemark`.
    pub account_remark: Option<String>,
    /// `accountType`.
    pub account_type: Option<String>,
    /// `accountantBookIdList`.
    pub accountant_book_id_list: Option<Vec<String>>,
    /// `amount`.
    pub amount: Option<String>,
    /// `bankCode`.
    pub bank_code: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `officialName`.
    pub official_name: Option<String>,
    /// `officialNumber`.
    pub official_number: Option<String>,
    /// `signStatus`.
    pub sign_status: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetFinanceAccountResponseBody { "accountCode" => read_field(account_code),
    "accountId" => read_field(account_id), "accountName" => read_field(account_name),
    "accountRemark" => read_field(account_remark), "accountType" =>
    read_field(account_type), "accountantBookIdList" =>
    read_field(accountant_book_id_list), "amount" => read_field(amount), "bankCode" =>
    read_field(bank_code), "bankName" => read_field(bank_name), "createTime" =>
    read_field(create_time), "creator" => read_field(creator), "officialName" =>
    read_field(official_name), "officialNumber" => read_field(official_number),
    "signStatus" => read_field(sign_status), "source" => read_field(source), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFinanceAccountResponseBody { "accountCode" => optional(account_code), "accountId"
    => optional(account_id), "accountName" => optional(account_name), "accountRemark" =>
    optional(account_remark), "accountType" => optional(account_type),
    "accountantBookIdList" => optional(accountant_book_id_list), "amount" =>
    optional(amount), "bankCode" => optional(bank_code), "bankName" =>
    optional(bank_name), "createTime" => optional(create_time), "creator" =>
    optional(creator), "officialName" => optional(official_name), "officialNumber" =>
    optional(official_number), "signStatus" => optional(sign_status), "source" =>
    optional(source), "status" => optional(status) }
}
/// `GetProjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectResponseBody {
    /// `accountantBookIdList`.
    pub accountant_book_id_list: Option<Vec<String>>,
    /// `code`.
    pub code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentCode`.
    pub parent_code: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `userDefineCode`.
    pub user_define_code: Option<String>,
}
rt::impl_deserialize! {
    GetProjectResponseBody { "accountantBookIdList" =>
    read_field(accountant_book_id_list), "code" => read_field(code), "createTime" =>
    read_field(create_time), "creator" => read_field(creator), "description" =>
    read_field(description), "name" => read_field(name), "parentCode" =>
    read_field(parent_code), "projectCode" => read_field(project_code), "projectName" =>
    read_field(project_name), "status" => read_field(status), "userDefineCode" =>
    read_field(user_define_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectResponseBody { "accountantBookIdList" => optional(accountant_book_id_list),
    "code" => optional(code), "createTime" => optional(create_time), "creator" =>
    optional(creator), "description" => optional(description), "name" => optional(name),
    "parentCode" => optional(parent_code), "projectCode" => optional(project_code),
    "projectName" => optional(project_name), "status" => optional(status),
    "userDefineCode" => optional(user_define_code) }
}
/// `GetReceiptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetReceiptResponseBody {
    /// `appId`.
    pub app_id: Option<String>,
    /// `data`.
    pub data: Option<String>,
    /// `modelId`.
    pub model_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
}
rt::impl_deserialize! {
    GetReceiptResponseBody { "appId" => read_field(app_id), "data" => read_field(data),
    "modelId" => read_field(model_id), "source" => read_field(source) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetReceiptResponseBody { "appId" => optional(app_id), "data" => optional(data),
    "modelId" => optional(model_id), "source" => optional(source) }
}
/// `GetSupplierResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSupplierResponseBody {
    /// `accountantBookIdList`.
    pub accountant_book_id_list: Option<Vec<String>>,
    /// `code`.
    pub code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `customFormDataList`.
    pub custom_form_data_list: Option<Vec<GetSupplierResponseBodyCustomFormDataList>>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `userDefineCode`.
    pub user_define_code: Option<String>,
}
rt::impl_deserialize! {
    GetSupplierResponseBody { "accountantBookIdList" =>
    read_field(accountant_book_id_list), "code" => read_field(code), "createTime" =>
    read_field(create_time), "customFormDataList" => read_field(custom_form_data_list),
    "description" => read_field(description), "name" => read_field(name), "status" =>
    read_field(status), "userDefineCode" => read_field(user_define_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSupplierResponseBody { "accountantBookIdList" =>
    optional(accountant_book_id_list), "code" => optional(code), "createTime" =>
    optional(create_time), "customFormDataList" => optional(custom_form_data_list),
    "description" => optional(description), "name" => optional(name), "status" =>
    optional(status), "userDefineCode" => optional(user_define_code) }
}
/// `IssueInvoiceWithOrderRequestContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IssueInvoiceWithOrderRequestContent {
    /// `additionInfo`.
    pub addition_info: Option<Vec<IssueInvoiceWithOrderRequestContentAdditionInfo>>,
    /// `applyPerson`.
    pub apply_person: Option<String>,
    /// `bankAccount`.
    pub bank_account: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `invoiceRemark`.
    pub invoice_remark: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<i64>,
    /// `naturalPerson`.
    pub natural_person: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `payee`.
    pub payee: Option<String>,
    /// `phone`.
    pub phone: Option<String>,
    /// `products`.
    pub products: Option<Vec<IssueInvoiceWithOrderRequestContentProducts>>,
    /// `purchaser`.
    pub purchaser: Option<String>,
    /// `purchaserAddress`.
    pub purchaser_address: Option<String>,
    /// `purchaserTel`.
    pub purchaser_tel: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `reviewer`.
    pub reviewer: Option<String>,
    /// `taxnum`.
    pub taxnum: Option<String>,
}
impl IssueInvoiceWithOrderRequestContent {
    /// An empty `IssueInvoiceWithOrderRequestContent`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `additionInfo`.
    pub fn addition_info(
        mut self,
        value: impl IntoIterator<Item = IssueInvoiceWithOrderRequestContentAdditionInfo>,
    ) -> Self {
        self.addition_info = Some(value.into_iter().collect());
        self
    }
    /// Sets `applyPerson`.
    pub fn apply_person(mut self, value: impl Into<String>) -> Self {
        self.apply_person = Some(value.into());
        self
    }
    /// Sets `bankAccount`.
    pub fn bank_account(mut self, value: impl Into<String>) -> Self {
        self.bank_account = Some(value.into());
        self
    }
    /// Sets `bankName`.
    pub fn bank_name(mut self, value: impl Into<String>) -> Self {
        self.bank_name = Some(value.into());
        self
    }
    /// Sets `invoiceRemark`.
    pub fn invoice_remark(mut self, value: impl Into<String>) -> Self {
        self.invoice_remark = Some(value.into());
        self
    }
    /// Sets `invoiceType`.
    pub fn invoice_type(mut self, value: i64) -> Self {
        self.invoice_type = Some(value);
        self
    }
    /// Sets `naturalPerson`.
    pub fn natural_person(mut self, value: impl Into<String>) -> Self {
        self.natural_person = Some(value.into());
        self
    }
    /// Sets `orderId`.
    pub fn order_id(mut self, value: impl Into<String>) -> Self {
        self.order_id = Some(value.into());
        self
    }
    /// Sets `payee`.
    pub fn payee(mut self, value: impl Into<String>) -> Self {
        self.payee = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `products`.
    pub fn products(
        mut self,
        value: impl IntoIterator<Item = IssueInvoiceWithOrderRequestContentProducts>,
    ) -> Self {
        self.products = Some(value.into_iter().collect());
        self
    }
    /// Sets `purchaser`.
    pub fn purchaser(mut self, value: impl Into<String>) -> Self {
        self.purchaser = Some(value.into());
        self
    }
    /// Sets `purchaserAddress`.
    pub fn purchaser_address(mut self, value: impl Into<String>) -> Self {
        self.purchaser_address = Some(value.into());
        self
    }
    /// Sets `purchaserTel`.
    pub fn purchaser_tel(mut self, value: impl Into<String>) -> Self {
        self.purchaser_tel = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `reviewer`.
    pub fn reviewer(mut self, value: impl Into<String>) -> Self {
        self.reviewer = Some(value.into());
        self
    }
    /// Sets `taxnum`.
    pub fn taxnum(mut self, value: impl Into<String>) -> Self {
        self.taxnum = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IssueInvoiceWithOrderRequestContent { "additionInfo" => optional(addition_info),
    "applyPerson" => optional(apply_person), "bankAccount" => optional(bank_account),
    "bankName" => optional(bank_name), "invoiceRemark" => optional(invoice_remark),
    "invoiceType" => optional(invoice_type), "naturalPerson" => optional(natural_person),
    "orderId" => optional(order_id), "payee" => optional(payee), "phone" =>
    optional(phone), "products" => optional(products), "purchaser" =>
    optional(purchaser), "purchaserAddress" => optional(purchaser_address),
    "purchaserTel" => optional(purchaser_tel), "remark" => optional(remark), "reviewer"
    => optional(reviewer), "taxnum" => optional(taxnum) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IssueInvoiceWithOrderRequestContent { "additionInfo" => read_field(addition_info),
    "applyPerson" => read_field(apply_person), "bankAccount" => read_field(bank_account),
    "bankName" => read_field(bank_name), "invoiceRemark" => read_field(invoice_remark),
    "invoiceType" => read_field(invoice_type), "naturalPerson" =>
    read_field(natural_person), "orderId" => read_field(order_id), "payee" =>
    read_field(payee), "phone" => read_field(phone), "products" => read_field(products),
    "purchaser" => read_field(purchaser), "purchaserAddress" =>
    read_field(purchaser_address), "purchaserTel" => read_field(purchaser_tel), "remark"
    => read_field(remark), "reviewer" => read_field(reviewer), "taxnum" =>
    read_field(taxnum) }
}
/// `IssueInvoiceWithOrderResponseBody`, a model several operations share: also named [`OrderBillingResponseBody`], [`UpdateInvoiceDataTransferDoneResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IssueInvoiceWithOrderResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    IssueInvoiceWithOrderResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IssueInvoiceWithOrderResponseBody { "success" => optional(success) }
}
/// `LinkCommonInvokeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LinkCommonInvokeResponseBody {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `data`.
    pub data: Option<String>,
    /// `invokeId`.
    pub invoke_id: Option<String>,
}
rt::impl_deserialize! {
    LinkCommonInvokeResponseBody { "bizType" => read_field(biz_type), "data" =>
    read_field(data), "invokeId" => read_field(invoke_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LinkCommonInvokeResponseBody { "bizType" => optional(biz_type), "data" =>
    optional(data), "invokeId" => optional(invoke_id) }
}
/// `OrderBillingRequestAdditionInfos`, a model several operations share: also named [`IssueInvoiceWithOrderRequestContentAdditionInfo`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OrderBillingRequestAdditionInfos {
    /// `additionContent`.
    pub addition_content: Option<String>,
    /// `additionName`.
    pub addition_name: Option<String>,
    /// `dataType`.
    pub data_type: Option<i64>,
}
impl OrderBillingRequestAdditionInfos {
    /// An empty `OrderBillingRequestAdditionInfos`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `additionContent`.
    pub fn addition_content(mut self, value: impl Into<String>) -> Self {
        self.addition_content = Some(value.into());
        self
    }
    /// Sets `additionName`.
    pub fn addition_name(mut self, value: impl Into<String>) -> Self {
        self.addition_name = Some(value.into());
        self
    }
    /// Sets `dataType`.
    pub fn data_type(mut self, value: i64) -> Self {
        self.data_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    OrderBillingRequestAdditionInfos { "additionContent" => optional(addition_content),
    "additionName" => optional(addition_name), "dataType" => optional(data_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrderBillingRequestAdditionInfos { "additionContent" => read_field(addition_content),
    "additionName" => read_field(addition_name), "dataType" => read_field(data_type) }
}
/// `OrderBillingRequestProducts`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OrderBillingRequestProducts {
    /// `amountWithTax`.
    pub amount_with_tax: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `quantity`.
    pub quantity: Option<String>,
    /// `revenueCode`.
    pub revenue_code: Option<String>,
    /// `specification`.
    pub specification: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `unitPrice`.
    pub unit_price: Option<String>,
}
impl OrderBillingRequestProducts {
    /// An empty `OrderBillingRequestProducts`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `amountWithTax`.
    pub fn amount_with_tax(mut self, value: impl Into<String>) -> Self {
        self.amount_with_tax = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `quantity`.
    pub fn quantity(mut self, value: impl Into<String>) -> Self {
        self.quantity = Some(value.into());
        self
    }
    /// Sets `revenueCode`.
    pub fn revenue_code(mut self, value: impl Into<String>) -> Self {
        self.revenue_code = Some(value.into());
        self
    }
    /// Sets `specification`.
    pub fn specification(mut self, value: impl Into<String>) -> Self {
        self.specification = Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
    /// Sets `unitPrice`.
    pub fn unit_price(mut self, value: impl Into<String>) -> Self {
        self.unit_price = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    OrderBillingRequestProducts { "amountWithTax" => optional(amount_with_tax),
    "productName" => optional(product_name), "quantity" => optional(quantity),
    "revenueCode" => optional(revenue_code), "specification" => optional(specification),
    "unit" => optional(unit), "unitPrice" => optional(unit_price) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrderBillingRequestProducts { "amountWithTax" => read_field(amount_with_tax),
    "productName" => read_field(product_name), "quantity" => read_field(quantity),
    "revenueCode" => read_field(revenue_code), "specification" =>
    read_field(specification), "unit" => read_field(unit), "unitPrice" =>
    read_field(unit_price) }
}
/// `OrderBillingResponseBody`: the same model as [`IssueInvoiceWithOrderResponseBody`].
pub type OrderBillingResponseBody = IssueInvoiceWithOrderResponseBody;
/// `PageQueryCorpPayAccountsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageQueryCorpPayAccountsResponseBody {
    /// `accounts`.
    pub accounts: Option<Vec<PageQueryCorpPayAccountsResponseBodyAccounts>>,
}
rt::impl_deserialize! {
    PageQueryCorpPayAccountsResponseBody { "accounts" => read_field(accounts) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageQueryCorpPayAccountsResponseBody { "accounts" => optional(accounts) }
}
/// `QueryAccountTradeByPageRequestFilter`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAccountTradeByPageRequestFilter {
    /// `endAmount`.
    pub end_amount: Option<String>,
    /// `otherAccountName`.
    pub other_account_name: Option<String>,
    /// `startAmount`.
    pub start_amount: Option<String>,
    /// `tradeType`.
    pub trade_type: Option<String>,
}
impl QueryAccountTradeByPageRequestFilter {
    /// An empty `QueryAccountTradeByPageRequestFilter`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endAmount`.
    pub fn end_amount(mut self, value: impl Into<String>) -> Self {
        self.end_amount = Some(value.into());
        self
    }
    /// Sets `otherAccountName`.
    pub fn other_account_name(mut self, value: impl Into<String>) -> Self {
        self.other_account_name = Some(value.into());
        self
    }
    /// Sets `startAmount`.
    pub fn start_amount(mut self, value: impl Into<String>) -> Self {
        self.start_amount = Some(value.into());
        self
    }
    /// Sets `tradeType`.
    pub fn trade_type(mut self, value: impl Into<String>) -> Self {
        self.trade_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryAccountTradeByPageRequestFilter { "endAmount" => optional(end_amount),
    "otherAccountName" => optional(other_account_name), "startAmount" =>
    optional(start_amount), "tradeType" => optional(trade_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAccountTradeByPageRequestFilter { "endAmount" => read_field(end_amount),
    "otherAccountName" => read_field(other_account_name), "startAmount" =>
    read_field(start_amount), "tradeType" => read_field(trade_type) }
}
/// `QueryAccountTradeByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAccountTradeByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `result`.
    pub result: Option<Vec<QueryAccountTradeByPageResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryAccountTradeByPageResponseBody { "hasMore" => read_field(has_more), "nextToken"
    => read_field(next_token), "result" => read_field(result), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAccountTradeByPageResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "result" => optional(result), "totalCount" =>
    optional(total_count) }
}
/// `QueryAlipayUserIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAlipayUserIdResponseBody {
    /// `alipayBizUserList`.
    pub alipay_biz_user_list: Option<
        Vec<QueryAlipayUserIdResponseBodyAlipayBizUserList>,
    >,
}
rt::impl_deserialize! {
    QueryAlipayUserIdResponseBody { "alipayBizUserList" =>
    read_field(alipay_biz_user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAlipayUserIdResponseBody { "alipayBizUserList" => optional(alipay_biz_user_list)
    }
}
/// `QueryAttachmentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAttachmentResponseBody {
    /// `attachmentList`.
    pub attachment_list: Option<Vec<QueryAttachmentResponseBodyAttachmentList>>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
}
rt::impl_deserialize! {
    QueryAttachmentResponseBody { "attachmentList" => read_field(attachment_list),
    "processInstanceId" => read_field(process_instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAttachmentResponseBody { "attachmentList" => optional(attachment_list),
    "processInstanceId" => optional(process_instance_id) }
}
/// `QueryBankResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBankResponseBody {
    /// `supportBanks`.
    pub support_banks: Option<Vec<QueryBankResponseBodySupportBanks>>,
}
rt::impl_deserialize! {
    QueryBankResponseBody { "supportBanks" => read_field(support_banks) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBankResponseBody { "supportBanks" => optional(support_banks) }
}
/// `QueryBranchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBranchResponseBody {
    /// `supportSubBanks`.
    pub support_sub_banks: Option<Vec<QueryBranchResponseBodySupportSubBanks>>,
}
rt::impl_deserialize! {
    QueryBranchResponseBody { "supportSubBanks" => read_field(support_sub_banks) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBranchResponseBody { "supportSubBanks" => optional(support_sub_banks) }
}
/// `QueryCategoryByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCategoryByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCategoryByPageResponseBodyList>>,
}
rt::impl_deserialize! {
    QueryCategoryByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCategoryByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list) }
}
/// `QueryCityResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCityResponseBody {
    /// `citys`.
    pub citys: Option<Vec<QueryCityResponseBodyCitys>>,
}
rt::impl_deserialize! {
    QueryCityResponseBody { "citys" => read_field(citys) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCityResponseBody { "citys" => optional(citys) }
}
/// `QueryCollectionInfoListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCollectionInfoListResponseBody {
    /// `collectionInfoList`.
    pub collection_info_list: Option<
        Vec<QueryCollectionInfoListResponseBodyCollectionInfoList>,
    >,
}
rt::impl_deserialize! {
    QueryCollectionInfoListResponseBody { "collectionInfoList" =>
    read_field(collection_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCollectionInfoListResponseBody { "collectionInfoList" =>
    optional(collection_info_list) }
}
/// `QueryCollectionOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCollectionOrderResponseBody {
    /// `amount`.
    pub amount: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryCollectionOrderResponseBody { "amount" => read_field(amount), "instanceId" =>
    read_field(instance_id), "remark" => read_field(remark), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCollectionOrderResponseBody { "amount" => optional(amount), "instanceId" =>
    optional(instance_id), "remark" => optional(remark), "status" => optional(status) }
}
/// `QueryCorpScaleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCorpScaleResponseBody {
    /// `corpScaleMap`.
    pub corp_scale_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    QueryCorpScaleResponseBody { "corpScaleMap" => read_field(corp_scale_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCorpScaleResponseBody { "corpScaleMap" => optional(corp_scale_map) }
}
/// `QueryCustomerByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCustomerByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCustomerByPageResponseBodyList>>,
}
rt::impl_deserialize! {
    QueryCustomerByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomerByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list) }
}
/// `QueryEnterpriseAccountByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEnterpriseAccountByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryEnterpriseAccountByPageResponseBodyList>>,
}
rt::impl_deserialize! {
    QueryEnterpriseAccountByPageResponseBody { "hasMore" => read_field(has_more), "list"
    => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEnterpriseAccountByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list) }
}
/// `QueryEnterpriseAccountSignUrlResponseBody`: the same model as [`ConfirmPaymentOrderResponseBody`].
pub type QueryEnterpriseAccountSignUrlResponseBody = ConfirmPaymentOrderResponseBody;
/// `QueryEnterpriseCodeOpenDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEnterpriseCodeOpenDetailResponseBody {
    /// `enterpriseId`.
    pub enterprise_id: Option<String>,
    /// `openedStatus`.
    pub opened_status: Option<bool>,
}
rt::impl_deserialize! {
    QueryEnterpriseCodeOpenDetailResponseBody { "enterpriseId" =>
    read_field(enterprise_id), "openedStatus" => read_field(opened_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEnterpriseCodeOpenDetailResponseBody { "enterpriseId" =>
    optional(enterprise_id), "openedStatus" => optional(opened_status) }
}
/// `QueryInstancePaymentOrderDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryInstancePaymentOrderDetailResponseBody {
    /// `amount`.
    pub amount: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `payeeAccountDTO`.
    pub payee_account_dto: Option<
        QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO,
    >,
    /// `payerAccountDTO`.
    pub payer_account_dto: Option<
        QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO,
    >,
    /// `remark`.
    pub remark: Option<String>,
    /// `usage`.
    pub usage: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryInstancePaymentOrderDetailResponseBody { "amount" => read_field(amount),
    "instanceId" => read_field(instance_id), "payeeAccountDTO" =>
    read_field(payee_account_dto), "payerAccountDTO" => read_field(payer_account_dto),
    "remark" => read_field(remark), "usage" => read_field(usage), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInstancePaymentOrderDetailResponseBody { "amount" => optional(amount),
    "instanceId" => optional(instance_id), "payeeAccountDTO" =>
    optional(payee_account_dto), "payerAccountDTO" => optional(payer_account_dto),
    "remark" => optional(remark), "usage" => optional(usage), "userId" =>
    optional(user_id) }
}
/// `QueryInvoiceTransferDataRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInvoiceTransferDataRequestBody {
    /// `keys`.
    pub keys: Option<Vec<String>>,
}
impl QueryInvoiceTransferDataRequestBody {
    /// An empty `QueryInvoiceTransferDataRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `keys`.
    pub fn keys(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.keys = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    QueryInvoiceTransferDataRequestBody { "keys" => optional(keys) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryInvoiceTransferDataRequestBody { "keys" => read_field(keys) }
}
/// `QueryInvoiceTransferDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryInvoiceTransferDataResponseBody {
    /// `keyToData`.
    pub key_to_data: Option<rt::BTreeMap<String, String>>,
}
rt::impl_deserialize! {
    QueryInvoiceTransferDataResponseBody { "keyToData" => read_field(key_to_data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInvoiceTransferDataResponseBody { "keyToData" => optional(key_to_data) }
}
/// `QueryPaymentBenefitResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentBenefitResponseBody {
    /// `benefitMap`.
    pub benefit_map: Option<rt::BTreeMap<String, BenefitMapValue>>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentBenefitResponseBody { "benefitMap" => read_field(benefit_map), "corpId"
    => read_field(corp_id), "requestId" => read_field(request_id), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentBenefitResponseBody { "benefitMap" => optional(benefit_map), "corpId" =>
    optional(corp_id), "requestId" => optional(request_id), "status" => optional(status)
    }
}
/// `QueryPaymentOrderDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentOrderDetailResponseBody {
    /// `orderList`.
    pub order_list: Option<Vec<QueryPaymentOrderDetailResponseBodyOrderList>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentOrderDetailResponseBody { "orderList" => read_field(order_list),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentOrderDetailResponseBody { "orderList" => optional(order_list),
    "requestId" => optional(request_id) }
}
/// `QueryPaymentRecallFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentRecallFileResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `paymentRecallFileList`.
    pub payment_recall_file_list: Option<
        Vec<QueryPaymentRecallFileResponseBodyPaymentRecallFileList>,
    >,
}
rt::impl_deserialize! {
    QueryPaymentRecallFileResponseBody { "corpId" => read_field(corp_id),
    "paymentRecallFileList" => read_field(payment_recall_file_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentRecallFileResponseBody { "corpId" => optional(corp_id),
    "paymentRecallFileList" => optional(payment_recall_file_list) }
}
/// `QueryPaymentRecallFileVTwoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentRecallFileVTwoResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `paymentRecallFileList`.
    pub payment_recall_file_list: Option<
        Vec<QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList>,
    >,
}
rt::impl_deserialize! {
    QueryPaymentRecallFileVTwoResponseBody { "corpId" => read_field(corp_id),
    "paymentRecallFileList" => read_field(payment_recall_file_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentRecallFileVTwoResponseBody { "corpId" => optional(corp_id),
    "paymentRecallFileList" => optional(payment_recall_file_list) }
}
/// `QueryPaymentStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentStatusResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `failReason`.
    pub fail_reason: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `payeeAccountInfo`.
    pub payee_account_info: Option<QueryPaymentStatusResponseBodyPayeeAccountInfo>,
    /// `payerAccountInfo`.
    pub payer_account_info: Option<QueryPaymentStatusResponseBodyPayerAccountInfo>,
    /// `paymentStatus`.
    pub payment_status: Option<String>,
    /// `paymentTime`.
    pub payment_time: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `usage`.
    pub usage: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentStatusResponseBody { "corpId" => read_field(corp_id), "failReason" =>
    read_field(fail_reason), "instanceId" => read_field(instance_id), "orderNo" =>
    read_field(order_no), "payeeAccountInfo" => read_field(payee_account_info),
    "payerAccountInfo" => read_field(payer_account_info), "paymentStatus" =>
    read_field(payment_status), "paymentTime" => read_field(payment_time), "remark" =>
    read_field(remark), "usage" => read_field(usage), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentStatusResponseBody { "corpId" => optional(corp_id), "failReason" =>
    optional(fail_reason), "instanceId" => optional(instance_id), "orderNo" =>
    optional(order_no), "payeeAccountInfo" => optional(payee_account_info),
    "payerAccountInfo" => optional(payer_account_info), "paymentStatus" =>
    optional(payment_status), "paymentTime" => optional(payment_time), "remark" =>
    optional(remark), "usage" => optional(usage), "userId" => optional(user_id) }
}
/// `QueryPermissionUserIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPermissionUserIdsResponseBody {
    /// `dingUserIds`.
    pub ding_user_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryPermissionUserIdsResponseBody { "dingUserIds" => read_field(ding_user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPermissionUserIdsResponseBody { "dingUserIds" => optional(ding_user_ids) }
}
/// `QueryProductByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProductByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryProductByPageResponseBodyList>>,
}
rt::impl_deserialize! {
    QueryProductByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProductByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list) }
}
/// `QueryProjectByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProjectByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryProjectByPageResponseBodyList>>,
}
rt::impl_deserialize! {
    QueryProjectByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProjectByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list) }
}
/// `QueryProvinceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProvinceResponseBody {
    /// `provinces`.
    pub provinces: Option<Vec<QueryProvinceResponseBodyProvinces>>,
}
rt::impl_deserialize! {
    QueryProvinceResponseBody { "provinces" => read_field(provinces) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProvinceResponseBody { "provinces" => optional(provinces) }
}
/// `QueryReceiptForInvoiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptForInvoiceResponseBody {
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `list`.
    pub list: Option<Vec<QueryReceiptForInvoiceResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryReceiptForInvoiceResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptForInvoiceResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "totalCount" => optional(total_count) }
}
/// `QueryReceiptsByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptsByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `list`.
    pub list: Option<Vec<QueryReceiptsByPageResponseBodyList>>,
}
rt::impl_deserialize! {
    QueryReceiptsByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptsByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list) }
}
/// `QuerySupplierByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySupplierByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QuerySupplierByPageResponseBodyList>>,
}
rt::impl_deserialize! {
    QuerySupplierByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySupplierByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list) }
}
/// `QueryUseNewInvoiceAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUseNewInvoiceAppResponseBody {
    /// `useNew`.
    pub use_new: Option<bool>,
}
rt::impl_deserialize! {
    QueryUseNewInvoiceAppResponseBody { "useNew" => read_field(use_new) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUseNewInvoiceAppResponseBody { "useNew" => optional(use_new) }
}
/// `QueryUserRoleListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserRoleListResponseBody {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `financeEmpDeptOpenList`.
    pub finance_emp_dept_open_list: Option<
        Vec<QueryUserRoleListResponseBodyFinanceEmpDeptOpenList>,
    >,
    /// `roleVOList`.
    pub role_vo_list: Option<Vec<QueryUserRoleListResponseBodyRoleVOList>>,
}
rt::impl_deserialize! {
    QueryUserRoleListResponseBody { "companyCode" => read_field(company_code),
    "financeEmpDeptOpenList" => read_field(finance_emp_dept_open_list), "roleVOList" =>
    read_field(role_vo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserRoleListResponseBody { "companyCode" => optional(company_code),
    "financeEmpDeptOpenList" => optional(finance_emp_dept_open_list), "roleVOList" =>
    optional(role_vo_list) }
}
/// `SignEnterpriseAccountResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type SignEnterpriseAccountResponseBody = BatchDeleteReceiptResponseBody;
/// `SyncReceiptRecallResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type SyncReceiptRecallResponseBody = BatchDeleteReceiptResponseBody;
/// `UpdateAuxiliaryStatusResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type UpdateAuxiliaryStatusResponseBody = BatchDeleteReceiptResponseBody;
/// `UpdateFinanceEnterpriseAccountResponseBody`: the same model as [`AddFinanceEnterpriseAccountResponseBody`].
pub type UpdateFinanceEnterpriseAccountResponseBody = AddFinanceEnterpriseAccountResponseBody;
/// `UpdateInstanceOrderInfoRequestPayerBank`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInstanceOrderInfoRequestPayerBank {
    /// `cardNo`.
    pub card_no: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl UpdateInstanceOrderInfoRequestPayerBank {
    /// An empty `UpdateInstanceOrderInfoRequestPayerBank`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardNo`.
    pub fn card_no(mut self, value: impl Into<String>) -> Self {
        self.card_no = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInstanceOrderInfoRequestPayerBank { "cardNo" => optional(card_no), "name" =>
    optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInstanceOrderInfoRequestPayerBank { "cardNo" => read_field(card_no), "name" =>
    read_field(name) }
}
/// `UpdateInstanceOrderInfoResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type UpdateInstanceOrderInfoResponseBody = BatchDeleteReceiptResponseBody;
/// `UpdateInvoiceDataTransferDoneResponseBody`: the same model as [`IssueInvoiceWithOrderResponseBody`].
pub type UpdateInvoiceDataTransferDoneResponseBody = IssueInvoiceWithOrderResponseBody;
/// `UpdateInvoiceUrlRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceUrlRequestBody {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `urlList`.
    pub url_list: Option<Vec<UpdateInvoiceUrlRequestBodyUrlList>>,
}
impl UpdateInvoiceUrlRequestBody {
    /// An empty `UpdateInvoiceUrlRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `urlList`.
    pub fn url_list(
        mut self,
        value: impl IntoIterator<Item = UpdateInvoiceUrlRequestBodyUrlList>,
    ) -> Self {
        self.url_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceUrlRequestBody { "companyCode" => optional(company_code), "operator" =>
    optional(operator), "urlList" => optional(url_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceUrlRequestBody { "companyCode" => read_field(company_code), "operator"
    => read_field(operator), "urlList" => read_field(url_list) }
}
/// `UpdateInvoiceUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateInvoiceUrlResponseBody {
    /// `result`.
    pub result: Option<UpdateInvoiceUrlResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateInvoiceUrlResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateInvoiceUrlResponseBody { "result" => optional(result) }
}
/// `BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList`, a model several operations share: also named [`UpdateInvoiceUrlResponseBodyResultFailInvoiceList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList {
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
}
rt::impl_deserialize! {
    BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList { "errorMsg" =>
    read_field(error_msg), "invoiceCode" => read_field(invoice_code), "invoiceNo" =>
    read_field(invoice_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList { "errorMsg" =>
    optional(error_msg), "invoiceCode" => optional(invoice_code), "invoiceNo" =>
    optional(invoice_no) }
}
/// `BatchQueryOrgInvoiceUrlResponseBodyOrgInvoiceUrlList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryOrgInvoiceUrlResponseBodyOrgInvoiceUrlList {
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `ofdUrl`.
    pub ofd_url: Option<String>,
    /// `originFileType`.
    pub origin_file_type: Option<String>,
    /// `originFileUrl`.
    pub origin_file_url: Option<String>,
    /// `pdfUrl`.
    pub pdf_url: Option<String>,
    /// `xmlUrl`.
    pub xml_url: Option<String>,
}
rt::impl_deserialize! {
    BatchQueryOrgInvoiceUrlResponseBodyOrgInvoiceUrlList { "invoiceCode" =>
    read_field(invoice_code), "invoiceNo" => read_field(invoice_no), "ofdUrl" =>
    read_field(ofd_url), "originFileType" => read_field(origin_file_type),
    "originFileUrl" => read_field(origin_file_url), "pdfUrl" => read_field(pdf_url),
    "xmlUrl" => read_field(xml_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryOrgInvoiceUrlResponseBodyOrgInvoiceUrlList { "invoiceCode" =>
    optional(invoice_code), "invoiceNo" => optional(invoice_no), "ofdUrl" =>
    optional(ofd_url), "originFileType" => optional(origin_file_type), "originFileUrl" =>
    optional(origin_file_url), "pdfUrl" => optional(pdf_url), "xmlUrl" =>
    optional(xml_url) }
}
/// `BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList {
    /// `detailId`.
    pub detail_id: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `recallFileUrl`.
    pub recall_file_url: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList { "detailId" =>
    read_field(detail_id), "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "fileType" =>
    read_field(file_type), "recallFileUrl" => read_field(recall_file_url), "spaceId" =>
    read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList { "detailId" =>
    optional(detail_id), "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "recallFileUrl" => optional(recall_file_url), "spaceId" =>
    optional(space_id) }
}
/// `CreatePayableReceiptRequestReceiptDangAnDataInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePayableReceiptRequestReceiptDangAnDataInfoList {
    /// `dataCode`.
    pub data_code: Option<String>,
    /// `defineCode`.
    pub define_code: Option<String>,
}
impl CreatePayableReceiptRequestReceiptDangAnDataInfoList {
    /// An empty `CreatePayableReceiptRequestReceiptDangAnDataInfoList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dataCode`.
    pub fn data_code(mut self, value: impl Into<String>) -> Self {
        self.data_code = Some(value.into());
        self
    }
    /// Sets `defineCode`.
    pub fn define_code(mut self, value: impl Into<String>) -> Self {
        self.define_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreatePayableReceiptRequestReceiptDangAnDataInfoList { "dataCode" =>
    optional(data_code), "defineCode" => optional(define_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePayableReceiptRequestReceiptDangAnDataInfoList { "dataCode" =>
    read_field(data_code), "defineCode" => read_field(define_code) }
}
/// `CreatePayableReceiptRequestReceiptReceiptPlans`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePayableReceiptRequestReceiptReceiptPlans {
    /// `planAmount`.
    pub plan_amount: Option<String>,
    /// `planDate`.
    pub plan_date: Option<i64>,
    /// `planRemark`.
    pub plan_remark: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl CreatePayableReceiptRequestReceiptReceiptPlans {
    /// An empty `CreatePayableReceiptRequestReceiptReceiptPlans`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `planAmount`.
    pub fn plan_amount(mut self, value: impl Into<String>) -> Self {
        self.plan_amount = Some(value.into());
        self
    }
    /// Sets `planDate`.
    pub fn plan_date(mut self, value: i64) -> Self {
        self.plan_date = Some(value);
        self
    }
    /// Sets `planRemark`.
    pub fn plan_remark(mut self, value: impl Into<String>) -> Self {
        self.plan_remark = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreatePayableReceiptRequestReceiptReceiptPlans { "planAmount" =>
    optional(plan_amount), "planDate" => optional(plan_date), "planRemark" =>
    optional(plan_remark), "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePayableReceiptRequestReceiptReceiptPlans { "planAmount" =>
    read_field(plan_amount), "planDate" => read_field(plan_date), "planRemark" =>
    read_field(plan_remark), "uuid" => read_field(uuid) }
}
/// `CreatePayableReceiptResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePayableReceiptResponseBodyResult {
    /// `businessId`.
    pub business_id: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    CreatePayableReceiptResponseBodyResult { "businessId" => read_field(business_id),
    "code" => read_field(code), "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "success" => read_field(success), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreatePayableReceiptResponseBodyResult { "businessId" => optional(business_id),
    "code" => optional(code), "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "success" => optional(success), "url" => optional(url) }
}
/// `CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO {
    /// `accountName`.
    pub account_name: Option<String>,
    /// `bankBranchCode`.
    pub bank_branch_code: Option<String>,
    /// `bankBranchName`.
    pub bank_branch_name: Option<String>,
    /// `bankCardNo`.
    pub bank_card_no: Option<String>,
    /// `bankCode`.
    pub bank_code: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO {
    /// An empty `CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountName`.
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }
    /// Sets `bankBranchCode`.
    pub fn bank_branch_code(mut self, value: impl Into<String>) -> Self {
        self.bank_branch_code = Some(value.into());
        self
    }
    /// Sets `bankBranchName`.
    pub fn bank_branch_name(mut self, value: impl Into<String>) -> Self {
        self.bank_branch_name = Some(value.into());
        self
    }
    /// Sets `bankCardNo`.
    pub fn bank_card_no(mut self, value: impl Into<String>) -> Self {
        self.bank_card_no = Some(value.into());
        self
    }
    /// Sets `bankCode`.
    pub fn bank_code(mut self, value: impl Into<String>) -> Self {
        self.bank_code = Some(value.into());
        self
    }
    /// Sets `bankName`.
    pub fn bank_name(mut self, value: impl Into<String>) -> Self {
        self.bank_name = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO { "accountName" =>
    optional(account_name), "bankBranchCode" => optional(bank_branch_code),
    "bankBranchName" => optional(bank_branch_name), "bankCardNo" =>
    optional(bank_card_no), "bankCode" => optional(bank_code), "bankName" =>
    optional(bank_name), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO { "accountName" =>
    read_field(account_name), "bankBranchCode" => read_field(bank_branch_code),
    "bankBranchName" => read_field(bank_branch_name), "bankCardNo" =>
    read_field(bank_card_no), "bankCode" => read_field(bank_code), "bankName" =>
    read_field(bank_name), "type" => read_field(r#type) }
}
/// `GetDefineResponseBodyList`, a model several operations share: also named [`QueryReceiptForInvoiceResponseBodyListCustomer`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDefineResponseBodyList {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetDefineResponseBodyList { "code" => read_field(code), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDefineResponseBodyList { "code" => optional(code), "name" => optional(name) }
}
/// `GetDefineDataResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDefineDataResponseBodyList {
    /// `dataCode`.
    pub data_code: Option<String>,
    /// `defineCode`.
    pub define_code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentDataCode`.
    pub parent_data_code: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetDefineDataResponseBodyList { "dataCode" => read_field(data_code), "defineCode" =>
    read_field(define_code), "name" => read_field(name), "parentDataCode" =>
    read_field(parent_data_code), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDefineDataResponseBodyList { "dataCode" => optional(data_code), "defineCode" =>
    optional(define_code), "name" => optional(name), "parentDataCode" =>
    optional(parent_data_code), "status" => optional(status) }
}
/// `GetSupplierResponseBodyCustomFormDataList`, a model several operations share: also named [`QuerySupplierByPageResponseBodyListCustomFormDataList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSupplierResponseBodyCustomFormDataList {
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
    GetSupplierResponseBodyCustomFormDataList { "bizAlias" => read_field(biz_alias),
    "componentType" => read_field(component_type), "extValue" => read_field(ext_value),
    "id" => read_field(id), "name" => read_field(name), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSupplierResponseBodyCustomFormDataList { "bizAlias" => optional(biz_alias),
    "componentType" => optional(component_type), "extValue" => optional(ext_value), "id"
    => optional(id), "name" => optional(name), "value" => optional(value) }
}
/// `IssueInvoiceWithOrderRequestContentAdditionInfo`: the same model as [`OrderBillingRequestAdditionInfos`].
pub type IssueInvoiceWithOrderRequestContentAdditionInfo = OrderBillingRequestAdditionInfos;
/// `IssueInvoiceWithOrderRequestContentProducts`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IssueInvoiceWithOrderRequestContentProducts {
    /// `amountIncludeTax`.
    pub amount_include_tax: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `quantity`.
    pub quantity: Option<String>,
    /// `revenueCode`.
    pub revenue_code: Option<String>,
    /// `specs`.
    pub specs: Option<String>,
    /// `taxSign`.
    pub tax_sign: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
impl IssueInvoiceWithOrderRequestContentProducts {
    /// An empty `IssueInvoiceWithOrderRequestContentProducts`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `amountIncludeTax`.
    pub fn amount_include_tax(mut self, value: impl Into<String>) -> Self {
        self.amount_include_tax = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `quantity`.
    pub fn quantity(mut self, value: impl Into<String>) -> Self {
        self.quantity = Some(value.into());
        self
    }
    /// Sets `revenueCode`.
    pub fn revenue_code(mut self, value: impl Into<String>) -> Self {
        self.revenue_code = Some(value.into());
        self
    }
    /// Sets `specs`.
    pub fn specs(mut self, value: impl Into<String>) -> Self {
        self.specs = Some(value.into());
        self
    }
    /// Sets `taxSign`.
    pub fn tax_sign(mut self, value: impl Into<String>) -> Self {
        self.tax_sign = Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IssueInvoiceWithOrderRequestContentProducts { "amountIncludeTax" =>
    optional(amount_include_tax), "productName" => optional(product_name), "quantity" =>
    optional(quantity), "revenueCode" => optional(revenue_code), "specs" =>
    optional(specs), "taxSign" => optional(tax_sign), "unit" => optional(unit) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IssueInvoiceWithOrderRequestContentProducts { "amountIncludeTax" =>
    read_field(amount_include_tax), "productName" => read_field(product_name), "quantity"
    => read_field(quantity), "revenueCode" => read_field(revenue_code), "specs" =>
    read_field(specs), "taxSign" => read_field(tax_sign), "unit" => read_field(unit) }
}
/// `PageQueryCorpPayAccountsResponseBodyAccounts`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageQueryCorpPayAccountsResponseBodyAccounts {
    /// `accountClass`.
    pub account_class: Option<String>,
    /// `accountId`.
    pub account_id: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountNo`.
    pub account_no: Option<String>,
    /// `accountRemark`.
    pub account_remark: Option<String>,
    /// `accountType`.
    pub account_type: Option<String>,
    /// `creatorUid`.
    pub creator_uid: Option<i64>,
    /// `hasSignReceipt`.
    pub has_sign_receipt: Option<bool>,
}
rt::impl_deserialize! {
    PageQueryCorpPayAccountsResponseBodyAccounts { "accountClass" =>
    read_field(account_class), "accountId" => read_field(account_id), "accountName" =>
    read_field(account_name), "accountNo" => read_field(account_no), "accountRemark" =>
    read_field(account_remark), "accountType" => read_field(account_type), "creatorUid"
    => read_field(creator_uid), "hasSignReceipt" => read_field(has_sign_receipt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageQueryCorpPayAccountsResponseBodyAccounts { "accountClass" =>
    optional(account_class), "accountId" => optional(account_id), "accountName" =>
    optional(account_name), "accountNo" => optional(account_no), "accountRemark" =>
    optional(account_remark), "accountType" => optional(account_type), "creatorUid" =>
    optional(creator_uid), "hasSignReceipt" => optional(has_sign_receipt) }
}
/// `QueryAccountTradeByPageResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAccountTradeByPageResponseBodyResult {
    /// `balance`.
    pub balance: Option<String>,
    /// `comments`.
    pub comments: Option<String>,
    /// `detailId`.
    pub detail_id: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `instanceTitle`.
    pub instance_title: Option<String>,
    /// `instanceUrl`.
    pub instance_url: Option<String>,
    /// `otherAccountName`.
    pub other_account_name: Option<String>,
    /// `otherAccountNo`.
    pub other_account_no: Option<String>,
    /// `receiptFile`.
    pub receipt_file: Option<QueryAccountTradeByPageResponseBodyResultReceiptFile>,
    /// `remark`.
    pub remark: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `tradeAmount`.
    pub trade_amount: Option<String>,
    /// `tradeNo`.
    pub trade_no: Option<String>,
    /// `tradeTime`.
    pub trade_time: Option<i64>,
    /// `tradeType`.
    pub trade_type: Option<String>,
    /// `usage`.
    pub usage: Option<String>,
}
rt::impl_deserialize! {
    QueryAccountTradeByPageResponseBodyResult { "balance" => read_field(balance),
    "comments" => read_field(comments), "detailId" => read_field(detail_id), "instanceId"
    => read_field(instance_id), "instanceTitle" => read_field(instance_title),
    "instanceUrl" => read_field(instance_url), "otherAccountName" =>
    read_field(other_account_name), "otherAccountNo" => read_field(other_account_no),
    "receiptFile" => read_field(receipt_file), "remark" => read_field(remark), "summary"
    => read_field(summary), "tradeAmount" => read_field(trade_amount), "tradeNo" =>
    read_field(trade_no), "tradeTime" => read_field(trade_time), "tradeType" =>
    read_field(trade_type), "usage" => read_field(usage) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAccountTradeByPageResponseBodyResult { "balance" => optional(balance),
    "comments" => optional(comments), "detailId" => optional(detail_id), "instanceId" =>
    optional(instance_id), "instanceTitle" => optional(instance_title), "instanceUrl" =>
    optional(instance_url), "otherAccountName" => optional(other_account_name),
    "otherAccountNo" => optional(other_account_no), "receiptFile" =>
    optional(receipt_file), "remark" => optional(remark), "summary" => optional(summary),
    "tradeAmount" => optional(trade_amount), "tradeNo" => optional(trade_no), "tradeTime"
    => optional(trade_time), "tradeType" => optional(trade_type), "usage" =>
    optional(usage) }
}
/// `QueryAlipayUserIdResponseBodyAlipayBizUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAlipayUserIdResponseBodyAlipayBizUserList {
    /// `alipayUserId`.
    pub alipay_user_id: Option<String>,
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryAlipayUserIdResponseBodyAlipayBizUserList { "alipayUserId" =>
    read_field(alipay_user_id), "dingUserId" => read_field(ding_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAlipayUserIdResponseBodyAlipayBizUserList { "alipayUserId" =>
    optional(alipay_user_id), "dingUserId" => optional(ding_user_id) }
}
/// `QueryAttachmentResponseBodyAttachmentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAttachmentResponseBodyAttachmentList {
    /// `attachmentType`.
    pub attachment_type: Option<String>,
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `location`.
    pub location: Option<String>,
}
rt::impl_deserialize! {
    QueryAttachmentResponseBodyAttachmentList { "attachmentType" =>
    read_field(attachment_type), "downloadUrl" => read_field(download_url), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "fileType" =>
    read_field(file_type), "location" => read_field(location) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAttachmentResponseBodyAttachmentList { "attachmentType" =>
    optional(attachment_type), "downloadUrl" => optional(download_url), "fileName" =>
    optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "location" => optional(location) }
}
/// `QueryBankResponseBodySupportBanks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBankResponseBodySupportBanks {
    /// `bankAbbr`.
    pub bank_abbr: Option<String>,
    /// `bankFirstPinYin`.
    pub bank_first_pin_yin: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
}
rt::impl_deserialize! {
    QueryBankResponseBodySupportBanks { "bankAbbr" => read_field(bank_abbr),
    "bankFirstPinYin" => read_field(bank_first_pin_yin), "bankName" =>
    read_field(bank_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBankResponseBodySupportBanks { "bankAbbr" => optional(bank_abbr),
    "bankFirstPinYin" => optional(bank_first_pin_yin), "bankName" => optional(bank_name)
    }
}
/// `QueryBranchResponseBodySupportSubBanks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBranchResponseBodySupportSubBanks {
    /// `branchCode`.
    pub branch_code: Option<String>,
    /// `branchName`.
    pub branch_name: Option<String>,
}
rt::impl_deserialize! {
    QueryBranchResponseBodySupportSubBanks { "branchCode" => read_field(branch_code),
    "branchName" => read_field(branch_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBranchResponseBodySupportSubBanks { "branchCode" => optional(branch_code),
    "branchName" => optional(branch_name) }
}
/// `QueryCategoryByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCategoryByPageResponseBodyList {
    /// `code`.
    pub code: Option<String>,
    /// `isDir`.
    pub is_dir: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `parentCode`.
    pub parent_code: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    QueryCategoryByPageResponseBodyList { "code" => read_field(code), "isDir" =>
    read_field(is_dir), "name" => read_field(name), "parentCode" =>
    read_field(parent_code), "remark" => read_field(remark), "status" =>
    read_field(status), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCategoryByPageResponseBodyList { "code" => optional(code), "isDir" =>
    optional(is_dir), "name" => optional(name), "parentCode" => optional(parent_code),
    "remark" => optional(remark), "status" => optional(status), "type" =>
    optional(r#type) }
}
/// `QueryCityResponseBodyCitys`, a model several operations share: also named [`QueryProvinceResponseBodyProvinces`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCityResponseBodyCitys {
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    QueryCityResponseBodyCitys { "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCityResponseBodyCitys { "name" => optional(name) }
}
/// `QueryCollectionInfoListResponseBodyCollectionInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCollectionInfoListResponseBodyCollectionInfoList {
    /// `accountHolderName`.
    pub account_holder_name: Option<String>,
    /// `alipayLogonId`.
    pub alipay_logon_id: Option<String>,
    /// `auditStatus`.
    pub audit_status: Option<String>,
    /// `certNo`.
    pub cert_no: Option<String>,
    /// `collectionInfoId`.
    pub collection_info_id: Option<String>,
    /// `failReason`.
    pub fail_reason: Option<String>,
    /// `gmtAudit`.
    pub gmt_audit: Option<i64>,
    /// `merchantName`.
    pub merchant_name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    QueryCollectionInfoListResponseBodyCollectionInfoList { "accountHolderName" =>
    read_field(account_holder_name), "alipayLogonId" => read_field(alipay_logon_id),
    "auditStatus" => read_field(audit_status), "certNo" => read_field(cert_no),
    "collectionInfoId" => read_field(collection_info_id), "failReason" =>
    read_field(fail_reason), "gmtAudit" => read_field(gmt_audit), "merchantName" =>
    read_field(merchant_name), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCollectionInfoListResponseBodyCollectionInfoList { "accountHolderName" =>
    optional(account_holder_name), "alipayLogonId" => optional(alipay_logon_id),
    "auditStatus" => optional(audit_status), "certNo" => optional(cert_no),
    "collectionInfoId" => optional(collection_info_id), "failReason" =>
    optional(fail_reason), "gmtAudit" => optional(gmt_audit), "merchantName" =>
    optional(merchant_name), "type" => optional(r#type) }
}
/// `QueryCustomerByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCustomerByPageResponseBodyList {
    /// `code`.
    pub code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `userDefineCode`.
    pub user_define_code: Option<String>,
}
rt::impl_deserialize! {
    QueryCustomerByPageResponseBodyList { "code" => read_field(code), "createTime" =>
    read_field(create_time), "description" => read_field(description), "name" =>
    read_field(name), "status" => read_field(status), "userDefineCode" =>
    read_field(user_define_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomerByPageResponseBodyList { "code" => optional(code), "createTime" =>
    optional(create_time), "description" => optional(description), "name" =>
    optional(name), "status" => optional(status), "userDefineCode" =>
    optional(user_define_code) }
}
/// `QueryEnterpriseAccountByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEnterpriseAccountByPageResponseBodyList {
    /// `accountCode`.
    pub account_code: Option<String>,
    /// `accountId`.
    pub account_id: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountRemark`.
    pub account_remark: Option<String>,
    /// `accountType`.
    pub account_type: Option<String>,
    /// `amount`.
    pub amount: Option<String>,
    /// `bankCode`.
    pub bank_code: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `officialName`.
    pub official_name: Option<String>,
    /// `officialNumber`.
    pub official_number: Option<String>,
    /// `signStatus`.
    pub sign_status: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `supportReceipt`.
    pub support_receipt: Option<bool>,
    /// `supportTradeDetail`.
    pub support_trade_detail: Option<bool>,
}
rt::impl_deserialize! {
    QueryEnterpriseAccountByPageResponseBodyList { "accountCode" =>
    read_field(account_code), "accountId" => read_field(account_id), "accountName" =>
    read_field(account_name), "accountRemark" => read_field(account_remark),
    "accountType" => read_field(account_type), "amount" => read_field(amount), "bankCode"
    => read_field(bank_code), "bankName" => read_field(bank_name), "companyCode" =>
    read_field(company_code), "createTime" => read_field(create_time), "creator" =>
    read_field(creator), "officialName" => read_field(official_name), "officialNumber" =>
    read_field(official_number), "signStatus" => read_field(sign_status), "source" =>
    read_field(source), "status" => read_field(status), "supportReceipt" =>
    read_field(support_receipt), "supportTradeDetail" => read_field(support_trade_detail)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEnterpriseAccountByPageResponseBodyList { "accountCode" =>
    optional(account_code), "accountId" => optional(account_id), "accountName" =>
    optional(account_name), "accountRemark" => optional(account_remark), "accountType" =>
    optional(account_type), "amount" => optional(amount), "bankCode" =>
    optional(bank_code), "bankName" => optional(bank_name), "companyCode" =>
    optional(company_code), "createTime" => optional(create_time), "creator" =>
    optional(creator), "officialName" => optional(official_name), "officialNumber" =>
    optional(official_number), "signStatus" => optional(sign_status), "source" =>
    optional(source), "status" => optional(status), "supportReceipt" =>
    optional(support_receipt), "supportTradeDetail" => optional(support_trade_detail) }
}
/// `QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO {
    /// `bankOpenDTO`.
    pub bank_open_dto: Option<
        QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO,
    >,
}
rt::impl_deserialize! {
    QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO { "bankOpenDTO" =>
    read_field(bank_open_dto) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO { "bankOpenDTO" =>
    optional(bank_open_dto) }
}
/// `QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO {
    /// `bankOpenDTO`.
    pub bank_open_dto: Option<
        QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTOBankOpenDTO,
    >,
    /// `enterpriseAccountCode`.
    pub enterprise_account_code: Option<String>,
}
rt::impl_deserialize! {
    QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO { "bankOpenDTO" =>
    read_field(bank_open_dto), "enterpriseAccountCode" =>
    read_field(enterprise_account_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO { "bankOpenDTO" =>
    optional(bank_open_dto), "enterpriseAccountCode" => optional(enterprise_account_code)
    }
}
/// `BenefitMapValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BenefitMapValue {
    /// `canUse`.
    pub can_use: Option<bool>,
    /// `canUseQuota`.
    pub can_use_quota: Option<i64>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    BenefitMapValue { "canUse" => read_field(can_use), "canUseQuota" =>
    read_field(can_use_quota), "usedQuota" => read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BenefitMapValue { "canUse" => optional(can_use), "canUseQuota" =>
    optional(can_use_quota), "usedQuota" => optional(used_quota) }
}
/// `QueryPaymentOrderDetailResponseBodyOrderList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentOrderDetailResponseBodyOrderList {
    /// `amount`.
    pub amount: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `outBizNo`.
    pub out_biz_no: Option<String>,
    /// `payeeAccountDTO`.
    pub payee_account_dto: Option<
        QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO,
    >,
    /// `payerAccountDTO`.
    pub payer_account_dto: Option<
        QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO,
    >,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `subOrderList`.
    pub sub_order_list: Option<
        Vec<QueryPaymentOrderDetailResponseBodyOrderListSubOrderList>,
    >,
    /// `usage`.
    pub usage: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentOrderDetailResponseBodyOrderList { "amount" => read_field(amount),
    "corpId" => read_field(corp_id), "orderNo" => read_field(order_no), "outBizNo" =>
    read_field(out_biz_no), "payeeAccountDTO" => read_field(payee_account_dto),
    "payerAccountDTO" => read_field(payer_account_dto), "remark" => read_field(remark),
    "status" => read_field(status), "subOrderList" => read_field(sub_order_list), "usage"
    => read_field(usage), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentOrderDetailResponseBodyOrderList { "amount" => optional(amount), "corpId"
    => optional(corp_id), "orderNo" => optional(order_no), "outBizNo" =>
    optional(out_biz_no), "payeeAccountDTO" => optional(payee_account_dto),
    "payerAccountDTO" => optional(payer_account_dto), "remark" => optional(remark),
    "status" => optional(status), "subOrderList" => optional(sub_order_list), "usage" =>
    optional(usage), "userId" => optional(user_id) }
}
/// `QueryPaymentRecallFileResponseBodyPaymentRecallFileList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentRecallFileResponseBodyPaymentRecallFileList {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `previewUrl`.
    pub preview_url: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentRecallFileResponseBodyPaymentRecallFileList { "fileId" =>
    read_field(file_id), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "instanceId" =>
    read_field(instance_id), "orderNo" => read_field(order_no), "previewUrl" =>
    read_field(preview_url), "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentRecallFileResponseBodyPaymentRecallFileList { "fileId" =>
    optional(file_id), "fileName" => optional(file_name), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "instanceId" =>
    optional(instance_id), "orderNo" => optional(order_no), "previewUrl" =>
    optional(preview_url), "spaceId" => optional(space_id) }
}
/// `QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `previewUrl`.
    pub preview_url: Option<String>,
    /// `recallFileUrl`.
    pub recall_file_url: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList { "fileId" =>
    read_field(file_id), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "instanceId" =>
    read_field(instance_id), "orderNo" => read_field(order_no), "previewUrl" =>
    read_field(preview_url), "recallFileUrl" => read_field(recall_file_url), "spaceId" =>
    read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList { "fileId" =>
    optional(file_id), "fileName" => optional(file_name), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "instanceId" =>
    optional(instance_id), "orderNo" => optional(order_no), "previewUrl" =>
    optional(preview_url), "recallFileUrl" => optional(recall_file_url), "spaceId" =>
    optional(space_id) }
}
/// `QueryPaymentStatusResponseBodyPayeeAccountInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentStatusResponseBodyPayeeAccountInfo {
    /// `bankOpenDTO`.
    pub bank_open_dto: Option<QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO>,
}
rt::impl_deserialize! {
    QueryPaymentStatusResponseBodyPayeeAccountInfo { "bankOpenDTO" =>
    read_field(bank_open_dto) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentStatusResponseBodyPayeeAccountInfo { "bankOpenDTO" =>
    optional(bank_open_dto) }
}
/// `QueryPaymentStatusResponseBodyPayerAccountInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentStatusResponseBodyPayerAccountInfo {
    /// `accountType`.
    pub account_type: Option<String>,
    /// `bankOpenDTO`.
    pub bank_open_dto: Option<QueryPaymentStatusResponseBodyPayerAccountInfoBankOpenDTO>,
    /// `enterpriseAccountCode`.
    pub enterprise_account_code: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentStatusResponseBodyPayerAccountInfo { "accountType" =>
    read_field(account_type), "bankOpenDTO" => read_field(bank_open_dto),
    "enterpriseAccountCode" => read_field(enterprise_account_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentStatusResponseBodyPayerAccountInfo { "accountType" =>
    optional(account_type), "bankOpenDTO" => optional(bank_open_dto),
    "enterpriseAccountCode" => optional(enterprise_account_code) }
}
/// `QueryProductByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProductByPageResponseBodyList {
    /// `code`.
    pub code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `information`.
    pub information: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `specification`.
    pub specification: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `userDefineCode`.
    pub user_define_code: Option<String>,
}
rt::impl_deserialize! {
    QueryProductByPageResponseBodyList { "code" => read_field(code), "createTime" =>
    read_field(create_time), "description" => read_field(description), "information" =>
    read_field(information), "name" => read_field(name), "specification" =>
    read_field(specification), "status" => read_field(status), "unit" =>
    read_field(unit), "userDefineCode" => read_field(user_define_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProductByPageResponseBodyList { "code" => optional(code), "createTime" =>
    optional(create_time), "description" => optional(description), "information" =>
    optional(information), "name" => optional(name), "specification" =>
    optional(specification), "status" => optional(status), "unit" => optional(unit),
    "userDefineCode" => optional(user_define_code) }
}
/// `QueryProjectByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProjectByPageResponseBodyList {
    /// `caode`.
    pub caode: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentCode`.
    pub parent_code: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `userDefineCode`.
    pub user_define_code: Option<String>,
}
rt::impl_deserialize! {
    QueryProjectByPageResponseBodyList { "caode" => read_field(caode), "code" =>
    read_field(code), "createTime" => read_field(create_time), "creator" =>
    read_field(creator), "description" => read_field(description), "name" =>
    read_field(name), "parentCode" => read_field(parent_code), "projectCode" =>
    read_field(project_code), "projectName" => read_field(project_name), "status" =>
    read_field(status), "userDefineCode" => read_field(user_define_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProjectByPageResponseBodyList { "caode" => optional(caode), "code" =>
    optional(code), "createTime" => optional(create_time), "creator" =>
    optional(creator), "description" => optional(description), "name" => optional(name),
    "parentCode" => optional(parent_code), "projectCode" => optional(project_code),
    "projectName" => optional(project_name), "status" => optional(status),
    "userDefineCode" => optional(user_define_code) }
}
/// `QueryProvinceResponseBodyProvinces`: the same model as [`QueryCityResponseBodyCitys`].
pub type QueryProvinceResponseBodyProvinces = QueryCityResponseBodyCitys;
/// `QueryReceiptForInvoiceResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptForInvoiceResponseBodyList {
    /// `accountantBookId`.
    pub accountant_book_id: Option<String>,
    /// `amount`.
    pub amount: Option<String>,
    /// `applyStatus`.
    pub apply_status: Option<String>,
    /// `bizStatus`.
    pub biz_status: Option<String>,
    /// `businessId`.
    pub business_id: Option<String>,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creator`.
    pub creator: Option<QueryReceiptForInvoiceResponseBodyListCreator>,
    /// `customer`.
    pub customer: Option<QueryReceiptForInvoiceResponseBodyListCustomer>,
    /// `drawerEmail`.
    pub drawer_email: Option<String>,
    /// `drawerTelephone`.
    pub drawer_telephone: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
    /// `jumpUrl`.
    pub jump_url: Option<String>,
    /// `modelId`.
    pub model_id: Option<String>,
    /// `productInfoList`.
    pub product_info_list: Option<
        Vec<QueryReceiptForInvoiceResponseBodyListProductInfoList>,
    >,
    /// `purchaserAccount`.
    pub purchaser_account: Option<String>,
    /// `purchaserAddress`.
    pub purchaser_address: Option<String>,
    /// `purchaserBankName`.
    pub purchaser_bank_name: Option<String>,
    /// `purchaserName`.
    pub purchaser_name: Option<String>,
    /// `purchaserTaxNo`.
    pub purchaser_tax_no: Option<String>,
    /// `purchaserTel`.
    pub purchaser_tel: Option<String>,
    /// `receiptId`.
    pub receipt_id: Option<String>,
    /// `recordTime`.
    pub record_time: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryReceiptForInvoiceResponseBodyList { "accountantBookId" =>
    read_field(accountant_book_id), "amount" => read_field(amount), "applyStatus" =>
    read_field(apply_status), "bizStatus" => read_field(biz_status), "businessId" =>
    read_field(business_id), "companyCode" => read_field(company_code), "createTime" =>
    read_field(create_time), "creator" => read_field(creator), "customer" =>
    read_field(customer), "drawerEmail" => read_field(drawer_email), "drawerTelephone" =>
    read_field(drawer_telephone), "invoiceType" => read_field(invoice_type), "jumpUrl" =>
    read_field(jump_url), "modelId" => read_field(model_id), "productInfoList" =>
    read_field(product_info_list), "purchaserAccount" => read_field(purchaser_account),
    "purchaserAddress" => read_field(purchaser_address), "purchaserBankName" =>
    read_field(purchaser_bank_name), "purchaserName" => read_field(purchaser_name),
    "purchaserTaxNo" => read_field(purchaser_tax_no), "purchaserTel" =>
    read_field(purchaser_tel), "receiptId" => read_field(receipt_id), "recordTime" =>
    read_field(record_time), "remark" => read_field(remark), "source" =>
    read_field(source), "status" => read_field(status), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptForInvoiceResponseBodyList { "accountantBookId" =>
    optional(accountant_book_id), "amount" => optional(amount), "applyStatus" =>
    optional(apply_status), "bizStatus" => optional(biz_status), "businessId" =>
    optional(business_id), "companyCode" => optional(company_code), "createTime" =>
    optional(create_time), "creator" => optional(creator), "customer" =>
    optional(customer), "drawerEmail" => optional(drawer_email), "drawerTelephone" =>
    optional(drawer_telephone), "invoiceType" => optional(invoice_type), "jumpUrl" =>
    optional(jump_url), "modelId" => optional(model_id), "productInfoList" =>
    optional(product_info_list), "purchaserAccount" => optional(purchaser_account),
    "purchaserAddress" => optional(purchaser_address), "purchaserBankName" =>
    optional(purchaser_bank_name), "purchaserName" => optional(purchaser_name),
    "purchaserTaxNo" => optional(purchaser_tax_no), "purchaserTel" =>
    optional(purchaser_tel), "receiptId" => optional(receipt_id), "recordTime" =>
    optional(record_time), "remark" => optional(remark), "source" => optional(source),
    "status" => optional(status), "title" => optional(title) }
}
/// `QueryReceiptsByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptsByPageResponseBodyList {
    /// `appId`.
    pub app_id: Option<String>,
    /// `data`.
    pub data: Option<String>,
    /// `modelId`.
    pub model_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
}
rt::impl_deserialize! {
    QueryReceiptsByPageResponseBodyList { "appId" => read_field(app_id), "data" =>
    read_field(data), "modelId" => read_field(model_id), "source" => read_field(source) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptsByPageResponseBodyList { "appId" => optional(app_id), "data" =>
    optional(data), "modelId" => optional(model_id), "source" => optional(source) }
}
/// `QuerySupplierByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySupplierByPageResponseBodyList {
    /// `code`.
    pub code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `customFormDataList`.
    pub custom_form_data_list: Option<
        Vec<QuerySupplierByPageResponseBodyListCustomFormDataList>,
    >,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `userDefineCode`.
    pub user_define_code: Option<String>,
}
rt::impl_deserialize! {
    QuerySupplierByPageResponseBodyList { "code" => read_field(code), "createTime" =>
    read_field(create_time), "customFormDataList" => read_field(custom_form_data_list),
    "description" => read_field(description), "name" => read_field(name), "status" =>
    read_field(status), "userDefineCode" => read_field(user_define_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySupplierByPageResponseBodyList { "code" => optional(code), "createTime" =>
    optional(create_time), "customFormDataList" => optional(custom_form_data_list),
    "description" => optional(description), "name" => optional(name), "status" =>
    optional(status), "userDefineCode" => optional(user_define_code) }
}
/// `QueryUserRoleListResponseBodyFinanceEmpDeptOpenList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserRoleListResponseBodyFinanceEmpDeptOpenList {
    /// `cascadeDeptId`.
    pub cascade_dept_id: Option<String>,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `superDeptId`.
    pub super_dept_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryUserRoleListResponseBodyFinanceEmpDeptOpenList { "cascadeDeptId" =>
    read_field(cascade_dept_id), "deptId" => read_field(dept_id), "name" =>
    read_field(name), "superDeptId" => read_field(super_dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserRoleListResponseBodyFinanceEmpDeptOpenList { "cascadeDeptId" =>
    optional(cascade_dept_id), "deptId" => optional(dept_id), "name" => optional(name),
    "superDeptId" => optional(super_dept_id) }
}
/// `QueryUserRoleListResponseBodyRoleVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserRoleListResponseBodyRoleVOList {
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
}
rt::impl_deserialize! {
    QueryUserRoleListResponseBodyRoleVOList { "roleCode" => read_field(role_code),
    "roleName" => read_field(role_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserRoleListResponseBodyRoleVOList { "roleCode" => optional(role_code),
    "roleName" => optional(role_name) }
}
/// `UpdateInvoiceUrlRequestBodyUrlList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceUrlRequestBodyUrlList {
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `ofdUrl`.
    pub ofd_url: Option<String>,
    /// `pdfUrl`.
    pub pdf_url: Option<String>,
    /// `xmlUrl`.
    pub xml_url: Option<String>,
}
impl UpdateInvoiceUrlRequestBodyUrlList {
    /// An empty `UpdateInvoiceUrlRequestBodyUrlList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `invoiceCode`.
    pub fn invoice_code(mut self, value: impl Into<String>) -> Self {
        self.invoice_code = Some(value.into());
        self
    }
    /// Sets `invoiceNo`.
    pub fn invoice_no(mut self, value: impl Into<String>) -> Self {
        self.invoice_no = Some(value.into());
        self
    }
    /// Sets `ofdUrl`.
    pub fn ofd_url(mut self, value: impl Into<String>) -> Self {
        self.ofd_url = Some(value.into());
        self
    }
    /// Sets `pdfUrl`.
    pub fn pdf_url(mut self, value: impl Into<String>) -> Self {
        self.pdf_url = Some(value.into());
        self
    }
    /// Sets `xmlUrl`.
    pub fn xml_url(mut self, value: impl Into<String>) -> Self {
        self.xml_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceUrlRequestBodyUrlList { "invoiceCode" => optional(invoice_code),
    "invoiceNo" => optional(invoice_no), "ofdUrl" => optional(ofd_url), "pdfUrl" =>
    optional(pdf_url), "xmlUrl" => optional(xml_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceUrlRequestBodyUrlList { "invoiceCode" => read_field(invoice_code),
    "invoiceNo" => read_field(invoice_no), "ofdUrl" => read_field(ofd_url), "pdfUrl" =>
    read_field(pdf_url), "xmlUrl" => read_field(xml_url) }
}
/// `UpdateInvoiceUrlResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateInvoiceUrlResponseBodyResult {
    /// `failInvoiceList`.
    pub fail_invoice_list: Option<
        Vec<UpdateInvoiceUrlResponseBodyResultFailInvoiceList>,
    >,
    /// `isAllSuccess`.
    pub is_all_success: Option<String>,
}
rt::impl_deserialize! {
    UpdateInvoiceUrlResponseBodyResult { "failInvoiceList" =>
    read_field(fail_invoice_list), "isAllSuccess" => read_field(is_all_success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateInvoiceUrlResponseBodyResult { "failInvoiceList" =>
    optional(fail_invoice_list), "isAllSuccess" => optional(is_all_success) }
}
/// `QueryAccountTradeByPageResponseBodyResultReceiptFile`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAccountTradeByPageResponseBodyResultReceiptFile {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `previewUrl`.
    pub preview_url: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    QueryAccountTradeByPageResponseBodyResultReceiptFile { "fileId" =>
    read_field(file_id), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "previewUrl" =>
    read_field(preview_url), "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAccountTradeByPageResponseBodyResultReceiptFile { "fileId" => optional(file_id),
    "fileName" => optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "previewUrl" => optional(preview_url), "spaceId" =>
    optional(space_id) }
}
/// `QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO`, a model several operations share: also named [`QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTOBankOpenDTO`], [`QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTOBankDTO`], [`QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayeeAccountDTOBankDTO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO {
    /// `accountName`.
    pub account_name: Option<String>,
    /// `bankBranchCode`.
    pub bank_branch_code: Option<String>,
    /// `bankBranchName`.
    pub bank_branch_name: Option<String>,
    /// `bankCardNo`.
    pub bank_card_no: Option<String>,
    /// `bankCode`.
    pub bank_code: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO { "accountName"
    => read_field(account_name), "bankBranchCode" => read_field(bank_branch_code),
    "bankBranchName" => read_field(bank_branch_name), "bankCardNo" =>
    read_field(bank_card_no), "bankCode" => read_field(bank_code), "bankName" =>
    read_field(bank_name), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO { "accountName"
    => optional(account_name), "bankBranchCode" => optional(bank_branch_code),
    "bankBranchName" => optional(bank_branch_name), "bankCardNo" =>
    optional(bank_card_no), "bankCode" => optional(bank_code), "bankName" =>
    optional(bank_name), "type" => optional(r#type) }
}
/// `QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTOBankOpenDTO`: the same model as [`QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO`].
pub type QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTOBankOpenDTO = QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO;
/// `QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO`, a model several operations share: also named [`QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayeeAccountDTO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO {
    /// `bankDTO`.
    pub bank_dto: Option<
        QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTOBankDTO,
    >,
}
rt::impl_deserialize! {
    QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO { "bankDTO" =>
    read_field(bank_dto) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO { "bankDTO" =>
    optional(bank_dto) }
}
/// `QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO`, a model several operations share: also named [`QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayerAccountDTO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO {
    /// `enterpriseAccountCode`.
    pub enterprise_account_code: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO { "enterpriseAccountCode"
    => read_field(enterprise_account_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO { "enterpriseAccountCode"
    => optional(enterprise_account_code) }
}
/// `QueryPaymentOrderDetailResponseBodyOrderListSubOrderList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentOrderDetailResponseBodyOrderListSubOrderList {
    /// `amount`.
    pub amount: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `outBizNo`.
    pub out_biz_no: Option<String>,
    /// `payeeAccountDTO`.
    pub payee_account_dto: Option<
        QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayeeAccountDTO,
    >,
    /// `payerAccountDTO`.
    pub payer_account_dto: Option<
        QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayerAccountDTO,
    >,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `usage`.
    pub usage: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentOrderDetailResponseBodyOrderListSubOrderList { "amount" =>
    read_field(amount), "corpId" => read_field(corp_id), "orderNo" =>
    read_field(order_no), "outBizNo" => read_field(out_biz_no), "payeeAccountDTO" =>
    read_field(payee_account_dto), "payerAccountDTO" => read_field(payer_account_dto),
    "remark" => read_field(remark), "status" => read_field(status), "usage" =>
    read_field(usage), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentOrderDetailResponseBodyOrderListSubOrderList { "amount" =>
    optional(amount), "corpId" => optional(corp_id), "orderNo" => optional(order_no),
    "outBizNo" => optional(out_biz_no), "payeeAccountDTO" => optional(payee_account_dto),
    "payerAccountDTO" => optional(payer_account_dto), "remark" => optional(remark),
    "status" => optional(status), "usage" => optional(usage), "userId" =>
    optional(user_id) }
}
/// `QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO`, a model several operations share: also named [`QueryPaymentStatusResponseBodyPayerAccountInfoBankOpenDTO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO {
    /// `bankBranchName`.
    pub bank_branch_name: Option<String>,
    /// `bankCardNo`.
    pub bank_card_no: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
}
rt::impl_deserialize! {
    QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO { "bankBranchName" =>
    read_field(bank_branch_name), "bankCardNo" => read_field(bank_card_no), "bankName" =>
    read_field(bank_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO { "bankBranchName" =>
    optional(bank_branch_name), "bankCardNo" => optional(bank_card_no), "bankName" =>
    optional(bank_name) }
}
/// `QueryPaymentStatusResponseBodyPayerAccountInfoBankOpenDTO`: the same model as [`QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO`].
pub type QueryPaymentStatusResponseBodyPayerAccountInfoBankOpenDTO = QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO;
/// `QueryReceiptForInvoiceResponseBodyListCreator`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptForInvoiceResponseBodyListCreator {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryReceiptForInvoiceResponseBodyListCreator { "avatarUrl" =>
    read_field(avatar_url), "nick" => read_field(nick), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptForInvoiceResponseBodyListCreator { "avatarUrl" => optional(avatar_url),
    "nick" => optional(nick), "userId" => optional(user_id) }
}
/// `QueryReceiptForInvoiceResponseBodyListCustomer`: the same model as [`GetDefineResponseBodyList`].
pub type QueryReceiptForInvoiceResponseBodyListCustomer = GetDefineResponseBodyList;
/// `QueryReceiptForInvoiceResponseBodyListProductInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptForInvoiceResponseBodyListProductInfoList {
    /// `amountWithTax`.
    pub amount_with_tax: Option<String>,
    /// `amountWithoutTax`.
    pub amount_without_tax: Option<String>,
    /// `discountAmount`.
    pub discount_amount: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `quantity`.
    pub quantity: Option<String>,
    /// `specification`.
    pub specification: Option<String>,
    /// `taxClassificationCode`.
    pub tax_classification_code: Option<String>,
    /// `taxRate`.
    pub tax_rate: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `unitPriceWithTax`.
    pub unit_price_with_tax: Option<String>,
    /// `unitPriceWithoutTax`.
    pub unit_price_without_tax: Option<String>,
    /// `withTax`.
    pub with_tax: Option<bool>,
}
rt::impl_deserialize! {
    QueryReceiptForInvoiceResponseBodyListProductInfoList { "amountWithTax" =>
    read_field(amount_with_tax), "amountWithoutTax" => read_field(amount_without_tax),
    "discountAmount" => read_field(discount_amount), "name" => read_field(name),
    "quantity" => read_field(quantity), "specification" => read_field(specification),
    "taxClassificationCode" => read_field(tax_classification_code), "taxRate" =>
    read_field(tax_rate), "unit" => read_field(unit), "unitPriceWithTax" =>
    read_field(unit_price_with_tax), "unitPriceWithoutTax" =>
    read_field(unit_price_without_tax), "withTax" => read_field(with_tax) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptForInvoiceResponseBodyListProductInfoList { "amountWithTax" =>
    optional(amount_with_tax), "amountWithoutTax" => optional(amount_without_tax),
    "discountAmount" => optional(discount_amount), "name" => optional(name), "quantity"
    => optional(quantity), "specification" => optional(specification),
    "taxClassificationCode" => optional(tax_classification_code), "taxRate" =>
    optional(tax_rate), "unit" => optional(unit), "unitPriceWithTax" =>
    optional(unit_price_with_tax), "unitPriceWithoutTax" =>
    optional(unit_price_without_tax), "withTax" => optional(with_tax) }
}
/// `QuerySupplierByPageResponseBodyListCustomFormDataList`: the same model as [`GetSupplierResponseBodyCustomFormDataList`].
pub type QuerySupplierByPageResponseBodyListCustomFormDataList = GetSupplierResponseBodyCustomFormDataList;
/// `UpdateInvoiceUrlResponseBodyResultFailInvoiceList`: the same model as [`BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList`].
pub type UpdateInvoiceUrlResponseBodyResultFailInvoiceList = BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList;
/// `QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTOBankDTO`: the same model as [`QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO`].
pub type QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTOBankDTO = QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO;
/// `QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayeeAccountDTO`: the same model as [`QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO`].
pub type QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayeeAccountDTO = QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO;
/// `QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayerAccountDTO`: the same model as [`QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO`].
pub type QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayerAccountDTO = QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO;
/// `QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayeeAccountDTOBankDTO`: the same model as [`QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO`].
pub type QueryPaymentOrderDetailResponseBodyOrderListSubOrderListPayeeAccountDTOBankDTO = QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO;
/// The request of [`Api::add_finance_enterprise_account`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddFinanceEnterpriseAccountRequest {
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountType`.
    pub account_type: Option<String>,
    /// `bankCardNo`.
    pub bank_card_no: Option<String>,
    /// `bankCode`.
    pub bank_code: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `city`.
    pub city: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `officialName`.
    pub official_name: Option<String>,
    /// `officialNumber`.
    pub official_number: Option<String>,
    /// `province`.
    pub province: Option<String>,
    /// `taxNature`.
    pub tax_nature: Option<String>,
    /// `taxNo`.
    pub tax_no: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AddFinanceEnterpriseAccountRequest {
    /// An empty `AddFinanceEnterpriseAccountRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountName`.
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }
    /// Sets `accountType`.
    pub fn account_type(mut self, value: impl Into<String>) -> Self {
        self.account_type = Some(value.into());
        self
    }
    /// Sets `bankCardNo`.
    pub fn bank_card_no(mut self, value: impl Into<String>) -> Self {
        self.bank_card_no = Some(value.into());
        self
    }
    /// Sets `bankCode`.
    pub fn bank_code(mut self, value: impl Into<String>) -> Self {
        self.bank_code = Some(value.into());
        self
    }
    /// Sets `bankName`.
    pub fn bank_name(mut self, value: impl Into<String>) -> Self {
        self.bank_name = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `officialName`.
    pub fn official_name(mut self, value: impl Into<String>) -> Self {
        self.official_name = Some(value.into());
        self
    }
    /// Sets `officialNumber`.
    pub fn official_number(mut self, value: impl Into<String>) -> Self {
        self.official_number = Some(value.into());
        self
    }
    /// Sets `province`.
    pub fn province(mut self, value: impl Into<String>) -> Self {
        self.province = Some(value.into());
        self
    }
    /// Sets `taxNature`.
    pub fn tax_nature(mut self, value: impl Into<String>) -> Self {
        self.tax_nature = Some(value.into());
        self
    }
    /// Sets `taxNo`.
    pub fn tax_no(mut self, value: impl Into<String>) -> Self {
        self.tax_no = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddFinanceEnterpriseAccountRequest { "accountName" => optional(account_name),
    "accountType" => optional(account_type), "bankCardNo" => optional(bank_card_no),
    "bankCode" => optional(bank_code), "bankName" => optional(bank_name), "city" =>
    optional(city), "description" => optional(description), "officialName" =>
    optional(official_name), "officialNumber" => optional(official_number), "province" =>
    optional(province), "taxNature" => optional(tax_nature), "taxNo" => optional(tax_no),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddFinanceEnterpriseAccountRequest { "accountName" => read_field(account_name),
    "accountType" => read_field(account_type), "bankCardNo" => read_field(bank_card_no),
    "bankCode" => read_field(bank_code), "bankName" => read_field(bank_name), "city" =>
    read_field(city), "description" => read_field(description), "officialName" =>
    read_field(official_name), "officialNumber" => read_field(official_number),
    "province" => read_field(province), "taxNature" => read_field(tax_nature), "taxNo" =>
    read_field(tax_no), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for AddFinanceEnterpriseAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_retention_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddRetentionRecordRequest {
    /// `mobile`: a query parameter.
    pub mobile: Option<String>,
    /// `stateCode`: a query parameter.
    pub state_code: Option<String>,
}
impl AddRetentionRecordRequest {
    /// An empty `AddRetentionRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `stateCode`.
    pub fn state_code(mut self, value: impl Into<String>) -> Self {
        self.state_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRetentionRecordRequest { "mobile" => read_field(mobile), "stateCode" =>
    read_field(state_code) }
}
impl rt::WriteRequest for AddRetentionRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mobile", &self.mobile);
        writer.query("stateCode", &self.state_code);
    }
}
/// The request of [`Api::ai_voucher`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AiVoucherRequest {
    /// `chatMessages`.
    pub chat_messages: Option<String>,
    /// `enableThinking`.
    pub enable_thinking: Option<bool>,
    /// `extendInfo`.
    pub extend_info: Option<String>,
    /// `prompt`.
    pub prompt: Option<String>,
}
impl AiVoucherRequest {
    /// An empty `AiVoucherRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `chatMessages`.
    pub fn chat_messages(mut self, value: impl Into<String>) -> Self {
        self.chat_messages = Some(value.into());
        self
    }
    /// Sets `enableThinking`.
    pub fn enable_thinking(mut self, value: bool) -> Self {
        self.enable_thinking = Some(value);
        self
    }
    /// Sets `extendInfo`.
    pub fn extend_info(mut self, value: impl Into<String>) -> Self {
        self.extend_info = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AiVoucherRequest { "chatMessages" => optional(chat_messages), "enableThinking" =>
    optional(enable_thinking), "extendInfo" => optional(extend_info), "prompt" =>
    optional(prompt) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AiVoucherRequest { "chatMessages" => read_field(chat_messages), "enableThinking" =>
    read_field(enable_thinking), "extendInfo" => read_field(extend_info), "prompt" =>
    read_field(prompt) }
}
impl rt::WriteRequest for AiVoucherRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::bank_gateway_invoke`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BankGatewayInvokeRequest {
    /// `actionType`.
    pub action_type: Option<String>,
    /// `inputData`.
    pub input_data: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl BankGatewayInvokeRequest {
    /// An empty `BankGatewayInvokeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionType`.
    pub fn action_type(mut self, value: impl Into<String>) -> Self {
        self.action_type = Some(value.into());
        self
    }
    /// Sets `inputData`.
    pub fn input_data(mut self, value: impl Into<String>) -> Self {
        self.input_data = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BankGatewayInvokeRequest { "actionType" => optional(action_type), "inputData" =>
    optional(input_data), "url" => optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BankGatewayInvokeRequest { "actionType" => read_field(action_type), "inputData" =>
    read_field(input_data), "url" => read_field(url) }
}
impl rt::WriteRequest for BankGatewayInvokeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_delete_receipt`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchDeleteReceiptRequest {
    /// `instanceIdList`.
    pub instance_id_list: Option<Vec<String>>,
    /// `operator`.
    pub operator: Option<String>,
}
impl BatchDeleteReceiptRequest {
    /// An empty `BatchDeleteReceiptRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `instanceIdList`.
    pub fn instance_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchDeleteReceiptRequest { "instanceIdList" => optional(instance_id_list),
    "operator" => optional(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchDeleteReceiptRequest { "instanceIdList" => read_field(instance_id_list),
    "operator" => read_field(operator) }
}
impl rt::WriteRequest for BatchDeleteReceiptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_org_invoice_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryOrgInvoiceUrlRequest {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `invoiceKeyVOList`.
    pub invoice_key_vo_list: Option<Vec<BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList>>,
    /// `operator`.
    pub operator: Option<String>,
}
impl BatchQueryOrgInvoiceUrlRequest {
    /// An empty `BatchQueryOrgInvoiceUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `invoiceKeyVOList`.
    pub fn invoice_key_vo_list(
        mut self,
        value: impl IntoIterator<Item = BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList>,
    ) -> Self {
        self.invoice_key_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchQueryOrgInvoiceUrlRequest { "companyCode" => optional(company_code),
    "invoiceKeyVOList" => optional(invoice_key_vo_list), "operator" => optional(operator)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryOrgInvoiceUrlRequest { "companyCode" => read_field(company_code),
    "invoiceKeyVOList" => read_field(invoice_key_vo_list), "operator" =>
    read_field(operator) }
}
impl rt::WriteRequest for BatchQueryOrgInvoiceUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_payment_recall_file`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryPaymentRecallFileRequest {
    /// `detailIdList`.
    pub detail_id_list: Option<Vec<String>>,
    /// `operator`.
    pub operator: Option<String>,
}
impl BatchQueryPaymentRecallFileRequest {
    /// An empty `BatchQueryPaymentRecallFileRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detailIdList`.
    pub fn detail_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.detail_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchQueryPaymentRecallFileRequest { "detailIdList" => optional(detail_id_list),
    "operator" => optional(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryPaymentRecallFileRequest { "detailIdList" => read_field(detail_id_list),
    "operator" => read_field(operator) }
}
impl rt::WriteRequest for BatchQueryPaymentRecallFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_sync_bank_receipt`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchSyncBankReceiptRequest {
    /// `body`.
    pub body: Vec<BatchSyncBankReceiptRequestBody>,
}
/// The required fields of [`BatchSyncBankReceiptRequest`], each named where it is set: `BatchSyncBankReceiptRequest::new(BatchSyncBankReceiptRequired { .. })`.
pub struct BatchSyncBankReceiptRequired {
    /// `body`: see [`BatchSyncBankReceiptRequest::body`].
    pub body: Vec<BatchSyncBankReceiptRequestBody>,
}
impl BatchSyncBankReceiptRequest {
    /// A `BatchSyncBankReceiptRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: BatchSyncBankReceiptRequired) -> Self {
        let BatchSyncBankReceiptRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSyncBankReceiptRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for BatchSyncBankReceiptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::cancel_sign_enterprise_account`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelSignEnterpriseAccountRequest {
    /// `accountCode`: a query parameter.
    pub account_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl CancelSignEnterpriseAccountRequest {
    /// An empty `CancelSignEnterpriseAccountRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountCode`.
    pub fn account_code(mut self, value: impl Into<String>) -> Self {
        self.account_code = Some(value.into());
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
    CancelSignEnterpriseAccountRequest { "accountCode" => read_field(account_code),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CancelSignEnterpriseAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountCode", &self.account_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::check_voucher_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckVoucherStatusRequest {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `financeType`.
    pub finance_type: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `taxNo`.
    pub tax_no: Option<String>,
    /// `verifyStatus`.
    pub verify_status: Option<String>,
}
impl CheckVoucherStatusRequest {
    /// An empty `CheckVoucherStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `financeType`.
    pub fn finance_type(mut self, value: impl Into<String>) -> Self {
        self.finance_type = Some(value.into());
        self
    }
    /// Sets `invoiceCode`.
    pub fn invoice_code(mut self, value: impl Into<String>) -> Self {
        self.invoice_code = Some(value.into());
        self
    }
    /// Sets `invoiceNo`.
    pub fn invoice_no(mut self, value: impl Into<String>) -> Self {
        self.invoice_no = Some(value.into());
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
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `taxNo`.
    pub fn tax_no(mut self, value: impl Into<String>) -> Self {
        self.tax_no = Some(value.into());
        self
    }
    /// Sets `verifyStatus`.
    pub fn verify_status(mut self, value: impl Into<String>) -> Self {
        self.verify_status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CheckVoucherStatusRequest { "companyCode" => optional(company_code), "endTime" =>
    optional(end_time), "financeType" => optional(finance_type), "invoiceCode" =>
    optional(invoice_code), "invoiceNo" => optional(invoice_no), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "startTime" =>
    optional(start_time), "taxNo" => optional(tax_no), "verifyStatus" =>
    optional(verify_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckVoucherStatusRequest { "companyCode" => read_field(company_code), "endTime" =>
    read_field(end_time), "financeType" => read_field(finance_type), "invoiceCode" =>
    read_field(invoice_code), "invoiceNo" => read_field(invoice_no), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "startTime" =>
    read_field(start_time), "taxNo" => read_field(tax_no), "verifyStatus" =>
    read_field(verify_status) }
}
impl rt::WriteRequest for CheckVoucherStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::confirm_payment_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmPaymentOrderRequest {
    /// `outBizNoList`.
    pub out_biz_no_list: Option<Vec<String>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl ConfirmPaymentOrderRequest {
    /// An empty `ConfirmPaymentOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `outBizNoList`.
    pub fn out_biz_no_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.out_biz_no_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConfirmPaymentOrderRequest { "outBizNoList" => optional(out_biz_no_list), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConfirmPaymentOrderRequest { "outBizNoList" => read_field(out_biz_no_list), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for ConfirmPaymentOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_collection_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateCollectionOrderRequest {
    /// `amount`: a query parameter.
    pub amount: String,
    /// `collectionInfoId`: a query parameter.
    pub collection_info_id: String,
    /// `instanceId`: a query parameter.
    pub instance_id: String,
    /// `remark`: a query parameter.
    pub remark: Option<String>,
}
/// The required fields of [`CreateCollectionOrderRequest`], each named where it is set: `CreateCollectionOrderRequest::new(CreateCollectionOrderRequired { .. })`.
pub struct CreateCollectionOrderRequired {
    /// `amount`: see [`CreateCollectionOrderRequest::amount`].
    pub amount: String,
    /// `collectionInfoId`: see [`CreateCollectionOrderRequest::collection_info_id`].
    pub collection_info_id: String,
    /// `instanceId`: see [`CreateCollectionOrderRequest::instance_id`].
    pub instance_id: String,
}
impl CreateCollectionOrderRequest {
    /// A `CreateCollectionOrderRequest` with its required fields (`amount`, `collectionInfoId`, `instanceId`); set the others with the methods named after them.
    pub fn new(required: CreateCollectionOrderRequired) -> Self {
        let CreateCollectionOrderRequired { amount, collection_info_id, instance_id } = required;
        Self {
            amount,
            collection_info_id,
            instance_id,
            remark: None,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCollectionOrderRequest { "amount" => read_field(amount), "collectionInfoId" =>
    read_field(collection_info_id), "instanceId" => read_field(instance_id), "remark" =>
    read_field(remark) }
}
impl rt::WriteRequest for CreateCollectionOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("amount", &self.amount);
        writer.query("collectionInfoId", &self.collection_info_id);
        writer.query("instanceId", &self.instance_id);
        writer.query("remark", &self.remark);
    }
}
/// The request of [`Api::create_payable_receipt`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePayableReceiptRequest {
    /// `receipt`.
    pub receipt: Option<CreatePayableReceiptRequestReceipt>,
}
impl CreatePayableReceiptRequest {
    /// An empty `CreatePayableReceiptRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `receipt`.
    pub fn receipt(mut self, value: CreatePayableReceiptRequestReceipt) -> Self {
        self.receipt = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreatePayableReceiptRequest { "receipt" => optional(receipt) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePayableReceiptRequest { "receipt" => read_field(receipt) }
}
impl rt::WriteRequest for CreatePayableReceiptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_payment_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePaymentOrderRequest {
    /// `amount`.
    pub amount: Option<String>,
    /// `expireTime`.
    pub expire_time: Option<i64>,
    /// `outBizNo`.
    pub out_biz_no: Option<String>,
    /// `payeeAccountDTO`.
    pub payee_account_dto: Option<CreatePaymentOrderRequestPayeeAccountDTO>,
    /// `payerAccountDTO`.
    pub payer_account_dto: Option<CreatePaymentOrderRequestPayerAccountDTO>,
    /// `paymentOrderTitle`.
    pub payment_order_title: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `usage`.
    pub usage: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreatePaymentOrderRequest {
    /// An empty `CreatePaymentOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<String>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `expireTime`.
    pub fn expire_time(mut self, value: i64) -> Self {
        self.expire_time = Some(value);
        self
    }
    /// Sets `outBizNo`.
    pub fn out_biz_no(mut self, value: impl Into<String>) -> Self {
        self.out_biz_no = Some(value.into());
        self
    }
    /// Sets `payeeAccountDTO`.
    pub fn payee_account_dto(
        mut self,
        value: CreatePaymentOrderRequestPayeeAccountDTO,
    ) -> Self {
        self.payee_account_dto = Some(value);
        self
    }
    /// Sets `payerAccountDTO`.
    pub fn payer_account_dto(
        mut self,
        value: CreatePaymentOrderRequestPayerAccountDTO,
    ) -> Self {
        self.payer_account_dto = Some(value);
        self
    }
    /// Sets `paymentOrderTitle`.
    pub fn payment_order_title(mut self, value: impl Into<String>) -> Self {
        self.payment_order_title = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<String>) -> Self {
        self.usage = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreatePaymentOrderRequest { "amount" => optional(amount), "expireTime" =>
    optional(expire_time), "outBizNo" => optional(out_biz_no), "payeeAccountDTO" =>
    optional(payee_account_dto), "payerAccountDTO" => optional(payer_account_dto),
    "paymentOrderTitle" => optional(payment_order_title), "remark" => optional(remark),
    "usage" => optional(usage), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePaymentOrderRequest { "amount" => read_field(amount), "expireTime" =>
    read_field(expire_time), "outBizNo" => read_field(out_biz_no), "payeeAccountDTO" =>
    read_field(payee_account_dto), "payerAccountDTO" => read_field(payer_account_dto),
    "paymentOrderTitle" => read_field(payment_order_title), "remark" =>
    read_field(remark), "usage" => read_field(usage), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreatePaymentOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_company`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteCompanyRequest {
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
}
impl DeleteCompanyRequest {
    /// An empty `DeleteCompanyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteCompanyRequest { "companyCode" => read_field(company_code) }
}
impl rt::WriteRequest for DeleteCompanyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyCode", &self.company_code);
    }
}
/// The request of [`Api::delete_enterprise_account`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteEnterpriseAccountRequest {
    /// `accountCode`.
    pub account_code: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl DeleteEnterpriseAccountRequest {
    /// An empty `DeleteEnterpriseAccountRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountCode`.
    pub fn account_code(mut self, value: impl Into<String>) -> Self {
        self.account_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeleteEnterpriseAccountRequest { "accountCode" => optional(account_code), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteEnterpriseAccountRequest { "accountCode" => read_field(account_code), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for DeleteEnterpriseAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_process_instance`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteProcessInstanceRequest {
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl DeleteProcessInstanceRequest {
    /// An empty `DeleteProcessInstanceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
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
    DeleteProcessInstanceRequest { "instanceId" => read_field(instance_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for DeleteProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("instanceId", &self.instance_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::delete_workflow_instance`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteWorkflowInstanceRequest {
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl DeleteWorkflowInstanceRequest {
    /// An empty `DeleteWorkflowInstanceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
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
    DeleteWorkflowInstanceRequest { "instanceId" => read_field(instance_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for DeleteWorkflowInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("instanceId", &self.instance_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::enable_company`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EnableCompanyRequest {
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
}
impl EnableCompanyRequest {
    /// An empty `EnableCompanyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EnableCompanyRequest { "companyCode" => read_field(company_code) }
}
impl rt::WriteRequest for EnableCompanyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyCode", &self.company_code);
    }
}
/// The request of [`Api::enable_enterprise_account`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EnableEnterpriseAccountRequest {
    /// `accountCode`.
    pub account_code: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl EnableEnterpriseAccountRequest {
    /// An empty `EnableEnterpriseAccountRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountCode`.
    pub fn account_code(mut self, value: impl Into<String>) -> Self {
        self.account_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EnableEnterpriseAccountRequest { "accountCode" => optional(account_code), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EnableEnterpriseAccountRequest { "accountCode" => read_field(account_code), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for EnableEnterpriseAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCategoryRequest {
    /// `code`: a query parameter.
    pub code: String,
}
/// The required fields of [`GetCategoryRequest`], each named where it is set: `GetCategoryRequest::new(GetCategoryRequired { .. })`.
pub struct GetCategoryRequired {
    /// `code`: see [`GetCategoryRequest::code`].
    pub code: String,
}
impl GetCategoryRequest {
    /// A `GetCategoryRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(required: GetCategoryRequired) -> Self {
        let GetCategoryRequired { code } = required;
        Self { code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCategoryRequest { "code" => read_field(code) }
}
impl rt::WriteRequest for GetCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
    }
}
/// The request of [`Api::get_define`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDefineRequest {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
}
impl GetDefineRequest {
    /// An empty `GetDefineRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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
    GetDefineRequest { "code" => optional(code), "name" => optional(name), "pageNumber"
    => optional(page_number), "pageSize" => optional(page_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDefineRequest { "code" => read_field(code), "name" => read_field(name),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for GetDefineRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_define_data`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDefineDataRequest {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
}
impl GetDefineDataRequest {
    /// An empty `GetDefineDataRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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
    GetDefineDataRequest { "code" => optional(code), "name" => optional(name),
    "pageNumber" => optional(page_number), "pageSize" => optional(page_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDefineDataRequest { "code" => read_field(code), "name" => read_field(name),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for GetDefineDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_finance_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFinanceAccountRequest {
    /// `accountCode`: a query parameter.
    pub account_code: String,
}
/// The required fields of [`GetFinanceAccountRequest`], each named where it is set: `GetFinanceAccountRequest::new(GetFinanceAccountRequired { .. })`.
pub struct GetFinanceAccountRequired {
    /// `accountCode`: see [`GetFinanceAccountRequest::account_code`].
    pub account_code: String,
}
impl GetFinanceAccountRequest {
    /// A `GetFinanceAccountRequest` with its required fields (`accountCode`); set the others with the methods named after them.
    pub fn new(required: GetFinanceAccountRequired) -> Self {
        let GetFinanceAccountRequired { account_code } = required;
        Self { account_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFinanceAccountRequest { "accountCode" => read_field(account_code) }
}
impl rt::WriteRequest for GetFinanceAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountCode", &self.account_code);
    }
}
/// The request of [`Api::get_project`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetProjectRequest {
    /// `code`: a query parameter.
    pub code: String,
}
/// The required fields of [`GetProjectRequest`], each named where it is set: `GetProjectRequest::new(GetProjectRequired { .. })`.
pub struct GetProjectRequired {
    /// `code`: see [`GetProjectRequest::code`].
    pub code: String,
}
impl GetProjectRequest {
    /// A `GetProjectRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(required: GetProjectRequired) -> Self {
        let GetProjectRequired { code } = required;
        Self { code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProjectRequest { "code" => read_field(code) }
}
impl rt::WriteRequest for GetProjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
    }
}
/// The request of [`Api::get_receipt`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetReceiptRequest {
    /// `businessId`: a query parameter.
    pub business_id: Option<String>,
    /// `code`: a query parameter.
    pub code: Option<String>,
    /// `modelId`: a query parameter.
    pub model_id: Option<String>,
}
impl GetReceiptRequest {
    /// An empty `GetReceiptRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `businessId`.
    pub fn business_id(mut self, value: impl Into<String>) -> Self {
        self.business_id = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `modelId`.
    pub fn model_id(mut self, value: impl Into<String>) -> Self {
        self.model_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetReceiptRequest { "businessId" => read_field(business_id), "code" =>
    read_field(code), "modelId" => read_field(model_id) }
}
impl rt::WriteRequest for GetReceiptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("businessId", &self.business_id);
        writer.query("code", &self.code);
        writer.query("modelId", &self.model_id);
    }
}
/// The request of [`Api::get_supplier`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSupplierRequest {
    /// `code`: a query parameter.
    pub code: String,
}
/// The required fields of [`GetSupplierRequest`], each named where it is set: `GetSupplierRequest::new(GetSupplierRequired { .. })`.
pub struct GetSupplierRequired {
    /// `code`: see [`GetSupplierRequest::code`].
    pub code: String,
}
impl GetSupplierRequest {
    /// A `GetSupplierRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(required: GetSupplierRequired) -> Self {
        let GetSupplierRequired { code } = required;
        Self { code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSupplierRequest { "code" => read_field(code) }
}
impl rt::WriteRequest for GetSupplierRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
    }
}
/// The request of [`Api::issue_invoice_with_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IssueInvoiceWithOrderRequest {
    /// `content`.
    pub content: Option<IssueInvoiceWithOrderRequestContent>,
    /// `financeAppKey`.
    pub finance_app_key: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `signature`.
    pub signature: Option<String>,
}
impl IssueInvoiceWithOrderRequest {
    /// An empty `IssueInvoiceWithOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: IssueInvoiceWithOrderRequestContent) -> Self {
        self.content = Some(value);
        self
    }
    /// Sets `financeAppKey`.
    pub fn finance_app_key(mut self, value: impl Into<String>) -> Self {
        self.finance_app_key = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `signature`.
    pub fn signature(mut self, value: impl Into<String>) -> Self {
        self.signature = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IssueInvoiceWithOrderRequest { "content" => optional(content), "financeAppKey" =>
    optional(finance_app_key), "operator" => optional(operator), "signature" =>
    optional(signature) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IssueInvoiceWithOrderRequest { "content" => read_field(content), "financeAppKey" =>
    read_field(finance_app_key), "operator" => read_field(operator), "signature" =>
    read_field(signature) }
}
impl rt::WriteRequest for IssueInvoiceWithOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::link_common_invoke`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LinkCommonInvokeRequest {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `data`.
    pub data: Option<String>,
    /// `invokeId`.
    pub invoke_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl LinkCommonInvokeRequest {
    /// An empty `LinkCommonInvokeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: impl Into<String>) -> Self {
        self.biz_type = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<String>) -> Self {
        self.data = Some(value.into());
        self
    }
    /// Sets `invokeId`.
    pub fn invoke_id(mut self, value: impl Into<String>) -> Self {
        self.invoke_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    LinkCommonInvokeRequest { "bizType" => optional(biz_type), "data" => optional(data),
    "invokeId" => optional(invoke_id), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LinkCommonInvokeRequest { "bizType" => read_field(biz_type), "data" =>
    read_field(data), "invokeId" => read_field(invoke_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for LinkCommonInvokeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::order_billing`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OrderBillingRequest {
    /// `additionInfos`.
    pub addition_infos: Option<Vec<OrderBillingRequestAdditionInfos>>,
    /// `appKey`.
    pub app_key: Option<String>,
    /// `applyPerson`.
    pub apply_person: Option<String>,
    /// `invoiceRemark`.
    pub invoice_remark: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
    /// `isNaturalPerson`.
    pub is_natural_person: Option<bool>,
    /// `operator`.
    pub operator: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `payee`.
    pub payee: Option<String>,
    /// `phone`.
    pub phone: Option<String>,
    /// `products`.
    pub products: Option<Vec<OrderBillingRequestProducts>>,
    /// `purchaserAddress`.
    pub purchaser_address: Option<String>,
    /// `purchaserBankAccount`.
    pub purchaser_bank_account: Option<String>,
    /// `purchaserBankName`.
    pub purchaser_bank_name: Option<String>,
    /// `purchaserName`.
    pub purchaser_name: Option<String>,
    /// `purchaserTaxNo`.
    pub purchaser_tax_no: Option<String>,
    /// `purchaserTel`.
    pub purchaser_tel: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `reviewer`.
    pub reviewer: Option<String>,
    /// `signature`.
    pub signature: Option<String>,
    /// `taxSign`.
    pub tax_sign: Option<i64>,
}
impl OrderBillingRequest {
    /// An empty `OrderBillingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `additionInfos`.
    pub fn addition_infos(
        mut self,
        value: impl IntoIterator<Item = OrderBillingRequestAdditionInfos>,
    ) -> Self {
        self.addition_infos = Some(value.into_iter().collect());
        self
    }
    /// Sets `appKey`.
    pub fn app_key(mut self, value: impl Into<String>) -> Self {
        self.app_key = Some(value.into());
        self
    }
    /// Sets `applyPerson`.
    pub fn apply_person(mut self, value: impl Into<String>) -> Self {
        self.apply_person = Some(value.into());
        self
    }
    /// Sets `invoiceRemark`.
    pub fn invoice_remark(mut self, value: impl Into<String>) -> Self {
        self.invoice_remark = Some(value.into());
        self
    }
    /// Sets `invoiceType`.
    pub fn invoice_type(mut self, value: impl Into<String>) -> Self {
        self.invoice_type = Some(value.into());
        self
    }
    /// Sets `isNaturalPerson`.
    pub fn is_natural_person(mut self, value: bool) -> Self {
        self.is_natural_person = Some(value);
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `orderId`.
    pub fn order_id(mut self, value: impl Into<String>) -> Self {
        self.order_id = Some(value.into());
        self
    }
    /// Sets `payee`.
    pub fn payee(mut self, value: impl Into<String>) -> Self {
        self.payee = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `products`.
    pub fn products(
        mut self,
        value: impl IntoIterator<Item = OrderBillingRequestProducts>,
    ) -> Self {
        self.products = Some(value.into_iter().collect());
        self
    }
    /// Sets `purchaserAddress`.
    pub fn purchaser_address(mut self, value: impl Into<String>) -> Self {
        self.purchaser_address = Some(value.into());
        self
    }
    /// Sets `purchaserBankAccount`.
    pub fn purchaser_bank_account(mut self, value: impl Into<String>) -> Self {
        self.purchaser_bank_account = Some(value.into());
        self
    }
    /// Sets `purchaserBankName`.
    pub fn purchaser_bank_name(mut self, value: impl Into<String>) -> Self {
        self.purchaser_bank_name = Some(value.into());
        self
    }
    /// Sets `purchaserName`.
    pub fn purchaser_name(mut self, value: impl Into<String>) -> Self {
        self.purchaser_name = Some(value.into());
        self
    }
    /// Sets `purchaserTaxNo`.
    pub fn purchaser_tax_no(mut self, value: impl Into<String>) -> Self {
        self.purchaser_tax_no = Some(value.into());
        self
    }
    /// Sets `purchaserTel`.
    pub fn purchaser_tel(mut self, value: impl Into<String>) -> Self {
        self.purchaser_tel = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `reviewer`.
    pub fn reviewer(mut self, value: impl Into<String>) -> Self {
        self.reviewer = Some(value.into());
        self
    }
    /// Sets `signature`.
    pub fn signature(mut self, value: impl Into<String>) -> Self {
        self.signature = Some(value.into());
        self
    }
    /// Sets `taxSign`.
    pub fn tax_sign(mut self, value: i64) -> Self {
        self.tax_sign = Some(value);
        self
    }
}
rt::impl_serialize! {
    OrderBillingRequest { "additionInfos" => optional(addition_infos), "appKey" =>
    optional(app_key), "applyPerson" => optional(apply_person), "invoiceRemark" =>
    optional(invoice_remark), "invoiceType" => optional(invoice_type), "isNaturalPerson"
    => optional(is_natural_person), "operator" => optional(operator), "orderId" =>
    optional(order_id), "payee" => optional(payee), "phone" => optional(phone),
    "products" => optional(products), "purchaserAddress" => optional(purchaser_address),
    "purchaserBankAccount" => optional(purchaser_bank_account), "purchaserBankName" =>
    optional(purchaser_bank_name), "purchaserName" => optional(purchaser_name),
    "purchaserTaxNo" => optional(purchaser_tax_no), "purchaserTel" =>
    optional(purchaser_tel), "remark" => optional(remark), "reviewer" =>
    optional(reviewer), "signature" => optional(signature), "taxSign" =>
    optional(tax_sign) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrderBillingRequest { "additionInfos" => read_field(addition_infos), "appKey" =>
    read_field(app_key), "applyPerson" => read_field(apply_person), "invoiceRemark" =>
    read_field(invoice_remark), "invoiceType" => read_field(invoice_type),
    "isNaturalPerson" => read_field(is_natural_person), "operator" =>
    read_field(operator), "orderId" => read_field(order_id), "payee" =>
    read_field(payee), "phone" => read_field(phone), "products" => read_field(products),
    "purchaserAddress" => read_field(purchaser_address), "purchaserBankAccount" =>
    read_field(purchaser_bank_account), "purchaserBankName" =>
    read_field(purchaser_bank_name), "purchaserName" => read_field(purchaser_name),
    "purchaserTaxNo" => read_field(purchaser_tax_no), "purchaserTel" =>
    read_field(purchaser_tel), "remark" => read_field(remark), "reviewer" =>
    read_field(reviewer), "signature" => read_field(signature), "taxSign" =>
    read_field(tax_sign) }
}
impl rt::WriteRequest for OrderBillingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_account_trade_by_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAccountTradeByPageRequest {
    /// `accountId`.
    pub account_id: Option<String>,
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `filter`.
    pub filter: Option<QueryAccountTradeByPageRequestFilter>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `startDate`.
    pub start_date: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl QueryAccountTradeByPageRequest {
    /// An empty `QueryAccountTradeByPageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: i64) -> Self {
        self.end_date = Some(value);
        self
    }
    /// Sets `filter`.
    pub fn filter(mut self, value: QueryAccountTradeByPageRequestFilter) -> Self {
        self.filter = Some(value);
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
    /// Sets `startDate`.
    pub fn start_date(mut self, value: i64) -> Self {
        self.start_date = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryAccountTradeByPageRequest { "accountId" => optional(account_id), "endDate" =>
    optional(end_date), "filter" => optional(filter), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "startDate" =>
    optional(start_date), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAccountTradeByPageRequest { "accountId" => read_field(account_id), "endDate" =>
    read_field(end_date), "filter" => read_field(filter), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "startDate" =>
    read_field(start_date), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryAccountTradeByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_alipay_user_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAlipayUserIdRequest {
    /// `dingUserIds`.
    pub ding_user_ids: Option<Vec<String>>,
}
impl QueryAlipayUserIdRequest {
    /// An empty `QueryAlipayUserIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingUserIds`.
    pub fn ding_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.ding_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    QueryAlipayUserIdRequest { "dingUserIds" => optional(ding_user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAlipayUserIdRequest { "dingUserIds" => read_field(ding_user_ids) }
}
impl rt::WriteRequest for QueryAlipayUserIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_attachment`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAttachmentRequest {
    /// `attachmentType`: a query parameter.
    pub attachment_type: Option<String>,
    /// `businessId`: a query parameter.
    pub business_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryAttachmentRequest`], each named where it is set: `QueryAttachmentRequest::new(QueryAttachmentRequired { .. })`.
pub struct QueryAttachmentRequired {
    /// `businessId`: see [`QueryAttachmentRequest::business_id`].
    pub business_id: String,
    /// `userId`: see [`QueryAttachmentRequest::user_id`].
    pub user_id: String,
}
impl QueryAttachmentRequest {
    /// A `QueryAttachmentRequest` with its required fields (`businessId`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryAttachmentRequired) -> Self {
        let QueryAttachmentRequired { business_id, user_id } = required;
        Self {
            attachment_type: None,
            business_id,
            user_id,
        }
    }
    /// Sets `attachmentType`.
    pub fn attachment_type(mut self, value: impl Into<String>) -> Self {
        self.attachment_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAttachmentRequest { "attachmentType" => read_field(attachment_type),
    "businessId" => read_field(business_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryAttachmentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("attachmentType", &self.attachment_type);
        writer.query("businessId", &self.business_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_branch`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBranchRequest {
    /// `bankName`: a query parameter.
    pub bank_name: Option<String>,
    /// `city`: a query parameter.
    pub city: Option<String>,
    /// `province`: a query parameter.
    pub province: Option<String>,
}
impl QueryBranchRequest {
    /// An empty `QueryBranchRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bankName`.
    pub fn bank_name(mut self, value: impl Into<String>) -> Self {
        self.bank_name = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `province`.
    pub fn province(mut self, value: impl Into<String>) -> Self {
        self.province = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBranchRequest { "bankName" => read_field(bank_name), "city" => read_field(city),
    "province" => read_field(province) }
}
impl rt::WriteRequest for QueryBranchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bankName", &self.bank_name);
        writer.query("city", &self.city);
        writer.query("province", &self.province);
    }
}
/// The request of [`Api::query_category_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCategoryByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `type`: a query parameter.
    pub r#type: String,
}
/// The required fields of [`QueryCategoryByPageRequest`], each named where it is set: `QueryCategoryByPageRequest::new(QueryCategoryByPageRequired { .. })`.
pub struct QueryCategoryByPageRequired {
    /// `pageNumber`: see [`QueryCategoryByPageRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryCategoryByPageRequest::page_size`].
    pub page_size: i64,
    /// `type`: see [`QueryCategoryByPageRequest::r#type`](QueryCategoryByPageRequest::type).
    pub r#type: String,
}
impl QueryCategoryByPageRequest {
    /// A `QueryCategoryByPageRequest` with its required fields (`pageNumber`, `pageSize`, `type`); set the others with the methods named after them.
    pub fn new(required: QueryCategoryByPageRequired) -> Self {
        let QueryCategoryByPageRequired { page_number, page_size, r#type } = required;
        Self {
            page_number,
            page_size,
            r#type,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCategoryByPageRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "type" => read_field(r#type) }
}
impl rt::WriteRequest for QueryCategoryByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("type", &self.r#type);
    }
}
/// The request of [`Api::query_city`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCityRequest {
    /// `province`: a query parameter.
    pub province: Option<String>,
}
impl QueryCityRequest {
    /// An empty `QueryCityRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `province`.
    pub fn province(mut self, value: impl Into<String>) -> Self {
        self.province = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCityRequest { "province" => read_field(province) }
}
impl rt::WriteRequest for QueryCityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("province", &self.province);
    }
}
/// The request of [`Api::query_collection_info_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCollectionInfoListRequest {
    /// `status`: a query parameter.
    pub status: Option<String>,
}
impl QueryCollectionInfoListRequest {
    /// An empty `QueryCollectionInfoListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCollectionInfoListRequest { "status" => read_field(status) }
}
impl rt::WriteRequest for QueryCollectionInfoListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("status", &self.status);
    }
}
/// The request of [`Api::query_collection_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCollectionOrderRequest {
    /// `instanceId`: a query parameter.
    pub instance_id: String,
}
/// The required fields of [`QueryCollectionOrderRequest`], each named where it is set: `QueryCollectionOrderRequest::new(QueryCollectionOrderRequired { .. })`.
pub struct QueryCollectionOrderRequired {
    /// `instanceId`: see [`QueryCollectionOrderRequest::instance_id`].
    pub instance_id: String,
}
impl QueryCollectionOrderRequest {
    /// A `QueryCollectionOrderRequest` with its required fields (`instanceId`); set the others with the methods named after them.
    pub fn new(required: QueryCollectionOrderRequired) -> Self {
        let QueryCollectionOrderRequired { instance_id } = required;
        Self { instance_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCollectionOrderRequest { "instanceId" => read_field(instance_id) }
}
impl rt::WriteRequest for QueryCollectionOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("instanceId", &self.instance_id);
    }
}
/// The request of [`Api::query_corp_scale`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCorpScaleRequest {
    /// `corpNames`: a query parameter, values joined by commas.
    pub corp_names: Option<Vec<String>>,
}
impl QueryCorpScaleRequest {
    /// An empty `QueryCorpScaleRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpNames`.
    pub fn corp_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.corp_names = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCorpScaleRequest { "corpNames" => read_field(corp_names) }
}
impl rt::WriteRequest for QueryCorpScaleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_simple("corpNames", &self.corp_names);
    }
}
/// The request of [`Api::query_customer_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCustomerByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`QueryCustomerByPageRequest`], each named where it is set: `QueryCustomerByPageRequest::new(QueryCustomerByPageRequired { .. })`.
pub struct QueryCustomerByPageRequired {
    /// `pageNumber`: see [`QueryCustomerByPageRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryCustomerByPageRequest::page_size`].
    pub page_size: i64,
}
impl QueryCustomerByPageRequest {
    /// A `QueryCustomerByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryCustomerByPageRequired) -> Self {
        let QueryCustomerByPageRequired { page_number, page_size } = required;
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCustomerByPageRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for QueryCustomerByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_enterprise_account_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryEnterpriseAccountByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `startStatus`: a query parameter.
    pub start_status: Option<bool>,
}
/// The required fields of [`QueryEnterpriseAccountByPageRequest`], each named where it is set: `QueryEnterpriseAccountByPageRequest::new(QueryEnterpriseAccountByPageRequired { .. })`.
pub struct QueryEnterpriseAccountByPageRequired {
    /// `pageNumber`: see [`QueryEnterpriseAccountByPageRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryEnterpriseAccountByPageRequest::page_size`].
    pub page_size: i64,
}
impl QueryEnterpriseAccountByPageRequest {
    /// A `QueryEnterpriseAccountByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryEnterpriseAccountByPageRequired) -> Self {
        let QueryEnterpriseAccountByPageRequired { page_number, page_size } = required;
        Self {
            page_number,
            page_size,
            start_status: None,
        }
    }
    /// Sets `startStatus`.
    pub fn start_status(mut self, value: bool) -> Self {
        self.start_status = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryEnterpriseAccountByPageRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "startStatus" => read_field(start_status) }
}
impl rt::WriteRequest for QueryEnterpriseAccountByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("startStatus", &self.start_status);
    }
}
/// The request of [`Api::query_enterprise_account_sign_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEnterpriseAccountSignUrlRequest {
    /// `accountCode`: a query parameter.
    pub account_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryEnterpriseAccountSignUrlRequest {
    /// An empty `QueryEnterpriseAccountSignUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountCode`.
    pub fn account_code(mut self, value: impl Into<String>) -> Self {
        self.account_code = Some(value.into());
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
    QueryEnterpriseAccountSignUrlRequest { "accountCode" => read_field(account_code),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryEnterpriseAccountSignUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountCode", &self.account_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_instance_payment_order_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInstancePaymentOrderDetailRequest {
    /// `orderNo`: a query parameter.
    pub order_no: Option<String>,
}
impl QueryInstancePaymentOrderDetailRequest {
    /// An empty `QueryInstancePaymentOrderDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `orderNo`.
    pub fn order_no(mut self, value: impl Into<String>) -> Self {
        self.order_no = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryInstancePaymentOrderDetailRequest { "orderNo" => read_field(order_no) }
}
impl rt::WriteRequest for QueryInstancePaymentOrderDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("orderNo", &self.order_no);
    }
}
/// The request of [`Api::query_invoice_transfer_data`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInvoiceTransferDataRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: Option<QueryInvoiceTransferDataRequestBody>,
}
impl QueryInvoiceTransferDataRequest {
    /// An empty `QueryInvoiceTransferDataRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: QueryInvoiceTransferDataRequestBody) -> Self {
        self.body = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryInvoiceTransferDataRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for QueryInvoiceTransferDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::query_payment_benefit`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentBenefitRequest {
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryPaymentBenefitRequest {
    /// An empty `QueryPaymentBenefitRequest`; set fields with the methods named after them.
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
    QueryPaymentBenefitRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryPaymentBenefitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_payment_order_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentOrderDetailRequest {
    /// `outBizNoList`: a query parameter, JSON-encoded.
    pub out_biz_no_list: Option<Vec<String>>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryPaymentOrderDetailRequest {
    /// An empty `QueryPaymentOrderDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `outBizNoList`.
    pub fn out_biz_no_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.out_biz_no_list = Some(value.into_iter().map(Into::into).collect());
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
    QueryPaymentOrderDetailRequest { "outBizNoList" => read_field(out_biz_no_list),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryPaymentOrderDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("outBizNoList", &self.out_biz_no_list);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_payment_recall_file`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentRecallFileRequest {
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryPaymentRecallFileRequest {
    /// An empty `QueryPaymentRecallFileRequest`; set fields with the methods named after them.
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
    QueryPaymentRecallFileRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryPaymentRecallFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_payment_recall_file_v_two`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentRecallFileVTwoRequest {
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryPaymentRecallFileVTwoRequest {
    /// An empty `QueryPaymentRecallFileVTwoRequest`; set fields with the methods named after them.
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
    QueryPaymentRecallFileVTwoRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryPaymentRecallFileVTwoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_payment_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentStatusRequest {
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
    /// `orderNo`: a query parameter.
    pub order_no: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryPaymentStatusRequest {
    /// An empty `QueryPaymentStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `orderNo`.
    pub fn order_no(mut self, value: impl Into<String>) -> Self {
        self.order_no = Some(value.into());
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
    QueryPaymentStatusRequest { "instanceId" => read_field(instance_id), "orderNo" =>
    read_field(order_no), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryPaymentStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("instanceId", &self.instance_id);
        writer.query("orderNo", &self.order_no);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_product_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryProductByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`QueryProductByPageRequest`], each named where it is set: `QueryProductByPageRequest::new(QueryProductByPageRequired { .. })`.
pub struct QueryProductByPageRequired {
    /// `pageNumber`: see [`QueryProductByPageRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryProductByPageRequest::page_size`].
    pub page_size: i64,
}
impl QueryProductByPageRequest {
    /// A `QueryProductByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryProductByPageRequired) -> Self {
        let QueryProductByPageRequired { page_number, page_size } = required;
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryProductByPageRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for QueryProductByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_project_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryProjectByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`QueryProjectByPageRequest`], each named where it is set: `QueryProjectByPageRequest::new(QueryProjectByPageRequired { .. })`.
pub struct QueryProjectByPageRequired {
    /// `pageNumber`: see [`QueryProjectByPageRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryProjectByPageRequest::page_size`].
    pub page_size: i64,
}
impl QueryProjectByPageRequest {
    /// A `QueryProjectByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryProjectByPageRequired) -> Self {
        let QueryProjectByPageRequired { page_number, page_size } = required;
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryProjectByPageRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for QueryProjectByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_receipt_for_invoice`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptForInvoiceRequest {
    /// `accountantBookId`.
    pub accountant_book_id: Option<String>,
    /// `applyStatusList`.
    pub apply_status_list: Option<Vec<String>>,
    /// `bizStatusList`.
    pub biz_status_list: Option<Vec<String>>,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `receiptStatusList`.
    pub receipt_status_list: Option<Vec<String>>,
    /// `searchParams`.
    pub search_params: Option<rt::BTreeMap<String, String>>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
impl QueryReceiptForInvoiceRequest {
    /// An empty `QueryReceiptForInvoiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountantBookId`.
    pub fn accountant_book_id(mut self, value: impl Into<String>) -> Self {
        self.accountant_book_id = Some(value.into());
        self
    }
    /// Sets `applyStatusList`.
    pub fn apply_status_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.apply_status_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `bizStatusList`.
    pub fn biz_status_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.biz_status_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
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
    /// Sets `receiptStatusList`.
    pub fn receipt_status_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receipt_status_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `searchParams`.
    pub fn search_params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.search_params = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
rt::impl_serialize! {
    QueryReceiptForInvoiceRequest { "accountantBookId" => optional(accountant_book_id),
    "applyStatusList" => optional(apply_status_list), "bizStatusList" =>
    optional(biz_status_list), "companyCode" => optional(company_code), "endTime" =>
    optional(end_time), "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "receiptStatusList" => optional(receipt_status_list),
    "searchParams" => optional(search_params), "startTime" => optional(start_time),
    "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryReceiptForInvoiceRequest { "accountantBookId" => read_field(accountant_book_id),
    "applyStatusList" => read_field(apply_status_list), "bizStatusList" =>
    read_field(biz_status_list), "companyCode" => read_field(company_code), "endTime" =>
    read_field(end_time), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "receiptStatusList" => read_field(receipt_status_list),
    "searchParams" => read_field(search_params), "startTime" => read_field(start_time),
    "title" => read_field(title) }
}
impl rt::WriteRequest for QueryReceiptForInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_receipts_by_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptsByPageRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `modelIds`: a query parameter, JSON-encoded.
    pub model_ids: Option<Vec<String>>,
    /// `pageIndex`: a query parameter.
    pub page_index: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `timeFilterField`: a query parameter.
    pub time_filter_field: Option<String>,
}
impl QueryReceiptsByPageRequest {
    /// An empty `QueryReceiptsByPageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `modelIds`.
    pub fn model_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.model_ids = Some(value.into_iter().map(Into::into).collect());
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
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `timeFilterField`.
    pub fn time_filter_field(mut self, value: impl Into<String>) -> Self {
        self.time_filter_field = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryReceiptsByPageRequest { "endTime" => read_field(end_time), "modelIds" =>
    read_field(model_ids), "pageIndex" => read_field(page_index), "pageSize" =>
    read_field(page_size), "startTime" => read_field(start_time), "timeFilterField" =>
    read_field(time_filter_field) }
}
impl rt::WriteRequest for QueryReceiptsByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query_json("modelIds", &self.model_ids);
        writer.query("pageIndex", &self.page_index);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
        writer.query("timeFilterField", &self.time_filter_field);
    }
}
/// The request of [`Api::query_supplier_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QuerySupplierByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`QuerySupplierByPageRequest`], each named where it is set: `QuerySupplierByPageRequest::new(QuerySupplierByPageRequired { .. })`.
pub struct QuerySupplierByPageRequired {
    /// `pageNumber`: see [`QuerySupplierByPageRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QuerySupplierByPageRequest::page_size`].
    pub page_size: i64,
}
impl QuerySupplierByPageRequest {
    /// A `QuerySupplierByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QuerySupplierByPageRequired) -> Self {
        let QuerySupplierByPageRequired { page_number, page_size } = required;
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySupplierByPageRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for QuerySupplierByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_user_role_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserRoleListRequest {
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryUserRoleListRequest {
    /// An empty `QueryUserRoleListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
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
    QueryUserRoleListRequest { "companyCode" => read_field(company_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for QueryUserRoleListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyCode", &self.company_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::sign_enterprise_account`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SignEnterpriseAccountRequest {
    /// `accountCode`: a query parameter.
    pub account_code: Option<String>,
    /// `bankCardNo`: a query parameter.
    pub bank_card_no: Option<String>,
    /// `bankOpenId`: a query parameter.
    pub bank_open_id: Option<String>,
    /// `channelType`: a query parameter.
    pub channel_type: Option<String>,
    /// `feeItemCode`: a query parameter.
    pub fee_item_code: Option<String>,
    /// `issueNo`: a query parameter.
    pub issue_no: Option<String>,
    /// `operator`: a query parameter.
    pub operator: Option<String>,
    /// `signOperateType`: a query parameter.
    pub sign_operate_type: Option<String>,
}
impl SignEnterpriseAccountRequest {
    /// An empty `SignEnterpriseAccountRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountCode`.
    pub fn account_code(mut self, value: impl Into<String>) -> Self {
        self.account_code = Some(value.into());
        self
    }
    /// Sets `bankCardNo`.
    pub fn bank_card_no(mut self, value: impl Into<String>) -> Self {
        self.bank_card_no = Some(value.into());
        self
    }
    /// Sets `bankOpenId`.
    pub fn bank_open_id(mut self, value: impl Into<String>) -> Self {
        self.bank_open_id = Some(value.into());
        self
    }
    /// Sets `channelType`.
    pub fn channel_type(mut self, value: impl Into<String>) -> Self {
        self.channel_type = Some(value.into());
        self
    }
    /// Sets `feeItemCode`.
    pub fn fee_item_code(mut self, value: impl Into<String>) -> Self {
        self.fee_item_code = Some(value.into());
        self
    }
    /// Sets `issueNo`.
    pub fn issue_no(mut self, value: impl Into<String>) -> Self {
        self.issue_no = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `signOperateType`.
    pub fn sign_operate_type(mut self, value: impl Into<String>) -> Self {
        self.sign_operate_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SignEnterpriseAccountRequest { "accountCode" => read_field(account_code),
    "bankCardNo" => read_field(bank_card_no), "bankOpenId" => read_field(bank_open_id),
    "channelType" => read_field(channel_type), "feeItemCode" =>
    read_field(fee_item_code), "issueNo" => read_field(issue_no), "operator" =>
    read_field(operator), "signOperateType" => read_field(sign_operate_type) }
}
impl rt::WriteRequest for SignEnterpriseAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountCode", &self.account_code);
        writer.query("bankCardNo", &self.bank_card_no);
        writer.query("bankOpenId", &self.bank_open_id);
        writer.query("channelType", &self.channel_type);
        writer.query("feeItemCode", &self.fee_item_code);
        writer.query("issueNo", &self.issue_no);
        writer.query("operator", &self.operator);
        writer.query("signOperateType", &self.sign_operate_type);
    }
}
/// The request of [`Api::sync_receipt_recall`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncReceiptRecallRequest {
    /// `fileDownloadUrl`: a query parameter.
    pub file_download_url: Option<String>,
    /// `fileName`: a query parameter.
    pub file_name: Option<String>,
    /// `orderNo`: a query parameter.
    pub order_no: Option<String>,
}
impl SyncReceiptRecallRequest {
    /// An empty `SyncReceiptRecallRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileDownloadUrl`.
    pub fn file_download_url(mut self, value: impl Into<String>) -> Self {
        self.file_download_url = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `orderNo`.
    pub fn order_no(mut self, value: impl Into<String>) -> Self {
        self.order_no = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncReceiptRecallRequest { "fileDownloadUrl" => read_field(file_download_url),
    "fileName" => read_field(file_name), "orderNo" => read_field(order_no) }
}
impl rt::WriteRequest for SyncReceiptRecallRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("fileDownloadUrl", &self.file_download_url);
        writer.query("fileName", &self.file_name);
        writer.query("orderNo", &self.order_no);
    }
}
/// The request of [`Api::update_auxiliary_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateAuxiliaryStatusRequest {
    /// `auxiliaryId`: a query parameter.
    pub auxiliary_id: Option<String>,
    /// `auxiliaryType`: a query parameter.
    pub auxiliary_type: Option<String>,
    /// `operateType`: a query parameter.
    pub operate_type: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl UpdateAuxiliaryStatusRequest {
    /// An empty `UpdateAuxiliaryStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `auxiliaryId`.
    pub fn auxiliary_id(mut self, value: impl Into<String>) -> Self {
        self.auxiliary_id = Some(value.into());
        self
    }
    /// Sets `auxiliaryType`.
    pub fn auxiliary_type(mut self, value: impl Into<String>) -> Self {
        self.auxiliary_type = Some(value.into());
        self
    }
    /// Sets `operateType`.
    pub fn operate_type(mut self, value: impl Into<String>) -> Self {
        self.operate_type = Some(value.into());
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
    UpdateAuxiliaryStatusRequest { "auxiliaryId" => read_field(auxiliary_id),
    "auxiliaryType" => read_field(auxiliary_type), "operateType" =>
    read_field(operate_type), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateAuxiliaryStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("auxiliaryId", &self.auxiliary_id);
        writer.query("auxiliaryType", &self.auxiliary_type);
        writer.query("operateType", &self.operate_type);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_finance_enterprise_account`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateFinanceEnterpriseAccountRequest {
    /// `accountCode`.
    pub account_code: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountType`.
    pub account_type: Option<String>,
    /// `bankCardNo`.
    pub bank_card_no: Option<String>,
    /// `bankCode`.
    pub bank_code: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `city`.
    pub city: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `officialName`.
    pub official_name: Option<String>,
    /// `officialNumber`.
    pub official_number: Option<String>,
    /// `province`.
    pub province: Option<String>,
    /// `taxNature`.
    pub tax_nature: Option<String>,
    /// `taxNo`.
    pub tax_no: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl UpdateFinanceEnterpriseAccountRequest {
    /// An empty `UpdateFinanceEnterpriseAccountRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountCode`.
    pub fn account_code(mut self, value: impl Into<String>) -> Self {
        self.account_code = Some(value.into());
        self
    }
    /// Sets `accountName`.
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }
    /// Sets `accountType`.
    pub fn account_type(mut self, value: impl Into<String>) -> Self {
        self.account_type = Some(value.into());
        self
    }
    /// Sets `bankCardNo`.
    pub fn bank_card_no(mut self, value: impl Into<String>) -> Self {
        self.bank_card_no = Some(value.into());
        self
    }
    /// Sets `bankCode`.
    pub fn bank_code(mut self, value: impl Into<String>) -> Self {
        self.bank_code = Some(value.into());
        self
    }
    /// Sets `bankName`.
    pub fn bank_name(mut self, value: impl Into<String>) -> Self {
        self.bank_name = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `officialName`.
    pub fn official_name(mut self, value: impl Into<String>) -> Self {
        self.official_name = Some(value.into());
        self
    }
    /// Sets `officialNumber`.
    pub fn official_number(mut self, value: impl Into<String>) -> Self {
        self.official_number = Some(value.into());
        self
    }
    /// Sets `province`.
    pub fn province(mut self, value: impl Into<String>) -> Self {
        self.province = Some(value.into());
        self
    }
    /// Sets `taxNature`.
    pub fn tax_nature(mut self, value: impl Into<String>) -> Self {
        self.tax_nature = Some(value.into());
        self
    }
    /// Sets `taxNo`.
    pub fn tax_no(mut self, value: impl Into<String>) -> Self {
        self.tax_no = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateFinanceEnterpriseAccountRequest { "accountCode" => optional(account_code),
    "accountName" => optional(account_name), "accountType" => optional(account_type),
    "bankCardNo" => optional(bank_card_no), "bankCode" => optional(bank_code), "bankName"
    => optional(bank_name), "city" => optional(city), "description" =>
    optional(description), "officialName" => optional(official_name), "officialNumber" =>
    optional(official_number), "province" => optional(province), "taxNature" =>
    optional(tax_nature), "taxNo" => optional(tax_no), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFinanceEnterpriseAccountRequest { "accountCode" => read_field(account_code),
    "accountName" => read_field(account_name), "accountType" => read_field(account_type),
    "bankCardNo" => read_field(bank_card_no), "bankCode" => read_field(bank_code),
    "bankName" => read_field(bank_name), "city" => read_field(city), "description" =>
    read_field(description), "officialName" => read_field(official_name),
    "officialNumber" => read_field(official_number), "province" => read_field(province),
    "taxNature" => read_field(tax_nature), "taxNo" => read_field(tax_no), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for UpdateFinanceEnterpriseAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_instance_order_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInstanceOrderInfoRequest {
    /// `failReason`: a query parameter.
    pub fail_reason: Option<String>,
    /// `orderNo`: a query parameter.
    pub order_no: Option<String>,
    /// `outOrderNo`: a query parameter.
    pub out_order_no: Option<String>,
    /// `payerBank`: a query parameter, JSON-encoded.
    pub payer_bank: Option<UpdateInstanceOrderInfoRequestPayerBank>,
    /// `paymentTime`: a query parameter.
    pub payment_time: Option<i64>,
    /// `status`: a query parameter.
    pub status: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl UpdateInstanceOrderInfoRequest {
    /// An empty `UpdateInstanceOrderInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `failReason`.
    pub fn fail_reason(mut self, value: impl Into<String>) -> Self {
        self.fail_reason = Some(value.into());
        self
    }
    /// Sets `orderNo`.
    pub fn order_no(mut self, value: impl Into<String>) -> Self {
        self.order_no = Some(value.into());
        self
    }
    /// Sets `outOrderNo`.
    pub fn out_order_no(mut self, value: impl Into<String>) -> Self {
        self.out_order_no = Some(value.into());
        self
    }
    /// Sets `payerBank`.
    pub fn payer_bank(mut self, value: UpdateInstanceOrderInfoRequestPayerBank) -> Self {
        self.payer_bank = Some(value);
        self
    }
    /// Sets `paymentTime`.
    pub fn payment_time(mut self, value: i64) -> Self {
        self.payment_time = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
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
    UpdateInstanceOrderInfoRequest { "failReason" => read_field(fail_reason), "orderNo"
    => read_field(order_no), "outOrderNo" => read_field(out_order_no), "payerBank" =>
    read_field(payer_bank), "paymentTime" => read_field(payment_time), "status" =>
    read_field(status), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateInstanceOrderInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("failReason", &self.fail_reason);
        writer.query("orderNo", &self.order_no);
        writer.query("outOrderNo", &self.out_order_no);
        writer.query_json("payerBank", &self.payer_bank);
        writer.query("paymentTime", &self.payment_time);
        writer.query("status", &self.status);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_invoice_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceUrlRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: Option<UpdateInvoiceUrlRequestBody>,
}
impl UpdateInvoiceUrlRequest {
    /// An empty `UpdateInvoiceUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: UpdateInvoiceUrlRequestBody) -> Self {
        self.body = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceUrlRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for UpdateInvoiceUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// An error reply of [`Api::add_finance_enterprise_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddFinanceEnterpriseAccountError = rt::ServiceError;
/// An error reply of [`Api::add_retention_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddRetentionRecordError = rt::ServiceError;
/// An error reply of [`Api::ai_voucher`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AiVoucherError = rt::ServiceError;
/// An error reply of [`Api::bank_gateway_invoke`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BankGatewayInvokeError = rt::ServiceError;
/// An error reply of [`Api::batch_delete_receipt`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchDeleteReceiptError = rt::ServiceError;
/// An error reply of [`Api::batch_query_org_invoice_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryOrgInvoiceUrlError = rt::ServiceError;
/// An error reply of [`Api::batch_query_payment_recall_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryPaymentRecallFileError = rt::ServiceError;
/// An error reply of [`Api::batch_sync_bank_receipt`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchSyncBankReceiptError = rt::ServiceError;
/// An error reply of [`Api::cancel_sign_enterprise_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelSignEnterpriseAccountError = rt::ServiceError;
/// An error reply of [`Api::check_voucher_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckVoucherStatusError = rt::ServiceError;
/// An error reply of [`Api::confirm_payment_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConfirmPaymentOrderError = rt::ServiceError;
/// An error reply of [`Api::create_collection_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCollectionOrderError = rt::ServiceError;
/// An error reply of [`Api::create_payable_receipt`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreatePayableReceiptError = rt::ServiceError;
/// An error reply of [`Api::create_payment_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreatePaymentOrderError = rt::ServiceError;
/// An error reply of [`Api::delete_company`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteCompanyError = rt::ServiceError;
/// An error reply of [`Api::delete_enterprise_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteEnterpriseAccountError = rt::ServiceError;
/// An error reply of [`Api::delete_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteProcessInstanceError = rt::ServiceError;
/// An error reply of [`Api::delete_workflow_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteWorkflowInstanceError = rt::ServiceError;
/// An error reply of [`Api::enable_company`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EnableCompanyError = rt::ServiceError;
/// An error reply of [`Api::enable_enterprise_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EnableEnterpriseAccountError = rt::ServiceError;
/// An error reply of [`Api::get_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCategoryError = rt::ServiceError;
/// An error reply of [`Api::get_define`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDefineError = rt::ServiceError;
/// An error reply of [`Api::get_define_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDefineDataError = rt::ServiceError;
/// An error reply of [`Api::get_finance_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFinanceAccountError = rt::ServiceError;
/// An error reply of [`Api::get_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProjectError = rt::ServiceError;
/// An error reply of [`Api::get_receipt`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetReceiptError = rt::ServiceError;
/// An error reply of [`Api::get_supplier`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSupplierError = rt::ServiceError;
/// An error reply of [`Api::issue_invoice_with_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IssueInvoiceWithOrderError = rt::ServiceError;
/// An error reply of [`Api::link_common_invoke`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LinkCommonInvokeError = rt::ServiceError;
/// An error reply of [`Api::order_billing`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OrderBillingError = rt::ServiceError;
/// An error reply of [`Api::page_query_corp_pay_accounts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageQueryCorpPayAccountsError = rt::ServiceError;
/// An error reply of [`Api::query_account_trade_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAccountTradeByPageError = rt::ServiceError;
/// An error reply of [`Api::query_alipay_user_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAlipayUserIdError = rt::ServiceError;
/// An error reply of [`Api::query_attachment`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAttachmentError = rt::ServiceError;
/// An error reply of [`Api::query_bank`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBankError = rt::ServiceError;
/// An error reply of [`Api::query_branch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBranchError = rt::ServiceError;
/// An error reply of [`Api::query_category_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCategoryByPageError = rt::ServiceError;
/// An error reply of [`Api::query_city`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCityError = rt::ServiceError;
/// An error reply of [`Api::query_collection_info_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCollectionInfoListError = rt::ServiceError;
/// An error reply of [`Api::query_collection_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCollectionOrderError = rt::ServiceError;
/// An error reply of [`Api::query_corp_scale`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCorpScaleError = rt::ServiceError;
/// An error reply of [`Api::query_customer_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCustomerByPageError = rt::ServiceError;
/// An error reply of [`Api::query_enterprise_account_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryEnterpriseAccountByPageError = rt::ServiceError;
/// An error reply of [`Api::query_enterprise_account_sign_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryEnterpriseAccountSignUrlError = rt::ServiceError;
/// An error reply of [`Api::query_enterprise_code_open_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryEnterpriseCodeOpenDetailError = rt::ServiceError;
/// An error reply of [`Api::query_instance_payment_order_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryInstancePaymentOrderDetailError = rt::ServiceError;
/// An error reply of [`Api::query_invoice_transfer_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryInvoiceTransferDataError = rt::ServiceError;
/// An error reply of [`Api::query_payment_benefit`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPaymentBenefitError = rt::ServiceError;
/// An error reply of [`Api::query_payment_order_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPaymentOrderDetailError = rt::ServiceError;
/// An error reply of [`Api::query_payment_recall_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPaymentRecallFileError = rt::ServiceError;
/// An error reply of [`Api::query_payment_recall_file_v_two`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPaymentRecallFileVTwoError = rt::ServiceError;
/// An error reply of [`Api::query_payment_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPaymentStatusError = rt::ServiceError;
/// An error reply of [`Api::query_permission_user_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPermissionUserIdsError = rt::ServiceError;
/// An error reply of [`Api::query_product_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryProductByPageError = rt::ServiceError;
/// An error reply of [`Api::query_project_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryProjectByPageError = rt::ServiceError;
/// An error reply of [`Api::query_province`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryProvinceError = rt::ServiceError;
/// An error reply of [`Api::query_receipt_for_invoice`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryReceiptForInvoiceError = rt::ServiceError;
/// An error reply of [`Api::query_receipts_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryReceiptsByPageError = rt::ServiceError;
/// An error reply of [`Api::query_supplier_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySupplierByPageError = rt::ServiceError;
/// An error reply of [`Api::query_use_new_invoice_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUseNewInvoiceAppError = rt::ServiceError;
/// An error reply of [`Api::query_user_role_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserRoleListError = rt::ServiceError;
/// An error reply of [`Api::sign_enterprise_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SignEnterpriseAccountError = rt::ServiceError;
/// An error reply of [`Api::sync_receipt_recall`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncReceiptRecallError = rt::ServiceError;
/// An error reply of [`Api::update_auxiliary_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateAuxiliaryStatusError = rt::ServiceError;
/// An error reply of [`Api::update_finance_enterprise_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFinanceEnterpriseAccountError = rt::ServiceError;
/// An error reply of [`Api::update_instance_order_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInstanceOrderInfoError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_data_transfer_done`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceDataTransferDoneError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceUrlError = rt::ServiceError;
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
        "AddFinanceEnterpriseAccount" => {
            rt::conformance::reply(
                    api.add_finance_enterprise_account(&inputs.request(true)?),
                )
                .await
        }
        "AddRetentionRecord" => {
            rt::conformance::reply(api.add_retention_record(&inputs.request(false)?))
                .await
        }
        "AiVoucher" => {
            rt::conformance::reply(api.ai_voucher(&inputs.request(true)?)).await
        }
        "BankGatewayInvoke" => {
            rt::conformance::reply(api.bank_gateway_invoke(&inputs.request(true)?)).await
        }
        "BatchDeleteReceipt" => {
            rt::conformance::reply(api.batch_delete_receipt(&inputs.request(true)?))
                .await
        }
        "BatchQueryOrgInvoiceUrl" => {
            rt::conformance::reply(
                    api.batch_query_org_invoice_url(&inputs.request(true)?),
                )
                .await
        }
        "BatchQueryPaymentRecallFile" => {
            rt::conformance::reply(
                    api.batch_query_payment_recall_file(&inputs.request(true)?),
                )
                .await
        }
        "BatchSyncBankReceipt" => {
            rt::conformance::reply(api.batch_sync_bank_receipt(&inputs.request(false)?))
                .await
        }
        "CancelSignEnterpriseAccount" => {
            rt::conformance::reply(
                    api.cancel_sign_enterprise_account(&inputs.request(false)?),
                )
                .await
        }
        "CheckVoucherStatus" => {
            rt::conformance::reply(api.check_voucher_status(&inputs.request(true)?))
                .await
        }
        "ConfirmPaymentOrder" => {
            rt::conformance::reply(api.confirm_payment_order(&inputs.request(true)?))
                .await
        }
        "CreateCollectionOrder" => {
            rt::conformance::reply(api.create_collection_order(&inputs.request(false)?))
                .await
        }
        "CreatePayableReceipt" => {
            rt::conformance::reply(api.create_payable_receipt(&inputs.request(true)?))
                .await
        }
        "CreatePaymentOrder" => {
            rt::conformance::reply(api.create_payment_order(&inputs.request(true)?))
                .await
        }
        "DeleteCompany" => {
            rt::conformance::reply(api.delete_company(&inputs.request(false)?)).await
        }
        "DeleteEnterpriseAccount" => {
            rt::conformance::reply(api.delete_enterprise_account(&inputs.request(true)?))
                .await
        }
        "DeleteProcessInstance" => {
            rt::conformance::reply(api.delete_process_instance(&inputs.request(false)?))
                .await
        }
        "DeleteWorkflowInstance" => {
            rt::conformance::reply(api.delete_workflow_instance(&inputs.request(false)?))
                .await
        }
        "EnableCompany" => {
            rt::conformance::reply(api.enable_company(&inputs.request(false)?)).await
        }
        "EnableEnterpriseAccount" => {
            rt::conformance::reply(api.enable_enterprise_account(&inputs.request(true)?))
                .await
        }
        "GetCategory" => {
            rt::conformance::reply(api.get_category(&inputs.request(false)?)).await
        }
        "GetDefine" => {
            rt::conformance::reply(api.get_define(&inputs.request(true)?)).await
        }
        "GetDefineData" => {
            rt::conformance::reply(api.get_define_data(&inputs.request(true)?)).await
        }
        "GetFinanceAccount" => {
            rt::conformance::reply(api.get_finance_account(&inputs.request(false)?))
                .await
        }
        "GetProject" => {
            rt::conformance::reply(api.get_project(&inputs.request(false)?)).await
        }
        "GetReceipt" => {
            rt::conformance::reply(api.get_receipt(&inputs.request(false)?)).await
        }
        "GetSupplier" => {
            rt::conformance::reply(api.get_supplier(&inputs.request(false)?)).await
        }
        "IssueInvoiceWithOrder" => {
            rt::conformance::reply(api.issue_invoice_with_order(&inputs.request(true)?))
                .await
        }
        "LinkCommonInvoke" => {
            rt::conformance::reply(api.link_common_invoke(&inputs.request(true)?)).await
        }
        "OrderBilling" => {
            rt::conformance::reply(api.order_billing(&inputs.request(true)?)).await
        }
        "PageQueryCorpPayAccounts" => {
            rt::conformance::reply(api.page_query_corp_pay_accounts()).await
        }
        "QueryAccountTradeByPage" => {
            rt::conformance::reply(
                    api.query_account_trade_by_page(&inputs.request(true)?),
                )
                .await
        }
        "QueryAlipayUserId" => {
            rt::conformance::reply(api.query_alipay_user_id(&inputs.request(true)?))
                .await
        }
        "QueryAttachment" => {
            rt::conformance::reply(api.query_attachment(&inputs.request(false)?)).await
        }
        "QueryBank" => rt::conformance::reply(api.query_bank()).await,
        "QueryBranch" => {
            rt::conformance::reply(api.query_branch(&inputs.request(false)?)).await
        }
        "QueryCategoryByPage" => {
            rt::conformance::reply(api.query_category_by_page(&inputs.request(false)?))
                .await
        }
        "QueryCity" => {
            rt::conformance::reply(api.query_city(&inputs.request(false)?)).await
        }
        "QueryCollectionInfoList" => {
            rt::conformance::reply(
                    api.query_collection_info_list(&inputs.request(false)?),
                )
                .await
        }
        "QueryCollectionOrder" => {
            rt::conformance::reply(api.query_collection_order(&inputs.request(false)?))
                .await
        }
        "QueryCorpScale" => {
            rt::conformance::reply(api.query_corp_scale(&inputs.request(false)?)).await
        }
        "QueryCustomerByPage" => {
            rt::conformance::reply(api.query_customer_by_page(&inputs.request(false)?))
                .await
        }
        "QueryEnterpriseAccountByPage" => {
            rt::conformance::reply(
                    api.query_enterprise_account_by_page(&inputs.request(false)?),
                )
                .await
        }
        "QueryEnterpriseAccountSignUrl" => {
            rt::conformance::reply(
                    api.query_enterprise_account_sign_url(&inputs.request(false)?),
                )
                .await
        }
        "QueryEnterpriseCodeOpenDetail" => {
            rt::conformance::reply(api.query_enterprise_code_open_detail()).await
        }
        "QueryInstancePaymentOrderDetail" => {
            rt::conformance::reply(
                    api
                        .query_instance_payment_order_detail(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryInvoiceTransferData" => {
            rt::conformance::reply(
                    api.query_invoice_transfer_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryPaymentBenefit" => {
            rt::conformance::reply(api.query_payment_benefit(&inputs.request(false)?))
                .await
        }
        "QueryPaymentOrderDetail" => {
            rt::conformance::reply(
                    api.query_payment_order_detail(&inputs.request(false)?),
                )
                .await
        }
        "QueryPaymentRecallFile" => {
            rt::conformance::reply(
                    api
                        .query_payment_recall_file(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryPaymentRecallFileVTwo" => {
            rt::conformance::reply(
                    api
                        .query_payment_recall_file_v_two(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryPaymentStatus" => {
            rt::conformance::reply(api.query_payment_status(&inputs.request(false)?))
                .await
        }
        "QueryPermissionUserIds" => {
            rt::conformance::reply(api.query_permission_user_ids()).await
        }
        "QueryProductByPage" => {
            rt::conformance::reply(api.query_product_by_page(&inputs.request(false)?))
                .await
        }
        "QueryProjectByPage" => {
            rt::conformance::reply(api.query_project_by_page(&inputs.request(false)?))
                .await
        }
        "QueryProvince" => rt::conformance::reply(api.query_province()).await,
        "QueryReceiptForInvoice" => {
            rt::conformance::reply(api.query_receipt_for_invoice(&inputs.request(true)?))
                .await
        }
        "QueryReceiptsByPage" => {
            rt::conformance::reply(api.query_receipts_by_page(&inputs.request(false)?))
                .await
        }
        "QuerySupplierByPage" => {
            rt::conformance::reply(api.query_supplier_by_page(&inputs.request(false)?))
                .await
        }
        "QueryUseNewInvoiceApp" => {
            rt::conformance::reply(api.query_use_new_invoice_app()).await
        }
        "QueryUserRoleList" => {
            rt::conformance::reply(api.query_user_role_list(&inputs.request(false)?))
                .await
        }
        "SignEnterpriseAccount" => {
            rt::conformance::reply(api.sign_enterprise_account(&inputs.request(false)?))
                .await
        }
        "SyncReceiptRecall" => {
            rt::conformance::reply(api.sync_receipt_recall(&inputs.request(false)?))
                .await
        }
        "UpdateAuxiliaryStatus" => {
            rt::conformance::reply(api.update_auxiliary_status(&inputs.request(false)?))
                .await
        }
        "UpdateFinanceEnterpriseAccount" => {
            rt::conformance::reply(
                    api.update_finance_enterprise_account(&inputs.request(true)?),
                )
                .await
        }
        "UpdateInstanceOrderInfo" => {
            rt::conformance::reply(
                    api
                        .update_instance_order_info(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "UpdateInvoiceDataTransferDone" => {
            rt::conformance::reply(api.update_invoice_data_transfer_done()).await
        }
        "UpdateInvoiceUrl" => {
            rt::conformance::reply(api.update_invoice_url(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
