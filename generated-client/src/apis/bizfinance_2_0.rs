// @generated from api-spec/bizfinance_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.bizfinance_2_0()`. Generated from `api-spec/bizfinance_2_0.yaml`.
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
    /// `POST /v2.0/bizfinance/enterpriseAccounts` (operation `AddFinanceEnterpriseAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddFinanceEnterpriseAccountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v2.0/bizfinance/retentionRecord` (operation `AddRetentionRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddRetentionRecordError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/aiVoucher/execute` (operation `AiVoucher`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AiVoucherError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/bankGateways/invoke` (operation `BankGatewayInvoke`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BankGatewayInvokeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/instances/remove` (operation `BatchDeleteReceipt`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchDeleteReceiptError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/invoices/urls/batchQuery` (operation `BatchQueryOrgInvoiceUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryOrgInvoiceUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/payments/recallFiles/batchQuery` (operation `BatchQueryPaymentRecallFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryPaymentRecallFileError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/receipts/batchSync` (operation `BatchSyncBankReceipt`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchSyncBankReceiptError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/enterpriseAccounts/cancelSign` (operation `CancelSignEnterpriseAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelSignEnterpriseAccountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/invoices/checkVoucherStatus/query` (operation `CheckVoucherStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckVoucherStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/payments/confirm` (operation `ConfirmPaymentOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConfirmPaymentOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/me/collections/orders` (operation `CreateCollectionOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCollectionOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/createArapReceipt` (operation `CreatePayableReceipt`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreatePayableReceiptError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/payments/orders` (operation `CreatePaymentOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreatePaymentOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/companies/delete` (operation `DeleteCompany`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteCompanyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/enterpriseAccounts/delete` (operation `DeleteEnterpriseAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteEnterpriseAccountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/processInstance/delete` (operation `DeleteProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/workflowInstance/delete` (operation `DeleteWorkflowInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteWorkflowInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/companies/enable` (operation `EnableCompany`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EnableCompanyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/enterpriseAccounts/enable` (operation `EnableEnterpriseAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EnableEnterpriseAccountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/categories` (operation `GetCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/customInfos/query` (operation `GetDefine`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDefineError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/customDatas/query` (operation `GetDefineData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDefineDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/financeAccounts` (operation `GetFinanceAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFinanceAccountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/projects` (operation `GetProject`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProjectError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/receipts/details` (operation `GetReceipt`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetReceiptError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/suppliers/details` (operation `GetSupplier`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSupplierError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/issueInvoices/order` (operation `IssueInvoiceWithOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`IssueInvoiceWithOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/link/bizTypes/invoke` (operation `LinkCommonInvoke`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LinkCommonInvokeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/billings/order` (operation `OrderBilling`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OrderBillingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/corpPayAccounts/batch` (operation `PageQueryCorpPayAccounts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageQueryCorpPayAccountsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/payments/trades/query` (operation `QueryAccountTradeByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAccountTradeByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/consumption/aliPay/getUserId` (operation `QueryAlipayUserId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAlipayUserIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/receipts/attachment` (operation `QueryAttachment`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAttachmentError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/bankinfo/bank` (operation `QueryBank`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBankError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/bankinfo/branch` (operation `QueryBranch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBranchError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/categories/batch` (operation `QueryCategoryByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCategoryByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/bankinfo/city` (operation `QueryCity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/me/collections/accounts` (operation `QueryCollectionInfoList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCollectionInfoListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/me/collections/orders` (operation `QueryCollectionOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCollectionOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/queryCorpScale` (operation `QueryCorpScale`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCorpScaleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/customers/batch` (operation `QueryCustomerByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCustomerByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/financeAccounts/batch` (operation `QueryEnterpriseAccountByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryEnterpriseAccountByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/enterpriseAccounts/sign` (operation `QueryEnterpriseAccountSignUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryEnterpriseAccountSignUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/enterprisecode/getOpenDetail` (operation `QueryEnterpriseCodeOpenDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryEnterpriseCodeOpenDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/instances/{instance_id}/paymentOrders/details` (operation `QueryInstancePaymentOrderDetail`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryInstancePaymentOrderDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v2.0/bizfinance/instances/{instance_id}/paymentOrders/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 发票数据迁移，根据数据key查询具体数据data
    ///
    /// `POST /v2.0/bizfinance/invoices/transferredDatas/query` (operation `QueryInvoiceTransferData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryInvoiceTransferDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/payments/benefits` (operation `QueryPaymentBenefit`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPaymentBenefitError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/payments/orders` (operation `QueryPaymentOrderDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPaymentOrderDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/payments/recallFiles/{instance_id}` (operation `QueryPaymentRecallFile`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPaymentRecallFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_payment_recall_file(
        &self,
        instance_id: &str,
        request: &QueryPaymentRecallFileRequest,
    ) -> rt::Call<QueryPaymentRecallFileResponseBody, QueryPaymentRecallFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPaymentRecallFile",
            rt::Method::Get,
            "/v2.0/bizfinance/payments/recallFiles/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 查询支付回单信息，权限集与QueryPaymentRecallFile不同
    ///
    /// `GET /v2.0/bizfinance/payments/recallFilesV2/{instance_id}` (operation `QueryPaymentRecallFileVTwo`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPaymentRecallFileVTwoError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v2.0/bizfinance/payments/recallFilesV2/{instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 查询支付订单的状态
    ///
    /// `GET /v2.0/bizfinance/payments/statuses` (operation `QueryPaymentStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPaymentStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/consumption/permission/getUserIds` (operation `QueryPermissionUserIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPermissionUserIdsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/products/query` (operation `QueryProductByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryProductByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/projects/batch` (operation `QueryProjectByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryProjectByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/bankinfo/province` (operation `QueryProvince`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryProvinceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/invoices/receipts/query` (operation `QueryReceiptForInvoice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryReceiptForInvoiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/receipts` (operation `QueryReceiptsByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryReceiptsByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/suppliers` (operation `QuerySupplierByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySupplierByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/invoice/appGray` (operation `QueryUseNewInvoiceApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUseNewInvoiceAppError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/bizfinance/users/roles` (operation `QueryUserRoleList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserRoleListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/enterpriseAccounts/sign` (operation `SignEnterpriseAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SignEnterpriseAccountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/bizfinance/receipts/syncRecall` (operation `SyncReceiptRecall`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncReceiptRecallError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v2.0/bizfinance/auxiliaries/status` (operation `UpdateAuxiliaryStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateAuxiliaryStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v2.0/bizfinance/enterpriseAccounts` (operation `UpdateFinanceEnterpriseAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFinanceEnterpriseAccountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v2.0/bizfinance/instances/{instance_id}/paymentOrders/states` (operation `UpdateInstanceOrderInfo`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInstanceOrderInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_instance_order_info(
        &self,
        instance_id: &str,
        request: &UpdateInstanceOrderInfoRequest,
    ) -> rt::Call<UpdateInstanceOrderInfoResponseBody, UpdateInstanceOrderInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInstanceOrderInfo",
            rt::Method::Put,
            "/v2.0/bizfinance/instances/{instance_id}/paymentOrders/states",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 发票数据迁移，新发票应用上报已成功搬移数据
    ///
    /// `PUT /v2.0/bizfinance/invoices/transferredDatas/statuses` (operation `UpdateInvoiceDataTransferDone`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceDataTransferDoneError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v2.0/bizfinance/invoices/urls` (operation `UpdateInvoiceUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `AddFinanceEnterpriseAccountResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddFinanceEnterpriseAccountResponseBody {
    /// `accountCode`.
    pub account_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddFinanceEnterpriseAccountResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddFinanceEnterpriseAccountResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddFinanceEnterpriseAccountResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountCode", &self.account_code)?;
        object.end()
    }
}
/// `AddRetentionRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddRetentionRecordResponseBody {
    /// `isSuccess`.
    pub is_success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddRetentionRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddRetentionRecordResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isSuccess" => rt::read_field(map, &mut self.is_success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddRetentionRecordResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isSuccess", &self.is_success)?;
        object.end()
    }
}
/// `AiVoucherResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AiVoucherResponseBody {
    /// `content`.
    pub content: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AiVoucherResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AiVoucherResponseBody {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AiVoucherResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.end()
    }
}
/// `BankGatewayInvokeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BankGatewayInvokeResponseBody {
    /// `outputData`.
    pub output_data: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BankGatewayInvokeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BankGatewayInvokeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outputData" => rt::read_field(map, &mut self.output_data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BankGatewayInvokeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("outputData", &self.output_data)?;
        object.end()
    }
}
/// `BatchDeleteReceiptResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchDeleteReceiptResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchDeleteReceiptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchDeleteReceiptResponseBody {
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
impl rt::serde::Serialize for BatchDeleteReceiptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryOrgInvoiceUrlRequestInvoiceKeyVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            _ => Ok(false),
        }
    }
}
/// `BatchQueryOrgInvoiceUrlResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BatchQueryOrgInvoiceUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryOrgInvoiceUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failInvoiceList" => rt::read_field(map, &mut self.fail_invoice_list),
            "orgInvoiceUrlList" => rt::read_field(map, &mut self.org_invoice_url_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryOrgInvoiceUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failInvoiceList", &self.fail_invoice_list)?;
        object.optional("orgInvoiceUrlList", &self.org_invoice_url_list)?;
        object.end()
    }
}
/// `BatchQueryPaymentRecallFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryPaymentRecallFileResponseBody {
    /// `paymentRecallFileList`.
    pub payment_recall_file_list: Option<
        Vec<BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryPaymentRecallFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryPaymentRecallFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "paymentRecallFileList" => {
                rt::read_field(map, &mut self.payment_recall_file_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryPaymentRecallFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("paymentRecallFileList", &self.payment_recall_file_list)?;
        object.end()
    }
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
impl rt::serde::Serialize for BatchSyncBankReceiptRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileDownloadUrl", &self.file_download_url)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("messageId", &self.message_id)?;
        object.optional("messageIdType", &self.message_id_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchSyncBankReceiptRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSyncBankReceiptRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileDownloadUrl" => rt::read_field(map, &mut self.file_download_url),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "messageId" => rt::read_field(map, &mut self.message_id),
            "messageIdType" => rt::read_field(map, &mut self.message_id_type),
            _ => Ok(false),
        }
    }
}
/// `BatchSyncBankReceiptResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type BatchSyncBankReceiptResponseBody = BatchDeleteReceiptResponseBody;
/// `CancelSignEnterpriseAccountResponseBody`: the same model as [`BatchDeleteReceiptResponseBody`].
pub type CancelSignEnterpriseAccountResponseBody = BatchDeleteReceiptResponseBody;
/// `CheckVoucherStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckVoucherStatusResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckVoucherStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckVoucherStatusResponseBody {
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
impl rt::serde::Serialize for CheckVoucherStatusResponseBody {
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
/// `ConfirmPaymentOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmPaymentOrderResponseBody {
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ConfirmPaymentOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConfirmPaymentOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConfirmPaymentOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `CreateCollectionOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCollectionOrderResponseBody {
    /// `collectionUrl`.
    pub collection_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCollectionOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCollectionOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "collectionUrl" => rt::read_field(map, &mut self.collection_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateCollectionOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("collectionUrl", &self.collection_url)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreatePayableReceiptRequestReceipt {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("categoryCode", &self.category_code)?;
        object.optional("code", &self.code)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("customerCode", &self.customer_code)?;
        object.optional("dangAnDataInfoList", &self.dang_an_data_info_list)?;
        object.optional("departmentCode", &self.department_code)?;
        object.optional("empAccountUserId", &self.emp_account_user_id)?;
        object.optional("enterpriseAccountCode", &self.enterprise_account_code)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("occurDate", &self.occur_date)?;
        object.optional("principalId", &self.principal_id)?;
        object.optional("productCode", &self.product_code)?;
        object.optional("projectCode", &self.project_code)?;
        object.optional("receiptPlans", &self.receipt_plans)?;
        object.optional("receiptType", &self.receipt_type)?;
        object.optional("recodeTime", &self.recode_time)?;
        object.optional("remark", &self.remark)?;
        object.optional("supplierCode", &self.supplier_code)?;
        object.optional("title", &self.title)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreatePayableReceiptRequestReceipt {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePayableReceiptRequestReceipt {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "categoryCode" => rt::read_field(map, &mut self.category_code),
            "code" => rt::read_field(map, &mut self.code),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "customerCode" => rt::read_field(map, &mut self.customer_code),
            "dangAnDataInfoList" => rt::read_field(map, &mut self.dang_an_data_info_list),
            "departmentCode" => rt::read_field(map, &mut self.department_code),
            "empAccountUserId" => rt::read_field(map, &mut self.emp_account_user_id),
            "enterpriseAccountCode" => {
                rt::read_field(map, &mut self.enterprise_account_code)
            }
            "formCode" => rt::read_field(map, &mut self.form_code),
            "occurDate" => rt::read_field(map, &mut self.occur_date),
            "principalId" => rt::read_field(map, &mut self.principal_id),
            "productCode" => rt::read_field(map, &mut self.product_code),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "receiptPlans" => rt::read_field(map, &mut self.receipt_plans),
            "receiptType" => rt::read_field(map, &mut self.receipt_type),
            "recodeTime" => rt::read_field(map, &mut self.recode_time),
            "remark" => rt::read_field(map, &mut self.remark),
            "supplierCode" => rt::read_field(map, &mut self.supplier_code),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CreatePayableReceiptResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePayableReceiptResponseBody {
    /// `result`.
    pub result: Option<CreatePayableReceiptResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreatePayableReceiptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreatePayableReceiptResponseBody {
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
impl rt::serde::Serialize for CreatePayableReceiptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreatePaymentOrderRequestPayeeAccountDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bankOpenDTO", &self.bank_open_dto)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreatePaymentOrderRequestPayeeAccountDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePaymentOrderRequestPayeeAccountDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bankOpenDTO" => rt::read_field(map, &mut self.bank_open_dto),
            _ => Ok(false),
        }
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
impl rt::serde::Serialize for CreatePaymentOrderRequestPayerAccountDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enterpriseAccountCode", &self.enterprise_account_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreatePaymentOrderRequestPayerAccountDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePaymentOrderRequestPayerAccountDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enterpriseAccountCode" => {
                rt::read_field(map, &mut self.enterprise_account_code)
            }
            _ => Ok(false),
        }
    }
}
/// `CreatePaymentOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePaymentOrderResponseBody {
    /// `expireTime`.
    pub expire_time: Option<i64>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `outBizNo`.
    pub out_biz_no: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreatePaymentOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreatePaymentOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expireTime" => rt::read_field(map, &mut self.expire_time),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "outBizNo" => rt::read_field(map, &mut self.out_biz_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreatePaymentOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expireTime", &self.expire_time)?;
        object.optional("orderNo", &self.order_no)?;
        object.optional("outBizNo", &self.out_biz_no)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetCategoryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCategoryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookIdList" => {
                rt::read_field(map, &mut self.accountant_book_id_list)
            }
            "code" => rt::read_field(map, &mut self.code),
            "isDir" => rt::read_field(map, &mut self.is_dir),
            "name" => rt::read_field(map, &mut self.name),
            "parentCode" => rt::read_field(map, &mut self.parent_code),
            "remark" => rt::read_field(map, &mut self.remark),
            "status" => rt::read_field(map, &mut self.status),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCategoryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookIdList", &self.accountant_book_id_list)?;
        object.optional("code", &self.code)?;
        object.optional("isDir", &self.is_dir)?;
        object.optional("name", &self.name)?;
        object.optional("parentCode", &self.parent_code)?;
        object.optional("remark", &self.remark)?;
        object.optional("status", &self.status)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetDefineResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDefineResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<GetDefineResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDefineResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDefineResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDefineResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetDefineDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDefineDataResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<GetDefineDataResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDefineDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDefineDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDefineDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetFinanceAccountResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFinanceAccountResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFinanceAccountResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            "accountId" => rt::read_field(map, &mut self.account_id),
            "accountName" => rt::read_field(map, &mut self.account_name),
            "accountRemark" => rt::read_field(map, &mut self.account_remark),
            "accountType" => rt::read_field(map, &mut self.account_type),
            "accountantBookIdList" => {
                rt::read_field(map, &mut self.accountant_book_id_list)
            }
            "amount" => rt::read_field(map, &mut self.amount),
            "bankCode" => rt::read_field(map, &mut self.bank_code),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "officialName" => rt::read_field(map, &mut self.official_name),
            "officialNumber" => rt::read_field(map, &mut self.official_number),
            "signStatus" => rt::read_field(map, &mut self.sign_status),
            "source" => rt::read_field(map, &mut self.source),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFinanceAccountResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountCode", &self.account_code)?;
        object.optional("accountId", &self.account_id)?;
        object.optional("accountName", &self.account_name)?;
        object.optional("accountRemark", &self.account_remark)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("accountantBookIdList", &self.accountant_book_id_list)?;
        object.optional("amount", &self.amount)?;
        object.optional("bankCode", &self.bank_code)?;
        object.optional("bankName", &self.bank_name)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("officialName", &self.official_name)?;
        object.optional("officialNumber", &self.official_number)?;
        object.optional("signStatus", &self.sign_status)?;
        object.optional("source", &self.source)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetProjectResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookIdList" => {
                rt::read_field(map, &mut self.accountant_book_id_list)
            }
            "code" => rt::read_field(map, &mut self.code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "parentCode" => rt::read_field(map, &mut self.parent_code),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "projectName" => rt::read_field(map, &mut self.project_name),
            "status" => rt::read_field(map, &mut self.status),
            "userDefineCode" => rt::read_field(map, &mut self.user_define_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookIdList", &self.accountant_book_id_list)?;
        object.optional("code", &self.code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("parentCode", &self.parent_code)?;
        object.optional("projectCode", &self.project_code)?;
        object.optional("projectName", &self.project_name)?;
        object.optional("status", &self.status)?;
        object.optional("userDefineCode", &self.user_define_code)?;
        object.end()
    }
}
/// `GetReceiptResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetReceiptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetReceiptResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "data" => rt::read_field(map, &mut self.data),
            "modelId" => rt::read_field(map, &mut self.model_id),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetReceiptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appId", &self.app_id)?;
        object.optional("data", &self.data)?;
        object.optional("modelId", &self.model_id)?;
        object.optional("source", &self.source)?;
        object.end()
    }
}
/// `GetSupplierResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSupplierResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSupplierResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookIdList" => {
                rt::read_field(map, &mut self.accountant_book_id_list)
            }
            "code" => rt::read_field(map, &mut self.code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "customFormDataList" => rt::read_field(map, &mut self.custom_form_data_list),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            "userDefineCode" => rt::read_field(map, &mut self.user_define_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSupplierResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookIdList", &self.accountant_book_id_list)?;
        object.optional("code", &self.code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("customFormDataList", &self.custom_form_data_list)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.optional("userDefineCode", &self.user_define_code)?;
        object.end()
    }
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
impl rt::serde::Serialize for IssueInvoiceWithOrderRequestContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("additionInfo", &self.addition_info)?;
        object.optional("applyPerson", &self.apply_person)?;
        object.optional("bankAccount", &self.bank_account)?;
        object.optional("bankName", &self.bank_name)?;
        object.optional("invoiceRemark", &self.invoice_remark)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.optional("naturalPerson", &self.natural_person)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("payee", &self.payee)?;
        object.optional("phone", &self.phone)?;
        object.optional("products", &self.products)?;
        object.optional("purchaser", &self.purchaser)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.optional("remark", &self.remark)?;
        object.optional("reviewer", &self.reviewer)?;
        object.optional("taxnum", &self.taxnum)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IssueInvoiceWithOrderRequestContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IssueInvoiceWithOrderRequestContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "additionInfo" => rt::read_field(map, &mut self.addition_info),
            "applyPerson" => rt::read_field(map, &mut self.apply_person),
            "bankAccount" => rt::read_field(map, &mut self.bank_account),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "invoiceRemark" => rt::read_field(map, &mut self.invoice_remark),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            "naturalPerson" => rt::read_field(map, &mut self.natural_person),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "payee" => rt::read_field(map, &mut self.payee),
            "phone" => rt::read_field(map, &mut self.phone),
            "products" => rt::read_field(map, &mut self.products),
            "purchaser" => rt::read_field(map, &mut self.purchaser),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            "remark" => rt::read_field(map, &mut self.remark),
            "reviewer" => rt::read_field(map, &mut self.reviewer),
            "taxnum" => rt::read_field(map, &mut self.taxnum),
            _ => Ok(false),
        }
    }
}
/// `IssueInvoiceWithOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IssueInvoiceWithOrderResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for IssueInvoiceWithOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IssueInvoiceWithOrderResponseBody {
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
impl rt::serde::Serialize for IssueInvoiceWithOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `LinkCommonInvokeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LinkCommonInvokeResponseBody {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `data`.
    pub data: Option<String>,
    /// `invokeId`.
    pub invoke_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LinkCommonInvokeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LinkCommonInvokeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "data" => rt::read_field(map, &mut self.data),
            "invokeId" => rt::read_field(map, &mut self.invoke_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LinkCommonInvokeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("data", &self.data)?;
        object.optional("invokeId", &self.invoke_id)?;
        object.end()
    }
}
/// `OrderBillingRequestAdditionInfos`.
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
impl rt::serde::Serialize for OrderBillingRequestAdditionInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("additionContent", &self.addition_content)?;
        object.optional("additionName", &self.addition_name)?;
        object.optional("dataType", &self.data_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrderBillingRequestAdditionInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrderBillingRequestAdditionInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "additionContent" => rt::read_field(map, &mut self.addition_content),
            "additionName" => rt::read_field(map, &mut self.addition_name),
            "dataType" => rt::read_field(map, &mut self.data_type),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for OrderBillingRequestProducts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amountWithTax", &self.amount_with_tax)?;
        object.optional("productName", &self.product_name)?;
        object.optional("quantity", &self.quantity)?;
        object.optional("revenueCode", &self.revenue_code)?;
        object.optional("specification", &self.specification)?;
        object.optional("unit", &self.unit)?;
        object.optional("unitPrice", &self.unit_price)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrderBillingRequestProducts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrderBillingRequestProducts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amountWithTax" => rt::read_field(map, &mut self.amount_with_tax),
            "productName" => rt::read_field(map, &mut self.product_name),
            "quantity" => rt::read_field(map, &mut self.quantity),
            "revenueCode" => rt::read_field(map, &mut self.revenue_code),
            "specification" => rt::read_field(map, &mut self.specification),
            "unit" => rt::read_field(map, &mut self.unit),
            "unitPrice" => rt::read_field(map, &mut self.unit_price),
            _ => Ok(false),
        }
    }
}
/// `OrderBillingResponseBody`: the same model as [`IssueInvoiceWithOrderResponseBody`].
pub type OrderBillingResponseBody = IssueInvoiceWithOrderResponseBody;
/// `PageQueryCorpPayAccountsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageQueryCorpPayAccountsResponseBody {
    /// `accounts`.
    pub accounts: Option<Vec<PageQueryCorpPayAccountsResponseBodyAccounts>>,
}
impl<'de> rt::serde::Deserialize<'de> for PageQueryCorpPayAccountsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageQueryCorpPayAccountsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accounts" => rt::read_field(map, &mut self.accounts),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageQueryCorpPayAccountsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accounts", &self.accounts)?;
        object.end()
    }
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
impl rt::serde::Serialize for QueryAccountTradeByPageRequestFilter {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endAmount", &self.end_amount)?;
        object.optional("otherAccountName", &self.other_account_name)?;
        object.optional("startAmount", &self.start_amount)?;
        object.optional("tradeType", &self.trade_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAccountTradeByPageRequestFilter {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAccountTradeByPageRequestFilter {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endAmount" => rt::read_field(map, &mut self.end_amount),
            "otherAccountName" => rt::read_field(map, &mut self.other_account_name),
            "startAmount" => rt::read_field(map, &mut self.start_amount),
            "tradeType" => rt::read_field(map, &mut self.trade_type),
            _ => Ok(false),
        }
    }
}
/// `QueryAccountTradeByPageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryAccountTradeByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAccountTradeByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAccountTradeByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryAlipayUserIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAlipayUserIdResponseBody {
    /// `alipayBizUserList`.
    pub alipay_biz_user_list: Option<
        Vec<QueryAlipayUserIdResponseBodyAlipayBizUserList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAlipayUserIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAlipayUserIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alipayBizUserList" => rt::read_field(map, &mut self.alipay_biz_user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAlipayUserIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alipayBizUserList", &self.alipay_biz_user_list)?;
        object.end()
    }
}
/// `QueryAttachmentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAttachmentResponseBody {
    /// `attachmentList`.
    pub attachment_list: Option<Vec<QueryAttachmentResponseBodyAttachmentList>>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAttachmentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAttachmentResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachmentList" => rt::read_field(map, &mut self.attachment_list),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAttachmentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachmentList", &self.attachment_list)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.end()
    }
}
/// `QueryBankResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBankResponseBody {
    /// `supportBanks`.
    pub support_banks: Option<Vec<QueryBankResponseBodySupportBanks>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBankResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBankResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "supportBanks" => rt::read_field(map, &mut self.support_banks),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBankResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("supportBanks", &self.support_banks)?;
        object.end()
    }
}
/// `QueryBranchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBranchResponseBody {
    /// `supportSubBanks`.
    pub support_sub_banks: Option<Vec<QueryBranchResponseBodySupportSubBanks>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBranchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBranchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "supportSubBanks" => rt::read_field(map, &mut self.support_sub_banks),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBranchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("supportSubBanks", &self.support_sub_banks)?;
        object.end()
    }
}
/// `QueryCategoryByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCategoryByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCategoryByPageResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCategoryByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCategoryByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCategoryByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QueryCityResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCityResponseBody {
    /// `citys`.
    pub citys: Option<Vec<QueryCityResponseBodyCitys>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCityResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCityResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "citys" => rt::read_field(map, &mut self.citys),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCityResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("citys", &self.citys)?;
        object.end()
    }
}
/// `QueryCollectionInfoListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCollectionInfoListResponseBody {
    /// `collectionInfoList`.
    pub collection_info_list: Option<
        Vec<QueryCollectionInfoListResponseBodyCollectionInfoList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCollectionInfoListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCollectionInfoListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "collectionInfoList" => rt::read_field(map, &mut self.collection_info_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCollectionInfoListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("collectionInfoList", &self.collection_info_list)?;
        object.end()
    }
}
/// `QueryCollectionOrderResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryCollectionOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCollectionOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCollectionOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryCorpScaleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCorpScaleResponseBody {
    /// `corpScaleMap`.
    pub corp_scale_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCorpScaleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCorpScaleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpScaleMap" => rt::read_field(map, &mut self.corp_scale_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCorpScaleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpScaleMap", &self.corp_scale_map)?;
        object.end()
    }
}
/// `QueryCustomerByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomerByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCustomerByPageResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomerByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCustomerByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QueryEnterpriseAccountByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEnterpriseAccountByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryEnterpriseAccountByPageResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryEnterpriseAccountByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryEnterpriseAccountByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryEnterpriseAccountByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QueryEnterpriseAccountSignUrlResponseBody`: the same model as [`ConfirmPaymentOrderResponseBody`].
pub type QueryEnterpriseAccountSignUrlResponseBody = ConfirmPaymentOrderResponseBody;
/// `QueryEnterpriseCodeOpenDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEnterpriseCodeOpenDetailResponseBody {
    /// `enterpriseId`.
    pub enterprise_id: Option<String>,
    /// `openedStatus`.
    pub opened_status: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryEnterpriseCodeOpenDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryEnterpriseCodeOpenDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enterpriseId" => rt::read_field(map, &mut self.enterprise_id),
            "openedStatus" => rt::read_field(map, &mut self.opened_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryEnterpriseCodeOpenDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enterpriseId", &self.enterprise_id)?;
        object.optional("openedStatus", &self.opened_status)?;
        object.end()
    }
}
/// `QueryInstancePaymentOrderDetailResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryInstancePaymentOrderDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInstancePaymentOrderDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "payeeAccountDTO" => rt::read_field(map, &mut self.payee_account_dto),
            "payerAccountDTO" => rt::read_field(map, &mut self.payer_account_dto),
            "remark" => rt::read_field(map, &mut self.remark),
            "usage" => rt::read_field(map, &mut self.usage),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInstancePaymentOrderDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("payeeAccountDTO", &self.payee_account_dto)?;
        object.optional("payerAccountDTO", &self.payer_account_dto)?;
        object.optional("remark", &self.remark)?;
        object.optional("usage", &self.usage)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for QueryInvoiceTransferDataRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("keys", &self.keys)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryInvoiceTransferDataRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryInvoiceTransferDataRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keys" => rt::read_field(map, &mut self.keys),
            _ => Ok(false),
        }
    }
}
/// `QueryInvoiceTransferDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInvoiceTransferDataResponseBody {
    /// `keyToData`.
    pub key_to_data: Option<rt::BTreeMap<String, String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryInvoiceTransferDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInvoiceTransferDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyToData" => rt::read_field(map, &mut self.key_to_data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInvoiceTransferDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("keyToData", &self.key_to_data)?;
        object.end()
    }
}
/// `QueryPaymentBenefitResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentBenefitResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentBenefitResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitMap" => rt::read_field(map, &mut self.benefit_map),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentBenefitResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("benefitMap", &self.benefit_map)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryPaymentOrderDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentOrderDetailResponseBody {
    /// `orderList`.
    pub order_list: Option<Vec<QueryPaymentOrderDetailResponseBodyOrderList>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentOrderDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentOrderDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orderList" => rt::read_field(map, &mut self.order_list),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentOrderDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("orderList", &self.order_list)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `QueryPaymentRecallFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentRecallFileResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `paymentRecallFileList`.
    pub payment_recall_file_list: Option<
        Vec<QueryPaymentRecallFileResponseBodyPaymentRecallFileList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentRecallFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentRecallFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "paymentRecallFileList" => {
                rt::read_field(map, &mut self.payment_recall_file_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentRecallFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("paymentRecallFileList", &self.payment_recall_file_list)?;
        object.end()
    }
}
/// `QueryPaymentRecallFileVTwoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentRecallFileVTwoResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `paymentRecallFileList`.
    pub payment_recall_file_list: Option<
        Vec<QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentRecallFileVTwoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentRecallFileVTwoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "paymentRecallFileList" => {
                rt::read_field(map, &mut self.payment_recall_file_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentRecallFileVTwoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("paymentRecallFileList", &self.payment_recall_file_list)?;
        object.end()
    }
}
/// `QueryPaymentStatusResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "failReason" => rt::read_field(map, &mut self.fail_reason),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "payeeAccountInfo" => rt::read_field(map, &mut self.payee_account_info),
            "payerAccountInfo" => rt::read_field(map, &mut self.payer_account_info),
            "paymentStatus" => rt::read_field(map, &mut self.payment_status),
            "paymentTime" => rt::read_field(map, &mut self.payment_time),
            "remark" => rt::read_field(map, &mut self.remark),
            "usage" => rt::read_field(map, &mut self.usage),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("failReason", &self.fail_reason)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("orderNo", &self.order_no)?;
        object.optional("payeeAccountInfo", &self.payee_account_info)?;
        object.optional("payerAccountInfo", &self.payer_account_info)?;
        object.optional("paymentStatus", &self.payment_status)?;
        object.optional("paymentTime", &self.payment_time)?;
        object.optional("remark", &self.remark)?;
        object.optional("usage", &self.usage)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryPermissionUserIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPermissionUserIdsResponseBody {
    /// `dingUserIds`.
    pub ding_user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPermissionUserIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPermissionUserIdsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingUserIds" => rt::read_field(map, &mut self.ding_user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPermissionUserIdsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingUserIds", &self.ding_user_ids)?;
        object.end()
    }
}
/// `QueryProductByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryProductByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryProductByPageResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryProductByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProductByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProductByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QueryProjectByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryProjectByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryProjectByPageResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryProjectByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProjectByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProjectByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QueryProvinceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryProvinceResponseBody {
    /// `provinces`.
    pub provinces: Option<Vec<QueryProvinceResponseBodyProvinces>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryProvinceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProvinceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "provinces" => rt::read_field(map, &mut self.provinces),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProvinceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("provinces", &self.provinces)?;
        object.end()
    }
}
/// `QueryReceiptForInvoiceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptForInvoiceResponseBody {
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `list`.
    pub list: Option<Vec<QueryReceiptForInvoiceResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptForInvoiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptForInvoiceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReceiptForInvoiceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryReceiptsByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptsByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `list`.
    pub list: Option<Vec<QueryReceiptsByPageResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptsByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptsByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReceiptsByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QuerySupplierByPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySupplierByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QuerySupplierByPageResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySupplierByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySupplierByPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySupplierByPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QueryUseNewInvoiceAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUseNewInvoiceAppResponseBody {
    /// `useNew`.
    pub use_new: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUseNewInvoiceAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUseNewInvoiceAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "useNew" => rt::read_field(map, &mut self.use_new),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUseNewInvoiceAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("useNew", &self.use_new)?;
        object.end()
    }
}
/// `QueryUserRoleListResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryUserRoleListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserRoleListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "financeEmpDeptOpenList" => {
                rt::read_field(map, &mut self.finance_emp_dept_open_list)
            }
            "roleVOList" => rt::read_field(map, &mut self.role_vo_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserRoleListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("financeEmpDeptOpenList", &self.finance_emp_dept_open_list)?;
        object.optional("roleVOList", &self.role_vo_list)?;
        object.end()
    }
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
impl rt::serde::Serialize for UpdateInstanceOrderInfoRequestPayerBank {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardNo", &self.card_no)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInstanceOrderInfoRequestPayerBank {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInstanceOrderInfoRequestPayerBank {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardNo" => rt::read_field(map, &mut self.card_no),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateInvoiceUrlRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("operator", &self.operator)?;
        object.optional("urlList", &self.url_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceUrlRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceUrlRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "operator" => rt::read_field(map, &mut self.operator),
            "urlList" => rt::read_field(map, &mut self.url_list),
            _ => Ok(false),
        }
    }
}
/// `UpdateInvoiceUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceUrlResponseBody {
    /// `result`.
    pub result: Option<UpdateInvoiceUrlResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateInvoiceUrlResponseBody {
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
impl rt::serde::Serialize for UpdateInvoiceUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList {
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryOrgInvoiceUrlResponseBodyFailInvoiceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.end()
    }
}
/// `BatchQueryOrgInvoiceUrlResponseBodyOrgInvoiceUrlList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for BatchQueryOrgInvoiceUrlResponseBodyOrgInvoiceUrlList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryOrgInvoiceUrlResponseBodyOrgInvoiceUrlList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "ofdUrl" => rt::read_field(map, &mut self.ofd_url),
            "originFileType" => rt::read_field(map, &mut self.origin_file_type),
            "originFileUrl" => rt::read_field(map, &mut self.origin_file_url),
            "pdfUrl" => rt::read_field(map, &mut self.pdf_url),
            "xmlUrl" => rt::read_field(map, &mut self.xml_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryOrgInvoiceUrlResponseBodyOrgInvoiceUrlList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("ofdUrl", &self.ofd_url)?;
        object.optional("originFileType", &self.origin_file_type)?;
        object.optional("originFileUrl", &self.origin_file_url)?;
        object.optional("pdfUrl", &self.pdf_url)?;
        object.optional("xmlUrl", &self.xml_url)?;
        object.end()
    }
}
/// `BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detailId" => rt::read_field(map, &mut self.detail_id),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "recallFileUrl" => rt::read_field(map, &mut self.recall_file_url),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for BatchQueryPaymentRecallFileResponseBodyPaymentRecallFileList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detailId", &self.detail_id)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("recallFileUrl", &self.recall_file_url)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreatePayableReceiptRequestReceiptDangAnDataInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataCode", &self.data_code)?;
        object.optional("defineCode", &self.define_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreatePayableReceiptRequestReceiptDangAnDataInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePayableReceiptRequestReceiptDangAnDataInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataCode" => rt::read_field(map, &mut self.data_code),
            "defineCode" => rt::read_field(map, &mut self.define_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreatePayableReceiptRequestReceiptReceiptPlans {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("planAmount", &self.plan_amount)?;
        object.optional("planDate", &self.plan_date)?;
        object.optional("planRemark", &self.plan_remark)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreatePayableReceiptRequestReceiptReceiptPlans {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePayableReceiptRequestReceiptReceiptPlans {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "planAmount" => rt::read_field(map, &mut self.plan_amount),
            "planDate" => rt::read_field(map, &mut self.plan_date),
            "planRemark" => rt::read_field(map, &mut self.plan_remark),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
/// `CreatePayableReceiptResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreatePayableReceiptResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreatePayableReceiptResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessId" => rt::read_field(map, &mut self.business_id),
            "code" => rt::read_field(map, &mut self.code),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "success" => rt::read_field(map, &mut self.success),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreatePayableReceiptResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("businessId", &self.business_id)?;
        object.optional("code", &self.code)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("success", &self.success)?;
        object.optional("url", &self.url)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountName", &self.account_name)?;
        object.optional("bankBranchCode", &self.bank_branch_code)?;
        object.optional("bankBranchName", &self.bank_branch_name)?;
        object.optional("bankCardNo", &self.bank_card_no)?;
        object.optional("bankCode", &self.bank_code)?;
        object.optional("bankName", &self.bank_name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePaymentOrderRequestPayeeAccountDTOBankOpenDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountName" => rt::read_field(map, &mut self.account_name),
            "bankBranchCode" => rt::read_field(map, &mut self.bank_branch_code),
            "bankBranchName" => rt::read_field(map, &mut self.bank_branch_name),
            "bankCardNo" => rt::read_field(map, &mut self.bank_card_no),
            "bankCode" => rt::read_field(map, &mut self.bank_code),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `GetDefineResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDefineResponseBodyList {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDefineResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDefineResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDefineResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `GetDefineDataResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDefineDataResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDefineDataResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataCode" => rt::read_field(map, &mut self.data_code),
            "defineCode" => rt::read_field(map, &mut self.define_code),
            "name" => rt::read_field(map, &mut self.name),
            "parentDataCode" => rt::read_field(map, &mut self.parent_data_code),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDefineDataResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataCode", &self.data_code)?;
        object.optional("defineCode", &self.define_code)?;
        object.optional("name", &self.name)?;
        object.optional("parentDataCode", &self.parent_data_code)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetSupplierResponseBodyCustomFormDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSupplierResponseBodyCustomFormDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSupplierResponseBodyCustomFormDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "componentType" => rt::read_field(map, &mut self.component_type),
            "extValue" => rt::read_field(map, &mut self.ext_value),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSupplierResponseBodyCustomFormDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("componentType", &self.component_type)?;
        object.optional("extValue", &self.ext_value)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
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
impl rt::serde::Serialize for IssueInvoiceWithOrderRequestContentProducts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amountIncludeTax", &self.amount_include_tax)?;
        object.optional("productName", &self.product_name)?;
        object.optional("quantity", &self.quantity)?;
        object.optional("revenueCode", &self.revenue_code)?;
        object.optional("specs", &self.specs)?;
        object.optional("taxSign", &self.tax_sign)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IssueInvoiceWithOrderRequestContentProducts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IssueInvoiceWithOrderRequestContentProducts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amountIncludeTax" => rt::read_field(map, &mut self.amount_include_tax),
            "productName" => rt::read_field(map, &mut self.product_name),
            "quantity" => rt::read_field(map, &mut self.quantity),
            "revenueCode" => rt::read_field(map, &mut self.revenue_code),
            "specs" => rt::read_field(map, &mut self.specs),
            "taxSign" => rt::read_field(map, &mut self.tax_sign),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
/// `PageQueryCorpPayAccountsResponseBodyAccounts`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PageQueryCorpPayAccountsResponseBodyAccounts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageQueryCorpPayAccountsResponseBodyAccounts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountClass" => rt::read_field(map, &mut self.account_class),
            "accountId" => rt::read_field(map, &mut self.account_id),
            "accountName" => rt::read_field(map, &mut self.account_name),
            "accountNo" => rt::read_field(map, &mut self.account_no),
            "accountRemark" => rt::read_field(map, &mut self.account_remark),
            "accountType" => rt::read_field(map, &mut self.account_type),
            "creatorUid" => rt::read_field(map, &mut self.creator_uid),
            "hasSignReceipt" => rt::read_field(map, &mut self.has_sign_receipt),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageQueryCorpPayAccountsResponseBodyAccounts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountClass", &self.account_class)?;
        object.optional("accountId", &self.account_id)?;
        object.optional("accountName", &self.account_name)?;
        object.optional("accountNo", &self.account_no)?;
        object.optional("accountRemark", &self.account_remark)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("creatorUid", &self.creator_uid)?;
        object.optional("hasSignReceipt", &self.has_sign_receipt)?;
        object.end()
    }
}
/// `QueryAccountTradeByPageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryAccountTradeByPageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAccountTradeByPageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "balance" => rt::read_field(map, &mut self.balance),
            "comments" => rt::read_field(map, &mut self.comments),
            "detailId" => rt::read_field(map, &mut self.detail_id),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "instanceTitle" => rt::read_field(map, &mut self.instance_title),
            "instanceUrl" => rt::read_field(map, &mut self.instance_url),
            "otherAccountName" => rt::read_field(map, &mut self.other_account_name),
            "otherAccountNo" => rt::read_field(map, &mut self.other_account_no),
            "receiptFile" => rt::read_field(map, &mut self.receipt_file),
            "remark" => rt::read_field(map, &mut self.remark),
            "summary" => rt::read_field(map, &mut self.summary),
            "tradeAmount" => rt::read_field(map, &mut self.trade_amount),
            "tradeNo" => rt::read_field(map, &mut self.trade_no),
            "tradeTime" => rt::read_field(map, &mut self.trade_time),
            "tradeType" => rt::read_field(map, &mut self.trade_type),
            "usage" => rt::read_field(map, &mut self.usage),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAccountTradeByPageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("balance", &self.balance)?;
        object.optional("comments", &self.comments)?;
        object.optional("detailId", &self.detail_id)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("instanceTitle", &self.instance_title)?;
        object.optional("instanceUrl", &self.instance_url)?;
        object.optional("otherAccountName", &self.other_account_name)?;
        object.optional("otherAccountNo", &self.other_account_no)?;
        object.optional("receiptFile", &self.receipt_file)?;
        object.optional("remark", &self.remark)?;
        object.optional("summary", &self.summary)?;
        object.optional("tradeAmount", &self.trade_amount)?;
        object.optional("tradeNo", &self.trade_no)?;
        object.optional("tradeTime", &self.trade_time)?;
        object.optional("tradeType", &self.trade_type)?;
        object.optional("usage", &self.usage)?;
        object.end()
    }
}
/// `QueryAlipayUserIdResponseBodyAlipayBizUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAlipayUserIdResponseBodyAlipayBizUserList {
    /// `alipayUserId`.
    pub alipay_user_id: Option<String>,
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryAlipayUserIdResponseBodyAlipayBizUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAlipayUserIdResponseBodyAlipayBizUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alipayUserId" => rt::read_field(map, &mut self.alipay_user_id),
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAlipayUserIdResponseBodyAlipayBizUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alipayUserId", &self.alipay_user_id)?;
        object.optional("dingUserId", &self.ding_user_id)?;
        object.end()
    }
}
/// `QueryAttachmentResponseBodyAttachmentList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryAttachmentResponseBodyAttachmentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAttachmentResponseBodyAttachmentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachmentType" => rt::read_field(map, &mut self.attachment_type),
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "location" => rt::read_field(map, &mut self.location),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAttachmentResponseBodyAttachmentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachmentType", &self.attachment_type)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("location", &self.location)?;
        object.end()
    }
}
/// `QueryBankResponseBodySupportBanks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBankResponseBodySupportBanks {
    /// `bankAbbr`.
    pub bank_abbr: Option<String>,
    /// `bankFirstPinYin`.
    pub bank_first_pin_yin: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBankResponseBodySupportBanks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBankResponseBodySupportBanks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bankAbbr" => rt::read_field(map, &mut self.bank_abbr),
            "bankFirstPinYin" => rt::read_field(map, &mut self.bank_first_pin_yin),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBankResponseBodySupportBanks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bankAbbr", &self.bank_abbr)?;
        object.optional("bankFirstPinYin", &self.bank_first_pin_yin)?;
        object.optional("bankName", &self.bank_name)?;
        object.end()
    }
}
/// `QueryBranchResponseBodySupportSubBanks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBranchResponseBodySupportSubBanks {
    /// `branchCode`.
    pub branch_code: Option<String>,
    /// `branchName`.
    pub branch_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBranchResponseBodySupportSubBanks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBranchResponseBodySupportSubBanks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "branchCode" => rt::read_field(map, &mut self.branch_code),
            "branchName" => rt::read_field(map, &mut self.branch_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBranchResponseBodySupportSubBanks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("branchCode", &self.branch_code)?;
        object.optional("branchName", &self.branch_name)?;
        object.end()
    }
}
/// `QueryCategoryByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryCategoryByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCategoryByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "isDir" => rt::read_field(map, &mut self.is_dir),
            "name" => rt::read_field(map, &mut self.name),
            "parentCode" => rt::read_field(map, &mut self.parent_code),
            "remark" => rt::read_field(map, &mut self.remark),
            "status" => rt::read_field(map, &mut self.status),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCategoryByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("isDir", &self.is_dir)?;
        object.optional("name", &self.name)?;
        object.optional("parentCode", &self.parent_code)?;
        object.optional("remark", &self.remark)?;
        object.optional("status", &self.status)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `QueryCityResponseBodyCitys`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCityResponseBodyCitys {
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCityResponseBodyCitys {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCityResponseBodyCitys {
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
impl rt::serde::Serialize for QueryCityResponseBodyCitys {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `QueryCollectionInfoListResponseBodyCollectionInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryCollectionInfoListResponseBodyCollectionInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCollectionInfoListResponseBodyCollectionInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountHolderName" => rt::read_field(map, &mut self.account_holder_name),
            "alipayLogonId" => rt::read_field(map, &mut self.alipay_logon_id),
            "auditStatus" => rt::read_field(map, &mut self.audit_status),
            "certNo" => rt::read_field(map, &mut self.cert_no),
            "collectionInfoId" => rt::read_field(map, &mut self.collection_info_id),
            "failReason" => rt::read_field(map, &mut self.fail_reason),
            "gmtAudit" => rt::read_field(map, &mut self.gmt_audit),
            "merchantName" => rt::read_field(map, &mut self.merchant_name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCollectionInfoListResponseBodyCollectionInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountHolderName", &self.account_holder_name)?;
        object.optional("alipayLogonId", &self.alipay_logon_id)?;
        object.optional("auditStatus", &self.audit_status)?;
        object.optional("certNo", &self.cert_no)?;
        object.optional("collectionInfoId", &self.collection_info_id)?;
        object.optional("failReason", &self.fail_reason)?;
        object.optional("gmtAudit", &self.gmt_audit)?;
        object.optional("merchantName", &self.merchant_name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `QueryCustomerByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomerByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            "userDefineCode" => rt::read_field(map, &mut self.user_define_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCustomerByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.optional("userDefineCode", &self.user_define_code)?;
        object.end()
    }
}
/// `QueryEnterpriseAccountByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryEnterpriseAccountByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryEnterpriseAccountByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            "accountId" => rt::read_field(map, &mut self.account_id),
            "accountName" => rt::read_field(map, &mut self.account_name),
            "accountRemark" => rt::read_field(map, &mut self.account_remark),
            "accountType" => rt::read_field(map, &mut self.account_type),
            "amount" => rt::read_field(map, &mut self.amount),
            "bankCode" => rt::read_field(map, &mut self.bank_code),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "officialName" => rt::read_field(map, &mut self.official_name),
            "officialNumber" => rt::read_field(map, &mut self.official_number),
            "signStatus" => rt::read_field(map, &mut self.sign_status),
            "source" => rt::read_field(map, &mut self.source),
            "status" => rt::read_field(map, &mut self.status),
            "supportReceipt" => rt::read_field(map, &mut self.support_receipt),
            "supportTradeDetail" => rt::read_field(map, &mut self.support_trade_detail),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryEnterpriseAccountByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountCode", &self.account_code)?;
        object.optional("accountId", &self.account_id)?;
        object.optional("accountName", &self.account_name)?;
        object.optional("accountRemark", &self.account_remark)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("amount", &self.amount)?;
        object.optional("bankCode", &self.bank_code)?;
        object.optional("bankName", &self.bank_name)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("officialName", &self.official_name)?;
        object.optional("officialNumber", &self.official_number)?;
        object.optional("signStatus", &self.sign_status)?;
        object.optional("source", &self.source)?;
        object.optional("status", &self.status)?;
        object.optional("supportReceipt", &self.support_receipt)?;
        object.optional("supportTradeDetail", &self.support_trade_detail)?;
        object.end()
    }
}
/// `QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO {
    /// `bankOpenDTO`.
    pub bank_open_dto: Option<
        QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bankOpenDTO" => rt::read_field(map, &mut self.bank_open_dto),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bankOpenDTO", &self.bank_open_dto)?;
        object.end()
    }
}
/// `QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO {
    /// `bankOpenDTO`.
    pub bank_open_dto: Option<
        QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTOBankOpenDTO,
    >,
    /// `enterpriseAccountCode`.
    pub enterprise_account_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bankOpenDTO" => rt::read_field(map, &mut self.bank_open_dto),
            "enterpriseAccountCode" => {
                rt::read_field(map, &mut self.enterprise_account_code)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bankOpenDTO", &self.bank_open_dto)?;
        object.optional("enterpriseAccountCode", &self.enterprise_account_code)?;
        object.end()
    }
}
/// `BenefitMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BenefitMapValue {
    /// `canUse`.
    pub can_use: Option<bool>,
    /// `canUseQuota`.
    pub can_use_quota: Option<i64>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for BenefitMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BenefitMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canUse" => rt::read_field(map, &mut self.can_use),
            "canUseQuota" => rt::read_field(map, &mut self.can_use_quota),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BenefitMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canUse", &self.can_use)?;
        object.optional("canUseQuota", &self.can_use_quota)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
/// `QueryPaymentOrderDetailResponseBodyOrderList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentOrderDetailResponseBodyOrderList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentOrderDetailResponseBodyOrderList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "outBizNo" => rt::read_field(map, &mut self.out_biz_no),
            "payeeAccountDTO" => rt::read_field(map, &mut self.payee_account_dto),
            "payerAccountDTO" => rt::read_field(map, &mut self.payer_account_dto),
            "remark" => rt::read_field(map, &mut self.remark),
            "status" => rt::read_field(map, &mut self.status),
            "subOrderList" => rt::read_field(map, &mut self.sub_order_list),
            "usage" => rt::read_field(map, &mut self.usage),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentOrderDetailResponseBodyOrderList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("orderNo", &self.order_no)?;
        object.optional("outBizNo", &self.out_biz_no)?;
        object.optional("payeeAccountDTO", &self.payee_account_dto)?;
        object.optional("payerAccountDTO", &self.payer_account_dto)?;
        object.optional("remark", &self.remark)?;
        object.optional("status", &self.status)?;
        object.optional("subOrderList", &self.sub_order_list)?;
        object.optional("usage", &self.usage)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryPaymentRecallFileResponseBodyPaymentRecallFileList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryPaymentRecallFileResponseBodyPaymentRecallFileList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentRecallFileResponseBodyPaymentRecallFileList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "previewUrl" => rt::read_field(map, &mut self.preview_url),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentRecallFileResponseBodyPaymentRecallFileList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("orderNo", &self.order_no)?;
        object.optional("previewUrl", &self.preview_url)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "previewUrl" => rt::read_field(map, &mut self.preview_url),
            "recallFileUrl" => rt::read_field(map, &mut self.recall_file_url),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryPaymentRecallFileVTwoResponseBodyPaymentRecallFileList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("orderNo", &self.order_no)?;
        object.optional("previewUrl", &self.preview_url)?;
        object.optional("recallFileUrl", &self.recall_file_url)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `QueryPaymentStatusResponseBodyPayeeAccountInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentStatusResponseBodyPayeeAccountInfo {
    /// `bankOpenDTO`.
    pub bank_open_dto: Option<QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPaymentStatusResponseBodyPayeeAccountInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentStatusResponseBodyPayeeAccountInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bankOpenDTO" => rt::read_field(map, &mut self.bank_open_dto),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentStatusResponseBodyPayeeAccountInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bankOpenDTO", &self.bank_open_dto)?;
        object.end()
    }
}
/// `QueryPaymentStatusResponseBodyPayerAccountInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentStatusResponseBodyPayerAccountInfo {
    /// `accountType`.
    pub account_type: Option<String>,
    /// `bankOpenDTO`.
    pub bank_open_dto: Option<QueryPaymentStatusResponseBodyPayerAccountInfoBankOpenDTO>,
    /// `enterpriseAccountCode`.
    pub enterprise_account_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPaymentStatusResponseBodyPayerAccountInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentStatusResponseBodyPayerAccountInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountType" => rt::read_field(map, &mut self.account_type),
            "bankOpenDTO" => rt::read_field(map, &mut self.bank_open_dto),
            "enterpriseAccountCode" => {
                rt::read_field(map, &mut self.enterprise_account_code)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentStatusResponseBodyPayerAccountInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("bankOpenDTO", &self.bank_open_dto)?;
        object.optional("enterpriseAccountCode", &self.enterprise_account_code)?;
        object.end()
    }
}
/// `QueryProductByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryProductByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProductByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "information" => rt::read_field(map, &mut self.information),
            "name" => rt::read_field(map, &mut self.name),
            "specification" => rt::read_field(map, &mut self.specification),
            "status" => rt::read_field(map, &mut self.status),
            "unit" => rt::read_field(map, &mut self.unit),
            "userDefineCode" => rt::read_field(map, &mut self.user_define_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProductByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("information", &self.information)?;
        object.optional("name", &self.name)?;
        object.optional("specification", &self.specification)?;
        object.optional("status", &self.status)?;
        object.optional("unit", &self.unit)?;
        object.optional("userDefineCode", &self.user_define_code)?;
        object.end()
    }
}
/// `QueryProjectByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryProjectByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProjectByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "caode" => rt::read_field(map, &mut self.caode),
            "code" => rt::read_field(map, &mut self.code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "parentCode" => rt::read_field(map, &mut self.parent_code),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "projectName" => rt::read_field(map, &mut self.project_name),
            "status" => rt::read_field(map, &mut self.status),
            "userDefineCode" => rt::read_field(map, &mut self.user_define_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProjectByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("caode", &self.caode)?;
        object.optional("code", &self.code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("parentCode", &self.parent_code)?;
        object.optional("projectCode", &self.project_code)?;
        object.optional("projectName", &self.project_name)?;
        object.optional("status", &self.status)?;
        object.optional("userDefineCode", &self.user_define_code)?;
        object.end()
    }
}
/// `QueryProvinceResponseBodyProvinces`: the same model as [`QueryCityResponseBodyCitys`].
pub type QueryProvinceResponseBodyProvinces = QueryCityResponseBodyCitys;
/// `QueryReceiptForInvoiceResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptForInvoiceResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptForInvoiceResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookId" => rt::read_field(map, &mut self.accountant_book_id),
            "amount" => rt::read_field(map, &mut self.amount),
            "applyStatus" => rt::read_field(map, &mut self.apply_status),
            "bizStatus" => rt::read_field(map, &mut self.biz_status),
            "businessId" => rt::read_field(map, &mut self.business_id),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "customer" => rt::read_field(map, &mut self.customer),
            "drawerEmail" => rt::read_field(map, &mut self.drawer_email),
            "drawerTelephone" => rt::read_field(map, &mut self.drawer_telephone),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            "jumpUrl" => rt::read_field(map, &mut self.jump_url),
            "modelId" => rt::read_field(map, &mut self.model_id),
            "productInfoList" => rt::read_field(map, &mut self.product_info_list),
            "purchaserAccount" => rt::read_field(map, &mut self.purchaser_account),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserBankName" => rt::read_field(map, &mut self.purchaser_bank_name),
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            "receiptId" => rt::read_field(map, &mut self.receipt_id),
            "recordTime" => rt::read_field(map, &mut self.record_time),
            "remark" => rt::read_field(map, &mut self.remark),
            "source" => rt::read_field(map, &mut self.source),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReceiptForInvoiceResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookId", &self.accountant_book_id)?;
        object.optional("amount", &self.amount)?;
        object.optional("applyStatus", &self.apply_status)?;
        object.optional("bizStatus", &self.biz_status)?;
        object.optional("businessId", &self.business_id)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("customer", &self.customer)?;
        object.optional("drawerEmail", &self.drawer_email)?;
        object.optional("drawerTelephone", &self.drawer_telephone)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.optional("jumpUrl", &self.jump_url)?;
        object.optional("modelId", &self.model_id)?;
        object.optional("productInfoList", &self.product_info_list)?;
        object.optional("purchaserAccount", &self.purchaser_account)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserBankName", &self.purchaser_bank_name)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.optional("receiptId", &self.receipt_id)?;
        object.optional("recordTime", &self.record_time)?;
        object.optional("remark", &self.remark)?;
        object.optional("source", &self.source)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryReceiptsByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptsByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptsByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "data" => rt::read_field(map, &mut self.data),
            "modelId" => rt::read_field(map, &mut self.model_id),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReceiptsByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appId", &self.app_id)?;
        object.optional("data", &self.data)?;
        object.optional("modelId", &self.model_id)?;
        object.optional("source", &self.source)?;
        object.end()
    }
}
/// `QuerySupplierByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QuerySupplierByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySupplierByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "customFormDataList" => rt::read_field(map, &mut self.custom_form_data_list),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            "userDefineCode" => rt::read_field(map, &mut self.user_define_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySupplierByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("customFormDataList", &self.custom_form_data_list)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.optional("userDefineCode", &self.user_define_code)?;
        object.end()
    }
}
/// `QueryUserRoleListResponseBodyFinanceEmpDeptOpenList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryUserRoleListResponseBodyFinanceEmpDeptOpenList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserRoleListResponseBodyFinanceEmpDeptOpenList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cascadeDeptId" => rt::read_field(map, &mut self.cascade_dept_id),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "name" => rt::read_field(map, &mut self.name),
            "superDeptId" => rt::read_field(map, &mut self.super_dept_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserRoleListResponseBodyFinanceEmpDeptOpenList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cascadeDeptId", &self.cascade_dept_id)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("name", &self.name)?;
        object.optional("superDeptId", &self.super_dept_id)?;
        object.end()
    }
}
/// `QueryUserRoleListResponseBodyRoleVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserRoleListResponseBodyRoleVOList {
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserRoleListResponseBodyRoleVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserRoleListResponseBodyRoleVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleCode" => rt::read_field(map, &mut self.role_code),
            "roleName" => rt::read_field(map, &mut self.role_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserRoleListResponseBodyRoleVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleCode", &self.role_code)?;
        object.optional("roleName", &self.role_name)?;
        object.end()
    }
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
impl rt::serde::Serialize for UpdateInvoiceUrlRequestBodyUrlList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("ofdUrl", &self.ofd_url)?;
        object.optional("pdfUrl", &self.pdf_url)?;
        object.optional("xmlUrl", &self.xml_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceUrlRequestBodyUrlList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceUrlRequestBodyUrlList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "ofdUrl" => rt::read_field(map, &mut self.ofd_url),
            "pdfUrl" => rt::read_field(map, &mut self.pdf_url),
            "xmlUrl" => rt::read_field(map, &mut self.xml_url),
            _ => Ok(false),
        }
    }
}
/// `UpdateInvoiceUrlResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceUrlResponseBodyResult {
    /// `failInvoiceList`.
    pub fail_invoice_list: Option<
        Vec<UpdateInvoiceUrlResponseBodyResultFailInvoiceList>,
    >,
    /// `isAllSuccess`.
    pub is_all_success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceUrlResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateInvoiceUrlResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failInvoiceList" => rt::read_field(map, &mut self.fail_invoice_list),
            "isAllSuccess" => rt::read_field(map, &mut self.is_all_success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateInvoiceUrlResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failInvoiceList", &self.fail_invoice_list)?;
        object.optional("isAllSuccess", &self.is_all_success)?;
        object.end()
    }
}
/// `QueryAccountTradeByPageResponseBodyResultReceiptFile`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryAccountTradeByPageResponseBodyResultReceiptFile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAccountTradeByPageResponseBodyResultReceiptFile {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "previewUrl" => rt::read_field(map, &mut self.preview_url),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAccountTradeByPageResponseBodyResultReceiptFile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("previewUrl", &self.preview_url)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountName" => rt::read_field(map, &mut self.account_name),
            "bankBranchCode" => rt::read_field(map, &mut self.bank_branch_code),
            "bankBranchName" => rt::read_field(map, &mut self.bank_branch_name),
            "bankCardNo" => rt::read_field(map, &mut self.bank_card_no),
            "bankCode" => rt::read_field(map, &mut self.bank_code),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountName", &self.account_name)?;
        object.optional("bankBranchCode", &self.bank_branch_code)?;
        object.optional("bankBranchName", &self.bank_branch_name)?;
        object.optional("bankCardNo", &self.bank_card_no)?;
        object.optional("bankCode", &self.bank_code)?;
        object.optional("bankName", &self.bank_name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTOBankOpenDTO`: the same model as [`QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO`].
pub type QueryInstancePaymentOrderDetailResponseBodyPayerAccountDTOBankOpenDTO = QueryInstancePaymentOrderDetailResponseBodyPayeeAccountDTOBankOpenDTO;
/// `QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO {
    /// `bankDTO`.
    pub bank_dto: Option<
        QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTOBankDTO,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bankDTO" => rt::read_field(map, &mut self.bank_dto),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryPaymentOrderDetailResponseBodyOrderListPayeeAccountDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bankDTO", &self.bank_dto)?;
        object.end()
    }
}
/// `QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO {
    /// `enterpriseAccountCode`.
    pub enterprise_account_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enterpriseAccountCode" => {
                rt::read_field(map, &mut self.enterprise_account_code)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryPaymentOrderDetailResponseBodyOrderListPayerAccountDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enterpriseAccountCode", &self.enterprise_account_code)?;
        object.end()
    }
}
/// `QueryPaymentOrderDetailResponseBodyOrderListSubOrderList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryPaymentOrderDetailResponseBodyOrderListSubOrderList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentOrderDetailResponseBodyOrderListSubOrderList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "outBizNo" => rt::read_field(map, &mut self.out_biz_no),
            "payeeAccountDTO" => rt::read_field(map, &mut self.payee_account_dto),
            "payerAccountDTO" => rt::read_field(map, &mut self.payer_account_dto),
            "remark" => rt::read_field(map, &mut self.remark),
            "status" => rt::read_field(map, &mut self.status),
            "usage" => rt::read_field(map, &mut self.usage),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentOrderDetailResponseBodyOrderListSubOrderList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("orderNo", &self.order_no)?;
        object.optional("outBizNo", &self.out_biz_no)?;
        object.optional("payeeAccountDTO", &self.payee_account_dto)?;
        object.optional("payerAccountDTO", &self.payer_account_dto)?;
        object.optional("remark", &self.remark)?;
        object.optional("status", &self.status)?;
        object.optional("usage", &self.usage)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO {
    /// `bankBranchName`.
    pub bank_branch_name: Option<String>,
    /// `bankCardNo`.
    pub bank_card_no: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bankBranchName" => rt::read_field(map, &mut self.bank_branch_name),
            "bankCardNo" => rt::read_field(map, &mut self.bank_card_no),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bankBranchName", &self.bank_branch_name)?;
        object.optional("bankCardNo", &self.bank_card_no)?;
        object.optional("bankName", &self.bank_name)?;
        object.end()
    }
}
/// `QueryPaymentStatusResponseBodyPayerAccountInfoBankOpenDTO`: the same model as [`QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO`].
pub type QueryPaymentStatusResponseBodyPayerAccountInfoBankOpenDTO = QueryPaymentStatusResponseBodyPayeeAccountInfoBankOpenDTO;
/// `QueryReceiptForInvoiceResponseBodyListCreator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptForInvoiceResponseBodyListCreator {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptForInvoiceResponseBodyListCreator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptForInvoiceResponseBodyListCreator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "nick" => rt::read_field(map, &mut self.nick),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReceiptForInvoiceResponseBodyListCreator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("nick", &self.nick)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryReceiptForInvoiceResponseBodyListCustomer`: the same model as [`GetDefineResponseBodyList`].
pub type QueryReceiptForInvoiceResponseBodyListCustomer = GetDefineResponseBodyList;
/// `QueryReceiptForInvoiceResponseBodyListProductInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryReceiptForInvoiceResponseBodyListProductInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptForInvoiceResponseBodyListProductInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amountWithTax" => rt::read_field(map, &mut self.amount_with_tax),
            "amountWithoutTax" => rt::read_field(map, &mut self.amount_without_tax),
            "discountAmount" => rt::read_field(map, &mut self.discount_amount),
            "name" => rt::read_field(map, &mut self.name),
            "quantity" => rt::read_field(map, &mut self.quantity),
            "specification" => rt::read_field(map, &mut self.specification),
            "taxClassificationCode" => {
                rt::read_field(map, &mut self.tax_classification_code)
            }
            "taxRate" => rt::read_field(map, &mut self.tax_rate),
            "unit" => rt::read_field(map, &mut self.unit),
            "unitPriceWithTax" => rt::read_field(map, &mut self.unit_price_with_tax),
            "unitPriceWithoutTax" => {
                rt::read_field(map, &mut self.unit_price_without_tax)
            }
            "withTax" => rt::read_field(map, &mut self.with_tax),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReceiptForInvoiceResponseBodyListProductInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amountWithTax", &self.amount_with_tax)?;
        object.optional("amountWithoutTax", &self.amount_without_tax)?;
        object.optional("discountAmount", &self.discount_amount)?;
        object.optional("name", &self.name)?;
        object.optional("quantity", &self.quantity)?;
        object.optional("specification", &self.specification)?;
        object.optional("taxClassificationCode", &self.tax_classification_code)?;
        object.optional("taxRate", &self.tax_rate)?;
        object.optional("unit", &self.unit)?;
        object.optional("unitPriceWithTax", &self.unit_price_with_tax)?;
        object.optional("unitPriceWithoutTax", &self.unit_price_without_tax)?;
        object.optional("withTax", &self.with_tax)?;
        object.end()
    }
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
impl rt::serde::Serialize for AddFinanceEnterpriseAccountRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountName", &self.account_name)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("bankCardNo", &self.bank_card_no)?;
        object.optional("bankCode", &self.bank_code)?;
        object.optional("bankName", &self.bank_name)?;
        object.optional("city", &self.city)?;
        object.optional("description", &self.description)?;
        object.optional("officialName", &self.official_name)?;
        object.optional("officialNumber", &self.official_number)?;
        object.optional("province", &self.province)?;
        object.optional("taxNature", &self.tax_nature)?;
        object.optional("taxNo", &self.tax_no)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddFinanceEnterpriseAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddFinanceEnterpriseAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountName" => rt::read_field(map, &mut self.account_name),
            "accountType" => rt::read_field(map, &mut self.account_type),
            "bankCardNo" => rt::read_field(map, &mut self.bank_card_no),
            "bankCode" => rt::read_field(map, &mut self.bank_code),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "city" => rt::read_field(map, &mut self.city),
            "description" => rt::read_field(map, &mut self.description),
            "officialName" => rt::read_field(map, &mut self.official_name),
            "officialNumber" => rt::read_field(map, &mut self.official_number),
            "province" => rt::read_field(map, &mut self.province),
            "taxNature" => rt::read_field(map, &mut self.tax_nature),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddRetentionRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddRetentionRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobile" => rt::read_field(map, &mut self.mobile),
            "stateCode" => rt::read_field(map, &mut self.state_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for AiVoucherRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatMessages", &self.chat_messages)?;
        object.optional("enableThinking", &self.enable_thinking)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.optional("prompt", &self.prompt)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AiVoucherRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AiVoucherRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatMessages" => rt::read_field(map, &mut self.chat_messages),
            "enableThinking" => rt::read_field(map, &mut self.enable_thinking),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "prompt" => rt::read_field(map, &mut self.prompt),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for BankGatewayInvokeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("inputData", &self.input_data)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BankGatewayInvokeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BankGatewayInvokeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "inputData" => rt::read_field(map, &mut self.input_data),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for BatchDeleteReceiptRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceIdList", &self.instance_id_list)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchDeleteReceiptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchDeleteReceiptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceIdList" => rt::read_field(map, &mut self.instance_id_list),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for BatchQueryOrgInvoiceUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("invoiceKeyVOList", &self.invoice_key_vo_list)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryOrgInvoiceUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryOrgInvoiceUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "invoiceKeyVOList" => rt::read_field(map, &mut self.invoice_key_vo_list),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for BatchQueryPaymentRecallFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detailIdList", &self.detail_id_list)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryPaymentRecallFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryPaymentRecallFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detailIdList" => rt::read_field(map, &mut self.detail_id_list),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryPaymentRecallFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_sync_bank_receipt`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSyncBankReceiptRequest {
    /// `body`.
    pub body: Vec<BatchSyncBankReceiptRequestBody>,
}
impl BatchSyncBankReceiptRequest {
    /// A `BatchSyncBankReceiptRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = BatchSyncBankReceiptRequestBody>) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchSyncBankReceiptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSyncBankReceiptRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelSignEnterpriseAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelSignEnterpriseAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CheckVoucherStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("financeType", &self.finance_type)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("taxNo", &self.tax_no)?;
        object.optional("verifyStatus", &self.verify_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckVoucherStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckVoucherStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "financeType" => rt::read_field(map, &mut self.finance_type),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            "verifyStatus" => rt::read_field(map, &mut self.verify_status),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ConfirmPaymentOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("outBizNoList", &self.out_biz_no_list)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConfirmPaymentOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConfirmPaymentOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outBizNoList" => rt::read_field(map, &mut self.out_biz_no_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConfirmPaymentOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_collection_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateCollectionOrderRequest {
    /// A `CreateCollectionOrderRequest` with its required fields (`amount`, `collectionInfoId`, `instanceId`); set the others with the methods named after them.
    pub fn new(
        amount: impl Into<String>,
        collection_info_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            amount: amount.into(),
            collection_info_id: collection_info_id.into(),
            instance_id: instance_id.into(),
            remark: None,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCollectionOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCollectionOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "collectionInfoId" => rt::read_field(map, &mut self.collection_info_id),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "remark" => rt::read_field(map, &mut self.remark),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreatePayableReceiptRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("receipt", &self.receipt)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreatePayableReceiptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePayableReceiptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "receipt" => rt::read_field(map, &mut self.receipt),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreatePaymentOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("expireTime", &self.expire_time)?;
        object.optional("outBizNo", &self.out_biz_no)?;
        object.optional("payeeAccountDTO", &self.payee_account_dto)?;
        object.optional("payerAccountDTO", &self.payer_account_dto)?;
        object.optional("paymentOrderTitle", &self.payment_order_title)?;
        object.optional("remark", &self.remark)?;
        object.optional("usage", &self.usage)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreatePaymentOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePaymentOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "expireTime" => rt::read_field(map, &mut self.expire_time),
            "outBizNo" => rt::read_field(map, &mut self.out_biz_no),
            "payeeAccountDTO" => rt::read_field(map, &mut self.payee_account_dto),
            "payerAccountDTO" => rt::read_field(map, &mut self.payer_account_dto),
            "paymentOrderTitle" => rt::read_field(map, &mut self.payment_order_title),
            "remark" => rt::read_field(map, &mut self.remark),
            "usage" => rt::read_field(map, &mut self.usage),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteCompanyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteCompanyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeleteEnterpriseAccountRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountCode", &self.account_code)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteEnterpriseAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteEnterpriseAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteWorkflowInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteWorkflowInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EnableCompanyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EnableCompanyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for EnableEnterpriseAccountRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountCode", &self.account_code)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EnableEnterpriseAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EnableEnterpriseAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EnableEnterpriseAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCategoryRequest {
    /// `code`: a query parameter.
    pub code: String,
}
impl GetCategoryRequest {
    /// A `GetCategoryRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(code: impl Into<String>) -> Self {
        Self { code: code.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCategoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCategoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetDefineRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDefineRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDefineRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetDefineDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDefineDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDefineDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDefineDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_finance_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFinanceAccountRequest {
    /// `accountCode`: a query parameter.
    pub account_code: String,
}
impl GetFinanceAccountRequest {
    /// A `GetFinanceAccountRequest` with its required fields (`accountCode`); set the others with the methods named after them.
    pub fn new(account_code: impl Into<String>) -> Self {
        Self {
            account_code: account_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFinanceAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFinanceAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFinanceAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountCode", &self.account_code);
    }
}
/// The request of [`Api::get_project`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetProjectRequest {
    /// `code`: a query parameter.
    pub code: String,
}
impl GetProjectRequest {
    /// A `GetProjectRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(code: impl Into<String>) -> Self {
        Self { code: code.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetReceiptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetReceiptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessId" => rt::read_field(map, &mut self.business_id),
            "code" => rt::read_field(map, &mut self.code),
            "modelId" => rt::read_field(map, &mut self.model_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSupplierRequest {
    /// `code`: a query parameter.
    pub code: String,
}
impl GetSupplierRequest {
    /// A `GetSupplierRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(code: impl Into<String>) -> Self {
        Self { code: code.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSupplierRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSupplierRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for IssueInvoiceWithOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("financeAppKey", &self.finance_app_key)?;
        object.optional("operator", &self.operator)?;
        object.optional("signature", &self.signature)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IssueInvoiceWithOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IssueInvoiceWithOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "financeAppKey" => rt::read_field(map, &mut self.finance_app_key),
            "operator" => rt::read_field(map, &mut self.operator),
            "signature" => rt::read_field(map, &mut self.signature),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for LinkCommonInvokeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("data", &self.data)?;
        object.optional("invokeId", &self.invoke_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LinkCommonInvokeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LinkCommonInvokeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "data" => rt::read_field(map, &mut self.data),
            "invokeId" => rt::read_field(map, &mut self.invoke_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for OrderBillingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("additionInfos", &self.addition_infos)?;
        object.optional("appKey", &self.app_key)?;
        object.optional("applyPerson", &self.apply_person)?;
        object.optional("invoiceRemark", &self.invoice_remark)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.optional("isNaturalPerson", &self.is_natural_person)?;
        object.optional("operator", &self.operator)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("payee", &self.payee)?;
        object.optional("phone", &self.phone)?;
        object.optional("products", &self.products)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserBankAccount", &self.purchaser_bank_account)?;
        object.optional("purchaserBankName", &self.purchaser_bank_name)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.optional("remark", &self.remark)?;
        object.optional("reviewer", &self.reviewer)?;
        object.optional("signature", &self.signature)?;
        object.optional("taxSign", &self.tax_sign)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrderBillingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrderBillingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "additionInfos" => rt::read_field(map, &mut self.addition_infos),
            "appKey" => rt::read_field(map, &mut self.app_key),
            "applyPerson" => rt::read_field(map, &mut self.apply_person),
            "invoiceRemark" => rt::read_field(map, &mut self.invoice_remark),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            "isNaturalPerson" => rt::read_field(map, &mut self.is_natural_person),
            "operator" => rt::read_field(map, &mut self.operator),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "payee" => rt::read_field(map, &mut self.payee),
            "phone" => rt::read_field(map, &mut self.phone),
            "products" => rt::read_field(map, &mut self.products),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserBankAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_account)
            }
            "purchaserBankName" => rt::read_field(map, &mut self.purchaser_bank_name),
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            "remark" => rt::read_field(map, &mut self.remark),
            "reviewer" => rt::read_field(map, &mut self.reviewer),
            "signature" => rt::read_field(map, &mut self.signature),
            "taxSign" => rt::read_field(map, &mut self.tax_sign),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryAccountTradeByPageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountId", &self.account_id)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("filter", &self.filter)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAccountTradeByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAccountTradeByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "filter" => rt::read_field(map, &mut self.filter),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryAlipayUserIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingUserIds", &self.ding_user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAlipayUserIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAlipayUserIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingUserIds" => rt::read_field(map, &mut self.ding_user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAlipayUserIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_attachment`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAttachmentRequest {
    /// `attachmentType`: a query parameter.
    pub attachment_type: Option<String>,
    /// `businessId`: a query parameter.
    pub business_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryAttachmentRequest {
    /// A `QueryAttachmentRequest` with its required fields (`businessId`, `userId`); set the others with the methods named after them.
    pub fn new(business_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            attachment_type: None,
            business_id: business_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `attachmentType`.
    pub fn attachment_type(mut self, value: impl Into<String>) -> Self {
        self.attachment_type = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAttachmentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAttachmentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachmentType" => rt::read_field(map, &mut self.attachment_type),
            "businessId" => rt::read_field(map, &mut self.business_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBranchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBranchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "city" => rt::read_field(map, &mut self.city),
            "province" => rt::read_field(map, &mut self.province),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCategoryByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `type`: a query parameter.
    pub r#type: String,
}
impl QueryCategoryByPageRequest {
    /// A `QueryCategoryByPageRequest` with its required fields (`pageNumber`, `pageSize`, `type`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, r#type: impl Into<String>) -> Self {
        Self {
            page_number,
            page_size,
            r#type: r#type.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCategoryByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCategoryByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "province" => rt::read_field(map, &mut self.province),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCollectionInfoListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCollectionInfoListRequest {
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
impl rt::WriteRequest for QueryCollectionInfoListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("status", &self.status);
    }
}
/// The request of [`Api::query_collection_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCollectionOrderRequest {
    /// `instanceId`: a query parameter.
    pub instance_id: String,
}
impl QueryCollectionOrderRequest {
    /// A `QueryCollectionOrderRequest` with its required fields (`instanceId`); set the others with the methods named after them.
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCollectionOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCollectionOrderRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCorpScaleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCorpScaleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpNames" => rt::read_field(map, &mut self.corp_names),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCorpScaleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_simple("corpNames", &self.corp_names);
    }
}
/// The request of [`Api::query_customer_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCustomerByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl QueryCustomerByPageRequest {
    /// A `QueryCustomerByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
        Self { page_number, page_size }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCustomerByPageRequest {
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
impl rt::WriteRequest for QueryCustomerByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_enterprise_account_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryEnterpriseAccountByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `startStatus`: a query parameter.
    pub start_status: Option<bool>,
}
impl QueryEnterpriseAccountByPageRequest {
    /// A `QueryEnterpriseAccountByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryEnterpriseAccountByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryEnterpriseAccountByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startStatus" => rt::read_field(map, &mut self.start_status),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryEnterpriseAccountSignUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryEnterpriseAccountSignUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryInstancePaymentOrderDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryInstancePaymentOrderDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orderNo" => rt::read_field(map, &mut self.order_no),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryInvoiceTransferDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryInvoiceTransferDataRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentBenefitRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPaymentBenefitRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentOrderDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPaymentOrderDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outBizNoList" => rt::read_field(map, &mut self.out_biz_no_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentRecallFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPaymentRecallFileRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentRecallFileVTwoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPaymentRecallFileVTwoRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPaymentStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPaymentStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryProductByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl QueryProductByPageRequest {
    /// A `QueryProductByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
        Self { page_number, page_size }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryProductByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryProductByPageRequest {
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
impl rt::WriteRequest for QueryProductByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_project_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryProjectByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl QueryProjectByPageRequest {
    /// A `QueryProjectByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
        Self { page_number, page_size }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryProjectByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryProjectByPageRequest {
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
impl rt::serde::Serialize for QueryReceiptForInvoiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookId", &self.accountant_book_id)?;
        object.optional("applyStatusList", &self.apply_status_list)?;
        object.optional("bizStatusList", &self.biz_status_list)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("receiptStatusList", &self.receipt_status_list)?;
        object.optional("searchParams", &self.search_params)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptForInvoiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryReceiptForInvoiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookId" => rt::read_field(map, &mut self.accountant_book_id),
            "applyStatusList" => rt::read_field(map, &mut self.apply_status_list),
            "bizStatusList" => rt::read_field(map, &mut self.biz_status_list),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "receiptStatusList" => rt::read_field(map, &mut self.receipt_status_list),
            "searchParams" => rt::read_field(map, &mut self.search_params),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptsByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryReceiptsByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "modelIds" => rt::read_field(map, &mut self.model_ids),
            "pageIndex" => rt::read_field(map, &mut self.page_index),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "timeFilterField" => rt::read_field(map, &mut self.time_filter_field),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QuerySupplierByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl QuerySupplierByPageRequest {
    /// A `QuerySupplierByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
        Self { page_number, page_size }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySupplierByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySupplierByPageRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserRoleListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserRoleListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SignEnterpriseAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SignEnterpriseAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            "bankCardNo" => rt::read_field(map, &mut self.bank_card_no),
            "bankOpenId" => rt::read_field(map, &mut self.bank_open_id),
            "channelType" => rt::read_field(map, &mut self.channel_type),
            "feeItemCode" => rt::read_field(map, &mut self.fee_item_code),
            "issueNo" => rt::read_field(map, &mut self.issue_no),
            "operator" => rt::read_field(map, &mut self.operator),
            "signOperateType" => rt::read_field(map, &mut self.sign_operate_type),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncReceiptRecallRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncReceiptRecallRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileDownloadUrl" => rt::read_field(map, &mut self.file_download_url),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateAuxiliaryStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateAuxiliaryStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "auxiliaryId" => rt::read_field(map, &mut self.auxiliary_id),
            "auxiliaryType" => rt::read_field(map, &mut self.auxiliary_type),
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateFinanceEnterpriseAccountRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountCode", &self.account_code)?;
        object.optional("accountName", &self.account_name)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("bankCardNo", &self.bank_card_no)?;
        object.optional("bankCode", &self.bank_code)?;
        object.optional("bankName", &self.bank_name)?;
        object.optional("city", &self.city)?;
        object.optional("description", &self.description)?;
        object.optional("officialName", &self.official_name)?;
        object.optional("officialNumber", &self.official_number)?;
        object.optional("province", &self.province)?;
        object.optional("taxNature", &self.tax_nature)?;
        object.optional("taxNo", &self.tax_no)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFinanceEnterpriseAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFinanceEnterpriseAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountCode" => rt::read_field(map, &mut self.account_code),
            "accountName" => rt::read_field(map, &mut self.account_name),
            "accountType" => rt::read_field(map, &mut self.account_type),
            "bankCardNo" => rt::read_field(map, &mut self.bank_card_no),
            "bankCode" => rt::read_field(map, &mut self.bank_code),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "city" => rt::read_field(map, &mut self.city),
            "description" => rt::read_field(map, &mut self.description),
            "officialName" => rt::read_field(map, &mut self.official_name),
            "officialNumber" => rt::read_field(map, &mut self.official_number),
            "province" => rt::read_field(map, &mut self.province),
            "taxNature" => rt::read_field(map, &mut self.tax_nature),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInstanceOrderInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInstanceOrderInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failReason" => rt::read_field(map, &mut self.fail_reason),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "outOrderNo" => rt::read_field(map, &mut self.out_order_no),
            "payerBank" => rt::read_field(map, &mut self.payer_bank),
            "paymentTime" => rt::read_field(map, &mut self.payment_time),
            "status" => rt::read_field(map, &mut self.status),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceUrlRequest {
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
